import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Progress, Select, Space, Switch, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { common } from '../../components/labels.js';
import { call, client } from '../../api.js';
import { useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useRegions } from '../../components/regions.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { gradeColour } from './common.js';
import type { ItemOf } from '../../api/types.js';

const messages = {
  'zh-CN': {
    title: '构件标准化与装配率',
    code: '项目编号',
    name: '项目名称',
    prefab: '装配式',
    rate: '标准化率',
    components: '构件数',
    P: '装配率',
    grade: '等级',
    recognised: '认定',
    open: '标准化',
    sheet: '装配率表',
    onlyPrefab: '只看装配式项目',
    yes: '是',
    no: '否',
  },
  en: {
    title: 'Standardisation and prefabrication',
    code: 'Code',
    name: 'Project',
    prefab: 'Prefabricated',
    rate: 'Standardisation',
    components: 'Components',
    P: 'P',
    grade: 'Grade',
    recognised: 'Recognised',
    open: 'Standardisation',
    sheet: 'Prefab sheet',
    onlyPrefab: 'Prefabricated only',
    yes: 'Yes',
    no: 'No',
  },
};

type Row = ItemOf<'/api/prefab/projects'>;

export function PrefabProjectsPage() {
  const t = useT(messages);
  const c = useT(common);
  const regions = useRegions();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [onlyPrefab, setOnlyPrefab] = useState(true);
  const q = useQuery({
    queryKey: ['prefab-projects', regionCode, onlyPrefab],
    queryFn: () =>
      call(client.GET('/api/prefab/projects', { params: { query: { regionCode, prefabricatedOnly: onlyPrefab ? '1' : undefined } } })),
  });
  const rows = q.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Select
              allowClear
              placeholder={c('region')}
              style={{ width: 140 }}
              options={regions.options}
              value={regionCode}
              onChange={setRegionCode}
            />
            <Space>
              <Switch checked={onlyPrefab} onChange={setOnlyPrefab} />
              {t('onlyPrefab')}
            </Space>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                downloadCsv(
                  'standardisation-prefab.csv',
                  [
                    { title: t('code'), value: (r: Row) => r.code },
                    { title: t('name'), value: (r) => r.name },
                    { title: c('region'), value: (r) => regions.name(r.regionCode) },
                    {
                      title: t('rate'),
                      value: (r) => (r.standardisationRate === null ? '' : (r.standardisationRate * 100).toFixed(1) + '%'),
                    },
                    { title: t('components'), value: (r) => r.components },
                    { title: t('P'), value: (r) => (r.P === null ? '' : `${r.P}%`) },
                    { title: t('grade'), value: (r) => r.grade ?? '' },
                  ],
                  rows,
                )
              }
            >
              CSV
            </Button>
          </>
        }
      />
      <Card>
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={q.isFetching}
          dataSource={rows}
          data-testid="prefab-projects"
          columns={[
            { title: t('code'), dataIndex: 'code', width: 140 },
            { title: t('name'), dataIndex: 'name', render: (v: string, r) => <Link to={`/projects/${r.id}/components`}>{v}</Link> },
            { title: c('region'), dataIndex: 'regionCode', width: 100, render: (code: string) => regions.name(code) },
            { title: t('prefab'), dataIndex: 'isPrefabricated', width: 90, render: (v: boolean) => (v ? t('yes') : t('no')) },
            {
              title: t('rate'),
              dataIndex: 'standardisationRate',
              width: 180,
              sorter: (a, b) => (a.standardisationRate ?? -1) - (b.standardisationRate ?? -1),
              render: (v: number | null) => (v === null ? '—' : <Progress percent={Math.round(v * 1000) / 10} size="small" />),
            },
            { title: t('components'), dataIndex: 'components', width: 90 },
            {
              title: t('P'),
              dataIndex: 'P',
              width: 90,
              sorter: (a, b) => (a.P ?? -1) - (b.P ?? -1),
              render: (v: number | null) => (v === null ? '—' : `${v}%`),
            },
            {
              title: t('grade'),
              dataIndex: 'grade',
              width: 80,
              render: (g: string | null, r) => (r.P === null ? '—' : <Tag color={gradeColour(g)}>{g ?? '—'}</Tag>),
            },
            {
              title: '',
              key: 'links',
              width: 200,
              render: (_: unknown, r) => (
                <Space>
                  <Link to={`/projects/${r.id}/components`}>{t('open')}</Link>
                  <Link to={`/projects/${r.id}/prefab`}>{t('sheet')}</Link>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
