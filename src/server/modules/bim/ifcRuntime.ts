// web-ifc set-up shared by the worker, the take-off CLI and the benchmark: the wasm comes from node_modules
// (never a CDN), the model is read from disk, and every mesh is measured once as it streams.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { modelSchemaIndex, WebIFC, type IfcAPI, type LoaderSettings } from './webIfc.js';
import { ifcTypeCode } from '../../../domain/bim/index.js';
import {
  GeometryMeter,
  readTakeoff,
  withGeometry,
  type GeometryMeasure,
  type Line,
  type ModelExtraction,
  type TakeoffSource,
} from './extract.js';
import type { StepSchemaTable, StepSchemaTables } from './stepTakeoffSource.js';
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

type SchemaData = {
  SchemaNames: string[][];
  FromRawLineData: Array<Record<number, unknown>>;
  TypeInitialisers: Array<Record<number, (value: unknown) => { value?: unknown }>>;
  InheritanceDef: Array<Record<number, number[]>>;
};
const schemaData = WebIFC as unknown as SchemaData & Record<string, Record<string, unknown>>;

// web-ifc names types in upper case (IFCWALLSTANDARDCASE); the schema's own spelling is recovered from the generated
// class names, which web-ifc exports per schema namespace (IFC4X3 first, as the newest spelling wins).
let pascalNames: Map<string, string> | null = null;
export function ifcEntityName(upper: string): string {
  if (!pascalNames) {
    pascalNames = new Map();
    for (const ns of [WebIFC.IFC4X3, WebIFC.IFC4, WebIFC.IFC2X3] as unknown as Array<Record<string, unknown>>) {
      for (const key of Object.keys(ns ?? {})) if (!pascalNames.has(key.toUpperCase())) pascalNames.set(key.toUpperCase(), key);
    }
  }
  return pascalNames.get(upper) ?? upper;
}

/** An open web-ifc model as a take-off source; `lines` reads entity lines from the bytes instead of GetLine. */
export function webIfcTakeoffSource(api: IfcAPI, modelID: number, lines?: { get(id: number): Line }): TakeoffSource {
  const list = (vec: { size(): number; get(i: number): number }) => {
    const out: number[] = [];
    for (let i = 0; i < vec.size(); i++) out.push(vec.get(i));
    return out;
  };
  const names = new Map<number, string>();
  return {
    get: lines ? (id) => lines.get(id) : (id) => api.GetLine(modelID, id) as Line,
    idsOf: (type) => list(api.GetLineIDsWithType(modelID, type)),
    // Physical parts are the IfcElement subtypes (web-ifc's IsIfcElement also answers true for spaces, grids and annotations).
    elementIds: () => list(api.GetLineIDsWithType(modelID, WebIFC.IFCELEMENT, true)),
    entityName: (type) => {
      let name = names.get(type);
      if (name === undefined) names.set(type, (name = ifcEntityName(api.GetNameFromTypeCode(type))));
      return name;
    },
  };
}

/** What the take-off's join needs of an open model: its FILE_SCHEMA name, line count and web-ifc schema index. */
export function modelFacts(api: IfcAPI, modelID: number): { schemaId: string | undefined; entityTotal: number; schemaIndex: number } {
  // Every line has one type, so the entity count is the line count.
  return {
    schemaId: api.GetModelSchema(modelID),
    entityTotal: api.GetAllLines(modelID).size(),
    schemaIndex: modelSchemaIndex(api, modelID),
  };
}

/** The take-off of an open model whose meshes were measured into `geometry`. */
export function extractModel(
  api: IfcAPI,
  modelID: number,
  geometry: ReadonlyMap<number, GeometryMeasure>,
  lines?: { get(id: number): Line },
): ModelExtraction {
  return withGeometry(readTakeoff(webIfcTakeoffSource(api, modelID, lines)), geometry, modelFacts(api, modelID));
}

/**
 * What the take-off thread needs of one schema to read lines as web-ifc would without loading web-ifc: each entity's
 * attribute names in raw-argument order (the parameters of web-ifc's generated class constructor, which
 * FromRawLineData calls positionally), which defined types web-ifc keeps as numbers, and the IfcElement subtypes.
 */
export function stepSchemaTable(schemaIndex: number): StepSchemaTable {
  const fromRaw = schemaData.FromRawLineData[schemaIndex]!;
  const initialisers = schemaData.TypeInitialisers[schemaIndex]!;
  const namespace = schemaData[schemaData.SchemaNames[schemaIndex]![0]!] ?? {};
  const entities: StepSchemaTable['entities'] = {};
  for (const [key, value] of Object.entries(namespace)) {
    const code = ifcTypeCode(key.toUpperCase());
    if (typeof value !== 'function' || !(code in fromRaw)) continue;
    const params = /constructor\s*\(([^)]*)\)/.exec(Function.prototype.toString.call(value));
    if (!params) continue;
    entities[code] = {
      name: ifcEntityName(key.toUpperCase()),
      attributes: params[1]!
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    };
  }
  const numericTypes: number[] = [];
  for (const [code, make] of Object.entries(initialisers)) {
    let value: unknown;
    try {
      value = make('1')?.value;
    } catch {
      // List types (IfcComplexNumber …) take arrays; the reader leaves typed lists to web-ifc anyway.
    }
    if (typeof value === 'number') numericTypes.push(Number(code));
  }
  return {
    schemaIndex,
    entities,
    definedTypes: Object.keys(initialisers).map(Number),
    numericTypes,
    elementTypes: [WebIFC.IFCELEMENT, ...(schemaData.InheritanceDef[schemaIndex]![WebIFC.IFCELEMENT] ?? [])],
  };
}

/** The tables of every schema web-ifc reads, for the take-off thread (written once per install, workerEntry.ts). */
export function stepSchemaTables(): StepSchemaTables {
  const tables: StepSchemaTables['tables'] = {};
  schemaData.SchemaNames.forEach((names, index) => {
    if (names) tables[index] = stepSchemaTable(index);
  });
  return { schemaNames: Array.from(schemaData.SchemaNames, (names) => names ?? null), tables };
}
