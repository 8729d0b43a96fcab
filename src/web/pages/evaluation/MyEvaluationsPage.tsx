import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import { call, client } from '../../api.js';
import type { ItemOf } from '../../api/types.js';
import { useAuth } from '../../auth.js';
import { useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProjectHeader } from '../projects/ProjectHeader.js';
import { EvaluationPanel } from './EvaluationPanel.js';
import { evaluationLabels, fmt } from './labels.js';

const messages = {
  'zh-CN': {
    title: '我的评价任务',
    project: '项目',
    kind: '类型',
    date: '评价日期',
    stage: '阶段',
    mine: '我的评分',
    status: '评价状态',
    score: '得分',
    open: '评分',
    assigned: '待评分',
    submitted: '已提交',
  },
  en: {
    title: 'My evaluations',
    project: 'Project',
    kind: 'Kind',
    date: 'Date',
    stage: 'Stage',
    mine: 'My scores',
    status: 'Status',
    score: 'Score',
    open: 'Score',
    assigned: 'To score',
    submitted: 'Submitted',
  },
};

type Mine = ItemOf<'/api/evaluation/mine'>;

/** /evaluation/mine — the stage evaluations an expert is assigned to. */
export function MyEvaluationsPage() {
  const t = useT(messages);
  const l = useT(evaluationLabels);
  const q = useQuery({ queryKey: ['evaluation', 'mine'], queryFn: () => call(client.GET('/api/evaluation/mine')) });
  return (
    <>
      <PageHeader title={t('title')} />
      <Table<Mine>
        data-testid="my-evaluations"
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        columns={[
          { title: t('project'), render: (_: unknown, r) => `${r.projectName ?? ''}（${r.projectCode ?? ''}）` },
          { title: t('kind'), dataIndex: 'kind', render: (v: Mine['kind']) => l(v) },
          { title: t('stage'), dataIndex: 'stageId' },
          { title: t('date'), dataIndex: 'evaluatedOn' },
          {
            title: t('mine'),
            dataIndex: 'myStatus',
            render: (v: Mine['myStatus']) => <Tag color={v === 'submitted' ? 'green' : 'orange'}>{t(v)}</Tag>,
            filters: [
              { text: t('assigned'), value: 'assigned' },
              { text: t('submitted'), value: 'submitted' },
            ],
            onFilter: (v, r) => r.myStatus === v,
          },
          { title: t('status'), dataIndex: 'status', render: (v: Mine['status']) => l(v) },
          { title: t('score'), dataIndex: 'score', render: (v: number | null) => fmt(v, 2) },
          {
            title: '',
            render: (_: unknown, r) => (
              <Link to={`/evaluation/evaluations/${r.id}`} data-testid={`my-evaluation-${r.projectCode}`}>
                {t('open')}
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}

/** /evaluation/evaluations/:id — one evaluation; experts score their items here. */
export function EvaluationPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  const q = useQuery({
    queryKey: ['evaluation', 'detail', id],
    queryFn: () => call(client.GET('/api/evaluation/evaluations/{id}', { params: { path: { id } } })),
  });
  return (
    <>
      {q.data && <ProjectHeader projectId={q.data.projectId} />}
      <EvaluationPanel evaluationId={id!} asExpert={me?.role === 'expert'} />
    </>
  );
}
