import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Form, Row, Select, Statistic, Switch } from 'antd';
import { DownloadOutlined, WarningOutlined } from '@ant-design/icons';
import { call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useRegions } from '../../components/regions.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { EChart } from '../../components/EChart.js';
import { findingColumns } from './findingColumns.js';
import { noticeStatusLabels, severityLabels, type Finding } from './labels.js';
import type { QueryOf } from '../../api/types.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { chinaDate } from '../../components/chinaTime.js';

const messages = {
  'zh-CN': {
    title: '监督检查',
    mineTitle: '整改通知',
    openFindings: '未闭合问题',
    serious: '其中严重',
    overdue: '逾期通知单',
    stopWork: '停工项目',
    byAge: '未闭合问题账龄（天）',
    byRegion: '各地区未闭合问题',
    list: '问题清单',
    project: '项目',
    severity: '严重程度',
    description: '问题描述',
    age: '账龄（天）',
    notice: '整改通知单',
    deadline: '整改期限',
    escalation: '升级',
    status: '问题状态',
    open: '未闭合',
    closed: '已闭合',
    overdueOnly: '只看逾期',
    overdueTag: '逾期',
    count: '数量',
    stopTag: '停工',
  },
  en: {
    title: 'Supervision',
    mineTitle: 'Rectification notices',
    openFindings: 'Open findings',
    serious: 'Serious',
    overdue: 'Overdue notices',
    stopWork: 'Projects stopped',
    byAge: 'Age of open findings (days)',
    byRegion: 'Open findings by region',
    list: 'Findings',
    project: 'Project',
    severity: 'Severity',
    description: 'Description',
    age: 'Age (days)',
    notice: 'Notice',
    deadline: 'Deadline',
    escalation: 'Escalation',
    status: 'Status',
    open: 'Open',
    closed: 'Closed',
    overdueOnly: 'Overdue only',
    overdueTag: 'Overdue',
    count: 'Count',
    stopTag: 'Stop-work',
  },
};

type Filters = QueryOf<'/api/supervision/findings'>;

/** The regulator's dashboard of open findings by severity, age and overdue status; for enterprises, their notices. */
export function SupervisionPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const regions = useRegions();
  const staff = me?.role === 'admin' || me?.role === 'regulator';
  const national = staff && !me?.regionCode;
  const [params] = useSearchParams();
  const fromLink = Object.fromEntries(
    ['mine', 'awaiting', 'overdue', 'stopWork', 'noticeStatus'].flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : [])),
  ) as Filters;
  // A link from a to-do opens the list with exactly the filters its count used.
  const initial: Filters = Object.keys(fromLink).length
    ? fromLink
    : staff
      ? { status: 'open' }
      : { mine: me?.role === 'enterprise' ? 'true' : undefined };
  const list = useList('/api/supervision/findings', initial);
  const dash = useQuery({
    queryKey: ['supervision-dashboard', list.filters.regionCode, list.data],
    queryFn: () => call(client.GET('/api/supervision/dashboard', { params: { query: { regionCode: list.filters.regionCode } } })),
    enabled: staff,
  });
  const [form] = Form.useForm<Filters>();

  const ageOption = useMemo(() => {
    const d = dash.data;
    if (!d) return {};
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: d.byAge.map((b) => b.bucket) },
      yAxis: { type: 'value', minInterval: 1, name: t('count') },
      series: (['serious', 'major', 'general'] as const).map((s) => ({
        name: severityLabels[lang][s],
        type: 'bar',
        stack: 'age',
        itemStyle: { color: { serious: '#cf1322', major: '#fa8c16', general: '#1677ff' }[s] },
        data: d.byAge.map((b) => b[s]),
      })),
    };
  }, [dash.data, lang, t]);

  const regionOption = useMemo(() => {
    const d = dash.data;
    if (!d) return {};
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: d.byRegion.map((r) => regions.name(r.regionCode)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('openFindings'), type: 'bar', data: d.byRegion.map((r) => r.open), itemStyle: { color: '#389e0d' } },
        { name: t('overdue'), type: 'bar', data: d.byRegion.map((r) => r.overdue), itemStyle: { color: '#fa541c' } },
        { name: t('serious'), type: 'bar', data: d.byRegion.map((r) => r.serious), itemStyle: { color: '#cf1322' } },
      ],
    };
  }, [dash.data, regions, t]);

  const fmt = (v: string) => chinaDate(v);
  const findingCols = findingColumns(lang);
  const exportRows = () =>
    downloadCsv(
      `findings-${new Date().toISOString().slice(0, 10)}.csv`,
      [
        { title: t('project'), value: (r: Finding) => `${r.projectCode ?? ''} ${r.projectName ?? ''}` },
        { title: t('severity'), value: (r: Finding) => severityLabels[lang][r.severity] },
        { title: t('description'), value: (r: Finding) => r.description },
        { title: t('age'), value: (r: Finding) => r.ageDays },
        { title: t('notice'), value: (r: Finding) => r.notice?.code ?? '' },
        {
          title: t('status'),
          value: (r: Finding) => (r.notice ? noticeStatusLabels[lang][r.notice.status] : r.status === 'open' ? t('open') : t('closed')),
        },
        { title: t('deadline'), value: (r: Finding) => (r.notice ? fmt(r.notice.deadline) : '') },
        { title: t('escalation'), value: (r: Finding) => r.notice?.escalationLevel ?? 0 },
      ],
      list.data?.items ?? [],
    );

  return (
    <>
      <PageHeader
        title={staff ? t('title') : t('mineTitle')}
        extra={
          <Button icon={<DownloadOutlined />} onClick={exportRows}>
            {c('export')}
          </Button>
        }
      />
      {staff && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t('openFindings')}
                  value={dash.data?.openFindings ?? 0}
                  valueStyle={{ color: '#389e0d' }}
                  data-testid="dash-open"
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('serious')} value={dash.data?.bySeverity.serious ?? 0} valueStyle={{ color: '#cf1322' }} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('overdue')} value={dash.data?.overdueNotices ?? 0} valueStyle={{ color: '#fa541c' }} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('stopWork')} value={dash.data?.stopWorkProjects ?? 0} prefix={<WarningOutlined />} />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} lg={national ? 12 : 24}>
              <Card title={t('byAge')} size="small">
                <EChart option={ageOption} height={260} testId="age-chart" />
              </Card>
            </Col>
            {national && (
              <Col xs={24} lg={12}>
                <Card title={t('byRegion')} size="small">
                  <EChart option={regionOption} height={260} />
                </Card>
              </Col>
            )}
          </Row>
        </>
      )}
      <Card title={t('list')}>
        <Form
          form={form}
          layout="inline"
          initialValues={initial}
          onValuesChange={(_, all) => list.search({ ...all, overdue: all.overdue ? 'true' : undefined } as Filters)}
          style={{ marginBottom: 12, rowGap: 8 }}
        >
          {national && (
            <Form.Item name="regionCode" label={c('region')}>
              <Select allowClear style={{ width: 140 }} options={regions.options} />
            </Form.Item>
          )}
          <Form.Item name="severity" label={t('severity')}>
            <Select
              allowClear
              style={{ width: 110 }}
              options={(['serious', 'major', 'general'] as const).map((s) => ({ value: s, label: severityLabels[lang][s] }))}
            />
          </Form.Item>
          <Form.Item name="status" label={t('status')}>
            <Select
              allowClear
              style={{ width: 110 }}
              options={[
                { value: 'open', label: t('open') },
                { value: 'closed', label: t('closed') },
              ]}
            />
          </Form.Item>
          <Form.Item name="overdue" label={t('overdueOnly')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
        <ResponsiveTable<Finding>
          rowKey="id"
          size="middle"
          scroll={{ x: 900 }}
          dataSource={list.data?.items}
          loading={list.loading}
          pagination={{ ...list.pagination, showTotal: (n) => c('total', { n }) }}
          columns={[
            {
              title: t('project'),
              key: 'p',
              render: (_: unknown, r) => <Link to={`/projects/${r.projectId}/supervision`}>{r.projectName}</Link>,
            },
            findingCols.severity,
            { title: t('description'), dataIndex: 'description', ellipsis: true },
            { title: t('age'), dataIndex: 'ageDays', width: 90 },
            ...findingCols.notice,
          ]}
        />
      </Card>
    </>
  );
}
