import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useRegions } from '../../components/regions.js';
import { useList } from '../../components/useList.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { EChart } from '../../components/EChart.js';
import {
  money,
  supportKindColors,
  supportKindLabels,
  type RegionCost,
  type RegionTotals,
  type SupportKind,
  type SupportRecord,
} from './labels.js';

const messages = {
  'zh-CN': {
    title: '政策支持与增量成本',
    granted: '各地区政策支持落实情况',
    money: '资金与金融（万元）',
    counts: '审批提速与评优（天 / 项）',
    region: '地区',
    projects: '受支持项目',
    reward: '奖励资金（万元）',
    finance: '绿色金融（万元）',
    rate: '平均利率优惠（百分点）',
    land: '土地优先（宗 / m²）',
    approvals: '审批提速（项）',
    daysSaved: '节省审批天数',
    awards: '评优优先（项）',
    costs: '各地区增量成本与效益',
    costProjects: '项目数',
    area: '建筑面积（m²）',
    incremental: '增量成本（元）',
    benefit: '效益（元）',
    incrementalPerM2: '增量成本（元/m²）',
    benefitPerM2: '效益（元/m²）',
    carbon: '减碳（tCO2e）',
    perM2Chart: '每平方米增量成本与效益（元/m²）',
    records: '支持明细',
    project: '项目',
    kind: '支持类型',
    grantedOn: '日期',
    detail: '内容',
    documentNo: '文号',
    wan: '万元',
  },
  en: {
    title: 'Policy support and incremental cost',
    granted: 'Support granted by region',
    money: 'Money and finance (10k yuan)',
    counts: 'Faster approvals and awards (days / count)',
    region: 'Region',
    projects: 'Projects supported',
    reward: 'Rewards (10k yuan)',
    finance: 'Green finance (10k yuan)',
    rate: 'Avg. rate discount (pp)',
    land: 'Land (parcels / m²)',
    approvals: 'Faster approvals',
    daysSaved: 'Approval days saved',
    awards: 'Award priority',
    costs: 'Incremental cost and benefit by region',
    costProjects: 'Projects',
    area: 'Floor area (m²)',
    incremental: 'Incremental cost (yuan)',
    benefit: 'Benefit (yuan)',
    incrementalPerM2: 'Incremental (yuan/m²)',
    benefitPerM2: 'Benefit (yuan/m²)',
    carbon: 'Carbon (tCO2e)',
    perM2Chart: 'Incremental cost and benefit per m² (yuan/m²)',
    records: 'Support granted',
    project: 'Project',
    kind: 'Kind',
    grantedOn: 'Date',
    detail: 'Details',
    documentNo: 'Document',
    wan: '10k yuan',
  },
};

/** What each region actually granted, side by side (the ministry sees all three), and its incremental cost per m². */
export function SupportOverviewPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const regions = useRegions();
  const totals = useQuery({ queryKey: ['support-summary'], queryFn: () => call(client.GET('/api/support/summary')) });
  const costs = useQuery({ queryKey: ['cost-summary'], queryFn: () => call(client.GET('/api/costs/summary')) });
  const records = useList('/api/support/records', {});
  const rows = totals.data?.items ?? [];
  const names = rows.map((r) => regions.name(r.regionCode));

  const moneyOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 56, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value' },
      series: [
        { name: t('reward'), type: 'bar', data: rows.map((r) => r.rewardWanYuan), itemStyle: { color: '#d4b106' } },
        { name: t('finance'), type: 'bar', data: rows.map((r) => r.financeWanYuan), itemStyle: { color: '#1677ff' } },
      ],
    }),
    [rows, names, t],
  );
  const countOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('daysSaved'), type: 'bar', data: rows.map((r) => r.approvalDaysSaved), itemStyle: { color: '#389e0d' } },
        { name: t('approvals'), type: 'bar', data: rows.map((r) => r.approvalCount), itemStyle: { color: '#95de64' } },
        { name: t('awards'), type: 'bar', data: rows.map((r) => r.awardCount), itemStyle: { color: '#c41d7f' } },
        { name: t('land'), type: 'bar', data: rows.map((r) => r.landCount), itemStyle: { color: '#722ed1' } },
      ],
    }),
    [rows, names, t],
  );
  const costRows = costs.data?.items ?? [];
  const perM2Option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: costRows.map((r) => regions.name(r.regionCode)) },
      yAxis: { type: 'value' },
      series: [
        {
          name: t('incrementalPerM2'),
          type: 'bar',
          data: costRows.map((r) => r.incrementalCostPerM2 ?? 0),
          itemStyle: { color: '#fa8c16' },
        },
        { name: t('benefitPerM2'), type: 'bar', data: costRows.map((r) => r.benefitPerM2 ?? 0), itemStyle: { color: '#389e0d' } },
      ],
    }),
    [costRows, regions, t],
  );

  const detail = (r: SupportRecord) => {
    switch (r.kind) {
      case 'reward':
        return `${r.amountWanYuan} ${t('wan')}${r.batch ? ` · ${r.batch}` : ''}`;
      case 'finance':
        return `${r.lender}${r.product ? ` ${r.product}` : ''} · ${r.amountWanYuan} ${t('wan')}${r.rateDiscountPct !== null ? ` · −${r.rateDiscountPct}pp` : ''}`;
      case 'land':
        return `${r.landParcel}${r.landAreaM2 ? ` · ${r.landAreaM2.toLocaleString(lang)} m²` : ''}`;
      case 'approval':
        return `${r.approvalName} · ${r.standardDays} → ${r.actualDays} (−${r.daysSaved})`;
      case 'award':
        return `${r.awardName}${r.awardLevel ? ` · ${r.awardLevel}` : ''}`;
    }
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              downloadCsv(
                'support-by-region.csv',
                [
                  { title: t('region'), value: (r: RegionTotals) => regions.name(r.regionCode) },
                  { title: t('projects'), value: (r: RegionTotals) => r.projectsSupported },
                  { title: t('reward'), value: (r: RegionTotals) => r.rewardWanYuan },
                  { title: t('finance'), value: (r: RegionTotals) => r.financeWanYuan },
                  { title: t('rate'), value: (r: RegionTotals) => r.avgRateDiscountPct ?? '' },
                  { title: t('land'), value: (r: RegionTotals) => `${r.landCount} / ${r.landAreaM2}` },
                  { title: t('approvals'), value: (r: RegionTotals) => r.approvalCount },
                  { title: t('daysSaved'), value: (r: RegionTotals) => r.approvalDaysSaved },
                  { title: t('awards'), value: (r: RegionTotals) => r.awardCount },
                ],
                rows,
              )
            }
          >
            {c('export')}
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('money')} size="small">
            <EChart option={moneyOption} height={260} testId="support-money-chart" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('counts')} size="small">
            <EChart option={countOption} height={260} />
          </Card>
        </Col>
      </Row>
      <Card title={t('granted')} style={{ marginTop: 16 }}>
        <Table<RegionTotals>
          rowKey="regionCode"
          size="middle"
          pagination={false}
          scroll={{ x: 900 }}
          loading={totals.isFetching}
          dataSource={rows}
          columns={[
            { title: t('region'), dataIndex: 'regionCode', render: (v: string) => regions.name(v) },
            { title: t('projects'), dataIndex: 'projectsSupported' },
            { title: t('reward'), dataIndex: 'rewardWanYuan', render: (v: number) => money(v, lang) },
            { title: t('finance'), dataIndex: 'financeWanYuan', render: (v: number) => money(v, lang) },
            { title: t('rate'), dataIndex: 'avgRateDiscountPct', render: (v: number | null) => v ?? '—' },
            { title: t('land'), key: 'land', render: (_: unknown, r) => `${r.landCount} / ${r.landAreaM2.toLocaleString(lang)}` },
            { title: t('approvals'), dataIndex: 'approvalCount' },
            { title: t('daysSaved'), dataIndex: 'approvalDaysSaved' },
            { title: t('awards'), dataIndex: 'awardCount' },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={10}>
          <Card title={t('perM2Chart')} size="small">
            <EChart option={perM2Option} height={260} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('costs')} size="small">
            <Table<RegionCost>
              rowKey="regionCode"
              size="small"
              pagination={false}
              scroll={{ x: 700 }}
              dataSource={costRows}
              columns={[
                { title: t('region'), dataIndex: 'regionCode', render: (v: string) => regions.name(v) },
                { title: t('costProjects'), dataIndex: 'projects' },
                { title: t('incremental'), dataIndex: 'incrementalCost', render: (v: number) => money(v, lang) },
                { title: t('benefit'), dataIndex: 'benefitValue', render: (v: number) => money(v, lang) },
                { title: t('incrementalPerM2'), dataIndex: 'incrementalCostPerM2', render: (v: number | null) => money(v, lang) },
                { title: t('benefitPerM2'), dataIndex: 'benefitPerM2', render: (v: number | null) => money(v, lang) },
                { title: t('carbon'), dataIndex: 'carbonTonnes' },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('records')} style={{ marginTop: 16 }}>
        <Table<SupportRecord>
          rowKey="id"
          size="middle"
          scroll={{ x: 800 }}
          dataSource={records.data?.items}
          loading={records.loading}
          pagination={{ ...records.pagination, showTotal: (n) => c('total', { n }) }}
          columns={[
            { title: t('grantedOn'), dataIndex: 'grantedOn', width: 110 },
            {
              title: t('project'),
              key: 'p',
              render: (_: unknown, r) => <Link to={`/projects/${r.projectId}/support`}>{r.projectName}</Link>,
            },
            { title: t('region'), dataIndex: 'regionCode', render: (v: string) => regions.name(v) },
            {
              title: t('kind'),
              dataIndex: 'kind',
              render: (v: SupportKind) => <Tag color={supportKindColors[v]}>{supportKindLabels[lang][v]}</Tag>,
            },
            { title: t('detail'), key: 'd', render: (_: unknown, r) => detail(r) },
            { title: t('documentNo'), dataIndex: 'documentNo', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
