import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
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
  InputNumber,
  Modal,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { CheckOutlined, DeleteOutlined, EditOutlined, PlusOutlined, RollbackOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { ApiError, call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { ProjectHeader } from '../projects/ProjectHeader.js';
import {
  aspectLabels,
  aspects,
  directionLabels,
  fmt,
  stageLabels,
  stages,
  statusColors,
  statusLabels,
  type Aspect,
  type PickedMeasure,
  type PlanVersion,
  type PlanView,
  type Stage,
  type Target,
} from './labels.js';
import { validFields } from '../../components/forms.js';

const messages = {
  'zh-CN': {
    title: '绿色策划',
    edit: '编制/修改策划',
    save: '保存草稿',
    cancel: '放弃修改',
    submit: '提交审核',
    withdraw: '撤回',
    approve: '审核通过',
    return: '退回修改',
    comment: '审核意见',
    commentRequired: '退回时请填写意见',
    confirm: '确定',
    current: '当前生效版本',
    working: '修改稿',
    version: '第 {n} 版',
    noPlan: '该项目尚未编制绿色策划',
    noPlanHint: '项目企业点击“编制/修改策划”，按五个方面填写目标并从措施库选取措施，保存后提交主管部门或专家审核。',
    approvedAt: '批准时间',
    reviewedBy: '审核人',
    pendingChange: '修改稿（第 {n} 版）{status}，批准前仍以第 {m} 版为准。',
    returned: '已退回：{comment}',
    summary: '策划说明',
    targets: '目标',
    measures: '措施',
    addTarget: '添加目标',
    addMeasure: '选用措施',
    indicator: '关联指标',
    freeText: '不关联（自定义目标）',
    name: '目标名称',
    targetValue: '目标值',
    unit: '单位',
    direction: '方向',
    dueStage: '完成阶段',
    dueDate: '完成日期',
    note: '说明',
    actual: '实际',
    met: '达标情况',
    metYes: '达标',
    metNo: '未达标',
    metNone: '暂无数据',
    notLinked: '不由平台计量',
    measure: '措施',
    responsible: '责任单位',
    code: '编号',
    history: '版本历史',
    status: '状态',
    createdAt: '创建时间',
    createdBy: '编制人',
    compare: '与上一版比较',
    diffTitle: '第 {a} 版 → 第 {b} 版 目标变化',
    added: '新增',
    removed: '删除',
    changed: '修改',
    noChange: '目标无变化',
    saved: '已保存草稿',
    done: '操作成功',
    editing: '正在编辑：保存后生成草稿；已批准的策划修改后需重新审核，批准前原版本继续有效。',
    remove: '移除',
    empty: '暂无',
  },
  en: {
    title: 'Green plan',
    edit: 'Draft / change plan',
    save: 'Save draft',
    cancel: 'Discard changes',
    submit: 'Submit for review',
    withdraw: 'Withdraw',
    approve: 'Approve',
    return: 'Return',
    comment: 'Review comment',
    commentRequired: 'Give a comment when returning',
    confirm: 'OK',
    current: 'Current version',
    working: 'Change in progress',
    version: 'Version {n}',
    noPlan: 'This project has no green plan yet',
    noPlanHint: 'The project enterprise drafts targets for the five aspects and picks measures from the library, then submits for review.',
    approvedAt: 'Approved',
    reviewedBy: 'Reviewer',
    pendingChange: 'Version {n} is {status}; version {m} stays current until it is approved.',
    returned: 'Returned: {comment}',
    summary: 'Summary',
    targets: 'Targets',
    measures: 'Measures',
    addTarget: 'Add target',
    addMeasure: 'Pick measure',
    indicator: 'Linked indicator',
    freeText: 'None (free-text target)',
    name: 'Target',
    targetValue: 'Target value',
    unit: 'Unit',
    direction: 'Direction',
    dueStage: 'Due stage',
    dueDate: 'Due date',
    note: 'Note',
    actual: 'Actual',
    met: 'Met',
    metYes: 'Met',
    metNo: 'Not met',
    metNone: 'No data yet',
    notLinked: 'Not measured by the platform',
    measure: 'Measure',
    responsible: 'Responsible',
    code: 'Code',
    history: 'Version history',
    status: 'Status',
    createdAt: 'Created',
    createdBy: 'Drafted by',
    compare: 'Compare with previous',
    diffTitle: 'Version {a} → {b}: target changes',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    noChange: 'No target changes',
    saved: 'Draft saved',
    done: 'Done',
    editing: 'Editing: saving makes a draft; an approved plan needs approval again and stays current until then.',
    remove: 'Remove',
    empty: 'None',
  },
};

// A target being edited has no server-computed fields until the draft is saved.
type Computed = 'id' | 'indicatorName' | 'actual' | 'met';
type EditTarget = Omit<Target, Computed> & Partial<Pick<Target, Computed>>;
type EditAspect = { summary: string | null; targets: EditTarget[]; measures: PickedMeasure[] };
type Edit = Record<Aspect, EditAspect>;

const toEdit = (v: PlanVersion | null): Edit => {
  const e = {} as Edit;
  for (const a of aspects) {
    const src = v?.aspects.find((x) => x.aspect === a);
    e[a] = {
      summary: src?.summary ?? null,
      targets: src?.targets.map((t) => ({ ...t })) ?? [],
      measures: src?.measures.map((m) => ({ ...m })) ?? [],
    };
  }
  return e;
};

const toInput = (e: Edit) => ({
  aspects: Object.fromEntries(
    aspects.map((a) => [
      a,
      {
        summary: e[a].summary,
        targets: e[a].targets.map((t) => ({
          indicatorKey: t.indicatorKey,
          name: t.name,
          targetValue: t.targetValue,
          unit: t.unit,
          direction: t.direction,
          dueStage: t.dueStage,
          dueDate: t.dueDate,
          note: t.note,
        })),
        measures: e[a].measures.map((m) => ({
          measureId: m.measureId,
          responsibleOrganisationId: m.responsibleOrganisationId,
          dueStage: m.dueStage,
          note: m.note,
        })),
      },
    ]),
  ),
});

/** Target changes between two versions, matched by target id (kept across versions) or indicator and name. */
function diffTargets(a: PlanVersion, b: PlanVersion) {
  const flat = (v: PlanVersion) => v.aspects.flatMap((x) => x.targets.map((t) => ({ ...t, aspect: x.aspect })));
  const before = flat(a);
  const after = flat(b);
  const key = (t: Target & { aspect: Aspect }) => t.id ?? `${t.aspect}|${t.indicatorKey}|${t.name}`;
  const rows: Array<{ key: string; aspect: Aspect; name: string; kind: 'added' | 'removed' | 'changed'; before: string; after: string }> =
    [];
  const show = (t?: Target) => (t ? `${t.targetValue} ${t.unit}${t.dueDate ? ` · ${t.dueDate}` : ''}` : '—');
  for (const t of after) {
    const o = before.find((x) => key(x) === key(t));
    if (!o) rows.push({ key: `+${key(t)}`, aspect: t.aspect, name: t.name, kind: 'added', before: '—', after: show(t) });
    else if (
      o.targetValue !== t.targetValue ||
      o.unit !== t.unit ||
      o.dueDate !== t.dueDate ||
      o.direction !== t.direction ||
      o.name !== t.name
    )
      rows.push({ key: `~${key(t)}`, aspect: t.aspect, name: t.name, kind: 'changed', before: show(o), after: show(t) });
  }
  for (const o of before)
    if (!after.some((t) => key(t) === key(o)))
      rows.push({ key: `-${key(o)}`, aspect: o.aspect, name: o.name, kind: 'removed', before: show(o), after: '—' });
  return rows;
}

/** 绿色策划 of one project: five aspects with targets against live indicators, measures, workflow and versions. */
export function ProjectPlanPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const { lang } = useLanguage();
  const { message, notification } = AntApp.useApp();
  const qc = useQueryClient();
  const key = ['planning', 'plan', id];
  const q = useQuery({
    queryKey: key,
    queryFn: () => call(client.GET('/api/planning/projects/{projectId}/plan', { params: { path: { projectId: id } } })),
  });
  const indicators = useQuery({
    queryKey: ['planning', 'indicators'],
    queryFn: () => call(client.GET('/api/planning/indicator-options')),
    staleTime: 300_000,
  });
  const library = useQuery({
    queryKey: ['planning', 'measures', q.data?.project.regionCode],
    queryFn: () => call(client.GET('/api/planning/measures', { params: { query: { regionCode: q.data!.project.regionCode } } })),
    enabled: !!q.data,
  });
  const [edit, setEdit] = useState<Edit | null>(null);
  const [shown, setShown] = useState<'current' | 'draft'>('draft');
  const [aspect, setAspect] = useState<Aspect>('design');
  const [targetModal, setTargetModal] = useState<{ index: number | null } | null>(null);
  const [measureModal, setMeasureModal] = useState(false);
  const [review, setReview] = useState<'approve' | 'return' | null>(null);
  const [compare, setCompare] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [targetForm] = Form.useForm();
  const [measureForm] = Form.useForm();
  const [reviewForm] = Form.useForm();

  const fail = (e: unknown) =>
    notification.error({
      message: e instanceof ApiError ? e.message : String(e),
      description:
        e instanceof ApiError ? (
          <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{e.details.map((d) => `${d.path}: ${d.message}`).join('\n')}</pre>
        ) : undefined,
    });
  const run = async (fn: () => Promise<PlanView>, ok: string) => {
    setBusy(true);
    try {
      const view = await fn();
      qc.setQueryData(key, view);
      qc.invalidateQueries({ queryKey: ['planning', 'plans'] });
      message.success(ok);
      return true;
    } catch (e) {
      fail(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const view = q.data;
  const version = edit ? null : shown === 'current' ? (view?.current ?? view?.draft ?? null) : (view?.draft ?? view?.current ?? null);
  const indicatorByKey = useMemo(() => new Map((indicators.data?.items ?? []).map((i) => [i.key, i])), [indicators.data]);
  const orgName = (orgId: string | null) => view?.participants.find((p) => p.organisationId === orgId)?.organisationName ?? null;

  const linkedIndicator = Form.useWatch('indicatorKey', targetForm) as string | undefined;
  if (!view) return <ProjectHeader projectId={id} />;

  const content: EditAspect = edit
    ? edit[aspect]
    : (version?.aspects.find((a) => a.aspect === aspect) ?? { summary: null, targets: [], measures: [] });
  const setAspectContent = (fn: (a: EditAspect) => EditAspect) => setEdit((e) => (e ? { ...e, [aspect]: fn(e[aspect]) } : e));

  const metTag = (tg: EditTarget) => {
    if (!tg.indicatorKey) return <Typography.Text type="secondary">{t('notLinked')}</Typography.Text>;
    if (edit) return null;
    if (tg.met === true)
      return (
        <Tag color="green" data-testid="target-met">
          {t('metYes')}
        </Tag>
      );
    if (tg.met === false)
      return (
        <Tag color="red" data-testid="target-unmet">
          {t('metNo')}
        </Tag>
      );
    return <Tag>{t('metNone')}</Tag>;
  };

  const targetColumns = [
    { title: t('name'), dataIndex: 'name', key: 'name' },
    {
      title: t('indicator'),
      key: 'indicator',
      render: (_: unknown, r: EditTarget) =>
        r.indicatorKey ? (indicatorByKey.get(r.indicatorKey)?.name[lang] ?? r.indicatorName ?? r.indicatorKey) : '—',
    },
    {
      title: t('targetValue'),
      key: 'target',
      render: (_: unknown, r: EditTarget) => `${directionLabels[lang][r.direction]} ${r.targetValue} ${r.unit}`,
    },
    {
      title: t('actual'),
      key: 'actual',
      render: (_: unknown, r: EditTarget) =>
        r.indicatorKey && !edit ? `${fmt(r.actual)}${r.actual !== null && r.actual !== undefined ? ` ${r.unit}` : ''}` : '—',
    },
    { title: t('met'), key: 'met', render: (_: unknown, r: EditTarget) => metTag(r) },
    {
      title: t('dueStage'),
      key: 'dueStage',
      render: (_: unknown, r: EditTarget) => (r.dueStage ? stageLabels[lang][r.dueStage as Stage] : '—'),
    },
    { title: t('dueDate'), dataIndex: 'dueDate', key: 'dueDate', render: (v: string | null) => v ?? '—' },
    ...(edit
      ? [
          {
            title: '',
            key: 'ops',
            render: (_: unknown, _r: EditTarget, i: number) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} data-testid={`target-edit-${i}`} onClick={() => openTarget(i)} />
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  data-testid={`target-remove-${i}`}
                  onClick={() => setAspectContent((a) => ({ ...a, targets: a.targets.filter((_x, j) => j !== i) }))}
                />
              </Space>
            ),
          },
        ]
      : []),
  ];

  const measureColumns = [
    { title: t('code'), dataIndex: 'measureCode', key: 'code', width: 120 },
    { title: t('measure'), dataIndex: 'measureTitle', key: 'title' },
    {
      title: t('responsible'),
      key: 'resp',
      render: (_: unknown, r: PickedMeasure) => r.responsibleOrganisationName ?? orgName(r.responsibleOrganisationId) ?? '—',
    },
    {
      title: t('dueStage'),
      key: 'stage',
      render: (_: unknown, r: PickedMeasure) => (r.dueStage ? stageLabels[lang][r.dueStage as Stage] : '—'),
    },
    { title: t('note'), dataIndex: 'note', key: 'note', render: (v: string | null) => v ?? '' },
    ...(edit
      ? [
          {
            title: '',
            key: 'ops',
            render: (_: unknown, _r: PickedMeasure, i: number) => (
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                data-testid={`measure-remove-${i}`}
                onClick={() => setAspectContent((a) => ({ ...a, measures: a.measures.filter((_x, j) => j !== i) }))}
              />
            ),
          },
        ]
      : []),
  ];

  function openTarget(index: number | null) {
    const cur = index === null ? null : content.targets[index]!;
    targetForm.resetFields();
    targetForm.setFieldsValue(
      cur
        ? { ...cur, indicatorKey: cur.indicatorKey ?? '', dueDate: cur.dueDate ? dayjs(cur.dueDate) : null }
        : {
            indicatorKey: '',
            direction: 'higherIsBetter',
            dueStage: aspect === 'delivery' ? 'delivery' : aspect === 'design' ? 'design' : 'construction',
          },
    );
    setTargetModal({ index });
  }

  async function saveTarget() {
    const v = await validFields(targetForm);
    if (!v) return;
    const key = v.indicatorKey || null;
    const def = key ? indicatorByKey.get(key) : undefined;
    const tg: EditTarget = {
      indicatorKey: key,
      name: v.name,
      targetValue: v.targetValue,
      unit: def ? def.unit : v.unit,
      direction: def ? def.direction : v.direction,
      dueStage: v.dueStage ?? null,
      dueDate: v.dueDate ? dayjs(v.dueDate).format('YYYY-MM-DD') : null,
      note: v.note ?? null,
    };
    const index = targetModal?.index ?? null;
    setAspectContent((a) => ({
      ...a,
      targets: index === null ? [...a.targets, tg] : a.targets.map((x, i) => (i === index ? { ...x, ...tg } : x)),
    }));
    setTargetModal(null);
  }

  async function saveMeasure() {
    const v = await validFields(measureForm);
    if (!v) return;
    const m = library.data?.items.find((x) => x.id === v.measureId);
    if (!m) return;
    setAspectContent((a) => ({
      ...a,
      measures: [
        ...a.measures,
        {
          measureId: m.id,
          measureCode: m.code,
          measureTitle: m.title,
          responsibleOrganisationId: v.responsibleOrganisationId ?? null,
          responsibleOrganisationName: orgName(v.responsibleOrganisationId ?? null),
          dueStage: v.dueStage ?? m.defaultStage ?? null,
          note: v.note ?? null,
        },
      ],
    }));
    setMeasureModal(false);
  }

  const linkedDef = linkedIndicator ? indicatorByKey.get(linkedIndicator) : undefined;

  const p = view.permissions;
  const actions = edit ? (
    <>
      <Button
        type="primary"
        loading={busy}
        data-testid="plan-save"
        onClick={async () =>
          (await run(
            () => call(client.PUT('/api/planning/projects/{projectId}/plan', { params: { path: { projectId: id } }, body: toInput(edit) })),
            t('saved'),
          )) && (setEdit(null), setShown('draft'))
        }
      >
        {t('save')}
      </Button>
      <Button data-testid="plan-cancel" onClick={() => setEdit(null)}>
        {t('cancel')}
      </Button>
    </>
  ) : (
    <>
      {p.edit && (
        <Button icon={<EditOutlined />} data-testid="plan-edit" onClick={() => setEdit(toEdit(view.draft ?? view.current))}>
          {t('edit')}
        </Button>
      )}
      {p.submit && (
        <Popconfirm
          title={t('submit')}
          onConfirm={() =>
            run(
              () => call(client.POST('/api/planning/projects/{projectId}/plan/submit', { params: { path: { projectId: id } }, body: {} })),
              t('done'),
            )
          }
          okButtonProps={{ 'data-testid': 'plan-submit-confirm' } as never}
        >
          <Button type="primary" icon={<SendOutlined />} loading={busy} data-testid="plan-submit">
            {t('submit')}
          </Button>
        </Popconfirm>
      )}
      {p.withdraw && (
        <Button
          icon={<UndoOutlined />}
          loading={busy}
          data-testid="plan-withdraw"
          onClick={() =>
            run(
              () =>
                call(client.POST('/api/planning/projects/{projectId}/plan/withdraw', { params: { path: { projectId: id } }, body: {} })),
              t('done'),
            )
          }
        >
          {t('withdraw')}
        </Button>
      )}
      {p.review && (
        <>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            data-testid="plan-approve"
            onClick={() => (reviewForm.resetFields(), setReview('approve'))}
          >
            {t('approve')}
          </Button>
          <Button
            danger
            icon={<RollbackOutlined />}
            data-testid="plan-return"
            onClick={() => (reviewForm.resetFields(), setReview('return'))}
          >
            {t('return')}
          </Button>
        </>
      )}
    </>
  );

  const history = view.history;
  const compareRows =
    compare !== null
      ? (() => {
          const b = history.find((h) => h.version === compare);
          const a = history.find((h) => h.version === compare - 1);
          return a && b ? diffTargets(a, b) : [];
        })()
      : [];

  return (
    <>
      <ProjectHeader projectId={id} extra={actions} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      {!view.current && !view.draft && !edit && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('noPlan')}
          description={t('noPlanHint')}
          data-testid="plan-empty"
        />
      )}
      {edit && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('editing')} />}
      {!edit && view.draft?.status === 'returned' && view.draft.reviewComment && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('returned', { comment: view.draft.reviewComment })}
          data-testid="plan-returned"
        />
      )}
      {!edit && view.current && view.draft && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('pendingChange', { n: view.draft.version, status: statusLabels[lang][view.draft.status], m: view.current.version })}
        />
      )}
      {!edit && (view.current || view.draft) && (
        <Space style={{ marginBottom: 16 }} wrap>
          {view.current && view.draft && (
            <Segmented
              data-testid="plan-version-switch"
              value={shown}
              onChange={(v) => setShown(v as 'current' | 'draft')}
              options={[
                { value: 'current', label: `${t('current')}（${t('version', { n: view.current.version })}）` },
                { value: 'draft', label: `${t('working')}（${t('version', { n: view.draft.version })}）` },
              ]}
            />
          )}
          {version && (
            <Descriptions size="small" column={4}>
              <Descriptions.Item label={t('status')}>
                <Tag color={statusColors[version.status]} data-testid="plan-status">
                  {statusLabels[lang][version.status]}
                </Tag>
                {t('version', { n: version.version })}
              </Descriptions.Item>
              {version.approvedAt && (
                <Descriptions.Item label={t('approvedAt')}>{dayjs(version.approvedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
              )}
              {version.reviewedByName && <Descriptions.Item label={t('reviewedBy')}>{version.reviewedByName}</Descriptions.Item>}
            </Descriptions>
          )}
        </Space>
      )}
      {(edit || version) && (
        <Card>
          <Tabs
            activeKey={aspect}
            onChange={(k) => setAspect(k as Aspect)}
            items={aspects.map((a) => {
              const src = edit ? edit[a] : version?.aspects.find((x) => x.aspect === a);
              const n = (src?.targets.length ?? 0) + (src?.measures.length ?? 0);
              return {
                key: a,
                label: (
                  <span data-testid={`aspect-tab-${a}`}>
                    {aspectLabels[lang][a]}
                    {n ? ` (${n})` : ''}
                  </span>
                ),
              };
            })}
          />
          <Typography.Text strong>{t('summary')}</Typography.Text>
          {edit ? (
            <Input.TextArea
              rows={2}
              value={content.summary ?? ''}
              data-testid="aspect-summary"
              onChange={(e) => setAspectContent((a) => ({ ...a, summary: e.target.value }))}
              style={{ margin: '8px 0 16px' }}
            />
          ) : (
            <Typography.Paragraph style={{ margin: '8px 0 16px' }}>{content.summary || t('empty')}</Typography.Paragraph>
          )}
          <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
            <Typography.Text strong>{t('targets')}</Typography.Text>
            {edit && (
              <Button size="small" icon={<PlusOutlined />} data-testid="add-target" onClick={() => openTarget(null)}>
                {t('addTarget')}
              </Button>
            )}
          </Space>
          <Table<EditTarget>
            size="small"
            rowKey={(r) => r.id ?? `${r.indicatorKey}|${r.name}`}
            dataSource={content.targets}
            columns={targetColumns}
            pagination={false}
            data-testid="plan-targets"
          />
          <Space style={{ width: '100%', justifyContent: 'space-between', margin: '16px 0 8px' }}>
            <Typography.Text strong>{t('measures')}</Typography.Text>
            {edit && (
              <Button
                size="small"
                icon={<PlusOutlined />}
                data-testid="add-measure"
                onClick={() => (measureForm.resetFields(), setMeasureModal(true))}
              >
                {t('addMeasure')}
              </Button>
            )}
          </Space>
          <Table<PickedMeasure>
            size="small"
            rowKey="measureId"
            dataSource={content.measures}
            columns={measureColumns}
            pagination={false}
            data-testid="plan-measures"
          />
        </Card>
      )}

      {history.length > 0 && !edit && (
        <Card title={t('history')} style={{ marginTop: 16 }} data-testid="plan-history">
          <Table<PlanVersion>
            size="small"
            rowKey="id"
            dataSource={history}
            pagination={false}
            columns={[
              { title: '#', dataIndex: 'version', key: 'v', width: 60 },
              {
                title: t('status'),
                key: 's',
                render: (_: unknown, r) => <Tag color={statusColors[r.status]}>{statusLabels[lang][r.status]}</Tag>,
              },
              { title: t('createdAt'), key: 'c', render: (_: unknown, r) => dayjs(r.createdAt).format('YYYY-MM-DD HH:mm') },
              { title: t('createdBy'), dataIndex: 'createdByName', key: 'cb' },
              { title: t('reviewedBy'), dataIndex: 'reviewedByName', key: 'rb' },
              { title: t('comment'), dataIndex: 'reviewComment', key: 'rc' },
              {
                title: '',
                key: 'cmp',
                render: (_: unknown, r) =>
                  r.version > 1 ? (
                    <Button size="small" data-testid={`plan-compare-${r.version}`} onClick={() => setCompare(r.version)}>
                      {t('compare')}
                    </Button>
                  ) : null,
              },
            ]}
          />
          {compare !== null && (
            <div style={{ marginTop: 16 }} data-testid="plan-diff">
              <Typography.Text strong>{t('diffTitle', { a: compare - 1, b: compare })}</Typography.Text>
              {compareRows.length ? (
                <Table
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={compareRows}
                  columns={[
                    {
                      title: '',
                      key: 'k',
                      render: (_: unknown, r) => (
                        <Tag color={r.kind === 'added' ? 'green' : r.kind === 'removed' ? 'red' : 'gold'}>{t(r.kind)}</Tag>
                      ),
                    },
                    { title: '', key: 'a', render: (_: unknown, r) => aspectLabels[lang][r.aspect] },
                    { title: t('name'), dataIndex: 'name', key: 'n' },
                    { title: t('version', { n: compare - 1 }), dataIndex: 'before', key: 'b' },
                    { title: t('version', { n: compare }), dataIndex: 'after', key: 'af' },
                  ]}
                />
              ) : (
                <Empty description={t('noChange')} />
              )}
            </div>
          )}
        </Card>
      )}

      <Modal
        open={!!targetModal}
        title={t('addTarget')}
        onCancel={() => setTargetModal(null)}
        onOk={saveTarget}
        okText={t('confirm')}
        okButtonProps={{ 'data-testid': 'target-ok' } as never}
        destroyOnHidden
        forceRender
      >
        <Form form={targetForm} layout="vertical" data-testid="target-form">
          <Form.Item name="indicatorKey" label={t('indicator')}>
            <Select
              data-testid="target-indicator"
              virtual={false}
              showSearch
              optionFilterProp="label"
              onChange={(k: string) => {
                const def = indicatorByKey.get(k);
                if (def)
                  targetForm.setFieldsValue({
                    unit: def.unit,
                    direction: def.direction,
                    name: targetForm.getFieldValue('name') || def.name[lang],
                  });
              }}
              options={[
                { value: '', label: t('freeText') },
                ...(indicators.data?.items ?? []).map((i) => ({ value: i.key, label: `${i.name[lang]}（${i.unit}）` })),
              ]}
            />
          </Form.Item>
          <Form.Item name="name" label={t('name')} rules={[{ required: true }]}>
            <Input data-testid="target-name" maxLength={200} />
          </Form.Item>
          <Space align="start" wrap>
            <Form.Item name="direction" label={t('direction')}>
              <Select
                disabled={!!linkedDef}
                style={{ width: 120 }}
                options={(['higherIsBetter', 'lowerIsBetter'] as const).map((d) => ({ value: d, label: directionLabels[lang][d] }))}
              />
            </Form.Item>
            <Form.Item name="targetValue" label={t('targetValue')} rules={[{ required: true }]}>
              <InputNumber data-testid="target-value" style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="unit" label={t('unit')} rules={[{ required: true }]}>
              <Input data-testid="target-unit" disabled={!!linkedDef} style={{ width: 120 }} maxLength={30} />
            </Form.Item>
          </Space>
          <Space align="start" wrap>
            <Form.Item name="dueStage" label={t('dueStage')}>
              <Select allowClear style={{ width: 140 }} options={stages.map((s) => ({ value: s, label: stageLabels[lang][s] }))} />
            </Form.Item>
            <Form.Item name="dueDate" label={t('dueDate')}>
              <DatePicker />
            </Form.Item>
          </Space>
          <Form.Item name="note" label={t('note')}>
            <Input maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={measureModal}
        title={t('addMeasure')}
        onCancel={() => setMeasureModal(false)}
        onOk={saveMeasure}
        okText={t('confirm')}
        okButtonProps={{ 'data-testid': 'measure-ok' } as never}
        destroyOnHidden
        forceRender
      >
        <Form form={measureForm} layout="vertical" data-testid="measure-form">
          <Form.Item name="measureId" label={t('measure')} rules={[{ required: true }]}>
            <Select
              data-testid="measure-select"
              virtual={false}
              showSearch
              optionFilterProp="label"
              onChange={(mid: string) =>
                measureForm.setFieldsValue({ dueStage: library.data?.items.find((m) => m.id === mid)?.defaultStage ?? undefined })
              }
              options={(library.data?.items ?? [])
                .filter((m) => m.aspect === aspect && !content.measures.some((x) => x.measureId === m.id))
                .map((m) => ({ value: m.id, label: `${m.code} ${m.title}` }))}
            />
          </Form.Item>
          <Form.Item name="responsibleOrganisationId" label={t('responsible')}>
            <Select
              allowClear
              virtual={false}
              data-testid="measure-responsible"
              options={view.participants.map((o) => ({ value: o.organisationId, label: o.organisationName }))}
            />
          </Form.Item>
          <Form.Item name="dueStage" label={t('dueStage')}>
            <Select allowClear options={stages.map((s) => ({ value: s, label: stageLabels[lang][s] }))} />
          </Form.Item>
          <Form.Item name="note" label={t('note')}>
            <Input maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={!!review}
        title={review === 'approve' ? t('approve') : t('return')}
        onCancel={() => setReview(null)}
        okText={t('confirm')}
        okButtonProps={{ 'data-testid': 'plan-review-confirm', loading: busy } as never}
        onOk={async () => {
          const v = await validFields(reviewForm);
          if (!v) return;
          const action = review!;
          if (
            await run(
              () =>
                call(
                  client.POST(
                    action === 'approve'
                      ? '/api/planning/projects/{projectId}/plan/approve'
                      : '/api/planning/projects/{projectId}/plan/return',
                    { params: { path: { projectId: id } }, body: { comment: v.comment || null } },
                  ),
                ),
              t('done'),
            )
          )
            setReview(null);
        }}
        destroyOnHidden
        forceRender
      >
        <Form form={reviewForm} layout="vertical">
          <Form.Item
            name="comment"
            label={t('comment')}
            rules={review === 'return' ? [{ required: true, message: t('commentRequired') }] : []}
          >
            <Input.TextArea rows={3} data-testid="plan-review-comment" maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
