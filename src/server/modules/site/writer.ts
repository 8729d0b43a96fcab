// The one durable write path for every ingestion route (HJ 212, MQTT, HTTP). Callers hand over validated readings
// and get a promise that settles only after the rows are committed, so each path acknowledges (9014, PUBACK, 2xx)
// strictly after a durable write. Concurrent submissions are coalesced into multi-row statements, and a bounded
// queue makes callers wait (their sockets stop being read) instead of letting memory grow when the database is slow.
import { selectRows, sql, type Database } from '../../db/database.js';
import type { ReadingKindName } from './tables.js';

export type ReadingRow = {
  deviceId: string;
  projectId: string;
  metric: string;
  time: Date;
  kind: ReadingKindName;
  value: number;
  flag: string;
  source: 'hj212' | 'mqtt' | 'http' | 'seed';
};

/** How one submission ended: rows newly stored and rows that were already there (idempotent re-delivery). */
export type WriteOutcome = { stored: number; duplicates: number };

/** A PostgreSQL array literal with every element quoted (NULL for null), passed as one text parameter. */
export function pgArray(values: ReadonlyArray<string | number | null>): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

export class StorageUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super(`readings could not be stored: ${(cause as Error)?.message ?? cause}`);
  }
}

export type WriterOptions = {
  /** Rows per statement; entries are never split, so a statement may carry one larger entry. */
  maxBatchRows?: number;
  /** Rows queued or in flight before new submissions wait for room. */
  maxPendingRows?: number;
  /** Statements in flight at once per instance. */
  concurrency?: number;
  /** How long a submission keeps being retried through a database outage before it fails (and is not acknowledged). */
  retryForMs?: number;
  /** Called after each commit with the rows that were newly stored (for live fan-out). */
  onCommitted?: (rows: ReadingRow[]) => void;
  /** Called after each successful insert statement with its duration and row count (metrics). */
  onStatement?: (seconds: number, rows: number) => void;
};

type Entry = { rows: ReadingRow[]; resolve(o: WriteOutcome): void; reject(e: unknown): void; since: number; released?: boolean };

// Insert-or-skip the raw rows and queue only the newly inserted real-time samples, summed per device, metric and
// minute, for the minute/hour/day rollups, in one statement so the rollups (site_rollups_live: folded rows plus this
// queue) can never disagree with the raw table. Folding is a separate job (foldPendingRollups): a frame of 7 metrics
// from 1,000 different devices would otherwise be 21 rollup upserts per frame, against one append here.
const writeStatement = (p: string[]) => sql`
with raw as (
  select * from unnest(${p[0]}::int[], ${p[1]}::uuid[], ${p[2]}::text[], ${p[3]}::timestamptz[], ${p[4]}::text[], ${p[5]}::float8[], ${p[6]}::text[], ${p[7]}::text[])
    as t(ord, device_id, metric, time, kind, value, flag, source)
), ins as (
  -- raw holds each key once (execute() keeps the first copy), so every stored row joins back to one entry below.
  insert into site_readings (device_id, metric, time, kind, value, flag, source)
  select device_id, metric, time, kind, value, flag, source from raw
  on conflict do nothing
  returning device_id, metric, time, kind, value, flag
), pending as (
  insert into site_rollup_pending (device_id, metric, minute, n, sum, min, max, total)
  select ins.device_id, ins.metric, to_timestamp(floor(extract(epoch from ins.time) / 60) * 60),
         count(*) filter (where ins.flag = 'N'), coalesce(sum(ins.value) filter (where ins.flag = 'N'), 0),
         min(ins.value) filter (where ins.flag = 'N'), max(ins.value) filter (where ins.flag = 'N'), count(*)
  from ins
  where ins.kind = 'rtd'
  group by 1, 2, 3
), seen as (
  -- Last-seen is refreshed at most every 5 s per device: a hot device must not turn every batch into a row update.
  update site_devices d set last_seen_at = now()
  from (select distinct device_id from raw) c
  where d.id = c.device_id and (d.last_seen_at is null or d.last_seen_at < now() - interval '5 seconds')
)
select i.ord, count(*)::int as n from raw i join ins using (device_id, metric, time, kind) group by i.ord`;

// Connection loss, server shutdown, deadlock, serialization failure, too many connections: worth retrying.
const TRANSIENT_SQLSTATE = /^(08|57P0|40001|40P01|53300|55P03)/;
function isTransient(err: unknown): boolean {
  // Drizzle wraps driver errors ("Failed query: …") with the driver's error as the cause.
  const cause = (err as { cause?: unknown })?.cause;
  if (cause && cause !== err && isTransient(cause)) return true;
  const e = err as { code?: string; message?: string };
  if (
    typeof e?.code === 'string' &&
    (TRANSIENT_SQLSTATE.test(e.code) || e.code.startsWith('ECONN') || e.code === 'EPIPE' || e.code === 'ETIMEDOUT')
  )
    return true;
  return /Connection terminated|connection (is )?closed|not queryable|terminating connection|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(
    e?.message ?? '',
  );
}

export class ReadingWriter {
  // A FIFO read from `head`: Array.shift() moves every element, and a burst queues 10,000 frames at once.
  private queue: Entry[] = [];
  private head = 0;
  private pendingRows = 0;
  private inFlight = 0;
  private scheduled = false;
  private roomWaiters: Array<() => void> = [];
  private closed = false;
  private readonly maxBatchRows: number;
  private readonly maxPendingRows: number;
  private readonly concurrency: number;
  private readonly retryForMs: number;
  /** Counters for metrics and the benchmark. */
  readonly stats = { statements: 0, rowsStored: 0, retries: 0, waitsForRoom: 0 };

  constructor(
    private readonly database: Database,
    private readonly options: WriterOptions = {},
  ) {
    this.maxBatchRows = options.maxBatchRows ?? 5000;
    this.maxPendingRows = options.maxPendingRows ?? 100_000;
    this.concurrency = database.kind === 'pglite' ? 1 : (options.concurrency ?? 2);
    this.retryForMs = options.retryForMs ?? 30_000;
  }

  /** Rows waiting or being written: the backlog a health check or the UI can show. */
  get backlog(): number {
    return this.pendingRows;
  }

  /** Stores rows durably; resolves after commit, rejects with StorageUnavailableError if the database stays away. */
  async write(rows: ReadingRow[]): Promise<WriteOutcome> {
    if (rows.length === 0) return { stored: 0, duplicates: 0 };
    if (this.closed) throw new StorageUnavailableError(new Error('writer closed'));
    // Backpressure: wait for room rather than queueing without bound. One entry may always enter an empty queue.
    while (this.pendingRows > 0 && this.pendingRows + rows.length > this.maxPendingRows) {
      this.stats.waitsForRoom++;
      await new Promise<void>((r) => this.roomWaiters.push(r));
    }
    return new Promise<WriteOutcome>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject, since: Date.now() });
      this.pendingRows += rows.length;
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate lets every submission of this event-loop turn join the same statement.
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.concurrency && this.head < this.queue.length) {
      const batch: Entry[] = [];
      let rows = 0;
      while (this.head < this.queue.length && (batch.length === 0 || rows + this.queue[this.head]!.rows.length <= this.maxBatchRows)) {
        const e = this.queue[this.head++]!;
        batch.push(e);
        rows += e.rows.length;
      }
      if (this.head === this.queue.length) {
        this.queue = [];
        this.head = 0;
      } else if (this.head > 4096) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  /** Frees the entries' room in the queue, once per entry whichever way its write ends. */
  private release(entries: Entry[]): void {
    for (const e of entries) {
      if (e.released) continue;
      e.released = true;
      this.pendingRows -= e.rows.length;
    }
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const w of waiters) w();
  }

  private async flush(batch: Entry[]): Promise<void> {
    let delay = 100;
    let perEntry: Map<number, number>;
    for (;;) {
      try {
        perEntry = await this.execute(batch);
        break;
      } catch (err) {
        if (!isTransient(err)) {
          if (batch.length > 1) {
            // One entry's bad data must not fail its neighbours: write each alone.
            await Promise.all(batch.map((e) => this.flush([e])));
            return;
          }
          this.release(batch);
          batch[0]!.reject(err);
          return;
        }
        const oldest = batch.reduce((min, e) => Math.min(min, e.since), Infinity);
        if (this.closed || Date.now() - oldest > this.retryForMs) {
          this.release(batch);
          for (const e of batch) e.reject(new StorageUnavailableError(err));
          return;
        }
        this.stats.retries++;
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 2000);
      }
    }
    // Committed: from here on nothing may turn the write into a failure (the client would re-send stored rows).
    this.release(batch);
    const committed: ReadingRow[] = [];
    batch.forEach((e, i) => {
      const stored = perEntry.get(i) ?? 0;
      // A loop, not push(...rows): spreading an entry of 130,000 rows overflowed the call stack after the commit.
      if (stored > 0) for (const r of e.rows) committed.push(r);
      e.resolve({ stored, duplicates: e.rows.length - stored });
    });
    if (committed.length && this.options.onCommitted) {
      try {
        this.options.onCommitted(committed);
      } catch {
        // Live fan-out is best effort; the rows are stored and acknowledged.
      }
    }
  }

  private async execute(batch: Entry[]): Promise<Map<number, number>> {
    const ord: number[] = [];
    const device: string[] = [];
    const metric: string[] = [];
    const time: string[] = [];
    const kind: string[] = [];
    const value: number[] = [];
    const flag: string[] = [];
    const source: string[] = [];
    // A key sent twice in one statement is stored once and counted for the entry that sent it first (the rest are
    // duplicates); deduplicating here spares PostgreSQL a sort of the whole batch.
    const seen = new Set<string>();
    batch.forEach((e, i) => {
      for (const r of e.rows) {
        const key = `${r.deviceId}|${r.metric}|${r.time.getTime()}|${r.kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ord.push(i);
        device.push(r.deviceId);
        metric.push(r.metric);
        time.push(r.time.toISOString());
        kind.push(r.kind);
        value.push(r.value);
        flag.push(r.flag);
        source.push(r.source);
      }
    });
    // Array literals built here rather than by the driver: every element is validated upstream (uuid, [a-z0-9_]
    // metric, ISO time, enum kind/source, one-letter flag), so none needs quoting, and this is several times faster.
    const lit = (a: Array<string | number>) => `{${a.join(',')}}`;
    // Through the pool's query path (not a checked-out client), which survives a connection dying mid-query.
    const started = performance.now();
    const rows = await selectRows<{ ord: number; n: number }>(
      this.database.db,
      writeStatement([lit(ord), lit(device), lit(metric), lit(time), lit(kind), lit(value), lit(flag), lit(source)]),
    );
    this.options.onStatement?.((performance.now() - started) / 1000, ord.length);
    this.stats.statements++;
    const map = new Map<number, number>();
    for (const r of rows) {
      map.set(Number(r.ord), Number(r.n));
      this.stats.rowsStored += Number(r.n);
    }
    return map;
  }

  /** Stops accepting work and waits for what is queued to settle. */
  async close(): Promise<void> {
    while (this.head < this.queue.length || this.inFlight > 0) await new Promise((r) => setTimeout(r, 20));
    this.closed = true;
  }
}
