// The viewer's geometry file (docs/decisions/0004): written by the BIM worker while web-ifc streams meshes, read by
// the browser viewer and by the tests. Pure layout, no I/O, so the server and the browser share one definition.
//
// Little-endian. Typed arrays view the buffer directly, so every block starts 4-aligned and every section 8-aligned.
//
//   header            64 bytes: 'GBGM', version, counts, section offsets, file length
//   geometry data     per unique web-ifc geometry, in first-seen order (a geometry shared by many placements is stored
//                     once, except on elements with openings, which each get their own: web-ifc cuts the openings
//                     into the shared representation): positions f32×3, normals i8×3 (unit × 127), triangle indices u16 when the geometry has
//                     at most 65 536 vertices else u32; each block padded to 4 bytes
//   geometry table    u32 vertex count, u32 index count per geometry
//   placements        f64×16 transform (column-major, as web-ifc's flatTransformation) per placement, then u32 element
//                     express id, u32 geometry number, u8×4 RGBA colour; placements of one element are adjacent
//   elements          u32 express id, u32 end of its GlobalId in the UTF-8 blob, then the blob: every take-off element,
//                     with or without geometry, so the viewer can find elements by GlobalId

export const GEOMETRY_FILE_MAGIC = 'GBGM';
export const GEOMETRY_FILE_VERSION = 1;
export const GEOMETRY_HEADER_BYTES = 64;
export const GEOMETRY_CONTENT_TYPE = 'application/vnd.greenbuild.geometry';

export const pad4 = (n: number) => (n + 3) & ~3;
export const pad8 = (n: number) => Math.ceil(n / 8) * 8;

/** Where one geometry block's parts start, relative to the block, and its size: the writer and the reader share it. */
export function geometryBlockLayout(vertexCount: number, indexCount: number) {
  const normalsAt = pad4(vertexCount * 12);
  const indicesAt = normalsAt + pad4(vertexCount * 3);
  const shortIndices = vertexCount <= 65536;
  return { normalsAt, indicesAt, shortIndices, bytes: indicesAt + pad4(indexCount * (shortIndices ? 2 : 4)) };
}

export interface GeometryHeader {
  geometryCount: number;
  placementCount: number;
  elementCount: number;
  geometryTableOffset: number;
  placementsOffset: number;
  elementsOffset: number;
  fileBytes: number;
}

export function encodeGeometryHeader(h: GeometryHeader): Uint8Array {
  const out = new Uint8Array(GEOMETRY_HEADER_BYTES);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = GEOMETRY_FILE_MAGIC.charCodeAt(i);
  view.setUint32(4, GEOMETRY_FILE_VERSION, true);
  view.setUint32(8, h.geometryCount, true);
  view.setUint32(12, h.placementCount, true);
  view.setUint32(16, h.elementCount, true);
  view.setFloat64(24, h.geometryTableOffset, true);
  view.setFloat64(32, h.placementsOffset, true);
  view.setFloat64(40, h.elementsOffset, true);
  view.setFloat64(48, h.fileBytes, true);
  return out;
}

export interface StoredGeometry {
  positions: Float32Array;
  /** Unit normals × 127; a normalized Int8 attribute in three.js. */
  normals: Int8Array;
  indices: Uint16Array | Uint32Array;
}

export interface GeometryFile {
  geometries: StoredGeometry[];
  placements: {
    count: number;
    /** 16 numbers per placement, column-major. */
    transforms: Float64Array;
    elements: Uint32Array;
    geometries: Uint32Array;
    /** RGBA, 4 bytes per placement. */
    colours: Uint8Array;
  };
  /** Every take-off element: express id and IFC GlobalId, in the same order. */
  elements: { expressIds: Uint32Array; globalIds: string[] };
}

/** Reads a geometry file without copying its arrays; throws on anything that is not a complete version-1 file. */
export function readGeometryFile(buffer: ArrayBuffer): GeometryFile {
  if (buffer.byteLength < GEOMETRY_HEADER_BYTES) throw new Error('geometry file: too short');
  const bytes = new Uint8Array(buffer);
  const view = new DataView(buffer);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== GEOMETRY_FILE_MAGIC) throw new Error('geometry file: bad magic');
  const version = view.getUint32(4, true);
  if (version !== GEOMETRY_FILE_VERSION) throw new Error(`geometry file: version ${version}`);
  const geometryCount = view.getUint32(8, true);
  const placementCount = view.getUint32(12, true);
  const elementCount = view.getUint32(16, true);
  const tableOffset = view.getFloat64(24, true);
  const placementsOffset = view.getFloat64(32, true);
  const elementsOffset = view.getFloat64(40, true);
  if (view.getFloat64(48, true) !== buffer.byteLength) throw new Error('geometry file: truncated');

  const table = new Uint32Array(buffer, tableOffset, geometryCount * 2);
  const geometries: StoredGeometry[] = new Array(geometryCount);
  let at = GEOMETRY_HEADER_BYTES;
  for (let g = 0; g < geometryCount; g++) {
    const vertexCount = table[2 * g]!;
    const indexCount = table[2 * g + 1]!;
    const block = geometryBlockLayout(vertexCount, indexCount);
    const positions = new Float32Array(buffer, at, vertexCount * 3);
    const normals = new Int8Array(buffer, at + block.normalsAt, vertexCount * 3);
    const indices = block.shortIndices
      ? new Uint16Array(buffer, at + block.indicesAt, indexCount)
      : new Uint32Array(buffer, at + block.indicesAt, indexCount);
    geometries[g] = { positions, normals, indices };
    at += block.bytes;
  }
  if (at > tableOffset) throw new Error('geometry file: geometry data overlaps its table');

  const p = placementCount;
  const transforms = new Float64Array(buffer, placementsOffset, 16 * p);
  const elements = new Uint32Array(buffer, placementsOffset + 128 * p, p);
  const placementGeometries = new Uint32Array(buffer, placementsOffset + 132 * p, p);
  const colours = new Uint8Array(buffer, placementsOffset + 136 * p, 4 * p);
  for (let i = 0; i < p; i++)
    if (placementGeometries[i]! >= geometryCount) throw new Error('geometry file: placement of an unknown geometry');

  const expressIds = new Uint32Array(buffer, elementsOffset, elementCount);
  const ends = new Uint32Array(buffer, elementsOffset + 4 * elementCount, elementCount);
  const blobAt = elementsOffset + 8 * elementCount;
  const blob = bytes.subarray(blobAt, blobAt + (elementCount ? ends[elementCount - 1]! : 0));
  const text = new TextDecoder().decode(blob);
  const globalIds: string[] = new Array(elementCount);
  // GlobalIds are ASCII, so byte offsets are string offsets; anything else is decoded one by one.
  const ascii = text.length === blob.length;
  let start = 0;
  for (let i = 0; i < elementCount; i++) {
    const end = ends[i]!;
    globalIds[i] = ascii ? text.slice(start, end) : new TextDecoder().decode(blob.subarray(start, end));
    start = end;
  }
  return {
    geometries,
    placements: { count: p, transforms, elements, geometries: placementGeometries, colours },
    elements: { expressIds, globalIds },
  };
}
