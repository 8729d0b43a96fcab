// Weekly partitions of site_readings (migration 0150, docs/decisions/0150-site-readings-partitions.md): created
// ahead by a scheduled job, and retention that drops whole expired partitions instead of deleting rows. Retention
// periods (raw and per rollup resolution) are site_settings rows an admin or a ministry regulator edits in the UI.
import { selectRows, sql, type Database, type DbOrTx } from '../../db/database.js';

/** Weeks created ahead of the current one, so a scheduler outage of up to four weeks never sends rows to the default. */
export const PARTITION_WEEKS_AHEAD = 4;
/** And behind it: loggers re-send what they buffered during an outage, so the last two weeks still see writes. */
export const PARTITION_WEEKS_BEHIND = 2;
const WEEK_MS = 7 * 86_400_000;
const CST_MS = 8 * 3_600_000;

export type RetentionSettings = {
  /** Raw readings are kept this many days (at most a week longer: a partition goes once all of it has expired). */
  rawDays: number;
  /** Rollups per resolution; null = kept for good. */
  minuteDays: number | null;
  hourDays: number | null;
  dayDays: number | null;
};
const SETTING_KEYS = {
  rawDays: 'raw_retention_days',
  minuteDays: 'rollup_minute_retention_days',
  hourDays: 'rollup_hour_retention_days',
  dayDays: 'rollup_day_retention_days',
} as const satisfies Record<keyof RetentionSettings, string>;
const DEFAULTS: RetentionSettings = { rawDays: 400, minuteDays: null, hourDays: null, dayDays: null };

export async function readRetention(db: DbOrTx): Promise<RetentionSettings> {
  const rows = await selectRows<{ key: string; value: unknown }>(
    db,
    sql`select key, value from site_settings where key = any(${`{${Object.values(SETTING_KEYS).join(',')}}`}::text[])`,
  );
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  const read = (k: keyof RetentionSettings) => {
    const v = byKey.get(SETTING_KEYS[k]);
    const n = typeof v === 'string' ? Number(v) : v;
    return typeof n === 'number' && Number.isFinite(n) ? n : k === 'rawDays' ? DEFAULTS.rawDays : null;
  };
  return {
    rawDays: read('rawDays') ?? DEFAULTS.rawDays,
    minuteDays: read('minuteDays'),
    hourDays: read('hourDays'),
    dayDays: read('dayDays'),
  };
}

/** Stores the settings (caller audits, in the same transaction). */
export async function writeRetention(tx: DbOrTx, s: RetentionSettings): Promise<void> {
  for (const k of Object.keys(SETTING_KEYS) as Array<keyof RetentionSettings>)
    await tx.execute(
      sql`insert into site_settings (key, value) values (${SETTING_KEYS[k]}, ${JSON.stringify(s[k])}::jsonb)
          on conflict (key) do update set value = excluded.value`,
    );
}

/** Monday 00:00 China time of the week `t` falls in. */
export function weekStart(t: number): number {
  const local = t + CST_MS;
  const day = Math.floor(local / 86_400_000);
  const monday = day - ((day + 3) % 7); // 1970-01-01 was a Thursday
  return monday * 86_400_000 - CST_MS;
}

/** The partition holding week `start` (a weekStart), named after its Monday. */
export function partitionName(start: number): string {
  return `site_readings_p${new Date(start + CST_MS).toISOString().slice(0, 10).replaceAll('-', '')}`;
}

/** Creates the weekly partitions covering [from, to] that are missing; returns how many it created. */
export async function ensureReadingPartitions(db: DbOrTx, from: Date, to: Date): Promise<number> {
  let created = 0;
  for (let w = weekStart(from.getTime()); w <= to.getTime(); w += WEEK_MS) {
    const [r] = await selectRows<{ created: boolean }>(
      db,
      sql`select site_readings_ensure_week(${new Date(w).toISOString()}::timestamptz) as created`,
    );
    if (r?.created) created++;
  }
  return created;
}

/**
 * The scheduled job: this week, PARTITION_WEEKS_BEHIND before and PARTITION_WEEKS_AHEAD after exist, and rows that landed in the default
 * partition (a backfill of an old week) move into a partition of their week, unless that week has expired anyway.
 */
export async function maintainReadingPartitions(database: Database, now = Date.now()): Promise<{ created: number }> {
  let created = await ensureReadingPartitions(
    database.db,
    new Date(now - PARTITION_WEEKS_BEHIND * WEEK_MS),
    new Date(now + PARTITION_WEEKS_AHEAD * WEEK_MS),
  );
  const { rawDays } = await readRetention(database.db);
  const weeks = await selectRows<{ w: string }>(
    database.db,
    sql`select distinct site_readings_week_start(time) as w from site_readings_default
        where time >= ${new Date(now - rawDays * 86_400_000).toISOString()}::timestamptz`,
  );
  for (const { w } of weeks) created += await ensureReadingPartitions(database.db, new Date(w), new Date(w));
  return { created };
}

/** The weekly partitions that exist, oldest first. */
export async function readingPartitions(db: DbOrTx): Promise<Array<{ name: string; from: Date; to: Date }>> {
  const rows = await selectRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'site_readings'::regclass and c.relname ~ '^site_readings_p[0-9]{8}$' order by 1`,
  );
  return rows.map(({ name }) => {
    const d = name.slice(-8);
    const from = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8))) - CST_MS;
    return { name, from: new Date(from), to: new Date(from + WEEK_MS) };
  });
}

export type RetentionOutcome = { droppedPartitions: string[]; deletedDefaultRows: number; deletedRollups: number };

/**
 * Raw retention drops every partition whose whole week is older than the raw period (one catalogue change instead
 * of deleting and vacuuming millions of rows), deletes the few expired rows of the default partition, and deletes
 * rollups older than their resolution's period, in bounded chunks.
 */
export async function applyRetention(database: Database, now = Date.now()): Promise<RetentionOutcome> {
  const s = await readRetention(database.db);
  const cutoff = now - s.rawDays * 86_400_000;
  const droppedPartitions: string[] = [];
  for (const p of await readingPartitions(database.db)) {
    if (p.to.getTime() > cutoff) break;
    // DROP takes an exclusive lock on site_readings for a moment; wait at most 5 s for in-flight writes, else the next
    // run tries again rather than holding up ingestion behind the lock queue.
    const dropped = await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`set local lock_timeout = '5s'`);
        await tx.execute(sql.raw(`drop table ${p.name}`));
        return true;
      })
      .catch(() => false);
    if (dropped) droppedPartitions.push(p.name);
  }
  const chunked = async (query: () => ReturnType<typeof sql>) => {
    let total = 0;
    for (;;) {
      const [r] = await selectRows<{ n: number }>(database.db, query());
      const n = Number(r?.n ?? 0);
      total += n;
      if (n < 10_000) return total;
    }
  };
  const cutoffIso = new Date(cutoff).toISOString();
  const deletedDefaultRows = await chunked(
    () => sql`with gone as (
      delete from site_readings_default where ctid in (
        select ctid from site_readings_default where time < ${cutoffIso}::timestamptz limit 10000)
      returning 1) select count(*)::int as n from gone`,
  );
  let deletedRollups = 0;
  for (const [resolution, days] of [
    ['minute', s.minuteDays],
    ['hour', s.hourDays],
    ['day', s.dayDays],
  ] as const) {
    if (days === null) continue;
    const before = new Date(now - days * 86_400_000).toISOString();
    deletedRollups += await chunked(
      () => sql`with gone as (
        delete from site_rollups where ctid in (
          select ctid from site_rollups where resolution = ${resolution} and bucket < ${before}::timestamptz limit 10000)
        returning 1) select count(*)::int as n from gone`,
    );
  }
  return { droppedPartitions, deletedDefaultRows, deletedRollups };
}
