import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Radio,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { BookOutlined, CheckOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, call, client, formData } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { ProjectHeader } from '../projects/ProjectHeader.js';
import { photoFields, PhotoInput, PhotoStrip } from './PhotoInput.js';
import {
  inspectionStatusLabels,
  noticeStatusColors,
  noticeStatusLabels,
  resultLabels,
  severityColors,
  severityLabels,
  stageLabels,
  topicLabels,
  type Severity,
} from './labels.js';
import { validFields } from '../../components/forms.js';
import { chinaTime } from '../../components/chinaTime.js';

const messages = {
  'zh-CN': {
    checklist: '检查表',
    record: '保存检查结果',
    recorded: '检查结果已保存',
    inspectedAt: '检查时间',
    summary: '检查结论',
    note: '说明',
    newFinding: '记录问题',
    severity: '严重程度',
    item: '对应检查项',
    description: '问题描述',
    photos: '现场照片',
    stopWork: '责令停工整改',
    stopWorkHint: '仅严重问题可责令停工；停工标记将显示在该项目的所有页面',
    issueNotice: '同时下发整改通知单',
    responsible: '责任单位',
    deadline: '整改期限',
    requirement: '整改要求',
    saveFinding: '保存问题',
    findingSaved: '问题已记录',
    findings: '已记录问题',
    notice: '整改通知单',
    ledger: '记入质量台账',
    ledgered: '已记入质量台账（第 {n} 条）',
    experts: '委托专家',
    status: '状态',
    topic: '专业',
    stage: '阶段',
    back: '返回监督检查',
    none: '暂无问题',
    uploading: '正在上传…',
  },
  en: {
    checklist: 'Checklist',
    record: 'Save results',
    recorded: 'Results saved',
    inspectedAt: 'Inspected at',
    summary: 'Conclusion',
    note: 'Note',
    newFinding: 'Record a finding',
    severity: 'Severity',
    item: 'Checklist item',
    description: 'Description',
    photos: 'Site photos',
    stopWork: 'Order a stop-work',
    stopWorkHint: 'Only a serious finding can stop the works; the flag shows on every page of the project',
    issueNotice: 'Issue a rectification notice',
    responsible: 'Responsible organisation',
    deadline: 'Deadline',
    requirement: 'Requirement',
    saveFinding: 'Save finding',
    findingSaved: 'Finding recorded',
    findings: 'Findings',
    notice: 'Notice',
    ledger: 'Enter into quality ledger',
    ledgered: 'In the quality ledger (entry {n})',
    experts: 'Entrusted experts',
    status: 'Status',
    topic: 'Topic',
    stage: 'Stage',
    back: 'Back to supervision',
    none: 'No findings',
    uploading: 'Uploading…',
  },
};

/**
 * Recording an inspection on site, phone first: one column, large controls, the camera through the file input.
 * Checklist verdicts, then findings with photos, each optionally with a 整改通知单 to the responsible participant.
 */
export function InspectionPage() {
  const { id = '', inspectionId = '' } = useParams();
  const t = useT(messages);
  const { lang } = useLanguage();
  const { message } = AntApp.useApp();
  const q = useQuery({
    queryKey: ['inspection', inspectionId],
    queryFn: () => call(client.GET('/api/supervision/inspections/{id}', { params: { path: { id: inspectionId } } })),
  });
  const participants = useQuery({
    queryKey: ['participants', id],
    queryFn: () => call(client.GET('/api/supervision/projects/{id}/participants', { params: { path: { id } } })),
    enabled: !!q.data?.mayIssue,
  });
  const [checklist] = Form.useForm();
  const [finding] = Form.useForm();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const severity = Form.useWatch<Severity | undefined>('severity', finding);
  const withNotice = Form.useWatch<boolean | undefined>('withNotice', finding);
  const d = q.data;

  useEffect(() => {
    if (!d?.template) return;
    const results = Object.fromEntries(d.template.items.map((i) => [i.key, d.results.find((r) => r.key === i.key)?.result]));
    const notes = Object.fromEntries(d.template.items.map((i) => [i.key, d.results.find((r) => r.key === i.key)?.note]));
    checklist.setFieldsValue({ results, notes, summary: d.summary ?? '', inspectedAt: d.inspectedAt ? dayjs(d.inspectedAt) : dayjs() });
  }, [d, checklist]);

  if (!d) return <Card loading />;
  const items = d.template?.items ?? [];

  async function saveChecklist() {
    const v = await validFields(checklist);
    if (!v) return;
    try {
      await call(
        client.POST('/api/supervision/inspections/{id}/record', {
          params: { path: { id: inspectionId } },
          body: {
            inspectedAt: (v.inspectedAt ?? dayjs()).toISOString(),
            results: items
              .filter((i) => v.results?.[i.key])
              .map((i) => ({ key: i.key, result: v.results[i.key], ...(v.notes?.[i.key] ? { note: v.notes[i.key] } : {}) })),
            summary: v.summary || undefined,
          },
        }),
      );
      message.success(t('recorded'));
      void q.refetch();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  async function saveFinding() {
    const v = await validFields(finding);
    if (!v) return;
    const body = {
      severity: v.severity,
      description: v.description,
      itemKey: v.itemKey || undefined,
      stopWork: v.severity === 'serious' && !!v.stopWork ? ('true' as const) : ('false' as const),
      ...(v.withNotice
        ? {
            responsibleOrganisationId: v.responsibleOrganisationId,
            deadline: v.deadline.endOf('day').toISOString(),
            requirement: v.requirement ?? '',
          }
        : {}),
      ...photoFields(files),
    };
    setBusy(true);
    try {
      await call(
        client.POST('/api/supervision/inspections/{id}/findings', {
          params: { path: { id: inspectionId } },
          body,
          bodySerializer: formData,
        }),
      );
      message.success(t('findingSaved'));
      finding.resetFields();
      setFiles([]);
      void q.refetch();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    } finally {
      setBusy(false);
    }
  }

  async function toLedger() {
    try {
      await call(client.POST('/api/supervision/inspections/{id}/ledger', { params: { path: { id: inspectionId } } }));
      void q.refetch();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  return (
    <div style={{ maxWidth: 820, margin: '0 auto' }}>
      <ProjectHeader projectId={id} />
      <Link to={`/projects/${id}/supervision`}>← {t('back')}</Link>
      <Card
        style={{ marginTop: 12 }}
        title={d.title}
        extra={<Tag color={d.status === 'recorded' ? 'green' : 'blue'}>{inspectionStatusLabels[lang][d.status]}</Tag>}
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('topic')}>{topicLabels[lang][d.topic]}</Descriptions.Item>
          <Descriptions.Item label={t('stage')}>{stageLabels[lang][d.stage]}</Descriptions.Item>
          <Descriptions.Item label={t('experts')}>{d.experts.map((e) => e.displayName).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('inspectedAt')}>{d.inspectedAt ? chinaTime(d.inspectedAt) : '—'}</Descriptions.Item>
        </Descriptions>
        {d.ledgerIndex !== null ? (
          <Alert type="success" showIcon icon={<BookOutlined />} message={t('ledgered', { n: d.ledgerIndex })} />
        ) : (
          d.mayIssue &&
          d.status === 'recorded' && (
            <Button icon={<BookOutlined />} onClick={toLedger} data-testid="to-ledger">
              {t('ledger')}
            </Button>
          )
        )}
      </Card>

      <Card title={t('checklist')} style={{ marginTop: 16 }}>
        <Form form={checklist} layout="vertical" disabled={!d.mayRecord}>
          {items.map((item, i) => (
            <div key={item.key} data-testid={`check-${item.key}`} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Typography.Text strong>
                {i + 1}. {item.text}
              </Typography.Text>
              {item.basis && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  （{item.basis}）
                </Typography.Text>
              )}
              <Form.Item name={['results', item.key]} style={{ margin: '6px 0' }}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  options={(['pass', 'fail', 'na'] as const).map((r) => ({ value: r, label: resultLabels[lang][r] }))}
                />
              </Form.Item>
              <Form.Item name={['notes', item.key]} style={{ margin: 0 }}>
                <Input placeholder={t('note')} />
              </Form.Item>
            </div>
          ))}
          <Form.Item name="inspectedAt" label={t('inspectedAt')} style={{ marginTop: 12 }}>
            <DatePicker showTime style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="summary" label={t('summary')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          {d.mayRecord && (
            <Button type="primary" size="large" block icon={<CheckOutlined />} onClick={saveChecklist} data-testid="save-checklist">
              {t('record')}
            </Button>
          )}
        </Form>
      </Card>

      {d.mayRecord && (
        <Card title={t('newFinding')} style={{ marginTop: 16 }} data-testid="finding-form">
          <Form
            form={finding}
            layout="vertical"
            initialValues={{ severity: 'general', withNotice: false, stopWork: false, deadline: dayjs().add(7, 'day') }}
          >
            <Form.Item name="severity" label={t('severity')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                size="large"
                options={(['general', 'major', 'serious'] as const).map((s) => ({ value: s, label: severityLabels[lang][s] }))}
              />
            </Form.Item>
            <Form.Item name="itemKey" label={t('item')}>
              <Select allowClear options={items.map((i) => ({ value: i.key, label: `${i.key} ${i.text}` }))} />
            </Form.Item>
            <Form.Item name="description" label={t('description')} rules={[{ required: true, min: 2 }]}>
              <Input.TextArea rows={3} data-testid="finding-description" />
            </Form.Item>
            <Form.Item label={t('photos')}>
              <PhotoInput files={files} onChange={setFiles} testId="finding-photos" />
            </Form.Item>
            {severity === 'serious' && d.mayIssue && (
              <Form.Item name="stopWork" label={t('stopWork')} valuePropName="checked" extra={t('stopWorkHint')}>
                <Switch data-testid="stop-work-switch" />
              </Form.Item>
            )}
            {d.mayIssue && (
              <Form.Item name="withNotice" label={t('issueNotice')} valuePropName="checked">
                <Switch data-testid="with-notice" />
              </Form.Item>
            )}
            {withNotice && (
              <>
                <Form.Item name="responsibleOrganisationId" label={t('responsible')} rules={[{ required: true }]}>
                  <Select
                    data-testid="responsible-select"
                    options={(participants.data?.items ?? []).map((o) => ({ value: o.organisationId, label: o.name }))}
                  />
                </Form.Item>
                <Form.Item name="deadline" label={t('deadline')} rules={[{ required: true }]}>
                  <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
                </Form.Item>
                <Form.Item name="requirement" label={t('requirement')}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              </>
            )}
            <Button type="primary" size="large" block loading={busy} onClick={saveFinding} data-testid="save-finding">
              {busy ? t('uploading') : t('saveFinding')}
            </Button>
          </Form>
        </Card>
      )}

      <Card title={t('findings')} style={{ marginTop: 16 }}>
        {d.findings.length === 0 ? (
          <Empty description={t('none')} />
        ) : (
          <List
            dataSource={d.findings}
            renderItem={(f) => (
              <List.Item key={f.id} data-testid="finding-item">
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Space wrap>
                    <Tag color={severityColors[f.severity]}>{severityLabels[lang][f.severity]}</Tag>
                    {f.stopWorkActive && (
                      <Tag color="red" icon={<WarningOutlined />}>
                        {t('stopWork')}
                      </Tag>
                    )}
                    {f.notice && (
                      <Link to={`/supervision/notices/${f.notice.id}`}>
                        {t('notice')} {f.notice.code}{' '}
                        <Tag color={noticeStatusColors[f.notice.status]}>{noticeStatusLabels[lang][f.notice.status]}</Tag>
                      </Link>
                    )}
                  </Space>
                  <Typography.Text>{f.description}</Typography.Text>
                  <PhotoStrip photos={f.photos} />
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
    </div>
  );
}
