import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Result,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { FileImageOutlined, FilePdfOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, call, client, formData } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { EChart } from '../../components/EChart.js';
import { ProjectHeader } from '../projects/ProjectHeader.js';
import { formatSize } from '../projects/ProjectsPage.js';
import { categoryLabels, label, structureLabels, useLabels } from '../projects/labels.js';
import { applicationStatusLabels, reviewStatusLabels, type ApplicationDetail, type Assignment } from './types.js';
import { chinaTime } from '../../components/chinaTime.js';

const messages = {
  'zh-CN': {
    notFound: '申报不存在或无权查看',
    round: '申报批次',
    applicant: '申报单位',
    status: '申报状态',
    submittedAt: '提交时间',
    facts: '项目信息',
    attachments: '申报附件',
    upload: '上传附件（PDF / JPG / PNG）',
    uploaded: '附件已上传',
    noFiles: '暂无附件',
    experts: '评审专家',
    assign: '分配专家',
    assignTitle: '分配评审专家（至少 3 名）',
    conflict: '利益冲突',
    alreadyAssigned: '已分配',
    assigned: '专家已分配',
    expert: '专家',
    organisation: '所在单位',
    reviewStatus: '评分状态',
    total: '总分',
    comment: '评审意见',
    aggregate: '评分汇总',
    submitted: '已提交评分',
    mean: '平均总分',
    range: '最低 / 最高',
    criterion: '评分项',
    meanScore: '平均分',
    maxScore: '满分',
    decide: '评审决定',
    select: '入选',
    reject: '未入选',
    decisionNote: '决定说明',
    decided: '已记录评审决定',
    needReviews: '需至少 3 名专家提交评分后才能作出决定',
    myScores: '我的评分',
    saveDraft: '保存草稿',
    submit: '提交评分',
    saved: '已保存',
    submittedOk: '评分已提交',
    confirmSubmit: '提交后不能修改，确认提交？',
    decision: '评审结论',
    waiting: '专家评审中，结果公布后可在此查看',
    size: '规模',
    category: '工程类别',
    structureUse: '结构类型 / 使用性质',
  },
  en: {
    notFound: 'The application does not exist or you may not see it',
    round: 'Round',
    applicant: 'Applicant',
    status: 'Status',
    submittedAt: 'Submitted',
    facts: 'Project facts',
    attachments: 'Attachments',
    upload: 'Upload (PDF / JPG / PNG)',
    uploaded: 'Attachment uploaded',
    noFiles: 'No attachments',
    experts: 'Expert panel',
    assign: 'Assign experts',
    assignTitle: 'Assign experts (at least 3)',
    conflict: 'Conflict of interest',
    alreadyAssigned: 'Assigned',
    assigned: 'Experts assigned',
    expert: 'Expert',
    organisation: 'Organisation',
    reviewStatus: 'Review',
    total: 'Total',
    comment: 'Comment',
    aggregate: 'Scores',
    submitted: 'Reviews submitted',
    mean: 'Mean total',
    range: 'Min / max',
    criterion: 'Criterion',
    meanScore: 'Mean',
    maxScore: 'Max',
    decide: 'Decision',
    select: 'Select',
    reject: 'Reject',
    decisionNote: 'Note',
    decided: 'Decision recorded',
    needReviews: 'At least 3 experts must submit scores before a decision',
    myScores: 'My scores',
    saveDraft: 'Save draft',
    submit: 'Submit scores',
    saved: 'Saved',
    submittedOk: 'Scores submitted',
    confirmSubmit: 'Scores cannot change after submitting. Submit?',
    decision: 'Decision',
    waiting: 'Under expert review; the result will appear here',
    size: 'Size',
    category: 'Category',
    structureUse: 'Structure / use',
  },
};

export function ApplicationDetailPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const q = useQuery({
    queryKey: ['application', id],
    queryFn: () => call(client.GET('/api/applications/{id}', { params: { path: { id } } })),
  });
  const [assigning, setAssigning] = useState(false);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['application', id] });
    void qc.invalidateQueries({ queryKey: ['/api/applications'] });
  };
  if (q.error) return <Result status="404" title={t('notFound')} />;
  const a = q.data;
  if (!a) return <Card loading />;
  const staff = me?.role === 'admin' || me?.role === 'regulator';
  const canUpload = a.status !== 'decided' && (staff || (me?.role === 'enterprise' && me.organisationId === a.organisationId));
  const mine = me?.role === 'expert' ? a.assignments[0] : undefined;

  async function uploadFile(file: File) {
    try {
      await call(
        client.POST('/api/applications/{id}/attachments', { params: { path: { id: a!.id } }, body: { file }, bodySerializer: formData }),
      );
      message.success(t('uploaded'));
      refresh();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  return (
    <>
      <ProjectHeader project={a.project} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('facts')}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'round', label: t('round'), children: a.roundTitle, span: 'filled' },
                { key: 'applicant', label: t('applicant'), children: a.organisationName },
                { key: 'status', label: t('status'), children: applicationStatusLabels[lang][a.status] },
                { key: 'category', label: t('category'), children: label(categoryLabels[lang], a.project.category) },
                {
                  key: 'structure',
                  label: t('structureUse'),
                  children: `${label(structureLabels[lang], a.project.structureType)} · ${label(useLabels[lang], a.project.useType)}`,
                },
                { key: 'size', label: t('size'), children: formatSize(a.project) },
                { key: 'submittedAt', label: t('submittedAt'), children: chinaTime(a.submittedAt) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card
            title={t('attachments')}
            extra={
              canUpload && (
                <Upload accept=".pdf,.jpg,.jpeg,.png" showUploadList={false} beforeUpload={(f) => (void uploadFile(f), false)}>
                  <Button icon={<UploadOutlined />} data-testid="upload-attachment">
                    {t('upload')}
                  </Button>
                </Upload>
              )
            }
          >
            <List
              size="small"
              locale={{ emptyText: t('noFiles') }}
              dataSource={a.attachmentList}
              renderItem={(f) => (
                <List.Item extra={<Typography.Text type="secondary">{(f.sizeBytes / 1024).toFixed(1)} KB</Typography.Text>}>
                  <Space>
                    {f.mediaType === 'application/pdf' ? (
                      <FilePdfOutlined style={{ color: '#cf1322' }} />
                    ) : (
                      <FileImageOutlined style={{ color: '#1677ff' }} />
                    )}
                    <a href={`/api/attachments/${f.id}`} target="_blank" rel="noreferrer">
                      {f.fileName}
                    </a>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} title={f.sha256}>
                      SHA-256 {f.sha256.slice(0, 12)}…
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>

        {me?.role === 'enterprise' && (
          <Col span={24}>
            <Card title={t('decision')}>
              {a.decision ? (
                <Alert
                  type={a.decision === 'selected' ? 'success' : 'warning'}
                  showIcon
                  title={a.decision === 'selected' ? t('select') : t('reject')}
                  description={a.decisionNote}
                />
              ) : (
                <Alert type="info" showIcon title={t('waiting')} />
              )}
            </Card>
          </Col>
        )}

        {staff && (
          <>
            <Col xs={24} lg={14}>
              <Card
                title={t('experts')}
                extra={
                  a.status !== 'decided' && (
                    <Button icon={<TeamOutlined />} onClick={() => setAssigning(true)} data-testid="assign-experts">
                      {t('assign')}
                    </Button>
                  )
                }
              >
                <ExpertTable assignments={a.assignments} />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <AggregateCard a={a} onDecided={refresh} />
            </Col>
          </>
        )}

        {mine && (
          <Col span={24}>
            <ScoreCard a={a} mine={mine} onSaved={refresh} />
          </Col>
        )}
      </Row>
      {assigning && (
        <AssignModal
          application={a}
          onClose={() => setAssigning(false)}
          onAssigned={() => (setAssigning(false), message.success(t('assigned')), refresh())}
        />
      )}
    </>
  );
}

function ExpertTable({ assignments }: { assignments: Assignment[] }) {
  const t = useT(messages);
  const { lang } = useLanguage();

  return (
    <Table<Assignment>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={assignments}
      data-testid="expert-table"
      columns={[
        { title: t('expert'), dataIndex: 'expertName' },
        { title: t('organisation'), dataIndex: 'expertOrganisation', ellipsis: true },
        {
          title: t('reviewStatus'),
          dataIndex: 'status',
          width: 90,
          render: (s: Assignment['status']) => <Tag color={s === 'submitted' ? 'green' : 'gold'}>{reviewStatusLabels[lang][s]}</Tag>,
        },
        { title: t('total'), dataIndex: 'total', width: 70, align: 'right', render: (v: number | null) => v ?? '—' },
        { title: t('comment'), dataIndex: 'comment', ellipsis: true },
      ]}
    />
  );
}

function AggregateCard({ a, onDecided }: { a: ApplicationDetail; onDecided(): void }) {
  const t = useT(messages);
  const { message } = AntApp.useApp();

  const [note, setNote] = useState('');
  const agg = a.aggregate!;
  const option = useMemo(
    () => ({
      grid: { left: 110, right: 30, top: 10, bottom: 24 },
      xAxis: { type: 'value', max: 'dataMax' },
      yAxis: { type: 'category', data: agg.byCriterion.map((x) => x.name), axisLabel: { width: 100, overflow: 'truncate' } },
      tooltip: { trigger: 'axis' },
      series: [
        {
          name: t('maxScore'),
          type: 'bar',
          data: agg.byCriterion.map((x) => x.maxScore),
          itemStyle: { color: '#f0f0f0' },
          barGap: '-100%',
          silent: true,
        },
        {
          name: t('meanScore'),
          type: 'bar',
          data: agg.byCriterion.map((x) => x.mean ?? 0),
          itemStyle: { color: '#389e0d' },
          label: { show: true, position: 'right' },
        },
      ],
    }),
    [agg],
  );
  const ready = agg.submitted >= 3 && a.status !== 'decided';
  async function decide(decision: 'selected' | 'rejected') {
    try {
      await call(
        client.POST('/api/applications/{id}/decision', { params: { path: { id: a.id } }, body: { decision, note: note || null } }),
      );
      message.success(t('decided'));
      onDecided();
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }
  return (
    <Card title={t('aggregate')}>
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('submitted')} value={`${agg.submitted} / ${agg.assigned}`} />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('mean')}
            value={agg.meanTotal ?? '—'}
            suffix={agg.meanTotal !== null ? `/ ${a.maxTotal}` : undefined}
            data-testid="mean-total"
          />
        </Col>
        <Col span={8}>
          <Statistic title={t('range')} value={agg.minTotal !== null ? `${agg.minTotal} / ${agg.maxTotal}` : '—'} />
        </Col>
      </Row>
      {agg.submitted > 0 && <EChart option={option} height={200} />}
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('decide')}
      </Typography.Title>
      {a.status === 'decided' ? (
        <Alert
          type={a.decision === 'selected' ? 'success' : 'warning'}
          showIcon
          title={a.decision === 'selected' ? t('select') : t('reject')}
          description={a.decisionNote}
        />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {!ready && <Alert type="info" showIcon title={t('needReviews')} />}
          <Input.TextArea
            rows={2}
            placeholder={t('decisionNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="decision-note"
          />
          <Space>
            <Button type="primary" disabled={!ready} onClick={() => decide('selected')} data-testid="decide-selected">
              {t('select')}
            </Button>
            <Button danger disabled={!ready} onClick={() => decide('rejected')} data-testid="decide-rejected">
              {t('reject')}
            </Button>
          </Space>
        </Space>
      )}
    </Card>
  );
}

function ScoreCard({ a, mine, onSaved }: { a: ApplicationDetail; mine: Assignment; onSaved(): void }) {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { message, modal } = AntApp.useApp();

  const [form] = Form.useForm();
  const locked = mine.status === 'submitted' || a.status === 'decided';
  const initial = Object.fromEntries([
    ...a.criteria.map((cr) => [cr.id, mine.scores.find((s) => s.criterionId === cr.id)?.score ?? null]),
    ['comment', mine.comment ?? ''],
  ]);
  async function save(submit: boolean) {
    const v = submit ? await form.validateFields() : form.getFieldsValue();
    const scores = a.criteria.filter((cr) => typeof v[cr.id] === 'number').map((cr) => ({ criterionId: cr.id, score: v[cr.id] as number }));
    const go = async () => {
      try {
        await call(
          client.PUT('/api/reviews/{id}', { params: { path: { id: mine.id } }, body: { scores, comment: v.comment || null, submit } }),
        );
        message.success(submit ? t('submittedOk') : t('saved'));
        onSaved();
      } catch (e) {
        message.error(e instanceof ApiError ? e.describe() : String(e));
      }
    };
    if (submit) modal.confirm({ title: t('confirmSubmit'), onOk: go, okText: c('confirm'), cancelText: c('cancel') });
    else await go();
  }
  const total = Form.useWatch([], form) as Record<string, unknown> | undefined;
  const sum = a.criteria.reduce((s, cr) => s + (typeof total?.[cr.id] === 'number' ? (total[cr.id] as number) : 0), 0);
  return (
    <Card
      title={t('myScores')}
      extra={<Tag color={mine.status === 'submitted' ? 'green' : 'gold'}>{reviewStatusLabels[lang][mine.status]}</Tag>}
    >
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ span: 8 }}
        wrapperCol={{ span: 16 }}
        initialValues={initial}
        disabled={locked}
        style={{ maxWidth: 760 }}
      >
        {a.criteria.map((cr) => (
          <Form.Item
            key={cr.id}
            name={cr.id}
            label={`${cr.seq}. ${cr.name}`}
            tooltip={cr.description ?? undefined}
            rules={[{ required: true }]}
            extra={`${t('maxScore')} ${cr.maxScore}`}
          >
            <InputNumber min={0} max={cr.maxScore} step={0.5} style={{ width: 140 }} data-testid={`score-${cr.seq}`} />
          </Form.Item>
        ))}
        <Form.Item label={t('total')}>
          <Typography.Text strong data-testid="score-total">
            {sum} / {a.maxTotal}
          </Typography.Text>
        </Form.Item>
        <Form.Item name="comment" label={t('comment')}>
          <Input.TextArea rows={3} data-testid="score-comment" />
        </Form.Item>
        {!locked && (
          <Form.Item wrapperCol={{ offset: 8 }}>
            <Space>
              <Button onClick={() => save(false)}>{t('saveDraft')}</Button>
              <Button type="primary" onClick={() => save(true)} data-testid="submit-scores">
                {t('submit')}
              </Button>
            </Space>
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}

function AssignModal({ application, onClose, onAssigned }: { application: ApplicationDetail; onClose(): void; onAssigned(): void }) {
  const t = useT(messages);
  const c = useT(common);

  const cands = useQuery({
    queryKey: ['candidates', application.id],
    queryFn: () => call(client.GET('/api/applications/{id}/expert-candidates', { params: { path: { id: application.id } } })),
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const items = cands.data?.items ?? [];
  const already = items.filter((x) => x.assigned).map((x) => x.userId);
  async function submit() {
    setSaving(true);
    setError(null);
    try {
      await call(
        client.POST('/api/applications/{id}/experts', { params: { path: { id: application.id } }, body: { expertUserIds: chosen } }),
      );
      onAssigned();
    } catch (e) {
      setError(e instanceof ApiError ? e.describe() : String(e));
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal
      open
      title={t('assignTitle')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ disabled: !chosen.length, 'data-testid': 'assign-ok' } as never}
      okText={c('confirm')}
      cancelText={c('cancel')}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12, whiteSpace: 'pre-line' }} />}
      {items.length === 0 && !cands.isLoading && <Empty />}
      <Checkbox.Group
        value={[...already, ...chosen]}
        onChange={(v) => setChosen((v as string[]).filter((x) => !already.includes(x)))}
        style={{ width: '100%' }}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {items.map((x) => (
            <Checkbox key={x.userId} value={x.userId} disabled={x.assigned || x.conflict} data-testid={`candidate-${x.username}`}>
              <Space>
                {x.displayName}
                <Typography.Text type="secondary">{x.organisationName}</Typography.Text>
                {x.conflict && <Tag color="red">{t('conflict')}</Tag>}
                {x.assigned && <Tag color="green">{t('alreadyAssigned')}</Tag>}
              </Space>
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    </Modal>
  );
}
