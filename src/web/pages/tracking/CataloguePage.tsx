import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { downloadCsv } from '../../components/exportCsv.js';
import type { CatalogueItem } from './common.js';

const messages = {
  'zh-CN': {
    title: '指标目录',
    key: '指标键',
    name: '指标',
    unit: '单位',
    module: '来源模块',
    direction: '方向',
    higher: '越高越好',
    lower: '越低越好',
    definition: '定义',
    source: '取得方式',
    manual: '手工填报（附证明材料）',
    measured: '平台自动计算',
    search: '搜索指标',
    all: '全部',
  },
  en: {
    title: 'Indicator catalogue',
    key: 'Key',
    name: 'Indicator',
    unit: 'Unit',
    module: 'Module',
    direction: 'Direction',
    higher: 'Higher is better',
    lower: 'Lower is better',
    definition: 'Definition',
    source: 'Source',
    manual: 'Entered by hand (with evidence)',
    measured: 'Computed by the platform',
    search: 'Search indicators',
    all: 'All',
  },
};

export function CataloguePage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const q = useQuery({ queryKey: ['indicators'], queryFn: () => call(client.GET('/api/indicators')) });
  const [text, setText] = useState('');
  const [module, setModule] = useState<string | undefined>();
  const items = q.data?.items ?? [];
  const rows = useMemo(
    () =>
      items.filter(
        (i) =>
          (!module || i.module === module) &&
          (!text || `${i.key} ${i.name['zh-CN']} ${i.name.en}`.toLowerCase().includes(text.toLowerCase())),
      ),
    [items, module, text],
  );
  const modules = [...new Set(items.map((i) => i.module))].sort();
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Input.Search
              allowClear
              placeholder={t('search')}
              style={{ width: 220 }}
              onSearch={setText}
              onChange={(e) => !e.target.value && setText('')}
              data-testid="indicator-search"
            />
            <Select
              allowClear
              placeholder={t('module')}
              style={{ width: 140 }}
              value={module}
              onChange={setModule}
              options={modules.map((m) => ({ value: m, label: m }))}
              data-testid="indicator-module"
            />
            <Button
              icon={<DownloadOutlined />}
              data-testid="indicator-export"
              onClick={() =>
                downloadCsv(
                  'indicators.csv',
                  [
                    { title: t('key'), value: (r: CatalogueItem) => r.key },
                    { title: t('name'), value: (r) => r.name[lang] },
                    { title: t('unit'), value: (r) => r.unit },
                    { title: t('module'), value: (r) => r.module },
                    { title: t('direction'), value: (r) => (r.direction === 'higherIsBetter' ? t('higher') : t('lower')) },
                    { title: t('source'), value: (r) => (r.manual ? t('manual') : t('measured')) },
                    { title: t('definition'), value: (r) => r.definition[lang] },
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
        <Table<CatalogueItem>
          rowKey="key"
          size="middle"
          loading={q.isFetching}
          dataSource={rows}
          pagination={false}
          data-testid="indicator-catalogue"
          columns={[
            {
              title: t('name'),
              key: 'name',
              width: 220,
              render: (_: unknown, r) => (
                <>
                  {r.name[lang]}
                  <div style={{ color: '#999', fontSize: 12 }}>{r.key}</div>
                </>
              ),
            },
            { title: t('unit'), dataIndex: 'unit', width: 100 },
            { title: t('module'), dataIndex: 'module', width: 110 },
            {
              title: t('direction'),
              dataIndex: 'direction',
              width: 110,
              render: (d: string) => (d === 'higherIsBetter' ? t('higher') : t('lower')),
            },
            {
              title: t('source'),
              dataIndex: 'manual',
              width: 170,
              render: (m: boolean) => (m ? <Tag color="orange">{t('manual')}</Tag> : <Tag color="blue">{t('measured')}</Tag>),
            },
            { title: t('definition'), key: 'definition', render: (_: unknown, r) => r.definition[lang] },
          ]}
        />
      </Card>
    </>
  );
}
