// Migration 0150 on data: rows written with the pre-migration (unpartitioned) schema all survive, byte for byte, in
// weekly partitions; the writer's deduplication still holds on the partitioned table; partitions are made ahead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows, sql, type Database } from '../../db/database.js';
import { migrate, migrationsDir } from '../../db/migrate.js';
import { openTestDatabase } from '../../testing/harness.js';
import { ensureReadingPartitions, maintainReadingPartitions, partitionName, readingPartitions, weekStart } from './partitions.js';
import { ReadingWriter, type ReadingRow } from './writer.js';

let database: Database;
let drop: () => Promise<void>;
const DAY = 86_400_000;
const now = Date.now();
const devices = ['7d1f3c52-0000-4000-8000-000000000001', '7d1f3c52-0000-4000-8000-000000000002'];

const fingerprint = async () => {
  const [r] = await selectRows<{ n: number; sum: string; digest: string }>(
    database.db,
    sql`select count(*)::int as n, sum(value)::text as sum,
               md5(string_agg(concat_ws('|', device_id, metric, extract(epoch from time)::text, kind, value::text, flag, source, coalesce(quality, '∅')), ',' order by device_id, metric, time, kind)) as digest
        from site_readings`,
  );
  return { n: Number(r!.n), sum: r!.sum, digest: r!.digest };
};

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  // The schema as it was before 0150.
  const before = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-mig-'));
  for (const f of fs.readdirSync(migrationsDir).filter((f) => f < '0150'))
    fs.symlinkSync(path.join(migrationsDir, f), path.join(before, f));
  await migrate(database, before);
  fs.rmSync(before, { recursive: true, force: true });
}, 120_000);
afterAll(async () => {
  await database?.close();
  await drop?.();
});

describe('migration 0150: site_readings partitioned by week', () => {
  it('keeps every row: counts and checksums agree before and after, and nothing is left in the default partition', async () => {
    // 3,000 rows over ~350 days back to an hour ahead, every kind, flags, a quality mark, extreme values.
    await database.db.execute(sql`
      insert into site_readings (device_id, metric, time, kind, value, flag, source, quality)
      select (array[${devices[0]}::uuid, ${devices[1]}::uuid])[1 + g % 2], (array['pm10','noise_leq','temperature'])[1 + g % 3],
             to_timestamp(${now / 1000}::float8 + 3600 - g * 10007.5), (array['rtd','rtd','minute','hour','day'])[1 + g % 5],
             case when g = 7 then -1.5e300 when g = 8 then 1e-300 else g / 7.0 end,
             (array['N','F','M','D'])[1 + g % 4], (array['hj212','mqtt','http','seed'])[1 + g % 4],
             case when g % 11 = 0 then 'spike,flat' end
      from generate_series(0, 2999) g`);
    const before = await fingerprint();
    expect(before.n).toBe(3000);
    const weeksWithRows = Number(
      (
        await selectRows<{ n: number }>(
          database.db,
          sql`select count(distinct date_trunc('week', time at time zone 'UTC' + interval '8 hours'))::int as n from site_readings`,
        )
      )[0]!.n,
    );

    const report = await migrate(database);
    expect(report.applied[0]).toBe('0150_site_readings_partitioned.sql');

    expect(await fingerprint()).toEqual(before);
    const [kind] = await selectRows<{ relkind: string }>(
      database.db,
      sql`select relkind::text from pg_class where relname = 'site_readings'`,
    );
    expect(kind!.relkind).toBe('p');
    const parts = await readingPartitions(database.db);
    // One partition per week with rows, plus two weeks back, this week and four ahead (some may coincide).
    expect(parts.length).toBeGreaterThanOrEqual(weeksWithRows);
    expect(parts.map((p) => p.name)).toContain(partitionName(weekStart(now + 28 * DAY)));
    const [def] = await selectRows<{ n: number }>(database.db, sql`select count(*)::int as n from site_readings_default`);
    expect(Number(def!.n)).toBe(0);
    // Each row sits in the partition of its week (China time).
    const misplaced = await selectRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from site_readings r join pg_class c on c.oid = r.tableoid
          where c.relname <> 'site_readings_p' || to_char(site_readings_week_start(r.time) at time zone 'UTC' + interval '8 hours', 'YYYYMMDD')`,
    );
    expect(Number(misplaced[0]!.n)).toBe(0);
  });

  it('weeks start on Monday 00:00 China time in SQL and in TypeScript alike', async () => {
    // 2026-12-06 is a Sunday; 16:00 UTC that day is Monday 00:00 in China.
    expect(new Date(weekStart(Date.parse('2026-12-06T15:59:59Z'))).toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(new Date(weekStart(Date.parse('2026-12-06T16:00:00Z'))).toISOString()).toBe('2026-12-06T16:00:00.000Z');
    expect(partitionName(Date.parse('2026-12-06T16:00:00Z'))).toBe('site_readings_p20261207');
    const [r] = await selectRows<{ w: string }>(
      database.db,
      sql`select to_char(site_readings_week_start('2026-12-06T15:59:59Z') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as w`,
    );
    expect(r!.w).toBe('2026-11-29T16:00:00');
  });

  it('keeps duplicate frames deduplicated across the partitioned table, also for rows in the default partition', async () => {
    const writer = new ReadingWriter(database);
    const row = (t: number, value: number): ReadingRow => ({
      deviceId: devices[0]!,
      projectId: devices[0]!,
      metric: 'pm2_5',
      time: new Date(t),
      kind: 'rtd',
      value,
      flag: 'N',
      source: 'hj212',
    });
    // Now (a weekly partition) and 380 days back (older than the first test's rows) in a week with no partition (the default partition).
    const times = [now - 60_000, now - 380 * DAY];
    expect(await writer.write(times.map((t) => row(t, 1)))).toEqual({ stored: 2, duplicates: 0 });
    // The same frame again, and twice within one statement: stored once.
    const again = await Promise.all([writer.write(times.map((t) => row(t, 2))), writer.write(times.map((t) => row(t, 3)))]);
    expect(again).toEqual([
      { stored: 0, duplicates: 2 },
      { stored: 0, duplicates: 2 },
    ]);
    // The scheduler gives the old week its partition; the row moves there and still deduplicates.
    const { created } = await maintainReadingPartitions(database, now);
    expect(created).toBeGreaterThanOrEqual(1);
    const [def] = await selectRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from site_readings_default where device_id = ${devices[0]} and metric = 'pm2_5'`,
    );
    expect(Number(def!.n)).toBe(0);
    expect(await writer.write(times.map((t) => row(t, 4)))).toEqual({ stored: 0, duplicates: 2 });
    const stored = await selectRows<{ value: number }>(
      database.db,
      sql`select value from site_readings where device_id = ${devices[0]} and metric = 'pm2_5' order by time`,
    );
    expect(stored.map((r) => Number(r.value))).toEqual([1, 1]);
    // The rollup queue counted each reading once.
    const [q] = await selectRows<{ n: number }>(
      database.db,
      sql`select coalesce(sum(total), 0)::int as n from site_rollup_pending where device_id = ${devices[0]} and metric = 'pm2_5'`,
    );
    expect(Number(q!.n)).toBe(2);
    await writer.close();
  });

  it('creates missing weeks ahead once, and a second run creates none', async () => {
    const far = now + 60 * DAY;
    const first = await ensureReadingPartitions(database.db, new Date(now), new Date(far));
    const second = await ensureReadingPartitions(database.db, new Date(now), new Date(far));
    expect(first).toBeGreaterThanOrEqual(4);
    expect(second).toBe(0);
    expect((await readingPartitions(database.db)).map((p) => p.name)).toContain(partitionName(weekStart(far)));
  });
});
