import type { DbOrTx } from '../../db/database.js';
import type { OpenCondition } from '../../platform/todos.js';
import { projectRefs } from '../projects/index.js';

/** Adds each condition's project name to its parameters (notifications name the project, never its id). */
export async function withProjectNames(db: DbOrTx, conditions: OpenCondition[]): Promise<OpenCondition[]> {
  const refs = await projectRefs(db, [...new Set(conditions.map((c) => c.projectId).filter((x): x is string => !!x))]);
  return conditions.map((c) => {
    const p = c.projectId ? refs.get(c.projectId) : undefined;
    return p ? { ...c, params: { ...c.params, projectName: `${p.name}（${p.code}）` } } : c;
  });
}

export async function regionOfProjects(db: DbOrTx, conditions: OpenCondition[]): Promise<Map<string, string>> {
  const refs = await projectRefs(db, [...new Set(conditions.map((c) => c.projectId).filter((x): x is string => !!x))]);
  return new Map([...refs.values()].map((r) => [r.id, r.regionCode]));
}
