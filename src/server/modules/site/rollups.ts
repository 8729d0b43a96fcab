// Folding queued rollup contributions (site_rollup_pending, appended by the ingest statement) into site_rollups.
// Readers see both through the site_rollups_live view, so folding changes how the data is stored, never what a
// query answers; it only keeps the queue short.
import { selectRows, sql, type Database, type DbOrTx } from '../../db/database.js';

/** Rows of the queue moved per statement: bounds one transaction's work after a long backlog (e.g. a demo seed). */
const FOLD_CHUNK = 50_000;

/**
 * Moves queued minute contributions into the minute, hour and day rollups (GB/T HJ 212 C.16 counts: n valid,
 * total all) and returns how many queue rows it folded. Delete … returning and the upsert are one statement, so a
 * crash leaves each row either still queued or folded, never both; rows committed by writers meanwhile stay for the
 * next fold. Buckets are China local (UTC+8) as in the ingest statement.
 */
export async function foldPendingRollups(db: DbOrTx): Promise<number> {
  let folded = 0;
  for (;;) {
    const rows = await selectRows<{ n: number }>(
      db,
      sql`with moved as (
            delete from site_rollup_pending
            where ctid = any(array(select ctid from site_rollup_pending limit ${FOLD_CHUNK}))
            returning *
          ), roll as (
            insert into site_rollups as r (device_id, metric, resolution, bucket, n, sum, min, max, total)
            select m.device_id, m.metric, b.resolution,
                   to_timestamp(floor((extract(epoch from m.minute) + 28800) / b.secs) * b.secs - 28800),
                   sum(m.n), sum(m.sum), min(m.min), max(m.max), sum(m.total)
            from moved m cross join (values ('minute', 60), ('hour', 3600), ('day', 86400)) as b(resolution, secs)
            group by 1, 2, 3, 4
            order by 1, 2, 3, 4
            on conflict (device_id, metric, resolution, bucket) do update set
              n = r.n + excluded.n, sum = r.sum + excluded.sum, min = least(r.min, excluded.min),
              max = greatest(r.max, excluded.max), total = r.total + excluded.total
          )
          select count(*)::int as n from moved`,
    );
    const n = Number(rows[0]?.n ?? 0);
    folded += n;
    if (n < FOLD_CHUNK) return folded;
  }
}

/** The scheduled job: one instance folds at a time (the scheduler's advisory lock), every second. */
export const rollupFoldJob = { name: 'site.rollups', everyMs: 1_000, run: async (d: Database) => void (await foldPendingRollups(d.db)) };
