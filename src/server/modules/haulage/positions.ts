// The one durable write path for JT/T 808 positions. The gateway hands over decoded reports and gets a promise that
// settles only after they are committed; only then does it send 0x8001. Submissions from every connection are
// coalesced into multi-row statements, and a bounded queue makes connections wait (their sockets are paused while
// they wait) instead of letting memory grow when the database is slow.
import { selectRows, sql, type Database, type DbOrTx } from '../../db/database.js';

export type PositionRow = {
  vehicleId: string;
  time: Date;
  latE6: number;
  lonE6: number;
  altitudeM: number;
  speedDkmh: number;
  heading: number;
  alarm: number;
  status: number;
  mileageKm: number | null;
  backfill: boolean;
};

/** A PostgreSQL array literal with every element quoted (NULL for null), passed as one text parameter. */
function pgArray(values: ReadonlyArray<string | number | boolean | null>): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

/** Inserts positions in one statement; a (vehicle, time) already stored is skipped (a resend after a lost 0x8001). */
export async function insertPositions(db: DbOrTx, rows: PositionRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const col = <K extends keyof PositionRow>(k: K, f: (v: PositionRow[K]) => string | number | boolean | null = (v) => v as never) =>
    pgArray(rows.map((r) => f(r[k])));
  const inserted = await selectRows<{ n: number }>(
    db,
    sql`with ins as (
          insert into haulage_positions (vehicle_id, time, lat_e6, lon_e6, altitude_m, speed_dkmh, heading, alarm, status, mileage_km, backfill)
          select * from unnest(${col('vehicleId')}::uuid[], ${col('time', (t) => t.toISOString())}::timestamptz[], ${col('latE6')}::int[],
            ${col('lonE6')}::int[], ${col('altitudeM')}::int[], ${col('speedDkmh')}::int[], ${col('heading')}::int[], ${col('alarm')}::bigint[],
            ${col('status')}::bigint[], ${col('mileageKm')}::numeric[], ${col('backfill')}::boolean[])
          on conflict (vehicle_id, time) do nothing
          returning 1)
        select count(*)::int as n from ins`,
  );
  return Number(inserted[0]?.n ?? 0);
}

type Entry = { rows: PositionRow[]; resolve: () => void; reject: (e: unknown) => void };

export type PositionWriterOptions = {
  /** Rows per statement (entries are not split). */
  maxBatchRows?: number;
  /** Rows queued before submissions wait for room. */
  maxPendingRows?: number;
  /** Statements in flight at once. */
  concurrency?: number;
  /** Called after each commit with the committed rows (live map, geofence evaluation). */
  onCommitted?: (rows: PositionRow[]) => void;
};

export class PositionWriter {
  private queue: Entry[] = [];
  private queuedRows = 0;
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private closed = false;
  readonly stats = { statements: 0, rows: 0, stored: 0, failures: 0 };
  private readonly opts: Required<Omit<PositionWriterOptions, 'onCommitted'>> & Pick<PositionWriterOptions, 'onCommitted'>;

  constructor(
    private readonly database: Database,
    options: PositionWriterOptions = {},
  ) {
    this.opts = { maxBatchRows: 5000, maxPendingRows: 50_000, concurrency: 2, ...options };
  }

  /** Resolves once every row is committed (or was already stored); rejects when the database refused the batch. */
  async write(rows: PositionRow[]): Promise<void> {
    if (this.closed) throw new Error('position writer closed');
    if (rows.length === 0) return;
    while (this.queuedRows >= this.opts.maxPendingRows) await new Promise<void>((r) => this.waiters.push(r));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      this.queuedRows += rows.length;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.opts.concurrency && this.queue.length > 0) {
      const batch: Entry[] = [];
      let n = 0;
      while (this.queue.length > 0 && (batch.length === 0 || n + this.queue[0].rows.length <= this.opts.maxBatchRows)) {
        const e = this.queue.shift()!;
        batch.push(e);
        n += e.rows.length;
      }
      this.queuedRows -= n;
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        while (this.waiters.length > 0 && this.queuedRows < this.opts.maxPendingRows) this.waiters.shift()!();
        this.pump();
      });
    }
  }

  private async flush(batch: Entry[]): Promise<void> {
    const rows = batch.flatMap((e) => e.rows);
    try {
      const stored = await insertPositions(this.database.db, rows);
      this.stats.statements++;
      this.stats.rows += rows.length;
      this.stats.stored += stored;
      for (const e of batch) e.resolve();
      this.opts.onCommitted?.(rows);
    } catch (err) {
      this.stats.failures++;
      for (const e of batch) e.reject(err);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    while (this.inFlight > 0 || this.queue.length > 0) await new Promise((r) => setTimeout(r, 10));
  }
}
