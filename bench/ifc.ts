// `npm run bench -- ifc`: for each shared IFC model, our processing (the server's two job threads: web-ifc parse +
// triangulation + the viewer's geometry file, and the take-off read beside it) against a bare web-ifc parse + triangulation of the same file, each in its own
// child process so peak memory is its own; then first geometry in chromium for the largest model.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IFC_TEST_MODELS, IFC_TESTDATA_DIR } from '../src/server/testing/sharedData.js';
import { bimWorkerEntries, startBimThreads } from '../src/server/modules/bim/workerEntry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IFC_DIR = IFC_TESTDATA_DIR;

async function baseline(file: string) {
  // Loaded here, not at the top: in the "ours" child web-ifc lives in the worker only, as in the server.
  const WebIFC = await import('web-ifc');
  const t0 = performance.now();
  const api = new WebIFC.IfcAPI();
  api.SetWasmPath(path.join(root, 'node_modules/web-ifc') + '/', true);
  await api.Init();
  api.SetLogLevel(WebIFC.LogLevel.LOG_LEVEL_OFF);
  const modelID = api.OpenModel(new Uint8Array(fs.readFileSync(file)));
  let triangles = 0;
  api.StreamAllMeshes(modelID, (mesh) => {
    for (let i = 0; i < mesh.geometries.size(); i++) {
      const g = api.GetGeometry(modelID, mesh.geometries.get(i).geometryExpressID);
      api.GetVertexArray(g.GetVertexData(), g.GetVertexDataSize());
      triangles += api.GetIndexArray(g.GetIndexData(), g.GetIndexDataSize()).length / 3;
      (g as unknown as { delete?: () => void }).delete?.();
    }
  });
  api.CloseModel(modelID);
  return { ms: performance.now() - t0, triangles };
}

async function ours(file: string) {
  const out = path.join(os.tmpdir(), `bench-${process.pid}.geom`);
  // Built once per server process, before its first job; not part of a job's time.
  const entries = await bimWorkerEntries((err) => console.error('worker bundle failed, using tsx:', err));
  const started = performance.now();
  const result = await new Promise<any>((resolve, reject) => {
    const { geometry: w } = startBimThreads(entries, { filePath: file, geometryPath: out }, fs.statSync(file).size);
    w.on('message', (m) => {
      if (m.type === 'done') resolve(m);
      if (m.type === 'failed') reject(new Error(m.detail));
    });
    w.on('error', reject);
  });
  const wallMs = performance.now() - started;
  fs.rmSync(out, { force: true });
  if (result.takeoffFallback) console.error('take-off fell back:', result.takeoffFallback);
  return {
    ms: result.timings.total as number,
    wallMs,
    takeoffFallback: result.takeoffFallback,
    elements: result.extraction.elements.length as number,
    geometryBytes: result.geometry.bytes as number,
    triangles: result.geometry.triangles as number,
    timings: result.timings,
  };
}

// Child mode: one measurement, printed as JSON with the process's peak RSS.
if (process.argv[3] === '--child') {
  const [kind, file] = [process.argv[4]!, process.argv[5]!];
  const r = kind === 'baseline' ? await baseline(file) : await ours(file);
  process.stdout.write(JSON.stringify({ ...r, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
  process.exit(0);
}

const runChild = (kind: string, file: string) =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/run.ts'), 'ifc', '--child', kind, file], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .pop()!,
  );

// `npm run bench -- ifc --viewer` runs only the chromium measurement, `--models` only the per-model table.
const viewerOnly = process.argv[3] === '--viewer';
const modelsOnly = process.argv[3] === '--models';
const files = IFC_TEST_MODELS;
if (!files.length) {
  console.error(`no models in ${IFC_DIR}`);
  process.exit(1);
}
console.log('IFC processing — ours (worker: parse + triangulate + geometry file + take-off) vs bare web-ifc parse + triangulation');
console.log(
  'model'.padEnd(30),
  'MB'.padStart(6),
  'base ms'.padStart(8),
  'ours ms'.padStart(8),
  'ratio'.padStart(6),
  'median'.padStart(7),
  'wall ms'.padStart(8),
  'base MB'.padStart(8),
  'peak MB'.padStart(8),
  'limit MB'.padStart(9),
  'elements'.padStart(9),
  'geom KB'.padStart(8),
  'runs'.padStart(5),
);
const RUNS = Number(process.env.BENCH_IFC_RUNS ?? 5);
const rows: Array<{ file: string; bytes: number }> = [];
for (const f of files) {
  const file = path.join(IFC_DIR, f);
  const bytes = fs.statSync(file).size;
  rows.push({ file, bytes });
  if (viewerOnly) continue;
  // Alternate the two and take each one's best, since run-to-run noise on this machine is ±30 %: at least RUNS rounds,
  // and for small models more (up to 15) until 10 s have gone, as their best of five is still a lottery.
  const bs: any[] = [];
  const os: any[] = [];
  const started = Date.now();
  for (let r = 0; r < RUNS || (r < 15 && Date.now() - started < 10_000); r++) {
    bs.push(runChild('baseline', file));
    os.push(runChild('ours', file));
  }
  const b = bs.sort((x, y) => x.ms - y.ms)[0];
  const o = os.sort((x, y) => x.ms - y.ms)[0];
  const medianRatio = os[os.length >> 1].ms / bs[bs.length >> 1].ms;
  // Memory is the worst of the runs, not the fastest run's.
  const peakMb = Math.max(...os.map((x) => x.peakRssMb));
  const basePeakMb = Math.max(...bs.map((x) => x.peakRssMb));
  const mb = bytes / 1024 / 1024;
  const limit = 300 + 10 * mb;
  console.log(
    f.padEnd(30),
    mb.toFixed(2).padStart(6),
    b.ms.toFixed(0).padStart(8),
    o.ms.toFixed(0).padStart(8),
    (o.ms / b.ms).toFixed(2).padStart(6),
    medianRatio.toFixed(2).padStart(7),
    o.wallMs.toFixed(0).padStart(8),
    basePeakMb.toFixed(0).padStart(8),
    peakMb.toFixed(0).padStart(8),
    `${limit.toFixed(0)}${peakMb <= limit ? ' ok' : ' !!'}`.padStart(9),
    String(o.elements).padStart(9),
    (o.geometryBytes / 1024).toFixed(0).padStart(8),
    String(os.length).padStart(5),
  );
  // Both sides must have drawn the same triangles, or the comparison is not like for like.
  if (os.some((x) => x.takeoffFallback))
    console.log(`  take-off ran after the geometry pass: ${os.find((x) => x.takeoffFallback).takeoffFallback}`);
  if (o.triangles !== b.triangles) console.log(`  !! triangles differ: ours ${o.triangles}, web-ifc ${b.triangles}`);
}
console.log(
  `alternating runs, at least ${RUNS} each (BENCH_IFC_RUNS), more for small models; ratio = best ours / best baseline, median = median / median`,
);
console.log('ratio goal ≤ 1.5; peak memory goal ≤ 300 MB + 10 × file size (whole process incl. worker)');

if (modelsOnly) process.exit(0);
// First geometry in chromium for the largest model: upload, process, open the page and read the viewer's load time.
const largest = rows.sort((a, b) => b.bytes - a.bytes)[0]!;
const { startPlatform, launchBrowser, login } = await import('../e2e/support/platform.js');
const platform = await startPlatform({ LOG_LEVEL: 'error' });
try {
  const loginRes = await fetch(`${platform.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'hunan.enterprise', password: 'Demo@2026' }),
  });
  const cookie = loginRes.headers.getSetCookie()[0]!.split(';')[0]!;
  const projects = await (await fetch(`${platform.url}/api/bim/projects`, { headers: { cookie } })).json();
  const projectId = projects.items[0].id as string;
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(fs.readFileSync(largest.file))]), path.basename(largest.file));
  const up = await (
    await fetch(`${platform.url}/api/projects/${projectId}/bim/models`, {
      method: 'POST',
      headers: { cookie, origin: platform.url },
      body: form,
    })
  ).json();
  for (;;) {
    const m = await (await fetch(`${platform.url}/api/bim/models/${up.id}`, { headers: { cookie } })).json();
    if (m.status === 'ready' || m.status === 'failed') {
      console.log(
        `server processing of ${path.basename(largest.file)} through the API: ${m.status}, ${m.processingMs} ms (incl. worker start and storing ${m.elementCount} rows)`,
      );
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await login(page, platform.url, 'hunan.enterprise');
  const measures: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = Date.now();
    await page.goto(`${platform.url}/projects/${projectId}/bim`);
    await page.waitForFunction(() => !!document.querySelector('[data-testid="bim-viewer"]')?.getAttribute('data-loaded-ms'), undefined, {
      timeout: 60_000,
    });
    const viewerMs = Number(await page.getByTestId('bim-viewer').getAttribute('data-loaded-ms'));
    measures.push(viewerMs);
    console.log(`chromium run ${i + 1}: first geometry ${viewerMs} ms after the viewer mounted; ${Date.now() - t0} ms from navigation`);
  }
  console.log(`first geometry in the viewer (${path.basename(largest.file)}, best of 3): ${Math.min(...measures)} ms (goal ≤ 3000 ms)`);
  await browser.close();
} finally {
  await platform.stop();
}
