import { todo, type Todo, type TodoSource } from '../../platform/todos.js';
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
