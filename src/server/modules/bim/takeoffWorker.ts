// The take-off thread: reads the take-off's attributes from the IFC bytes while the BIM worker loads web-ifc and
// triangulates on another core (the geometry pass is single-threaded wasm, so this work used to follow it). It loads
// no web-ifc: the schema knowledge comes from tables made once from web-ifc (workerEntry.ts). Its result goes to the
// BIM worker over a message port; a line it cannot read as web-ifc would ends it with `unreadable`, and the BIM worker
// then does the take-off itself from its open model, as before.
import fs from 'node:fs';
import { workerData, type MessagePort } from 'node:worker_threads';
import { sniffStepHeader } from '../../../domain/bim/index.js';
import { readTakeoff, type TakeoffAttributes } from './extract.js';
import { indexStepInstances } from './stepReader.js';
import { NotReproducible, StepTakeoffSource, tableForSchema, type StepSchemaTables } from './stepTakeoffSource.js';

export type TakeoffInput = { filePath: string; maxEntities: number; tablesPath: string; port: MessagePort };
export type TakeoffMessage =
  | { type: 'takeoff'; attributes: TakeoffAttributes; count: number; schemaIndex: number; ms: number }
  | { type: 'unreadable'; detail: string };

function run(input: TakeoffInput): TakeoffMessage {
  const t0 = performance.now();
  const bytes = new Uint8Array(fs.readFileSync(input.filePath));
  const sniff = sniffStepHeader(bytes.subarray(0, 64 * 1024));
  const table = sniff.ok ? tableForSchema(JSON.parse(fs.readFileSync(input.tablesPath, 'utf8')) as StepSchemaTables, sniff.schemaId) : null;
  if (!table) return { type: 'unreadable', detail: 'schema not in the tables' };
  const index = indexStepInstances(bytes, input.maxEntities);
  // Over the limit: the BIM worker refuses the file on its own count.
  if (!index.offsets) return { type: 'unreadable', detail: 'over the entity limit' };
  const source = new StepTakeoffSource(bytes, table, index);
  try {
    const attributes = readTakeoff(source);
    return { type: 'takeoff', attributes, count: source.count, schemaIndex: table.schemaIndex, ms: performance.now() - t0 };
  } catch (err) {
    if (err instanceof NotReproducible) return { type: 'unreadable', detail: `line ${err.message}` };
    throw err;
  }
}

const input = workerData as TakeoffInput;
let message: TakeoffMessage;
try {
  message = run(input);
} catch (err) {
  message = { type: 'unreadable', detail: err instanceof Error ? err.message : String(err) };
}
input.port.postMessage(message);
input.port.close();
