import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, ImportOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, call, client, formData } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { StopWorkBanner } from '../supervision/StopWorkBanner.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EChart, type EChartOption } from '../../components/EChart.js';
import { useList } from '../../components/useList.js';
import {
  AlertTags,
  StateTag,
  WASTE_CATEGORY_IDS,
  WASTE_STAGE_IDS,
  categoryLabel,
  categoryOptions,
  downloadUrl,
  fmtTime,
  isExcluded,
  routeLabel,
  stageLabel,
  stageOptions,
  subClassLabel,
  subClassOptions,
  useWasteLang,
  wasteWords,
  type Alert as WasteAlert,
  type Manifest,
  type ManifestDetail,
} from './shared.js';
import type { ItemOf, QueryOf, Schemas } from '../../api/types.js';
import { validFields } from '../../components/forms.js';

const messages = {
  'zh-CN': {
    title: '建筑垃圾减量化',
    intensity: '排放强度（不含渣土、泥浆）',
    target: '目标',
    tonnes: '累计排放量',
    recycling: '资源化/再利用率',
    forecast: '完工预测强度',
    confirmation: '联单闭环率',
    meets: '达标',
    exceeds: '超标',
    noArea: '项目未填写总建筑面积，无法计算强度',
    forecastWarn: '按当前进度 {p}% 线性外推，完工时排放强度约 {f} t/万m²，将超过目标 {t} t/万m²（剩余可排放 {r} t）。',
    noProgress: '在专项方案中填写形象进度后可预测',
    monthlyChart: '累计排放强度（按类别堆叠）',
    stageChart: '分阶段排放量与估算（t）',
    estimate: '方案估算',
    targetLine: '目标 {t}',
    manifests: '电子联单',
    records: '现场记录',
    plan: '减量化专项方案',
    alerts: '预警',
    newManifest: '开具联单',
    exportManifests: '导出联单',
    exportIndicators: '导出指标',
    number: '联单号',
    plate: '车牌号',
    driver: '司机',
    driverPhone: '司机电话',
    category: '类别',
    subClass: '子类',
    stage: '阶段',
    route: '去向',
    facility: '消纳/资源化场所',
    gateTonnes: '出场吨数',
    gateWeighing: '出场计量方式',
    weighbridge: '过磅吨数',
    state: '状态',
    time: '出场时间',
    closedAt: '接收时间',
    dispatchNow: '立即放行出场',
    dispatch: '放行',
    slip: '联单',
    print: '打印联单',
    created: '联单已开具：{n}',
    scanHint: '司机携带此联单；消纳场用手机相机扫描二维码即可打开确认页面。',
    facilityWarn: '该场所：{w}',
    kind: '记录类型',
    date: '日期',
    reference: '凭证号',
    notes: '备注',
    newRecord: '新增记录',
    importRecords: '导入历史记录',
    template: '下载模板',
    importOk: '已导入 {n} 行，共 {t} 吨',
    importErrors: '导入失败，以下单元格有错误，未导入任何数据',
    row: '行',
    field: '列',
    problem: '问题',
    estimates: '估算产生量（t）',
    measures: '减量化措施',
    measureTitle: '措施',
    measureDetail: '说明',
    addMeasure: '添加措施',
    targetOverride: '项目自定目标（t/万m²，可空，取更严者）',
    regionalTarget: '地区目标：{t} t/万m²（{b}）',
    prefab: '装配式建筑',
    conventional: '非装配式建筑',
    progress: '形象进度（%）',
    estimateBasis: '估算口径',
    generated: '产生量（含现场再利用）',
    discharged: '排放量（外运）',
    savePlan: '保存方案',
    actualVsEstimate: '实际与估算对比',
    actual: '实际',
    variance: '偏差',
    alertKind: '预警类型',
    raisedAt: '时间',
    details: '详情',
    noAlerts: '暂无预警',
    subtotal: '合计',
  },
  en: {
    title: 'Construction waste reduction',
    intensity: 'Discharge intensity (excl. spoil, slurry)',
    target: 'Target',
    tonnes: 'Discharged to date',
    recycling: 'Recycling / reuse rate',
    forecast: 'Forecast at completion',
    confirmation: 'Manifest closure rate',
    meets: 'Meets',
    exceeds: 'Exceeds',
    noArea: 'The project has no floor area, so no intensity can be computed',
    forecastWarn:
      'Extrapolating from {p}% progress, the intensity at completion will be about {f} t/10,000 m², above the target of {t} ({r} t allowance left).',
    noProgress: 'Enter the progress in the plan to forecast',
    monthlyChart: 'Cumulative intensity (stacked by category)',
    stageChart: 'Discharge by stage vs estimate (t)',
    estimate: 'Plan estimate',
    targetLine: 'Target {t}',
    manifests: 'Manifests',
    records: 'On-site records',
    plan: 'Reduction plan',
    alerts: 'Alerts',
    newManifest: 'Issue manifest',
    exportManifests: 'Export manifests',
    exportIndicators: 'Export indicators',
    number: 'Manifest no.',
    plate: 'Vehicle plate',
    driver: 'Driver',
    driverPhone: 'Driver phone',
    category: 'Category',
    subClass: 'Sub-class',
    stage: 'Stage',
    route: 'Route',
    facility: 'Facility',
    gateTonnes: 'Gate tonnes',
    gateWeighing: 'Gate weighing',
    weighbridge: 'Weighbridge t',
    state: 'State',
    time: 'Departure',
    closedAt: 'Received',
    dispatchNow: 'Release at once',
    dispatch: 'Release',
    slip: 'Slip',
    print: 'Print slip',
    created: 'Manifest issued: {n}',
    scanHint: 'The driver carries this slip; the facility scans the QR code with a phone camera to open the confirmation page.',
    facilityWarn: 'This facility: {w}',
    kind: 'Kind',
    date: 'Date',
    reference: 'Reference',
    notes: 'Notes',
    newRecord: 'New record',
    importRecords: 'Import history',
    template: 'Template',
    importOk: 'Imported {n} rows, {t} t',
    importErrors: 'Import failed; these cells are wrong and nothing was imported',
    row: 'Row',
    field: 'Column',
    problem: 'Problem',
    estimates: 'Estimated generation (t)',
    measures: 'Reduction measures',
    measureTitle: 'Measure',
    measureDetail: 'Detail',
    addMeasure: 'Add measure',
    targetOverride: 'Project target (t/10,000 m², optional, stricter)',
    regionalTarget: 'Regional target: {t} t/10,000 m² ({b})',
    prefab: 'prefabricated',
    conventional: 'conventional',
    progress: 'Progress (%)',
    estimateBasis: 'Estimate basis',
    generated: 'Generated (incl. reuse on site)',
    discharged: 'Discharged (off site)',
    savePlan: 'Save plan',
    actualVsEstimate: 'Actual vs estimate',
    actual: 'Actual',
    variance: 'Variance',
    alertKind: 'Alert',
    raisedAt: 'Raised',
    details: 'Details',
    noAlerts: 'No alerts',
    subtotal: 'Total',
  },
};

type Indicators = Schemas['ProjectWaste'];

const CATEGORY_COLORS: Record<string, string> = {
  engineeringSpoil: '#8c8c8c',
  engineeringMud: '#bfbfbf',
  constructionWaste: '#389e0d',
  demolitionWaste: '#d48806',
  decorationWaste: '#1677ff',
};

export function ProjectWastePage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const t = useT(messages);
  const { me } = useAuth();
  const canWrite = me?.role === 'enterprise' || me?.role === 'admin';
  const q = useQuery({
    queryKey: ['waste', id],
    queryFn: () => call(client.GET('/api/projects/{projectId}/waste', { params: { path: { projectId: id } } })),
  });
  const data = q.data;
  if (q.error) return <Alert type="error" title={(q.error as Error).message} />;
  return (
    <>
      <PageHeader
        title={
          <Space>
            {t('title')}
            {data && (
              <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                {data.project.code} {data.project.name}
              </Typography.Text>
            )}
          </Space>
        }
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => downloadUrl(`/api/projects/${id}/waste/indicators.xlsx`)}
              data-testid="export-indicators"
            >
              {t('exportIndicators')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => downloadUrl(`/api/projects/${id}/waste/manifests.xlsx`)}>
              {t('exportManifests')}
            </Button>
          </>
        }
      />
      <StopWorkBanner projectId={id} />
      {data && <Kpis data={data} />}
      {data && <Charts data={data} />}
      <Card style={{ marginTop: 16 }}>
        <Tabs
          defaultActiveKey={searchParams.get('tab') ?? 'manifests'}
          items={[
            {
              key: 'manifests',
              label: t('manifests'),
              children: <ManifestsTab projectId={id} regionCode={data?.project.regionCode} canWrite={canWrite} />,
            },
            { key: 'records', label: t('records'), children: <RecordsTab projectId={id} canWrite={canWrite} /> },
            { key: 'plan', label: t('plan'), children: <PlanTab projectId={id} canWrite={canWrite} indicators={data} /> },
            { key: 'alerts', label: t('alerts'), children: <AlertsTab projectId={id} /> },
          ]}
        />
      </Card>
    </>
  );
}

function Kpis({ data }: { data: Indicators }) {
  const t = useT(messages);
  const i = data.intensity;
  const color = i.meetsTarget === null ? undefined : i.meetsTarget ? '#389e0d' : '#cf1322';
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={6}>
          <Card data-testid="kpi-intensity">
            <Statistic
              title={t('intensity')}
              value={i.intensity ?? '—'}
              suffix={`/ ${i.target.applied} t/万m²`}
              styles={{ content: { color } }}
            />
            {i.meetsTarget !== null && <Tag color={i.meetsTarget ? 'green' : 'red'}>{i.meetsTarget ? t('meets') : t('exceeds')}</Tag>}
          </Card>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Card data-testid="kpi-tonnes">
            <Statistic title={t('tonnes')} value={i.tonnes} precision={1} suffix="t" />
          </Card>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Card>
            <Statistic title={t('recycling')} value={data.recycling.ratePercent ?? '—'} suffix="%" />
          </Card>
        </Col>
        <Col xs={12} md={6} xl={5}>
          <Card>
            <Statistic
              title={t('forecast')}
              value={data.forecast?.forecastIntensity ?? '—'}
              suffix="t/万m²"
              styles={{ content: { color: data.forecast?.exceedsTarget ? '#cf1322' : undefined } }}
            />
            {!data.forecast && <Typography.Text type="secondary">{t('noProgress')}</Typography.Text>}
          </Card>
        </Col>
        <Col xs={12} md={6} xl={5}>
          <Card>
            <Statistic
              title={t('confirmation')}
              value={data.confirmation.ratePercent ?? '—'}
              suffix={`% (${data.confirmation.received}/${data.confirmation.dispatched - data.confirmation.pending})`}
            />
          </Card>
        </Col>
      </Row>
      {i.floorAreaM2 === null && <Alert style={{ marginTop: 16 }} type="warning" title={t('noArea')} />}
      {data.forecast?.exceedsTarget && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          showIcon
          data-testid="forecast-warning"
          title={t('forecastWarn', {
            p: data.forecast.progressPercent,
            f: data.forecast.forecastIntensity,
            t: data.forecast.targetTPer10kM2,
            r: data.forecast.remainingAllowanceTonnes,
          })}
        />
      )}
    </>
  );
}

function Charts({ data }: { data: Indicators }) {
  const t = useT(messages);
  const lang = useWasteLang();
  const target = data.intensity.target.applied;
  const monthlyOption = useMemo<EChartOption>(() => {
    const cats = WASTE_CATEGORY_IDS.filter((c) => !isExcluded(c));
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: data.monthly.map((m) => m.month) },
      yAxis: { type: 'value', name: data.monthlyUnit, max: (v: { max: number }) => Math.ceil(Math.max(v.max, target) * 1.1) },
      series: cats.map((c, idx) => ({
        name: categoryLabel(c, lang),
        type: 'bar',
        stack: 'total',
        itemStyle: { color: CATEGORY_COLORS[c] },
        data: data.monthly.map((m) => m.byCategory[c] ?? 0),
        ...(idx === 0 && data.monthlyUnit !== 't'
          ? {
              markLine: {
                symbol: 'none',
                lineStyle: { color: '#cf1322', type: 'dashed', width: 2 },
                label: { formatter: t('targetLine', { t: target }), position: 'insideEndTop' },
                data: [{ yAxis: target }],
              },
            }
          : {}),
      })),
    };
  }, [data, lang, target, t]);
  const stageOption = useMemo<EChartOption>(() => {
    const est = data.actualVsEstimate;
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 60, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: WASTE_STAGE_IDS.map((s) => stageLabel(s, lang)) },
      yAxis: { type: 'value', name: 't' },
      series: [
        ...WASTE_CATEGORY_IDS.filter((c) => !isExcluded(c)).map((c) => ({
          name: categoryLabel(c, lang),
          type: 'bar',
          stack: 'stage',
          itemStyle: { color: CATEGORY_COLORS[c] },
          data: WASTE_STAGE_IDS.map((s) => data.byStageCategory[c]?.[s] ?? 0),
        })),
        ...(est
          ? [
              {
                name: t('estimate'),
                type: 'line',
                symbolSize: 10,
                lineStyle: { type: 'dashed' },
                itemStyle: { color: '#722ed1' },
                data: WASTE_STAGE_IDS.map((s) => est.byStage[s]?.estimatedTonnes ?? 0),
              },
            ]
          : []),
      ],
    };
  }, [data, lang, t]);
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={24} xl={14}>
        <Card title={t('monthlyChart')} size="small">
          <EChart option={monthlyOption} height={320} testId="chart-monthly" />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('stageChart')} size="small">
          <EChart option={stageOption} height={320} testId="chart-stage" />
        </Card>
      </Col>
    </Row>
  );
}

function ManifestsTab({ projectId, regionCode, canWrite }: { projectId: string; regionCode?: string; canWrite: boolean }) {
  const t = useT(messages);
  const c = useT(common);
  const w = useT(wasteWords);
  const lang = useWasteLang();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [params] = useSearchParams();
  const linkedState = params.get('state') as QueryOf<'/api/projects/{projectId}/waste/manifests'>['state'] | null;
  // A to-do link (…?tab=manifests&state=created) opens the list filtered to what it counted.
  const list = useList('/api/projects/{projectId}/waste/manifests', linkedState ? { state: linkedState } : {}, { projectId });
  const [creating, setCreating] = useState(false);
  const [slip, setSlip] = useState<ManifestDetail | null>(null);
  const refresh = () => {
    void list.refetch();
    void qc.invalidateQueries({ queryKey: ['waste', projectId] });
  };
  async function dispatch(m: Manifest) {
    try {
      await call(client.POST('/api/waste/manifests/{id}/dispatch', { params: { path: { id: m.id } }, body: {} }));
      refresh();
    } catch (e) {
      if (e instanceof ApiError) message.error(e.describe());
    }
  }
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Form layout="inline" initialValues={linkedState ? { state: linkedState } : undefined} onFinish={(v) => list.search(v)}>
          <Form.Item name="q">
            <Input placeholder={`${t('number')} / ${t('plate')}`} allowClear />
          </Form.Item>
          <Form.Item name="state">
            <Select
              allowClear
              placeholder={t('state')}
              style={{ width: 140 }}
              options={(['created', 'in_transit', 'received', 'disputed', 'expired'] as const).map((s) => ({ value: s, label: w(s) }))}
            />
          </Form.Item>
          <Button htmlType="submit">{c('search')}</Button>
        </Form>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-manifest">
            {t('newManifest')}
          </Button>
        )}
      </Space>
      <Table<Manifest>
        rowKey="id"
        size="small"
        scroll={{ x: 1200 }}
        dataSource={list.data?.items}
        loading={list.loading}
        pagination={{ ...list.pagination, showTotal: (n) => c('total', { n }) }}
        columns={[
          { title: t('number'), dataIndex: 'number', render: (v: string, m) => <Link to={`/waste/manifests/${m.id}/slip`}>{v}</Link> },
          { title: t('state'), dataIndex: 'state', render: (s) => <StateTag state={s} /> },
          { title: t('plate'), dataIndex: 'vehiclePlate' },
          {
            title: t('category'),
            dataIndex: 'category',
            render: (v: string, m) => `${categoryLabel(v, lang)}${m.subClass ? ` · ${subClassLabel(m.subClass, lang)}` : ''}`,
          },
          { title: t('stage'), dataIndex: 'stage', render: (v: string) => stageLabel(v, lang) },
          { title: t('facility'), dataIndex: 'facilityName' },
          {
            title: t('gateTonnes'),
            dataIndex: 'gateTonnes',
            align: 'right',
            render: (v: number, m) => `${v}${m.gateWeighing === 'estimated' ? ` (${w('estimated')})` : ''}`,
          },
          { title: t('weighbridge'), dataIndex: 'weighbridgeTonnes', align: 'right' },
          { title: t('time'), dataIndex: 'dispatchedAt', render: (v: string | null) => fmtTime(v, lang) },
          { title: t('closedAt'), dataIndex: 'closedAt', render: (v: string | null) => fmtTime(v, lang) },
          { title: t('alerts'), dataIndex: 'alerts', render: (a: Manifest['alerts']) => <AlertTags alerts={a} /> },
          ...(canWrite
            ? [
                {
                  title: c('actions'),
                  key: 'a',
                  render: (_: unknown, m: Manifest) =>
                    m.state === 'created' ? (
                      <Button size="small" onClick={() => dispatch(m)}>
                        {t('dispatch')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {creating && regionCode && (
        <ManifestForm
          projectId={projectId}
          regionCode={regionCode}
          onClose={() => setCreating(false)}
          onCreated={(m) => {
            setCreating(false);
            setSlip(m);
            message.success(t('created', { n: m.number }));
            refresh();
          }}
        />
      )}
      {slip && (
        <Modal
          open
          title={`${t('slip')} ${slip.number}`}
          onCancel={() => setSlip(null)}
          footer={[
            <Link key="p" to={`/waste/manifests/${slip.id}/slip`}>
              <Button icon={<PrinterOutlined />}>{t('print')}</Button>
            </Link>,
            <Button key="ok" type="primary" onClick={() => setSlip(null)}>
              {c('confirm')}
            </Button>,
          ]}
        >
          <div data-testid="manifest-slip" style={{ textAlign: 'center' }}>
            <img src={slip.qrPng} alt={slip.number} width={200} height={200} />
            <Typography.Title level={4} style={{ margin: 0 }}>
              {slip.number}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('scanHint')}</Typography.Paragraph>
            <Typography.Text>
              {slip.vehiclePlate} · {categoryLabel(slip.category, lang)} · {slip.gateTonnes} t → {slip.facilityName}
            </Typography.Text>
            {slip.alerts.length > 0 && (
              <div style={{ marginTop: 8 }}>
                <AlertTags alerts={slip.alerts} />
              </div>
            )}
          </div>
        </Modal>
      )}
    </>
  );
}

function ManifestForm({
  projectId,
  regionCode,
  onClose,
  onCreated,
}: {
  projectId: string;
  regionCode: string;
  onClose(): void;
  onCreated(m: ManifestDetail): void;
}) {
  const t = useT(messages);
  const c = useT(common);
  const w = useT(wasteWords);
  const lang = useWasteLang();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const facilities = useQuery({
    queryKey: ['waste-facilities', regionCode],
    queryFn: () => call(client.GET('/api/waste/facilities', { params: { query: { regionCode, active: '1' } } })),
  });
  const category = Form.useWatch('category', form);
  const facilityId = Form.useWatch('facilityId', form);
  const facility = facilities.data?.items.find((f) => f.id === facilityId);
  const warnings = facility
    ? [
        ...(facility.licenceStatus !== 'valid' ? [w(facility.licenceStatus)] : []),
        ...(category && !facility.acceptedCategories.includes(category) ? [w('category_not_accepted')] : []),
      ]
    : [];
  async function submit() {
    const v = await validFields(form);
    if (!v) return;
    setSaving(true);
    try {
      const m = await call(
        client.POST('/api/projects/{projectId}/waste/manifests', {
          params: { path: { projectId } },
          body: {
            ...v,
            subClass: v.category === 'constructionWaste' ? (v.subClass ?? null) : null,
            at: (v.at ?? dayjs()).toISOString(),
            driverPhone: v.driverPhone || null,
          },
        }),
      );
      onCreated(m);
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.details.map((d) => ({ name: d.path || 'facilityId', errors: [d.message] })));
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal
      open
      title={t('newManifest')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okText={t('newManifest')}
      cancelText={c('cancel')}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ gateWeighing: 'weighed', dispatch: true, category: 'constructionWaste', at: dayjs() }}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="vehiclePlate" label={t('plate')} rules={[{ required: true }]}>
              <Input placeholder="湘A12345" maxLength={8} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="driverName" label={t('driver')} rules={[{ required: true }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label={t('category')} rules={[{ required: true }]}>
              <Select options={categoryOptions(lang)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="subClass" label={t('subClass')}>
              <Select allowClear disabled={category !== 'constructionWaste'} options={subClassOptions(lang)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="stage" label={t('stage')} rules={[{ required: true }]}>
              <Select options={stageOptions(lang)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="facilityId" label={t('facility')} rules={[{ required: true }]}>
              <Select
                loading={facilities.isLoading}
                options={facilities.data?.items.map((f) => ({ value: f.id, label: `${f.name}（${w(f.kind)}）` }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="gateTonnes" label={t('gateTonnes')} rules={[{ required: true }]}>
              <InputNumber min={0.1} max={200} step={0.1} style={{ width: '100%' }} addonAfter="t" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="gateWeighing" label={t('gateWeighing')}>
              <Radio.Group
                options={[
                  { value: 'weighed', label: w('weighed') },
                  { value: 'estimated', label: w('estimated') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="at" label={t('time')}>
              <DatePicker showTime style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="driverPhone" label={t('driverPhone')}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="dispatch" label={t('dispatchNow')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        {warnings.length > 0 && <Alert type="warning" showIcon title={t('facilityWarn', { w: warnings.join('、') })} />}
      </Form>
    </Modal>
  );
}

type SiteRecord = ItemOf<'/api/projects/{projectId}/waste/records'>;

function RecordsTab({ projectId, canWrite }: { projectId: string; canWrite: boolean }) {
  const t = useT(messages);
  const c = useT(common);
  const w = useT(wasteWords);
  const lang = useWasteLang();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const list = useList('/api/projects/{projectId}/waste/records', {}, { projectId });
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<ApiError | null>(null);
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form);
  const category = Form.useWatch('category', form);
  const refresh = () => {
    void list.refetch();
    void qc.invalidateQueries({ queryKey: ['waste', projectId] });
  };
  async function upload(file: File) {
    try {
      const r = await call(
        client.POST('/api/projects/{projectId}/waste/records/import', {
          params: { path: { projectId } },
          body: { file },
          bodySerializer: formData,
        }),
      );
      message.success(t('importOk', { n: r.imported, t: r.tonnes }));
      refresh();
    } catch (e) {
      if (e instanceof ApiError) {
        if (e.details.length) setErrors(e);
        else message.error(e.describe());
      }
    }
  }
  async function save() {
    const v = await validFields(form);
    if (!v) return;
    try {
      await call(
        client.POST('/api/projects/{projectId}/waste/records', {
          params: { path: { projectId } },
          body: {
            ...v,
            recordDate: v.recordDate.format('YYYY-MM-DD'),
            subClass: v.category === 'constructionWaste' ? (v.subClass ?? null) : null,
            route: v.kind === 'historical' ? v.route : null,
            reference: v.reference || null,
          },
        }),
      );
      setAdding(false);
      form.resetFields();
      refresh();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.details.map((d) => ({ name: d.path || 'tonnes', errors: [d.message] })));
    }
  }
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          allowClear
          placeholder={t('kind')}
          style={{ width: 160 }}
          onChange={(v) => list.search({ kind: v })}
          options={(['sorted', 'reused', 'historical'] as const).map((k) => ({ value: k, label: w(k) }))}
        />
        {canWrite && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('newRecord')}
            </Button>
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (void upload(f), false)}>
              <Button icon={<ImportOutlined />} data-testid="import-records">
                {t('importRecords')}
              </Button>
            </Upload>
            <Button type="link" icon={<DownloadOutlined />} onClick={() => downloadUrl('/api/waste/records/template.xlsx')}>
              {t('template')}
            </Button>
          </>
        )}
      </Space>
      <Table<SiteRecord>
        rowKey="id"
        size="small"
        dataSource={list.data?.items}
        loading={list.loading}
        pagination={{ ...list.pagination, showTotal: (n) => c('total', { n }) }}
        columns={[
          { title: t('date'), dataIndex: 'recordDate' },
          { title: t('kind'), dataIndex: 'kind', render: (k: SiteRecord['kind']) => w(k) },
          { title: t('stage'), dataIndex: 'stage', render: (v: string) => stageLabel(v, lang) },
          {
            title: t('category'),
            dataIndex: 'category',
            render: (v: string, r) => `${categoryLabel(v, lang)}${r.subClass ? ` · ${subClassLabel(r.subClass, lang)}` : ''}`,
          },
          { title: t('route'), dataIndex: 'route', render: (v: string | null) => (v ? routeLabel(v, lang) : '') },
          { title: 't', dataIndex: 'tonnes', align: 'right' },
          { title: t('reference'), dataIndex: 'reference' },
          { title: t('notes'), dataIndex: 'notes' },
        ]}
      />
      <Modal
        open={adding}
        title={t('newRecord')}
        onOk={save}
        onCancel={() => setAdding(false)}
        okText={c('save')}
        cancelText={c('cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'reused', category: 'constructionWaste', recordDate: dayjs() }}>
          <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
            <Radio.Group options={(['sorted', 'reused', 'historical'] as const).map((k) => ({ value: k, label: w(k) }))} />
          </Form.Item>
          <Form.Item name="recordDate" label={t('date')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="stage" label={t('stage')} rules={[{ required: true }]}>
            <Select options={stageOptions(lang)} />
          </Form.Item>
          <Form.Item name="category" label={t('category')} rules={[{ required: true }]}>
            <Select options={categoryOptions(lang)} />
          </Form.Item>
          {category === 'constructionWaste' && (
            <Form.Item name="subClass" label={t('subClass')}>
              <Select allowClear options={subClassOptions(lang)} />
            </Form.Item>
          )}
          {kind === 'historical' && (
            <Form.Item name="route" label={t('route')} rules={[{ required: true }]}>
              <Select options={(['recycling', 'disposal'] as const).map((r) => ({ value: r, label: routeLabel(r, lang) }))} />
            </Form.Item>
          )}
          <Form.Item name="tonnes" label="t" rules={[{ required: true }]}>
            <InputNumber min={0.001} max={100000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reference" label={t('reference')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="notes" label={t('notes')}>
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={!!errors} title={errors?.message} onCancel={() => setErrors(null)} footer={null} width={720}>
        <Alert type="error" title={t('importErrors')} style={{ marginBottom: 12 }} />
        <Table
          data-testid="import-errors"
          size="small"
          rowKey={(d) => d.path}
          pagination={false}
          dataSource={errors?.details ?? []}
          columns={[
            { title: t('row'), render: (_: unknown, d: { path: string }) => d.path.split('.')[1] },
            { title: t('field'), render: (_: unknown, d: { path: string }) => d.path.split('.')[2] },
            { title: t('problem'), dataIndex: 'message' },
          ]}
        />
      </Modal>
    </>
  );
}

function PlanTab({ projectId, canWrite, indicators }: { projectId: string; canWrite: boolean; indicators?: Indicators }) {
  const t = useT(messages);
  const c = useT(common);
  const lang = useWasteLang();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const q = useQuery({
    queryKey: ['waste-plan', projectId],
    queryFn: () => call(client.GET('/api/projects/{projectId}/waste/plan', { params: { path: { projectId } } })),
  });
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  if (!q.data) return null;
  const plan = q.data;
  const initial: Record<string, unknown> = {
    measures: plan.measures,
    targetOverride: plan.targetOverride,
    estimateBasis: plan.estimateBasis,
    progressPercent: plan.progressPercent,
    notes: plan.notes,
  };
  for (const e of plan.estimates) initial[`est_${e.stage}_${e.category}`] = e.tonnes;
  async function save() {
    const v = await validFields(form);
    if (!v) return;
    const estimates = WASTE_STAGE_IDS.flatMap((s) =>
      WASTE_CATEGORY_IDS.flatMap((cat) =>
        typeof v[`est_${s}_${cat}`] === 'number' ? [{ stage: s, category: cat, tonnes: v[`est_${s}_${cat}`] }] : [],
      ),
    );
    setSaving(true);
    try {
      await call(
        client.PUT('/api/projects/{projectId}/waste/plan', {
          params: { path: { projectId } },
          body: {
            estimates,
            measures: (v.measures ?? []).filter((m: { title?: string }) => m?.title),
            targetOverride: v.targetOverride ?? null,
            estimateBasis: v.estimateBasis,
            progressPercent: v.progressPercent ?? null,
            notes: v.notes ?? null,
          },
        }),
      );
      message.success(c('saved'));
      void qc.invalidateQueries({ queryKey: ['waste-plan', projectId] });
      void qc.invalidateQueries({ queryKey: ['waste', projectId] });
    } catch (e) {
      if (e instanceof ApiError) message.error(e.describe());
    } finally {
      setSaving(false);
    }
  }
  const ave = indicators?.actualVsEstimate;
  return (
    <Form form={form} layout="vertical" initialValues={initial} disabled={!canWrite}>
      <Typography.Paragraph>
        <Tag color="green">
          {t('regionalTarget', {
            t: plan.regionalTarget.targetTPer10kM2,
            b: plan.regionalTarget.basis === 'prefabricated' ? t('prefab') : t('conventional'),
          })}
        </Tag>
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('estimates')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="stage"
        dataSource={WASTE_STAGE_IDS.map((s) => ({ stage: s }))}
        columns={[
          { title: t('stage'), dataIndex: 'stage', render: (s: string) => stageLabel(s, lang) },
          ...WASTE_CATEGORY_IDS.map((cat) => ({
            title: categoryLabel(cat, lang),
            key: cat,
            render: (_: unknown, r: { stage: string }) => (
              <Form.Item name={`est_${r.stage}_${cat}`} noStyle>
                <InputNumber min={0} max={1000000} style={{ width: 110 }} />
              </Form.Item>
            ),
          })),
        ]}
      />
      {ave && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('actualVsEstimate')}
          </Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="stage"
            dataSource={[
              ...WASTE_STAGE_IDS.map((s) => ({ stage: stageLabel(s, lang), ...ave.byStage[s]! })),
              { stage: t('subtotal'), ...ave.total },
            ]}
            columns={[
              { title: t('stage'), dataIndex: 'stage' },
              { title: `${t('estimate')} (t)`, dataIndex: 'estimatedTonnes', align: 'right' },
              { title: `${t('actual')} (t)`, dataIndex: 'actualTonnes', align: 'right' },
              { title: `${t('variance')} (t)`, dataIndex: 'varianceTonnes', align: 'right' },
              {
                title: `${t('variance')} %`,
                dataIndex: 'variancePercent',
                align: 'right',
                render: (v: number | null) =>
                  v === null ? '—' : <span style={{ color: v > 0 ? '#cf1322' : '#389e0d' }}>{v > 0 ? `+${v}` : v}</span>,
              },
            ]}
          />
        </>
      )}
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} md={8}>
          <Form.Item name="progressPercent" label={t('progress')}>
            <InputNumber min={0.1} max={100} style={{ width: '100%' }} data-testid="plan-progress" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="targetOverride" label={t('targetOverride')}>
            <InputNumber min={1} max={10000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="estimateBasis" label={t('estimateBasis')}>
            <Select
              options={[
                { value: 'generated', label: t('generated') },
                { value: 'discharged', label: t('discharged') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5}>{t('measures')}</Typography.Title>
      <Form.List name="measures">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" style={{ display: 'flex' }} wrap>
                <Form.Item name={[f.name, 'title']} rules={[{ required: true }]}>
                  <Input placeholder={t('measureTitle')} style={{ width: 260 }} maxLength={200} />
                </Form.Item>
                <Form.Item name={[f.name, 'detail']}>
                  <Input placeholder={t('measureDetail')} style={{ width: 420 }} maxLength={2000} />
                </Form.Item>
                {canWrite && (
                  <Button type="link" danger onClick={() => remove(f.name)}>
                    ×
                  </Button>
                )}
              </Space>
            ))}
            {canWrite && (
              <Button type="dashed" onClick={() => add({ title: '' })} icon={<PlusOutlined />}>
                {t('addMeasure')}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <Form.Item name="notes" label={t('notes')} style={{ marginTop: 16 }}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      {canWrite && (
        <Button type="primary" onClick={save} loading={saving} data-testid="save-plan">
          {t('savePlan')}
        </Button>
      )}
    </Form>
  );
}

function AlertsTab({ projectId }: { projectId: string }) {
  const t = useT(messages);
  const w = useT(wasteWords);
  const lang = useWasteLang();
  const q = useQuery({
    queryKey: ['waste-alerts', projectId],
    queryFn: () => call(client.GET('/api/waste/alerts', { params: { query: { projectId, pageSize: 200 } } })),
  });
  if (q.data && !q.data.items.length) return <Empty description={t('noAlerts')} />;
  return (
    <Table<WasteAlert>
      rowKey="id"
      size="small"
      loading={q.isLoading}
      dataSource={q.data?.items}
      columns={[
        { title: t('raisedAt'), dataIndex: 'raisedAt', render: (v: string) => fmtTime(v, lang) },
        { title: t('alertKind'), dataIndex: 'kind', render: (k: WasteAlert['kind']) => <Tag color="red">{w(k)}</Tag> },
        { title: t('number'), dataIndex: 'manifestNumber' },
        { title: t('facility'), dataIndex: 'facilityName' },
        { title: t('details'), dataIndex: 'details', render: (d: Record<string, unknown>) => <AlertDetails details={d} /> },
      ]}
    />
  );
}

export function AlertDetails({ details }: { details: Record<string, unknown> }) {
  const lang = useWasteLang();
  const parts: string[] = [];
  if ('gateTonnes' in details)
    parts.push(
      `${details.gateTonnes} t → ${details.weighbridgeTonnes} t (${details.share === null ? '∞' : `${Math.round(Number(details.share) * 1000) / 10}%`} > ${Number(details.allowedShare) * 100}%)`,
    );
  if ('dayTonnes' in details) parts.push(`${details.date}: ${details.dayTonnes} t > ${details.capacity} t`);
  if ('category' in details) parts.push(categoryLabel(String(details.category), lang));
  if ('licenceValidUntil' in details && details.licenceValidUntil) parts.push(String(details.licenceValidUntil));
  if ('hours' in details) parts.push(`${details.hours} h`);
  return <span>{parts.join('；')}</span>;
}
