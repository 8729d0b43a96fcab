// The BIM worker thread: parses one IFC file with web-ifc, converts it to Fragments for the viewer and extracts the
// take-off, posting progress as it goes. It runs off the request thread with resource limits set by the parent, so
// a hostile file can at worst kill this thread.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import * as WebIFC from 'web-ifc';
import { IfcImporter } from '@thatopen/fragments';
import { scanStepEntities, STEP_LIMITS } from '../../../domain/bim/index.js';
import { extractModel, GeometryMeter, type ModelExtraction } from './extract.js';
import { loaderSettings, newIfcApi, webIfcWasmDir } from './ifcRuntime.js';

export type WorkerInput = { filePath: string; fragmentsPath: string; maxEntities?: number };
export type WorkerMessage =
  | { type: 'progress'; progress: number; stage: string }
  | { type: 'done'; extraction: ModelExtraction; fragmentsBytes: number; timings: Record<string, number> }
  | { type: 'failed'; code: string; detail: string };

const post = (m: WorkerMessage) => parentPort!.postMessage(m);

/**
 * One geometry pass for both jobs: the Fragments importer streams every mesh through web-ifc; wrapping
 * StreamMeshes lets the take-off measure the same triangles, and wrapping Dispose extracts properties from the
 * same parsed model just before the importer frees it. If a future importer stops calling these, the take-off
 * falls back to its own pass (slower, same result).
 */
function hookImporterPasses(onModelDone: (api: WebIFC.IfcAPI, modelID: number, meter: GeometryMeter) => void) {
  const proto = WebIFC.IfcAPI.prototype as WebIFC.IfcAPI & Record<string, unknown>;
  const meters = new WeakMap<WebIFC.IfcAPI, { modelID: number; meter: GeometryMeter }>();
  const streamMeshes = proto.StreamMeshes;
  const dispose = proto.Dispose;
  proto.StreamMeshes = function (this: WebIFC.IfcAPI, modelID, ids, cb, scale) {
    let entry = meters.get(this);
    if (!entry) meters.set(this, (entry = { modelID, meter: new GeometryMeter(this) }));
    const meter = entry.meter;
    return streamMeshes.call(this, modelID, ids, (mesh, i, n) => {
      meter.measure(modelID, mesh);
      cb(mesh, i, n);
    }, scale);
  };
  proto.Dispose = function (this: WebIFC.IfcAPI) {
    const entry = meters.get(this);
    if (entry) {
      meters.delete(this);
      onModelDone(this, entry.modelID, entry.meter);
    }
    return dispose.call(this);
  };
  return () => {
    proto.StreamMeshes = streamMeshes;
    proto.Dispose = dispose;
  };
}

async function run(input: WorkerInput) {
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const bytes = new Uint8Array(fs.readFileSync(input.filePath));
  const scan = scanStepEntities(bytes);
  if (scan.count > (input.maxEntities ?? STEP_LIMITS.maxEntities) || scan.maxId > STEP_LIMITS.maxId) {
    post({ type: 'failed', code: 'ifc_too_complex', detail: `${scan.count} entities, largest id #${scan.maxId}` });
    return;
  }
  if (scan.count === 0) {
    post({ type: 'failed', code: 'ifc_parse_failed', detail: 'no entity instances in the DATA section' });
    return;
  }
  post({ type: 'progress', progress: 0.02, stage: 'parse' });

  let extraction: ModelExtraction | null = null;
  let extractionError: unknown = null;
  const unhook = hookImporterPasses((api, modelID, meter) => {
    const t = performance.now();
    try {
      extraction = extractModel(api, modelID, meter.byElement);
    } catch (err) {
      extractionError = err;
    }
    timings.extract = performance.now() - t;
    post({ type: 'progress', progress: 0.55, stage: 'attributes' });
  });

  const importer = new IfcImporter();
  importer.wasm = { path: webIfcWasmDir, absolute: true };
  importer.webIfcSettings = loaderSettings(bytes.byteLength);
  let lastSent = 0;
  const fragments = await importer.process({
    bytes,
    raw: false,
    progressCallback: (p, data) => {
      const now = performance.now();
      if (now - lastSent < 200) return;
      lastSent = now;
      post({ type: 'progress', progress: Math.min(0.95, 0.05 + 0.9 * p), stage: data.process });
    },
  });
  unhook();
  timings.importer = performance.now() - t0;
  if (extractionError) throw extractionError;
  if (!extraction) {
    // Importer changed its internals: measure and extract with our own pass.
    const t = performance.now();
    const api = await newIfcApi();
    const modelID = api.OpenModel(bytes, loaderSettings(bytes.byteLength));
    const meter = new GeometryMeter(api);
    api.StreamAllMeshes(modelID, (mesh) => meter.measure(modelID, mesh));
    extraction = extractModel(api, modelID, meter.byElement);
    api.Dispose();
    timings.fallbackExtract = performance.now() - t;
  }
  fs.writeFileSync(input.fragmentsPath, fragments);
  timings.total = performance.now() - t0;
  post({ type: 'done', extraction, fragmentsBytes: fragments.byteLength, timings });
}

run(workerData as WorkerInput).catch((err: unknown) => {
  post({ type: 'failed', code: 'ifc_parse_failed', detail: err instanceof Error ? err.message : String(err) });
});
