import { todo, type Todo, type TodoSource } from '../../platform/todos.js';
import { allProjects } from '../projects/index.js';
import { TRACKED_STATUSES, warningsFor } from './store.js';

/** 待办 of tracking: early warnings on the tracked projects in scope, as GET /api/tracking/warnings counts them. */
export const trackingTodos: TodoSource = async (db, p) => {
  if (!['admin', 'regulator', 'enterprise'].includes(p.role)) return [];
  const projects = (await allProjects(db, { status: TRACKED_STATUSES, visibleTo: p })).filter((r) => TRACKED_STATUSES.includes(r.status));
  if (!projects.length) return [];
  const warnings = await warningsFor(
    db,
    projects.map((r) => r.id),
    new Map(projects.map((r) => [r.id, r])),
  );
  const n = [...warnings.values()].reduce((s, w) => s + w.length, 0);
  const out: Todo[] = [];
  if (n > 0) out.push(todo({ kind: 'tracking.warning', count: n, link: '/tracking', severity: 'warning' }));
  return out;
};
