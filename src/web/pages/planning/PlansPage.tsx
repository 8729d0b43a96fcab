import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { call, client } from '../../api.js';
import type { QueryOf } from '../../api/types.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { statusColors, statusLabels, type PlanListItem, type VersionStatus } from './labels.js';

const messages = {
  'zh-CN': {
    title: '绿色策划',
    queue: '待我审核',
    code: '项目编号',
    name: '项目名称',
    status: '策划状态',
    approved: '生效版本',
    working: '修改稿',
    targets: '目标数',
    measures: '措施数',
    approvedAt: '批准时间',
    open: '查看策划',
    keyword: '项目名称/编号',
    exportCsv: '导出',
    measuresLib: '措施库',
    version: '第 {n} 版',
    empty: '暂无可见项目',
  },
  en: {
    title: 'Green plans',
    queue: 'Awaiting my review',
    code: 'Code',
    name: 'Project',
    status: 'Plan status',
    approved: 'Current version',
    working: 'Change',
    targets: 'Targets',
    measures: 'Measures',
    approvedAt: 'Approved',
    open: 'Open plan',
    keyword: 'Project name / code',
    exportCsv: 'Export',
    measuresLib: 'Measure library',
    version: 'v{n}',
    empty: 'No visible projects',
  },
};

/** Plans of the projects in scope; regulators and experts filter to the submitted ones (their review queue). */
export function PlansPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const regions = useRegions();
  const reviewer = me?.role === 'regulator' || me?.role === 'expert';
  const [params] = useSearchParams();
  const [status, setStatus] = useState<QueryOf<'/api/planning/plans'>['status']>(
    (params.get('status') as QueryOf<'/api/planning/plans'>['status']) ?? (reviewer ? 'submitted' : undefined),
  );
  const [region, setRegion] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['planning', 'plans', status, region],
    queryFn: () => call(client.GET('/api/planning/plans', { params: { query: { status, regionCode: region } } })),
  });
  const items = useMemo(
    () => (list.data?.items ?? []).filter((i) => !q || i.name.includes(q) || i.code.toLowerCase().includes(q.toLowerCase())),
    [list.data, q],
  );
  const statusOptions = (['none', 'draft', 'submitted', 'returned', 'approved'] as const).map((s) => ({
    value: s,
    label: statusLabels[lang][s],
  }));

  const exportRows = () =>
    downloadCsv(
      `绿色策划-${dayjs().format('YYYY-MM-DD')}.csv`,
      [
        { title: t('code'), value: (r: PlanListItem) => r.code },
        { title: t('name'), value: (r) => r.name },
        { title: c('region'), value: (r) => regions.name(r.regionCode) },
        { title: t('status'), value: (r) => statusLabels[lang][r.status] },
        { title: t('approved'), value: (r) => r.approvedVersion ?? '' },
        {
          title: t('working'),
          value: (r) => (r.workingVersion ? `${r.workingVersion} ${statusLabels[lang][r.workingStatus as VersionStatus]}` : ''),
        },
        { title: t('targets'), value: (r) => r.targets },
        { title: t('measures'), value: (r) => r.measures },
        { title: t('approvedAt'), value: (r) => (r.approvedAt ? dayjs(r.approvedAt).format('YYYY-MM-DD') : '') },
      ],
      items,
    );

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Link to="/planning/measures">{t('measuresLib')}</Link>
            <Button icon={<DownloadOutlined />} onClick={exportRows} data-testid="plans-export">
              {t('exportCsv')}
            </Button>
          </>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t('status')}
            style={{ width: 160 }}
            value={status}
            onChange={setStatus}
            options={statusOptions}
            data-testid="plans-status-filter"
          />
          {!me?.regionCode && (
            <Select
              allowClear
              placeholder={c('region')}
              style={{ width: 160 }}
              value={region}
              onChange={setRegion}
              options={regions.options}
            />
          )}
          <Input.Search allowClear placeholder={t('keyword')} style={{ width: 240 }} onSearch={setQ} data-testid="plans-search" />
          {reviewer && (
            <Button
              type={status === 'submitted' ? 'primary' : 'default'}
              onClick={() => setStatus(status === 'submitted' ? undefined : 'submitted')}
            >
              {t('queue')}
            </Button>
          )}
        </Space>
        <Table<PlanListItem>
          rowKey="projectId"
          size="middle"
          loading={list.isFetching}
          dataSource={items}
          locale={{ emptyText: t('empty') }}
          pagination={{ pageSize: 20, showTotal: (n) => c('total', { n }) }}
          data-testid="plans-table"
          columns={[
            { title: t('code'), dataIndex: 'code', width: 140 },
            { title: t('name'), dataIndex: 'name', render: (v: string, r) => <Link to={`/projects/${r.projectId}/plan`}>{v}</Link> },
            { title: c('region'), dataIndex: 'regionCode', width: 100, render: (r: string) => regions.name(r) },
            {
              title: t('status'),
              dataIndex: 'status',
              width: 110,
              render: (s: PlanListItem['status']) => <Tag color={statusColors[s]}>{statusLabels[lang][s]}</Tag>,
            },
            {
              title: t('approved'),
              dataIndex: 'approvedVersion',
              width: 100,
              render: (v: number | null) => (v ? t('version', { n: v }) : '—'),
            },
            {
              title: t('working'),
              key: 'w',
              width: 140,
              render: (_: unknown, r) =>
                r.workingVersion && r.approvedVersion
                  ? `${t('version', { n: r.workingVersion })} ${statusLabels[lang][r.workingStatus as VersionStatus]}`
                  : '—',
            },
            { title: t('targets'), dataIndex: 'targets', width: 80, align: 'right' },
            { title: t('measures'), dataIndex: 'measures', width: 80, align: 'right' },
            {
              title: t('approvedAt'),
              dataIndex: 'approvedAt',
              width: 120,
              render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD') : '—'),
            },
            {
              title: c('actions'),
              key: 'a',
              width: 100,
              render: (_: unknown, r) => (
                <Link to={`/projects/${r.projectId}/plan`} data-testid={`plan-open-${r.code}`}>
                  {t('open')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
