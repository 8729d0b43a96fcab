// Volumes the geometry pass derives from the meshes, and the meshes it writes for the viewer (issue 19, item 13):
// an element's own openings are in its own mesh, no volume exceeds the element's bounding box, and moving the model
// 10 km changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGeometryFile, type GeometryFile } from '../../../domain/bim/geometryFile.js';
import { measureTriangles, placeMeasure } from '../../../domain/bim/index.js';
import { IFC_TEST_MODELS as MODELS, IFC_TESTDATA_DIR } from '../../testing/sharedData.js';
import { GeometryMeter, type GeometryMeasure } from './extract.js';
import { GeometryFileWriter } from './geometryFile.js';
import { loaderSettings, newIfcApi } from './ifcRuntime.js';
import type { IfcAPI } from './webIfc.js';

const have = (name: string) => MODELS.includes(name);
let api: IfcAPI;
let dir: string;
beforeAll(async () => {
  api = await newIfcApi();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bim-meter-'));
}, 60_000);
afterAll(() => {
  api?.Dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** One geometry pass as the worker makes it: every mesh measured and written to a geometry file, read back. */
function geometryPass(bytes: Uint8Array): { volumes: Map<number, GeometryMeasure>; file: GeometryFile } {
  const modelID = api.OpenModel(bytes, loaderSettings(bytes.byteLength));
  const geometryPath = path.join(dir, `${modelID}-${Date.now()}.geom`);
  const writer = new GeometryFileWriter(geometryPath);
  try {
    const meter = new GeometryMeter(api, writer);
    api.StreamAllMeshes(modelID, (mesh) => meter.measure(modelID, mesh));
    writer.finish([]);
    const buffer = fs.readFileSync(geometryPath);
    return {
      volumes: meter.byElement,
      file: readGeometryFile(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength)),
    };
  } finally {
    api.CloseModel(modelID);
    fs.rmSync(geometryPath, { force: true });
  }
}

const passes = new Map<string, ReturnType<typeof geometryPass>>();
const passOf = (name: string) => {
  let pass = passes.get(name);
  if (!pass) passes.set(name, (pass = geometryPass(new Uint8Array(fs.readFileSync(path.join(IFC_TESTDATA_DIR, name))))));
  return pass;
};

/** Each element's axis-aligned box in model coordinates (m), from the triangles in the geometry file. */
function elementBoxes(file: GeometryFile): Map<number, number[]> {
  const boxes = new Map<number, number[]>();
  for (let p = 0; p < file.placements.count; p++) {
    const { positions } = file.geometries[file.placements.geometries[p]!]!;
    const m = file.placements.transforms.subarray(16 * p, 16 * p + 16);
    const element = file.placements.elements[p]!;
    let b = boxes.get(element);
    if (!b) boxes.set(element, (b = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity]));
    for (let v = 0; v < positions.length; v += 3) {
      const x = positions[v]!,
        y = positions[v + 1]!,
        z = positions[v + 2]!;
      for (let a = 0; a < 3; a++) {
        const w = m[a]! * x + m[4 + a]! * y + m[8 + a]! * z + m[12 + a]!;
        if (w < b[a]!) b[a] = w;
        if (w > b[3 + a]!) b[3 + a] = w;
      }
    }
  }
  return boxes;
}
const boxVolume = (b: number[]) => (b[3]! - b[0]!) * (b[4]! - b[1]!) * (b[5]! - b[2]!);

/** An element's volume measured from the triangles the geometry file holds for it (what the viewer draws). */
function fileVolume(file: GeometryFile, element: number): number {
  let volume = 0;
  for (let p = 0; p < file.placements.count; p++) {
    if (file.placements.elements[p] !== element) continue;
    const g = file.geometries[file.placements.geometries[p]!]!;
    volume += placeMeasure(measureTriangles(g.positions, 3, g.indices), file.placements.transforms.subarray(16 * p, 16 * p + 16)).volume;
  }
  return volume;
}

/** Whether an element's placements join their vertices into the same triangles in two geometry files. */
function sameTriangles(a: GeometryFile, b: GeometryFile, element: number): boolean {
  const of = (file: GeometryFile) =>
    Array.from(file.placements.geometries)
      .filter((_, p) => file.placements.elements[p] === element)
      .map((g) => file.geometries[g]!);
  const [x, y] = [of(a), of(b)];
  const same = (u: ArrayLike<number>, v: ArrayLike<number>) =>
    u.length === v.length && Array.prototype.every.call(u, (n: number, i: number) => n === v[i]);
  return x.length === y.length && x.every((g, i) => same(g.indices, y[i]!.indices));
}

/**
 * The same file with the whole model moved `metres` east: every root IfcLocalPlacement is placed relative to a new
 * one that carries the offset in the file's length unit. Done in memory; the shared files stay as they are.
 */
function movedModel(bytes: Uint8Array, metres: number): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const prefix = /IFCSIUNIT\(\*,\.LENGTHUNIT\.,(\$|\.(\w+)\.),\.METRE\.\)/.exec(text);
  if (!prefix) throw new Error('no SI length unit');
  const perMetre = ({ MILLI: 1000, CENTI: 100, DECI: 10 } as Record<string, number>)[prefix[2] ?? ''] ?? 1;
  let maxId = 0;
  for (const m of text.matchAll(/^#(\d+)\s*=/gm)) maxId = Math.max(maxId, Number(m[1]));
  const [point, axes, origin] = [maxId + 1, maxId + 2, maxId + 3];
  let roots = 0;
  const rewired = text.replace(/IFCLOCALPLACEMENT\(\s*\$\s*,/g, () => (roots++, `IFCLOCALPLACEMENT(#${origin},`));
  if (!roots) throw new Error('no root placement');
  const added = `#${point}=IFCCARTESIANPOINT((${(metres * perMetre).toFixed(1)},0.,0.));\n#${axes}=IFCAXIS2PLACEMENT3D(#${point},$,$);\n#${origin}=IFCLOCALPLACEMENT($,#${axes});\n`;
  const end = rewired.lastIndexOf('ENDSEC;');
  return new Uint8Array(Buffer.from(rewired.slice(0, end) + added + rewired.slice(end), 'latin1'));
}

describe('geometry volumes', () => {
  it.each(MODELS)(
    '%s: no element is given more volume than its bounding box holds',
    (name) => {
      const { volumes, file } = passOf(name);
      const boxes = elementBoxes(file);
      const over: string[] = [];
      for (const [element, { volume }] of volumes) {
        const box = boxVolume(boxes.get(element) ?? [0, 0, 0, 0, 0, 0]);
        // Relative slack for float32 positions; absolute slack for flat elements (a box of zero thickness).
        if (volume > box * (1 + 1e-6) + 1e-9) over.push(`#${element}: ${volume.toFixed(4)} m³ in a ${box.toFixed(4)} m³ box`);
      }
      expect(over).toEqual([]);
      expect(volumes.size).toBeGreaterThan(30);
    },
    120_000,
  );

  it.skipIf(!have('IfcOpenHouse_IFC4.ifc'))(
    'IfcOpenHouse: the west wall has its own window cut out, in its volume and in the viewer file',
    () => {
      const { volumes, file } = passOf('IfcOpenHouse_IFC4.ifc');
      // East (#268) and west (#281) walls place one mapped representation; each has its own opening.
      expect(volumes.get(268)!.volume).toBeCloseTo(6.858, 3);
      expect(volumes.get(281)!.volume).toBeCloseTo(6.6046, 4);
      const geometriesOf = (element: number) =>
        new Set(Array.from(file.placements.geometries).filter((_, p) => file.placements.elements[p] === element));
      const west = geometriesOf(281);
      for (const g of geometriesOf(268)) expect(west.has(g)).toBe(false);
      expect(fileVolume(file, 281)).toBeCloseTo(volumes.get(281)!.volume, 9);
      expect(fileVolume(file, 268)).toBeCloseTo(volumes.get(268)!.volume, 9);
    },
    60_000,
  );

  it.skipIf(!have('duplex.ifc'))(
    'duplex: the party wall #5399, wound consistently, is 25.83 m³ in its 27.06 m³ box',
    () => {
      const { volumes, file } = passOf('duplex.ifc');
      expect(volumes.get(5399)!.volume).toBeCloseTo(25.8301, 4);
      expect(boxVolume(elementBoxes(file).get(5399)!)).toBeCloseTo(27.0608, 4);
    },
    60_000,
  );

  it.each(MODELS)(
    '%s: moving the model 10 km changes no volume by more than 1e-6 relative',
    (name) => {
      const here = passOf(name);
      const moved = geometryPass(movedModel(new Uint8Array(fs.readFileSync(path.join(IFC_TESTDATA_DIR, name))), 10_000));
      expect([...moved.volumes.keys()].sort()).toEqual([...here.volumes.keys()].sort());
      const changed: string[] = [];
      const retriangulated: string[] = [];
      for (const [element, { volume }] of here.volumes) {
        const after = moved.volumes.get(element)!.volume;
        const relative = Math.abs(after - volume) / Math.max(volume, 1e-9);
        if (sameTriangles(here.file, moved.file, element)) {
          if (relative > 1e-6) changed.push(`#${element}: ${volume} → ${after}`);
        } else {
          // web-ifc 0.0.78 cuts some openings into different triangles once the model is away from the origin (FZK-Haus'
          // upper-floor walls #60012 and #67828: 826 → 832 triangles, at 100 m as at 10 km). Those are other meshes, not
          // our arithmetic; their volumes still agree closely.
          retriangulated.push(`#${element}`);
          expect(relative, `#${element}`).toBeLessThan(1e-3);
        }
      }
      expect(changed).toEqual([]);
      expect(retriangulated.length).toBeLessThanOrEqual(2);
      // The move is real: the elements stand 10 km further east in the viewer file.
      const [first] = here.volumes.keys();
      expect(elementBoxes(moved.file).get(first!)![0]! - elementBoxes(here.file).get(first!)![0]!).toBeCloseTo(10_000, 3);
    },
    120_000,
  );
});
