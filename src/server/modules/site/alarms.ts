// Threshold rules and alarms. A rule applies nationally, to a region or to a project, for a metric and a period
// (all day, or GB 12523-2011 昼间/夜间 with its local window); the most specific rule wins. The evaluation job runs
// under the scheduler's advisory lock, so with several instances it runs once per tick.
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { pageFromRows, totalColumn } from '../../platform/pagination.js';
import { GB12523_DAY_WINDOW, noisePeriodAt } from '../../../domain/siteQuality/index.js';
import { selectRows, sql, type Database, type DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { conflict } from '../../platform/errors.js';
import { projectRefs, type ProjectRef } from '../projects/index.js';
import { notifyAlarm } from './live.js';
import { anyDevice } from './readings.js';
import { siteAlarms, siteDevices, siteThresholdRules, type AlarmState } from './tables.js';
import { recordEvent } from '../../platform/events.js';
import { alarmAcknowledged, alarmClosed, alarmRaised } from './events.js';

export type Rule = typeof siteThresholdRules.$inferSelect;
type AlarmRow = typeof siteAlarms.$inferSelect;

/** A sample older than this does not count as "the current value" for a single-reading rule. */
const CURRENT_VALUE_WINDOW_MIN = 10;

export function ruleView(r: Rule) {
  return { ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
}

export function alarmView(a: AlarmRow, extra: { deviceName?: string; projectName?: string } = {}) {
  return {
    id: a.id,
    deviceId: a.deviceId,
    projectId: a.projectId,
    deviceName: extra.deviceName ?? null,
    projectName: extra.projectName ?? null,
    kind: a.kind,
    ruleKey: a.ruleKey,
    metric: a.metric,
    limitValue: a.limitValue,
    observedValue: a.observedValue,
    state: a.state,
    openedAt: a.openedAt.toISOString(),
    acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: a.acknowledgedBy,
    closedAt: a.closedAt?.toISOString() ?? null,
    closedBy: a.closedBy,
    note: a.note,
  };
}
export type AlarmView = ReturnType<typeof alarmView>;

/** Does the rule's period cover this instant (GB 12523 day window, China time)? */
export function ruleAppliesAt(rule: Pick<Rule, 'period' | 'dayStartMinute' | 'dayEndMinute'>, at: Date): boolean {
  if (rule.period === 'all') return true;
  const window = {
    dayStartMinute: rule.dayStartMinute,
    dayEndMinute: rule.dayEndMinute,
    utcOffsetMinutes: GB12523_DAY_WINDOW.utcOffsetMinutes,
  };
  return noisePeriodAt(at, window) === rule.period;
}

const specificity = (r: Rule) => (r.projectId ? 2 : r.regionCode ? 1 : 0);

/** The rules in force for a project: per (metric, period) the project's own, else its region's, else the national one. */
export function rulesForProject(rules: Rule[], project: Pick<ProjectRef, 'id' | 'regionCode'>): Rule[] {
  const best = new Map<string, Rule>();
  for (const r of rules) {
    if (!r.enabled) continue;
    if (r.projectId && r.projectId !== project.id) continue;
    if (r.regionCode && r.regionCode !== project.regionCode) continue;
    const key = `${r.metric}|${r.period}`;
    const prev = best.get(key);
    if (!prev || specificity(r) > specificity(prev)) best.set(key, r);
  }
  return [...best.values()];
}

export async function loadRules(db: DbOrTx): Promise<Rule[]> {
  return db.select().from(siteThresholdRules);
}

async function openAlarm(
  tx: DbOrTx,
  a: {
    deviceId: string;
    projectId: string;
    ruleKey: string;
    kind: 'threshold' | 'offline';
    metric?: string;
    limitValue?: number;
    observedValue?: number;
  },
) {
  // The partial unique index keeps one open/acknowledged alarm per rule and device, even across instances.
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`insert into site_alarms (id, device_id, project_id, rule_key, kind, metric, limit_value, observed_value)
        values (${randomUUID()}, ${a.deviceId}, ${a.projectId}, ${a.ruleKey}, ${a.kind}, ${a.metric ?? null}, ${a.limitValue ?? null}, ${a.observedValue ?? null})
        on conflict (device_id, rule_key) where state <> 'closed' do nothing returning id`,
  );
  if (!rows.length) return null;
  const [row] = await tx.select().from(siteAlarms).where(eq(siteAlarms.id, rows[0]!.id));
  await notifyAlarm(tx, a.projectId, alarmView(row!));
  await recordEvent(tx, alarmRaised, {
    subject: `/projects/${row!.projectId}/alarms/${row!.id}`,
    data: {
      projectId: row!.projectId,
      alarmId: row!.id,
      deviceId: row!.deviceId,
      kind: row!.kind,
      metric: row!.metric,
      limitValue: row!.limitValue,
      observedValue: row!.observedValue,
    },
    projectId: row!.projectId,
  });
  return row!;
}

async function closeBySystem(tx: DbOrTx, alarm: AlarmRow, note: string) {
  const [row] = await tx
    .update(siteAlarms)
    .set({ state: 'closed', closedAt: new Date(), closedBy: null, note })
    .where(and(eq(siteAlarms.id, alarm.id), ne(siteAlarms.state, 'closed')))
    .returning();
  if (!row) return;
  await notifyAlarm(tx, row.projectId, alarmView(row));
  await recordEvent(tx, alarmClosed, {
    subject: `/projects/${row.projectId}/alarms/${row.id}`,
    data: { projectId: row.projectId, alarmId: row.id, deviceId: row.deviceId, kind: row.kind, closedBySystem: true, note },
    projectId: row.projectId,
  });
}

type Observation = { value: number; exceeded: boolean };

/** One evaluation pass over every active device: threshold rules and offline detection. */
export async function evaluateAlarms(database: Database, now = new Date()): Promise<{ opened: number; closed: number }> {
  const db = database.db;
  let opened = 0;
  let closed = 0;
  const devices = await db
    .select({
      id: siteDevices.id,
      projectId: siteDevices.projectId,
      lastSeenAt: siteDevices.lastSeenAt,
      offlineAfterS: siteDevices.offlineAfterS,
    })
    .from(siteDevices)
    .where(eq(siteDevices.active, true));
  if (!devices.length) return { opened, closed };
  const projects = await projectRefs(
    db,
    devices.map((d) => d.projectId),
  );
  const rules = await loadRules(db);
  const openAlarms = await db.select().from(siteAlarms).where(ne(siteAlarms.state, 'closed'));
  const openByKey = new Map(openAlarms.map((a) => [`${a.deviceId}|${a.ruleKey}`, a]));

  // Which rules apply to which device now.
  const work: Array<{ deviceId: string; projectId: string; rule: Rule }> = [];
  const inactiveRuleAlarms: AlarmRow[] = [];
  for (const d of devices) {
    const project = projects.get(d.projectId);
    if (!project) continue;
    const inForce = rulesForProject(rules, project);
    const inForceIds = new Set(inForce.map((r) => r.id));
    for (const rule of inForce) if (ruleAppliesAt(rule, now)) work.push({ deviceId: d.id, projectId: d.projectId, rule });
    for (const a of openAlarms) {
      if (a.deviceId !== d.id || a.kind !== 'threshold') continue;
      const rule = rules.find((r) => r.id === a.ruleKey);
      if (!rule || !inForceIds.has(rule.id) || !ruleAppliesAt(rule, now)) inactiveRuleAlarms.push(a);
    }
  }

  const observations = await observe(db, work, now);
  await db.transaction(async (tx) => {
    for (const w of work) {
      const key = `${w.deviceId}|${w.rule.id}`;
      const obs = observations.get(key);
      const existing = openByKey.get(key);
      if (!obs) continue; // no current data: nothing to judge (the offline alarm covers silence)
      if (obs.exceeded && !existing) {
        if (
          await openAlarm(tx, {
            deviceId: w.deviceId,
            projectId: w.projectId,
            ruleKey: w.rule.id,
            kind: 'threshold',
            metric: w.rule.metric,
            limitValue: w.rule.limitValue,
            observedValue: obs.value,
          })
        )
          opened++;
      } else if (!obs.exceeded && existing) {
        await closeBySystem(tx, existing, 'cleared');
        closed++;
      }
    }
    for (const a of inactiveRuleAlarms) {
      await closeBySystem(tx, a, 'rule_not_in_force');
      closed++;
    }
    // Offline: silent for longer than the device's own threshold.
    for (const d of devices) {
      if (!d.lastSeenAt) continue;
      const silent = now.getTime() - d.lastSeenAt.getTime() > d.offlineAfterS * 1000;
      const existing = openByKey.get(`${d.id}|offline`);
      if (silent && !existing) {
        if (await openAlarm(tx, { deviceId: d.id, projectId: d.projectId, ruleKey: 'offline', kind: 'offline' })) opened++;
      } else if (!silent && existing) {
        await closeBySystem(tx, existing, 'back_online');
        closed++;
      }
    }
  });
  return { opened, closed };
}

/** Current value per (device, rule): the latest valid sample, or for a sustained rule the run of minute averages. */
async function observe(db: DbOrTx, work: Array<{ deviceId: string; rule: Rule }>, now: Date): Promise<Map<string, Observation>> {
  const result = new Map<string, Observation>();
  if (!work.length) return result;
  const deviceIds = [...new Set(work.map((w) => w.deviceId))];
  const metrics = [...new Set(work.map((w) => w.rule.metric))];
  const metricList = `{${metrics.join(',')}}`;
  const instant = work.filter((w) => w.rule.sustainedMinutes === 0);
  if (instant.length) {
    const rows = await selectRows<{ device_id: string; metric: string; value: number }>(
      db,
      sql`select distinct on (device_id, metric) device_id, metric, value from site_readings
          where ${anyDevice(deviceIds)} and metric = any(${metricList}::text[]) and kind = 'rtd' and flag = 'N'
            and time > ${new Date(now.getTime() - CURRENT_VALUE_WINDOW_MIN * 60_000).toISOString()} and time <= ${now.toISOString()}
          order by device_id, metric, time desc`,
    );
    const latest = new Map(rows.map((r) => [`${r.device_id}|${r.metric}`, Number(r.value)]));
    for (const w of instant) {
      const v = latest.get(`${w.deviceId}|${w.rule.metric}`);
      if (v !== undefined) result.set(`${w.deviceId}|${w.rule.id}`, { value: v, exceeded: v > w.rule.limitValue });
    }
  }
  const sustainedMinutes = [...new Set(work.filter((w) => w.rule.sustainedMinutes > 0).map((w) => w.rule.sustainedMinutes))];
  for (const minutes of sustainedMinutes) {
    const rows = await selectRows<{ device_id: string; metric: string; buckets: number; min_avg: number; last_avg: number }>(
      db,
      sql`select device_id, metric, count(*)::int as buckets, min(sum / n) as min_avg,
                 (array_agg(sum / n order by bucket desc))[1] as last_avg
          from site_rollups_live
          where ${anyDevice(deviceIds)} and metric = any(${metricList}::text[]) and resolution = 'minute' and n > 0
            and bucket >= ${new Date(now.getTime() - minutes * 60_000).toISOString()} and bucket <= ${now.toISOString()}
          group by device_id, metric`,
    );
    const byKey = new Map(rows.map((r) => [`${r.device_id}|${r.metric}`, r]));
    for (const w of work) {
      if (w.rule.sustainedMinutes !== minutes) continue;
      const r = byKey.get(`${w.deviceId}|${w.rule.metric}`);
      if (!r) continue;
      // Exceeded when every minute average in the window is over the limit and the window is ≥ 75 % covered
      // (the HJ 212 C.16 validity share); cleared as soon as the latest minute is back under.
      const covered = Number(r.buckets) >= Math.ceil(0.75 * minutes);
      const exceeded = covered && Number(r.min_avg) > w.rule.limitValue;
      const value = exceeded ? Number(r.min_avg) : Number(r.last_avg);
      if (exceeded || Number(r.last_avg) <= w.rule.limitValue) result.set(`${w.deviceId}|${w.rule.id}`, { value, exceeded });
    }
  }
  return result;
}

// ---------- lifecycle by people ----------

export async function getAlarm(db: DbOrTx, id: string): Promise<AlarmRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(siteAlarms).where(eq(siteAlarms.id, id));
  return row ?? null;
}

/** open → acknowledged, or open/acknowledged → closed, with who and when; audited and announced live. */
export async function changeAlarm(
  tx: DbOrTx,
  actor: AuditActor,
  project: ProjectRef,
  alarm: AlarmRow,
  to: Exclude<AlarmState, 'open'>,
  note?: string | null,
) {
  if (to === 'acknowledged' && alarm.state !== 'open') throw conflict('alarm_not_open');
  if (to === 'closed' && alarm.state === 'closed') throw conflict('alarm_already_closed');
  const now = new Date();
  const set: Partial<AlarmRow> =
    to === 'acknowledged'
      ? { state: 'acknowledged', acknowledgedAt: now, acknowledgedBy: actor.name, note: note ?? alarm.note }
      : { state: 'closed', closedAt: now, closedBy: actor.name, note: note ?? alarm.note };
  const [after] = await tx
    .update(siteAlarms)
    .set(set)
    .where(and(eq(siteAlarms.id, alarm.id), eq(siteAlarms.state, alarm.state)))
    .returning();
  if (!after) throw conflict('alarm_changed');
  await recordAudit(tx, actor, {
    action: to === 'acknowledged' ? 'site.alarm.acknowledge' : 'site.alarm.close',
    entityType: 'site_alarm',
    entityId: alarm.id,
    regionCode: project.regionCode,
    organisationId: project.ownerOrganisationId,
    before: alarmView(alarm),
    after: alarmView(after),
  });
  await notifyAlarm(tx, after.projectId, alarmView(after));
  const where = {
    subject: `/projects/${after.projectId}/alarms/${after.id}`,
    projectId: after.projectId,
    organisationId: project.ownerOrganisationId,
    regionCode: project.regionCode,
  };
  if (to === 'acknowledged')
    await recordEvent(tx, alarmAcknowledged, {
      ...where,
      data: { projectId: after.projectId, alarmId: after.id, deviceId: after.deviceId, kind: after.kind },
    });
  else
    await recordEvent(tx, alarmClosed, {
      ...where,
      data: {
        projectId: after.projectId,
        alarmId: after.id,
        deviceId: after.deviceId,
        kind: after.kind,
        closedBySystem: false,
        note: after.note,
      },
    });
  return after;
}

export async function listAlarms(db: DbOrTx, projectIds: string[], f: { state?: AlarmState | 'active'; limit?: number; offset?: number }) {
  if (!projectIds.length) return { rows: [] as AlarmRow[], total: 0 };
  const where: SQL[] = [inArray(siteAlarms.projectId, projectIds)];
  if (f.state === 'active') where.push(ne(siteAlarms.state, 'closed'));
  else if (f.state) where.push(eq(siteAlarms.state, f.state));
  const counted = db
    .select({ n: count() })
    .from(siteAlarms)
    .where(and(...where));
  const rows = await db
    .select({ a: siteAlarms, total: totalColumn(counted) })
    .from(siteAlarms)
    .where(and(...where))
    .orderBy(desc(siteAlarms.openedAt))
    .limit(f.limit ?? 50)
    .offset(f.offset ?? 0);
  const { items, total } = await pageFromRows(rows, counted);
  return { rows: items.map((r) => r.a), total };
}
