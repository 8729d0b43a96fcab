// web-ifc set-up shared by the worker, the take-off CLI and the benchmark: the wasm comes from node_modules
// (never a CDN), the model is read from disk, and every mesh is measured once as it streams.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { WebIFC, type IfcAPI, type LoaderSettings } from './webIfc.js';
import { extractModel, GeometryMeter, type ModelExtraction } from './extract.js';
import { StepLines } from './stepLines.js';

const require = createRequire(import.meta.url);
/** Directory holding web-ifc's .wasm files, with a trailing slash as web-ifc expects. */
export const webIfcWasmDir = path.dirname(require.resolve('web-ifc/web-ifc-node.wasm')) + path.sep;

export async function newIfcApi(): Promise<IfcAPI> {
  const api = new WebIFC.IfcAPI();
  api.SetWasmPath(webIfcWasmDir, true);
  await api.Init();
  api.SetLogLevel(WebIFC.LogLevel.LOG_LEVEL_OFF);
  return api;
}

/**
 * Loader settings: MEMORY_LIMIT caps the wasm heap web-ifc reserves, so a model declaring absurd entity counts
 * fails inside the parser instead of exhausting the machine.
 */
export function loaderSettings(fileBytes: number): LoaderSettings {
  return { COORDINATE_TO_ORIGIN: false, MEMORY_LIMIT: Math.min(4 * 1024 ** 3 - 65536, Math.max(512 * 1024 ** 2, fileBytes * 12)) };
}

/** Parses one file, streams and measures every mesh, and extracts the take-off; the model is closed afterwards. */
export async function takeoffFile(file: string, api?: IfcAPI): Promise<ModelExtraction> {
  const ifc = api ?? (await newIfcApi());
  const bytes = new Uint8Array(fs.readFileSync(file));
  const modelID = ifc.OpenModel(bytes, loaderSettings(bytes.byteLength));
  try {
    const meter = new GeometryMeter(ifc);
    ifc.StreamAllMeshes(modelID, (mesh) => meter.measure(modelID, mesh));
    return extractModel(ifc, modelID, meter.byElement, new StepLines(bytes, ifc, modelID));
  } finally {
    ifc.CloseModel(modelID);
    if (!api) ifc.Dispose();
  }
}
