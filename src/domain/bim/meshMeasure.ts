// Quantities from triangulated geometry, for elements whose IFC file declares none (e.g. Revit IFC2X3 exports).
//
// Volume: divergence theorem on each closed shell, once its triangles are wound one way (meshVolume.ts).
// Area: Σ |(v1−v0)×(v2−v0)| / 2. web-ifc gives vertices in the geometry's local frame plus a 4×4 column-major
// placement that already carries the file's length unit, so the result is in m³ / m².

import { orientedVolume } from './meshVolume.js';

export interface MeshMeasure {
  /** m³, always ≥ 0 (a mirrored placement flips the sign of the determinant; the magnitude is the volume). */
  volume: number;
  /** Total surface area of every triangle, m². */
  surfaceArea: number;
}

/** 4×4 column-major matrix, as web-ifc's PlacedGeometry.flatTransformation. */
export type Matrix4 = ArrayLike<number>;

/** Determinant of the upper-left 3×3 of a column-major 4×4: the volume scale of the placement. */
export function linearDeterminant(m: Matrix4): number {
  // Plain reads, not destructuring: this runs once per placement, mostly before the JIT has optimised it.
  const a = m[0]!,
    b = m[1]!,
    c = m[2]!;
  const d = m[4]!,
    e = m[5]!,
    f = m[6]!;
  const g = m[8]!,
    h = m[9]!,
    i = m[10]!;
  return a * (e * i - f * h) - d * (b * i - c * h) + g * (b * f - c * e);
}

/** A mesh measured in its own frame: volume ≥ 0 with every shell wound consistently (meshVolume.ts), total area. */
export interface LocalMeasure {
  volume: number;
  surfaceArea: number;
}

/**
 * Measures one mesh in its own frame. `stride` is the number of floats per vertex (web-ifc interleaves
 * position and normal, so 6).
 */
export function measureTriangles(vertices: ArrayLike<number>, stride: number, indices: ArrayLike<number>): LocalMeasure {
  let twiceArea = 0;
  if (indices.length < 3) return { volume: 0, surfaceArea: 0 };
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const i0 = indices[t]! * stride;
    const i1 = indices[t + 1]! * stride;
    const i2 = indices[t + 2]! * stride;
    const ax = vertices[i0]!,
      ay = vertices[i0 + 1]!,
      az = vertices[i0 + 2]!;
    const ux = vertices[i1]! - ax,
      uy = vertices[i1 + 1]! - ay,
      uz = vertices[i1 + 2]! - az;
    const wx = vertices[i2]! - ax,
      wy = vertices[i2 + 1]! - ay,
      wz = vertices[i2 + 2]! - az;
    const nx = uy * wz - uz * wy,
      ny = uz * wx - ux * wz,
      nz = ux * wy - uy * wx;
    twiceArea += Math.sqrt(nx * nx + ny * ny + nz * nz);
  }
  return { volume: orientedVolume(vertices, stride, indices).volume, surfaceArea: twiceArea / 2 };
}

/**
 * A locally measured mesh placed by `transform`. Placements are rigid motions times a uniform unit scale,
 * so volume scales by |det| and area by |det|^(2/3); that lets a geometry shared by many instances
 * (bolts, repeated windows) be triangulated and measured once.
 */
export function placeMeasure(local: LocalMeasure, transform: Matrix4): MeshMeasure {
  const det = Math.abs(linearDeterminant(transform));
  return { volume: local.volume * det, surfaceArea: local.surfaceArea * Math.cbrt(det) ** 2 };
}

/** Relative difference of a derived value from a declared one, or null when it cannot be stated. */
export function relativeDifference(derived: number | null, declared: number | null): number | null {
  if (derived === null || declared === null || declared === 0) return null;
  return (derived - declared) / declared;
}
