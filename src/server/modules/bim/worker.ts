// The BIM worker thread: one web-ifc pass over one IFC file. Every streamed mesh is measured for the take-off and
// written to the viewer's geometry file (docs/decisions/0004), then the properties are extracted from the same open
// model. It runs off the request thread with resource limits set by the parent, so a hostile file can at worst kill
// this thread. The parent starts it from a plain-JS bundle of this file (workerEntry.ts).
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { STEP_LIMITS } from '../../../domain/bim/index.js';
import { extractModel, GeometryMeter, type ModelExtraction } from './extract.js';
import { GeometryFileWriter, type GeometryFileSummary } from './geometryFile.js';
import { loaderSettings, newIfcApi } from './ifcRuntime.js';
import { indexStepInstances, StepLines } from './stepLines.js';

export type WorkerInput = {
  filePath: string;
  geometryPath: string;
  maxEntities?: number;
  /**
   * Rebuild only the geometry file of a model whose take-off is already stored: no extraction, and the GlobalId
   * table comes from the stored element rows ([express id, GlobalId]).
   */
  storedElements?: Array<[number, string]>;
};
export type WorkerMessage =
  | { type: 'progress'; progress: number; stage: string }
  | { type: 'done'; extraction: ModelExtraction | null; geometry: GeometryFileSummary; timings: Record<string, number> }
  | { type: 'failed'; code: string; detail: string };

const post = (m: WorkerMessage) => parentPort!.postMessage(m);

async function run(input: WorkerInput) {
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const bytes = new Uint8Array(fs.readFileSync(input.filePath));
  // One pass over the bytes both checks the limits before web-ifc allocates anything and indexes the lines the take-off reads.
  const maxEntities = input.maxEntities ?? STEP_LIMITS.maxEntities;
  const scan = indexStepInstances(bytes, maxEntities);
  if (scan.count > maxEntities || scan.maxId > STEP_LIMITS.maxId) {
    post({ type: 'failed', code: 'ifc_too_complex', detail: `${scan.count > maxEntities ? `over ${maxEntities}` : scan.count} entities, largest id #${scan.maxId}` });
    return;
  }
  if (scan.count === 0) {
    post({ type: 'failed', code: 'ifc_parse_failed', detail: 'no entity instances in the DATA section' });
    return;
  }
  post({ type: 'progress', progress: 0.02, stage: 'parse' });
  const api = await newIfcApi();
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
    const extraction = input.storedElements ? null : extractModel(api, modelID, meter.byElement, new StepLines(bytes, api, modelID, scan));
    timings.extract = performance.now() - t;
    api.CloseModel(modelID);
    const named = extraction ? extraction.elements : input.storedElements!.map(([expressId, globalId]) => ({ expressId, globalId }));
    const geometry = writer.finish(named);
    timings.total = performance.now() - t0;
    // Closing the model and writing the tables and header.
    timings.file = timings.total - timings.parse - timings.geometry - timings.extract;
    post({ type: 'done', extraction, geometry, timings });
  } catch (err) {
    writer.abort();
    throw err;
  }
}

run(workerData as WorkerInput).catch((err: unknown) => {
  post({ type: 'failed', code: 'ifc_parse_failed', detail: err instanceof Error ? err.message : String(err) });
});
