// kill -9 during dispatch loses no event (issue 16): a server process sends webhooks to a receiver process that
// verifies signatures and deduplicates by webhook-id; mid-stream the server is killed with SIGKILL and started again.
// At the end the receiver holds every event exactly once (after deduplication) and every delivery row succeeded.
// PostgreSQL only: with PGlite the database lives inside the killed process, so there is no second process to restart
// against the same data while the test process keeps writing events.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEventType, recordEvent } from '../../platform/events.js';
import { openTestDatabase, ADMIN_PASSWORD } from '../../testing/harness.js';
import { selectRows, sql, type Database } from '../../db/database.js';
import { createEndpoint } from './store.js';
import { waitUntil } from './fixtures.js';
import { FANOUT_CONSUMER } from './fanout.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const here = path.dirname(fileURLToPath(import.meta.url));
const TYPE = defineEventType({
  type: 'cn.greenbuild.test.crash.sent.v1',
  dataset: 'waste',
  title: { zh: '测试', en: 'test' },
  schema: z.object({ n: z.number() }),
});
const SYSTEM = { id: null, name: 'system', role: null, ip: null };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

function startServer(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { child, output: () => out };
}

async function startReceiverProcess(
  secret: string,
): Promise<{ child: ChildProcess; url: string; stats(): Promise<{ unique: number; total: number; invalid: number; ids: string[] }> }> {
  const child = spawn(process.execPath, [path.join(here, 'receiverProcess.mjs'), secret], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (d) => resolve(JSON.parse(String(d)).port));
    child.once('exit', () => reject(new Error('receiver exited')));
  });
  const url = `http://127.0.0.1:${port}/hooks`;
  return { child, url, stats: async () => (await fetch(url)).json() };
}

describe.skipIf(!process.env.DATABASE_URL)('kill -9 of the sending instance', () => {
  let database: Database;
  let drop: () => Promise<void>;
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await database?.close();
    await drop?.();
  });

  it('every event reaches the deduplicating receiver exactly once after a crash and restart', async () => {
    const opened = await openTestDatabase('migrated');
    database = opened.database;
    drop = opened.drop;
    const { secret } = await database.db.transaction(async (tx) => {
      const receiverPlaceholder = 'http://127.0.0.1:8000/hooks';
      return createEndpoint(
        tx,
        SYSTEM,
        { role: 'admin', organisationId: null, regionCode: null, userId: null },
        {
          url: receiverPlaceholder,
          eventTypes: [TYPE.type],
          allowPrivate: true,
        },
      );
    });
    const receiver = await startReceiverProcess(secret);
    children.push(receiver.child);
    await database.db.execute(sql`update webhook_endpoints set url = ${receiver.url}`);

    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-kill-'));
    const env = {
      DATABASE_URL: opened.databaseUrl!,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      GREENBUILD_ADMIN_PASSWORD: ADMIN_PASSWORD,
      GREENBUILD_DEMO: '0',
      GREENBUILD_LISTENERS: '0',
      LOG_LEVEL: 'warn',
    };
    let server = startServer(env);
    children.push(server.child);
    // The relay registers its consumer at its current end of the log: wait for that before writing events.
    await waitUntil(
      async () => (await selectRows(database.db, sql`select 1 from event_consumers where name = ${FANOUT_CONSUMER}`)).length > 0,
      120_000,
      'the server to start',
    ).catch((e) => {
      throw new Error(`${e.message}\n${server.output()}`);
    });

    const TOTAL = 400;
    const ids: string[] = [];
    const writer = (async () => {
      for (let i = 0; i < TOTAL; i += 10) {
        await database.db.transaction(async (tx) => {
          for (let j = i; j < i + 10; j++) ids.push(await recordEvent(tx, TYPE, { subject: `/test/${j}`, data: { n: j } }));
        });
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    // Kill it while it is sending: some delivered, many still to go.
    await waitUntil(async () => (await receiver.stats()).unique >= 60, 60_000, 'the first deliveries');
    server.child.kill('SIGKILL');
    await new Promise((r) => server.child.once('exit', r));
    const atKill = await receiver.stats();
    expect(atKill.unique).toBeLessThan(TOTAL);
    await writer;

    server = startServer(env);
    children.push(server.child);
    // Claims of the killed process lapse (attempt timeout + 15 s) and are sent again by the new one.
    await waitUntil(async () => (await receiver.stats()).unique === TOTAL, 150_000, 'every event after the restart').catch((e) => {
      throw new Error(`${e.message}\n${server.output()}`);
    });
    const end = await receiver.stats();
    expect(end.invalid).toBe(0);
    expect(new Set(end.ids)).toEqual(new Set(ids));
    // The receiver answered the last ones; the sender records those outcomes just after.
    await waitUntil(
      async () => (await selectRows(database.db, sql`select 1 from webhook_deliveries where status <> 'succeeded' limit 1`)).length === 0,
      60_000,
      'the last outcomes',
    );
    console.log(`kill -9: ${atKill.unique} delivered before the kill; ${end.total} requests for ${end.unique} events after the restart`);
    const rows = await selectRows<{ status: string; n: number }>(
      database.db,
      sql`select status, count(*)::int as n from webhook_deliveries group by status`,
    );
    expect(rows).toEqual([{ status: 'succeeded', n: TOTAL }]);
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 300_000);
});
