import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { todo, type OpenCondition, type Todo, type TodoSource } from '../../platform/todos.js';
import { evaluationExperts, evaluations } from './tables.js';
import { myExpertEvaluations } from './store.js';

/** 待办 of evaluation: the expert's assigned evaluations not yet scored (what 我的评价任务 lists as 待评分). */
export const evaluationTodos: TodoSource = async (db, p) => {
  const out: Todo[] = [];
  if (p.role === 'expert') {
    const open = (await myExpertEvaluations(db, p)).filter((e) => e.myStatus === 'assigned' && e.status !== 'closed');
    if (open.length) out.push(todo({ kind: 'evaluation.assigned', count: open.length, link: '/evaluation/mine', severity: 'warning' }));
  }
  return out;
};

const KIND_WORDS: Record<string, { zh: string; en: string }> = {
  monthly_self: { zh: '月度自评', en: 'monthly self-evaluation' },
  stage_expert: { zh: '阶段专家评价', en: 'stage expert evaluation' },
  final: { zh: '终期评价', en: 'final evaluation' },
};

/** Evaluations an expert is assigned to and has not scored, while the evaluation is still open. */
export async function openEvaluationAssignments(db: DbOrTx): Promise<OpenCondition[]> {
  const rows = await db
    .select({ id: evaluations.id, projectId: evaluations.projectId, kind: evaluations.kind, expert: evaluationExperts.expertUserId })
    .from(evaluationExperts)
    .innerJoin(evaluations, eq(evaluations.id, evaluationExperts.evaluationId))
    .where(and(eq(evaluationExperts.status, 'assigned'), ne(evaluations.status, 'closed')))
    .limit(20_000);
  return rows.map((r) => ({
    key: `evaluation:${r.id}:${r.expert}`,
    projectId: r.projectId,
    params: { detail_zh: KIND_WORDS[r.kind]?.zh ?? '评价', detail_en: KIND_WORDS[r.kind]?.en ?? 'evaluation' },
    link: `/evaluation/evaluations/${r.id}`,
    userIds: [r.expert],
  }));
}
