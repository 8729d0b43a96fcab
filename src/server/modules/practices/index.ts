import type { DbOrTx } from '../../db/database.js';
import { listPractices as list, type Practice } from './store.js';

export type { Practice, PracticeAttachment } from './store.js';

/**
 * 经验做法 for reports: filter by region, by source projects (any overlap) and to published ones.
 * No access check: callers scope regions/projects first.
 */
export async function listPractices(
  db: DbOrTx,
  f: { regionCode?: string; projectIds?: string[]; publishedOnly?: boolean } = {},
): Promise<Practice[]> {
  return list(db, f);
}
export { practicesDemoSeeder } from './demo.js';
export { practiceEventTypes } from './events.js';
