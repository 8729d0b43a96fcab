// `npm run bench -- events [--seconds 10] [--rate 1000] [--endpoints 20] [--feed 1000000] [--keep]`
//
// On PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres), in a fresh database, one
// GreenBuild instance (API, event relay and webhook senders in this process) on loopback:
//   A. API write throughput without subscriptions: closed loop of real API writes (POST waste records) for --seconds;
//   B. the same with --endpoints webhook endpoints subscribed (deliveries running meanwhile) → ratio B / A;
//   C. --rate events/s paced by real API writes for --seconds with the endpoints: relay lag commit → signed delivery at
//      the receiver (a separate process that verifies signatures), p50 / p99, and deliveries/s;
//   D. the feed: --feed events inserted directly, read in pages of 1,000 with readEvents (the feed's query).
// Goals (issue 16): p99 lag < 1 s, ≥ 2,000 signed deliveries/s, B/A ≥ 90 %, 1 M events read in < 10 s.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import http from 'node:http';
import pg from 'pg';
import { openDatabase, selectRows, sql } from '../src/server/db/database.js';
import { migrate } from '../src/server/db/migrate.js';
import { loadConfig } from '../src/server/config.js';
import { bootstrap } from '../src/server/bootstrap.js';
import { buildApp } from '../src/server/app.js';
import { readEvents } from '../src/server/platform/events.js';
import { createProjectForTest, DEMO_ORGS } from '../src/server/modules/projects/fixtures.js';
import { webhookDispatcherOf } from '../src/server/modules/webhooks/routes.js';

const args = process.argv.slice(3);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SECONDS = opt('seconds', 10);
const RATE = opt('rate', 1000);
const ENDPOINTS = opt('endpoints', 20);
const FEED = opt('feed', 1_000_000);
const KEEP = args.includes('--keep');
const PASSWORD = 'Demo@2026';
const ADMIN_PASSWORD = 'Admin@12345';

const here = path.dirname(fileURLToPath(import.meta.url));
const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `gb_bench_events_${process.pid}`;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function post(url: string, body: unknown, headers: Record<string, string>): Promise<number> {
  const data = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(data);
  });
}

async function main() {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 20 });
  const { db } = database;
  const receiver = spawn(process.execPath, [path.join(here, 'eventsReceiver.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await migrate(database);
    const config = loadConfig({
      DATABASE_URL: url.toString(),
      DATA_DIR: os.tmpdir(),
      GREENBUILD_ADMIN_PASSWORD: ADMIN_PASSWORD,
      GREENBUILD_DEMO: '1',
      GREENBUILD_DEMO_PASSWORD: PASSWORD,
      GREENBUILD_LISTENERS: '0',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '100000000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '100000000',
    });
    await bootstrap(config, database, () => undefined);
    const { app, ctx, shutdownHooks } = await buildApp(config, database, { logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const api = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const [settings] = await selectRows<{ version: string; sc: string }>(
      db,
      sql`select split_part(version(), ' on ', 1) as version, current_setting('synchronous_commit') as sc`,
    );
    console.log(
      `events bench: ${settings!.version}, synchronous_commit=${settings!.sc}; ${os.cpus().length} CPUs, Node ${process.version}; load ${load()}`,
    );

    // An enterprise's personal API token writes; the admin (session) creates the endpoints.
    const login = async (username: string, password: string) => {
      const res = await fetch(`${api}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      return res.headers
        .getSetCookie()
        .find((c) => c.startsWith('gb_session='))!
        .split(';')[0]!;
    };
    const entCookie = await login('hunan.enterprise', PASSWORD);
    const tokenRes = await fetch(`${api}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: entCookie, origin: api },
      body: JSON.stringify({ name: 'bench', scopes: ['write'], expiresInDays: 1 }),
    });
    const token = ((await tokenRes.json()) as { secret: string }).secret;
    const projectId = await createProjectForTest(db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
    const writeUrl = `${api}/api/projects/${projectId}/waste/records`;
    const auth = { authorization: `Bearer ${token}` };
    let n = 0;
    const record = () => ({
      kind: 'reused',
      recordDate: '2026-03-01',
      stage: 'underground',
      category: 'constructionWaste',
      tonnes: 1 + (n++ % 50),
      reference: `B-${n}`,
    });
    const probeRes = await fetch(writeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify(record()),
    });
    if (probeRes.status !== 201) throw new Error(`the write route answered ${probeRes.status} ${await probeRes.text()}`);
    const [emitted] = await selectRows<{ type: string | null }>(db, sql`select max(type) as type from events`);
    const eventType = emitted?.type;
    if (!eventType) throw new Error('the waste record write emitted no event: the events engineer’s instrumentation is not merged yet');
    console.log(`write: POST /api/projects/:id/waste/records (token), emits ${eventType}`);

    async function closedLoop(seconds: number, connections: number) {
      let ok = 0;
      let failed = 0;
      const deadline = performance.now() + seconds * 1000;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (performance.now() < deadline) {
            if ((await post(writeUrl, record(), auth)) === 201) ok++;
            else failed++;
          }
        }),
      );
      return { ok, failed, rps: ok / ((performance.now() - started) / 1000) };
    }

    // A. baseline
    const a = await closedLoop(SECONDS, 32);
    console.log(`A. API writes without subscriptions: ${fmt(a.rps)} writes/s (${a.failed} failed)  load ${load()}`);

    // The receiver (own process) and the endpoints.
    const port = await new Promise<number>((resolve) => receiver.stdout!.once('data', (d) => resolve(JSON.parse(String(d)).port)));
    const adminCookie = await login('admin', ADMIN_PASSWORD);
    const secrets: string[] = [];
    for (let i = 0; i < ENDPOINTS; i++) {
      const res = await fetch(`${api}/api/webhooks/endpoints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: adminCookie, origin: api },
        body: JSON.stringify({
          url: `http://127.0.0.1:${port}/hooks/${i}`,
          eventTypes: [eventType],
          allowPrivate: true,
          organisationId: undefined,
        }),
      });
      if (res.status !== 201) throw new Error(`endpoint: ${res.status} ${await res.text()}`);
      secrets.push(((await res.json()) as { secret: string }).secret);
    }
    const stats = async () =>
      (await fetch(`http://127.0.0.1:${port}/stats`)).json() as Promise<{ count: number; invalid: number; lags: number[] }>;
    await fetch(`http://127.0.0.1:${port}/secrets`, { method: 'POST', body: JSON.stringify(secrets) });

    // B. with subscriptions
    const b = await closedLoop(SECONDS, 32);
    console.log(`B. API writes with ${ENDPOINTS} endpoints subscribed: ${fmt(b.rps)} writes/s (${b.failed} failed)  load ${load()}`);
    console.log(`   ratio B / A = ${fmt((100 * b.rps) / a.rps, 1)} % (goal ≥ 90 %)`);
    // Let the backlog of B drain before measuring lag.
    const drainStart = performance.now();
    const pendingNow = async () =>
      Number((await selectRows<{ n: number }>(db, sql`select count(*)::int as n from webhook_deliveries where status = 'pending'`))[0]!.n);
    // Every delivery queued for B's events (the demo seed's earlier events are not subscribed) has been sent.
    const queued = async () => Number((await selectRows<{ n: number }>(db, sql`select count(*)::int as n from webhook_deliveries`))[0]!.n);
    while ((await pendingNow()) > 0 || Number((await stats()).count) < (await queued())) {
      if (performance.now() - drainStart > 300_000) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const afterB = await stats();
    console.log(
      `   backlog of B delivered in ${fmt((performance.now() - drainStart) / 1000, 1)} s (${fmt(afterB.count)} signed deliveries so far)`,
    );

    // C. paced rate with subscriptions: lag and deliveries/s
    await fetch(`http://127.0.0.1:${port}/reset`, { method: 'POST' });
    const sent0 = webhookDispatcherOf(ctx)!.sent;
    const cStart = performance.now();
    let issued = 0;
    let cOk = 0;
    const inflight = new Set<Promise<void>>();
    while (performance.now() - cStart < SECONDS * 1000) {
      const due = Math.floor(((performance.now() - cStart) / 1000) * RATE);
      while (issued < due && inflight.size < 256) {
        issued++;
        const p = post(writeUrl, record(), auth).then((s) => {
          if (s === 201) cOk++;
          inflight.delete(p);
        });
        inflight.add(p);
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    await Promise.all(inflight);
    const writeSeconds = (performance.now() - cStart) / 1000;
    const expected = cOk * ENDPOINTS;
    while (Number((await stats()).count) < expected && performance.now() - cStart < 600_000) await new Promise((r) => setTimeout(r, 100));
    const totalSeconds = (performance.now() - cStart) / 1000;
    const c = await stats();
    const lags = [...c.lags].sort((x, y) => x - y);
    console.log(
      `C. ${fmt(cOk / writeSeconds)} events/s committed by API writes for ${fmt(writeSeconds, 1)} s (target ${RATE}/s), ${ENDPOINTS} endpoints: ` +
        `${fmt(c.count)} signed deliveries (${c.invalid} failed verification) in ${fmt(totalSeconds, 1)} s = ${fmt(c.count / totalSeconds)} deliveries/s; ` +
        `sender attempts ${fmt(webhookDispatcherOf(ctx)!.sent - sent0)}`,
    );
    console.log(
      `   relay lag commit → delivery: p50 ${fmt(pct(lags, 50))} ms, p99 ${fmt(pct(lags, 99))} ms, max ${fmt(lags.at(-1) ?? NaN)} ms (goal p99 < 1,000 ms)  load ${load()}`,
    );

    await app.close();
    for (const hook of shutdownHooks.reverse()) await hook();

    // D. the feed over 1 M events, inserted directly.
    let t0 = performance.now();
    for (let i = 0; i < FEED; i += 100_000) {
      await db.execute(sql`insert into events (id, type, source, subject, data, project_id, organisation_id, region_code, dataset)
        select gen_random_uuid(), 'cn.greenbuild.waste.record.added.v1', '/greenbuild/waste', '/projects/x/waste/records/' || g,
               jsonb_build_object('n', g), ${projectId}::uuid, null, 'hunan', 'waste'
          from generate_series(${i + 1}::int, ${Math.min(FEED, i + 100_000)}::int) g`);
    }
    await db.execute(sql`analyze events`);
    console.log(`D. inserted ${fmt(FEED)} events in ${fmt((performance.now() - t0) / 1000, 1)} s`);
    t0 = performance.now();
    let cursor: string | null = null;
    let read = 0;
    let pages = 0;
    for (;;) {
      const page: Awaited<ReturnType<typeof readEvents>> = await readEvents(db, { after: cursor, limit: 1000 });
      read += page.events.length;
      pages++;
      if (page.events.length < 1000) break;
      cursor = page.next;
    }
    const feedSeconds = (performance.now() - t0) / 1000;
    console.log(
      `   feed read: ${fmt(read)} events in ${fmt(pages)} pages of 1,000 in ${fmt(feedSeconds, 2)} s = ${fmt(read / feedSeconds)} events/s (goal < 10 s)  load ${load()}`,
    );
  } finally {
    receiver.kill();
    await database.close();
    if (!KEEP) {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop database if exists ${dbName} with (force)`);
      await c.end();
    } else console.log(`kept database ${dbName}`);
  }
}

await main();
process.exit(0);
