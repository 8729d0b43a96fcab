import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { DeleteOutlined, DownloadOutlined, EditOutlined, LinkOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { ProjectHeader } from '../projects/ProjectHeader.js';
import { ProjectTabs } from '../supervision/ProjectTabs.js';
import {
  benefitKindLabels,
  money,
  supportKindColors,
  supportKindLabels,
  type BenefitKind,
  type Measure,
  type SupportKind,
  type SupportRecord,
} from './labels.js';
import { validFields } from '../../components/forms.js';
import { chinaTime } from '../../components/chinaTime.js';

const messages = {
  'zh-CN': {
    support: '政策支持',
    addSupport: '登记政策支持',
    kind: '支持类型',
    grantedOn: '日期',
    grantedBy: '给予部门',
    documentNo: '文号',
    amount: '金额（万元）',
    batch: '批次',
    lender: '金融机构',
    product: '金融产品',
    rate: '利率优惠（百分点）',
    parcel: '地块',
    landArea: '面积（m²）',
    approval: '审批事项',
    standardDays: '标准时限（天）',
    actualDays: '实际用时（天）',
    daysSaved: '节省 {n} 天',
    awardName: '奖项',
    awardLevel: '级别',
    detail: '内容',
    note: '备注',
    costs: '增量成本与效益',
    addMeasure: '新增绿色措施',
    editMeasure: '修改绿色措施',
    exportExcel: '导出计价依据 Excel',
    discipline: '专业',
    measure: '措施',
    unit: '单位',
    quantity: '数量',
    baseline: '常规做法单价（元）',
    green: '绿色做法单价（元）',
    incUnit: '增量单价',
    incCost: '增量合价（元）',
    benefit: '效益（元）',
    net: '净效益（元）',
    benefits: '效益',
    addBenefit: '添加效益',
    source: '来源',
    manual: '手工填报',
    indicator: '平台指标',
    indicatorKey: '关联指标',
    baselineValue: '常规做法基准值',
    unitValue: '单价（元/单位）',
    totalIncremental: '增量成本合计（元）',
    totalBenefit: '效益合计（元）',
    perM2: '增量成本（元/m²）',
    benefitPerM2: '效益（元/m²）',
    carbon: '减碳（kgCO2e/m²）',
    ratio: '效益/增量成本',
    snapshot: '取自平台指标 {key}：{value} {unit}（{at}）',
    deleteConfirm: '确定删除该措施？',
    wan: '万元',
  },
  en: {
    support: 'Policy support',
    addSupport: 'Record support',
    kind: 'Kind',
    grantedOn: 'Date',
    grantedBy: 'Granted by',
    documentNo: 'Document no.',
    amount: 'Amount (10k yuan)',
    batch: 'Batch',
    lender: 'Lender',
    product: 'Product',
    rate: 'Rate discount (pp)',
    parcel: 'Parcel',
    landArea: 'Area (m²)',
    approval: 'Approval',
    standardDays: 'Standard (days)',
    actualDays: 'Actual (days)',
    daysSaved: '{n} days saved',
    awardName: 'Award',
    awardLevel: 'Level',
    detail: 'Details',
    note: 'Note',
    costs: 'Incremental cost and benefit',
    addMeasure: 'Add measure',
    editMeasure: 'Edit measure',
    exportExcel: 'Export costing Excel',
    discipline: 'Discipline',
    measure: 'Measure',
    unit: 'Unit',
    quantity: 'Quantity',
    baseline: 'Conventional unit price (yuan)',
    green: 'Green unit price (yuan)',
    incUnit: 'Incremental unit price',
    incCost: 'Incremental cost (yuan)',
    benefit: 'Benefit (yuan)',
    net: 'Net (yuan)',
    benefits: 'Benefits',
    addBenefit: 'Add benefit',
    source: 'Source',
    manual: 'Manual',
    indicator: 'Platform indicator',
    indicatorKey: 'Indicator',
    baselineValue: 'Conventional baseline',
    unitValue: 'Value (yuan per unit)',
    totalIncremental: 'Total incremental cost (yuan)',
    totalBenefit: 'Total benefit (yuan)',
    perM2: 'Incremental (yuan/m²)',
    benefitPerM2: 'Benefit (yuan/m²)',
    carbon: 'Carbon (kgCO2e/m²)',
    ratio: 'Benefit / cost',
    snapshot: 'From platform indicator {key}: {value} {unit} ({at})',
    deleteConfirm: 'Delete this measure?',
    wan: '10k yuan',
  },
};

const KINDS: SupportKind[] = ['reward', 'finance', 'land', 'approval', 'award'];
const BENEFIT_KINDS: BenefitKind[] = ['disposal', 'materials', 'energy', 'water', 'carbon'];
const DEFAULT_UNITS: Record<BenefitKind, string> = { disposal: 't', materials: '元', energy: 'kWh', water: 'm³', carbon: 'tCO2e' };

/** A project's support-and-cost tab: the policy support it received, and its green measures' incremental cost and benefit. */
export function ProjectSupportPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const support = useList('/api/support/records', { projectId: id });
  const costs = useQuery({
    queryKey: ['costs', id],
    queryFn: () => call(client.GET('/api/costs/projects/{id}', { params: { path: { id } } })),
  });
  const indicators = useQuery({
    queryKey: ['cost-indicators'],
    queryFn: () => call(client.GET('/api/costs/indicators')),
    staleTime: Infinity,
  });
  const [supportOpen, setSupportOpen] = useState(false);
  const [measure, setMeasure] = useState<Measure | 'new' | null>(null);
  const [supportForm] = Form.useForm();
  const [measureForm] = Form.useForm();
  const kind = Form.useWatch<SupportKind>('kind', supportForm);
  const mayGrant = me?.role === 'admin' || me?.role === 'regulator';
  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.describe() : String(e));

  async function saveSupport() {
    const v = await validFields(supportForm);
    if (!v) return;
    try {
      await call(client.POST('/api/support/records', { body: { ...v, projectId: id, grantedOn: v.grantedOn.format('YYYY-MM-DD') } }));
      setSupportOpen(false);
      supportForm.resetFields();
      void support.refetch();
    } catch (e) {
      fail(e);
    }
  }

  function openMeasure(m: Measure | 'new') {
    setMeasure(m);
    measureForm.resetFields();
    if (m !== 'new') {
      measureForm.setFieldsValue({
        ...m,
        benefits: m.benefits.map((b) => ({ ...b, baseline: b.indicatorSnapshot?.baseline ?? undefined })),
      });
    }
  }

  async function saveMeasure() {
    const v = await validFields(measureForm);
    if (!v) return;
    const body = {
      ...v,
      note: v.note || null,
      benefits: (v.benefits ?? []).map((b: Record<string, unknown>) =>
        b.source === 'indicator'
          ? {
              source: 'indicator',
              kind: b.kind,
              indicatorKey: b.indicatorKey,
              baseline: b.baseline ?? null,
              unitValue: b.unitValue ?? null,
              note: b.note || null,
            }
          : {
              source: 'manual',
              kind: b.kind,
              quantity: b.quantity,
              unit: b.unit,
              unitValue: b.unitValue ?? null,
              indicatorKey: b.indicatorKey ?? null,
              note: b.note || null,
            },
      ),
    };
    try {
      if (measure === 'new') await call(client.POST('/api/costs/projects/{id}/measures', { params: { path: { id } }, body: body }));
      else if (measure) await call(client.PUT('/api/costs/measures/{id}', { params: { path: { id: measure.id } }, body: body }));
      setMeasure(null);
      void costs.refetch();
    } catch (e) {
      fail(e);
    }
  }

  const detail = (r: SupportRecord) => {
    switch (r.kind) {
      case 'reward':
        return `${r.amountWanYuan} ${t('wan')}${r.batch ? ` · ${r.batch}` : ''}`;
      case 'finance':
        return `${r.lender}${r.product ? ` · ${r.product}` : ''} · ${r.amountWanYuan} ${t('wan')}${r.rateDiscountPct !== null ? ` · −${r.rateDiscountPct}pp` : ''}`;
      case 'land':
        return `${r.landParcel}${r.landAreaM2 ? ` · ${r.landAreaM2.toLocaleString(lang)} m²` : ''}`;
      case 'approval':
        return (
          <Space>
            {r.approvalName} {r.standardDays} → {r.actualDays}
            <Tag color="green">{t('daysSaved', { n: r.daysSaved ?? 0 })}</Tag>
          </Space>
        );
      case 'award':
        return `${r.awardName}${r.awardLevel ? ` · ${r.awardLevel}` : ''}`;
    }
  };
  const tot = costs.data?.totals;
  const indicatorOptions = (indicators.data?.items ?? []).map((d) => ({ value: d.key, label: d.label[lang] }));

  return (
    <>
      <ProjectHeader projectId={id} />
      <ProjectTabs projectId={id} active="support" />

      <Card
        title={t('support')}
        extra={
          mayGrant && (
            <Button icon={<PlusOutlined />} onClick={() => setSupportOpen(true)}>
              {t('addSupport')}
            </Button>
          )
        }
      >
        <Table<SupportRecord>
          rowKey="id"
          size="middle"
          scroll={{ x: 700 }}
          dataSource={support.data?.items}
          loading={support.loading}
          pagination={{ ...support.pagination, showTotal: (n) => c('total', { n }) }}
          columns={[
            { title: t('grantedOn'), dataIndex: 'grantedOn', width: 110 },
            {
              title: t('kind'),
              dataIndex: 'kind',
              render: (v: SupportKind) => <Tag color={supportKindColors[v]}>{supportKindLabels[lang][v]}</Tag>,
            },
            { title: t('detail'), key: 'd', render: (_: unknown, r) => detail(r) },
            { title: t('grantedBy'), dataIndex: 'grantedBy', render: (v: string | null) => v ?? '—' },
            { title: t('documentNo'), dataIndex: 'documentNo', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>

      <Card
        title={t('costs')}
        style={{ marginTop: 16 }}
        extra={
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={`/api/costs/projects/${id}/export.xlsx`} data-testid="cost-export">
              {t('exportExcel')}
            </Button>
            {costs.data?.mayEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => openMeasure('new')}>
                {t('addMeasure')}
              </Button>
            )}
          </Space>
        }
      >
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          {[
            [t('totalIncremental'), money(tot?.incrementalCost, lang)],
            [t('totalBenefit'), money(tot?.benefitValue, lang)],
            [t('perM2'), money(tot?.incrementalCostPerM2, lang)],
            [t('benefitPerM2'), money(tot?.benefitPerM2, lang)],
            [t('carbon'), tot?.carbonKgPerM2 ?? '—'],
            [t('ratio'), tot?.benefitCostRatio ?? '—'],
          ].map(([title, value]) => (
            <Col key={String(title)} xs={12} md={8} xl={4}>
              <Statistic title={title} value={value as string} />
            </Col>
          ))}
        </Row>
        <Table<Measure>
          rowKey="id"
          size="middle"
          scroll={{ x: 1100 }}
          loading={costs.isFetching}
          dataSource={costs.data?.measures}
          pagination={false}
          expandable={{
            expandedRowRender: (m) => (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={m.benefits}
                columns={[
                  { title: t('benefits'), dataIndex: 'kind', render: (v: BenefitKind) => benefitKindLabels[lang][v] },
                  { title: t('quantity'), key: 'q', render: (_: unknown, b) => `${b.quantity} ${b.unit}` },
                  { title: t('unitValue'), dataIndex: 'unitValue', render: (v: number | null) => v ?? '—' },
                  { title: t('benefit'), dataIndex: 'value', render: (v: number | null) => money(v, lang) },
                  {
                    title: t('source'),
                    key: 's',
                    render: (_: unknown, b) =>
                      b.source === 'indicator' && b.indicatorSnapshot ? (
                        <Tooltip
                          title={t('snapshot', {
                            key: b.indicatorSnapshot.key,
                            value: b.indicatorSnapshot.value,
                            unit: b.indicatorSnapshot.unit,
                            at: chinaTime(b.indicatorSnapshot.asOf),
                          })}
                        >
                          <Tag color="green" icon={<LinkOutlined />}>
                            {t('indicator')}
                          </Tag>
                        </Tooltip>
                      ) : (
                        <Tag>{t('manual')}</Tag>
                      ),
                  },
                ]}
              />
            ),
          }}
          columns={[
            { title: t('discipline'), dataIndex: 'discipline', width: 90 },
            { title: t('measure'), dataIndex: 'name' },
            { title: t('unit'), dataIndex: 'unit', width: 60 },
            { title: t('quantity'), dataIndex: 'quantity', align: 'right' },
            { title: t('baseline'), dataIndex: 'baselineUnitPrice', align: 'right', render: (v: number) => money(v, lang) },
            { title: t('green'), dataIndex: 'greenUnitPrice', align: 'right', render: (v: number) => money(v, lang) },
            { title: t('incUnit'), dataIndex: 'incrementalUnitPrice', align: 'right', render: (v: number) => money(v, lang) },
            { title: t('incCost'), dataIndex: 'incrementalCost', align: 'right', render: (v: number) => money(v, lang) },
            { title: t('benefit'), dataIndex: 'benefitValue', align: 'right', render: (v: number) => money(v, lang) },
            {
              title: t('net'),
              dataIndex: 'net',
              align: 'right',
              render: (v: number) => <Typography.Text type={v < 0 ? 'danger' : 'success'}>{money(v, lang)}</Typography.Text>,
            },
            ...(costs.data?.mayEdit
              ? [
                  {
                    title: c('actions'),
                    key: 'a',
                    render: (_: unknown, m: Measure) => (
                      <Space>
                        <Button size="small" icon={<EditOutlined />} onClick={() => openMeasure(m)} />
                        <Popconfirm
                          title={t('deleteConfirm')}
                          onConfirm={async () => {
                            await call(client.DELETE('/api/costs/measures/{id}', { params: { path: { id: m.id } } }));
                            void costs.refetch();
                          }}
                        >
                          <Button size="small" danger icon={<DeleteOutlined />} />
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Modal
        open={supportOpen}
        title={t('addSupport')}
        onOk={saveSupport}
        onCancel={() => setSupportOpen(false)}
        okText={c('save')}
        cancelText={c('cancel')}
      >
        <Form form={supportForm} layout="vertical" initialValues={{ kind: 'reward', grantedOn: dayjs() }}>
          <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: supportKindLabels[lang][k] }))} />
          </Form.Item>
          <Form.Item name="grantedOn" label={t('grantedOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          {kind === 'reward' && (
            <>
              <Form.Item name="amountWanYuan" label={t('amount')} rules={[{ required: true }]}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="batch" label={t('batch')}>
                <Input />
              </Form.Item>
            </>
          )}
          {kind === 'finance' && (
            <>
              <Form.Item name="lender" label={t('lender')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Form.Item name="product" label={t('product')}>
                <Input />
              </Form.Item>
              <Form.Item name="amountWanYuan" label={t('amount')} rules={[{ required: true }]}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="rateDiscountPct" label={t('rate')}>
                <InputNumber min={0} max={10} step={0.05} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {kind === 'land' && (
            <>
              <Form.Item name="landParcel" label={t('parcel')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Form.Item name="landAreaM2" label={t('landArea')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {kind === 'approval' && (
            <>
              <Form.Item name="approvalName" label={t('approval')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Space>
                <Form.Item name="standardDays" label={t('standardDays')} rules={[{ required: true }]}>
                  <InputNumber min={0} />
                </Form.Item>
                <Form.Item name="actualDays" label={t('actualDays')} rules={[{ required: true }]}>
                  <InputNumber min={0} />
                </Form.Item>
              </Space>
            </>
          )}
          {kind === 'award' && (
            <>
              <Form.Item name="awardName" label={t('awardName')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Form.Item name="awardLevel" label={t('awardLevel')}>
                <Input />
              </Form.Item>
            </>
          )}
          <Form.Item name="grantedBy" label={t('grantedBy')}>
            <Input />
          </Form.Item>
          <Form.Item name="documentNo" label={t('documentNo')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={measure !== null}
        width={760}
        title={measure === 'new' ? t('addMeasure') : t('editMeasure')}
        onOk={saveMeasure}
        onCancel={() => setMeasure(null)}
        okText={c('save')}
        cancelText={c('cancel')}
      >
        <Form form={measureForm} layout="vertical" initialValues={{ benefits: [] }}>
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item name="discipline" label={t('discipline')} rules={[{ required: true }]}>
                <Select
                  showSearch
                  options={['建筑', '结构', '机电', '给排水', '装饰装修', '施工措施', '智慧工地'].map((d) => ({ value: d, label: d }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={16}>
              <Form.Item name="name" label={t('measure')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6}>
              <Form.Item name="unit" label={t('unit')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6}>
              <Form.Item name="quantity" label={t('quantity')} rules={[{ required: true }]}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6}>
              <Form.Item name="baselineUnitPrice" label={t('baseline')} rules={[{ required: true }]}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6}>
              <Form.Item name="greenUnitPrice" label={t('green')} rules={[{ required: true }]}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.List name="benefits">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Card key={f.key} size="small" style={{ marginBottom: 8 }} extra={<MinusCircleOutlined onClick={() => remove(f.name)} />}>
                    <Row gutter={8}>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[f.name, 'kind']} label={t('benefits')} rules={[{ required: true }]}>
                          <Select
                            options={BENEFIT_KINDS.map((k) => ({ value: k, label: benefitKindLabels[lang][k] }))}
                            onChange={(k: BenefitKind) => measureForm.setFieldValue(['benefits', f.name, 'unit'], DEFAULT_UNITS[k])}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[f.name, 'source']} label={t('source')} initialValue="manual">
                          <Select
                            options={[
                              { value: 'manual', label: t('manual') },
                              { value: 'indicator', label: t('indicator') },
                            ]}
                          />
                        </Form.Item>
                      </Col>
                      <Form.Item noStyle shouldUpdate>
                        {() =>
                          measureForm.getFieldValue(['benefits', f.name, 'source']) === 'indicator' ? (
                            <>
                              <Col xs={24} sm={12}>
                                <Form.Item name={[f.name, 'indicatorKey']} label={t('indicatorKey')} rules={[{ required: true }]}>
                                  <Select options={indicatorOptions} />
                                </Form.Item>
                              </Col>
                              <Col xs={12} sm={6}>
                                <Form.Item name={[f.name, 'baseline']} label={t('baselineValue')}>
                                  <InputNumber min={0} style={{ width: '100%' }} />
                                </Form.Item>
                              </Col>
                            </>
                          ) : (
                            <>
                              <Col xs={12} sm={6}>
                                <Form.Item name={[f.name, 'quantity']} label={t('quantity')} rules={[{ required: true }]}>
                                  <InputNumber min={0} style={{ width: '100%' }} />
                                </Form.Item>
                              </Col>
                              <Col xs={12} sm={6}>
                                <Form.Item name={[f.name, 'unit']} label={t('unit')} rules={[{ required: true }]}>
                                  <Input />
                                </Form.Item>
                              </Col>
                            </>
                          )
                        }
                      </Form.Item>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[f.name, 'unitValue']} label={t('unitValue')}>
                          <InputNumber min={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <Button block icon={<PlusOutlined />} onClick={() => add({ source: 'manual', kind: 'disposal', unit: 't' })}>
                  {t('addBenefit')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="note" label={t('note')} style={{ marginTop: 12 }}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
