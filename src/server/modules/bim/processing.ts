// Runs IFC processing jobs in worker threads. The job state lives in bim_models (status, progress, heartbeat), so
// any instance can report progress and a job orphaned by a crashed instance is picked up again by the scheduler.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { AppContext } from '../../platform/context.js';
import * as store from './store.js';
import type { WorkerInput, WorkerMessage } from './worker.js';
import { bimWorkerEntries, startBimThreads } from './workerEntry.js';

export function modelFiles(dataDir: string, projectId: string, modelId: string) {
  const dir = path.join(dataDir, 'bim', projectId);
  return {
    dir,
    ifc: path.join(dir, `${modelId}.ifc`),
    /** The viewer's geometry file (src/domain/bim/geometryFile.ts). */
    geometry: path.join(dir, `${modelId}.geom`),
    /** The geometry file gzipped, made on its first download (it shrinks to about a sixth). */
    geometryGzip: path.join(dir, `${modelId}.geom.gz`),
    /** Fragments file of a model processed before migration 0085; removed once its geometry file is rebuilt. */
    legacyFragments: path.join(dir, `${modelId}.frag`),
  };
}

type Done = Extract<WorkerMessage, { type: 'done' }>;
type Outcome = { ok: true; done: Done } | { ok: false; code: string; detail: string };

export class BimProcessor {
  private running = 0;
  private readonly workers = new Set<Worker>();
  private stopped = false;
  /** Geometry rebuilds of older models, one at a time per instance, each model once however many viewers ask. */
  private rebuildChain: Promise<unknown> = Promise.resolve();
  private readonly rebuilds = new Map<string, Promise<void>>();
  /** Worker threads per instance: parsing is CPU-bound and web-ifc is single-threaded. */
  readonly concurrency = Math.max(1, Math.min(2, os.availableParallelism() - 1));

  constructor(
    // Only the database and the data folder: the demo seeder runs a processor before the app exists.
    private readonly ctx: Pick<AppContext, 'db'> & { config: Pick<AppContext['config'], 'dataDir'> },
    private readonly log: { error(obj: unknown, msg: string): void; warn(obj: unknown, msg: string): void },
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

  /**
   * Writes the geometry file of a ready model that has none (processed before migration 0085, when the viewer read a
   * Fragments file) from its stored IFC, without touching its status, processing time or element rows.
   */
  rebuildGeometry(model: { id: string; projectId: string; sizeBytes: number }): Promise<void> {
    let job = this.rebuilds.get(model.id);
    if (job) return job;
    job = this.rebuildChain
      .then(async () => {
        if (this.stopped) throw new Error('shutting down');
        const files = modelFiles(this.ctx.config.dataDir, model.projectId, model.id);
        if (fs.existsSync(files.geometry)) return;
        fs.rmSync(files.geometryGzip, { force: true });
        const { items } = await store.listModelElements(this.ctx.db, model.projectId, { modelId: model.id });
        // In express id order, as the extraction lists them, so the file is the one processing would have written.
        const storedElements = items.map((e): [number, string] => [e.expressId, e.globalId]).sort((a, b) => a[0] - b[0]);
        const outcome = await this.runWorker(
          model.id,
          { filePath: files.ifc, geometryPath: files.geometry, storedElements },
          model.sizeBytes,
          false,
        );
        if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.detail}`);
        await store.recordGeometryBytes(this.ctx.db, model.id, outcome.done.geometry.bytes);
        fs.rmSync(files.legacyFragments, { force: true });
      })
      .finally(() => this.rebuilds.delete(model.id));
    this.rebuilds.set(model.id, job);
    this.rebuildChain = job.catch(() => undefined);
    return job;
  }

  /** Processes one queued model here and now (the demo seeder's model), resolving when it is ready or failed. */
  processNow(modelId: string): Promise<void> {
    return this.process(modelId);
  }

  private async process(modelId: string): Promise<void> {
    const { db, config } = this.ctx;
    if (!(await store.claimModel(db, modelId))) return;
    const model = await store.getModel(db, modelId);
    if (!model) return;
    const files = modelFiles(config.dataDir, model.projectId, model.id);
    const started = performance.now();
    const outcome = await this.runWorker(modelId, { filePath: files.ifc, geometryPath: files.geometry }, model.sizeBytes, true);
    if (!outcome.ok) {
      fs.rmSync(files.geometry, { force: true });
      await store.failModel(db, modelId, outcome.code, outcome.detail);
      return;
    }
    const { extraction, geometry, timings, takeoffFallback } = outcome.done;
    // Not an error (the take-off is the same either way), but the job took longer than it had to.
    if (takeoffFallback) this.log.warn({ modelId, takeoffFallback }, 'bim take-off read after the geometry pass');
    try {
      await store.completeModel(db, model, extraction!, {
        geometryBytes: geometry.bytes,
        processingMs: performance.now() - started,
        timings,
        ...(takeoffFallback ? { takeoffFallback } : {}),
      });
    } catch (err) {
      fs.rmSync(files.geometry, { force: true });
      await store.failModel(db, modelId, 'ifc_store_failed', err instanceof Error ? err.message : String(err));
    }
  }

  private async runWorker(modelId: string, input: WorkerInput, sizeBytes: number, reportProgress: boolean): Promise<Outcome> {
    const timeoutMs = Math.max(5 * 60_000, (sizeBytes / 1024 / 1024) * 20_000);
    const entries = await bimWorkerEntries((err) =>
      this.log.warn({ err }, 'bim worker bundle unavailable; running the worker through tsx'),
    );
    return new Promise<Outcome>((resolve) => {
      let settled = false;
      const finish = (o: Outcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        for (const w of threads) {
          this.workers.delete(w);
          void w.terminate();
        }
        resolve(o);
      };
      const { geometry: worker, takeoff } = startBimThreads(entries, input, sizeBytes);
      const threads = takeoff ? [worker, takeoff] : [worker];
      for (const w of threads) this.workers.add(w);
      const timer = setTimeout(
        () => finish({ ok: false, code: 'ifc_timeout', detail: `processing took longer than ${Math.round(timeoutMs / 1000)} s` }),
        timeoutMs,
      );
      timer.unref();
      let lastWrite = 0;
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') {
          if (!reportProgress) return;
          const now = Date.now();
          if (now - lastWrite < 500) return;
          lastWrite = now;
          void store.recordProgress(this.ctx.db, modelId, m.progress, m.stage).catch(() => undefined);
        } else if (m.type === 'done') {
          finish({ ok: true, done: m });
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
