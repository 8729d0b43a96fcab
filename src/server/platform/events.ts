// The event log (issue 16): a transactional outbox. A change and its event commit together or not at all; partners
// read the log through the change feed (modules/events), webhooks and notifications consume it through EventRelay.
//
// Order: `seq` is insert order only — a transaction can take seq 10, another seq 11 and commit first. The public order
// is (txid, seq), and a reader only returns rows whose txid is below pg_snapshot_xmin(pg_current_snapshot()), the
// oldest transaction still running anywhere. Any transaction that could still commit a row with a smaller (txid, seq)
// is therefore finished before the cursor can pass that position, so no reader skips a late commit. PGlite (PostgreSQL
// in WASM, one connection) has xid8, pg_current_xact_id() and pg_snapshot_xmin() too, so the same SQL runs there.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { bigint, bigserial, boolean, customType, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Database, DbOrTx, Tx } from '../db/database.js';
import { selectRows, sql } from '../db/database.js';
import type { SQL } from 'drizzle-orm';
import type { ScheduledJob } from './scheduler.js';

/** PostgreSQL's 64-bit transaction id; kept as its decimal text so no precision is lost in JavaScript. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

export const events = pgTable('events', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  id: uuid('id').notNull().unique(),
  txid: xid8('txid').notNull(),
  type: text('type').notNull(),
  source: text('source').notNull(),
  subject: text('subject').notNull(),
  time: timestamp('time', { withTimezone: true }).notNull().defaultNow(),
  data: jsonb('data').notNull(),
  projectId: uuid('project_id'),
  organisationId: uuid('organisation_id'),
  regionCode: text('region_code'),
  dataset: text('dataset'),
});

export const eventConsumers = pgTable('event_consumers', {
  name: text('name').primaryKey(),
  cursor: text('cursor').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const eventLogHorizon = pgTable('event_log_horizon', {
  onlyRow: boolean('only_row').primaryKey(),
  txid: xid8('txid').notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
});

/** The datasets a data-sharing grant names; every event belongs to at most one. */
export const eventDatasets = [
  'projects',
  'applications',
  'planning',
  'site',
  'waste',
  'carbon',
  'bim',
  'quality',
  'supervision',
  'evaluation',
  'tracking',
  'practices',
] as const;
export type EventDataset = (typeof eventDatasets)[number];

export type EventType<S extends z.ZodType = z.ZodType> = {
  /** e.g. `cn.greenbuild.waste.manifest.received.v1`; the trailing `.vN` is the version of `data`'s shape. */
  type: string;
  dataset: EventDataset;
  title: { zh: string; en: string };
  schema: S;
  version: number;
};

const TYPE_NAME = /^cn\.greenbuild\.[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+\.v([1-9][0-9]*)$/;

/** Declares an event type; a module keeps its types in `modules/<m>/events.ts` and exports them from its index. */
export function defineEventType<S extends z.ZodType>(def: {
  type: string;
  dataset: EventDataset;
  title: { zh: string; en: string };
  schema: S;
}): EventType<S> {
  const m = TYPE_NAME.exec(def.type);
  if (!m) throw new Error(`defineEventType: "${def.type}" is not cn.greenbuild.<area>.<thing>.<what>.v<N>`);
  return { ...def, version: Number(m[2]) };
}

/** The CloudEvents 1.0 envelope plus what the feed and the consumers filter on. */
export type StoredEvent = {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  data: unknown;
  /** Opaque position in the public order; pass it as `after` to read what follows. */
  cursor: string;
  projectId: string | null;
  organisationId: string | null;
  regionCode: string | null;
  dataset: EventDataset | null;
};

export const EVENTS_CHANNEL = 'events';

/** Writes an event in the caller's transaction (so it exists only if the change commits) and wakes the relays. */
export async function recordEvent<S extends z.ZodType>(
  tx: DbOrTx,
  type: EventType<S>,
  e: { subject: string; data: z.input<S>; projectId?: string | null; organisationId?: string | null; regionCode?: string | null },
): Promise<string> {
  // A payload that does not match its published schema is a bug; failing here rolls the change back with it.
  const parsed = type.schema.safeParse(e.data);
  if (!parsed.success) throw new Error(`event ${type.type} data does not match its schema: ${z.prettifyError(parsed.error)}`);
  const id = randomUUID();
  await tx.execute(sql`insert into events (id, type, source, subject, data, project_id, organisation_id, region_code, dataset)
    values (${id}, ${type.type}, ${`/greenbuild/${type.dataset}`}, ${e.subject}, ${JSON.stringify(parsed.data)}::jsonb,
            ${e.projectId ?? null}, ${e.organisationId ?? null}, ${e.regionCode ?? null}, ${type.dataset})`);
  // NOTIFY is delivered at commit and dropped on rollback; several in one transaction arrive as one.
  await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, '')`);
  return id;
}

// ---- cursors ----

type Position = { txid: string; seq: string };

/** The cursor string is opaque to callers: base64url of `txid:seq`. */
export function encodeCursor(p: Position): string {
  return Buffer.from(`${p.txid}:${p.seq}`).toString('base64url');
}

export class EventCursorInvalidError extends Error {}
export class EventCursorExpiredError extends Error {}

export function decodeCursor(cursor: string): Position {
  const m = /^([0-9]{1,20}):([0-9]{1,19})$/.exec(
    /^[A-Za-z0-9_-]{1,60}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('latin1') : '',
  );
  if (!m) throw new EventCursorInvalidError(`not an event cursor: ${cursor.slice(0, 80)}`);
  // Both must fit their column types, or PostgreSQL would refuse the statement with a 22xxx error.
  if (BigInt(m[1]!) > 18446744073709551615n || BigInt(m[2]!) > 9223372036854775807n)
    throw new EventCursorInvalidError('cursor out of range');
  return { txid: m[1]!, seq: m[2]! };
}

const START: Position = { txid: '0', seq: '0' };

type Row = {
  tail: string | null;
  expired: boolean | null;
  seq: string | null;
  id: string;
  txid: string;
  type: string;
  source: string;
  subject: string;
  time: string;
  data: unknown;
  project_id: string | null;
  organisation_id: string | null;
  region_code: string | null;
  dataset: EventDataset | null;
};

/**
 * Reads committed events after `after` in the public order. `next` is where to continue: the last event returned,
 * or — when the page is not full — the newest position every reader may already pass (so a filtered reader does not
 * rescan rows it skipped). Throws EventCursorExpiredError when retention removed events after `after`.
 */
export async function readEvents(
  db: DbOrTx,
  opts: { after?: string | null; limit: number; where?: SQL; types?: string[]; allowExpired?: boolean },
): Promise<{ events: StoredEvent[]; next: string }> {
  const after = opts.after ? decodeCursor(opts.after) : START;
  const conditions: SQL[] = [sql`(events.txid, events.seq) > (${after.txid}::xid8, ${after.seq}::bigint)`, sql`events.txid < snap.xmin`];
  if (opts.types) {
    if (!opts.types.length) conditions.push(sql`false`);
    else
      conditions.push(
        sql`events.type in (${sql.join(
          opts.types.map((t) => sql`${t}`),
          sql`, `,
        )})`,
      );
  }
  if (opts.where) conditions.push(sql`(${opts.where})`);
  const limit = Math.max(1, Math.min(10_000, Math.floor(opts.limit)));
  // One statement, one snapshot: the page, the tail and the expiry check all see the same committed rows.
  const rows = await selectRows<Row>(
    db,
    sql`with snap as materialized (select pg_snapshot_xmin(pg_current_snapshot()) as xmin),
      meta as (
        select (select events.txid::text || ':' || events.seq::text from events, snap where events.txid < snap.xmin
                 order by events.txid desc, events.seq desc limit 1) as tail,
               (select (h.txid, h.seq) > (${after.txid}::xid8, ${after.seq}::bigint) from event_log_horizon h) as expired
      ),
      page as (
        select events.seq, events.id, events.txid, events.type, events.source, events.subject, events.time, events.data,
               events.project_id, events.organisation_id, events.region_code, events.dataset
          from events, snap
         where ${sql.join(conditions, sql` and `)}
         order by events.txid, events.seq
         limit ${limit}
      )
      select meta.tail, meta.expired, page.seq::text as seq, page.id, page.txid::text as txid, page.type, page.source,
             page.subject, to_char(page.time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as time, page.data,
             page.project_id, page.organisation_id, page.region_code, page.dataset
        from meta left join page on true
       order by page.txid, page.seq`,
  );
  if (!opts.allowExpired && opts.after && rows[0]?.expired) throw new EventCursorExpiredError('cursor expired');
  const list: StoredEvent[] = rows
    .filter((r) => r.seq !== null)
    .map((r) => ({
      specversion: '1.0',
      id: r.id,
      source: r.source,
      type: r.type,
      subject: r.subject,
      time: r.time,
      datacontenttype: 'application/json',
      data: r.data,
      cursor: encodeCursor({ txid: r.txid, seq: r.seq! }),
      projectId: r.project_id,
      organisationId: r.organisation_id,
      regionCode: r.region_code,
      dataset: r.dataset,
    }));
  let next = opts.after ?? encodeCursor(START);
  if (list.length === limit) next = list[list.length - 1]!.cursor;
  else if (rows[0]?.tail) {
    const [txid, seq] = rows[0].tail.split(':') as [string, string];
    if (comparePositions({ txid, seq }, after) > 0) next = encodeCursor({ txid, seq });
  }
  return { events: list, next };
}

function comparePositions(a: Position, b: Position): number {
  const d = BigInt(a.txid) - BigInt(b.txid) || BigInt(a.seq) - BigInt(b.seq);
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** The position of the newest event every reader may pass now: where a consumer that starts "from now" begins. */
export async function currentEventCursor(db: DbOrTx): Promise<string> {
  return (await readEvents(db, { limit: 1, types: [], allowExpired: true })).next;
}

// ---- durable consumers ----

export type EventHandler = (tx: Tx, events: StoredEvent[]) => Promise<void>;
type Consumer = { name: string; handler: EventHandler; types?: string[]; from: 'beginning' | 'now'; ensured: boolean };
type Log = { error(obj: unknown, msg: string): void; warn?(obj: unknown, msg: string): void };

/**
 * Runs durable consumers of the event log on every instance. Each batch is one transaction holding the consumer's row
 * FOR UPDATE SKIP LOCKED (so one instance at a time handles a consumer) in which the handler does its own writes and
 * the cursor advances — a handler that writes rows therefore does so exactly once. Wakes on NOTIFY 'events' and
 * polls as a fallback (a missed notification, or an event that was waiting for an older transaction to finish).
 */
export class EventRelay {
  private readonly consumers = new Map<string, Consumer>();
  private timer: NodeJS.Timeout | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  readonly batchSize: number;
  private readonly pollMs: number;

  constructor(
    private readonly database: Database,
    private readonly log: Log,
    opts: { batchSize?: number; pollMs?: number } = {},
  ) {
    this.batchSize = opts.batchSize ?? 200;
    this.pollMs = opts.pollMs ?? 1000;
  }

  /**
   * Registers a durable consumer. `from: 'now'` (default) starts a consumer seen for the first time at the current end
   * of the log; 'beginning' replays what retention kept. Its position survives restarts in `event_consumers`.
   */
  consume(name: string, handler: EventHandler, opts: { types?: string[]; from?: 'beginning' | 'now' } = {}): void {
    if (this.consumers.has(name)) throw new Error(`event consumer "${name}" is registered twice`);
    this.consumers.set(name, { name, handler, types: opts.types, from: opts.from ?? 'now', ensured: false });
    this.wake();
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.unlisten = await this.database.listen(EVENTS_CHANNEL, () => this.wake());
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.unlisten?.();
    this.unlisten = null;
    await this.running;
  }

  /** Handles everything currently visible for every consumer (tests; a relay normally runs on its own). */
  async drain(): Promise<void> {
    await this.running;
    for (const c of this.consumers.values()) while ((await this.runBatch(c)) === 'more');
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runAll().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async runAll(): Promise<void> {
    for (const c of this.consumers.values()) {
      // Bounded per wake so one busy consumer cannot starve the others; the next wake continues.
      for (let i = 0; i < 50 && !this.stopped; i++) {
        const r = await this.runBatch(c).catch((err) => {
          this.log.error({ err, consumer: c.name }, 'event consumer failed; the batch will be retried');
          return 'failed' as const;
        });
        if (r !== 'more') break;
      }
    }
  }

  private async ensure(c: Consumer): Promise<void> {
    if (c.ensured) return;
    const start = c.from === 'now' ? await currentEventCursor(this.database.db) : encodeCursor(START);
    await this.database.db.execute(
      sql`insert into event_consumers (name, cursor) values (${c.name}, ${start}) on conflict (name) do nothing`,
    );
    c.ensured = true;
  }

  /** One batch for one consumer: 'more' when a full batch was handled, 'done' when caught up, 'busy' when another instance holds it. */
  private async runBatch(c: Consumer): Promise<'more' | 'done' | 'busy'> {
    await this.ensure(c);
    return this.database.db.transaction(async (tx) => {
      const held = await selectRows<{ cursor: string }>(
        tx,
        sql`select cursor from event_consumers where name = ${c.name} for update skip locked`,
      );
      if (!held.length) return 'busy';
      const cursor = held[0]!.cursor;
      let page: { events: StoredEvent[]; next: string };
      try {
        page = await readEvents(tx, { after: cursor, limit: this.batchSize, types: c.types });
      } catch (err) {
        if (!(err instanceof EventCursorExpiredError)) throw err;
        // The consumer was stopped longer than retention keeps events: what it missed is gone. Say so and go on.
        this.log.error({ consumer: c.name }, 'event consumer cursor expired: events removed by retention were never handled');
        page = await readEvents(tx, { after: cursor, limit: this.batchSize, types: c.types, allowExpired: true });
      }
      if (page.events.length) await c.handler(tx, page.events);
      if (page.next !== cursor) {
        await tx.execute(sql`update event_consumers set cursor = ${page.next}, updated_at = now() where name = ${c.name}`);
      }
      return page.events.length === this.batchSize ? 'more' : 'done';
    });
  }
}

// ---- retention ----

/**
 * Deletes events older than `days`, in the public order: it first moves the horizon to the newest (txid, seq) among the
 * old rows, then removes every row at or below it, so "cursor below the horizon" means exactly "events were lost".
 */
export async function pruneEvents(db: DbOrTx, days: number): Promise<number> {
  await db.execute(sql`with cut as (
      select txid, seq from events
       where time < now() - make_interval(days => ${days}::int) and txid < pg_snapshot_xmin(pg_current_snapshot())
       order by txid desc, seq desc limit 1)
    insert into event_log_horizon (only_row, txid, seq) select true, txid, seq from cut
    on conflict (only_row) do update set txid = excluded.txid, seq = excluded.seq
      where (event_log_horizon.txid, event_log_horizon.seq) < (excluded.txid, excluded.seq)`);
  let removed = 0;
  for (;;) {
    const rows = await selectRows<{ n: number }>(
      db,
      sql`with gone as (delete from events where seq in (
            select e.seq from events e, event_log_horizon h where (e.txid, e.seq) <= (h.txid, h.seq) limit 5000)
          returning 1) select count(*)::int as n from gone`,
    );
    const n = Number(rows[0]?.n ?? 0);
    removed += n;
    if (n < 5000) return removed;
  }
}

/** The scheduled retention job (EVENT_RETENTION_DAYS). */
export function eventRetentionJob(days: number): ScheduledJob {
  return { name: 'events.retention', everyMs: 60 * 60 * 1000, run: async (database) => void (await pruneEvents(database.db, days)) };
}
