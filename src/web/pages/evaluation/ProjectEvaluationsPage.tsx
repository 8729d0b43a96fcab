import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Col, DatePicker, Modal, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { FilePdfOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { ProjectHeader } from '../projects/ProjectHeader.js';
import { EvaluationPanel } from './EvaluationPanel.js';
import { evaluationLabels, fmt, gradeColor, type EvaluationSummary } from './labels.js';

const messages = {
  'zh-CN': {
    result: '项目评价结果',
    none: '尚无已关闭的评价',
    provisional: '暂定：阶段未全部覆盖',
    final: '最终评价',
    evaluations: '评价记录',
    openMonthly: '开启月度自评',
    openStage: '开启阶段专家评价',
    openFinal: '开启最终评价',
    month: '月份',
    stage: '评价阶段',
    kind: '类型',
    period: '期间/日期',
    status: '状态',
    score: '得分',
    scheme: '评价方案',
    changeScheme: '指定方案',
    pdf: '评价报告 PDF',
    excel: '评价报告 Excel',
    stages: '阶段得分',
    weight: '权重',
    batches: '批次',
  },
  en: {
    result: 'Project result',
    none: 'No closed evaluation yet',
    provisional: 'Provisional: not every stage evaluated',
    final: 'Final evaluation',
    evaluations: 'Evaluations',
    openMonthly: 'Open monthly self-evaluation',
    openStage: 'Open stage expert evaluation',
    openFinal: 'Open final evaluation',
    month: 'Month',
    stage: 'Stage',
    kind: 'Kind',
    period: 'Period / date',
    status: 'Status',
    score: 'Score',
    scheme: 'Scheme',
    changeScheme: 'Set scheme',
    pdf: 'Report PDF',
    excel: 'Report Excel',
    stages: 'Stage scores',
    weight: 'Weight',
    batches: 'Batches',
  },
};

/** /projects/:id/evaluations — the project's evaluations, the result, and one evaluation's items. */
export function ProjectEvaluationsPage() {
  const { id } = useParams();
  const projectId = id!;
  const t = useT(messages);
  const l = useT(evaluationLabels);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const selected = params.get('e');
  const [opening, setOpening] = useState<'monthly_self' | 'stage_expert' | null>(null);
  const [month, setMonth] = useState(dayjs());
  const [stageId, setStageId] = useState<string | undefined>();
  const list = useQuery({
    queryKey: ['evaluation', 'project', projectId],
    queryFn: () => call(client.GET('/api/evaluation/projects/{projectId}/evaluations', { params: { path: { projectId } } })),
  });
  const scheme = useQuery({
    queryKey: ['evaluation', 'project-scheme', projectId],
    queryFn: () => call(client.GET('/api/evaluation/projects/{projectId}/scheme', { params: { path: { projectId } } })),
  });
  const staff = me?.role === 'admin' || me?.role === 'regulator';
  const schemes = useQuery({
    queryKey: ['evaluation', 'schemes'],
    queryFn: () => call(client.GET('/api/evaluation/schemes')),
    enabled: staff,
  });
  const r = list.data?.result;

  async function openEvaluation(kind: 'monthly_self' | 'stage_expert' | 'final') {
    try {
      const body =
        kind === 'monthly_self'
          ? { kind, period: month.format('YYYY-MM'), stageId }
          : kind === 'stage_expert'
            ? { kind, stageId }
            : { kind };
      const ev = await call(
        client.POST('/api/evaluation/projects/{projectId}/evaluations', { params: { path: { projectId } }, body: body }),
      );
      setOpening(null);
      await qc.invalidateQueries({ queryKey: ['evaluation', 'project', projectId] });
      setParams({ e: ev.id });
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  const stageOptions = scheme.data?.scheme?.document.stages.map((s) => ({ value: s.id, label: s.name })) ?? [];
  const uniqueCodes = [...new Map((schemes.data?.items ?? []).map((s) => [s.code, s])).values()];

  return (
    <>
      <ProjectHeader
        projectId={projectId}
        extra={
          <Space wrap>
            <Button
              icon={<FilePdfOutlined />}
              href={`/api/evaluation/projects/${projectId}/report.pdf`}
              download
              data-testid="project-report-pdf"
            >
              {t('pdf')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              href={`/api/evaluation/projects/${projectId}/report.xlsx`}
              download
              data-testid="project-report-xlsx"
            >
              {t('excel')}
            </Button>
          </Space>
        }
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={10}>
          <Card title={t('result')} size="small" data-testid="project-result">
            {!r ? (
              <Typography.Text type="secondary">{t('none')}</Typography.Text>
            ) : (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space size="large" align="center">
                  <Statistic value={fmt(r.reportedScore)} suffix="/ 100" />
                  <Tag color={gradeColor(r.grade.rank)} style={{ fontSize: 16, padding: '4px 12px' }} data-testid="project-grade">
                    {lang === 'en' ? r.grade.en : r.grade.zh}
                  </Tag>
                  {r.provisional && <Tag color="orange">{t('provisional')}</Tag>}
                  {r.source === 'final' && <Tag color="purple">{t('final')}</Tag>}
                </Space>
                <Typography.Text type="secondary">{`${r.schemeName} v${r.schemeVersion}`}</Typography.Text>
                <Table
                  size="small"
                  rowKey="stageId"
                  pagination={false}
                  dataSource={r.stages}
                  columns={[
                    { title: t('stage'), dataIndex: 'name' },
                    { title: t('weight'), dataIndex: 'weight', width: 70 },
                    { title: t('score'), dataIndex: 'reportedScore', width: 80, render: (v: number | null) => fmt(v) },
                    { title: t('batches'), dataIndex: 'batches', width: 70 },
                  ]}
                />
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={t('evaluations')}
            extra={
              <Space wrap>
                {(me?.role === 'enterprise' || me?.role === 'admin') && (
                  <Button
                    type="primary"
                    icon={<PlusOutlined />}
                    data-testid="eval-open-monthly"
                    onClick={() => {
                      setStageId(undefined);
                      setOpening('monthly_self');
                    }}
                  >
                    {t('openMonthly')}
                  </Button>
                )}
                {staff && (
                  <Button
                    icon={<PlusOutlined />}
                    data-testid="eval-open-stage"
                    onClick={() => {
                      setStageId(undefined);
                      setOpening('stage_expert');
                    }}
                  >
                    {t('openStage')}
                  </Button>
                )}
                {staff && (
                  <Button data-testid="eval-open-final" onClick={() => openEvaluation('final')}>
                    {t('openFinal')}
                  </Button>
                )}
              </Space>
            }
          >
            {staff && (
              <Space style={{ marginBottom: 8 }}>
                <span>{t('scheme')}:</span>
                <Select
                  size="small"
                  style={{ minWidth: 260 }}
                  data-testid="project-scheme"
                  value={list.data?.schemeCode}
                  options={uniqueCodes
                    .filter((s) => !s.regionCode || s.regionCode === list.data?.project.regionCode)
                    .map((s) => ({ value: s.code, label: s.name }))}
                  onChange={async (v) => {
                    try {
                      await call(
                        client.PUT('/api/evaluation/projects/{projectId}/scheme', {
                          params: { path: { projectId } },
                          body: { schemeCode: v },
                        }),
                      );
                      await qc.invalidateQueries({ queryKey: ['evaluation'] });
                    } catch (e) {
                      message.error(e instanceof ApiError ? e.describe() : String(e));
                    }
                  }}
                />
              </Space>
            )}
            <Table<EvaluationSummary>
              data-testid="evaluation-table"
              size="small"
              rowKey="id"
              loading={list.isLoading}
              dataSource={list.data?.items ?? []}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              onRow={(row) =>
                ({
                  onClick: () => setParams({ e: row.id }),
                  style: { cursor: 'pointer', background: row.id === selected ? '#f0f7f0' : undefined },
                  'data-testid': `eval-row-${row.period ?? row.id}`,
                }) as never
              }
              columns={[
                {
                  title: t('kind'),
                  dataIndex: 'kind',
                  render: (v: EvaluationSummary['kind']) => l(v),
                  filters: (['monthly_self', 'stage_expert', 'final'] as const).map((k) => ({ text: l(k), value: k })),
                  onFilter: (v, row) => row.kind === v,
                },
                { title: t('period'), render: (_: unknown, row) => row.period ?? row.evaluatedOn },
                {
                  title: t('stage'),
                  dataIndex: 'stageId',
                  render: (v: string | null) => stageOptions.find((s) => s.value === v)?.label ?? v ?? '—',
                },
                {
                  title: t('status'),
                  dataIndex: 'status',
                  render: (v: EvaluationSummary['status']) => (
                    <Tag color={v === 'closed' ? 'purple' : v === 'submitted' ? 'blue' : 'default'}>{l(v)}</Tag>
                  ),
                },
                {
                  title: t('score'),
                  dataIndex: 'score',
                  align: 'right',
                  render: (v: number | null) => fmt(v, 2),
                  sorter: (a, b) => (a.score ?? -1) - (b.score ?? -1),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {selected && <EvaluationPanel key={selected} evaluationId={selected} />}
      <Modal
        open={opening !== null}
        title={opening ? l(opening) : ''}
        onCancel={() => setOpening(null)}
        onOk={() => opening && openEvaluation(opening)}
        okButtonProps={{ 'data-testid': 'eval-open-ok' } as never}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {opening === 'monthly_self' && (
            <Space>
              <span>{t('month')}</span>
              <DatePicker
                picker="month"
                value={month}
                onChange={(d) => d && setMonth(d)}
                allowClear={false}
                disabledDate={(d) => d.isAfter(dayjs(), 'month')}
                data-testid="eval-month"
              />
            </Space>
          )}
          <Space>
            <span>{t('stage')}</span>
            <Select
              style={{ minWidth: 200 }}
              value={stageId ?? (stageOptions.some((s) => s.value === 'construction') ? 'construction' : stageOptions[0]?.value)}
              onChange={setStageId}
              options={stageOptions}
              data-testid="eval-stage"
            />
          </Space>
        </Space>
      </Modal>
    </>
  );
}
