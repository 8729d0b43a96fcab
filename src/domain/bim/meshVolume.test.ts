import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureTriangles, orientedVolume, weldTolerance, weldVertices } from './index.js';

// Unit cube, outward winding, stride 3, corners shared between faces.
const CUBE_V = [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1];
const CUBE_I = [0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7];

/** A mesh as web-ifc streams it: every triangle with its own three vertices (positions repeated per face). */
function unshared(v: number[], i: number[]): { v: number[]; i: number[] } {
  return { v: i.flatMap((n) => [v[3 * n]!, v[3 * n + 1]!, v[3 * n + 2]!]), i: i.map((_, n) => n) };
}
/** Reverses the winding of the triangles `which` picks. */
function flipSome(i: number[], which: (t: number) => boolean): number[] {
  const out = i.slice();
  for (let t = 0; 3 * t < i.length; t++) if (which(t)) [out[3 * t + 1], out[3 * t + 2]] = [i[3 * t + 2]!, i[3 * t + 1]!];
  return out;
}
/** Box [x0,x1]×[y0,y1]×[z0,z1] as a cube's mesh, appended after `base` vertices. */
function box(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number, base = 0): { v: number[]; i: number[] } {
  const v = CUBE_V.map((c, n) => (n % 3 === 0 ? (c ? x1 : x0) : n % 3 === 1 ? (c ? y1 : y0) : c ? z1 : z0));
  return { v, i: CUBE_I.map((n) => n + base) };
}
const translate = (v: number[], dx: number, dy: number, dz: number) =>
  Float64Array.from(v, (c, n) => c + (n % 3 === 0 ? dx : n % 3 === 1 ? dy : dz));
/** The plain divergence-theorem sum about the origin, as measured before shells were oriented. */
const naive = (v: ArrayLike<number>, i: number[]) => {
  let six = 0;
  for (let t = 0; t < i.length; t += 3) {
    const [a, b, c] = [3 * i[t]!, 3 * i[t + 1]!, 3 * i[t + 2]!];
    six +=
      v[a]! * (v[b + 1]! * v[c + 2]! - v[b + 2]! * v[c + 1]!) -
      v[a + 1]! * (v[b]! * v[c + 2]! - v[b + 2]! * v[c]!) +
      v[a + 2]! * (v[b]! * v[c + 1]! - v[b + 1]! * v[c]!);
  }
  return six / 6;
};

describe('orientedVolume: each shell wound one way before the signed sum', () => {
  it('gives a unit cube exactly 1 m³ however its triangles are wound', () => {
    expect(orientedVolume(CUBE_V, 3, CUBE_I)).toEqual({ volume: 1, shells: 1, openShells: 0, flipped: 0 });
    const mixed = flipSome(CUBE_I, (t) => t % 3 === 0); // 4 of 12 triangles face inwards
    expect(naive(CUBE_V, mixed)).not.toBeCloseTo(1, 3); // what the plain sum made of it
    expect(orientedVolume(CUBE_V, 3, mixed).volume).toBe(1);
    expect(
      orientedVolume(
        CUBE_V,
        3,
        flipSome(CUBE_I, () => true),
      ).volume,
    ).toBe(1); // inside out throughout
    expect(measureTriangles(CUBE_V, 3, mixed)).toEqual({ volume: 1, surfaceArea: 6 });
  });

  it('welds the per-face copies of each corner that web-ifc streams, within a tolerance', () => {
    const faces = unshared(
      CUBE_V,
      flipSome(CUBE_I, (t) => t === 5 || t === 8),
    );
    expect(orientedVolume(faces.v, 3, faces.i)).toMatchObject({ volume: 1, shells: 1, openShells: 0 });
    // The same corner computed twice by a boolean operation differs in the last float32 bits.
    const jittered = faces.v.map((c, n) => c + (n % 7 === 0 ? 3e-8 : n % 5 === 0 ? -4e-8 : 0));
    const r = orientedVolume(jittered, 3, faces.i);
    expect(r).toMatchObject({ shells: 1, openShells: 0 });
    expect(r.volume).toBeCloseTo(1, 6);
  });

  it('adds two disjoint cubes, each oriented on its own (one inside out)', () => {
    const a = box(0, 0, 0, 1, 1, 1);
    const b = box(5, 0, 0, 7, 2, 2, 8);
    const i = [...a.i, ...flipSome(b.i, () => true)];
    expect(naive([...a.v, ...b.v], i)).toBeCloseTo(1 - 8, 9);
    expect(orientedVolume([...a.v, ...b.v], 3, i)).toEqual({ volume: 9, shells: 2, openShells: 0, flipped: 0 });
  });

  it('keeps two cubes touching along one edge apart (an edge of four triangles is not crossed)', () => {
    const a = box(0, 0, 0, 1, 1, 1);
    const b = box(1, 1, 0, 2, 2, 1, 8);
    const i = [...flipSome(a.i, (t) => t < 2), ...flipSome(b.i, (t) => t > 9)];
    expect(orientedVolume([...a.v, ...b.v], 3, i)).toMatchObject({ volume: 2, shells: 1, openShells: 0 });
  });

  it('measures a cube with an internal face left in by a boolean operation as the cube (edges of three triangles)', () => {
    // The cube's side faces split at x = 0.5, so the membrane x = 0.5 shares their edges.
    const v = [0, 0, 0, 0.5, 0, 0, 1, 0, 0, 0, 1, 0, 0.5, 1, 0, 1, 1, 0, 0, 0, 1, 0.5, 0, 1, 1, 0, 1, 0, 1, 1, 0.5, 1, 1, 1, 1, 1];
    // corners: bottom z=0: 0 (0,0) 1 (.5,0) 2 (1,0) 3 (0,1) 4 (.5,1) 5 (1,1); top z=1: 6..11 likewise
    const quad = (a: number, b: number, c: number, d: number) => [a, b, c, a, c, d];
    const outward = [
      ...quad(0, 3, 4, 1),
      ...quad(1, 4, 5, 2), // bottom, facing −z
      ...quad(6, 7, 10, 9),
      ...quad(7, 8, 11, 10), // top, +z
      ...quad(0, 1, 7, 6),
      ...quad(1, 2, 8, 7), // y = 0, −y
      ...quad(3, 9, 10, 4),
      ...quad(4, 10, 11, 5), // y = 1, +y
      ...quad(0, 6, 9, 3), // x = 0, −x
      ...quad(2, 5, 11, 8), // x = 1, +x
    ];
    const membrane = quad(1, 7, 10, 4);
    const r = orientedVolume(v, 3, [...flipSome(outward, (t) => t % 4 === 1), ...membrane]);
    expect(r.volume).toBeCloseTo(1, 12);
    expect(orientedVolume(translate(v, 1e4, 1e4, 1e4), 3, [...outward, ...membrane]).volume).toBeCloseTo(1, 9);
  });

  it('subtracts a closed cavity inside a solid (a hollow section is not solid)', () => {
    const outer = box(0, 0, 0, 3, 3, 3);
    const cavity = box(1, 1, 1, 2, 2, 2, 8);
    // Either winding of the cavity's shell: it is inside, so it counts against the solid.
    for (const inner of [cavity.i, flipSome(cavity.i, () => true)])
      expect(orientedVolume([...outer.v, ...cavity.v], 3, [...outer.i, ...inner]).volume).toBe(26);
  });

  it('does not change when the mesh is moved 10 km, where the plain sum loses digits', () => {
    // A 0.24 m × 3.7 m × 2.9 m wall with a third of its triangles facing inwards.
    const wall = box(0, 0, 0, 0.24, 3.7, 2.9);
    const mixed = flipSome(wall.i, (t) => t % 3 === 1);
    const here = orientedVolume(wall.v, 3, mixed).volume;
    expect(here).toBeCloseTo(0.24 * 3.7 * 2.9, 12);
    for (const [dx, dy, dz] of [
      [1e4, 0, 0],
      [0, -1e4, 0],
      [7071.0678, 7071.0678, 350],
    ] as const) {
      const moved = translate(wall.v, dx, dy, dz);
      expect(Math.abs(orientedVolume(moved, 3, mixed).volume - here) / here).toBeLessThan(1e-9);
      // float32, as web-ifc hands over positions: 10 km out the corners snap to 1 mm steps, but the measure is still
      // exactly the volume of the box those corners span.
      const f32 = Float32Array.from(moved);
      const quantised = (f32[18]! - f32[0]!) * (f32[19]! - f32[1]!) * (f32[20]! - f32[2]!);
      expect(Math.abs(orientedVolume(f32, 3, mixed).volume - quantised) / quantised).toBeLessThan(1e-9);
    }
    // The plain sum of the same triangles depends on where the wall stands.
    expect(Math.abs(naive(translate(wall.v, 1e4, 1e4, 1e4), mixed) - naive(wall.v, mixed)) / here).toBeGreaterThan(0.1);
  });

  it('measures an open mesh (a box without its lid) the same wherever it sits', () => {
    const lidless = CUBE_I.slice(6); // the top face's two triangles removed
    const here = orientedVolume(CUBE_V, 3, lidless);
    expect(here).toMatchObject({ shells: 1, openShells: 1 });
    expect(orientedVolume(translate(CUBE_V, 1e4, -3e3, 12), 3, lidless).volume).toBeCloseTo(here.volume, 9);
  });

  it('survives empty and degenerate input', () => {
    expect(orientedVolume([], 3, [])).toEqual({ volume: 0, shells: 0, openShells: 0, flipped: 0 });
    expect(orientedVolume([0, 0, 0, 1, 0, 0], 3, [0, 1, 1]).volume).toBe(0);
    expect(orientedVolume([0, 0, 0, 0, 0, 0, 0, 0, 0], 3, [0, 1, 2]).volume).toBe(0);
  });

  it('reads interleaved position + normal vertices (stride 6, as web-ifc gives them)', () => {
    const v6 = Array.from({ length: 8 }, (_, n) => [CUBE_V[3 * n]!, CUBE_V[3 * n + 1]!, CUBE_V[3 * n + 2]!, 0, 0, 1]).flat();
    expect(
      orientedVolume(
        v6,
        6,
        flipSome(CUBE_I, (t) => t % 2 === 0),
      ).volume,
    ).toBe(1);
  });

  it('gives any box, rotated, moved and wound at random, its volume', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: 0.05, max: 40, noNaN: true }),
          fc.double({ min: 0.05, max: 40, noNaN: true }),
          fc.double({ min: 0.05, max: 40, noNaN: true }),
        ),
        fc.tuple(
          fc.double({ min: -1e4, max: 1e4, noNaN: true }),
          fc.double({ min: -1e4, max: 1e4, noNaN: true }),
          fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        ),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        ([a, b, c], [dx, dy, dz], angle, flips) => {
          const { v, i } = box(0, 0, 0, a, b, c);
          const cos = Math.cos(angle),
            sin = Math.sin(angle);
          const placed: number[] = [];
          for (let n = 0; n < 8; n++) {
            const [x, y, z] = [v[3 * n]!, v[3 * n + 1]!, v[3 * n + 2]!];
            placed.push(cos * x - sin * z + dx, y + dy, sin * x + cos * z + dz);
          }
          const r = orientedVolume(
            placed,
            3,
            flipSome(i, (t) => flips[t]!),
          );
          expect(Math.abs(r.volume - a * b * c) / (a * b * c)).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 200, seed: 19 },
    );
  });
});

describe('weldVertices', () => {
  it('joins vertices within the tolerance across a grid cell border and keeps the rest apart', () => {
    const tol = 1e-3;
    // 0.0039999 and 0.0040001 lie in different cells (4 × tol wide) but within tolerance; 0.01 is far.
    const v = [0.0039999, 0, 0, 0.0040001, 0, 0, 0.01, 0, 0, 0.0040004, 0.0009, -0.0009];
    expect(Array.from(weldVertices(v, 3, 4, tol))).toEqual([0, 0, 2, 0]);
  });

  it('sets the tolerance by the mesh size, never below the float32 step of its coordinates', () => {
    expect(weldTolerance([0, 0, 0, 10, 2, 3], 3, 2)).toBeCloseTo(1e-5, 12);
    expect(weldTolerance([1e4, 0, 0, 1e4 + 1, 1, 1], 3, 2)).toBe((1e4 + 1) * 4 * 2 ** -23);
  });
});
