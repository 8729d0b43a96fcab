import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDatabase, selectRows, sql, type Database } from '../db/database.js';
import { openTestDatabase } from '../testing/harness.js';
import {
  EventCursorExpiredError,
  EventCursorInvalidError,
  EventRelay,
  decodeCursor,
  defineEventType,
  encodeCursor,
  pruneEvents,
  readEvents,
  recordEvent,
  type StoredEvent,
} from './events.js';

const probe = defineEventType({
  type: 'cn.greenbuild.test.probe.happened.v1',
  dataset: 'site',
  title: { zh: '测试事件', en: 'Test event' },
  schema: z.object({ n: z.number().int() }),
});

const quietLog = { error: () => undefined };
let database: Database;
let databaseUrl: string | undefined;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, databaseUrl, drop } = await openTestDatabase('migrated'));
  await database.db.execute(sql`create table test_handled (event_id uuid not null, consumer text not null, n int not null)`);
});
afterAll(async () => {
  await database.close();
  await drop();
});

/**
 * Waits until every event written so far is readable. On a shared PostgreSQL server a transaction in any database
 * (another test run) holds pg_snapshot_xmin back for a moment; the reader is right to wait for it.
 */
async function settle(): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    const [r] = await selectRows<{ ok: boolean }>(
      database.db,
      sql`select coalesce(max(txid) < pg_snapshot_xmin(pg_current_snapshot()), true) as ok from events`,
    );
    if (r?.ok) return;
    await new Promise((res) => setTimeout(res, 20));
  }
}

async function all(after?: string): Promise<StoredEvent[]> {
  await settle();
  const out: StoredEvent[] = [];
  let cursor = after;
  for (;;) {
    const page = await readEvents(database.db, { after: cursor, limit: 100 });
    out.push(...page.events);
    if (page.events.length < 100) return out;
    cursor = page.next;
  }
}

/** A promise and its resolver, to hold one transaction open while another commits. */
function gate() {
  let open!: () => void;
  const p = new Promise<void>((r) => (open = r));
  return { p, open };
}

describe('event log core', () => {
  it('writes the CloudEvents envelope in the caller’s transaction, and nothing when it rolls back', async () => {
    const start = (await readEvents(database.db, { limit: 1, types: [] })).next;
    const id = await database.db.transaction((tx) => recordEvent(tx, probe, { subject: '/projects/p1/probes/1', data: { n: 1 } }));
    await expect(
      database.db.transaction(async (tx) => {
        await recordEvent(tx, probe, { subject: '/projects/p1/probes/2', data: { n: 2 } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const got = await all(start);
    expect(got.map((e) => e.data)).toEqual([{ n: 1 }]);
    expect(got[0]).toMatchObject({
      specversion: '1.0',
      id,
      source: '/greenbuild/site',
      type: 'cn.greenbuild.test.probe.happened.v1',
      subject: '/projects/p1/probes/1',
      datacontenttype: 'application/json',
      dataset: 'site',
    });
    expect(got[0]!.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  it('refuses data that does not match the type’s schema, rolling back the change with it', async () => {
    await expect(
      database.db.transaction((tx) => recordEvent(tx, probe, { subject: '/x', data: { n: 'one' as unknown as number } })),
    ).rejects.toThrow(/does not match its schema/);
  });

  it('refuses a cursor that is not one of ours', () => {
    for (const bad of ['', 'abc', encodeCursor({ txid: '1', seq: 'x' }), Buffer.from('1:2:3').toString('base64url'), 'a'.repeat(100)]) {
      expect(() => decodeCursor(bad)).toThrow(EventCursorInvalidError);
    }
    expect(decodeCursor(encodeCursor({ txid: '755', seq: '12' }))).toEqual({ txid: '755', seq: '12' });
  });

  it('a relay handler’s writes and the cursor commit together; a failing batch is retried, not skipped', async () => {
    await settle();
    const start = (await readEvents(database.db, { limit: 1, types: [] })).next;
    let fail = true;
    const relay = new EventRelay(database, quietLog, { batchSize: 10 });
    relay.consume(
      'test.failing',
      async (tx, batch) => {
        for (const e of batch) await tx.execute(sql`insert into test_handled values (${e.id}, 'failing', ${(e.data as { n: number }).n})`);
        if (fail) throw new Error('receiver down');
      },
      { types: [probe.type], from: 'now' },
    );
    await relay.drain(); // registers the consumer at the current end
    await database.db.transaction((tx) => recordEvent(tx, probe, { subject: '/f', data: { n: 41 } }));
    await settle();
    await relay.drain().catch(() => undefined);
    expect(await selectRows(database.db, sql`select n from test_handled where consumer = 'failing'`)).toEqual([]);
    fail = false;
    await relay.drain();
    expect(await selectRows(database.db, sql`select n from test_handled where consumer = 'failing'`)).toEqual([{ n: 41 }]);
    expect((await all(start)).length).toBe(1);
  });

  it('two relays on one database handle every event exactly once', async () => {
    // On PostgreSQL the second relay has its own connection pool, as a second instance would.
    const second = databaseUrl ? await openDatabase({ databaseUrl, poolSize: 3 }) : database;
    const relays = [
      new EventRelay(database, quietLog, { batchSize: 7, pollMs: 50 }),
      new EventRelay(second, quietLog, { batchSize: 7, pollMs: 50 }),
    ];
    await settle();
    for (const r of relays) {
      r.consume(
        'test.exactlyOnce',
        async (tx, batch) => {
          for (const e of batch) await tx.execute(sql`insert into test_handled values (${e.id}, 'once', ${(e.data as { n: number }).n})`);
        },
        { types: [probe.type], from: 'now' },
      );
    }
    await relays[0]!.drain();
    await Promise.all(relays.map((r) => r.start()));
    try {
      const writers = Array.from({ length: 6 }, (_, w) =>
        (async () => {
          for (let i = 0; i < 20; i++) {
            await database.db.transaction(async (tx) => {
              await recordEvent(tx, probe, { subject: `/w/${w}`, data: { n: w * 100 + i } });
              await recordEvent(tx, probe, { subject: `/w/${w}`, data: { n: w * 100 + 50 + i } });
            });
          }
        })(),
      );
      await Promise.all(writers);
      for (let i = 0; i < 200; i++) {
        const [{ c }] = await selectRows<{ c: number }>(
          database.db,
          sql`select count(*)::int as c from test_handled where consumer = 'once'`,
        );
        if (c >= 240) break;
        await settle();
        await Promise.all(relays.map((r) => r.drain()));
      }
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
      if (second !== database) await second.close();
    }
    const [counts] = await selectRows<{ total: number; distinct: number }>(
      database.db,
      sql`select count(*)::int as total, count(distinct event_id)::int as distinct from test_handled where consumer = 'once'`,
    );
    expect(counts).toEqual({ total: 240, distinct: 240 });
  });

  it('retention removes old events in cursor order and an older cursor answers expired', async () => {
    const before = (await readEvents(database.db, { limit: 1, types: [] })).next;
    await database.db.transaction((tx) => recordEvent(tx, probe, { subject: '/old', data: { n: 1 } }));
    await settle();
    const afterOld = (await readEvents(database.db, { limit: 1, types: [] })).next;
    await database.db.transaction((tx) => recordEvent(tx, probe, { subject: '/new', data: { n: 2 } }));
    await database.db.execute(sql`update events set time = now() - interval '40 days' where subject = '/old'`);
    await settle();
    expect(await pruneEvents(database.db, 30)).toBeGreaterThanOrEqual(1);
    await expect(readEvents(database.db, { after: before, limit: 10 })).rejects.toThrow(EventCursorExpiredError);
    const kept = await readEvents(database.db, { after: afterOld, limit: 10 });
    expect(kept.events.map((e) => e.subject)).toEqual(['/new']);
    // No cursor means "from the oldest kept", never expired.
    expect((await all()).some((e) => e.subject === '/old')).toBe(false);
    expect(await pruneEvents(database.db, 30)).toBe(0);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('commit order on PostgreSQL (PGlite has one connection, so transactions cannot overlap)', () => {
  it('a reader polling between out-of-order commits never skips the transaction that took the earlier seq', async () => {
    await settle();
    const start = (await readEvents(database.db, { limit: 1, types: [] })).next;
    const early = gate();
    const wrote = gate();
    // A takes its event's seq (and its transaction id) first, then waits.
    const a = database.db.transaction(async (tx) => {
      await recordEvent(tx, probe, { subject: '/order/a', data: { n: 1 } });
      wrote.open();
      await early.p;
    });
    let during: Awaited<ReturnType<typeof readEvents>>;
    try {
      await wrote.p;
      // B takes a later seq and commits first.
      await database.db.transaction((tx) => recordEvent(tx, probe, { subject: '/order/b', data: { n: 2 } }));
      // A reader polling now: B is committed, but A could still commit an earlier position, so nothing is returned yet.
      during = await readEvents(database.db, { after: start, limit: 10 });
    } finally {
      early.open(); // never leave A open: an open transaction holds every reader of the server back
      await a;
    }
    expect(during.events.map((e) => e.subject)).toEqual([]);
    await settle();
    const afterwards = await readEvents(database.db, { after: during.next, limit: 10 });
    expect(afterwards.events.map((e) => e.subject)).toEqual(['/order/a', '/order/b']);
    const seqs = await selectRows<{ subject: string }>(
      database.db,
      sql`select subject from events where subject like '/order/%' order by seq`,
    );
    expect(seqs.map((r) => r.subject)).toEqual(['/order/a', '/order/b']); // a naive "seq > last seen" reader would have skipped A
  });

  it('also when the transaction that committed later had its transaction id first but its seq last', async () => {
    await settle();
    const start = (await readEvents(database.db, { limit: 1, types: [] })).next;
    const go = gate();
    const began = gate();
    const a = database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_current_xact_id()`); // A's transaction id is older than B's…
      began.open();
      await go.p;
      await recordEvent(tx, probe, { subject: '/order2/a', data: { n: 1 } }); // …but its seq is newer.
    });
    let during: Awaited<ReturnType<typeof readEvents>>;
    try {
      await began.p;
      await database.db.transaction((tx) => recordEvent(tx, probe, { subject: '/order2/b', data: { n: 2 } }));
      during = await readEvents(database.db, { after: start, limit: 10 });
    } finally {
      go.open();
      await a;
    }
    expect(during.events).toEqual([]);
    await settle();
    const afterwards = await readEvents(database.db, { after: during.next, limit: 10 });
    expect(afterwards.events.map((e) => e.subject)).toEqual(['/order2/a', '/order2/b']);
    const seqs = await selectRows<{ subject: string }>(
      database.db,
      sql`select subject from events where subject like '/order2/%' order by seq`,
    );
    expect(seqs.map((r) => r.subject)).toEqual(['/order2/b', '/order2/a']);
  });
});
