import type { DbOrTx } from '../db/database.js';
import type { Principal } from './auth/principal.js';

/**
 * One kind of work waiting for a user (待办), computed from the live state of a capability's own tables, so it is
 * never out of step with the list it links to. `kind` names the label (modules/notifications/messages.ts) and `link`
 * opens the page where the work is done, filtered to exactly the counted items.
 */
export type Todo = {
  kind: string;
  count: number;
  /** How many of them are past their deadline. */
  overdue: number;
  /** The earliest deadline among them (ISO), when they have deadlines. */
  deadline: string | null;
  link: string;
  severity: 'info' | 'warning' | 'critical';
  /** The project the work belongs to, when the link opens one project's page. */
  project?: { id: string; code: string; name: string };
};

/** A capability's to-dos for one principal; answers only kinds with a count above 0. */
export type TodoSource = (db: DbOrTx, principal: Principal, now: Date) => Promise<Todo[]>;

export const todo = (t: Omit<Todo, 'overdue' | 'deadline'> & Partial<Pick<Todo, 'overdue' | 'deadline'>>): Todo => ({
  overdue: 0,
  deadline: null,
  ...t,
});

export const isoOrNull = (d: Date | string | null | undefined): string | null =>
  d == null ? null : typeof d === 'string' ? new Date(d).toISOString() : d.toISOString();

/**
 * A condition a notification rule reports while it holds (an alarm nobody acknowledged, a notice past its deadline).
 * `key` identifies it: the same key notifies once until the condition is gone from the provider's answer.
 * Text parameters that differ by language carry a suffix: `detail_zh` / `detail_en` fill `{detail}`.
 */
export type OpenCondition = {
  key: string;
  projectId: string | null;
  regionCode?: string | null;
  params: Record<string, string | number | null>;
  link: string;
  organisationIds?: string[];
  userIds?: string[];
};
