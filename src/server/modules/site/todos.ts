import { and, count, eq, inArray, min, sql } from 'drizzle-orm';
import { isoOrNull, todo, type Todo, type TodoSource } from '../../platform/todos.js';
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
    if (offline && offline.n > 0) out.push(todo({ kind: 'device.offline', count: offline.n, link: '/site?offline=true', severity: 'warning' }));
  }
  return out;
};
