import type { Tx } from '../../db/database.js';
import type { StoredEvent } from '../../platform/events.js';
import { alarmInWords } from '../site/index.js';
import { rulesForEvent, ruleDefinitions } from './rules.js';
import { fire } from './store.js';
import { withProjectNames } from './words.js';

/** Every event type some rule listens to: the notifications consumer reads only these. */
export const notifiedEventTypes = [...new Set(ruleDefinitions.flatMap((r) => ('events' in r.trigger ? r.trigger.events : [])))];

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * The event rules: each event of a listened type fires its rules in the consumer's transaction, keyed by the event id,
 * so a replayed batch (after a crash) or a second instance creates nothing twice. Parameters are read in words from
 * the capability that owns the event (an alarm's device, metric, value and limit), never copied from raw keys.
 */
export async function notifyForEvents(tx: Tx, events: StoredEvent[]): Promise<number> {
  let created = 0;
  for (const e of events) {
    const rules = rulesForEvent(e.type);
    if (!rules.length) continue;
    const data = (e.data ?? {}) as Record<string, unknown>;
    let params: Record<string, string | number | null> = {};
    let link: string | null = e.projectId ? `/projects/${e.projectId}` : null;
    if (e.type.includes('.site.alarm.')) {
      const alarmId = str(data.alarmId) ?? e.subject.split('/').at(-1) ?? '';
      const words = /^[0-9a-f-]{36}$/.test(alarmId) ? await alarmInWords(tx, alarmId) : null;
      if (!words) continue;
      params = words.params;
      link = words.link;
    } else if (e.type.includes('.planning.plan.')) {
      link = e.projectId ? `/projects/${e.projectId}/plan` : '/planning';
    } else if (e.type.includes('.tracking.warning.')) {
      const detail = str(data.message) ?? str(data.indicatorName) ?? '';
      params = { detail_zh: detail, detail_en: str(data.messageEn) ?? detail };
      link = e.projectId ? `/projects/${e.projectId}/tracking` : '/tracking';
    }
    const [named] = await withProjectNames(tx, [{ key: `event:${e.id}`, projectId: e.projectId, params, link: link ?? '' }]);
    for (const rule of rules) {
      created += await fire(tx, {
        ruleKey: rule.key,
        dedupeKey: `event:${e.id}`,
        params: named!.params,
        link,
        projectId: e.projectId,
        regionCode: e.regionCode,
        eventId: e.id,
      });
    }
  }
  return created;
}
