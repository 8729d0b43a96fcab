import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import type { UploadFile } from 'antd';
import {
  DownloadOutlined,
  EditOutlined,
  PlusOutlined,
  PrinterOutlined,
  QrcodeOutlined,
  SafetyCertificateOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import QRCode from 'qrcode';
import { ApiError, call, client, formData } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { StopWorkBanner } from '../supervision/StopWorkBanner.js';
import { PageHeader } from '../../components/PageHeader.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { EChart } from '../../components/EChart.js';
import { LedgerStatusBanner } from './LedgerStatusBanner.js';
import { componentKinds, kindLabels, qualityKinds, resultColors, resultLabels, type QualityKind, type QualityResult } from './labels.js';
import type { ItemOf, ResponseOf } from '../../api/types.js';
import { validFields } from '../../components/forms.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';

type Attachment = ResponseOf<'/api/projects/{projectId}/quality/attachments', 'post'>;
export type QualityRecord = ItemOf<'/api/projects/{projectId}/quality/records'>;

const messages = {
  'zh-CN': {
    title: '质量记录',
    back: '质量追溯',
    newRecord: '新建质量记录',
    correct: '更正',
    correcting: '更正记录 #{n}：原记录保持不变，更正作为新条目写入日志并引用原记录。',
    kind: '记录类型',
    date: '日期',
    subject: '内容',
    subjectHint: '如：HRB400E 钢筋 Φ20 / 预制叠合板 YB-1 / 5 层梁板钢筋隐蔽',
    location: '部位',
    batchNo: '批号/编号',
    quantity: '数量',
    supplier: '供应/生产/检测单位',
    componentId: '构件编号',
    specId: '构件库规格编号',
    result: '结论',
    inspector: '检查/验收人',
    phone: '联系电话',
    notes: '备注',
    attachments: '附件（PDF/图片）',
    upload: '上传',
    privacy: '检查人、电话、备注和附件文件名不公开：日志中只保存其加盐摘要；附件保存 SHA-256。',
    ledger: '日志',
    status: '状态',
    current: '有效',
    superseded: '已更正',
    verify: '查验',
    saved: '已写入质量追溯日志：第 {n} 号条目',
    labels: '打印构件二维码',
    labelsTitle: '构件二维码标签',
    labelsHint: '每个标签的二维码指向构件生产记录的公开查验页；安装时扫码即可追溯。',
    print: '打印',
    noComponents: '暂无构件生产记录',
    scan: '扫码查验质量追溯',
    keyword: '内容/部位/批号/构件',
    onlyCurrent: '仅看有效记录',
    byKind: '按类型统计',
    project: '项目',
  },
  en: {
    title: 'Quality records',
    back: 'Quality traceability',
    newRecord: 'New quality record',
    correct: 'Correct',
    correcting: 'Correcting record #{n}: the original stays as it is; the correction is a new log entry that references it.',
    kind: 'Type',
    date: 'Date',
    subject: 'Subject',
    subjectHint: 'e.g. HRB400E rebar Φ20 / precast slab YB-1 / level 5 beam & slab rebar',
    location: 'Location',
    batchNo: 'Batch / number',
    quantity: 'Quantity',
    supplier: 'Supplier / producer / lab',
    componentId: 'Component ID',
    specId: 'Library spec ID',
    result: 'Result',
    inspector: 'Inspector',
    phone: 'Phone',
    notes: 'Notes',
    attachments: 'Attachments (PDF / images)',
    upload: 'Upload',
    privacy: 'Inspector, phone, notes and file names are not public: the log keeps only their salted digest; attachments by SHA-256.',
    ledger: 'Log',
    status: 'Status',
    current: 'Current',
    superseded: 'Corrected',
    verify: 'Verify',
    saved: 'Appended to the quality log as entry {n}',
    labels: 'Print component QR labels',
    labelsTitle: 'Component QR labels',
    labelsHint: "Each label's QR code opens the public check of the component's production record; scan it at installation to trace it.",
    print: 'Print',
    noComponents: 'No component production records yet',
    scan: 'Scan to verify',
    keyword: 'Subject / location / batch / component',
    onlyCurrent: 'Current records only',
    byKind: 'By type',
    project: 'Project',
  },
};

export function ProjectQualityPage() {
  const { id: projectId = '' } = useParams();
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const canWrite = me?.role === 'enterprise' || me?.role === 'admin';
  const qc = useQueryClient();
  const projects = useQuery({ queryKey: ['quality-projects'], queryFn: () => call(client.GET('/api/quality/projects')) });
  const project = projects.data?.items.find((p) => p.id === projectId);
  const base = `/api/projects/${projectId}/quality`;
  const list = useList('/api/projects/{projectId}/quality/records', {}, { projectId });
  const all = useQuery({
    queryKey: [base, 'all', list.data],
    queryFn: () =>
      call(
        client.GET('/api/projects/{projectId}/quality/records', {
          params: { path: { projectId }, query: { pageSize: 500, current: '1' } },
        }),
      ),
  });
  const [editing, setEditing] = useState<{ corrects?: QualityRecord } | null>(null);
  const [labelsOpen, setLabelsOpen] = useState(false);
  const [filterForm] = Form.useForm();

  const chart = useMemo(() => {
    const items = all.data?.items ?? [];
    const results: QualityResult[] = ['pass', 'rectify', 'fail'];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: results.map((r) => resultLabels[lang][r]) },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: qualityKinds.map((k) => kindLabels[lang][k]) },
      series: results.map((r) => ({
        name: resultLabels[lang][r],
        type: 'bar',
        stack: 'n',
        itemStyle: { color: { pass: '#52c41a', rectify: '#fa8c16', fail: '#f5222d' }[r] },
        data: qualityKinds.map((k) => items.filter((i) => i.kind === k && i.result === r).length),
      })),
    };
  }, [all.data, lang]);

  const columns = [
    { title: t('date'), dataIndex: 'recordDate', width: 110 },
    { title: t('kind'), dataIndex: 'kind', width: 130, render: (k: QualityKind) => kindLabels[lang][k] },
    {
      title: t('subject'),
      dataIndex: 'subject',
      width: 260,
      render: (v: string, r: QualityRecord) => (
        <Space direction="vertical" size={0}>
          <span>{v}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[r.location, r.batchNo, r.supplier].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('componentId'), dataIndex: 'componentId', width: 120, render: (v: string | null) => v ?? '—' },
    {
      title: t('result'),
      dataIndex: 'result',
      width: 110,
      render: (r: QualityResult) => <Tag color={resultColors[r]}>{resultLabels[lang][r]}</Tag>,
    },
    {
      title: t('ledger'),
      dataIndex: 'ledgerIndex',
      width: 110,
      render: (n: number, r: QualityRecord) => (
        <Tooltip title={r.attachments.map((a) => `${a.fileName} sha256:${a.sha256.slice(0, 16)}…`).join('\n') || undefined}>
          <Tag icon={<SafetyCertificateOutlined />} color="green">
            #{n}
          </Tag>
        </Tooltip>
      ),
    },
    {
      title: t('status'),
      key: 'status',
      width: 90,
      render: (_: unknown, r: QualityRecord) =>
        r.correctedById ? (
          <Tag>{t('superseded')}</Tag>
        ) : r.correctsId ? (
          <Tag color="blue">{t('correct')}</Tag>
        ) : (
          <Tag color="green">{t('current')}</Tag>
        ),
    },
    {
      title: c('actions'),
      key: 'actions',
      width: 150,
      render: (_: unknown, r: QualityRecord) => (
        <Space size="small">
          <Link to={`/verify/${r.id}`} target="_blank">
            {t('verify')}
          </Link>
          {canWrite && !r.correctedById && (
            <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing({ corrects: r })}>
              {t('correct')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={
          <Space>
            <Link to="/quality">{t('back')}</Link>/
            <span data-testid="quality-project-name">{project ? `${project.name}（${project.code}）` : t('title')}</span>
          </Space>
        }
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                downloadCsv(
                  `quality-${project?.code ?? projectId}.csv`,
                  [
                    { title: t('date'), value: (r: QualityRecord) => r.recordDate },
                    { title: t('kind'), value: (r) => kindLabels[lang][r.kind] },
                    { title: t('subject'), value: (r) => r.subject },
                    { title: t('location'), value: (r) => r.location },
                    { title: t('batchNo'), value: (r) => r.batchNo },
                    { title: t('componentId'), value: (r) => r.componentId },
                    { title: t('result'), value: (r) => resultLabels[lang][r.result] },
                    { title: t('ledger'), value: (r) => r.ledgerIndex },
                    { title: t('status'), value: (r) => (r.correctedById ? t('superseded') : t('current')) },
                    { title: 'SHA-256', value: (r) => r.attachments.map((a) => a.sha256).join(' ') },
                  ],
                  list.data?.items ?? [],
                )
              }
            >
              CSV
            </Button>
            <Button icon={<QrcodeOutlined />} onClick={() => setLabelsOpen(true)} data-testid="qr-labels">
              {t('labels')}
            </Button>
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="new-quality-record">
                {t('newRecord')}
              </Button>
            )}
          </>
        }
      />
      <StopWorkBanner projectId={projectId} />
      <LedgerStatusBanner />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={17}>
          <Card>
            <Form
              form={filterForm}
              layout="inline"
              onFinish={(v) => list.search({ ...v, current: v.current ? '1' : undefined })}
              style={{ marginBottom: 16, rowGap: 8 }}
            >
              <Form.Item name="q">
                <Input placeholder={t('keyword')} allowClear style={{ width: 220 }} />
              </Form.Item>
              <Form.Item name="kind">
                <Select
                  placeholder={t('kind')}
                  allowClear
                  style={{ width: 160 }}
                  options={qualityKinds.map((k) => ({ value: k, label: kindLabels[lang][k] }))}
                />
              </Form.Item>
              <Form.Item name="result">
                <Select
                  placeholder={t('result')}
                  allowClear
                  style={{ width: 130 }}
                  options={(['pass', 'rectify', 'fail'] as const).map((r) => ({ value: r, label: resultLabels[lang][r] }))}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit">
                {c('search')}
              </Button>
            </Form>
            <ResponsiveTable<QualityRecord>
              rowKey="id"
              size="middle"
              scroll={{ x: 1100 }}
              columns={columns}
              dataSource={list.data?.items}
              loading={list.loading}
              pagination={{ ...list.pagination, showTotal: (n) => c('total', { n }) }}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={7}>
          <Card title={t('byKind')} size="small">
            <EChart option={chart} height={260} testId="quality-chart" />
          </Card>
        </Col>
      </Row>
      {editing && (
        <RecordForm
          projectId={projectId}
          corrects={editing.corrects}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void list.refetch();
            void qc.invalidateQueries({ queryKey: ['ledger-status'] });
            void qc.invalidateQueries({ queryKey: ['quality-projects'] });
          }}
        />
      )}
      {labelsOpen && (
        <QrLabels
          records={(all.data?.items ?? []).filter((r) => r.kind === 'component_production')}
          projectName={project?.name ?? ''}
          onClose={() => setLabelsOpen(false)}
        />
      )}
    </>
  );
}

function RecordForm({
  projectId,
  corrects,
  onClose,
  onSaved,
}: {
  projectId: string;
  corrects?: QualityRecord;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const kind = Form.useWatch('kind', form) as QualityKind | undefined;
  const isComponent = !!kind && componentKinds.includes(kind);

  useEffect(() => {
    form.setFieldsValue(
      corrects
        ? { ...corrects, recordDate: dayjs(corrects.recordDate) }
        : { kind: 'material_inspection', recordDate: dayjs(), result: 'pass' },
    );
  }, [corrects, form]);

  async function submit() {
    const v = await validFields(form);
    if (!v) return;
    setSaving(true);
    try {
      const body = {
        ...v,
        recordDate: (v.recordDate as dayjs.Dayjs).format('YYYY-MM-DD'),
        componentId: isComponent ? v.componentId : null,
        specId: isComponent ? v.specId : null,
        correctsId: corrects?.id ?? null,
        attachmentIds: files.filter((f) => f.status === 'done').map((f) => (f.response as Attachment).id),
      };
      const saved = await call(client.POST('/api/projects/{projectId}/quality/records', { params: { path: { projectId } }, body: body }));
      message.success(t('saved', { n: saved.ledgerIndex }));
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) {
        const fields = e.details.filter((d) => d.path).map((d) => ({ name: d.path, errors: [d.message] }));
        if (fields.length) form.setFields(fields);
        else message.error(e.describe());
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      width={760}
      title={corrects ? `${t('correct')} #${corrects.ledgerIndex}` : t('newRecord')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okText={c('save')}
      cancelText={c('cancel')}
      destroyOnHidden
    >
      {corrects && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('correcting', { n: corrects.ledgerIndex })} />}
      <Form form={form} layout="vertical">
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
              <Select disabled={!!corrects} options={qualityKinds.map((k) => ({ value: k, label: kindLabels[lang][k] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="recordDate" label={t('date')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="subject" label={t('subject')} rules={[{ required: true, max: 200 }]}>
          <Input placeholder={t('subjectHint')} />
        </Form.Item>
        {isComponent && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="componentId" label={t('componentId')} rules={[{ required: true, max: 64 }]}>
                <Input placeholder="PC-YB-0001" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="specId" label={t('specId')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="location" label={t('location')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="batchNo" label={t('batchNo')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="quantity" label={t('quantity')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="supplier" label={t('supplier')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="result" label={t('result')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['pass', 'rectify', 'fail'] as const).map((r) => ({ value: r, label: resultLabels[lang][r] }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="inspectorName" label={t('inspector')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="inspectorPhone" label={t('phone')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="notes" label={t('notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t('attachments')} extra={t('privacy')}>
          <Upload
            accept=".pdf,.png,.jpg,.jpeg,.webp"
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
            customRequest={({ file, onSuccess, onError }) => {
              call(
                client.POST('/api/projects/{projectId}/quality/attachments', {
                  params: { path: { projectId } },
                  body: { file: file as Blob },
                  bodySerializer: formData,
                }),
              ).then(
                (a) => onSuccess?.(a),
                (e: unknown) => {
                  message.error(e instanceof ApiError ? e.describe() : String(e));
                  onError?.(e as Error);
                },
              );
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="quality-upload">
              {t('upload')}
            </Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}

function QrLabels({ records, projectName, onClose }: { records: QualityRecord[]; projectName: string; onClose(): void }) {
  const t = useT(messages);
  const [codes, setCodes] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    void Promise.all(
      records.map(
        async (r) =>
          [
            r.id,
            await QRCode.toDataURL(`${window.location.origin}/verify/${r.id}`, { margin: 1, width: 220, errorCorrectionLevel: 'M' }),
          ] as const,
      ),
    ).then((pairs) => live && setCodes(Object.fromEntries(pairs)));
    return () => {
      live = false;
    };
  }, [records]);

  const labelHtml = (r: QualityRecord) =>
    `<div class="label"><img src="${codes[r.id]}"/><div><b>${escapeHtml(r.componentId ?? '')}</b><br/>${escapeHtml(r.subject)}<br/>${escapeHtml(r.specId ?? '')}<br/><small>${escapeHtml(projectName)}</small><br/><small>${t('scan')} · #${r.ledgerIndex}</small></div></div>`;

  function print() {
    const w = window.open('', '_blank');
    if (!w) return;
    w.document.write(
      `<!doctype html><html><head><meta charset="utf-8"><title>${t('labelsTitle')}</title><style>
      body{font-family:'Noto Sans CJK SC',sans-serif;margin:8mm}.grid{display:grid;grid-template-columns:repeat(2,1fr);gap:4mm}
      .label{display:flex;gap:3mm;align-items:center;border:1px dashed #999;padding:3mm;break-inside:avoid;font-size:11pt}.label img{width:32mm;height:32mm}
      </style></head><body><div class="grid">${records.map(labelHtml).join('')}</div></body></html>`,
    );
    w.document.close();
    // Printed from here, not by a script inside the new window: the platform's CSP allows no inline script.
    const images = Array.from(w.document.images);
    void Promise.all(
      images.map((img) => (img.complete ? undefined : new Promise((r) => img.addEventListener('load', r, { once: true })))),
    ).then(() => w.print());
  }

  return (
    <Modal
      open
      width={820}
      title={t('labelsTitle')}
      onCancel={onClose}
      footer={
        <Button type="primary" icon={<PrinterOutlined />} onClick={print} disabled={!records.length}>
          {t('print')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('labelsHint')}</Typography.Paragraph>
      {!records.length && <Typography.Text>{t('noComponents')}</Typography.Text>}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 12 }} data-testid="qr-label-grid">
        {records.map((r) => (
          <div key={r.id} style={{ display: 'flex', gap: 12, alignItems: 'center', border: '1px dashed #bbb', padding: 8 }}>
            {codes[r.id] ? (
              <img src={codes[r.id]} width={110} height={110} alt={r.componentId ?? ''} />
            ) : (
              <div style={{ width: 110, height: 110 }} />
            )}
            <div>
              <Typography.Text strong>{r.componentId}</Typography.Text>
              <div>{r.subject}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.specId} · #{r.ledgerIndex}
              </Typography.Text>
            </div>
          </div>
        ))}
      </div>
    </Modal>
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
