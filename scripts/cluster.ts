// npm run test:cluster — GreenBuild as several instances, with real parts: PostgreSQL (DATABASE_URL, default the local
// server), s3rver (S3 API), the machine's Mosquitto (MQTT_URL, default mqtt://127.0.0.1:1883), HAProxy (generated
// config: HTTP round-robin with health checks) in front of three GreenBuild processes. While devices send readings
// over HTTP (through HAProxy) and MQTT (shared subscription) and a user uploads an IFC model, the instance that
// claimed the model's job is killed with SIGKILL and restarted. Then it checks and prints: acknowledged readings
// missing, duplicate rows, the model processed once with the take-off of a single-instance run, files written through
// one instance readable through every other, and one browser session served by every instance. Exit 1 on any failure.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import mqtt from 'mqtt';
import pg from 'pg';
import { generateSignerKey } from '../src/domain/ledger/note.js';
import { demoDeviceToken } from '../src/server/modules/site/seed.js';
import { startS3Server } from '../src/server/testing/s3.js';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MQTT_URL = process.env.MQTT_URL ?? 'mqtt://127.0.0.1:1883';
const HAPROXY = process.env.HAPROXY ?? '/usr/sbin/haproxy';
const ADMIN_PASSWORD = 'Admin@12345';
const DEMO_PASSWORD = 'Demo@2026';
const IFC = path.resolve('test/data/ifc/IfcOpenHouse_IFC4.ifc');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-cluster-'));
const failures: string[] = [];
const check = (label: string, ok: boolean, detail: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${detail}`);
  if (!ok) failures.push(label);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------- parts
const dbName = `gb_cluster_${process.pid}_${randomBytes(3).toString('hex')}`;
const admin = new pg.Client({ connectionString: DATABASE_URL });
await admin.connect();
await admin.query(`create database ${dbName}`);
const dbUrl = new URL(DATABASE_URL);
dbUrl.pathname = `/${dbName}`;
const s3 = await startS3Server({ bucket: 'greenbuild-cluster' });
const ledgerKey = generateSignerKey('greenbuild.cluster/quality-ledger').signerKey;

type Instance = { name: string; port: number; hj212Port: number; dataDir: string; proc: ChildProcess | null; log: string };
const instances: Instance[] = [];
for (let i = 1; i <= 3; i++) {
  const dataDir = path.join(root, `gb${i}`);
  fs.mkdirSync(dataDir);
  instances.push({
    name: `gb${i}`,
    port: await freePort(),
    hj212Port: await freePort(),
    dataDir,
    proc: null,
    log: path.join(root, `gb${i}.log`),
  });
}

function startInstance(inst: Instance): void {
  const out = fs.openSync(inst.log, 'a');
  inst.proc = spawn('node_modules/.bin/tsx', ['src/server/main.ts'], {
    env: {
      ...process.env,
      ...s3.env('cluster'),
      DATABASE_URL: dbUrl.toString(),
      DATA_DIR: inst.dataDir,
      PORT: String(inst.port),
      HOST: '127.0.0.1',
      HJ212_PORT: String(inst.hj212Port),
      MQTT_URL,
      GREENBUILD_LISTENERS: '1',
      GREENBUILD_ADMIN_PASSWORD: ADMIN_PASSWORD,
      GREENBUILD_DEMO: '1',
      GREENBUILD_DEMO_PASSWORD: DEMO_PASSWORD,
      LEDGER_SIGNING_KEY: ledgerKey,
      TRUST_PROXY: '127.0.0.1',
      JOB_LEASE_SECONDS: '6',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', out, out],
    // Its own process group: tsx runs the server in a child process, and killing the group leaves no orphan behind.
    detached: true,
  });
}

/** SIGKILL to an instance's whole process group (tsx and the server it runs). */
function killInstance(inst: Instance): void {
  if (inst.proc?.pid)
    try {
      process.kill(-inst.proc.pid, 'SIGKILL');
    } catch {
      // already gone
    }
}

async function waitHealthy(port: number, timeoutMs = 400_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`instance on ${port} not healthy after ${timeoutMs} ms`);
    await sleep(500);
  }
}

const httpPort = await freePort();
const hjPort = await freePort();
const haproxyCfg = path.join(root, 'haproxy.cfg');
fs.writeFileSync(
  haproxyCfg,
  [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 120s',
    '  timeout server 120s',
    '  timeout tunnel 1h',
    '  retries 3',
    '  option redispatch',
    'frontend web',
    `  bind 127.0.0.1:${httpPort}`,
    '  default_backend greenbuild',
    'backend greenbuild',
    '  balance roundrobin',
    '  option httpchk GET /api/health',
    '  http-check expect status 200',
    '  option forwardfor',
    // A request the dead instance never answered is not retried (it may have been a write): the client retries.
    ...instances.map((i) => `  server ${i.name} 127.0.0.1:${i.port} check inter 1s fall 2 rise 2`),
    'frontend hj212',
    '  mode tcp',
    `  bind 127.0.0.1:${hjPort}`,
    '  default_backend hj212',
    'backend hj212',
    '  mode tcp',
    '  balance leastconn',
    ...instances.map((i) => `  server ${i.name} 127.0.0.1:${i.hj212Port} check inter 1s`),
    '',
  ].join('\n'),
);

const procs: ChildProcess[] = [];
async function cleanup() {
  for (const i of instances) killInstance(i);
  for (const p of procs) p.kill('SIGKILL');
  await s3.close().catch(() => undefined);
  await sleep(500);
  await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => undefined);
  await admin.end();
}

try {
  const t0 = Date.now();
  // The first instance migrates and seeds; the others join once it is up.
  startInstance(instances[0]!);
  await waitHealthy(instances[0]!.port);
  for (const i of instances.slice(1)) startInstance(i);
  for (const i of instances.slice(1)) await waitHealthy(i.port);
  const haproxy = spawn(HAPROXY, ['-f', haproxyCfg, '-db'], { stdio: ['ignore', 'ignore', 'inherit'] });
  procs.push(haproxy);
  const base = `http://127.0.0.1:${httpPort}`;
  for (let n = 0; ; n++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (n > 60) throw new Error('HAProxy did not come up');
    await sleep(250);
  }
  console.log(`3 instances + HAProxy up in ${((Date.now() - t0) / 1000).toFixed(1)} s (PostgreSQL ${dbName}, ${s3.endpoint}, ${MQTT_URL})`);

  // ---------------------------------------------------------------- a browser session
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username: 'hunan.enterprise', password: DEMO_PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('gb_session='))!
    .split(';')[0]!;
  const api = (url: string, init: RequestInit = {}, at = base) =>
    fetch(at + url, { ...init, headers: { cookie, origin: at, ...(init.headers ?? {}) } });

  // ---------------------------------------------------------------- devices
  const overview = (await (await api('/api/site/overview')).json()) as { sites: Array<{ projectId: string }> };
  const devices: Array<{ id: string; protocols: string[]; metrics: string[] }> = [];
  for (const s of overview.sites) {
    const list = (await (await api(`/api/projects/${s.projectId}/devices`)).json()) as { items: any[] };
    devices.push(...list.items.filter((d) => d.isDemo && d.active));
  }
  const httpDevices = devices.filter((d) => d.protocols.includes('http'));
  const mqttDevices = devices.filter((d) => d.protocols.includes('mqtt'));
  const projectId = overview.sites[0]!.projectId;
  const acked: Array<{ device: string; metric: string; time: string }> = [];
  let sendErrors = 0;
  let sending = true;
  // Unique times within the accepted window (readings older than 400 days are refused), one second apart.
  const start = Date.now() - 6 * 3_600_000;
  let seq = 0;
  const httpLoop = (async () => {
    while (sending) {
      for (const d of httpDevices) {
        const time = new Date(start + seq++ * 1000).toISOString();
        const metric = d.metrics[0]!;
        // A device retries until acknowledged, as the protocol asks; only acknowledged readings are counted.
        for (let attempt = 0; attempt < 20; attempt++) {
          const res = await fetch(`${base}/api/ingest/readings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-device-token': demoDeviceToken(d.id, DEMO_PASSWORD) },
            body: JSON.stringify([{ metric, time, value: 1 + (seq % 50) }]),
          }).catch(() => null);
          const body = res?.ok ? ((await res.json()) as { rejected?: number }) : null;
          if (body && !body.rejected) {
            acked.push({ device: d.id, metric, time });
            break;
          }
          sendErrors++;
          await sleep(200);
        }
      }
      await sleep(50);
    }
  })();
  const mqttClient = await mqtt.connectAsync(MQTT_URL, { clientId: `gb-cluster-dev-${process.pid}`, protocolVersion: 5 });
  const mqttLoop = (async () => {
    while (sending) {
      for (const d of mqttDevices) {
        const time = new Date(start + seq++ * 1000).toISOString();
        const metric = d.metrics[0]!;
        const token = demoDeviceToken(d.id, DEMO_PASSWORD);
        // QoS 1: acknowledged by the broker, which holds it for the share group until an instance acknowledges it.
        await mqttClient.publishAsync(
          `greenbuild/devices/${d.id}/readings`,
          JSON.stringify({ token, readings: [{ metric, time, value: 2 }] }),
          {
            qos: 1,
          },
        );
        acked.push({ device: d.id, metric, time });
      }
      await sleep(100);
    }
  })();

  // ---------------------------------------------------------------- the IFC upload and the kill
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(fs.readFileSync(IFC))]), 'IfcOpenHouse_IFC4.ifc');
  const up = await api(`/api/projects/${projectId}/bim/models`, { method: 'POST', body: form });
  const model = (await up.json()) as { id: string };
  check('IFC upload through HAProxy', up.status === 202, `HTTP ${up.status}, model ${model.id}`);
  // Wait until an instance holds the job's lease, then kill exactly that instance.
  let owner = '';
  for (let n = 0; n < 200 && !owner; n++) {
    const c = new pg.Client({ connectionString: dbUrl.toString() });
    await c.connect();
    const { rows } = await c.query(`select lease_owner, status from bim_models where id = $1`, [model.id]);
    await c.end();
    owner = rows[0]?.lease_owner ?? '';
    if (!owner) await sleep(100);
  }
  const pid = Number(owner.split(':')[1]);
  // tsx runs the server in a child node process: the lease names that process; kill it and its tsx parent.
  const victim = instances.find((i) => i.proc && isDescendant(pid, i.proc.pid!)) ?? instances[0]!;
  console.log(`model ${model.id} claimed by ${owner}: kill -9 ${victim.name} (pid ${pid}) mid-job`);
  killInstance(victim);
  await sleep(3000);
  startInstance(victim);
  await waitHealthy(victim.port);
  console.log(`${victim.name} restarted`);
  await sleep(3000);
  sending = false;
  await Promise.all([httpLoop, mqttLoop]);
  await mqttClient.endAsync();

  // ---------------------------------------------------------------- results
  const c = new pg.Client({ connectionString: dbUrl.toString() });
  await c.connect();
  let m: any;
  for (let n = 0; n < 240; n++) {
    m = (await c.query(`select status, attempts, element_count, lease_owner from bim_models where id = $1`, [model.id])).rows[0];
    if (m.status === 'ready' || m.status === 'failed') break;
    await sleep(500);
  }
  // Readings: everything acknowledged must be stored, once (MQTT may take a moment to drain from the broker).
  let missing = acked.length;
  for (let n = 0; n < 60 && missing > 0; n++) {
    const { rows } = await c.query(
      `select count(*)::int as n from unnest($1::uuid[], $2::text[], $3::timestamptz[]) as a(d, m, t)
        where exists (select 1 from site_readings r where r.device_id = a.d and r.metric = a.m and r.time = a.t)`,
      [acked.map((a) => a.device), acked.map((a) => a.metric), acked.map((a) => a.time)],
    );
    missing = acked.length - rows[0].n;
    if (missing) await sleep(1000);
  }
  const dup = (
    await c.query(
      `select count(*)::int as n from (select 1 from site_readings group by device_id, metric, time, kind having count(*) > 1) x`,
    )
  ).rows[0].n;
  const byInstance = await Promise.all(instances.map((i) => fetch(`http://127.0.0.1:${i.port}/api/health`).then((r) => r.status)));
  check(
    'acknowledged readings missing',
    missing === 0,
    `${missing} of ${acked.length} (HTTP ${httpDevices.length} devices, MQTT ${mqttDevices.length}; ${sendErrors} HTTP retries)`,
  );
  check('duplicate reading rows', dup === 0, String(dup));
  const elements = (
    await c.query(`select count(*)::int as n, count(distinct express_id)::int as d from bim_elements where model_id = $1`, [model.id])
  ).rows[0];
  check(
    'IFC model processed exactly once',
    m.status === 'ready' && elements.n === elements.d && elements.n === m.element_count,
    `status ${m.status}, attempts ${m.attempts}, ${elements.n} element rows (${elements.d} distinct), element_count ${m.element_count}`,
  );
  // The single-instance take-off of the same file (bim.test.ts / SOURCES.md): compare the class counts.
  const summary = (await c.query(`select summary from bim_models where id = $1`, [model.id])).rows[0].summary;
  const expected = JSON.parse(process.env.CLUSTER_EXPECTED_COUNTS ?? 'null');
  if (expected)
    check(
      'take-off equals the single-instance run',
      JSON.stringify(summary.counts) === JSON.stringify(expected),
      JSON.stringify(summary.counts),
    );
  else console.log(`take-off counts: ${JSON.stringify(summary.counts)}`);
  await c.end();

  // ---------------------------------------------------------------- files and the session on every instance
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const written: Array<{ via: string; id: string }> = [];
  for (const i of instances) {
    const f = new FormData();
    f.append('file', new Blob([new Uint8Array(pdf)]), `${i.name}.pdf`);
    const res = await api(`/api/projects/${projectId}/quality/attachments`, { method: 'POST', body: f }, `http://127.0.0.1:${i.port}`);
    if (res.status === 201) written.push({ via: i.name, id: ((await res.json()) as { id: string }).id });
  }
  let readable = 0;
  let reads = 0;
  for (const w of written)
    for (const i of instances) {
      reads++;
      const res = await api(`/api/projects/${projectId}/quality/attachments/${w.id}`, {}, `http://127.0.0.1:${i.port}`);
      if (res.status === 200 && Buffer.from(await res.arrayBuffer()).equals(pdf)) readable++;
    }
  check(
    'files written through any instance readable through every other',
    written.length === 3 && readable === reads,
    `${written.length} written, ${readable}/${reads} reads`,
  );
  const geometryEverywhere = await Promise.all(
    instances.map((i) => api(`/api/bim/models/${model.id}/geometry`, {}, `http://127.0.0.1:${i.port}`).then((r) => r.status)),
  );
  check(
    'model geometry served by every instance',
    geometryEverywhere.every((s) => s === 200),
    geometryEverywhere.join(','),
  );
  const me = await Promise.all(instances.map((i) => api('/api/auth/me', {}, `http://127.0.0.1:${i.port}`).then((r) => r.status)));
  check(
    'one browser session on every instance',
    me.every((s) => s === 200) && byInstance.every((s) => s === 200),
    `GET /api/auth/me: ${me.join(',')}`,
  );
  console.log(
    `cluster test finished in ${((Date.now() - t0) / 1000).toFixed(1)} s; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
} catch (err) {
  failures.push(String(err));
  console.error(err);
  for (const i of instances)
    if (fs.existsSync(i.log)) console.error(`--- ${i.name} log tail\n${fs.readFileSync(i.log, 'utf8').split('\n').slice(-15).join('\n')}`);
} finally {
  await cleanup();
}
if (failures.length) {
  console.error(`cluster test FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
fs.rmSync(root, { recursive: true, force: true });
console.log('cluster test passed');
process.exit(0);

function isDescendant(pid: number, ancestor: number): boolean {
  for (let p = pid, n = 0; p > 1 && n < 10; n++) {
    if (p === ancestor) return true;
    try {
      p = Number(fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
    } catch {
      return false;
    }
  }
  return false;
}
