import type { NoticeStatus, Severity } from './tables.js';

/** What can be done to a 整改通知单, and by whom. */
export type NoticeAction = 'respond' | 'close' | 'reopen';

/**
 * The notice's state machine: issued → responded → closed, or responded → reopened → responded → …
 * A closed notice is final; a new problem is a new finding. Escalation does not change the state.
 */
const transitions: Record<NoticeStatus, Partial<Record<NoticeAction, NoticeStatus>>> = {
  issued: { respond: 'responded' },
  reopened: { respond: 'responded' },
  responded: { close: 'closed', reopen: 'reopened' },
  closed: {},
};

/** The state after `action`, or null when the action is not allowed from `from`. */
export function noticeTransition(from: NoticeStatus, action: NoticeAction): NoticeStatus | null {
  return transitions[from][action] ?? null;
}

/** States in which the responsible participant owes an answer, so the deadline runs. */
export const awaitingParticipant: readonly NoticeStatus[] = ['issued', 'reopened'];

/**
 * Escalation steps, in days after the deadline: level 1 at the deadline (逾期, the region's supervision office is
 * alerted), level 2 three days later (约谈 the responsible organisation), level 3 a week later (通报 / credit record).
 * The spacing is a platform default, not a national rule.
 */
export const ESCALATION_STEPS_DAYS = [0, 3, 7] as const;

/** The escalation level a notice should have at `now`: 0 before its deadline, then 1…3. */
export function escalationLevelAt(deadline: Date, now: Date): number {
  const overdueMs = now.getTime() - deadline.getTime();
  if (overdueMs < 0) return 0;
  let level = 0;
  for (const days of ESCALATION_STEPS_DAYS) if (overdueMs >= days * 86_400_000) level++;
  return level;
}

/** Only a serious (严重) finding may stop the works. */
export const mayStopWork = (severity: Severity) => severity === 'serious';
