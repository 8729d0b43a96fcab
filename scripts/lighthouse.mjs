// `npm run lighthouse`: builds the web app when stale, starts GreenBuild on the demo (its own DATA_DIR, removed after),
// signs in where a page needs it and runs Lighthouse (mobile preset: Moto G Power screen, simulated slow 4G, 4× CPU)
// on the pages people open on a phone. Prints each performance score; exits 1 when one is below the goal (90).
//   LIGHTHOUSE_RUNS=n   runs each page n times and reports the median (default 1)
//   LIGHTHOUSE_JSON=dir writes each full report as JSON into dir
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const GOAL = 90;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const demoPassword = 'Demo@2026';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  const built = path.join(root, 'dist/web/index.html');
  const stale =
    !fs.existsSync(built) ||
    fs.statSync(built).mtimeMs < Math.max(newestMtime(path.join(root, 'src/web')), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs);
  if (!stale) return;
  console.log('building the web app…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The server as `npm start` runs it, on the demo seeded into a fresh embedded database. */
async function startServer() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-lighthouse-'));
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, GREENBUILD_DEMO: '1' };
  env.GREENBUILD_DEMO_PASSWORD = demoPassword;
  env.GREENBUILD_ADMIN_PASSWORD ??= 'Admin@12345';
  env.LOG_LEVEL = 'warn';
  env.RATE_LIMIT_PUBLIC_PER_MINUTE = '1000000';
  env.RATE_LIMIT_LOGIN_PER_MINUTE = '1000000';
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts')], { cwd: root, env, stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error('server did not become ready');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the API and returns the session cookie for Lighthouse to send. */
async function signIn(url, username) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (!res.ok) throw new Error(`sign-in as ${username}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function api(url, cookie, route) {
  const res = await fetch(`${url}${route}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${route}: ${res.status}`);
  return res.json();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

buildIfStale();
const server = await startServer();
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless', '--no-sandbox'] });
let failed = false;
try {
  const { url } = server;
  const regulator = await signIn(url, 'hunan.regulator');
  const facility = await signIn(url, 'hunan.facility');
  const inspections = await api(url, regulator, '/api/supervision/inspections?status=scheduled&pageSize=1');
  const inspection = inspections.items[0];
  if (!inspection) throw new Error('the demo has no scheduled inspection for hunan.regulator');
  const pages = [
    { name: '登录 /login', path: '/login', cookie: null },
    { name: '公示 /public/pilots', path: '/public/pilots', cookie: null },
    { name: '工作台 / (hunan.regulator)', path: '/', cookie: regulator },
    { name: '联单接收 /facility (hunan.facility)', path: '/facility', cookie: facility },
    {
      name: '检查记录 (hunan.regulator)',
      path: `/projects/${inspection.projectId}/supervision/inspections/${inspection.id}`,
      cookie: regulator,
    },
  ];
  const load = os.loadavg().map((x) => x.toFixed(2));
  console.log(`Lighthouse 12 mobile preset (simulated slow 4G, 4x CPU), ${runs} run(s) per page, load average ${load.join(' ')}`);
  for (const p of pages) {
    const scores = [];
    let metrics = null;
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${url}${p.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        extraHeaders: p.cookie ? { Cookie: p.cookie } : undefined,
      });
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`${p.name}: ${lhr.runtimeError.message}`);
      scores.push(Math.round((lhr.categories.performance.score ?? 0) * 100));
      const a = lhr.audits;
      metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'total-byte-weight',
      ]
        .map((k) => `${a[k].title.replace(/ /g, '')}=${a[k].displayValue}`)
        .join(' ');
      if (process.env.LIGHTHOUSE_JSON) {
        fs.mkdirSync(process.env.LIGHTHOUSE_JSON, { recursive: true });
        fs.writeFileSync(path.join(process.env.LIGHTHOUSE_JSON, `${p.path.replace(/\W+/g, '_') || 'root'}-${i}.json`), result.report);
      }
    }
    const score = median(scores);
    if (score < GOAL) failed = true;
    console.log(`${score >= GOAL ? 'ok  ' : 'LOW '} ${String(score).padStart(3)}  ${p.name}  [runs ${scores.join(',')}]  ${metrics}`);
  }
  console.log(
    `load average after: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await chrome.kill();
  await server.stop();
}
process.exit(failed ? 1 : 0);
