import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, call, client, query } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EChart, type EChartOption } from '../../components/EChart.js';
import { useRegions } from '../../components/regions.js';
import { AlertDetails } from './ProjectWastePage.js';
import {
  LicenceTag,
  categoryLabel,
  categoryOptions,
  downloadUrl,
  fmtTime,
  useWasteLang,
  wasteWords,
  type Alert as WasteAlert,
  type Facility,
} from './shared.js';
import type { ItemOf, QueryOf } from '../../api/types.js';
import { validFields } from '../../components/forms.js';

const messages = {
  'zh-CN': {
    title: '建筑垃圾减量化',
    league: '区域对比',
    facilities: '消纳/资源化场所',
    alerts: '预警',
    targets: '目标与规则',
    rank: '排名',
    project: '项目',
    prefab: '装配式',
    area: '面积（m²）',
    tonnes: '排放量（t）',
    intensity: '强度（t/万m²）',
    target: '目标',
    status: '达标',
    meets: '达标',
    exceeds: '超标',
    recycling: '资源化率',
    forecast: '完工预测',
    confirmation: '联单闭环率',
    chart: '项目排放强度与目标（t/万m²）',
    export: '导出排名',
    name: '名称',
    kind: '类型',
    organisation: '运营单位',
    licence: '许可证号',
    validUntil: '有效期至',
    licenceStatus: '许可状态',
    accepted: '许可接收类别',
    capacity: '日处理能力（t）',
    address: '地址',
    active: '启用',
    newFacility: '登记场所',
    editFacility: '修改场所',
    validFrom: '有效期自',
    alertKind: '预警类型',
    raisedAt: '时间',
    number: '联单号',
    facility: '场所',
    details: '详情',
    region: '地区',
    national: '全国默认',
    conventionalMax: '非装配式目标（t/万m²）',
    prefabricatedMax: '装配式目标（t/万m²）',
    targetYear: '目标年份',
    source: '依据',
    tolerance: '磅差允许比例',
    deadline: '未接收预警（小时）',
    expireAfter: '联单过期（小时）',
    setRegion: '设置本地区规则',
    noArea: '未填面积',
    noData: '暂无数据',
  },
  en: {
    title: 'Construction waste reduction',
    league: 'Regional comparison',
    facilities: 'Facilities',
    alerts: 'Alerts',
    targets: 'Targets and rules',
    rank: 'Rank',
    project: 'Project',
    prefab: 'Prefab',
    area: 'Area (m²)',
    tonnes: 'Discharged (t)',
    intensity: 'Intensity (t/10,000 m²)',
    target: 'Target',
    status: 'Status',
    meets: 'Meets',
    exceeds: 'Exceeds',
    recycling: 'Recycling',
    forecast: 'Forecast',
    confirmation: 'Manifest closure',
    chart: 'Project intensity vs target (t/10,000 m²)',
    export: 'Export league',
    name: 'Name',
    kind: 'Kind',
    organisation: 'Operator',
    licence: 'Licence no.',
    validUntil: 'Valid until',
    licenceStatus: 'Licence',
    accepted: 'Accepted categories',
    capacity: 'Daily capacity (t)',
    address: 'Address',
    active: 'Active',
    newFacility: 'Register facility',
    editFacility: 'Edit facility',
    validFrom: 'Valid from',
    alertKind: 'Alert',
    raisedAt: 'Raised',
    number: 'Manifest',
    facility: 'Facility',
    details: 'Details',
    region: 'Region',
    national: 'National default',
    conventionalMax: 'Conventional target (t/10,000 m²)',
    prefabricatedMax: 'Prefabricated target (t/10,000 m²)',
    targetYear: 'Target year',
    source: 'Source',
    tolerance: 'Weight tolerance share',
    deadline: 'Not-received alert (h)',
    expireAfter: 'Manifest expiry (h)',
    setRegion: 'Set region rules',
    noArea: 'no area',
    noData: 'no data yet',
  },
};

type LeagueRow = ItemOf<'/api/waste/projects'>;

export function WasteOverviewPage() {
  const t = useT(messages);
  const { me } = useAuth();
  const staff = me?.role === 'admin' || me?.role === 'regulator';
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title={t('title')} />
      <Card>
        <Tabs
          defaultActiveKey={params.get('alertKind') ? 'alerts' : 'league'}
          items={[
            { key: 'league', label: t('league'), children: <LeagueTab /> },
            { key: 'facilities', label: t('facilities'), children: <FacilitiesTab canEdit={staff} /> },
            { key: 'alerts', label: t('alerts'), children: <AlertsTab /> },
            ...(staff ? [{ key: 'targets', label: t('targets'), children: <TargetsTab /> }] : []),
          ]}
        />
      </Card>
    </>
  );
}

function LeagueTab() {
  const t = useT(messages);
  const c = useT(common);
  const regions = useRegions();
  const { me } = useAuth();
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const q = useQuery({
    queryKey: ['waste-league', regionCode],
    queryFn: () => call(client.GET('/api/waste/projects', { params: { query: { regionCode } } })),
  });
  const rows = q.data?.items ?? [];
  const option = useMemo<EChartOption>(() => {
    const ranked = rows.filter((r) => r.intensity !== null);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 90 },
      xAxis: {
        type: 'category',
        data: ranked.map((r) => r.name),
        axisLabel: { rotate: 30, interval: 0, width: 120, overflow: 'truncate' },
      },
      yAxis: { type: 'value', name: 't/万m²' },
      series: [
        {
          name: t('intensity'),
          type: 'bar',
          data: ranked.map((r) => ({ value: r.intensity, itemStyle: { color: r.meetsTarget ? '#389e0d' : '#cf1322' } })),
        },
        {
          name: t('forecast'),
          type: 'scatter',
          symbolSize: 10,
          itemStyle: { color: '#fa8c16' },
          data: ranked.map((r) => r.forecastIntensity),
        },
        {
          name: t('target'),
          type: 'line',
          step: 'middle',
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#595959' },
          data: ranked.map((r) => r.target),
        },
      ],
    };
  }, [rows, t]);
  const showRegion = me?.role === 'admin' || (me?.role === 'regulator' && !me.regionCode);
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        {showRegion && (
          <Select
            allowClear
            placeholder={c('region')}
            style={{ width: 160 }}
            options={regions.options}
            value={regionCode}
            onChange={setRegionCode}
          />
        )}
        <Button icon={<DownloadOutlined />} onClick={() => downloadUrl(`/api/waste/projects.xlsx${query({ regionCode })}`)}>
          {t('export')}
        </Button>
      </Space>
      <EChart option={option} height={340} testId="league-chart" />
      <Table<LeagueRow>
        rowKey="projectId"
        size="small"
        loading={q.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('rank'), dataIndex: 'rank', width: 60 },
          {
            title: t('project'),
            dataIndex: 'name',
            render: (v: string, r) => (
              <Link to={`/projects/${r.projectId}/waste`}>
                {r.code} {v}
              </Link>
            ),
          },
          { title: c('region'), dataIndex: 'regionCode', render: (v: string) => regions.name(v) },
          { title: t('prefab'), dataIndex: 'isPrefabricated', render: (v: boolean) => (v ? c('yes') : c('no')) },
          { title: t('area'), dataIndex: 'floorAreaM2', align: 'right', render: (v: number | null) => v?.toLocaleString() ?? '' },
          { title: t('tonnes'), dataIndex: 'tonnes', align: 'right' },
          {
            title: t('intensity'),
            dataIndex: 'intensity',
            align: 'right',
            sorter: (a, b) => (a.intensity ?? 1e9) - (b.intensity ?? 1e9),
            render: (v: number | null, r) => v ?? (r.hasData ? t('noArea') : t('noData')),
          },
          { title: t('target'), dataIndex: 'target', align: 'right' },
          {
            title: t('status'),
            dataIndex: 'meetsTarget',
            render: (v: boolean | null) => (v === null ? '' : <Tag color={v ? 'green' : 'red'}>{v ? t('meets') : t('exceeds')}</Tag>),
          },
          {
            title: t('recycling'),
            dataIndex: 'recyclingPercent',
            align: 'right',
            render: (v: number | null) => (v === null ? '' : `${v}%`),
          },
          {
            title: t('forecast'),
            dataIndex: 'forecastIntensity',
            align: 'right',
            render: (v: number | null, r) =>
              v === null ? '' : <span style={{ color: r.forecastExceeds ? '#cf1322' : undefined }}>{v}</span>,
          },
          {
            title: t('confirmation'),
            dataIndex: 'confirmationPercent',
            align: 'right',
            render: (v: number | null, r) => (v === null ? '' : `${v}% (${r.manifests})`),
          },
        ]}
      />
    </>
  );
}

function FacilitiesTab({ canEdit }: { canEdit: boolean }) {
  const t = useT(messages);
  const w = useT(wasteWords);
  const lang = useWasteLang();
  const regions = useRegions();
  const q = useQuery({ queryKey: ['waste-facilities-all'], queryFn: () => call(client.GET('/api/waste/facilities')) });
  const [editing, setEditing] = useState<Facility | 'new' | null>(null);
  return (
    <>
      {canEdit && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>
          {t('newFacility')}
        </Button>
      )}
      <Table<Facility>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('name'), dataIndex: 'name', render: (v: string, f) => (canEdit ? <a onClick={() => setEditing(f)}>{v}</a> : v) },
          { title: t('kind'), dataIndex: 'kind', render: (k: Facility['kind']) => w(k) },
          { title: t('region'), dataIndex: 'regionCode', render: (v: string) => regions.name(v) },
          { title: t('licence'), dataIndex: 'licenceNo' },
          { title: t('validUntil'), dataIndex: 'licenceValidUntil' },
          { title: t('licenceStatus'), dataIndex: 'licenceStatus', render: (s: Facility['licenceStatus']) => <LicenceTag status={s} /> },
          {
            title: t('accepted'),
            dataIndex: 'acceptedCategories',
            render: (cs: string[]) => cs.map((x) => <Tag key={x}>{categoryLabel(x, lang)}</Tag>),
          },
          { title: t('capacity'), dataIndex: 'dailyCapacityTonnes', align: 'right' },
          { title: t('organisation'), dataIndex: 'organisationName' },
        ]}
      />
      {editing && (
        <FacilityForm
          facility={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => (setEditing(null), void q.refetch())}
        />
      )}
    </>
  );
}

function FacilityForm({ facility, onClose, onSaved }: { facility: Facility | null; onClose(): void; onSaved(): void }) {
  const t = useT(messages);
  const c = useT(common);
  const w = useT(wasteWords);
  const lang = useWasteLang();
  const regions = useRegions();
  const [form] = Form.useForm();
  const orgs = useQuery({
    queryKey: ['facility-orgs'],
    queryFn: () => call(client.GET('/api/organisations', { params: { query: { kind: 'facility', pageSize: 200 } } })),
  });
  async function submit() {
    const v = await validFields(form);
    if (!v) return;
    const body = {
      ...v,
      licenceNo: v.licenceNo || null,
      address: v.address || null,
      licenceValidFrom: v.licenceValidFrom?.format('YYYY-MM-DD') ?? null,
      licenceValidUntil: v.licenceValidUntil?.format('YYYY-MM-DD') ?? null,
      dailyCapacityTonnes: v.dailyCapacityTonnes ?? null,
    };
    try {
      if (facility) await call(client.PATCH('/api/waste/facilities/{id}', { params: { path: { id: facility.id } }, body: body }));
      else await call(client.POST('/api/waste/facilities', { body: body }));
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.details.map((d) => ({ name: d.path || 'name', errors: [d.message] })));
    }
  }
  const initial = facility
    ? {
        ...facility,
        licenceValidFrom: facility.licenceValidFrom ? dayjs(facility.licenceValidFrom) : null,
        licenceValidUntil: facility.licenceValidUntil ? dayjs(facility.licenceValidUntil) : null,
      }
    : { kind: 'recycling', active: true, acceptedCategories: ['constructionWaste', 'demolitionWaste', 'decorationWaste'] };
  return (
    <Modal
      open
      title={facility ? t('editFacility') : t('newFacility')}
      onOk={submit}
      onCancel={onClose}
      okText={c('save')}
      cancelText={c('cancel')}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="name" label={t('name')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="organisationId" label={t('organisation')} rules={[{ required: true }]}>
          <Select loading={orgs.isLoading} options={orgs.data?.items.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
            <Select style={{ width: 160 }} options={(['recycling', 'disposal'] as const).map((k) => ({ value: k, label: w(k) }))} />
          </Form.Item>
          <Form.Item name="regionCode" label={t('region')} rules={[{ required: true }]}>
            <Select style={{ width: 160 }} options={regions.options} />
          </Form.Item>
          <Form.Item name="dailyCapacityTonnes" label={t('capacity')}>
            <InputNumber min={1} max={1000000} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item name="licenceNo" label={t('licence')}>
          <Input maxLength={100} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="licenceValidFrom" label={t('validFrom')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="licenceValidUntil" label={t('validUntil')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="active" label={t('active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item name="acceptedCategories" label={t('accepted')} rules={[{ required: true }]}>
          <Checkbox.Group options={categoryOptions(lang)} />
        </Form.Item>
        <Form.Item name="address" label={t('address')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AlertsTab() {
  const t = useT(messages);
  const w = useT(wasteWords);
  const lang = useWasteLang();
  const [params] = useSearchParams();
  // From a to-do: only the open alerts of that kind, as counted there.
  const kind = params.get('alertKind') as QueryOf<'/api/waste/alerts'>['kind'] | null;
  const q = useQuery({
    queryKey: ['waste-alerts-all', kind],
    queryFn: () =>
      call(client.GET('/api/waste/alerts', { params: { query: kind ? { pageSize: 200, kind, open: '1' } : { pageSize: 200 } } })),
  });
  return (
    <Table<WasteAlert>
      rowKey="id"
      size="small"
      loading={q.isLoading}
      dataSource={q.data?.items}
      columns={[
        { title: t('raisedAt'), dataIndex: 'raisedAt', render: (v: string) => fmtTime(v, lang) },
        {
          title: t('alertKind'),
          dataIndex: 'kind',
          render: (k: WasteAlert['kind']) => <Tag color={k === 'licence_expiring' ? 'orange' : 'red'}>{w(k)}</Tag>,
        },
        {
          title: t('project'),
          dataIndex: 'projectName',
          render: (v: string | null, a) => (a.projectId ? <Link to={`/projects/${a.projectId}/waste`}>{v}</Link> : ''),
        },
        { title: t('number'), dataIndex: 'manifestNumber' },
        { title: t('facility'), dataIndex: 'facilityName' },
        { title: t('details'), dataIndex: 'details', render: (d: Record<string, unknown>) => <AlertDetails details={d} /> },
      ]}
    />
  );
}

type Target = ItemOf<'/api/waste/targets'>;

function TargetsTab() {
  const t = useT(messages);
  const c = useT(common);
  const { me } = useAuth();
  const regions = useRegions();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const q = useQuery({ queryKey: ['waste-targets'], queryFn: () => call(client.GET('/api/waste/targets')) });
  const [editing, setEditing] = useState<string | null>(null);
  const [form] = Form.useForm();
  const editable = (code: string) => me?.role === 'admin' || (code !== 'CN' && (!me?.regionCode || me.regionCode === code));
  const open = (code: string) => {
    const base = q.data?.items.find((x) => x.regionCode === code) ?? q.data?.items.find((x) => x.regionCode === 'CN');
    form.setFieldsValue({ ...base });
    setEditing(code);
  };
  async function save() {
    const v = await validFields(form);
    if (!v) return;
    try {
      await call(
        client.PUT('/api/waste/targets/{regionCode}', {
          params: { path: { regionCode: editing! } },
          body: {
            conventionalMax: v.conventionalMax,
            prefabricatedMax: v.prefabricatedMax,
            targetYear: v.targetYear,
            source: v.source,
            weightToleranceShare: v.weightToleranceShare,
            receiptDeadlineHours: v.receiptDeadlineHours,
            expireAfterHours: v.expireAfterHours,
          },
        }),
      );
      message.success(c('saved'));
      setEditing(null);
      void qc.invalidateQueries({ queryKey: ['waste-targets'] });
    } catch (e) {
      if (e instanceof ApiError) message.error(e.describe());
    }
  }
  const regionOptions = regions.options.filter((o) => editable(o.value) && !q.data?.items.some((x) => x.regionCode === o.value));
  return (
    <>
      {regionOptions.length > 0 && (
        <Space style={{ marginBottom: 12 }}>
          <Select
            placeholder={t('setRegion')}
            style={{ width: 200 }}
            options={regionOptions}
            onChange={(v: string) => open(v)}
            value={null}
          />
        </Space>
      )}
      <Table<Target>
        rowKey="regionCode"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items}
        pagination={false}
        columns={[
          { title: t('region'), dataIndex: 'regionCode', render: (v: string) => (v === 'CN' ? t('national') : regions.name(v)) },
          { title: t('conventionalMax'), dataIndex: 'conventionalMax', align: 'right' },
          { title: t('prefabricatedMax'), dataIndex: 'prefabricatedMax', align: 'right' },
          { title: t('targetYear'), dataIndex: 'targetYear' },
          { title: t('tolerance'), dataIndex: 'weightToleranceShare', render: (v: number) => `${v * 100}%` },
          { title: t('deadline'), dataIndex: 'receiptDeadlineHours' },
          { title: t('expireAfter'), dataIndex: 'expireAfterHours' },
          {
            title: t('source'),
            dataIndex: 'source',
            render: (v: string) => <Typography.Text style={{ fontSize: 12 }}>{v}</Typography.Text>,
          },
          {
            title: c('actions'),
            key: 'a',
            render: (_: unknown, r) =>
              editable(r.regionCode) ? (
                <Button size="small" onClick={() => open(r.regionCode)}>
                  {c('edit')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal
        open={!!editing}
        title={editing === 'CN' ? t('national') : regions.name(editing)}
        onOk={save}
        onCancel={() => setEditing(null)}
        okText={c('save')}
        cancelText={c('cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="conventionalMax" label={t('conventionalMax')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="prefabricatedMax" label={t('prefabricatedMax')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="targetYear" label={t('targetYear')} rules={[{ required: true }]}>
            <InputNumber min={2020} max={2100} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="weightToleranceShare" label={t('tolerance')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1} step={0.01} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="receiptDeadlineHours" label={t('deadline')} rules={[{ required: true }]}>
            <InputNumber min={1} max={720} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="expireAfterHours" label={t('expireAfter')} rules={[{ required: true }]}>
            <InputNumber min={1} max={2160} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="source" label={t('source')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
