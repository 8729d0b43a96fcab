import type { Database, DbOrTx } from '../../db/database.js';
import type { OpenCondition } from '../../platform/todos.js';
import { openReviewAssignments } from '../applications/index.js';
import { openEvaluationAssignments } from '../evaluation/index.js';
import { openIntegrityAlarms } from '../ledger/index.js';
import { noticeConditions } from '../supervision/index.js';
import { unacknowledgedAlarms } from '../site/index.js';
import { manifestsNotReceived } from '../waste/index.js';
import { clearConditions, effectiveRules, fire } from './store.js';
import { ruleDefinitions } from './rules.js';
import { regionOfProjects, withProjectNames } from './words.js';

/**
 * The condition rules, checked once a minute on one instance (scheduler advisory lock): each open condition notifies
 * its audience once; a condition that is gone is cleared, so it notifies again only if it comes back. A region's
 * settings (enabled, minutes, days) apply to the conditions of its projects.
 */
export async function runConditionRules(database: Database, now = new Date()): Promise<Record<string, number>> {
  const db = database.db;
  const created: Record<string, number> = {};
  // The widest window any region uses; each condition is then held against its own region's setting below.
  const national = await effectiveRules(db, null);
  const regionSettings = new Map<string, Awaited<ReturnType<typeof effectiveRules>>>();
  const settingFor = async (region: string | null, key: string) => {
    if (!region) return national.find((r) => r.key === key)!;
    if (!regionSettings.has(region)) regionSettings.set(region, await effectiveRules(db, region));
    return regionSettings.get(region)!.find((r) => r.key === key)!;
  };
  const longestDays = Math.max(30, ...ruleDefinitions.map((r) => r.defaults.days ?? 0));
  const notices = await noticeConditions(db, now, longestDays);
  const sources: Record<string, () => Promise<OpenCondition[]>> = {
    alarmUnacknowledged: () => unacknowledgedAlarms(db, new Date(now.getTime() - 60_000), now),
    noticeDueSoon: async () => notices.dueSoon,
    noticeOverdue: async () => notices.overdue,
    stopWork: async () => notices.stopWork,
    manifestNotReceived: () => manifestsNotReceived(db),
    reviewAssigned: () => openReviewAssignments(db),
    evaluationAssigned: () => openEvaluationAssignments(db),
    integrityAlarm: () => openIntegrityAlarms(db),
  };
  for (const rule of ruleDefinitions) {
    if (!('condition' in rule.trigger)) continue;
    const all = await withProjectNames(db, await sources[rule.trigger.condition]!());
    const regions = await regionOfProjects(db, all);
    const holding: OpenCondition[] = [];
    for (const c of all) {
      const region = c.regionCode ?? (c.projectId ? (regions.get(c.projectId) ?? null) : null);
      const s = await settingFor(region, rule.key);
      if (!s.enabled) continue;
      if (rule.trigger.condition === 'alarmUnacknowledged') {
        const openedMinutesAgo = Number(c.params.openedMinutesAgo ?? 0);
        if (openedMinutesAgo < (s.minutes ?? 30)) continue;
        c.params.minutes = s.minutes ?? 30;
      }
      if (rule.trigger.condition === 'noticeDueSoon') {
        const dueInDays = Number(c.params.dueInDays ?? 0);
        if (dueInDays > (s.days ?? 3)) continue;
      }
      holding.push({ ...c, regionCode: region });
    }
    let n = 0;
    await database.db.transaction(async (tx: DbOrTx) => {
      for (const c of holding) {
        n += await fire(
          tx,
          {
            ruleKey: rule.key,
            dedupeKey: c.key,
            params: c.params,
            link: c.link,
            projectId: c.projectId,
            regionCode: c.regionCode ?? null,
            organisationIds: c.organisationIds,
            userIds: c.userIds,
          },
          now,
        );
      }
      await clearConditions(
        tx,
        rule.key,
        holding.map((c) => c.key),
        now,
      );
    });
    created[rule.key] = n;
  }
  return created;
}
