// Runs IFC processing jobs in worker threads. The job state lives in bim_models (status, progress, heartbeat), so
// any instance can report progress and a job orphaned by a crashed instance is picked up again by the scheduler.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppContext } from '../../platform/context.js';
import * as store from './store.js';
import type { WorkerMessage } from './worker.js';

const WORKER_ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export function modelFiles(dataDir: string, projectId: string, modelId: string) {
  const dir = path.join(dataDir, 'bim', projectId);
  return { dir, ifc: path.join(dir, `${modelId}.ifc`), fragments: path.join(dir, `${modelId}.frag`) };
}

type Outcome = { ok: true } | { ok: false; code: string; detail: string };

export class BimProcessor {
  private running = 0;
  private readonly workers = new Set<Worker>();
  private stopped = false;
  /** Worker threads per instance: parsing is CPU-bound and web-ifc is single-threaded. */
  readonly concurrency = Math.max(1, Math.min(2, os.availableParallelism() - 1));

  constructor(
    private readonly ctx: AppContext,
    private readonly log: { error(obj: unknown, msg: string): void },
  ) {}

  /** Starts a queued model now if this instance has a free worker; otherwise the scheduler picks it up later. */
  kick(modelId: string): void {
    if (this.stopped || this.running >= this.concurrency) return;
    this.running++;
    void this.process(modelId)
      .catch((err: unknown) => this.log.error({ err, modelId }, 'bim processing failed'))
      .finally(() => {
        this.running--;
        if (!this.stopped) void this.drain();
      });
  }

  /** Claims queued models while there is capacity (scheduler tick and after each job). */
  async drain(): Promise<void> {
    const free = this.concurrency - this.running;
    if (free <= 0 || this.stopped) return;
    for (const id of await store.queuedModelIds(this.ctx.db, free)) this.kick(id);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private async process(modelId: string): Promise<void> {
    const { db, config } = this.ctx;
    if (!(await store.claimModel(db, modelId))) return;
    const model = await store.getModel(db, modelId);
    if (!model) return;
    const files = modelFiles(config.dataDir, model.projectId, model.id);
    const started = performance.now();
    const outcome = await this.runWorker(modelId, files, model.sizeBytes);
    if (!outcome.ok) {
      fs.rmSync(files.fragments, { force: true });
      await store.failModel(db, modelId, outcome.code, outcome.detail);
      return;
    }
    const { extraction, fragmentsBytes, timings } = this.lastResult.get(modelId)!;
    this.lastResult.delete(modelId);
    try {
      await store.completeModel(db, model, extraction, { fragmentsBytes, processingMs: performance.now() - started, timings });
    } catch (err) {
      fs.rmSync(files.fragments, { force: true });
      await store.failModel(db, modelId, 'ifc_store_failed', err instanceof Error ? err.message : String(err));
    }
  }

  private readonly lastResult = new Map<string, Extract<WorkerMessage, { type: 'done' }>>();

  private runWorker(modelId: string, files: ReturnType<typeof modelFiles>, sizeBytes: number): Promise<Outcome> {
    const mb = sizeBytes / 1024 / 1024;
    // JS heap for the Fragments serializer and the extracted rows; the wasm heap is capped by web-ifc's MEMORY_LIMIT.
    const heapMb = Math.round(Math.min(8192, Math.max(512, 256 + mb * 8)));
    const timeoutMs = Math.max(5 * 60_000, mb * 20_000);
    return new Promise<Outcome>((resolve) => {
      let settled = false;
      const finish = (o: Outcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.workers.delete(worker);
        void worker.terminate();
        resolve(o);
      };
      const worker = new Worker(WORKER_ENTRY, {
        workerData: { filePath: files.ifc, fragmentsPath: files.fragments },
        resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
        stdout: true,
        stderr: true,
      });
      // web-ifc prints parser complaints; they belong to the job, not the server log.
      worker.stdout.resume();
      worker.stderr.resume();
      this.workers.add(worker);
      const timer = setTimeout(() => finish({ ok: false, code: 'ifc_timeout', detail: `processing took longer than ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
      timer.unref();
      let lastWrite = 0;
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') {
          const now = Date.now();
          if (now - lastWrite < 500) return;
          lastWrite = now;
          void store.recordProgress(this.ctx.db, modelId, m.progress, m.stage).catch(() => undefined);
        } else if (m.type === 'done') {
          this.lastResult.set(modelId, m);
          finish({ ok: true });
        } else if (m.type === 'failed') {
          finish({ ok: false, code: m.code, detail: m.detail });
        }
      });
      worker.on('error', (err: Error & { code?: string }) => {
        const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory|Aborted|RangeError/i.test(err.message);
        finish({ ok: false, code: oom ? 'ifc_too_complex' : 'ifc_parse_failed', detail: err.message });
      });
      worker.on('exit', (code) => finish({ ok: false, code: 'ifc_parse_failed', detail: `worker exited with code ${code}` }));
    });
  }
}
