import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { CheckCircleOutlined, RollbackOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, call, client, formData } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { StopWorkBanner } from './StopWorkBanner.js';
import { photoFields, PhotoInput, PhotoStrip } from './PhotoInput.js';
import { escalationLabels, noticeStatusColors, noticeStatusLabels, severityColors, severityLabels } from './labels.js';
import type { ResponseOf } from '../../api/types.js';
import { validFields } from '../../components/forms.js';
import { chinaTime } from '../../components/chinaTime.js';

type Event = Detail['events'][number];
type Detail = ResponseOf<'/api/supervision/notices/{id}'>;

const messages = {
  'zh-CN': {
    title: '整改通知单 {code}',
    project: '项目',
    responsible: '责任单位',
    requirement: '整改要求',
    deadline: '整改期限',
    escalation: '升级',
    overdue: '已逾期',
    finding: '问题',
    history: '办理记录',
    respond: '上传整改回复',
    message: '整改情况说明',
    send: '提交整改回复',
    sent: '整改回复已提交，等待主管部门复查',
    close: '复查合格，关闭',
    reopen: '复查不合格，重新整改',
    comment: '复查意见',
    newDeadline: '新的整改期限',
    closedOk: '通知单已关闭',
    reopenedOk: '已要求重新整改',
    issued: '下发通知单',
    responded: '提交整改回复',
    closed: '复查通过，关闭',
    reopened: '复查不通过，重新整改',
    escalated: '逾期升级',
    stopWork: '停工',
    back: '返回项目监督检查',
    photosRequired: '请至少上传一张整改后的照片',
  },
  en: {
    title: 'Rectification notice {code}',
    project: 'Project',
    responsible: 'Responsible organisation',
    requirement: 'Requirement',
    deadline: 'Deadline',
    escalation: 'Escalation',
    overdue: 'Overdue',
    finding: 'Finding',
    history: 'History',
    respond: 'Upload the rectification',
    message: 'What was rectified',
    send: 'Submit rectification',
    sent: 'Rectification submitted; awaiting the regulator’s verification',
    close: 'Verified, close',
    reopen: 'Not satisfied, reopen',
    comment: 'Verification comment',
    newDeadline: 'New deadline',
    closedOk: 'Notice closed',
    reopenedOk: 'Reopened for further rectification',
    issued: 'Issued',
    responded: 'Rectification submitted',
    closed: 'Verified and closed',
    reopened: 'Reopened',
    escalated: 'Escalated (overdue)',
    stopWork: 'Stop-work',
    back: 'Back to the project’s supervision',
    photosRequired: 'Upload at least one photo of the rectification',
  },
};

const eventColors: Record<Event['kind'], string> = {
  issued: 'blue',
  responded: 'green',
  closed: 'green',
  reopened: 'orange',
  escalated: 'red',
};

/** One 整改通知单: the finding, the history with evidence photos, and the next step for whoever may take it. */
export function NoticePage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const { lang } = useLanguage();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['notice', id],
    queryFn: () => call(client.GET('/api/supervision/notices/{id}', { params: { path: { id } } })),
  });
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [reopenOpen, setReopenOpen] = useState(false);
  const [respond] = Form.useForm();
  const [verify] = Form.useForm();
  const [reopenForm] = Form.useForm();
  const d = q.data;
  if (!d) return <Card loading />;
  const fmt = (v: string | null) => (v ? chinaTime(v) : '—');
  const refresh = () => {
    void q.refetch();
    void qc.invalidateQueries({ queryKey: ['supervision-status', d.projectId] });
    void qc.invalidateQueries({ queryKey: ['/api/supervision/findings'] });
  };
  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.describe() : String(e));

  async function send() {
    const v = await validFields(respond);
    if (!v) return;
    if (!files.length) return void message.warning(t('photosRequired'));
    setBusy(true);
    try {
      await call(
        client.POST('/api/supervision/notices/{id}/responses', {
          params: { path: { id } },
          body: { message: v.message, ...photoFields(files) },
          bodySerializer: formData,
        }),
      );
      message.success(t('sent'));
      respond.resetFields();
      setFiles([]);
      refresh();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  async function close() {
    try {
      await call(
        client.POST('/api/supervision/notices/{id}/close', {
          params: { path: { id } },
          body: { comment: verify.getFieldValue('comment') || undefined },
        }),
      );
      message.success(t('closedOk'));
      refresh();
    } catch (e) {
      fail(e);
    }
  }

  async function reopen() {
    const v = await validFields(reopenForm);
    if (!v) return;
    try {
      await call(
        client.POST('/api/supervision/notices/{id}/reopen', {
          params: { path: { id } },
          body: { comment: v.comment, deadline: v.deadline.endOf('day').toISOString() },
        }),
      );
      setReopenOpen(false);
      message.success(t('reopenedOk'));
      refresh();
    } catch (e) {
      fail(e);
    }
  }

  return (
    <div style={{ maxWidth: 860, margin: '0 auto' }}>
      <StopWorkBanner projectId={d.projectId} />
      <Link to={`/projects/${d.projectId}/supervision`}>← {t('back')}</Link>
      <Card
        style={{ marginTop: 12 }}
        title={t('title', { code: d.code })}
        extra={
          <Space>
            {d.overdue && <Tag color="red">{t('overdue')}</Tag>}
            <Tag color={noticeStatusColors[d.status]} data-testid="notice-status">
              {noticeStatusLabels[lang][d.status]}
            </Tag>
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('project')}>
            {d.projectCode} {d.projectName}
          </Descriptions.Item>
          <Descriptions.Item label={t('responsible')}>{d.responsibleOrganisationName}</Descriptions.Item>
          <Descriptions.Item label={t('deadline')}>{fmt(d.deadline)}</Descriptions.Item>
          <Descriptions.Item label={t('escalation')}>{escalationLabels[lang][String(d.escalationLevel) as '0']}</Descriptions.Item>
          <Descriptions.Item label={t('requirement')} span={2}>
            {d.requirement}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('finding')} style={{ marginTop: 16 }}>
        <Space wrap style={{ marginBottom: 8 }}>
          <Tag color={severityColors[d.finding.severity]}>{severityLabels[lang][d.finding.severity]}</Tag>
          {d.finding.stopWorkActive && (
            <Tag color="red" icon={<WarningOutlined />}>
              {t('stopWork')}
            </Tag>
          )}
        </Space>
        <Typography.Paragraph>{d.finding.description}</Typography.Paragraph>
        <PhotoStrip photos={d.finding.photos} />
      </Card>

      <Card title={t('history')} style={{ marginTop: 16 }}>
        <Timeline
          items={d.events.map((e) => ({
            color: eventColors[e.kind],
            children: (
              <div data-testid={`event-${e.kind}`}>
                <Typography.Text strong>{t(e.kind)}</Typography.Text>
                {e.kind === 'escalated' && e.escalationLevel ? ` · ${escalationLabels[lang][String(e.escalationLevel) as '1']}` : ''}
                <Typography.Text type="secondary">
                  {' '}
                  · {e.actorName === 'system' ? '' : e.actorName} {fmt(e.at)}
                </Typography.Text>
                {e.comment && <div>{e.comment}</div>}
                {e.deadline && e.kind === 'reopened' && (
                  <div>
                    {t('newDeadline')}：{fmt(e.deadline)}
                  </div>
                )}
                <PhotoStrip photos={e.photos} />
              </div>
            ),
          }))}
        />
      </Card>

      {d.mayRespond && (
        <Card title={t('respond')} style={{ marginTop: 16 }} data-testid="respond-form">
          <Form form={respond} layout="vertical">
            <Form.Item name="message" label={t('message')} rules={[{ required: true, min: 2 }]}>
              <Input.TextArea rows={3} data-testid="respond-message" />
            </Form.Item>
            <Form.Item>
              <PhotoInput files={files} onChange={setFiles} testId="respond-photos" />
            </Form.Item>
            <Button type="primary" size="large" block loading={busy} onClick={send} data-testid="respond-send">
              {t('send')}
            </Button>
          </Form>
        </Card>
      )}

      {d.mayVerify && (
        <Card title={t('comment')} style={{ marginTop: 16 }} data-testid="verify-form">
          <Form form={verify} layout="vertical">
            <Form.Item name="comment">
              <Input.TextArea rows={2} />
            </Form.Item>
            <Space wrap>
              <Button type="primary" icon={<CheckCircleOutlined />} onClick={close} data-testid="notice-close">
                {t('close')}
              </Button>
              <Button danger icon={<RollbackOutlined />} onClick={() => setReopenOpen(true)}>
                {t('reopen')}
              </Button>
            </Space>
          </Form>
        </Card>
      )}

      <Modal open={reopenOpen} title={t('reopen')} onOk={reopen} onCancel={() => setReopenOpen(false)}>
        <Form form={reopenForm} layout="vertical" initialValues={{ deadline: dayjs().add(7, 'day') }}>
          <Form.Item name="comment" label={t('comment')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="deadline" label={t('newDeadline')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
