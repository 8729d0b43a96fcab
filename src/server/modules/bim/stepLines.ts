// Entity lines for the take-off, read straight from the IFC bytes. web-ifc's GetLine hands every attribute across the
// wasm boundary one value at a time, which made property extraction as slow as the whole geometry pass. StepReader
// tokenises a line in JS into exactly the raw form web-ifc's GetRawLineData returns, with no web-ifc of its own, so it
// also runs in the take-off thread beside the geometry pass (takeoffWorker.ts). StepLines builds web-ifc's own objects
// from it (FromRawLineData), so callers get the same objects as from GetLine. Anything it does not reproduce byte for
// byte (raw non-ASCII bytes, code pages, comments, several instances on one line) is left to web-ifc;
// stepLines.test.ts compares every line of the shared models with web-ifc's.
import { modelSchemaIndex, WebIFC, type IfcAPI } from './webIfc.js';
import { StepReader, indexStepInstances, type RawLine, type RawValue, type StepIndex } from './stepReader.js';

export { indexStepInstances, StepReader, type RawLine, type RawValue, type StepIndex };

export class StepLines {
  private readonly reader: StepReader;
  private readonly fromRaw: Record<number, (args: RawValue[]) => Record<string, any>>;
  /** Lines web-ifc had to read, for the tests. */
  fallbacks = 0;

  constructor(
    bytes: Uint8Array,
    private readonly api: IfcAPI,
    private readonly modelID: number,
    /** The file's index when the caller already made it (the worker checks its limits on it before parsing). */
    index?: StepIndex,
  ) {
    this.fromRaw = (
      WebIFC as unknown as { FromRawLineData: Array<Record<number, (args: RawValue[]) => Record<string, any>>> }
    ).FromRawLineData[modelSchemaIndex(api, modelID)]!;
    this.reader = new StepReader(bytes, (name) => api.GetTypeCodeFromName(name) || 0, index);
  }

  /** The same object as web-ifc's GetLine(modelID, id). */
  get(id: number): Record<string, any> & { expressID: number; type: number } {
    const raw = this.raw(id) ?? (this.fallbacks++, this.api.GetRawLineData(this.modelID, id) as RawLine);
    const line = this.fromRaw[raw.type]!(raw.arguments);
    line.expressID = raw.ID;
    return line as Record<string, any> & { expressID: number; type: number };
  }

  /** The line in web-ifc's raw form, or null where web-ifc must read it. */
  raw(id: number): RawLine | null {
    const raw = this.reader.raw(id);
    return raw && this.fromRaw[raw.type] ? raw : null;
  }
}
