import { and, count, eq, inArray, lte, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { metricInfo } from '../../../domain/siteQuality/metrics.js';
import { isoOrNull, todo, type OpenCondition, type Todo, type TodoSource } from '../../platform/todos.js';
import { visibleProjectIds } from '../projects/index.js';
import { siteAlarms, siteDevices } from './tables.js';

/**
 * 待办 of smart sites: alarms nobody has acknowledged (the count GET /api/site/alarms?state=open answers) and, for
 * the enterprise, active devices that have stopped reporting (same rule as the offline alarm: silent longer than
 * their own offline_after_s).
 */
export const siteTodos: TodoSource = async (db, p, now) => {
  const out: Todo[] = [];
  if (!['admin', 'regulator', 'enterprise'].includes(p.role)) return out;
  const ids = await visibleProjectIds(db, p);
  if (!ids.length) return out;
  const [open] = await db
    .select({ n: count(), first: min(siteAlarms.openedAt) })
    .from(siteAlarms)
    .where(and(inArray(siteAlarms.projectId, ids), eq(siteAlarms.state, 'open')));
  if (open && open.n > 0)
    out.push(
      todo({
        kind: 'alarm.unacknowledged',
        count: open.n,
        deadline: isoOrNull(open.first),
        link: '/site?alarmState=open',
        severity: 'critical',
      }),
    );
  if (p.role === 'enterprise') {
    const [offline] = await db
      .select({ n: count() })
      .from(siteDevices)
      .where(
        and(
          inArray(siteDevices.projectId, ids),
          eq(siteDevices.active, true),
          sql`(${siteDevices.lastSeenAt} is null or ${siteDevices.lastSeenAt} < ${now}::timestamptz - make_interval(secs => ${siteDevices.offlineAfterS}))`,
        ),
      );
    if (offline && offline.n > 0)
      out.push(todo({ kind: 'device.offline', count: offline.n, link: '/site?offline=true', severity: 'warning' }));
  }
  return out;
};

/** Alarms still open (not acknowledged) that were raised before `before`, with words for a notification. */
export async function unacknowledgedAlarms(db: DbOrTx, before: Date, now = new Date()): Promise<OpenCondition[]> {
  const rows = await db
    .select({ a: siteAlarms, deviceName: siteDevices.name })
    .from(siteAlarms)
    .innerJoin(siteDevices, eq(siteDevices.id, siteAlarms.deviceId))
    .where(and(eq(siteAlarms.state, 'open'), lte(siteAlarms.openedAt, before)))
    .limit(10_000);
  return rows.map(({ a, deviceName }) => ({
    key: `alarm:${a.id}`,
    projectId: a.projectId,
    params: { ...alarmWords(a, deviceName), openedMinutesAgo: Math.floor((now.getTime() - a.openedAt.getTime()) / 60_000) },
    link: `/projects/${a.projectId}/site`,
  }));
}

/** One alarm in words (zh and en), for the notification of its raising. */
export async function alarmInWords(db: DbOrTx, alarmId: string): Promise<OpenCondition | null> {
  const [row] = await db
    .select({ a: siteAlarms, deviceName: siteDevices.name })
    .from(siteAlarms)
    .innerJoin(siteDevices, eq(siteDevices.id, siteAlarms.deviceId))
    .where(eq(siteAlarms.id, alarmId));
  if (!row) return null;
  return {
    key: `alarm:${row.a.id}`,
    projectId: row.a.projectId,
    params: alarmWords(row.a, row.deviceName),
    link: `/projects/${row.a.projectId}/site`,
  };
}

function alarmWords(a: typeof siteAlarms.$inferSelect, deviceName: string) {
  if (a.kind === 'offline') return { detail_zh: `${deviceName} 离线`, detail_en: `${deviceName} is offline`, deviceName };
  const m = metricInfo(a.metric ?? '');
  const v = a.observedValue == null ? '' : `${a.observedValue} ${m.unit}`.trim();
  const limit = a.limitValue == null ? '' : `${a.limitValue} ${m.unit}`.trim();
  return {
    detail_zh: `${deviceName} ${m.zh} ${v}，超过限值 ${limit}`,
    detail_en: `${deviceName} ${m.en} ${v} above the limit of ${limit}`,
    deviceName,
  };
}
