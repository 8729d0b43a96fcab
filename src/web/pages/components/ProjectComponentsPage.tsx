import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { BlockOutlined, CalculatorOutlined, DeleteOutlined, PlusOutlined, SettingOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, call, client, formData } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { EChart } from '../../components/EChart.js';
import { ProjectHeader } from '../projects/ProjectHeader.js';
import { componentTypeLabels, dims, type ComponentType } from './common.js';
import type { HighlightGroup } from '../bim/ModelViewer.js';
import type { ItemOf, ResponseOf, QueryOf } from '../../api/types.js';
import { validFields } from '../../components/forms.js';

// three.js and the viewer load only when the 3D panel is shown, keeping them out of the main bundle.
const ModelViewer = lazy(() => import('../bim/ModelViewer.js').then((m) => ({ default: m.ModelViewer })));

/** Colours of the 3D panel: every non-standard instance, and the instances of the size picked in the list. */
const NON_STANDARD_COLOUR = '#fa8c16';
const SELECTED_COLOUR = '#f5222d';

const messages = {
  'zh-CN': {
    title: '构件标准化（少规格、多组合）',
    rate: '标准化率',
    rateHelp: '使用构件库规格的构件占比',
    units: '构件数量',
    matched: '匹配库规格',
    exact: '精确 {n}',
    within: '容差内 {n}',
    specs: '规格数',
    repetition: '平均重复使用率',
    perSpec: '件/规格',
    extract: '从 BIM 模型识别',
    extracted: '已从模型 {model} 识别 {n} 个构件',
    schedule: '导入构件清单',
    scheduled: '已导入 {rows} 行，共 {units} 件',
    rules: '识别规则',
    chartTitle: '各类构件规格数与重复使用率',
    nonStandard: '非标准规格（建议改用最近的库规格）',
    type: '构件类型',
    size: '尺寸 / 型材',
    count: '数量',
    nearest: '最近的库规格',
    distance: '偏差 (mm)',
    modular: '模数检查',
    instances: '构件实例',
    source: '来源',
    ref: '来源标识',
    name: '名称',
    match: '匹配',
    spec: '库规格',
    none: '暂无构件：从 BIM 模型识别，或导入构件清单（Excel）。',
    all: '全部',
    exactL: '精确',
    withinL: '容差内',
    noneL: '非标准',
    model: 'BIM 模型',
    scheduleL: '构件清单',
    modelNone: '项目尚无已处理的 BIM 模型',
    tolerance: '匹配容差 (mm)',
    ifcClass: 'IFC 类',
    nameContains: '名称包含',
    propertyName: '属性名',
    propertyValue: '属性值',
    dimsFrom: '尺寸来源',
    fromProfile: '型材规格',
    fromQuantities: '工程量',
    addRule: '添加规则',
    rulesHelp: '按顺序匹配，第一条符合的规则决定构件类型；未被任何规则选中的模型构件不计入。',
    prefab: '装配率计算表',
    bim: 'BIM 模型',
    modularOk: '符合',
    row: '第 {n} 行',
    inModel: '模型中',
    viewerTitle: '非标准构件三维定位',
    highlightedN: '非标准构件 {n} 个已高亮',
    legendAll: '非标准构件',
    legendSelected: '选中的规格（{n} 个）',
    clickRow: '单击上方非标准规格列表中的一行，可在模型中单独标出并缩放到该规格的构件。',
    clearSelection: '取消选中',
    loadingGeometry: '正在加载几何…',
    viewerFailed: '模型加载失败',
    noModelUsage: '构件用量来自导入的构件清单（Excel），清单中的构件没有模型 GlobalId，无法在三维模型中高亮。',
    noModelUsageHint: '项目上传 BIM 模型后，可点击“从 BIM 模型识别”改用模型中的构件，非标准构件即可在此高亮。',
    noModelUsageWithModel: '已有 BIM 模型 {model}：点击“从 BIM 模型识别”后，模型中的非标准构件会在此高亮。',
    olderModel: '构件识别基于较早的模型版本；三维视图显示的是识别所用的版本。重新识别可更新到最新模型。',
    scheduleToo: '另有 {n} 件来自构件清单，不在模型中显示。',
  },
  en: {
    title: 'Component standardisation (few sizes, many combinations)',
    rate: 'Standardisation rate',
    rateHelp: 'Share of components using library specs',
    units: 'Components',
    matched: 'Match a library spec',
    exact: 'exact {n}',
    within: 'within tolerance {n}',
    specs: 'Specs in use',
    repetition: 'Average repetition',
    perSpec: 'per spec',
    extract: 'Recognise in BIM model',
    extracted: 'Recognised {n} components in {model}',
    schedule: 'Import schedule',
    scheduled: 'Imported {rows} rows, {units} units',
    rules: 'Recognition rules',
    chartTitle: 'Specs per type and repetition',
    nonStandard: 'Non-standard sizes (nearest library spec suggested)',
    type: 'Type',
    size: 'Size / profile',
    count: 'Units',
    nearest: 'Nearest library spec',
    distance: 'Off by (mm)',
    modular: 'Modular check',
    instances: 'Instances',
    source: 'Source',
    ref: 'Reference',
    name: 'Name',
    match: 'Match',
    spec: 'Library spec',
    none: 'No components yet: recognise them in the BIM model, or import a schedule (Excel).',
    all: 'All',
    exactL: 'Exact',
    withinL: 'Within tolerance',
    noneL: 'Non-standard',
    model: 'BIM model',
    scheduleL: 'Schedule',
    modelNone: 'The project has no processed BIM model yet',
    tolerance: 'Tolerance (mm)',
    ifcClass: 'IFC class',
    nameContains: 'Name contains',
    propertyName: 'Property',
    propertyValue: 'Value',
    dimsFrom: 'Size from',
    fromProfile: 'Profile',
    fromQuantities: 'Quantities',
    addRule: 'Add rule',
    rulesHelp: 'Rules apply in order; the first that matches sets the type. Elements no rule selects are not counted.',
    prefab: 'Prefabrication sheet',
    bim: 'BIM model',
    modularOk: 'Modular',
    row: 'row {n}',
    inModel: 'In model',
    viewerTitle: 'Non-standard components in 3D',
    highlightedN: '{n} non-standard components highlighted',
    legendAll: 'Non-standard',
    legendSelected: 'Selected size ({n})',
    clickRow: 'Click a row of the non-standard list above to mark that size’s components alone and zoom to them.',
    clearSelection: 'Clear selection',
    loadingGeometry: 'Loading geometry…',
    viewerFailed: 'The model could not be loaded',
    noModelUsage:
      'Component usage comes from an imported schedule (Excel); schedule lines have no model GlobalId, so they cannot be highlighted in 3D.',
    noModelUsageHint:
      'Once the project has a BIM model, use “Recognise in BIM model” to take the components from the model; non-standard ones are then highlighted here.',
    noModelUsageWithModel:
      'The project has the BIM model {model}: use “Recognise in BIM model” and its non-standard components are highlighted here.',
    olderModel:
      'Components were recognised in an earlier model version; the 3D view shows that version. Recognise again to use the latest model.',
    scheduleToo: '{n} more units come from a schedule and are not shown in the model.',
  },
};

type Summary = ResponseOf<'/api/projects/{projectId}/components/summary'>;
type NonStandardElements = ResponseOf<'/api/projects/{projectId}/components/non-standard-elements'>;
type Instance = ItemOf<'/api/projects/{projectId}/components/instances'>;
type Rule = ResponseOf<'/api/projects/{projectId}/components/settings'>['rules'][number];

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

export function ProjectComponentsPage() {
  const { projectId = '' } = useParams();
  const t = useT(messages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const [match, setMatch] = useState<QueryOf<'/api/projects/{projectId}/components/instances'>['match']>();
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState(false);
  const [rulesOpen, setRulesOpen] = useState(false);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<{ message: string; details: Array<{ path: string; message: string }> } | null>(null);
  const canWrite = me?.role !== 'expert' && me?.role !== 'facility' && me?.role !== 'carrier';

  const summary = useQuery({
    queryKey: ['components-summary', projectId],
    queryFn: () => call(client.GET('/api/projects/{projectId}/components/summary', { params: { path: { projectId } } })),
  });
  const instances = useQuery({
    queryKey: ['components-instances', projectId, match, page],
    queryFn: () =>
      call(
        client.GET('/api/projects/{projectId}/components/instances', {
          params: { path: { projectId }, query: { match, page, pageSize: 20 } },
        }),
      ),
  });
  const elements = useQuery({
    queryKey: ['components-non-standard-elements', projectId],
    enabled: !!summary.data?.instancesModelId,
    queryFn: () => call(client.GET('/api/projects/{projectId}/components/non-standard-elements', { params: { path: { projectId } } })),
  });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['components-non-standard-elements', projectId] });
    void qc.invalidateQueries({ queryKey: ['components-summary', projectId] });
    void qc.invalidateQueries({ queryKey: ['components-instances', projectId] });
  };
  const s = summary.data;

  async function extract() {
    setBusy(true);
    try {
      const r = await call(client.POST('/api/projects/{projectId}/components/extract', { params: { path: { projectId } } }));
      message.success(t('extracted', { n: r.instances, model: s?.model?.label ?? r.modelId }));
      refresh();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    } finally {
      setBusy(false);
    }
  }

  async function importSchedule(file: File) {
    setBusy(true);
    setUploadError(null);
    try {
      const r = await call(
        client.POST('/api/projects/{projectId}/components/schedule', {
          params: { path: { projectId } },
          body: { file },
          bodySerializer: formData,
        }),
      );
      message.success(t('scheduled', r));
      refresh();
    } catch (e) {
      const err = e as Error & { details?: Array<{ path: string; message: string }> };
      setUploadError({ message: err.message, details: err.details ?? [] });
    } finally {
      setBusy(false);
    }
  }

  const typeName = (ty: string) => componentTypeLabels[lang][ty as ComponentType] ?? ty;
  const totalSpecs = s ? Object.values(s.specCountByType).reduce((a, b) => a + b, 0) : 0;
  const chart = s && {
    tooltip: { trigger: 'axis' },
    legend: { data: [t('specs'), t('repetition')], top: 0 },
    grid: { left: 48, right: 56, bottom: 56, top: 48 },
    xAxis: { type: 'category', data: s.repetition.map((r) => typeName(r.type)), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: [
      { type: 'value', name: t('specs'), minInterval: 1 },
      { type: 'value', name: t('perSpec') },
    ],
    series: [
      {
        name: t('specs'),
        type: 'bar',
        data: s.repetition.map((r) => r.specs),
        itemStyle: { color: '#2f9e6b' },
        label: { show: true, position: 'top' },
      },
      { name: t('repetition'), type: 'line', yAxisIndex: 1, data: s.repetition.map((r) => r.repetition), itemStyle: { color: '#1677ff' } },
    ],
  };

  return (
    <>
      <ProjectHeader
        projectId={projectId}
        extra={
          <>
            <Link to={`/projects/${projectId}/prefab`}>
              <Button icon={<CalculatorOutlined />}>{t('prefab')}</Button>
            </Link>
            <Link to={`/projects/${projectId}/bim`}>
              <Button icon={<BlockOutlined />}>{t('bim')}</Button>
            </Link>
          </>
        }
      />
      <Card
        title={t('title')}
        extra={
          canWrite && (
            <Space wrap>
              <Button icon={<SettingOutlined />} onClick={() => setRulesOpen(true)}>
                {t('rules')}
              </Button>
              <Button
                onClick={extract}
                loading={busy}
                disabled={!s?.model}
                title={s?.model ? s.model.label : t('modelNone')}
                data-testid="extract"
              >
                {t('extract')}
              </Button>
              <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (void importSchedule(f), false)}>
                <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="schedule-import">
                  {t('schedule')}
                </Button>
              </Upload>
            </Space>
          )
        }
        style={{ marginBottom: 16 }}
      >
        {uploadError && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setUploadError(null) }}
            style={{ marginBottom: 16 }}
            title={uploadError.message}
            description={uploadError.details.map((d) => `${d.path}：${d.message}`).join('\n')}
          />
        )}
        {s && s.instances === 0 ? (
          <Empty description={t('none')} />
        ) : (
          <Row gutter={[16, 16]} data-testid="standardisation-kpis">
            <Col xs={12} md={6}>
              <Statistic title={t('rate')} value={pct(s?.rate ?? null)} loading={!s} valueStyle={{ color: '#2f9e6b' }} />
              <Typography.Text type="secondary">{t('rateHelp')}</Typography.Text>
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('units')} value={s?.instances ?? 0} loading={!s} />
              <Typography.Text type="secondary">
                {t('model')} {s?.bySource.model ?? 0} · {t('scheduleL')} {s?.bySource.schedule ?? 0}
              </Typography.Text>
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('matched')} value={s?.matched ?? 0} loading={!s} />
              <Typography.Text type="secondary">
                {t('exact', { n: s?.exact ?? 0 })} · {t('within', { n: s?.withinTolerance ?? 0 })} · ±{s?.toleranceMm ?? 0} mm
              </Typography.Text>
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('specs')} value={totalSpecs} loading={!s} />
              <Typography.Text type="secondary">
                {t('repetition')} {s && s.instances ? (s.instances / Math.max(1, totalSpecs)).toFixed(1) : '—'} {t('perSpec')}
              </Typography.Text>
            </Col>
          </Row>
        )}
      </Card>
      {s && s.instances > 0 && (
        <Row gutter={16}>
          <Col xs={24} lg={10}>
            <Card title={t('chartTitle')} style={{ marginBottom: 16 }}>
              {chart && <EChart option={chart} height={300} testId="spec-chart" />}
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card title={t('nonStandard')} style={{ marginBottom: 16 }}>
              <Table
                size="small"
                rowKey="specKey"
                data-testid="non-standard"
                dataSource={s.nonStandard}
                pagination={{ pageSize: 8 }}
                onRow={(g) => ({
                  onClick: () => setSelectedKey((k) => (k === g.specKey ? null : g.specKey)),
                  style: { cursor: g.modelInstances ? 'pointer' : undefined },
                })}
                rowClassName={(g) => (g.specKey === selectedKey ? 'ant-table-row-selected' : '')}
                columns={[
                  { title: t('type'), dataIndex: 'type', render: typeName },
                  { title: t('size'), key: 'size', render: (_: unknown, g) => g.profile ?? dims(g.dimsMm) },
                  { title: t('count'), dataIndex: 'instances' },
                  ...(s.bySource.model ? [{ title: t('inModel'), dataIndex: 'modelInstances' }] : []),
                  {
                    title: t('nearest'),
                    key: 'nearest',
                    render: (_: unknown, g) => (g.nearest ? <Tag color="blue">{g.nearest.code}</Tag> : '—'),
                  },
                  { title: t('distance'), key: 'distance', render: (_: unknown, g) => g.nearest?.distanceMm ?? '—' },
                  {
                    title: t('modular'),
                    key: 'modular',
                    render: (_: unknown, g) =>
                      !g.modular.applicable ? (
                        '—'
                      ) : g.modular.ok ? (
                        <Tag color="green">{t('modularOk')}</Tag>
                      ) : (
                        <Typography.Text type="danger">{g.modular.reason}</Typography.Text>
                      ),
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
      {s && s.instances > 0 && (
        <NonStandardViewer summary={s} elements={elements.data} selectedKey={selectedKey} onClear={() => setSelectedKey(null)} />
      )}
      <Card
        title={t('instances')}
        extra={
          <Select
            style={{ width: 140 }}
            value={match ?? ''}
            onChange={(v) => {
              setMatch((v || undefined) as typeof match);
              setPage(1);
            }}
            options={[
              { value: '', label: t('all') },
              { value: 'exact', label: t('exactL') },
              { value: 'within-tolerance', label: t('withinL') },
              { value: 'none', label: t('noneL') },
            ]}
          />
        }
      >
        <Table<Instance>
          size="small"
          rowKey="id"
          dataSource={instances.data?.items}
          loading={instances.isFetching}
          pagination={{ current: page, pageSize: 20, total: instances.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('source'), dataIndex: 'source', width: 90, render: (v: string) => (v === 'model' ? t('model') : t('scheduleL')) },
            {
              title: t('ref'),
              dataIndex: 'sourceRef',
              width: 200,
              ellipsis: true,
              render: (v: string, i) => (i.source === 'schedule' ? t('row', { n: v.replace(/^row /, '') }) : v),
            },
            { title: t('type'), dataIndex: 'type', width: 110, render: typeName },
            { title: t('name'), dataIndex: 'name', ellipsis: true },
            { title: t('size'), key: 'size', render: (_: unknown, i) => i.profile ?? dims(i.dimsMm) },
            { title: t('count'), dataIndex: 'quantity', width: 70 },
            {
              title: t('match'),
              dataIndex: 'match',
              width: 100,
              render: (m: string) => (
                <Tag color={m === 'exact' ? 'green' : m === 'none' ? 'red' : 'gold'}>
                  {m === 'exact' ? t('exactL') : m === 'none' ? t('noneL') : t('withinL')}
                </Tag>
              ),
            },
            { title: t('spec'), dataIndex: 'specCode', width: 150 },
          ]}
        />
      </Card>
      {rulesOpen && <RulesModal projectId={projectId} onClose={() => setRulesOpen(false)} onSaved={refresh} />}
    </>
  );
}

/** The model the non-standard instances were recognised in, with all of them highlighted and the selected size marked. */
function NonStandardViewer({
  summary: s,
  elements,
  selectedKey,
  onClear,
}: {
  summary: Summary;
  elements: NonStandardElements | undefined;
  selectedKey: string | null;
  onClear(): void;
}) {
  const t = useT(messages);
  const [count, setCount] = useState<number | null>(null);
  const selected = elements?.groups.find((g) => g.specKey === selectedKey) ?? null;
  const highlight = useMemo<HighlightGroup[]>(
    () =>
      elements
        ? [
            { globalIds: elements.groups.flatMap((g) => g.globalIds), color: NON_STANDARD_COLOUR },
            ...(selected ? [{ globalIds: selected.globalIds, color: SELECTED_COLOUR }] : []),
          ]
        : [],
    [elements, selected],
  );
  const focus = useMemo(() => selected?.globalIds ?? null, [selected]);
  const modelId = s.instancesModelId;
  return (
    <Card
      title={t('viewerTitle')}
      style={{ marginBottom: 16 }}
      data-testid="nonstandard-viewer"
      data-highlighted={modelId ? (count ?? '') : 0}
      extra={
        modelId && (
          <Space wrap>
            <Tag color={NON_STANDARD_COLOUR}>{t('legendAll')}</Tag>
            {selected && <Tag color={SELECTED_COLOUR}>{t('legendSelected', { n: selected.globalIds.length })}</Tag>}
            {selected && (
              <Button size="small" onClick={onClear}>
                {t('clearSelection')}
              </Button>
            )}
            {count !== null && (
              <Typography.Text strong data-testid="nonstandard-count">
                {t('highlightedN', { n: count })}
              </Typography.Text>
            )}
          </Space>
        )
      }
    >
      {!modelId ? (
        <div data-testid="nonstandard-viewer-empty">
          <Empty
            image={<BlockOutlined style={{ fontSize: 48, color: '#bfbfbf' }} />}
            description={<Typography.Text type="secondary">{t('noModelUsage')}</Typography.Text>}
          >
            <Typography.Text type="secondary">
              {s.model ? t('noModelUsageWithModel', { model: s.model.label }) : t('noModelUsageHint')}
            </Typography.Text>
          </Empty>
        </div>
      ) : (
        <>
          {elements && !elements.latest && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('olderModel')} />}
          <Suspense fallback={<div style={{ height: 520 }} />}>
            <ModelViewer
              modelId={modelId}
              index={undefined}
              colourMode="none"
              storey={null}
              onPick={() => undefined}
              pickable={false}
              highlight={elements ? highlight : undefined}
              focusGlobalIds={focus}
              onHighlighted={setCount}
              labels={{ loading: t('loadingGeometry'), failed: t('viewerFailed') }}
            />
          </Suspense>
          <Typography.Text type="secondary">
            {t('clickRow')}
            {s.bySource.schedule > 0 && ` ${t('scheduleToo', { n: s.bySource.schedule })}`}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}

function RulesModal({ projectId, onClose, onSaved }: { projectId: string; onClose(): void; onSaved(): void }) {
  const t = useT(messages);
  const { lang } = useLanguage();
  const [form] = Form.useForm<{ rules: Rule[]; toleranceMm: number }>();
  const [saving, setSaving] = useState(false);
  const settings = useQuery({
    queryKey: ['components-settings', projectId],
    queryFn: () => call(client.GET('/api/projects/{projectId}/components/settings', { params: { path: { projectId } } })),
  });
  const typeOptions = Object.entries(componentTypeLabels[lang]).map(([value, label]) => ({ value, label }));
  async function save() {
    const v = await validFields(form);
    if (!v) return;
    setSaving(true);
    try {
      await call(
        client.PUT('/api/projects/{projectId}/components/settings', {
          params: { path: { projectId } },
          body: {
            toleranceMm: v.toleranceMm,
            rules: v.rules.map((r) => ({
              ...r,
              ifcClass: r.ifcClass || null,
              nameContains: r.nameContains || null,
              propertyName: r.propertyName || null,
              propertyValue: r.propertyValue || null,
            })),
          },
        }),
      );
      onSaved();
      onClose();
    } catch (e) {
      if (e instanceof ApiError)
        form.setFields(
          e.details.map((d) => ({ name: d.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) as never, errors: [d.message] })),
        );
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal open width={980} title={t('rules')} onOk={save} onCancel={onClose} confirmLoading={saving} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('rulesHelp')}</Typography.Paragraph>
      {settings.data && (
        <Form form={form} initialValues={settings.data} layout="vertical">
          <Form.Item name="toleranceMm" label={t('tolerance')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.List name="rules">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="start" wrap>
                    <Form.Item name={[f.name, 'componentType']} rules={[{ required: true }]}>
                      <Select style={{ width: 130 }} options={typeOptions} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'ifcClass']}>
                      <Input placeholder={t('ifcClass')} style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'nameContains']}>
                      <Input placeholder={t('nameContains')} style={{ width: 110 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'propertyName']}>
                      <Input placeholder={t('propertyName')} style={{ width: 110 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'propertyValue']}>
                      <Input placeholder={t('propertyValue')} style={{ width: 100 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'dimsFrom']} rules={[{ required: true }]}>
                      <Select
                        style={{ width: 110 }}
                        options={[
                          { value: 'quantities', label: t('fromQuantities') },
                          { value: 'profile', label: t('fromProfile') },
                        ]}
                      />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ componentType: 'composite_slab', dimsFrom: 'quantities' })}>
                  {t('addRule')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      )}
    </Modal>
  );
}
