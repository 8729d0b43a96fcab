// Which files the BIM worker threads start from. The server runs TypeScript through tsx, but a worker that registers tsx
// itself costs about 50 MB more per job (measured, decision 0004), so the worker is bundled once per process with
// esbuild (tsx's own compiler) into one plain .mjs beside node_modules, keyed by a hash of its content. web-ifc stays
// external: it is resolved from node_modules at run time, with its wasm.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { STEP_LIMITS } from '../../../domain/bim/index.js';
import type { TakeoffInput } from './takeoffWorker.js';
import type { WorkerInput } from './worker.js';
import { writeCacheFile } from './cacheFile.js';
import { bimWorkerLimits } from './workerLimits.js';

export { bimWorkerLimits } from './workerLimits.js';

const require = createRequire(import.meta.url);
/** The thread entries of a BIM job: the web-ifc pass, and the take-off thread beside it with its schema tables. */
export interface BimWorkerEntries {
  geometry: URL;
  /** Absent when running through tsx: the take-off then runs in the geometry thread after its pass. */
  takeoff: { entry: URL; tablesPath: string } | null;
}

/** Fallback: the TypeScript worker through tsx, when the bundles cannot be built or written. */
export const TSX_WORKER_ENTRIES: BimWorkerEntries = { geometry: new URL('./worker-entry.mjs', import.meta.url), takeoff: null };

let entries: Promise<BimWorkerEntries> | null = null;

/** The bundled workers' URLs, building them on first use; the tsx entry if that fails (`onFallback` says why). */
export function bimWorkerEntries(onFallback?: (err: unknown) => void): Promise<BimWorkerEntries> {
  entries ??= bundleWorkers().catch((err: unknown) => {
    onFallback?.(err);
    return TSX_WORKER_ENTRIES;
  });
  return entries;
}

/**
 * Starts the threads of one job: the geometry worker, and unless it only rebuilds a geometry file, the take-off
 * thread, joined to it by a message channel. Both start at once, so the take-off thread reads the file while the
 * geometry worker is still loading web-ifc. The caller terminates both when the job ends.
 */
export function startBimThreads(
  entries: BimWorkerEntries,
  input: WorkerInput,
  sizeBytes: number,
): { geometry: Worker; takeoff: Worker | null } {
  // The entries are plain JS (or register tsx themselves): the server's own loader flags would only slow them.
  const options = { resourceLimits: bimWorkerLimits(sizeBytes), stdout: true, stderr: true, execArgv: [] };
  let takeoff: Worker | null = null;
  let geometryData: WorkerInput = input;
  const transferList: MessagePort[] = [];
  if (entries.takeoff && !input.storedElements) {
    const { port1, port2 } = new MessageChannel();
    const takeoffInput: TakeoffInput = {
      filePath: input.filePath,
      maxEntities: input.maxEntities ?? STEP_LIMITS.maxEntities,
      tablesPath: entries.takeoff.tablesPath,
      port: port2,
    };
    takeoff = new Worker(entries.takeoff.entry, { ...options, workerData: takeoffInput, transferList: [port2] });
    geometryData = { ...input, takeoffPort: port1 };
    transferList.push(port1);
  }
  const geometry = new Worker(entries.geometry, { ...options, workerData: geometryData, transferList });
  for (const w of [geometry, takeoff]) {
    // web-ifc prints parser complaints; they belong to the job, not the server log.
    w?.stdout.resume();
    w?.stderr.resume();
  }
  // A take-off thread that fails only means the geometry worker does the take-off itself.
  takeoff?.on('error', () => undefined);
  return { geometry, takeoff };
}

async function bundleWorkers(): Promise<BimWorkerEntries> {
  const { build } = await import('esbuild');
  const webIfcDir = path.dirname(require.resolve('web-ifc/web-ifc-node.wasm'));
  // Inside node_modules, so the bundle's `import 'web-ifc'` resolves to the installed package.
  const dir = path.join(path.dirname(webIfcDir), '.cache', 'greenbuild');
  const bundle = async (name: string, source: string) => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL(source, import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['web-ifc'],
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
    });
    const code = result.outputFiles[0]!.contents;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    const file = path.join(dir, `${name}-${hash}.mjs`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dir, { recursive: true });
      writeCacheFile(file, code);
    }
    return { file, hash };
  };
  const geometry = await bundle('bim-worker', './worker.ts');
  const takeoff = await bundle('bim-takeoff', './takeoffWorker.ts');
  const tablesWriter = await bundle('bim-schema-tables', './schemaTablesWorker.ts');
  // The tables follow the installed web-ifc and the code that reads them out of it.
  const webIfcVersion = (JSON.parse(fs.readFileSync(path.join(webIfcDir, 'package.json'), 'utf8')) as { version: string }).version;
  const tablesPath = path.join(dir, `bim-schema-tables-${tablesWriter.hash}-${webIfcVersion}.json`);
  if (!fs.existsSync(tablesPath)) {
    await new Promise<void>((resolve, reject) => {
      const writer = new Worker(pathToFileURL(tablesWriter.file), { workerData: { file: tablesPath }, execArgv: [] });
      writer.on('error', reject);
      writer.on('exit', (code) =>
        code === 0 && fs.existsSync(tablesPath) ? resolve() : reject(new Error(`schema tables writer exited with code ${code}`)),
      );
    });
  }
  const current = new Set([geometry.file, takeoff.file, tablesWriter.file, tablesPath]);
  // Files of earlier versions: a day is long past any job another process could still be starting from one.
  for (const old of fs.readdirSync(dir)) {
    const p = path.join(dir, old);
    if (old.startsWith('bim-') && !current.has(p) && Date.now() - fs.statSync(p).mtimeMs > 86_400_000) fs.rmSync(p, { force: true });
  }
  return { geometry: pathToFileURL(geometry.file), takeoff: { entry: pathToFileURL(takeoff.file), tablesPath } };
}
