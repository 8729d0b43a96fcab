// Runs IFC processing jobs in worker threads. The job state lives in bim_models (status, progress, lease), the input
// and the geometry file in the object store, so any instance can run, report and re-run any job: a job whose
// instance died is claimed again once its lease expires (migration 0160).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import type { AppContext } from '../../platform/context.js';
import { scratchFile, StorageUnavailable, type ObjectStore } from '../../platform/storage.js';
import * as store from './store.js';
import type { WorkerInput, WorkerMessage } from './worker.js';
import { bimWorkerEntries, startBimThreads } from './workerEntry.js';

/** A model's objects in the object store (platform/storage.ts). */
export function modelFiles(projectId: string, modelId: string) {
  const dir = `bim/${projectId}`;
  return {
    dir,
    ifc: `${dir}/${modelId}.ifc`,
    /** The viewer's geometry file (src/domain/bim/geometryFile.ts). */
    geometry: `${dir}/${modelId}.geom`,
    /** The geometry file gzipped, made on its first download (it shrinks to about a sixth). */
    geometryGzip: `${dir}/${modelId}.geom.gz`,
    /** Fragments file of a model processed before migration 0085; removed once its geometry file is rebuilt. */
    legacyFragments: `${dir}/${modelId}.frag`,
  };
}

type Done = Extract<WorkerMessage, { type: 'done' }>;
type Outcome = { ok: true; done: Done } | { ok: false; code: string; detail: string };

/** Where a job's worker reads its IFC: the local store's file in place, else a scratch copy removed afterwards. */
async function inputFile(objects: ObjectStore, key: string): Promise<{ file: string; release(): Promise<void> } | null> {
  if (objects.localFile) {
    const file = objects.localFile(key);
    return fs.existsSync(file) ? { file, release: async () => undefined } : null;
  }
  const file = scratchFile(objects, path.basename(key));
  if (!(await objects.getToFile(key, file))) return null;
  return { file, release: () => fs.promises.rm(file, { force: true }) };
}

export class BimProcessor {
  private running = 0;
  private readonly workers = new Set<Worker>();
  private stopped = false;
  /** Geometry rebuilds of older models, one at a time per instance, each model once however many viewers ask. */
  private rebuildChain: Promise<unknown> = Promise.resolve();
  private readonly rebuilds = new Map<string, Promise<void>>();
  /** Worker threads per instance: parsing is CPU-bound and web-ifc is single-threaded. */
  readonly concurrency = Math.max(1, Math.min(2, os.availableParallelism() - 1));
  /** This process, in lease tokens (which instance holds a job shows in bim_models.lease_owner). */
  private readonly instance = `${os.hostname()}:${process.pid}`;

  constructor(
    private readonly ctx: AppContext,
    private readonly log: {
      error(obj: unknown, msg: string): void;
      warn(obj: unknown, msg: string): void;
      info(obj: unknown, msg: string): void;
    },
  ) {}

  /**
   * Starts a job now if this instance has a free worker: the given queued model, or (without an id) the oldest
   * claimable one; otherwise the drain timer picks it up later, here or on another instance.
   */
  kick(modelId?: string): void {
    if (this.stopped || this.running >= this.concurrency) return;
    this.running++;
    void this.process(modelId)
      .then((ran) => {
        if (!ran && !modelId) this.idle = true;
      })
      .catch((err: unknown) => this.log.error({ err, modelId }, 'bim processing failed'))
      .finally(() => {
        this.running--;
        if (!this.stopped && !this.idle) void this.drain();
      });
  }

  /** Set when a claim found nothing, so a finished job does not start a loop of empty claims; drain() clears it. */
  private idle = false;

  /** Claims queued models (and models whose lease expired) while there is capacity: drain timer and after each job. */
  async drain(): Promise<void> {
    this.idle = false;
    const free = this.concurrency - this.running;
    if (free <= 0 || this.stopped) return;
    for (let i = 0; i < free; i++) this.kick();
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
    const { objects } = this.ctx;
    job = this.rebuildChain
      .then(async () => {
        if (this.stopped) throw new Error('shutting down');
        const files = modelFiles(model.projectId, model.id);
        if (await objects.head(files.geometry)) return;
        await objects.delete(files.geometryGzip);
        const { items } = await store.listModelElements(this.ctx.db, model.projectId, { modelId: model.id });
        // In express id order, as the extraction lists them, so the file is the one processing would have written.
        const storedElements = items.map((e): [number, string] => [e.expressId, e.globalId]).sort((a, b) => a[0] - b[0]);
        const input = await inputFile(objects, files.ifc);
        if (!input) throw new Error(`the IFC file of model ${model.id} is missing`);
        const geometry = scratchFile(objects, `${model.id}.geom`);
        try {
          const outcome = await this.runWorker(
            model.id,
            { filePath: input.file, geometryPath: geometry, storedElements },
            model.sizeBytes,
            null,
          );
          if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.detail}`);
          await objects.putFile(files.geometry, geometry);
          await store.recordGeometryBytes(this.ctx.db, model.id, outcome.done.geometry.bytes);
          await objects.delete(files.legacyFragments);
        } finally {
          await input.release();
          await fs.promises.rm(geometry, { force: true });
        }
      })
      .finally(() => this.rebuilds.delete(model.id));
    this.rebuilds.set(model.id, job);
    this.rebuildChain = job.catch(() => undefined);
    return job;
  }

  /**
   * Runs one job under a lease: claims it, renews the lease while the worker runs, reads the IFC from the object
   * store, stores the geometry file, and writes the take-off only while the lease is still ours. Returns whether a
   * job was claimed. An instance killed half-way leaves the lease to expire; any instance then runs the job again
   * from its stored IFC, overwriting the same geometry object and replacing the element rows.
   */
  private async process(modelId?: string): Promise<boolean> {
    const { db, objects, config } = this.ctx;
    const leaseSeconds = config.jobLeaseSeconds;
    const lease = await store.claimModel(db, `${this.instance}:${randomUUID()}`, leaseSeconds, modelId);
    if (!lease) return false;
    const model = await store.getModel(db, lease.id);
    if (!model) return true;
    this.log.info({ modelId: model.id, attempt: lease.attempts, lease: lease.token }, 'bim job claimed');
    const files = modelFiles(model.projectId, model.id);
    let lost = false;
    let abort: (() => void) | undefined;
    const renew = setInterval(
      () =>
        void store.renewLease(db, lease, leaseSeconds).then(
          (ours) => {
            if (ours) return;
            lost = true;
            abort?.();
          },
          // The database is briefly unreachable: keep working; the lease check at the end decides.
          () => undefined,
        ),
      Math.max(1000, (leaseSeconds * 1000) / 3),
    );
    renew.unref();
    const geometry = scratchFile(objects, `${model.id}.geom`);
    let input: Awaited<ReturnType<typeof inputFile>> = null;
    try {
      const started = performance.now();
      try {
        input = await inputFile(objects, files.ifc);
      } catch (err) {
        // The store is unreachable: leave the job to the lease (it runs again when the store is back).
        this.log.warn({ err, modelId: model.id }, 'bim job input unavailable; retried after the lease expires');
        return true;
      }
      if (!input) {
        await store.failModel(db, lease, 'ifc_file_missing', 'the stored IFC file is missing');
        return true;
      }
      const outcome = await this.runWorker(
        model.id,
        { filePath: input.file, geometryPath: geometry },
        model.sizeBytes,
        lease,
        (a) => (abort = a),
      );
      if (lost) {
        this.log.warn({ modelId: model.id }, 'bim job lease lost; another instance runs it');
        return true;
      }
      if (!outcome.ok) {
        await store.failModel(db, lease, outcome.code, outcome.detail);
        return true;
      }
      const { extraction, geometry: geometryInfo, timings, takeoffFallback } = outcome.done;
      // Not an error (the take-off is the same either way), but the job took longer than it had to.
      if (takeoffFallback) this.log.warn({ modelId: model.id, takeoffFallback }, 'bim take-off read after the geometry pass');
      try {
        // The same key on every attempt: a second attempt replaces the object with the same bytes.
        await objects.putFile(files.geometry, geometry);
        await store.completeModel(db, model, lease, extraction!, {
          geometryBytes: geometryInfo.bytes,
          processingMs: performance.now() - started,
          timings,
          ...(takeoffFallback ? { takeoffFallback } : {}),
        });
      } catch (err) {
        if (err instanceof store.LeaseLost) {
          this.log.warn({ modelId: model.id }, 'bim job lease lost before its result was written; the other attempt writes it');
          return true;
        }
        if (err instanceof StorageUnavailable) {
          this.log.warn({ err, modelId: model.id }, 'geometry file could not be stored; retried after the lease expires');
          return true;
        }
        await store.failModel(db, lease, 'ifc_store_failed', err instanceof Error ? err.message : String(err));
      }
      return true;
    } finally {
      clearInterval(renew);
      await input?.release();
      await fs.promises.rm(geometry, { force: true });
    }
  }

  private async runWorker(
    modelId: string,
    input: WorkerInput,
    sizeBytes: number,
    lease: store.ModelLease | null,
    onAbort?: (abort: () => void) => void,
  ): Promise<Outcome> {
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
      onAbort?.(() => finish({ ok: false, code: 'lease_lost', detail: 'another instance took the job' }));
      const timer = setTimeout(
        () => finish({ ok: false, code: 'ifc_timeout', detail: `processing took longer than ${Math.round(timeoutMs / 1000)} s` }),
        timeoutMs,
      );
      timer.unref();
      let lastWrite = 0;
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') {
          if (!lease) return;
          const now = Date.now();
          if (now - lastWrite < 500) return;
          lastWrite = now;
          void store.recordProgress(this.ctx.db, lease, m.progress, m.stage).catch(() => undefined);
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
