// web-ifc for the server side, loaded with require. Its Node entry is a 6 MB CommonJS file: an ESM import makes Node 20
// parse it twice more before compiling it (module format detection, then the scan for named exports), which cost each
// worker about 250 ms and tens of MB (measured, docs/decisions/0004).
import { createRequire } from 'node:module';
import type * as WebIfcModule from 'web-ifc';

export const WebIFC = createRequire(import.meta.url)('web-ifc') as typeof WebIfcModule;
export type { FlatMesh, IfcAPI, LoaderSettings, PlacedGeometry } from 'web-ifc';

/** web-ifc's schema index of an open model (which FromRawLineData and InheritanceDef tables apply); not in its typings. */
export const modelSchemaIndex = (api: WebIfcModule.IfcAPI, modelID: number): number =>
  (api as unknown as { modelSchemaList: number[] }).modelSchemaList[modelID]!;
