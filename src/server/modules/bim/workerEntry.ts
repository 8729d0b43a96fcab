// Which file a BIM worker thread starts from. The server runs TypeScript through tsx, but a worker that registers tsx
// itself costs about 50 MB more per job (measured, decision 0004), so the worker is bundled once per process with
// esbuild (tsx's own compiler) into one plain .mjs beside node_modules, keyed by a hash of its content. web-ifc stays
// external: it is resolved from node_modules at run time, with its wasm.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';

const require = createRequire(import.meta.url);
/** Fallback: the TypeScript worker through tsx, when the bundle cannot be built or written. */
export const TSX_WORKER_ENTRY = new URL('./worker-entry.mjs', import.meta.url);

let entry: Promise<URL> | null = null;

/**
 * Resource limits of a worker for a file of this size: JS heap for the extracted rows (psets, quantities), while the
 * wasm heap is capped by web-ifc's MEMORY_LIMIT. A large young generation lets the take-off's many short-lived line
 * objects die young instead of being copied around (measured: extraction of duplex.ifc 200 → … ms).
 */
export function bimWorkerLimits(sizeBytes: number): ResourceLimits {
  const mb = sizeBytes / 1024 / 1024;
  return { maxOldGenerationSizeMb: Math.round(Math.min(8192, Math.max(512, 256 + mb * 8))), maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };
}

/** The bundled worker's URL, building it on first use; the tsx entry if that fails (`onFallback` says why). */
export function bimWorkerEntry(onFallback?: (err: unknown) => void): Promise<URL> {
  entry ??= bundleWorker().catch((err: unknown) => {
    onFallback?.(err);
    return TSX_WORKER_ENTRY;
  });
  return entry;
}

async function bundleWorker(): Promise<URL> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
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
  // Inside node_modules, so the bundle's `import 'web-ifc'` resolves to the installed package.
  const dir = path.join(path.dirname(path.dirname(require.resolve('web-ifc/web-ifc-node.wasm'))), '.cache', 'greenbuild');
  const file = path.join(dir, `bim-worker-${hash}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so another process starting a job at the same moment never loads half a file.
    const part = `${file}.${process.pid}.part`;
    fs.writeFileSync(part, code);
    fs.renameSync(part, file);
  }
  // Bundles of earlier versions: a day is long past any job another process could still be starting from one.
  for (const old of fs.readdirSync(dir)) {
    const p = path.join(dir, old);
    if (old.startsWith('bim-worker-') && p !== file && Date.now() - fs.statSync(p).mtimeMs > 86_400_000) fs.rmSync(p, { force: true });
  }
  return pathToFileURL(file);
}
