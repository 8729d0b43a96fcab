// Issues 4 and 22 benchmark: sustained readings/s end to end into real PostgreSQL per ingestion path, zero loss by
// count, each as a ratio to a raw COPY into the same table. The paths and the COPY baseline run interleaved, --runs
// times (default 5), and the summary gives the median and min–max of each ratio with the CPU split of every run, so
// one lucky or unlucky run on a shared machine cannot pass for the truth. Then the top-of-the-minute burst: all HJ 212
// loggers connect at once (a restart) and each sends one CN=2011 frame of 7 factors per "minute" (--burst-every s),
// waiting for its 9014; frame→9014 latency p50/p99/max per burst, loss and the server's RSS throughout. Last, an
// hourly series over 30 days from a table of ≥ 20 million raw readings.
//
//   npm run bench -- ingest [--runs 5] [--seconds 8] [--copy-rows 500000] [--hj212-connections 1000]
//                           [--mqtt-clients 200] [--bursts 3] [--burst-every 10] [--big-rows 20000000]
//                           [--paths http,mqtt,hj212] (a subset, e.g. to profile one path; --big-rows 0 skips the query)
//
// File descriptors: the load generator and the server each hold one socket per HJ 212 connection. When the soft
// RLIMIT_NOFILE is below --hj212-connections + 2,000, the benchmark re-executes itself under `ulimit -n <hard limit>`
// (the server inherits it); if the hard limit is too low, raise it first (e.g. `ulimit -Hn 65536` as root, or
// LimitNOFILE= in the systemd unit, which production needs as well).
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
import { ensureReadingPartitions } from '../src/server/modules/site/partitions.js';
import { cpuMeter } from './cpu.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 5);
const SECONDS = arg('seconds', 8);
const COPY_ROWS = arg('copy-rows', 500_000);
const BURSTS = arg('bursts', 3);
const BURST_EVERY_S = arg('burst-every', 10);
const HJ_CONNECTIONS = arg('hj212-connections', 1000);
const MQTT_CLIENTS = arg('mqtt-clients', 200);
const BIG_ROWS = arg('big-rows', 20_000_000);
const DEVICES = Math.max(1000, HJ_CONNECTIONS);
const PATHS = new Set(
  (process.argv.includes('--paths') ? process.argv[process.argv.indexOf('--paths') + 1]! : 'http,mqtt,hj212').split(','),
);
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

// ---------- file descriptors for HJ_CONNECTIONS sockets on each side ----------
const nofile = () => {
  const m = /Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/.exec(fs.readFileSync('/proc/self/limits', 'utf8'));
  const n = (v: string | undefined) => (v === undefined || v === 'unlimited' ? Infinity : Number(v));
  return { soft: n(m?.[1]), hard: n(m?.[2]) };
};
{
  const need = HJ_CONNECTIONS + 2000;
  const lim = nofile();
  if (lim.soft < need) {
    if (lim.hard < need || process.env.GB_BENCH_ULIMIT_RAISED)
      throw new Error(
        `RLIMIT_NOFILE hard limit ${lim.hard} < ${need} needed for ${HJ_CONNECTIONS} connections; raise it (ulimit -Hn as root)`,
      );
    console.log(`raising RLIMIT_NOFILE from ${lim.soft} to ${lim.hard} (ulimit -n) for ${HJ_CONNECTIONS} connections`);
    const child = spawn(
      '/bin/sh',
      ['-c', `ulimit -n ${lim.hard} && exec "$0" "$@"`, process.execPath, ...process.execArgv, ...process.argv.slice(1)],
      {
        stdio: 'inherit',
        env: { ...process.env, GB_BENCH_ULIMIT_RAISED: '1' },
      },
    );
    process.exit(await new Promise<number>((r) => child.on('exit', (code) => r(code ?? 1))));
  }
}

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
// Every phase writes into its own window of the last weeks; like the scheduler, give those weeks their partitions.
const WINDOW_DAYS = 2;
const windowsBack = (RUNS * 4 + 2) * WINDOW_DAYS * 86_400_000;
await ensureReadingPartitions(benchDb.database.db, new Date(Date.now() - windowsBack), new Date());
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
      HJ212_MAX_CONNECTIONS: String(HJ_CONNECTIONS + 100),
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

const storedIn = async (source: string, from: number, to: number) =>
  Number(
    (
      await db.query(`select count(*)::int as n from site_readings where source = $1 and time >= $2 and time < $3`, [
        source,
        new Date(from),
        new Date(to),
      ])
    ).rows[0].n,
  );
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// Readings get unique times per device: each phase owns its own 2-day window, in the weeks partitioned above.
// Whole hours: HJ 212 DataTime has whole seconds, so a window starting mid-second would miss its first frames' rows.
let windowStart = Math.floor((Date.now() - windowsBack) / 3_600_000) * 3_600_000 + 3_600_000;
const WINDOW_MS = WINDOW_DAYS * 86_400_000;
const nextWindow = () => (windowStart += WINDOW_MS);

type CpuLine = { server: number; postgres: number; client: number };
type PhaseResult = { path: string; acked: number; stored: number; seconds: number; rate: number; rssMb: number; cpu: CpuLine };
const cpuLine = (cpu: ReturnType<ReturnType<typeof cpuMeter>>, seconds: number): CpuLine => ({
  server: cpu.serverMs / 1000 / seconds,
  // Backends of other sessions that exit during the interval take their CPU time with them: negative means unknown.
  postgres: cpu.postgresMs < 0 ? NaN : cpu.postgresMs / 1000 / seconds,
  client: cpu.clientMs / 1000 / seconds,
});
const cpuText = (c: CpuLine) => `server ${c.server.toFixed(2)}, PostgreSQL ${c.postgres.toFixed(2)}, load generator ${c.client.toFixed(2)}`;

async function phase(
  pathName: string,
  source: string,
  run: (deadline: number, base: number) => Promise<number>,
  prepare?: () => Promise<() => void>,
): Promise<PhaseResult> {
  // Connecting (e.g. 10,000 HJ 212 sockets) is not part of the measured window.
  const cleanup = prepare ? await prepare() : () => undefined;
  phaseRssMax = 0;
  const base = nextWindow();
  const t0 = performance.now();
  const meter = cpuMeter(server.pid);
  const acked = await run(Date.now() + SECONDS * 1000, base);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuLine(meter(), seconds);
  cleanup();
  const stored = await storedIn(source, base, base + WINDOW_MS);
  const r = { path: pathName, acked, stored, seconds, rate: acked / seconds, rssMb: phaseRssMax / 1024, cpu };
  console.log(
    `    ${pathName.padEnd(8)} ${fmt(r.rate).padStart(9)} readings/s  acked ${fmt(acked)} stored ${fmt(stored)} ${stored >= acked ? `zero loss${stored > acked ? ` (${fmt(stored - acked)} stored whose 9014 came after the window: a logger re-sends, deduplicated)` : ''}` : `LOSS ${fmt(acked - stored)}`}  RSS max ${r.rssMb.toFixed(0)} MB  CPU cores: ${cpuText(cpu)}`,
  );
  return r;
}

// ---------- HTTP batches ----------
// Like a real monitor: several metrics at 1-second samples, so the rollups have real work (not one bucket per batch).
const METRICS = ['pm10', 'pm2_5', 'noise_leq', 'temperature', 'humidity'];
const httpPhase = () =>
  phase('HTTP', 'http', async (deadline, base) => {
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
let mqttClients: mqtt.MqttClient[] = [];
const mqttPhase = () =>
  phase(
    'MQTT',
    'mqtt',
    async (deadline, base) => {
      let acked = 0;
      await Promise.all(
        mqttClients.map(async (c, ci) => {
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
      return acked;
    },
    // Connecting 200 clients is not part of the measured window (on a loaded machine it took longer than the window).
    async () => {
      mqttClients = await Promise.all(
        devices.slice(0, MQTT_CLIENTS).map((d) =>
          mqtt.connectAsync(`mqtt://127.0.0.1:${mqttPort}`, {
            username: d.id,
            password: d.token,
            reconnectPeriod: 0,
            connectTimeout: 30_000,
          }),
        ),
      );
      return () => void Promise.all(mqttClients.map((c) => c.endAsync())).catch(() => undefined);
    },
  );

// ---------- HJ 212 over TCP: every logger connected, each waiting for its 9014 before its next frame ----------
const CST = 8 * 3_600_000;
const dataTime = (t: number) => new Date(t + CST).toISOString().replace(/[-:T]/g, '').slice(0, 14);
const hjFrame = (d: (typeof devices)[number], t: number, n: number) => {
  const dt = dataTime(t);
  const cp = `DataTime=${dt};a34002-Rtd=${n % 300},a34002-Flag=N;a34004-Rtd=41.2,a34004-Flag=N;a34001-Rtd=120.5,a34001-Flag=N;Leq-Rtd=61.5,Leq-Flag=N;a01001-Rtd=21.3,a01001-Flag=N;a01002-Rtd=55.0,a01002-Flag=N;a01007-Rtd=2.1,a01007-Flag=N`;
  return encodeFrame(`QN=${dt}000;ST=39;CN=2011;PW=${d.pw};MN=${d.mn};Flag=5;CP=&&${cp}&&`);
};

/** One simulated logger: counts 9014 replies and lets the caller wait for the next one (event-driven, no polling). */
class Logger {
  replies = 0;
  private waiter: { want: number; resolve(ok: boolean): void; timer: NodeJS.Timeout } | null = null;
  constructor(
    readonly s: net.Socket,
    readonly d: (typeof devices)[number],
  ) {
    s.on('data', (b) => {
      for (let i = b.indexOf('CN=9014'); i >= 0; i = b.indexOf('CN=9014', i + 7)) this.replies++;
      const w = this.waiter;
      if (w && this.replies >= w.want) {
        this.waiter = null;
        clearTimeout(w.timer);
        w.resolve(true);
      }
    });
  }
  /** Resolves true once `want` replies have arrived, false after 30 s without (a logger would re-send then). */
  until(want: number): Promise<boolean> {
    if (this.replies >= want) return Promise.resolve(true);
    return new Promise((resolve) => {
      this.waiter = {
        want,
        resolve,
        timer: setTimeout(() => {
          this.waiter = null;
          resolve(false);
        }, 30_000),
      };
    });
  }
}
const connectLogger = (d: (typeof devices)[number]) =>
  new Promise<Logger>((resolve, reject) => {
    const s = net.connect(hjPort, '127.0.0.1', () => resolve(new Logger(s, d)));
    s.on('error', reject);
  });

let hjLoggers: Logger[] = [];
const hj212Phase = () =>
  phase(
    'HJ 212',
    'hj212',
    async (deadline, base) => {
      let acked = 0;
      await Promise.all(
        hjLoggers.map(async (l) => {
          for (let n = 0; Date.now() < deadline; n++) {
            l.s.write(hjFrame(l.d, base + n * 1000, n));
            if (!(await l.until(n + 1))) break;
            acked += 7;
          }
        }),
      );
      return acked;
    },
    async () => {
      hjLoggers = await Promise.all(devices.slice(0, HJ_CONNECTIONS).map(connectLogger));
      return () => {
        for (const l of hjLoggers) l.s.destroy();
      };
    },
  );

// ---------- baseline: raw COPY of COPY_ROWS rows into the same table, same run ----------
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
async function copyPhase(): Promise<PhaseResult> {
  const base = nextWindow();
  const chunks: Buffer[] = [];
  for (let i = 0; i < COPY_ROWS; i += 10_000) {
    let text = '';
    for (let j = i; j < Math.min(COPY_ROWS, i + 10_000); j++)
      text += `${devices[j % devices.length]!.id}\tpm10\t${new Date(base + j * 10).toISOString()}\trtd\t${j % 300}\tN\tcopy\n`;
    chunks.push(Buffer.from(text));
  }
  const meter = cpuMeter(server.pid);
  const c0 = performance.now();
  const copied = await new Promise<number>((resolve, reject) => {
    db.query(
      new CopyIn('copy site_readings (device_id, metric, time, kind, value, flag, source) from stdin', chunks, (err, n) =>
        err ? reject(err) : resolve(n),
      ) as never,
    );
  });
  const seconds = (performance.now() - c0) / 1000;
  const cpu = cpuLine(meter(), seconds);
  console.log(
    `    raw COPY ${fmt(copied / seconds).padStart(9)} rows/s      ${fmt(copied)} rows, ${seconds.toFixed(1)} s  CPU cores: ${cpuText(cpu)}`,
  );
  return { path: 'COPY', acked: copied, stored: copied, seconds, rate: copied / seconds, rssMb: 0, cpu };
}

// ---------- the runs: every path and the baseline, interleaved ----------
const lim = nofile();
console.log(
  `bench ingest on PostgreSQL: ${RUNS} runs × (${[...PATHS].join(', ')}, raw COPY of ${fmt(COPY_ROWS)} rows), ${SECONDS} s per path, ${DEVICES} devices, ${HJ_CONNECTIONS} HJ 212 connections, RLIMIT_NOFILE ${lim.soft}/${lim.hard}`,
);
type Run = { load: string; phases: PhaseResult[]; copy: PhaseResult };
const runs: Run[] = [];
for (let r = 0; r < RUNS; r++) {
  const loadAt = load();
  console.log(`  run ${r + 1}/${RUNS} (load average ${loadAt})`);
  const phases: PhaseResult[] = [];
  // The baseline's place in the order rotates, so neither side always runs on a warmer (or more crowded) machine.
  const order: Array<() => Promise<PhaseResult | null>> = [
    async () => (PATHS.has('http') ? httpPhase() : null),
    async () => (PATHS.has('mqtt') ? mqttPhase() : null),
    async () => (PATHS.has('hj212') ? hj212Phase() : null),
  ];
  let copy: PhaseResult | null = null;
  const at = r % (order.length + 1);
  for (let i = 0; i <= order.length; i++) {
    if (i === at) copy = await copyPhase();
    else {
      const p = await order[i > at ? i - 1 : i]!();
      if (p) phases.push(p);
    }
  }
  runs.push({ load: loadAt, phases, copy: copy! });
}

// ---------- the top-of-the-minute burst after a restart ----------
type Burst = { n: number; acked: number; p50: number; p99: number; max: number; seconds: number; cpu: CpuLine; load: string };
const bursts: Burst[] = [];
let burstStored = 0;
let burstAcked = 0;
let burstRssMb = 0;
let connectedRssMb = 0;
if (PATHS.has('hj212') && BURSTS > 0) {
  console.log(
    `  burst: ${HJ_CONNECTIONS} HJ 212 loggers connect at once and send at once, then every ${BURST_EVERY_S} s (load average ${load()})`,
  );
  phaseRssMax = 0;
  const base = nextWindow();
  const pct = (a: number[], p: number) => a[Math.min(a.length - 1, Math.floor(p * a.length))] ?? NaN;
  const burst = async (n: number, send: () => Promise<Array<{ l: Logger; sentAt: number }>>) => {
    const loadAt = load();
    const meter = cpuMeter(server.pid);
    const t0 = performance.now();
    const sent = await send();
    const lat: number[] = [];
    await Promise.all(
      sent.map(async ({ l, sentAt }) => {
        if (await l.until(n + 1)) lat.push(performance.now() - sentAt);
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    lat.sort((a, b) => a - b);
    const b: Burst = {
      n,
      acked: lat.length,
      p50: pct(lat, 0.5),
      p99: pct(lat, 0.99),
      max: lat.at(-1) ?? NaN,
      seconds,
      cpu: cpuLine(meter(), seconds),
      load: loadAt,
    };
    bursts.push(b);
    console.log(
      `    burst ${n + 1}${n === 0 ? ' (with the connects)' : ''}: ${fmt(b.acked)}/${fmt(sent.length)} frames answered in ${b.seconds.toFixed(2)} s, frame→9014 p50 ${b.p50.toFixed(0)} ms p99 ${b.p99.toFixed(0)} ms max ${b.max.toFixed(0)} ms, RSS max ${(phaseRssMax / 1024).toFixed(0)} MB, CPU cores: ${cpuText(b.cpu)}`,
    );
  };
  let loggers: Logger[] = [];
  // First burst: each logger sends the moment its connection is up, while the others are still connecting.
  await burst(0, async () => {
    const sent: Array<{ l: Logger; sentAt: number }> = [];
    loggers = await Promise.all(
      devices.slice(0, HJ_CONNECTIONS).map(async (d) => {
        const l = await connectLogger(d);
        l.s.write(hjFrame(d, base, 0));
        sent.push({ l, sentAt: performance.now() });
        return l;
      }),
    );
    return sent;
  });
  connectedRssMb = phaseRssMax / 1024;
  const first = performance.now();
  for (let n = 1; n < BURSTS; n++) {
    await sleep(Math.max(0, first + n * BURST_EVERY_S * 1000 - performance.now()));
    await burst(n, async () =>
      loggers.map((l) => {
        l.s.write(hjFrame(l.d, base + n * 60_000, n));
        return { l, sentAt: performance.now() };
      }),
    );
  }
  // Idle between bursts counts too: RSS is sampled until the sockets close.
  await sleep(1000);
  burstRssMb = phaseRssMax / 1024;
  // Every 9014 received, also one that came after its burst's 30 s wait, must stand for 7 stored readings.
  burstAcked = loggers.reduce((s, l) => s + l.replies, 0) * 7;
  for (const l of loggers) l.s.destroy();
  burstStored = await storedIn('hj212', base, base + WINDOW_MS);
}

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
        // The weekly partitions of the 30 days the table holds (the scheduler keeps only recent and coming weeks).
        await ensureReadingPartitions(big.db, new Date(Date.now() - 32 * 86_400_000), new Date());
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
console.log(`Summary (${RUNS} runs; load average now ${load()})`);
const median = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pathNames = [...new Set(runs.flatMap((r) => r.phases.map((p) => p.path)))];
const goal: Record<string, number> = { HTTP: 60, MQTT: 60, 'HJ 212': 35 };
let lossTotal = 0;
for (const name of pathNames) {
  const ratios = runs.map((r) => {
    const p = r.phases.find((x) => x.path === name)!;
    lossTotal += Math.max(0, p.acked - p.stored);
    return (p.rate / r.copy.rate) * 100;
  });
  const rates = runs.map((r) => r.phases.find((x) => x.path === name)!.rate);
  // Loss = acknowledged but not stored. Stored without an acknowledgement inside the window is not loss (re-sent, deduplicated).
  const loss = runs.reduce(
    (s, r) => s + Math.max(0, r.phases.find((x) => x.path === name)!.acked - r.phases.find((x) => x.path === name)!.stored),
    0,
  );
  console.log(
    `  ${name.padEnd(8)} median ${median(ratios).toFixed(1)}% of raw COPY (min ${Math.min(...ratios).toFixed(1)}%, max ${Math.max(...ratios).toFixed(1)}%; goal ≥ ${goal[name]}%)   median ${fmt(median(rates))} readings/s   loss ${loss}   runs: ${ratios.map((x) => x.toFixed(1)).join(' / ')}`,
  );
}
console.log(
  `  raw COPY median ${fmt(median(runs.map((r) => r.copy.rate)))} rows/s (baseline, same table, same runs; COPY FROM STDIN via pg's protocol)   runs: ${runs.map((r) => fmt(r.copy.rate)).join(' / ')}`,
);
console.log('  CPU cores busy per run (server / PostgreSQL / load generator):');
for (const [i, r] of runs.entries())
  console.log(
    `    run ${i + 1} (load ${r.load}): ${[...r.phases, r.copy].map((p) => `${p.path} ${p.cpu.server.toFixed(2)}/${p.cpu.postgres.toFixed(2)}/${p.cpu.client.toFixed(2)}`).join('   ')}`,
  );
if (bursts.length) {
  lossTotal += Math.max(0, burstAcked - burstStored);
  const worst = bursts.reduce((a, b) => (b.p99 > a.p99 ? b : a));
  console.log(
    `  burst, ${HJ_CONNECTIONS} loggers: frame→9014 p99 ${bursts.map((b) => `${b.p99.toFixed(0)} ms`).join(' / ')} (first burst includes the connects; worst ${worst.p99.toFixed(0)} ms, goal < 1000 ms), acked ${fmt(burstAcked)} stored ${fmt(burstStored)} loss ${Math.max(0, burstAcked - burstStored)}, RSS max ${connectedRssMb.toFixed(0)} MB after the first burst, ${burstRssMb.toFixed(0)} MB over all bursts (goal < 512 MB)`,
  );
}
console.log(`  server RSS: max ${(rssMax / 1024).toFixed(0)} MB over the whole benchmark`);
if (series)
  console.log(
    `  hourly series, 1 device × 30 days (${series.points} points) from ${fmt(series.rawRows)} raw rows: median ${series.median.toFixed(1)} ms, p90 ${series.p90.toFixed(1)} ms (21 runs; goal < 50 ms)`,
  );
process.exit(lossTotal === 0 ? 0 : 1);
