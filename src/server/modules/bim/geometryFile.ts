// Writes the viewer's geometry file (layout in src/domain/bim/geometryFile.ts) while web-ifc streams meshes: geometry
// blocks go to disk through a 1 MiB buffer as they arrive, so the triangles are never all held in memory; only the
// placements (140 bytes each) wait for the end. The file appears under its final name only when complete.
import fs from 'node:fs';
import type { PlacedGeometry } from './webIfc.js';
import { encodeGeometryHeader, GEOMETRY_HEADER_BYTES, geometryBlockLayout, pad4, pad8 } from '../../../domain/bim/geometryFile.js';
import type { GeometryKey, GeometrySink } from './extract.js';

const CHUNK = 1 << 20;

/** A growable typed array: placements are counted as they stream in. */
class Column<T extends Float64Array | Uint32Array | Uint8Array> {
  length = 0;
  constructor(public data: T) {}
  reserve(n: number): T {
    if (this.length + n > this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(Math.max(this.data.length * 2, this.length + n));
      next.set(this.data);
      this.data = next;
    }
    return this.data;
  }
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/** web-ifc's interleaved position + normal floats (6 per vertex) as float32 positions and normals quantised to int8. */
export function packVertices(vertices: Float32Array, positions: Float32Array, normals: Int8Array): void {
  const vertexCount = positions.length / 3;
  for (let v = 0, s = 0, d = 0; v < vertexCount; v++, s += 6, d += 3) {
    positions[d] = vertices[s]!;
    positions[d + 1] = vertices[s + 1]!;
    positions[d + 2] = vertices[s + 2]!;
    normals[d] = Math.round(vertices[s + 3]! * 127);
    normals[d + 1] = Math.round(vertices[s + 4]! * 127);
    normals[d + 2] = Math.round(vertices[s + 5]! * 127);
  }
}

export interface GeometryFileSummary {
  bytes: number;
  geometries: number;
  placements: number;
  /** Triangles as drawn: each placement counts its geometry's triangles. */
  triangles: number;
}

export class GeometryFileWriter implements GeometrySink {
  private readonly partPath: string;
  private readonly fd: number;
  private chunk = new Uint8Array(CHUNK);
  private used = 0;
  /** File position of the chunk's first byte. */
  private flushed = GEOMETRY_HEADER_BYTES;
  private readonly numberOf = new Map<GeometryKey, number>();
  private readonly counts = new Column(new Uint32Array(1024));
  private readonly transforms = new Column(new Float64Array(16 * 1024));
  private readonly elements = new Column(new Uint32Array(1024));
  private readonly geometries = new Column(new Uint32Array(1024));
  private readonly colours = new Column(new Uint8Array(4 * 1024));
  private triangles = 0;

  constructor(private readonly path: string) {
    this.partPath = `${path}.part`;
    this.fd = fs.openSync(this.partPath, 'w');
  }

  addGeometry(key: GeometryKey, vertices: Float32Array, indices: Uint32Array): void {
    // web-ifc interleaves position and normal, 6 floats per vertex.
    const vertexCount = vertices.length / 6;
    const block = geometryBlockLayout(vertexCount, indices.length);
    const size = block.bytes;
    if (this.used + size > this.chunk.length) this.flush();
    const target = size > this.chunk.length ? new Uint8Array(size) : this.chunk;
    const at = target === this.chunk ? this.used : 0;
    packVertices(
      vertices,
      new Float32Array(target.buffer, at, vertexCount * 3),
      new Int8Array(target.buffer, at + block.normalsAt, vertexCount * 3),
    );
    if (block.shortIndices) new Uint16Array(target.buffer, at + block.indicesAt, indices.length).set(indices);
    else new Uint32Array(target.buffer, at + block.indicesAt, indices.length).set(indices);
    if (target === this.chunk) this.used += size;
    else this.write(target);

    this.numberOf.set(key, this.numberOf.size);
    const counts = this.counts.reserve(2);
    counts[this.counts.length++] = vertexCount;
    counts[this.counts.length++] = indices.length;
  }

  addPlacement(elementExpressID: number, placed: PlacedGeometry, key: GeometryKey): void {
    const geometry = this.numberOf.get(key);
    if (geometry === undefined) throw new Error(`placement of geometry ${key} before its triangles`);
    const m = placed.flatTransformation;
    const transforms = this.transforms.reserve(16);
    for (let i = 0; i < 16; i++) transforms[this.transforms.length + i] = m[i]!;
    this.transforms.length += 16;
    this.elements.reserve(1)[this.elements.length++] = elementExpressID;
    this.geometries.reserve(1)[this.geometries.length++] = geometry;
    const colours = this.colours.reserve(4);
    const c = placed.color;
    const at = this.colours.length;
    colours[at] = Math.round(c.x * 255);
    colours[at + 1] = Math.round(c.y * 255);
    colours[at + 2] = Math.round(c.z * 255);
    colours[at + 3] = Math.round(c.w * 255);
    this.colours.length += 4;
    this.triangles += this.counts.data[2 * geometry + 1]! / 3;
  }

  /** Writes the tables and the header, and puts the file in place. `elements` names every take-off element by GlobalId. */
  finish(elements: ReadonlyArray<{ expressId: number; globalId: string }>): GeometryFileSummary {
    try {
      this.padTo(8);
      const geometryTableOffset = this.position();
      this.append(this.counts.view());
      this.padTo(8);
      const placementsOffset = this.position();
      const placementCount = this.elements.length;
      this.append(this.transforms.view());
      this.append(this.elements.view());
      this.append(this.geometries.view());
      this.append(this.colours.view());
      this.padTo(8);
      const elementsOffset = this.position();
      const encoder = new TextEncoder();
      const names = elements.map((e) => encoder.encode(e.globalId));
      const ends = new Uint32Array(elements.length);
      let end = 0;
      names.forEach((n, i) => (ends[i] = end += n.length));
      this.append(Uint32Array.from(elements, (e) => e.expressId));
      this.append(ends);
      const blob = new Uint8Array(end);
      let at = 0;
      for (const n of names) {
        blob.set(n, at);
        at += n.length;
      }
      this.append(blob);
      this.padTo(8);
      this.flush();
      const fileBytes = this.flushed;
      const header = encodeGeometryHeader({
        geometryCount: this.numberOf.size,
        placementCount,
        elementCount: elements.length,
        geometryTableOffset,
        placementsOffset,
        elementsOffset,
        fileBytes,
      });
      fs.writeSync(this.fd, header, 0, header.length, 0);
      fs.closeSync(this.fd);
      fs.renameSync(this.partPath, this.path);
      return { bytes: fileBytes, geometries: this.numberOf.size, placements: placementCount, triangles: this.triangles };
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  /** Removes the unfinished file. */
  abort(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      /* already closed */
    }
    fs.rmSync(this.partPath, { force: true });
  }

  private position(): number {
    return this.flushed + this.used;
  }

  private padTo(alignment: 4 | 8): void {
    const gap = (alignment === 8 ? pad8(this.position()) : pad4(this.position())) - this.position();
    if (gap) this.append(new Uint8Array(gap));
  }

  private append(data: ArrayBufferView): void {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.used + bytes.length > this.chunk.length) this.flush();
    if (bytes.length > this.chunk.length) this.write(bytes);
    else {
      this.chunk.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  private flush(): void {
    if (!this.used) return;
    this.write(this.chunk.subarray(0, this.used));
    this.used = 0;
  }

  /** Writes at the end of the file; the chunk must be empty. */
  private write(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += fs.writeSync(this.fd, bytes, done, bytes.length - done, this.flushed + done);
    this.flushed += bytes.length;
  }
}
