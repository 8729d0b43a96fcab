import { Alert, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import type { ResponseOf } from '../../api/types.js';

type Entry = ResponseOf<'/api/events/types'>['items'][number];

const messages = {
  'zh-CN': {
    intro:
      '平台上的每一次重要变更都会在同一事务中写入一条 CloudEvents 事件。合作系统可通过变更事件流 GET /api/v1/events 按游标拉取，或订阅 Webhook 接收推送。',
    title: '事件',
    type: '事件类型',
    dataset: '数据集',
    fields: '数据字段（data）',
    search: '搜索事件名称或类型',
    allDatasets: '全部数据集',
    empty: '没有符合条件的事件类型：请清除搜索或选择其他数据集',
    version: '目录版本',
    loadError: '事件目录加载失败，请刷新页面重试',
  },
  en: {
    intro:
      'Every important change writes a CloudEvents event in the same transaction. Partner systems read them from the change feed GET /api/v1/events with a cursor, or subscribe a webhook.',
    title: 'Event',
    type: 'Type',
    dataset: 'Dataset',
    fields: 'Data fields',
    search: 'Search by name or type',
    allDatasets: 'All datasets',
    empty: 'No event type matches: clear the search or pick another dataset',
    version: 'Catalogue version',
    loadError: 'The catalogue could not be loaded; refresh the page to try again',
  },
};

const datasetLabels: Record<Entry['dataset'], { 'zh-CN': string; en: string }> = {
  projects: { 'zh-CN': '项目登记', en: 'Projects' },
  applications: { 'zh-CN': '试点申报', en: 'Applications' },
  planning: { 'zh-CN': '绿色策划', en: 'Planning' },
  site: { 'zh-CN': '智慧工地', en: 'Smart site' },
  waste: { 'zh-CN': '建筑垃圾', en: 'Waste' },
  carbon: { 'zh-CN': '碳排放', en: 'Carbon' },
  bim: { 'zh-CN': 'BIM 模型', en: 'BIM' },
  quality: { 'zh-CN': '质量追溯', en: 'Quality' },
  supervision: { 'zh-CN': '监督检查', en: 'Supervision' },
  evaluation: { 'zh-CN': '评价', en: 'Evaluation' },
  tracking: { 'zh-CN': '动态跟踪', en: 'Tracking' },
  practices: { 'zh-CN': '经验做法', en: 'Practices' },
};

type Field = { name: string; type: string; required: boolean; description?: string };

/** The top-level fields of an event's data, read from its JSON Schema. */
function fieldsOf(schema: Record<string, unknown>): Field[] {
  const props = (schema.properties ?? {}) as Record<
    string,
    { type?: string | string[]; format?: string; description?: string; anyOf?: Array<{ type?: string }> }
  >;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(props).map(([name, p]) => {
    const types = p.type ?? p.anyOf?.map((a) => a.type ?? '?');
    const type = [Array.isArray(types) ? types.join(' | ') : (types ?? 'any'), p.format ? `(${p.format})` : ''].join(' ').trim();
    return { name, type, required: required.has(name), description: p.description };
  });
}

/** 事件目录: every event type, its dataset and the fields of its data, from GET /api/events/types. */
export function EventCatalogueTab() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const [q, setQ] = useState('');
  const [dataset, setDataset] = useState<string | undefined>();
  const catalogue = useQuery({ queryKey: ['events', 'types'], queryFn: () => call(client.GET('/api/events/types')) });
  const title = (e: Entry) => (lang === 'en' ? e.title.en : e.title.zh);
  const rows = (catalogue.data?.items ?? []).filter(
    (e) => (!dataset || e.dataset === dataset) && (!q || title(e).includes(q) || e.type.includes(q.trim())),
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
      {catalogue.isError && <Alert type="error" message={t('loadError')} />}
      <Space wrap>
        <Input.Search allowClear placeholder={t('search')} style={{ width: 260 }} onChange={(e) => setQ(e.target.value)} />
        <Select
          allowClear
          placeholder={t('allDatasets')}
          style={{ width: 180 }}
          value={dataset}
          onChange={setDataset}
          options={Object.entries(datasetLabels).map(([value, label]) => ({ value, label: label[lang] }))}
        />
        {catalogue.data && (
          <Typography.Text type="secondary">
            {t('version')}: {catalogue.data.version}
          </Typography.Text>
        )}
      </Space>
      <Table<Entry>
        rowKey="type"
        size="small"
        loading={catalogue.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('empty') }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('title'), key: 'title', width: 200, render: (_, e) => title(e) },
          {
            title: t('type'),
            dataIndex: 'type',
            width: 360,
            render: (v: string) => (
              <Typography.Text code copyable>
                {v}
              </Typography.Text>
            ),
          },
          { title: t('dataset'), dataIndex: 'dataset', width: 110, render: (v: Entry['dataset']) => <Tag>{datasetLabels[v][lang]}</Tag> },
          {
            title: t('fields'),
            key: 'fields',
            render: (_, e) => (
              <Space size={[4, 4]} wrap>
                {fieldsOf(e.schema).map((f) => (
                  <Tag key={f.name} color={f.required ? 'blue' : undefined} title={[f.type, f.description].filter(Boolean).join(' — ')}>
                    {f.name}: {f.type}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
