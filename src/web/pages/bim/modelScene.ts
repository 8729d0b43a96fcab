// three.js objects for one model version, built from the server's geometry file (src/domain/bim/geometryFile.ts).
// Each unique geometry is uploaded once and drawn at all its placements by a BatchedMesh, so the whole model is one
// draw call for the opaque parts and one for the glass; per-element colour and visibility are per-instance values.
import * as THREE from 'three';
import type { GeometryFile } from '../../../domain/bim/geometryFile.js';

const PICK_COLOUR = new THREE.Color('#ff4d4f');
const GHOST_OPACITY = 0.12;

/** One BatchedMesh and which placement each of its instances draws. */
class Layer {
  readonly mesh: THREE.BatchedMesh;
  /** Instance id by placement number, -1 where the placement is in another layer. */
  readonly instanceOf: Int32Array;
  readonly placementOf: number[] = [];

  constructor(
    file: GeometryFile,
    placements: number[],
    /** The layer's own material, restored when the model stops being ghosted. */
    readonly material: THREE.Material,
    origin: THREE.Vector3,
  ) {
    const geometryIds = new Map<number, number>();
    let vertices = 0;
    let indices = 0;
    for (const p of placements) {
      const g = file.placements.geometries[p]!;
      if (geometryIds.has(g)) continue;
      geometryIds.set(g, -1);
      vertices += file.geometries[g]!.positions.length / 3;
      indices += file.geometries[g]!.indices.length;
    }
    this.mesh = new THREE.BatchedMesh(placements.length, vertices, indices, material);
    for (const g of geometryIds.keys()) {
      const stored = file.geometries[g]!;
      const geometry = new THREE.BufferGeometry();
      geometry.setAttribute('position', new THREE.BufferAttribute(stored.positions, 3));
      geometry.setAttribute('normal', new THREE.BufferAttribute(stored.normals, 3, true));
      geometry.setIndex(new THREE.BufferAttribute(stored.indices, 1));
      geometryIds.set(g, this.mesh.addGeometry(geometry));
    }
    this.instanceOf = new Int32Array(file.placements.count).fill(-1);
    const matrix = new THREE.Matrix4();
    for (const p of placements) {
      const instance = this.mesh.addInstance(geometryIds.get(file.placements.geometries[p]!)!);
      this.mesh.setMatrixAt(instance, placementMatrix(file, p, origin, matrix));
      this.instanceOf[p] = instance;
      this.placementOf[instance] = p;
    }
    // Instances are placed relative to the model's origin, so float32 matrices keep millimetres far from (0,0,0).
    this.mesh.position.copy(origin);
    this.mesh.computeBoundingBox();
    this.mesh.computeBoundingSphere();
  }

  dispose(): void {
    this.mesh.dispose();
  }
}

/** A placement's transform with the model origin taken out (in double precision, before it becomes float32). */
function placementMatrix(file: GeometryFile, p: number, origin: THREE.Vector3, target: THREE.Matrix4): THREE.Matrix4 {
  target.fromArray(file.placements.transforms, 16 * p);
  target.elements[12]! -= origin.x;
  target.elements[13]! -= origin.y;
  target.elements[14]! -= origin.z;
  return target;
}

export class ModelScene {
  readonly group = new THREE.Group();
  /** Elements with geometry: express id → placement numbers. */
  readonly placementsOf = new Map<number, number[]>();
  private readonly expressIdOf = new Map<string, number>();
  private readonly origin = new THREE.Vector3();
  private readonly solidMaterial = new THREE.MeshLambertMaterial({ side: THREE.DoubleSide });
  private readonly glassMaterial = new THREE.MeshLambertMaterial({ side: THREE.DoubleSide, transparent: true, depthWrite: false });
  private readonly ghostMaterial = new THREE.MeshLambertMaterial({
    side: THREE.DoubleSide,
    transparent: true,
    depthWrite: false,
    opacity: GHOST_OPACITY,
  });
  private readonly layers: Layer[] = [];
  private focusLayer: Layer | null = null;
  private readonly original: Float32Array;
  private readonly localBoxes = new Map<number, THREE.Box3>();

  /** Colour-mode colours by element (replaced as a whole). */
  modeColours = new Map<number, THREE.Color>();
  /** Highlight-group colours by element, over the mode colours. */
  groupColours = new Map<number, THREE.Color>();
  /** The element picked with the mouse, shown red over everything else. */
  picked: number | null = null;
  /** Elements hidden by the storey filter. */
  hidden = new Set<number>();

  constructor(private readonly file: GeometryFile) {
    const { placements } = file;
    for (let i = 0; i < file.elements.expressIds.length; i++)
      this.expressIdOf.set(file.elements.globalIds[i]!, file.elements.expressIds[i]!);
    // File colours are sRGB bytes; three.js works in linear RGB.
    this.original = new Float32Array(4 * placements.count);
    const c = new THREE.Color();
    const min = [Infinity, Infinity, Infinity];
    const max = [-Infinity, -Infinity, -Infinity];
    const solid: number[] = [];
    const glass: number[] = [];
    for (let p = 0; p < placements.count; p++) {
      if (!file.geometries[placements.geometries[p]!]!.indices.length) continue;
      const e = placements.elements[p]!;
      const list = this.placementsOf.get(e);
      if (list) list.push(p);
      else this.placementsOf.set(e, [p]);
      c.setRGB(
        placements.colours[4 * p]! / 255,
        placements.colours[4 * p + 1]! / 255,
        placements.colours[4 * p + 2]! / 255,
        THREE.SRGBColorSpace,
      );
      this.original.set([c.r, c.g, c.b, placements.colours[4 * p + 3]! / 255], 4 * p);
      (placements.colours[4 * p + 3]! < 255 ? glass : solid).push(p);
      for (let k = 0; k < 3; k++) {
        const x = placements.transforms[16 * p + 12 + k]!;
        if (x < min[k]!) min[k] = x;
        if (x > max[k]!) max[k] = x;
      }
    }
    // The middle of the placements: instance matrices are float32 on the GPU, so they are kept small around it.
    if (solid.length || glass.length) this.origin.set((min[0]! + max[0]!) / 2, (min[1]! + max[1]!) / 2, (min[2]! + max[2]!) / 2);
    for (const [list, material] of [
      [solid, this.solidMaterial],
      [glass, this.glassMaterial],
    ] as const) {
      if (!list.length) continue;
      const layer = new Layer(file, list, material, this.origin);
      this.layers.push(layer);
      this.group.add(layer.mesh);
    }
    this.paint();
  }

  /** Express ids of the elements with these GlobalIds (elements without geometry included, unknown ids left out). */
  expressIds(globalIds: string[]): number[] {
    const out: number[] = [];
    for (const g of globalIds) {
      const e = this.expressIdOf.get(g);
      if (e !== undefined) out.push(e);
    }
    return out;
  }

  /** What a ray may hit. */
  meshes(): THREE.Object3D[] {
    return this.allLayers().map((l) => l.mesh);
  }

  /** The element a ray hit on one of `meshes()`, or null. */
  elementAt(hit: THREE.Intersection | null): number | null {
    const instance = (hit as (THREE.Intersection & { batchId?: number }) | null)?.batchId;
    if (!hit || instance === undefined) return null;
    const p = this.allLayers().find((l) => l.mesh === hit.object)?.placementOf[instance];
    return p === undefined ? null : this.file.placements.elements[p]!;
  }

  /** World box of these elements' geometry (all of it when none are named). */
  box(expressIds?: number[]): THREE.Box3 {
    const box = new THREE.Box3();
    const part = new THREE.Box3();
    const matrix = new THREE.Matrix4();
    const placements = expressIds ? expressIds.flatMap((e) => this.placementsOf.get(e) ?? []) : [...this.placementsOf.values()].flat();
    const atZero = new THREE.Vector3();
    for (const p of placements) {
      const g = this.file.placements.geometries[p]!;
      let local = this.localBoxes.get(g);
      if (!local) this.localBoxes.set(g, (local = new THREE.Box3().setFromArray(this.file.geometries[g]!.positions)));
      box.union(part.copy(local).applyMatrix4(placementMatrix(this.file, p, atZero, matrix)));
    }
    return box;
  }

  /**
   * Keeps these elements solid and turns everything else see-through (null: back to normal). The focused elements are
   * drawn by a layer of their own so they stay opaque and depth-sorted against each other.
   */
  focus(expressIds: number[] | null): void {
    this.focusLayer?.dispose();
    if (this.focusLayer) this.group.remove(this.focusLayer.mesh);
    this.focusLayer = null;
    const placements = expressIds ? expressIds.flatMap((e) => this.placementsOf.get(e) ?? []) : [];
    const others = placements.length < [...this.placementsOf.values()].reduce((n, l) => n + l.length, 0);
    if (placements.length && others) {
      this.focusLayer = new Layer(this.file, placements, this.solidMaterial, this.origin);
      this.group.add(this.focusLayer.mesh);
    }
    for (const l of this.layers) l.mesh.material = this.focusLayer ? this.ghostMaterial : l.material;
    this.paint();
  }

  /** Applies colours and visibility to every instance. */
  paint(): void {
    const v = new THREE.Vector4();
    const focused = this.focusLayer?.instanceOf;
    for (const layer of this.allLayers()) {
      const isFocus = layer === this.focusLayer;
      layer.placementOf.forEach((p, instance) => {
        const e = this.file.placements.elements[p]!;
        const a = this.original[4 * p + 3]!;
        const c = e === this.picked ? PICK_COLOUR : (this.groupColours.get(e) ?? this.modeColours.get(e));
        if (c) v.set(c.r, c.g, c.b, a);
        else v.fromArray(this.original, 4 * p);
        layer.mesh.setColorAt(instance, v);
        layer.mesh.setVisibleAt(instance, !this.hidden.has(e) && (isFocus || !focused || focused[p] === -1));
      });
    }
  }

  private allLayers(): Layer[] {
    return this.focusLayer ? [...this.layers, this.focusLayer] : this.layers;
  }

  dispose(): void {
    this.focusLayer?.dispose();
    for (const l of this.layers) l.dispose();
    this.solidMaterial.dispose();
    this.glassMaterial.dispose();
    this.ghostMaterial.dispose();
  }
}
