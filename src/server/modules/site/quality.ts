// Data-quality screening job: runs the siteQuality detectors over each device's newly arrived real-time samples
// (with a little history for context), marks the suspicious readings (they stay stored) and tallies the share.
// Samples arriving with a time before the device's screened-until mark are not screened again.
import {
  assessSeries,
  detectPm25AbovePm10,
  detectSuddenDrop,
  type QualityFlag,
  type SeriesPoint,
} from '../../../domain/siteQuality/index.js';
import { selectRows, sql, type Database } from '../../db/database.js';

/** Earlier samples per metric loaded as context (flatline runs of 10, spike windows of 10). */
const CONTEXT = 20;
/** Most new samples screened per device per pass; the rest waits for the next pass. */
const MAX_NEW = 20_000;
/** Devices screened per pass. */
const DEVICES_PER_PASS = 200;

type Row = { metric: string; time: Date; value: number; isNew: boolean };

/** Screens every device that has received data since its last screening; returns readings checked and flagged. */
export async function screenDataQuality(database: Database): Promise<{ checked: number; flagged: number }> {
  const devices = await selectRows<{ id: string; checked_until: Date | string | null }>(
    database.db,
    sql`select id, quality_checked_until as checked_until from site_devices
        where last_seen_at is not null and (quality_checked_until is null or last_seen_at > quality_checked_until)
        order by quality_checked_until nulls first limit ${DEVICES_PER_PASS}`,
  );
  let checked = 0;
  let flagged = 0;
  for (const d of devices) {
    const r = await screenDevice(database, d.id, d.checked_until ? new Date(d.checked_until) : null);
    checked += r.checked;
    flagged += r.flagged;
  }
  return { checked, flagged };
}

export async function screenDevice(database: Database, deviceId: string, checkedUntil: Date | null) {
  const db = database.db;
  const since = checkedUntil ?? new Date(0);
  const fresh = await selectRows<{ metric: string; time: Date | string; value: number }>(
    db,
    sql`select metric, time, value from site_readings
        where device_id = ${deviceId} and kind = 'rtd' and time > ${since.toISOString()} and time <= now()
        order by time limit ${MAX_NEW}`,
  );
  if (!fresh.length) {
    await db.execute(
      sql`update site_devices set quality_checked_until = greatest(coalesce(quality_checked_until, now()), last_seen_at) where id = ${deviceId}`,
    );
    return { checked: 0, flagged: 0 };
  }
  const metrics = [...new Set(fresh.map((r) => r.metric))];
  const context = checkedUntil
    ? await selectRows<{ metric: string; time: Date | string; value: number }>(
        db,
        sql`select c.metric, c.time, c.value from unnest(${`{${metrics.join(',')}}`}::text[]) as m(metric)
            cross join lateral (select metric, time, value from site_readings
              where device_id = ${deviceId} and metric = m.metric and kind = 'rtd' and time <= ${since.toISOString()}
              order by time desc limit ${CONTEXT}) c`,
      )
    : [];
  const byMetric = new Map<string, Row[]>();
  const add = (r: { metric: string; time: Date | string; value: number }, isNew: boolean) => {
    const list = byMetric.get(r.metric) ?? [];
    list.push({ metric: r.metric, time: new Date(r.time), value: Number(r.value), isNew });
    byMetric.set(r.metric, list);
  };
  for (const r of context) add(r, false);
  for (const r of fresh) add(r, true);
  for (const list of byMetric.values()) list.sort((a, b) => a.time.getTime() - b.time.getTime());

  const flags = new Map<string, Set<string>>(); // `${metric}|${iso}` → rules
  const mark = (rows: Row[], perRow: QualityFlag[][]) =>
    perRow.forEach((fl, i) => {
      if (!fl.length || !rows[i]!.isNew) return;
      const key = `${rows[i]!.metric}|${rows[i]!.time.toISOString()}`;
      const set = flags.get(key) ?? new Set<string>();
      for (const f of fl) set.add(f.rule);
      flags.set(key, set);
    });
  const points = (rows: Row[]): SeriesPoint[] => rows.map((r) => ({ time: r.time, value: r.value }));
  for (const [metric, rows] of byMetric) mark(rows, assessSeries(metric, points(rows)));
  const pm10 = byMetric.get('pm10');
  const pm25 = byMetric.get('pm2_5');
  const humidity = byMetric.get('humidity');
  if (pm10 && pm25) mark(pm25, detectPm25AbovePm10(points(pm25), points(pm10)));
  if (pm10 && humidity) mark(pm10, detectSuddenDrop(points(pm10), points(humidity)));

  const newRows = fresh.length;
  const until = new Date(fresh[fresh.length - 1]!.time);
  // Tally per China-local day of the sample.
  const dayOf = (t: Date) => new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const tally = new Map<string, { checked: number; flagged: number; byRule: Record<string, number> }>();
  for (const r of fresh) {
    const day = dayOf(new Date(r.time));
    const t = tally.get(day) ?? { checked: 0, flagged: 0, byRule: {} };
    t.checked++;
    const rules = flags.get(`${r.metric}|${new Date(r.time).toISOString()}`);
    if (rules) {
      t.flagged++;
      for (const rule of rules) t.byRule[rule] = (t.byRule[rule] ?? 0) + 1;
    }
    tally.set(day, t);
  }
  const keys = [...flags.keys()];
  await db.transaction(async (tx) => {
    if (keys.length) {
      await tx.execute(sql`update site_readings r set quality = f.rules
        from unnest(${`{${keys.map((k) => `"${k.split('|')[0]}"`).join(',')}}`}::text[],
                    ${`{${keys.map((k) => `"${k.split('|')[1]}"`).join(',')}}`}::timestamptz[],
                    ${`{${keys.map((k) => `"${[...flags.get(k)!].sort().join(',')}"`).join(',')}}`}::text[]) as f(metric, time, rules)
        where r.device_id = ${deviceId} and r.metric = f.metric and r.time = f.time and r.kind = 'rtd'`);
    }
    for (const [day, t] of tally) {
      await tx.execute(sql`insert into site_quality_tally as q (device_id, day, checked, flagged, by_rule)
        values (${deviceId}, ${day}, ${t.checked}, ${t.flagged}, ${JSON.stringify(t.byRule)}::jsonb)
        on conflict (device_id, day) do update set checked = q.checked + excluded.checked, flagged = q.flagged + excluded.flagged,
          by_rule = (select coalesce(jsonb_object_agg(k, coalesce((q.by_rule->>k)::int, 0) + coalesce((excluded.by_rule->>k)::int, 0)), '{}'::jsonb)
                     from (select jsonb_object_keys(q.by_rule) as k union select jsonb_object_keys(excluded.by_rule)) keys)`);
    }
    await tx.execute(sql`update site_devices set quality_checked_until = ${until.toISOString()} where id = ${deviceId}`);
  });
  return { checked: newRows, flagged: keys.length };
}
