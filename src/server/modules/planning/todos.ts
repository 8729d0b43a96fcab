import { todo, type Todo, type TodoSource } from '../../platform/todos.js';
import { visibleProjectIds } from '../projects/index.js';
import { planOverview } from './store.js';

/**
 * 待办 of green planning, counted as GET /api/planning/plans?status=… counts (the working version's status):
 * plans returned for revision (enterprise) and plans submitted for review (regulator).
 */
export const planningTodos: TodoSource = async (db, p) => {
  const wanted = p.role === 'enterprise' ? 'returned' : p.role === 'regulator' || p.role === 'admin' ? 'submitted' : null;
  if (!wanted) return [];
  const ids = await visibleProjectIds(db, p);
  if (!ids.length) return [];
  const plans = await planOverview(db, ids);
  const n = [...plans.values()].filter((e) => e.working?.status === wanted).length;
  const out: Todo[] = [];
  if (n > 0)
    out.push(
      todo({
        kind: wanted === 'returned' ? 'plan.returned' : 'plan.toReview',
        count: n,
        link: `/planning?status=${wanted}`,
        severity: 'warning',
      }),
    );
  return out;
};
