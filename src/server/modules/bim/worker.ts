// The BIM worker thread: one web-ifc pass over one IFC file. Every streamed mesh is measured for the take-off and
// written to the viewer's geometry file (docs/decisions/0004). Meanwhile a take-off thread (takeoffWorker.ts) reads
// the properties, materials and quantity sets from the file's bytes on another core; its result is joined with the
// geometry measures at the end, or, if it could not read the file as web-ifc would, the properties are extracted here
// from the open model, as before. It runs off the request thread with resource limits set by the parent, so a hostile
// file can at worst kill this thread. The parent starts it from a plain-JS bundle of this file (workerEntry.ts).
import fs from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { STEP_LIMITS } from '../../../domain/bim/index.js';
import { GeometryMeter, readTakeoff, withGeometry, type ModelExtraction } from './extract.js';
import { GeometryFileWriter, type GeometryFileSummary } from './geometryFile.js';
import { loaderSettings, modelFacts, newIfcApi, webIfcTakeoffSource } from './ifcRuntime.js';
import { indexStepInstances, StepLines } from './stepLines.js';
import type { TakeoffMessage } from './takeoffWorker.js';

export type WorkerInput = {
  filePath: string;
  geometryPath: string;
  maxEntities?: number;
  /**
   * Rebuild only the geometry file of a model whose take-off is already stored: no extraction, and the GlobalId
   * table comes from the stored element rows ([express id, GlobalId]).
   */
  storedElements?: Array<[number, string]>;
  /** The take-off thread's end of the channel (startBimThreads); without it the take-off runs here after the geometry pass. */
  takeoffPort?: MessagePort;
};
export type WorkerMessage =
  | { type: 'progress'; progress: number; stage: string }
  | {
      type: 'done';
      extraction: ModelExtraction | null;
      geometry: GeometryFileSummary;
      timings: Record<string, number>;
      /** Why the take-off ran after the geometry pass instead of beside it. */ takeoffFallback?: string;
    }
  | { type: 'failed'; code: string; detail: string };

const post = (m: WorkerMessage) => parentPort!.postMessage(m);

type TakeoffResult = Extract<TakeoffMessage, { type: 'takeoff' }> | { type: 'unreadable'; detail: string };

/** The take-off thread's result, or why there is none (it failed, or ended without one). */
function takeoffResult(port: MessagePort): Promise<TakeoffResult> {
  return new Promise((resolve) => {
    port.once('message', (m: TakeoffMessage) => resolve(m));
    port.once('close', () => resolve({ type: 'unreadable', detail: 'the take-off thread ended without a result' }));
  });
}

async function run(input: WorkerInput) {
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  // Listening from the start: the thread may finish before this one has parsed anything.
  const takeoff = input.takeoffPort && !input.storedElements ? takeoffResult(input.takeoffPort) : null;
  const bytes = new Uint8Array(fs.readFileSync(input.filePath));
  // The limits are checked before web-ifc allocates anything; the lines themselves are indexed by the take-off thread.
  const maxEntities = input.maxEntities ?? STEP_LIMITS.maxEntities;
  const scan = indexStepInstances(bytes, maxEntities, { offsets: false });
  timings.index = performance.now() - t0;
  if (scan.count > maxEntities || scan.maxId > STEP_LIMITS.maxId) {
    post({
      type: 'failed',
      code: 'ifc_too_complex',
      detail: `${scan.count > maxEntities ? `over ${maxEntities}` : scan.count} entities, largest id #${scan.maxId}`,
    });
    return;
  }
  if (scan.count === 0) {
    post({ type: 'failed', code: 'ifc_parse_failed', detail: 'no entity instances in the DATA section' });
    return;
  }
  post({ type: 'progress', progress: 0.02, stage: 'parse' });
  const api = await newIfcApi();
  timings.init = performance.now() - t0;
  const modelID = api.OpenModel(bytes, loaderSettings(bytes.byteLength));
  timings.parse = performance.now() - t0;

  const writer = new GeometryFileWriter(input.geometryPath);
  try {
    const meter = new GeometryMeter(api, writer);
    let lastSent = 0;
    api.StreamAllMeshes(modelID, (mesh, index, total) => {
      meter.measure(modelID, mesh);
      const now = performance.now();
      if (now - lastSent < 200) return;
      lastSent = now;
      post({ type: 'progress', progress: 0.05 + (0.6 * index) / Math.max(1, total), stage: 'geometry' });
    });
    timings.geometry = performance.now() - t0 - timings.parse;
    post({ type: 'progress', progress: 0.65, stage: 'attributes' });

    const t = performance.now();
    let extraction: ModelExtraction | null = null;
    let takeoffFallback: string | undefined;
    if (!input.storedElements) {
      const model = modelFacts(api, modelID);
      const read: TakeoffResult = takeoff ? await takeoff : { type: 'unreadable', detail: 'no take-off thread' };
      // The thread's lines are web-ifc's only if it indexed every line web-ifc parsed, under the same schema.
      const usable = read.type === 'takeoff' && read.count === model.entityTotal && read.schemaIndex === model.schemaIndex;
      if (usable) timings.takeoffThread = read.ms;
      else
        takeoffFallback =
          read.type === 'unreadable'
            ? read.detail
            : `the thread read ${read.count} of ${model.entityTotal} lines, schema ${read.schemaIndex}`;
      const attributes =
        read.type === 'takeoff' && usable
          ? read.attributes
          : readTakeoff(webIfcTakeoffSource(api, modelID, new StepLines(bytes, api, modelID)));
      extraction = withGeometry(attributes, meter.byElement, model);
    }
    timings.extract = performance.now() - t;
    api.CloseModel(modelID);
    const named = extraction ? extraction.elements : input.storedElements!.map(([expressId, globalId]) => ({ expressId, globalId }));
    const geometry = writer.finish(named);
    timings.total = performance.now() - t0;
    // Closing the model and writing the tables and header.
    timings.file = timings.total - timings.parse - timings.geometry - timings.extract;
    post({ type: 'done', extraction, geometry, timings, ...(takeoffFallback ? { takeoffFallback } : {}) });
  } catch (err) {
    writer.abort();
    throw err;
  }
}

run(workerData as WorkerInput).catch((err: unknown) => {
  post({ type: 'failed', code: 'ifc_parse_failed', detail: err instanceof Error ? err.message : String(err) });
});
