import { Link } from 'react-router';
import { Card, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../api.js';
import { useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { LedgerStatusBanner } from './LedgerStatusBanner.js';
import type { ItemOf } from '../../api/types.js';

export type QualityProject = ItemOf<'/api/quality/projects'>;

const messages = {
  'zh-CN': {
    title: '质量追溯',
    code: '项目编号',
    name: '项目名称',
    records: '质量记录',
    failed: '不合格',
    last: '最近记录',
    open: '质量记录',
    prefab: '装配式',
    empty: '暂无可见项目',
  },
  en: {
    title: 'Quality traceability',
    code: 'Code',
    name: 'Project',
    records: 'Records',
    failed: 'Failed',
    last: 'Last record',
    open: 'Quality records',
    prefab: 'Prefabricated',
    empty: 'No visible projects',
  },
};

export function QualityProjectsPage() {
  const t = useT(messages);
  const c = useT(common);
  const regions = useRegions();
  const projects = useQuery({ queryKey: ['quality-projects'], queryFn: () => call(client.GET('/api/quality/projects')) });
  return (
    <>
      <PageHeader title={t('title')} />
      <LedgerStatusBanner />
      <Card>
        <Table<QualityProject>
          rowKey="id"
          size="middle"
          loading={projects.isFetching}
          dataSource={projects.data?.items}
          locale={{ emptyText: t('empty') }}
          pagination={{ pageSize: 20, showTotal: (n) => c('total', { n }) }}
          columns={[
            { title: t('code'), dataIndex: 'code', width: 140 },
            {
              title: t('name'),
              dataIndex: 'name',
              render: (v: string, p) => (
                <>
                  <Link to={`/projects/${p.id}/quality`}>{v}</Link> {p.isPrefabricated && <Tag color="blue">{t('prefab')}</Tag>}
                </>
              ),
            },
            { title: c('region'), dataIndex: 'regionCode', width: 110, render: (r: string) => regions.name(r) },
            { title: t('records'), dataIndex: 'records', width: 100, align: 'right' },
            {
              title: t('failed'),
              dataIndex: 'failed',
              width: 90,
              align: 'right',
              render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0),
            },
            { title: t('last'), dataIndex: 'lastRecordDate', width: 120 },
            {
              title: c('actions'),
              key: 'a',
              width: 120,
              render: (_: unknown, p) => <Link to={`/projects/${p.id}/quality`}>{t('open')}</Link>,
            },
          ]}
        />
      </Card>
    </>
  );
}
