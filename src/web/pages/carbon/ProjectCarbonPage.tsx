import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, call, client, formData } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { StopWorkBanner } from '../supervision/StopWorkBanner.js';
import { PageHeader } from '../../components/PageHeader.js';
import { EChart } from '../../components/EChart.js';
import { carbonMessages, type Factor } from './common.js';
import type { BodyOf, ItemOf, ResponseOf, Schemas } from '../../api/types.js';

type MaterialLine = Schemas['EmbodiedCarbonResult']['byMaterial'][number];
type Unmapped = Schemas['EmbodiedCarbonResult']['unmapped'][number];
type CarbonResult = ResponseOf<'/api/projects/{projectId}/carbon'>;
type Energy = ItemOf<'/api/projects/{projectId}/carbon/energy'>;

const kg = (x: number) => x.toLocaleString(undefined, { maximumFractionDigits: 1 });

export function ProjectCarbonPage() {
  const { projectId = '' } = useParams();
  const t = useT(carbonMessages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const canWrite = me?.role === 'admin' || me?.role === 'enterprise';
  const projects = useQuery({ queryKey: ['bim-projects'], queryFn: () => call(client.GET('/api/bim/projects')) });
  const project = projects.data?.items.find((p) => p.id === projectId);
  const carbon = useQuery({
    queryKey: ['carbon', projectId],
    queryFn: (): Promise<CarbonResult> => call(client.GET('/api/projects/{projectId}/carbon', { params: { path: { projectId } } })),
  });
  const energy = useQuery({
    queryKey: ['carbon-energy', projectId],
    queryFn: () => call(client.GET('/api/projects/{projectId}/carbon/energy', { params: { path: { projectId } } })),
  });
  const energyFactors = useQuery({
    queryKey: ['carbon-factors', 'energy'],
    queryFn: () => call(client.GET('/api/carbon/factors', { params: { query: { kind: 'energy' } } })),
  });
  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['carbon', projectId] }),
      qc.invalidateQueries({ queryKey: ['carbon-energy', projectId] }),
    ]);

  const importBom = async (file: File) => {
    try {
      const res = await call(
        client.POST('/api/projects/{projectId}/carbon/bom', { params: { path: { projectId } }, body: { file }, bodySerializer: formData }),
      );
      message.success(t('bomImported', { n: res.imported }));
      await refresh();
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : String(err));
    }
  };

  const addEnergy = async (v: { period: { format(f: string): string }; energyFactorId: string; quantity: number }) => {
    const factor = energyFactors.data?.items.find((f) => f.id === v.energyFactorId);
    try {
      await call(
        client.POST('/api/projects/{projectId}/carbon/energy', {
          params: { path: { projectId } },
          body: {
            period: v.period.format('YYYY-MM'),
            energyFactorId: v.energyFactorId,
            quantity: v.quantity,
            unit: (factor?.unit ?? 'kWh') as BodyOf<'/api/projects/{projectId}/carbon/energy'>['unit'],
          },
        }),
      );
      form.resetFields(['quantity']);
      await refresh();
    } catch (err) {
      message.error(err instanceof ApiError ? err.describe() : String(err));
    }
  };

  const r = carbon.data?.result;
  const factorName = (f: Factor) => (lang === 'en' ? f.nameEn : f.nameZh);
  return (
    <>
      <PageHeader
        title={`${t('title')}${project ? ` · ${project.code} ${project.name}` : ''}`}
        extra={
          <>
            <Link to={`/projects/${projectId}/bim`}>
              <Button>{t('bimLink')}</Button>
            </Link>
            <Button icon={<DownloadOutlined />} href={`/api/projects/${projectId}/carbon.xlsx`}>
              {t('export')}
            </Button>
          </>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
      </PageHeader>
      <StopWorkBanner projectId={projectId} />
      {carbon.data && (
        <Alert
          style={{ marginBottom: 16 }}
          type={carbon.data.source === 'none' ? 'warning' : 'info'}
          showIcon
          message={
            carbon.data.source === 'bom'
              ? t('sourceBom')
              : carbon.data.source === 'model'
                ? t('sourceModel', { version: carbon.data.model!.version, file: carbon.data.model!.fileName })
                : t('sourceNone')
          }
        />
      )}
      {r && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }} data-testid="carbon-summary">
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('total')} value={r.total / 1000} precision={2} suffix="tCO₂e" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('perM2')} value={r.perM2 ?? '—'} precision={2} suffix={r.perM2 === null ? '' : 'kgCO₂e/m²'} />
              </Card>
            </Col>
            <Col xs={12} md={4}>
              <Card size="small">
                <Statistic title={t('production')} value={r.byStage.production / 1000} precision={2} suffix="t" />
              </Card>
            </Col>
            <Col xs={12} md={4}>
              <Card size="small">
                <Statistic title={t('transport')} value={r.byStage.transport / 1000} precision={2} suffix="t" />
              </Card>
            </Col>
            <Col xs={12} md={4}>
              <Card size="small">
                <Statistic title={t('construction')} value={r.byStage.construction / 1000} precision={2} suffix="t" />
              </Card>
            </Col>
          </Row>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={24} md={10}>
              <Card size="small" title={t('byStage')}>
                <EChart
                  height={260}
                  testId="carbon-stage-chart"
                  option={{
                    tooltip: { trigger: 'item', valueFormatter: (v: number) => `${kg(v)} kgCO₂e` },
                    legend: { bottom: 0 },
                    series: [
                      {
                        type: 'pie',
                        radius: ['40%', '68%'],
                        data: [
                          { name: t('production'), value: r.byStage.production },
                          { name: t('transport'), value: r.byStage.transport },
                          { name: t('construction'), value: r.byStage.construction },
                        ],
                      },
                    ],
                  }}
                />
              </Card>
            </Col>
            <Col xs={24} md={14}>
              <Card size="small" title={t('byMaterial')}>
                <EChart
                  height={260}
                  testId="carbon-material-chart"
                  option={{
                    tooltip: { trigger: 'axis' },
                    grid: { left: 140, right: 24, top: 10, bottom: 24 },
                    xAxis: { type: 'value', name: 'kgCO₂e' },
                    yAxis: { type: 'category', inverse: true, data: r.byMaterial.slice(0, 10).map((m) => m.name) },
                    series: [
                      {
                        name: t('production'),
                        type: 'bar',
                        stack: 'a',
                        data: r.byMaterial.slice(0, 10).map((m) => Math.round(m.production)),
                      },
                      {
                        name: t('transport'),
                        type: 'bar',
                        stack: 'a',
                        data: r.byMaterial.slice(0, 10).map((m) => Math.round(m.transport)),
                      },
                    ],
                  }}
                />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('materialLines')} style={{ marginBottom: 16 }}>
            <Table<MaterialLine>
              rowKey="id"
              size="small"
              dataSource={r.byMaterial}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              columns={[
                { title: t('material'), dataIndex: 'name', ellipsis: true },
                {
                  title: t('factor'),
                  dataIndex: 'factorId',
                  render: (v) => <Space size={4}>{v}</Space>,
                },
                {
                  title: t('quantity'),
                  key: 'q',
                  align: 'right',
                  render: (_, m) => `${kg(m.factorQuantity)} ${m.factorUnit.replace(/m3\b/, 'm³').replace(/m2\b/, 'm²')}`,
                },
                { title: t('factorValue'), dataIndex: 'factorValue', align: 'right' },
                { title: `${t('production')} kg`, dataIndex: 'production', align: 'right', render: kg },
                { title: t('distance'), dataIndex: 'distanceKm', align: 'right', render: (v) => (v === null ? '—' : `${v} km`) },
                { title: `${t('transport')} kg`, dataIndex: 'transport', align: 'right', render: kg },
                { title: t('assumption'), dataIndex: 'assumption', ellipsis: true },
              ]}
            />
          </Card>
          {(r.unmapped.length > 0 || (carbon.data?.withoutQuantity.length ?? 0) > 0) && (
            <Card
              size="small"
              title={
                <Typography.Text type="warning">
                  {t('unmapped', { n: r.unmapped.length + (carbon.data?.withoutQuantity.length ?? 0) })}
                </Typography.Text>
              }
              style={{ marginBottom: 16 }}
              data-testid="carbon-unmapped"
            >
              <Table<Omit<Unmapped, 'stage'> & { stage: string; key: string }>
                rowKey="key"
                size="small"
                pagination={{ pageSize: 8, showSizeChanger: false }}
                dataSource={[
                  ...r.unmapped.map((u, i) => ({ ...u, key: `u${i}` })),
                  ...(carbon.data?.withoutQuantity ?? []).map((w, i) => ({
                    key: `w${i}`,
                    stage: 'quantity',
                    id: '',
                    name: `${w.ifcClass}${w.material ? ` · ${w.material}` : ''}`,
                    quantity: w.count,
                    unit: t('elementsUnit'),
                    reason: t('noVolume'),
                  })),
                ]}
                columns={[
                  {
                    title: t('stage'),
                    dataIndex: 'stage',
                    width: 110,
                    render: (v: string) =>
                      t((['production', 'transport', 'construction', 'quantity'].includes(v) ? v : 'production') as 'production'),
                  },
                  { title: t('material'), dataIndex: 'name' },
                  { title: t('quantity'), key: 'q', align: 'right', render: (_, u) => `${kg(u.quantity)} ${u.unit}` },
                  { title: t('reason'), dataIndex: 'reason', ellipsis: true },
                ]}
              />
            </Card>
          )}
        </>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Card size="small" title={t('bomTitle')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">{t('bomHelp')}</Typography.Paragraph>
            <Space wrap>
              <Button icon={<DownloadOutlined />} href="/api/carbon/bom-template.xlsx">
                {t('template')}
              </Button>
              {canWrite && (
                <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (void importBom(f), false)}>
                  <Button type="primary" icon={<UploadOutlined />}>
                    {t('importBom')}
                  </Button>
                </Upload>
              )}
              {canWrite && carbon.data?.source === 'bom' && (
                <Popconfirm
                  title={t('clearBomConfirm')}
                  onConfirm={async () => (
                    await call(client.DELETE('/api/projects/{projectId}/carbon/bom', { params: { path: { projectId } } })),
                    await refresh()
                  )}
                >
                  <Button danger>{t('clearBom')}</Button>
                </Popconfirm>
              )}
            </Space>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('energyTitle')} style={{ marginBottom: 16 }}>
            {canWrite && (
              <Form
                form={form}
                layout="inline"
                onFinish={addEnergy}
                style={{ marginBottom: 12 }}
                initialValues={{ energyFactorId: carbon.data?.gridFactorId ?? undefined }}
              >
                <Form.Item name="period" rules={[{ required: true, message: t('required') }]}>
                  <DatePicker picker="month" placeholder={t('month')} />
                </Form.Item>
                <Form.Item name="energyFactorId" rules={[{ required: true, message: t('required') }]}>
                  <Select
                    style={{ width: 220 }}
                    placeholder={t('energyFactor')}
                    options={(energyFactors.data?.items ?? []).map((f) => ({
                      value: f.id,
                      label: `${factorName(f)} (${f.value} /${f.unit})`,
                    }))}
                  />
                </Form.Item>
                <Form.Item name="quantity" rules={[{ required: true, message: t('required') }]}>
                  <InputNumber min={0} placeholder={t('quantity')} style={{ width: 140 }} />
                </Form.Item>
                <Button type="primary" htmlType="submit">
                  {t('add')}
                </Button>
              </Form>
            )}
            <Table<Energy>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={energy.data?.items ?? []}
              columns={[
                { title: t('month'), dataIndex: 'period' },
                { title: t('energyFactor'), dataIndex: 'energyFactorId' },
                { title: t('quantity'), key: 'q', align: 'right', render: (_, e) => `${kg(e.quantity)} ${e.unit}` },
                { title: t('enteredBy'), dataIndex: 'enteredBy' },
                ...(canWrite
                  ? [
                      {
                        title: '',
                        key: 'x',
                        render: (_: unknown, e: Energy) => (
                          <Button
                            size="small"
                            type="link"
                            danger
                            onClick={async () => (
                              await call(
                                client.DELETE('/api/projects/{projectId}/carbon/energy/{id}', {
                                  params: { path: { projectId, id: e.id } },
                                }),
                              ),
                              await refresh()
                            )}
                          >
                            {t('delete')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
