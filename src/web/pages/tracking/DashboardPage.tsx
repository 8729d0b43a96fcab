import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Button, Card, Col, DatePicker, Empty, Input, Row, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EChart } from '../../components/EChart.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { useRegions } from '../../components/regions.js';
import { fmt, lastCompleteMonth, lightColours, type DashboardRow, type Light, type Warning } from './common.js';

const messages = {
  'zh-CN': {
    title: '动态跟踪看板',
    month: '月份',
    region: '地区',
    rankBy: '排名依据',
    composite: '综合（目标达成率）',
    ranking: '项目排名',
    rank: '名次',
    code: '项目编号',
    name: '项目名称',
    score: '目标达成率',
    met: '达标/目标',
    distribution: '指标分布',
    indicator: '指标',
    table: '项目 × 指标（红绿灯）',
    search: '搜索项目',
    lightFilter: '只看含…的项目',
    columns: '显示指标',
    warnings: '预警（趋势预测将不达标）',
    target: '目标',
    latest: '最新值',
    forecast: '预测值',
    due: '到期月份',
    noWarnings: '暂无预警',
    green: '达标',
    amber: '接近（差距 ≤ 10%）',
    red: '未达标',
    grey: '无目标或无数据',
    count: '项目数',
    median: '中位数',
    mean: '平均值',
    trends: '趋势',
    noData: '本月暂无快照数据（快照在每月结束后自动生成）',
  },
  en: {
    title: 'Tracking dashboard',
    month: 'Month',
    region: 'Region',
    rankBy: 'Rank by',
    composite: 'Composite (targets met)',
    ranking: 'Ranking',
    rank: 'Rank',
    code: 'Code',
    name: 'Project',
    score: 'Targets met',
    met: 'Met/targets',
    distribution: 'Distribution',
    indicator: 'Indicator',
    table: 'Projects × indicators (traffic lights)',
    search: 'Search projects',
    lightFilter: 'Only projects with…',
    columns: 'Indicators shown',
    warnings: 'Early warnings (trend will miss the target)',
    target: 'Target',
    latest: 'Latest',
    forecast: 'Forecast',
    due: 'Due',
    noWarnings: 'No warnings',
    green: 'Meets target',
    amber: 'Close (gap ≤ 10 %)',
    red: 'Misses target',
    grey: 'No target or no data',
    count: 'Projects',
    median: 'Median',
    mean: 'Mean',
    trends: 'Trends',
    noData: 'No snapshots for this month yet (they are made automatically after each month ends)',
  },
};

function Dot({ light }: { light: Light }) {
  return (
    <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: lightColours[light], marginRight: 6 }} />
  );
}

export function DashboardPage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const regions = useRegions();
  const ministry = me?.role === 'admin' || (me?.role === 'regulator' && !me.regionCode);
  const [month, setMonth] = useState(lastCompleteMonth());
  const [region, setRegion] = useState<string | undefined>();
  const [rankBy, setRankBy] = useState<string | undefined>();
  const [text, setText] = useState('');
  const [lightFilter, setLightFilter] = useState<Light | undefined>();
  const [shown, setShown] = useState<string[]>([]);
  const [distKey, setDistKey] = useState<string | undefined>();
  const q = useQuery({
    queryKey: ['tracking-dashboard', month, region, rankBy],
    queryFn: () => call(client.GET('/api/tracking/dashboard', { params: { query: { month, region, rankBy } } })),
  });
  const w = useQuery({
    queryKey: ['tracking-warnings', region],
    queryFn: () => call(client.GET('/api/tracking/warnings', { params: { query: { region } } })),
  });
  const data = q.data;
  const indicators = data?.indicators ?? [];
  // By default the columns with something to show: a value or a target in at least one project.
  const informative = indicators.filter((i) =>
    (data?.rows ?? []).some((r) => r.cells[i.key]?.value !== null || r.cells[i.key]?.target !== null),
  );
  const visible = shown.length ? indicators.filter((i) => shown.includes(i.key)) : informative.length ? informative : indicators;
  const rows = useMemo(
    () =>
      (data?.rows ?? []).filter(
        (r) =>
          (!text || `${r.code} ${r.name}`.toLowerCase().includes(text.toLowerCase())) &&
          (!lightFilter || visible.some((i) => r.cells[i.key]?.light === lightFilter)),
      ),
    [data, text, lightFilter, visible],
  );
  const dist =
    distKey ??
    (
      indicators.find((i) => (data?.distributions[i.key]?.max ?? 0) > (data?.distributions[i.key]?.min ?? 0)) ??
      indicators.find((i) => data?.distributions[i.key])
    )?.key;
  const d = dist ? data?.distributions[dist] : null;
  const distInfo = indicators.find((i) => i.key === dist);
  const nameOf = (key: string) => indicators.find((i) => i.key === key)?.name[lang] ?? key;

  const exportTable = () =>
    downloadCsv(
      `tracking-${month}.csv`,
      [
        { title: t('rank'), value: (r: DashboardRow) => r.rank ?? '' },
        { title: t('code'), value: (r) => r.code },
        { title: t('name'), value: (r) => r.name },
        { title: t('region'), value: (r) => regions.name(r.regionCode) },
        { title: t('score'), value: (r) => (r.score === null ? '' : `${r.score}%`) },
        ...visible.flatMap((i) => [
          { title: `${i.name[lang]} (${i.unit})`, value: (r: DashboardRow) => r.cells[i.key]?.value ?? '' },
          { title: `${i.name[lang]} ${t('target')}`, value: (r: DashboardRow) => r.cells[i.key]?.target ?? '' },
          { title: `${i.name[lang]} ●`, value: (r: DashboardRow) => t(r.cells[i.key]?.light ?? 'grey') },
        ]),
      ],
      rows,
    );

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
              data-testid="tracking-month"
            />
            {ministry && (
              <Select
                allowClear
                placeholder={t('region')}
                style={{ width: 140 }}
                options={regions.options}
                value={region}
                onChange={setRegion}
                data-testid="tracking-region"
              />
            )}
            <Select
              allowClear
              placeholder={t('rankBy')}
              style={{ width: 220 }}
              value={rankBy}
              onChange={setRankBy}
              options={[{ value: '', label: t('composite') }, ...indicators.map((i) => ({ value: i.key, label: i.name[lang] }))]}
              data-testid="tracking-rank-by"
            />
            <Button icon={<DownloadOutlined />} onClick={exportTable} data-testid="tracking-export">
              CSV
            </Button>
          </>
        }
      >
        {data && (
          <Space style={{ marginTop: 8 }} wrap>
            {(['green', 'amber', 'red', 'grey'] as Light[]).map((l) => (
              <Tag key={l} data-testid={`tracking-lights-${l}`}>
                <Dot light={l} />
                {t(l)}: {data.lights[l]}
              </Tag>
            ))}
          </Space>
        )}
      </PageHeader>
      {data && !data.rows.some((r) => Object.values(r.cells).some((c) => c.value !== null)) && (
        <Card style={{ marginBottom: 16 }}>
          <Empty description={t('noData')} />
        </Card>
      )}
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card title={t('ranking')} size="small" style={{ marginBottom: 16 }}>
            <Table<DashboardRow>
              rowKey="projectId"
              size="small"
              loading={q.isFetching}
              dataSource={data?.rows ?? []}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              data-testid="tracking-ranking"
              columns={[
                { title: t('rank'), dataIndex: 'rank', width: 60, render: (v: number | null) => v ?? '—' },
                {
                  title: t('name'),
                  dataIndex: 'name',
                  render: (v: string, r) => <Link to={`/projects/${r.projectId}/tracking`}>{v}</Link>,
                },
                { title: t('region'), dataIndex: 'regionCode', width: 90, render: (c: string) => regions.name(c) },
                rankBy
                  ? { title: nameOf(rankBy), key: 'v', width: 100, render: (_: unknown, r) => fmt(r.cells[rankBy]?.value) }
                  : {
                      title: t('score'),
                      dataIndex: 'score',
                      width: 100,
                      render: (v: number | null, r) => (v === null ? '—' : `${v}% (${r.met}/${r.targets})`),
                    },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={t('distribution')}
            size="small"
            style={{ marginBottom: 16 }}
            extra={
              <Select
                size="small"
                style={{ width: 220 }}
                value={dist}
                onChange={setDistKey}
                options={indicators.map((i) => ({ value: i.key, label: i.name[lang] }))}
                data-testid="tracking-distribution-indicator"
              />
            }
          >
            {d ? (
              <>
                <EChart
                  height={240}
                  testId="tracking-distribution"
                  option={{
                    tooltip: {},
                    grid: { left: 40, right: 16, top: 16, bottom: 40 },
                    xAxis: {
                      type: 'category',
                      data: d.histogram.map((b) => `${fmt(b.from, 1)}–${fmt(b.to, 1)}`),
                      name: distInfo?.unit,
                      nameLocation: 'middle',
                      nameGap: 28,
                    },
                    yAxis: { type: 'value', minInterval: 1 },
                    series: [{ type: 'bar', data: d.histogram.map((b) => b.count), itemStyle: { color: '#1677ff' } }],
                  }}
                />
                <Typography.Text type="secondary">
                  {t('count')} {d.count} · min {fmt(d.min)} · Q1 {fmt(d.q1)} · {t('median')} {fmt(d.median)} · Q3 {fmt(d.q3)} · max{' '}
                  {fmt(d.max)} · {t('mean')} {fmt(d.mean)} {distInfo?.unit}
                </Typography.Text>
              </>
            ) : (
              <Empty />
            )}
          </Card>
        </Col>
      </Row>
      <Card
        title={t('table')}
        size="small"
        style={{ marginBottom: 16 }}
        extra={
          <Space wrap>
            <Input.Search
              allowClear
              size="small"
              placeholder={t('search')}
              style={{ width: 180 }}
              onSearch={setText}
              onChange={(e) => !e.target.value && setText('')}
              data-testid="tracking-search"
            />
            <Select
              allowClear
              size="small"
              placeholder={t('lightFilter')}
              style={{ width: 170 }}
              value={lightFilter}
              onChange={setLightFilter}
              options={(['red', 'amber', 'green', 'grey'] as Light[]).map((l) => ({ value: l, label: t(l) }))}
              data-testid="tracking-light-filter"
            />
            <Select
              mode="multiple"
              allowClear
              size="small"
              maxTagCount={2}
              placeholder={t('columns')}
              style={{ width: 260 }}
              value={shown}
              onChange={setShown}
              options={indicators.map((i) => ({ value: i.key, label: i.name[lang] }))}
              data-testid="tracking-columns"
            />
          </Space>
        }
      >
        <Table<DashboardRow>
          rowKey="projectId"
          size="small"
          loading={q.isFetching}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20 }}
          data-testid="tracking-matrix"
          columns={[
            {
              title: t('name'),
              dataIndex: 'name',
              fixed: 'left',
              width: 200,
              render: (v: string, r) => <Link to={`/projects/${r.projectId}/tracking`}>{v}</Link>,
            },
            ...visible.map((i) => ({
              title: (
                <Tooltip title={`${i.name[lang]} (${i.unit})`}>
                  <span>{i.name[lang].length > 8 ? `${i.name[lang].slice(0, 8)}…` : i.name[lang]}</span>
                </Tooltip>
              ),
              key: i.key,
              width: 110,
              render: (_: unknown, r: DashboardRow) => {
                const c = r.cells[i.key];
                if (!c) return null;
                return (
                  <Tooltip
                    title={`${t(c.light)}${c.target !== null ? ` · ${t('target')} ${c.target}` : ''}${c.month ? ` · ${c.month}` : ''}`}
                  >
                    <span data-light={c.light}>
                      <Dot light={c.light} />
                      {fmt(c.value)}
                    </span>
                  </Tooltip>
                );
              },
            })),
          ]}
        />
      </Card>
      <Card title={t('warnings')} size="small">
        <Table<Warning>
          rowKey={(r) => `${r.projectId}/${r.indicatorKey}`}
          size="small"
          loading={w.isFetching}
          dataSource={w.data?.items ?? []}
          locale={{ emptyText: t('noWarnings') }}
          data-testid="tracking-warnings"
          columns={[
            {
              title: t('name'),
              dataIndex: 'projectName',
              render: (v: string, r) => <Link to={`/projects/${r.projectId}/tracking`}>{v}</Link>,
            },
            { title: t('indicator'), dataIndex: 'indicatorKey', render: (k: string) => nameOf(k) },
            {
              title: t('target'),
              key: 'target',
              render: (_: unknown, r) => `${r.direction === 'higherIsBetter' ? '≥' : '≤'} ${r.target} ${r.unit}`,
            },
            {
              title: t('latest'),
              key: 'latest',
              render: (_: unknown, r) => (r.latest ? `${fmt(r.latest.value)} (${r.latest.month})` : '—'),
            },
            {
              title: t('forecast'),
              dataIndex: 'forecast',
              render: (v: number | null) => <Typography.Text type="danger">{fmt(v)}</Typography.Text>,
            },
            { title: t('due'), dataIndex: 'dueMonth' },
          ]}
        />
      </Card>
    </>
  );
}
