import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Col, DatePicker, Form, Input, Modal, Row, Select, Statistic, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { ProjectHeader, useProject } from '../projects/ProjectHeader.js';
import { ProjectTabs } from './ProjectTabs.js';
import { findingColumns } from './findingColumns.js';
import { useSupervisionStatus } from './StopWorkBanner.js';
import { inspectionStatusLabels, stageLabels, topicLabels, type Finding, type Inspection } from './labels.js';
import { validFields } from '../../components/forms.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';

const messages = {
  'zh-CN': {
    inspections: '监督检查记录',
    findings: '问题与整改',
    schedule: '安排检查',
    template: '检查表',
    stage: '阶段',
    date: '检查日期',
    title: '检查名称',
    experts: '委托专家',
    expertsHint: '受委托的专家可查看本项目并记录检查',
    topic: '专业',
    status: '状态',
    findingsCount: '问题（未闭合/总数）',
    open: '打开',
    severity: '严重程度',
    description: '问题描述',
    notice: '整改通知单',
    deadline: '整改期限',
    escalation: '升级',
    overdue: '已逾期',
    stopWork: '停工',
    photos: '照片',
    openFindings: '未闭合问题',
    openNotices: '未闭合通知单',
    overdueNotices: '逾期通知单',
    none: '无',
    scheduled: '检查已安排',
    view: '查看',
    closed: '已关闭',
  },
  en: {
    inspections: 'Inspections',
    findings: 'Findings and rectification',
    schedule: 'Schedule inspection',
    template: 'Checklist',
    stage: 'Stage',
    date: 'Date',
    title: 'Title',
    experts: 'Entrusted experts',
    expertsHint: 'Entrusted experts can see this project and record the inspection',
    topic: 'Topic',
    status: 'Status',
    findingsCount: 'Findings (open/total)',
    open: 'Open',
    severity: 'Severity',
    description: 'Description',
    notice: 'Notice',
    deadline: 'Deadline',
    escalation: 'Escalation',
    overdue: 'Overdue',
    stopWork: 'Stop-work',
    photos: 'Photos',
    openFindings: 'Open findings',
    openNotices: 'Open notices',
    overdueNotices: 'Overdue notices',
    none: 'None',
    scheduled: 'Inspection scheduled',
    view: 'View',
    closed: 'Closed',
  },
};

/** A project's supervision tab: its inspections, findings and rectification notices, and the stop-work flag. */
export function ProjectSupervisionPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const project = useProject(id);
  const status = useSupervisionStatus(id);
  const inspections = useList('/api/supervision/inspections', { projectId: id });
  const findings = useList('/api/supervision/findings', { projectId: id });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const isRegulator = me?.role === 'regulator';
  const regionCode = project.data?.regionCode;
  const templates = useQuery({
    queryKey: ['templates', regionCode],
    queryFn: () => call(client.GET('/api/supervision/templates', { params: { query: { activeOnly: 'true', regionCode } } })),
    enabled: isRegulator && !!regionCode,
  });
  const experts = useQuery({
    queryKey: ['experts'],
    queryFn: () => call(client.GET('/api/supervision/experts')),
    enabled: isRegulator && open,
  });

  async function schedule() {
    const v = await validFields(form);
    if (!v) return;
    try {
      const created = await call(
        client.POST('/api/supervision/inspections', {
          body: {
            projectId: id,
            templateId: v.templateId,
            title: v.title || undefined,
            stage: v.stage,
            scheduledOn: v.date.format('YYYY-MM-DD'),
            expertIds: v.expertIds ?? [],
          },
        }),
      );
      setOpen(false);
      form.resetFields();
      message.success(t('scheduled'));
      navigate(`/projects/${id}/supervision/inspections/${created.id}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  const findingCols = findingColumns(lang, { noNotice: (r) => (r.status === 'closed' ? <Tag>{t('closed')}</Tag> : t('none')) });
  return (
    <>
      <ProjectHeader projectId={id} />
      <ProjectTabs projectId={id} active="supervision" />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={8}>
          <Card size="small">
            <Statistic title={t('openFindings')} value={status.data?.openFindings ?? 0} />
          </Card>
        </Col>
        <Col xs={8}>
          <Card size="small">
            <Statistic title={t('openNotices')} value={status.data?.openNotices ?? 0} />
          </Card>
        </Col>
        <Col xs={8}>
          <Card size="small">
            <Statistic
              title={t('overdueNotices')}
              value={status.data?.overdueNotices ?? 0}
              valueStyle={status.data?.overdueNotices ? { color: '#cf1322' } : undefined}
            />
          </Card>
        </Col>
      </Row>

      <Card
        title={t('inspections')}
        style={{ marginBottom: 16 }}
        extra={
          isRegulator && (
            <Button type="primary" icon={<PlusOutlined />} data-testid="schedule-inspection" onClick={() => setOpen(true)}>
              {t('schedule')}
            </Button>
          )
        }
      >
        <ResponsiveTable<Inspection & { findings: { total: number; open: number } }>
          rowKey="id"
          size="middle"
          scroll={{ x: 800 }}
          dataSource={inspections.data?.items}
          loading={inspections.loading}
          pagination={{ ...inspections.pagination, showTotal: (n) => c('total', { n }) }}
          columns={[
            { title: t('date'), dataIndex: 'scheduledOn', width: 110 },
            {
              title: t('title'),
              dataIndex: 'title',
              render: (v: string, r) => <Link to={`/projects/${id}/supervision/inspections/${r.id}`}>{v}</Link>,
            },
            { title: t('topic'), dataIndex: 'topic', render: (v: Inspection['topic']) => topicLabels[lang][v] },
            { title: t('stage'), dataIndex: 'stage', render: (v: Inspection['stage']) => stageLabels[lang][v] },
            {
              title: t('status'),
              dataIndex: 'status',
              render: (v: Inspection['status']) => (
                <Tag color={v === 'recorded' ? 'green' : v === 'cancelled' ? 'default' : 'blue'}>{inspectionStatusLabels[lang][v]}</Tag>
              ),
            },
            { title: t('findingsCount'), key: 'f', render: (_: unknown, r) => `${r.findings.open} / ${r.findings.total}` },
            {
              title: c('actions'),
              key: 'a',
              render: (_: unknown, r) => (
                <Button size="small" onClick={() => navigate(`/projects/${id}/supervision/inspections/${r.id}`)}>
                  {t('open')}
                </Button>
              ),
            },
          ]}
        />
      </Card>

      <Card title={t('findings')}>
        <ResponsiveTable<Finding>
          rowKey="id"
          size="middle"
          scroll={{ x: 900 }}
          dataSource={findings.data?.items}
          loading={findings.loading}
          pagination={{ ...findings.pagination, showTotal: (n) => c('total', { n }) }}
          columns={[
            findingCols.severity,
            { title: t('description'), dataIndex: 'description', ellipsis: true },
            { title: t('photos'), key: 'p', width: 70, render: (_: unknown, r) => r.photos.length },
            ...findingCols.notice,
          ]}
        />
      </Card>

      <Modal open={open} title={t('schedule')} onOk={schedule} onCancel={() => setOpen(false)} okText={c('save')} cancelText={c('cancel')}>
        <Form form={form} layout="vertical" initialValues={{ stage: 'construction', date: dayjs() }}>
          <Form.Item name="templateId" label={t('template')} rules={[{ required: true }]}>
            <Select
              data-testid="template-select"
              options={(templates.data?.items ?? []).map((tp) => ({ value: tp.id, label: `${topicLabels[lang][tp.topic]} · ${tp.name}` }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('title')}>
            <Input />
          </Form.Item>
          <Form.Item name="stage" label={t('stage')}>
            <Select
              options={(['planning', 'design', 'construction', 'delivery'] as const).map((s) => ({
                value: s,
                label: stageLabels[lang][s],
              }))}
            />
          </Form.Item>
          <Form.Item name="date" label={t('date')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="expertIds" label={t('experts')} extra={t('expertsHint')}>
            <Select mode="multiple" allowClear options={(experts.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
