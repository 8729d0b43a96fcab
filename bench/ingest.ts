// Issue 4 benchmark: sustained readings/s end to end into real PostgreSQL per ingestion path, zero loss by count,
// the ratio to a raw COPY of as many rows into the same table in the same run, the server's RSS with 1,000 devices
// connected, and an hourly series over 30 days from a table of ≥ 20 million raw readings.
//
//   npm run bench -- ingest [--seconds 15] [--hj212-connections 1000] [--mqtt-clients 200] [--big-rows 20000000]
//                           [--paths http,mqtt,hj212] (a subset, e.g. to profile one path; --big-rows 0 skips the query)
// BENCH_CPU_PROF=<dir> writes the server's CPU profile there; BENCH_NODE_ARGS passes extra node options to the server.
//
// Uses DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) to create a fresh database for the run.
// The ≥ 20 M-row table lives in its own database (greenbuild_bench_site_big), built once and reused by later runs,
// because generating it takes minutes on a small machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import mqtt from 'mqtt';
import { encodeFrame } from '../src/domain/hj212/index.js';
import { openDatabase, selectRows, sql } from '../src/server/db/database.js';
import { migrate } from '../src/server/db/migrate.js';
import { openTestDatabase } from '../src/server/testing/harness.js';
import { readingSeries } from '../src/server/modules/site/readings.js';
import { cpuMeter } from './cpu.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 15);
const HJ_CONNECTIONS = arg('hj212-connections', 1000);
const MQTT_CLIENTS = arg('mqtt-clients', 200);
const BIG_ROWS = arg('big-rows', 20_000_000);
const DEVICES = Math.max(1000, HJ_CONNECTIONS);
const PATHS = new Set(
  (process.argv.includes('--paths') ? process.argv[process.argv.indexOf('--paths') + 1]! : 'http,mqtt,hj212').split(','),
);
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// ---------- the server under test, as its own process ----------
const benchDb = await openTestDatabase();
await migrate(benchDb.database);
await benchDb.database.close();
const dbUrl = benchDb.databaseUrl!;
const [port, hjPort, mqttPort] = [await freePort(), await freePort(), await freePort()];
const url = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-bench-ingest-'));

const server: ChildProcess = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []),
    ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    '--import',
    'tsx',
    path.join(root, 'src/server/main.ts'),
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      GREENBUILD_ADMIN_PASSWORD: 'Bench@12345',
      GREENBUILD_DEMO: '0',
      LOG_LEVEL: 'error',
      GREENBUILD_LISTENERS: '1',
      HJ212_PORT: String(hjPort),
      // Every simulated logger connects from 127.0.0.1 before sending its first frame.
      HJ212_MAX_PENDING_PER_ADDRESS: String(HJ_CONNECTIONS + 10),
      MQTT_PORT: String(mqttPort),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
for (;;) {
  try {
    if ((await fetch(`${url}/api/health`)).ok) break;
  } catch {
    /* starting */
  }
  if (server.exitCode !== null) throw new Error('server exited');
  await sleep(200);
}

// RSS of the server process, sampled throughout.
let rssMax = 0;
let phaseRssMax = 0;
const rssTimer = setInterval(() => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0);
    rssMax = Math.max(rssMax, kb);
    phaseRssMax = Math.max(phaseRssMax, kb);
  } catch {
    /* not on Linux */
  }
}, 200);

// ---------- fixtures: one project and DEVICES devices, written straight to the database ----------
const db = new pg.Client({ connectionString: dbUrl });
await db.connect();
const orgId = randomUUID();
const projectId = randomUUID();
await db.query(`insert into organisations (id, name, kind, region_code) values ($1, '基准测试单位', 'enterprise', 'hunan')`, [orgId]);
await db.query(
  `insert into projects (id, code, name, region_code, owner_organisation_id, category, status) values ($1, 'BENCH-1', '基准测试项目', 'hunan', $2, 'building', 'implementing')`,
  [projectId, orgId],
);
const devices = Array.from({ length: DEVICES }, (_, i) => ({
  id: randomUUID(),
  token: `gbd_bench_${i}_${randomUUID()}`,
  mn: `BENCH${String(i).padStart(6, '0')}`,
  pw: 'benchpw',
}));
const digest = (s: string) => createHash('sha256').update(s).digest();
for (let i = 0; i < devices.length; i += 500) {
  const chunk = devices.slice(i, i + 500);
  await db.query(
    `insert into site_devices (id, project_id, name, kind, protocols, mn, hj212_password_hash, token_hash, token_prefix)
     select id, $1, '基准设备 ' || mn, 'dust_noise', '{hj212,mqtt,http}', mn, $5, th, 'gbd_bench' from unnest($2::uuid[], $3::text[], $4::bytea[]) as t(id, mn, th)`,
    [projectId, chunk.map((d) => d.id), chunk.map((d) => d.mn), chunk.map((d) => digest(d.token)), digest('benchpw')],
  );
}

const storedBySource = async (source: string) =>
  Number((await db.query(`select count(*)::int as n from site_readings where source = $1`, [source])).rows[0].n);

type PhaseResult = { path: string; acked: number; stored: number; seconds: number; rate: number; rssMb: number; detail: string };
const results: PhaseResult[] = [];
// Readings get unique times per device: each phase owns its own time window.
let windowStart = Date.now() - 300 * 86_400_000;
const nextWindow = () => (windowStart += 30 * 86_400_000);

async function phase(pathName: string, source: string, detail: string, run: (deadline: number) => Promise<number>) {
  if (!PATHS.has(source)) return;
  phaseRssMax = 0;
  const t0 = performance.now();
  const meter = cpuMeter(server.pid);
  const acked = await run(Date.now() + SECONDS * 1000);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = meter();
  const stored = await storedBySource(source);
  results.push({ path: pathName, acked, stored, seconds, rate: acked / seconds, rssMb: phaseRssMax / 1024, detail });
  console.log(
    `  ${pathName.padEnd(10)} ${fmt(acked / seconds).padStart(9)} readings/s   acked ${fmt(acked)}  stored ${fmt(stored)}  ${acked === stored ? 'zero loss' : 'MISMATCH'}   RSS max ${(phaseRssMax / 1024).toFixed(0)} MB   (${detail})`,
  );
  console.log(
    `             CPU cores busy: server ${(cpu.serverMs / 1000 / seconds).toFixed(2)}, PostgreSQL ${(cpu.postgresMs / 1000 / seconds).toFixed(2)}, load generator ${(cpu.clientMs / 1000 / seconds).toFixed(2)}`,
  );
}

console.log(`bench ingest on PostgreSQL, ${SECONDS} s per path, ${DEVICES} devices registered`);

// ---------- HTTP batches ----------
// Like a real monitor: several metrics at 1-second samples, so the rollups have real work (not one bucket per batch).
const METRICS = ['pm10', 'pm2_5', 'noise_leq', 'temperature', 'humidity'];
await phase('HTTP', 'http', '8 clients × batches of 2,000 = 400 s × 5 metrics of one device', async (deadline) => {
  const base = nextWindow();
  let batchNo = 0;
  let acked = 0;
  const client = async () => {
    while (Date.now() < deadline) {
      const b = batchNo++;
      const device = devices[b % devices.length]!;
      const t0 = base + Math.floor(b / devices.length) * 400_000;
      const body = Array.from({ length: 2000 }, (_, i) => ({
        metric: METRICS[i % 5]!,
        time: new Date(t0 + Math.floor(i / 5) * 1000).toISOString(),
        value: (i % 500) / 3,
      }));
      const res = await fetch(`${url}/api/ingest/readings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-device-token': device.token },
        body: JSON.stringify(body),
      });
      if (res.status === 200) {
        const r = (await res.json()) as { stored: number; duplicates: number };
        acked += r.stored + r.duplicates;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, client));
  return acked;
});

// ---------- MQTT (embedded broker), QoS 1: each publish resolves on PUBACK, which follows the durable write ----------
await phase('MQTT', 'mqtt', `${MQTT_CLIENTS} device connections × QoS 1 messages of 100 = 20 s × 5 metrics`, async (deadline) => {
  const base = nextWindow();
  let acked = 0;
  const clients = await Promise.all(
    devices.slice(0, MQTT_CLIENTS).map((d) =>
      mqtt.connectAsync(`mqtt://127.0.0.1:${mqttPort}`, {
        username: d.id,
        password: d.token,
        reconnectPeriod: 0,
        connectTimeout: 30_000,
      }),
    ),
  );
  await Promise.all(
    clients.map(async (c, ci) => {
      const d = devices[ci]!;
      for (let n = 0; Date.now() < deadline; n++) {
        const readings = Array.from({ length: 100 }, (_, i) => ({
          metric: METRICS[i % 5]!,
          time: new Date(base + (n * 20 + Math.floor(i / 5)) * 1000).toISOString(),
          value: i,
        }));
        await c.publishAsync(`greenbuild/devices/${d.id}/readings`, JSON.stringify(readings), { qos: 1 });
        acked += 100;
      }
    }),
  );
  await Promise.all(clients.map((c) => c.endAsync()));
  return acked;
});

// ---------- HJ 212 over TCP: every device connected at once, each waiting for its 9014 like a logger ----------
const CST = 8 * 3_600_000;
const dataTime = (t: number) => new Date(t + CST).toISOString().replace(/[-:T]/g, '').slice(0, 14);
await phase('HJ 212', 'hj212', `${HJ_CONNECTIONS} concurrent connections × CN=2011 frames of 7 factors, Flag=5`, async (deadline) => {
  const base = nextWindow();
  let acked = 0;
  const sockets = await Promise.all(
    devices.slice(0, HJ_CONNECTIONS).map(
      (d) =>
        new Promise<{ s: net.Socket; d: (typeof devices)[number] }>((resolve, reject) => {
          const s = net.connect(hjPort, '127.0.0.1', () => resolve({ s, d }));
          s.on('error', reject);
        }),
    ),
  );
  await sleep(500);
  console.log(`             ${sockets.length} HJ 212 connections open; server RSS now ${(phaseRssMax / 1024).toFixed(0)} MB`);
  await Promise.all(
    sockets.map(async ({ s, d }) => {
      // Event-driven wait for each 9014, so a thousand idle clients cost the (shared) CPU nothing.
      let replies = 0;
      let wake: (() => void) | null = null;
      s.on('data', (b) => {
        replies += (b.toString().match(/CN=9014/g) ?? []).length;
        wake?.();
      });
      for (let n = 0; Date.now() < deadline; n++) {
        const dt = dataTime(base + n * 1000);
        const cp = `DataTime=${dt};a34002-Rtd=${n % 300},a34002-Flag=N;a34004-Rtd=41.2,a34004-Flag=N;a34001-Rtd=120.5,a34001-Flag=N;Leq-Rtd=61.5,Leq-Flag=N;a01001-Rtd=21.3,a01001-Flag=N;a01002-Rtd=55.0,a01002-Flag=N;a01007-Rtd=2.1,a01007-Flag=N`;
        s.write(encodeFrame(`QN=${dt}000;ST=39;CN=2011;PW=${d.pw};MN=${d.mn};Flag=5;CP=&&${cp}&&`));
        if (replies <= n) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 30_000);
            wake = () => {
              if (replies > n) {
                clearTimeout(timer);
                resolve();
              }
            };
          });
          wake = null;
        }
        if (replies > n) acked += 7;
        else break;
      }
    }),
  );
  for (const { s } of sockets) s.destroy();
  return acked;
});
const during1000 = results.find((r) => r.path === 'HJ 212')?.rssMb ?? NaN;

// ---------- baseline: raw COPY of as many rows into the same table, same run ----------
// pg-copy-streams is not installed, so COPY FROM STDIN is driven through pg's own protocol hooks.
class CopyIn {
  rowCount = 0;
  private error: Error | null = null;
  constructor(
    readonly text: string,
    private readonly chunks: Buffer[],
    private readonly callback: (err: Error | null, rows: number) => void,
  ) {}
  submit(connection: { query(text: string): void }) {
    connection.query(this.text);
  }
  handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }) {
    for (const c of this.chunks) connection.sendCopyFromChunk(c);
    connection.endCopyFrom();
  }
  handleCommandComplete(msg: { text: string }) {
    this.rowCount = Number(msg.text.split(' ')[1] ?? 0);
  }
  handleError(err: Error) {
    this.error = err;
  }
  handleReadyForQuery() {
    this.callback(this.error, this.rowCount);
  }
  handleEmptyQuery() {}
  handleRowDescription() {}
  handleDataRow() {}
}
const copyRows = results.find((r) => r.path === 'HTTP')?.acked ?? Math.max(1_000_000, ...results.map((r) => r.acked));
const copyBase = nextWindow();
const lines: string[] = [];
for (let i = 0; i < copyRows; i++)
  lines.push(`${devices[i % devices.length]!.id}\tpm10\t${new Date(copyBase + i * 10).toISOString()}\trtd\t${i % 300}\tN\tcopy\n`);
const chunks: Buffer[] = [];
for (let i = 0; i < lines.length; i += 10_000) chunks.push(Buffer.from(lines.slice(i, i + 10_000).join('')));
const c0 = performance.now();
const copied = await new Promise<number>((resolve, reject) => {
  db.query(
    new CopyIn('copy site_readings (device_id, metric, time, kind, value, flag, source) from stdin', chunks, (err, n) =>
      err ? reject(err) : resolve(n),
    ) as never,
  );
});
const copySeconds = (performance.now() - c0) / 1000;
const copyRate = copied / copySeconds;
console.log(
  `  raw COPY   ${fmt(copyRate).padStart(9)} rows/s       ${fmt(copied)} rows into site_readings (no rollups), ${copySeconds.toFixed(1)} s`,
);

clearInterval(rssTimer);
const exited = new Promise((r) => server.once('exit', r));
server.kill('SIGTERM');
await exited;
await db.end();
await benchDb.drop();
fs.rmSync(dataDir, { recursive: true, force: true });

// ---------- hourly series over 30 days from ≥ 20 M raw rows ----------
const series =
  BIG_ROWS <= 0
    ? null
    : await (async () => {
        const adminUrl = process.env.DATABASE_URL!;
        const bigName = 'greenbuild_bench_site_big';
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        if (!(await admin.query('select 1 from pg_database where datname = $1', [bigName])).rowCount)
          await admin.query(`create database ${bigName}`);
        await admin.end();
        const bigUrl = new URL(adminUrl);
        bigUrl.pathname = `/${bigName}`;
        const big = await openDatabase({ databaseUrl: bigUrl.toString(), poolSize: 2 });
        await migrate(big);
        const bc = new pg.Client({ connectionString: bigUrl.toString() });
        await bc.connect();
        const have = Number(
          (await bc.query(`select coalesce((select (value #>> '{}')::bigint from site_settings where key = 'bench_rows'), 0) as n`)).rows[0]
            .n,
        );
        // 30 days at one sample a minute per device; enough devices to reach the row count.
        const perDevice = 30 * 1440;
        const bigDevices = Math.ceil(BIG_ROWS / perDevice);
        if (have < BIG_ROWS) {
          console.log(
            `  building the ${fmt(bigDevices * perDevice)}-row table once (${bigDevices} devices × 30 days × 1/min); later runs reuse it…`,
          );
          const g0 = performance.now();
          await bc.query('truncate site_readings, site_rollups');
          await bc.query('drop index if exists site_readings_key, site_readings_time_brin, site_readings_aggregates_idx');
          await bc.query("set maintenance_work_mem = '256MB'");
          const end = Math.floor(Date.now() / 3_600_000) * 3_600_000;
          for (let d0 = 0; d0 < bigDevices; d0 += 50) {
            await bc.query(
              `insert into site_readings (device_id, metric, time, kind, value, flag, source)
         select md5('bench-device-' || d)::uuid, 'pm10', to_timestamp($1::float8 - m * 60), 'rtd', 50 + (d * 7 + m) % 120, 'N', 'seed'
         from generate_series($2::int, $3::int) d, generate_series(1, ${perDevice}) m`,
              [end / 1000, d0, Math.min(bigDevices, d0 + 50) - 1],
            );
          }
          await bc.query('create unique index site_readings_key on site_readings (device_id, metric, time, kind)');
          await bc.query('create index site_readings_time_brin on site_readings using brin (time)');
          await bc.query(`create index site_readings_aggregates_idx on site_readings (device_id, metric, kind, time) where kind <> 'rtd'`);
          // The rollups the ingest statement would have maintained, built in one pass.
          await bc.query(`insert into site_rollups (device_id, metric, resolution, bucket, n, sum, min, max, total)
      select device_id, metric, 'hour', date_trunc('hour', time), count(*), sum(value), min(value), max(value), count(*) from site_readings group by 1, 2, 4`);
          await bc.query('analyze site_readings');
          await bc.query('analyze site_rollups');
          await bc.query(
            `insert into site_settings (key, value) values ('bench_rows', $1::jsonb) on conflict (key) do update set value = excluded.value`,
            [JSON.stringify(bigDevices * perDevice)],
          );
          console.log(`  built in ${((performance.now() - g0) / 1000).toFixed(0)} s`);
        }
        const rawRows = Number(
          (await bc.query(`select (value #>> '{}')::bigint as n from site_settings where key = 'bench_rows'`)).rows[0].n,
        );
        await bc.end();
        const [target] = await selectRows<{ id: string }>(big.db, sql`select md5('bench-device-7')::uuid as id`);
        const deviceId = target!.id;
        const to = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
        const from = new Date(to.getTime() - 30 * 86_400_000);
        const timings: number[] = [];
        let points = 0;
        for (let i = 0; i < 21; i++) {
          const q0 = performance.now();
          points = (await readingSeries(big.db, { deviceId, metric: 'pm10', from, to, resolution: 'hour' })).length;
          timings.push(performance.now() - q0);
        }
        await big.close();
        timings.sort((a, b) => a - b);
        const median = timings[Math.floor(timings.length / 2)]!;
        return { points, rawRows, median, p90: timings[Math.floor(timings.length * 0.9)]! };
      })();

console.log('');
console.log('Summary');
for (const r of results)
  console.log(
    `  ${r.path.padEnd(8)} ${fmt(r.rate).padStart(9)} readings/s  = ${((r.rate / copyRate) * 100).toFixed(1)}% of raw COPY   loss ${r.acked - r.stored}`,
  );
console.log(`  raw COPY ${fmt(copyRate).padStart(9)} rows/s (baseline, same table, same run; COPY FROM STDIN via pg's protocol)`);
console.log(
  `  server RSS: max ${(rssMax / 1024).toFixed(0)} MB over the run; ${during1000.toFixed(0)} MB max with ${HJ_CONNECTIONS} HJ 212 devices connected`,
);
if (series)
  console.log(
    `  hourly series, 1 device × 30 days (${series.points} points) from ${fmt(series.rawRows)} raw rows: median ${series.median.toFixed(1)} ms, p90 ${series.p90.toFixed(1)} ms (21 runs)`,
  );
process.exit(results.every((r) => r.acked === r.stored) ? 0 : 1);
