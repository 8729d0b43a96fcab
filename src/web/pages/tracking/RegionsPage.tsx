import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Button, Card, DatePicker, Result, Select, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { ApiError, call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EChart } from '../../components/EChart.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { useRegions } from '../../components/regions.js';
import { fmt, lastCompleteMonth } from './common.js';
import type { ResponseOf } from '../../api/types.js';

type Data = ResponseOf<'/api/tracking/regions'>;

const messages = {
  'zh-CN': {
    title: '三地指标对比',
    month: '月份',
    indicator: '指标',
    unit: '单位',
    median: '中位数',
    mean: '平均值',
    metShare: '达标率',
    count: '项目数',
    projects: '跟踪项目',
    chart: '中位数对比',
  },
  en: {
    title: 'Regions compared',
    month: 'Month',
    indicator: 'Indicator',
    unit: 'Unit',
    median: 'Median',
    mean: 'Mean',
    metShare: 'Meeting target',
    count: 'Projects',
    projects: 'Tracked projects',
    chart: 'Medians compared',
  },
};

export function RegionsPage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const regions = useRegions();
  const [month, setMonth] = useState(lastCompleteMonth());
  const [chartKey, setChartKey] = useState<string | undefined>();
  const q = useQuery({
    queryKey: ['tracking-regions', month],
    queryFn: () => call(client.GET('/api/tracking/regions', { params: { query: { month } } })),
    retry: (n, e) => !(e instanceof ApiError && e.status === 403) && n < 2,
  });
  const data = q.data;
  const indicators = data?.indicators ?? [];
  const key =
    chartKey ??
    (
      indicators.find((i) => (data?.regions ?? []).some((g) => (g.indicators[i.key]?.count ?? 0) > 0 && g.indicators[i.key]?.median)) ??
      indicators[0]
    )?.key;
  const info = indicators.find((i) => i.key === key);
  const regionRows = data?.regions ?? [];
  type Row = Data['indicators'][number];
  // Regional regulators see the menu entry too; the comparison is the ministry's view.
  if (q.error instanceof ApiError && q.error.status === 403) return <Result status="403" title={t('title')} subTitle={q.error.message} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              onChange={(v) => v && setMonth(v.format('YYYY-MM'))}
              data-testid="regions-month"
            />
            <Button
              icon={<DownloadOutlined />}
              data-testid="regions-export"
              onClick={() =>
                downloadCsv(
                  `regions-${month}.csv`,
                  [
                    { title: t('indicator'), value: (r: Row) => r.name[lang] },
                    { title: t('unit'), value: (r) => r.unit },
                    ...regionRows.flatMap((g) => [
                      { title: `${regions.name(g.regionCode)} ${t('count')}`, value: (r: Row) => g.indicators[r.key]?.count ?? 0 },
                      { title: `${regions.name(g.regionCode)} ${t('median')}`, value: (r: Row) => fmt(g.indicators[r.key]?.median) },
                      { title: `${regions.name(g.regionCode)} ${t('mean')}`, value: (r: Row) => fmt(g.indicators[r.key]?.mean) },
                      { title: `${regions.name(g.regionCode)} ${t('metShare')}`, value: (r: Row) => g.indicators[r.key]?.metShare ?? '' },
                    ]),
                  ],
                  indicators,
                )
              }
            >
              CSV
            </Button>
          </>
        }
      />
      <Card
        title={t('chart')}
        size="small"
        style={{ marginBottom: 16 }}
        extra={
          <Select
            size="small"
            style={{ width: 220 }}
            value={key}
            onChange={setChartKey}
            options={indicators.map((i) => ({ value: i.key, label: i.name[lang] }))}
            data-testid="regions-indicator"
          />
        }
      >
        <EChart
          height={260}
          testId="regions-chart"
          option={{
            tooltip: {},
            legend: { top: 0, right: 0 },
            grid: { left: 48, right: 16, top: 40, bottom: 32 },
            xAxis: { type: 'category', data: regionRows.map((g) => `${regions.name(g.regionCode)} (${g.projects})`) },
            yAxis: { type: 'value', name: info?.unit },
            series: [
              { name: t('median'), type: 'bar', data: regionRows.map((g) => (key ? g.indicators[key]?.median : null)) },
              { name: t('mean'), type: 'bar', data: regionRows.map((g) => (key ? g.indicators[key]?.mean : null)) },
            ],
          }}
        />
      </Card>
      <Card size="small">
        <Table<Row>
          rowKey="key"
          size="small"
          loading={q.isFetching}
          dataSource={indicators}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="regions-table"
          columns={[
            { title: t('indicator'), key: 'name', fixed: 'left', width: 200, render: (_: unknown, r) => `${r.name[lang]} (${r.unit})` },
            ...regionRows.map((g) => ({
              title: `${regions.name(g.regionCode)} · ${t('projects')} ${g.projects}`,
              children: [
                { title: t('count'), key: `${g.regionCode}-n`, width: 70, render: (_: unknown, r: Row) => g.indicators[r.key]?.count ?? 0 },
                {
                  title: t('median'),
                  key: `${g.regionCode}-m`,
                  width: 90,
                  render: (_: unknown, r: Row) => fmt(g.indicators[r.key]?.median),
                },
                { title: t('mean'), key: `${g.regionCode}-a`, width: 90, render: (_: unknown, r: Row) => fmt(g.indicators[r.key]?.mean) },
                {
                  title: t('metShare'),
                  key: `${g.regionCode}-s`,
                  width: 90,
                  render: (_: unknown, r: Row) => {
                    const s = g.indicators[r.key];
                    return s?.metShare === null || s === undefined ? '—' : `${s.metShare}% (${s.met}/${s.withTarget})`;
                  },
                },
              ],
            })),
          ]}
        />
      </Card>
    </>
  );
}
