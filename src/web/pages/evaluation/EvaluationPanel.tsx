import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import { CheckOutlined, PaperClipOutlined, ReloadOutlined, SyncOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, call, client, formData } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useT } from '../../i18n/index.js';
import { downloadCsv } from '../../components/exportCsv.js';
import { evaluationLabels, fmt, type EvaluationItemView } from './labels.js';

const messages = {
  'zh-CN': {
    element: '评价要素',
    item: '评价指标',
    kind: '类别',
    source: '评分方式',
    inputs: '输入（指标值 / 专家 / 证据）',
    score: '得分',
    action: '填写',
    asOf: '截至 {d}',
    noValue: '暂无数据',
    notRegistered: '指标未接入',
    na: '不适用',
    naReason: '不适用的理由',
    refresh: '刷新自动指标',
    submit: '提交',
    close: '关闭并冻结',
    recompute: '按冻结输入重算',
    identical: '重算结果与关闭时一致：{s} 分',
    different: '重算结果与关闭时不同！',
    preview: '当前批次得分',
    frozenScore: '批次得分（已冻结）',
    missing: '尚未完成 {n} 项：{list}',
    experts: '评价专家',
    assign: '分配专家',
    conflict: '利益冲突',
    evidence: '证据',
    upload: '上传证据',
    saved: '已保存',
    selfBy: '{name} 自评',
    myScore: '我的评分',
    comment: '意见',
    overall: '总体意见',
    saveDraft: '保存',
    submitScores: '提交评分',
    submittedScores: '评分已提交',
    stage: '评价阶段',
    date: '评价日期',
    status: '状态',
    scheme: '评价方案',
    export: '导出',
    passed: '满足',
    failed: '不满足',
    closedAt: '关闭于 {d}',
  },
  en: {
    element: 'Element',
    item: 'Item',
    kind: 'Kind',
    source: 'Scored by',
    inputs: 'Inputs (indicator / experts / evidence)',
    score: 'Score',
    action: 'Enter',
    asOf: 'as of {d}',
    noValue: 'No data',
    notRegistered: 'Indicator not available',
    na: 'N/A',
    naReason: 'Why is it not applicable?',
    refresh: 'Refresh indicators',
    submit: 'Submit',
    close: 'Close and freeze',
    recompute: 'Recompute from frozen inputs',
    identical: 'Recomputed identically: {s}',
    different: 'Recomputed result differs!',
    preview: 'Batch score now',
    frozenScore: 'Batch score (frozen)',
    missing: '{n} items open: {list}',
    experts: 'Experts',
    assign: 'Assign experts',
    conflict: 'Conflict of interest',
    evidence: 'Evidence',
    upload: 'Upload evidence',
    saved: 'Saved',
    selfBy: 'self-score by {name}',
    myScore: 'My score',
    comment: 'Comment',
    overall: 'Overall comment',
    saveDraft: 'Save',
    submitScores: 'Submit scores',
    submittedScores: 'Scores submitted',
    stage: 'Stage',
    date: 'Date',
    status: 'Status',
    scheme: 'Scheme',
    export: 'Export',
    passed: 'passed',
    failed: 'failed',
    closedAt: 'closed {d}',
  },
};

/** One evaluation: its items with every input, and the actions the signed-in user may take on it. */
export function EvaluationPanel({ evaluationId, asExpert = false }: { evaluationId: string; asExpert?: boolean }) {
  const t = useT(messages);
  const l = useT(evaluationLabels);
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const key = ['evaluation', 'detail', evaluationId];
  const q = useQuery({
    queryKey: key,
    queryFn: () => call(client.GET('/api/evaluation/evaluations/{id}', { params: { path: { id: evaluationId } } })),
  });
  const [naItem, setNaItem] = useState<EvaluationItemView | null>(null);
  const [naReason, setNaReason] = useState('');
  const [assigning, setAssigning] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [draft, setDraft] = useState<Record<string, { score?: number; comment?: string }>>({});
  const [overall, setOverall] = useState('');
  const candidates = useQuery({
    queryKey: ['evaluation', 'candidates', evaluationId],
    queryFn: () => call(client.GET('/api/evaluation/evaluations/{id}/experts/candidates', { params: { path: { id: evaluationId } } })),
    enabled: assigning,
  });

  const ev = q.data;
  if (!ev) return <Card loading />;
  const staff = me?.role === 'admin' || me?.role === 'regulator';
  const writer = staff || (me?.role === 'enterprise' && ev.kind === 'monthly_self');
  const open = ev.status !== 'closed';
  const mine = ev.experts.find((e) => e.userId === me?.id);

  async function act<T>(fn: () => Promise<T>, ok?: (r: T) => string | null) {
    try {
      const r = await fn();
      if (r && typeof r === 'object' && 'items' in (r as object) && 'status' in (r as object)) qc.setQueryData(key, r);
      else await qc.invalidateQueries({ queryKey: key });
      await qc.invalidateQueries({ queryKey: ['evaluation', 'project'] });
      const text = ok ? ok(r) : t('saved');
      if (text) message.success(text);
      return r;
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
      return undefined;
    }
  }

  const selfScorable = (i: EvaluationItemView) =>
    open && writer && (ev.kind === 'monthly_self' ? i.mode !== 'indicator' : i.mode === 'manual');
  const expertScorable = (i: EvaluationItemView) =>
    asExpert && open && i.mode === 'expert' && mine?.status === 'assigned' && i.entry?.type !== 'notApplicable';

  const inputs = (i: EvaluationItemView) => (
    <Space orientation="vertical" size={0} style={{ fontSize: 12 }}>
      {i.auto && (
        <span data-testid={`item-auto-${i.itemId}`}>
          <Typography.Text code>{i.auto.indicator}</Typography.Text> ={' '}
          <b>
            {i.auto.value === null
              ? i.auto.reason === 'indicator_not_registered'
                ? t('notRegistered')
                : t('noValue')
              : `${fmt(i.auto.value, 2)} ${i.unit ?? ''}`}
          </b>{' '}
          <Typography.Text type="secondary">{t('asOf', { d: i.auto.asOf.slice(0, 10) })}</Typography.Text>
        </span>
      )}
      {i.expertScores.map((s) => (
        <span key={s.expertUserId}>
          {s.expertName}: <b>{s.score}</b> {s.comment && <Typography.Text type="secondary">（{s.comment}）</Typography.Text>}
        </span>
      ))}
      {i.entry?.type === 'score' && (
        <span>
          {t('selfBy', { name: i.entry.byName })}: <b>{i.entry.score}</b>{' '}
          {i.entry.note && <Typography.Text type="secondary">（{i.entry.note}）</Typography.Text>}
        </span>
      )}
      {i.entry?.type === 'notApplicable' && <Tag>{`${l('notApplicable')}：${i.entry.reason}`}</Tag>}
      {ev.evidence
        .filter((e) => e.itemId === i.itemId)
        .map((e) => (
          <a key={e.id} href={`/api/evaluation/evaluations/${ev.id}/evidence/${e.id}`}>
            <PaperClipOutlined /> {e.fileName}
          </a>
        ))}
    </Space>
  );

  const columns = [
    {
      title: t('element'),
      dataIndex: 'elementName',
      width: 120,
      onCell: (r: EvaluationItemView, idx?: number) => ({
        rowSpan:
          idx !== undefined && idx > 0 && ev.items[idx - 1]!.elementId === r.elementId
            ? 0
            : ev.items.filter((x) => x.elementId === r.elementId).length,
      }),
      render: (v: string, r: EvaluationItemView) => (
        <Space orientation="vertical" size={0}>
          <b>{v}</b>
          <Typography.Text type="secondary">×{r.elementWeight}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('item'),
      dataIndex: 'name',
      render: (v: string, r: EvaluationItemView) => (
        <Space size={4} wrap>
          <Tag color={r.kind === 'control' ? 'red' : r.kind === 'bonus' ? 'gold' : 'blue'}>{l(r.kind)}</Tag>
          {v}
        </Space>
      ),
    },
    { title: t('source'), dataIndex: 'mode', width: 110, render: (v: EvaluationItemView['mode']) => l(v) },
    { title: t('inputs'), width: 300, render: (_: unknown, r: EvaluationItemView) => inputs(r) },
    {
      title: t('score'),
      width: 90,
      render: (_: unknown, r: EvaluationItemView) => (
        <span data-testid={`item-score-value-${r.itemId}`}>
          {r.score === null ? (
            r.entry?.type === 'notApplicable' ? (
              '—'
            ) : (
              ''
            )
          ) : (
            <Tooltip title={r.basis}>{`${fmt(r.score, 2)} / ${r.maxScore}`}</Tooltip>
          )}
          {r.passed === false && <Tag color="red">{t('failed')}</Tag>}
        </span>
      ),
    },
    ...(asExpert
      ? [
          {
            title: t('myScore'),
            width: 240,
            render: (_: unknown, r: EvaluationItemView) =>
              r.mode !== 'expert' ? null : expertScorable(r) ? (
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Select
                    data-testid={`expert-score-${r.itemId}`}
                    size="small"
                    style={{ width: 90 }}
                    value={draft[r.itemId]?.score ?? r.myScore?.score}
                    options={(r.allowedScores ?? [0, r.maxScore]).map((s) => ({ value: s, label: String(s) }))}
                    onChange={(v) => setDraft((d) => ({ ...d, [r.itemId]: { ...d[r.itemId], score: v } }))}
                  />
                  <Input
                    size="small"
                    placeholder={t('comment')}
                    value={draft[r.itemId]?.comment ?? r.myScore?.comment ?? ''}
                    onChange={(e) => setDraft((d) => ({ ...d, [r.itemId]: { ...d[r.itemId], comment: e.target.value } }))}
                  />
                </Space>
              ) : (
                (r.myScore?.score ?? null)
              ),
          },
        ]
      : [
          {
            title: t('action'),
            width: 230,
            render: (_: unknown, r: EvaluationItemView) =>
              !open || !writer ? null : (
                <Space size={4} wrap>
                  {selfScorable(r) &&
                    (r.allowedScores ? (
                      <Select
                        data-testid={`item-score-${r.itemId}`}
                        size="small"
                        style={{ width: 70 }}
                        value={r.entry?.type === 'score' ? r.entry.score : undefined}
                        options={r.allowedScores.map((s) => ({ value: s, label: String(s) }))}
                        onChange={(v) =>
                          act(
                            () =>
                              call(
                                client.PUT('/api/evaluation/evaluations/{id}/items/{itemId}', {
                                  params: { path: { id: ev.id, itemId: r.itemId } },
                                  body: { score: v },
                                }),
                              ),
                            () => null,
                          )
                        }
                      />
                    ) : (
                      <InputNumber
                        data-testid={`item-score-${r.itemId}`}
                        size="small"
                        min={0}
                        max={r.maxScore}
                        style={{ width: 70 }}
                        value={r.entry?.type === 'score' ? r.entry.score : undefined}
                        onBlur={(e) => {
                          const v = Number(e.target.value);
                          if (e.target.value !== '' && Number.isFinite(v))
                            void act(
                              () =>
                                call(
                                  client.PUT('/api/evaluation/evaluations/{id}/items/{itemId}', {
                                    params: { path: { id: ev.id, itemId: r.itemId } },
                                    body: { score: v },
                                  }),
                                ),
                              () => null,
                            );
                        }}
                      />
                    ))}
                  {(ev.kind === 'monthly_self' || staff) &&
                    (r.entry?.type === 'notApplicable' ? (
                      <Button
                        size="small"
                        onClick={() =>
                          act(() =>
                            call(
                              client.PUT('/api/evaluation/evaluations/{id}/items/{itemId}', {
                                params: { path: { id: ev.id, itemId: r.itemId } },
                                body: { score: null },
                              }),
                            ),
                          )
                        }
                      >
                        ↺
                      </Button>
                    ) : (
                      <Button
                        size="small"
                        data-testid={`item-na-${r.itemId}`}
                        onClick={() => {
                          setNaItem(r);
                          setNaReason('');
                        }}
                      >
                        {t('na')}
                      </Button>
                    ))}
                  <Upload
                    showUploadList={false}
                    accept=".pdf,.png,.jpg,.jpeg,.webp"
                    customRequest={async ({ file, onSuccess, onError }) => {
                      const r2 = await act(() =>
                        call(
                          client.POST('/api/evaluation/evaluations/{id}/evidence', {
                            params: { path: { id: ev.id }, query: { itemId: r.itemId } },
                            body: { file: file as Blob },
                            bodySerializer: formData,
                          }),
                        ),
                      );
                      if (r2) onSuccess?.(r2);
                      else onError?.(new Error('upload'));
                    }}
                  >
                    <Tooltip title={t('upload')}>
                      <Button size="small" icon={<UploadOutlined />} />
                    </Tooltip>
                  </Upload>
                </Space>
              ),
          },
        ]),
  ];

  const score = ev.status === 'closed' ? ev.score : (ev.preview?.score ?? null);
  return (
    <Card
      data-testid="evaluation-panel"
      title={
        <Space wrap>
          <span>{l(ev.kind)}</span>
          <Tag>{ev.period ?? ev.evaluatedOn}</Tag>
          {ev.stageName && <Tag color="green">{ev.stageName}</Tag>}
          <Tag color={ev.status === 'closed' ? 'purple' : ev.status === 'submitted' ? 'blue' : 'default'} data-testid="evaluation-status">
            {l(ev.status)}
          </Tag>
        </Space>
      }
      extra={
        <Space wrap>
          {open && writer && ev.stageId && (
            <Button
              icon={<ReloadOutlined />}
              data-testid="evaluation-refresh"
              onClick={() => act(() => call(client.POST('/api/evaluation/evaluations/{id}/refresh', { params: { path: { id: ev.id } } })))}
            >
              {t('refresh')}
            </Button>
          )}
          {ev.status === 'open' && writer && ev.kind === 'monthly_self' && (
            <Button
              type="primary"
              data-testid="evaluation-submit"
              onClick={() => act(() => call(client.POST('/api/evaluation/evaluations/{id}/submit', { params: { path: { id: ev.id } } })))}
            >
              {t('submit')}
            </Button>
          )}
          {open && writer && (ev.kind !== 'monthly_self' ? staff : true) && (
            <Popconfirm
              title={t('close')}
              onConfirm={() => act(() => call(client.POST('/api/evaluation/evaluations/{id}/close', { params: { path: { id: ev.id } } })))}
            >
              <Button
                type={ev.status === 'submitted' || ev.kind !== 'monthly_self' ? 'primary' : 'default'}
                data-testid="evaluation-close"
                disabled={ev.kind === 'monthly_self' && ev.status !== 'submitted'}
              >
                {t('close')}
              </Button>
            </Popconfirm>
          )}
          {ev.status === 'closed' && (
            <Button
              icon={<SyncOutlined />}
              data-testid="evaluation-recompute"
              onClick={() =>
                act(
                  () => call(client.POST('/api/evaluation/evaluations/{id}/recompute', { params: { path: { id: ev.id } } })),
                  (r) => (r.identical ? t('identical', { s: fmt(r.score, 2) }) : t('different')),
                )
              }
            >
              {t('recompute')}
            </Button>
          )}
          <Button
            onClick={() =>
              downloadCsv(
                `evaluation-${ev.period ?? ev.evaluatedOn}.csv`,
                [
                  { title: t('element'), value: (r: EvaluationItemView) => r.elementName },
                  { title: t('item'), value: (r) => r.name },
                  { title: t('kind'), value: (r) => l(r.kind) },
                  { title: t('source'), value: (r) => l(r.mode) },
                  { title: 'indicator', value: (r) => r.auto?.value ?? '' },
                  { title: 'asOf', value: (r) => r.auto?.asOf ?? '' },
                  { title: t('experts'), value: (r) => r.expertScores.map((s) => `${s.expertName}:${s.score}`).join(' ') },
                  { title: t('score'), value: (r) => r.score ?? '' },
                  { title: 'basis', value: (r) => r.basis ?? '' },
                ],
                ev.items,
              )
            }
          >
            {t('export')}
          </Button>
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('scheme')}>{`${ev.scheme.name} v${ev.scheme.version}`}</Descriptions.Item>
        <Descriptions.Item label={t('date')}>{ev.evaluatedOn}</Descriptions.Item>
        <Descriptions.Item label={ev.status === 'closed' ? t('frozenScore') : t('preview')}>
          <Statistic value={score === null ? '—' : fmt(score, 2)} valueStyle={{ fontSize: 20 }} data-testid="evaluation-score" />
        </Descriptions.Item>
      </Descriptions>
      {open && ev.missing.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="evaluation-missing"
          message={t('missing', {
            n: ev.missing.length,
            list: ev.missing
              .slice(0, 4)
              .map((m) => m.name)
              .join('；'),
          })}
        />
      )}
      {ev.issues.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={ev.issues.map((i) => `${i.path}: ${i.message}`).join('；')} />
      )}
      {ev.kind === 'stage_expert' && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="evaluation-experts">
          <b>{t('experts')}:</b>
          {ev.experts.map((e) => (
            <Tag
              key={e.userId}
              color={e.status === 'submitted' ? 'green' : 'default'}
              icon={e.status === 'submitted' ? <CheckOutlined /> : undefined}
            >
              {e.displayName}
            </Tag>
          ))}
          {staff && open && (
            <Button
              size="small"
              data-testid="evaluation-assign"
              onClick={() => {
                setChosen([]);
                setAssigning(true);
              }}
            >
              {t('assign')}
            </Button>
          )}
        </Space>
      )}
      <Table<EvaluationItemView>
        data-testid="evaluation-items"
        size="small"
        rowKey="itemId"
        dataSource={ev.items}
        pagination={false}
        columns={columns as never}
        scroll={{ x: 1000 }}
      />
      {asExpert && mine && (
        <div style={{ marginTop: 12 }}>
          {mine.status === 'submitted' ? (
            <Alert type="success" showIcon message={t('submittedScores')} />
          ) : (
            open && (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Input.TextArea
                  placeholder={t('overall')}
                  value={overall}
                  onChange={(e) => setOverall(e.target.value)}
                  autoSize={{ minRows: 2 }}
                  data-testid="expert-overall"
                />
                <Space>
                  <Button data-testid="expert-save" onClick={() => saveExpert(false)}>
                    {t('saveDraft')}
                  </Button>
                  <Popconfirm title={t('submitScores')} onConfirm={() => saveExpert(true)}>
                    <Button type="primary" data-testid="expert-submit">
                      {t('submitScores')}
                    </Button>
                  </Popconfirm>
                </Space>
              </Space>
            )
          )}
        </div>
      )}
      <Modal
        open={!!naItem}
        title={naItem?.name}
        onCancel={() => setNaItem(null)}
        okButtonProps={{ disabled: !naReason.trim(), 'data-testid': 'na-ok' } as never}
        onOk={async () => {
          const item = naItem!;
          setNaItem(null);
          await act(() =>
            call(
              client.PUT('/api/evaluation/evaluations/{id}/items/{itemId}', {
                params: { path: { id: ev.id, itemId: item.itemId } },
                body: { notApplicable: true, reason: naReason },
              }),
            ),
          );
        }}
      >
        <Input.TextArea
          data-testid="na-reason"
          placeholder={t('naReason')}
          value={naReason}
          onChange={(e) => setNaReason(e.target.value)}
        />
      </Modal>
      <Modal
        open={assigning}
        title={t('assign')}
        onCancel={() => setAssigning(false)}
        okButtonProps={{ disabled: !chosen.length, 'data-testid': 'assign-ok' } as never}
        onOk={async () => {
          const r = await act(() =>
            call(
              client.POST('/api/evaluation/evaluations/{id}/experts', { params: { path: { id: ev.id } }, body: { expertUserIds: chosen } }),
            ),
          );
          if (r) setAssigning(false);
        }}
      >
        <Select
          data-testid="assign-experts"
          mode="multiple"
          style={{ width: '100%' }}
          value={chosen}
          onChange={setChosen}
          optionFilterProp="label"
          options={(candidates.data?.items ?? [])
            .filter((c) => !c.assigned)
            .map((c) => ({
              value: c.userId,
              disabled: c.conflict,
              label: `${c.displayName}（${c.username}）${c.conflict ? ` · ${t('conflict')}` : ''}`,
            }))}
        />
      </Modal>
    </Card>
  );

  async function saveExpert(submit: boolean) {
    const scores = ev!.items
      .filter((i) => i.mode === 'expert' && i.entry?.type !== 'notApplicable')
      .map((i) => ({
        itemId: i.itemId,
        score: draft[i.itemId]?.score ?? i.myScore?.score,
        comment: draft[i.itemId]?.comment ?? i.myScore?.comment ?? null,
      }))
      .filter((s): s is { itemId: string; score: number; comment: string | null } => s.score !== undefined);
    const r = await act(() =>
      call(
        client.PUT('/api/evaluation/evaluations/{id}/expert-scores', {
          params: { path: { id: ev!.id } },
          body: { scores, comment: overall || null, submit },
        }),
      ),
    );
    if (r) await qc.invalidateQueries({ queryKey: ['evaluation', 'mine'] });
  }
}
