import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { todo, type OpenCondition, type Todo, type TodoSource } from '../../platform/todos.js';
import { applicationRounds, applications, reviewAssignments } from './tables.js';
import { listApplications, myAssignments } from './store.js';

/**
 * 待办 of applications, counted by the same list functions the pages call: applications waiting for a decision
 * (regulator: submitted or under review) and review assignments not yet submitted (expert).
 */
export const applicationTodos: TodoSource = async (db, p) => {
  const out: Todo[] = [];
  if (p.role === 'regulator' || p.role === 'admin') {
    for (const status of ['submitted', 'reviewing'] as const) {
      const { total } = await listApplications(db, p, { status }, { page: 1, pageSize: 1 });
      if (total > 0)
        out.push(
          todo({
            kind: status === 'submitted' ? 'application.toAssign' : 'application.toDecide',
            count: total,
            link: `/review/applications?status=${status}`,
            severity: 'warning',
          }),
        );
    }
  }
  if (p.role === 'expert') {
    const open = (await myAssignments(db, p)).filter((a) => a.status === 'assigned');
    if (open.length) out.push(todo({ kind: 'review.assigned', count: open.length, link: '/review/mine', severity: 'warning' }));
  }
  return out;
};

/** Review assignments not yet submitted, one condition per assignment, for the notification rule. */
export async function openReviewAssignments(db: DbOrTx): Promise<OpenCondition[]> {
  const rows = await db
    .select({
      id: reviewAssignments.id,
      expert: reviewAssignments.expertUserId,
      projectId: applications.projectId,
      round: applicationRounds.title,
    })
    .from(reviewAssignments)
    .innerJoin(applications, eq(applications.id, reviewAssignments.applicationId))
    .innerJoin(applicationRounds, eq(applicationRounds.id, applications.roundId))
    .where(eq(reviewAssignments.status, 'assigned'))
    .limit(20_000);
  return rows.map((r) => ({
    key: `review:${r.id}`,
    projectId: r.projectId,
    params: { detail_zh: r.round, detail_en: r.round },
    link: '/review/mine',
    userIds: [r.expert],
  }));
}
