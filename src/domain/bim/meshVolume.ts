// Volume of a triangle mesh whose triangles are not consistently wound (issue 19, item 13b).
//
// The divergence theorem (V = Σ a·(b×c) / 6) holds only when every triangle of a closed shell faces the same way.
// web-ifc's boolean results (walls with openings cut out) mix windings, and then the signed sum is neither the
// volume nor independent of where the model sits: duplex's party wall gave 28.32 m³ in a 27.06 m³ box. So:
//   1. weld vertices that coincide within a tolerance (web-ifc repeats each position per face, and booleans leave
//      near-duplicates), so triangles that share an edge share its two vertex numbers;
//   2. split the triangles into shells connected through manifold edges (edges of exactly two triangles);
//   3. walk each shell breadth-first, flipping a neighbour that runs a shared edge the same way as its predecessor,
//      so the shell is wound one way throughout;
//   4. take each shell's signed sum about a point of its own (its bounding-box minimum), so that coordinates far
//      from the origin do not cancel in floating point, and count its magnitude (a shell wound inwards throughout
//      is the same solid).
// A shell lying inside another closed shell is a cavity and subtracts (ray parity), so a hollow section is not
// counted as solid. Open shells (holes in the mesh) have no well-defined volume; they are measured the same way
// about their own bounding-box minimum, which at least does not move with the model.

export interface OrientedVolume {
  /** m³ in the mesh's own units cubed, ≥ 0. */
  volume: number;
  /** Shells found (closed or not). */
  shells: number;
  /** Shells with an edge used by only one triangle. */
  openShells: number;
  /** Triangles whose winding was reversed to match their shell. */
  flipped: number;
}

/**
 * Weld tolerance for a mesh: a millionth of its largest extent, but never below a few float32 steps of its largest
 * coordinate (positions are float32, so two copies of one computed point can differ by that much).
 */
export function weldTolerance(vertices: ArrayLike<number>, stride: number, vertexCount: number): number {
  let minX = Infinity, minY = Infinity, minZ = Infinity, maxX = -Infinity, maxY = -Infinity, maxZ = -Infinity;
  for (let v = 0, s = 0; v < vertexCount; v++, s += stride) {
    const x = vertices[s]!, y = vertices[s + 1]!, z = vertices[s + 2]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    if (z < minZ) minZ = z;
    if (z > maxZ) maxZ = z;
  }
  if (!(maxX >= minX)) return 0;
  const extent = Math.max(maxX - minX, maxY - minY, maxZ - minZ);
  const magnitude = Math.max(Math.abs(minX), Math.abs(maxX), Math.abs(minY), Math.abs(maxY), Math.abs(minZ), Math.abs(maxZ));
  return Math.max(extent * 1e-6, magnitude * 4 * 2 ** -23);
}

/** Open-addressing table size for n entries: a power of two at least twice n. */
const tableSize = (n: number) => 2 ** Math.max(4, Math.ceil(Math.log2(2 * n + 1)));
const cellHash = (i: number, j: number, k: number) => Math.imul(i | 0, 73856093) ^ Math.imul(j | 0, 19349663) ^ Math.imul(k | 0, 83492791);

/**
 * Number for each vertex such that vertices within `tolerance` of one another (per axis) share it: the number of
 * the first such vertex. Representatives sit in a grid of cells 4 × tolerance wide (an open-addressing table keyed
 * by cell); a vertex is looked up in its own cell and only in the neighbouring cells whose border lies within
 * tolerance of it, so most vertices cost one look-up.
 */
export function weldVertices(vertices: ArrayLike<number>, stride: number, vertexCount: number, tolerance: number): Int32Array {
  const welded = new Int32Array(vertexCount);
  const size = tableSize(vertexCount);
  const mask = size - 1;
  // Vertex number + 1 of each representative, 0 for an empty slot.
  const table = new Int32Array(size);
  const cell = tolerance > 0 ? 4 * tolerance : 1;
  const near = tolerance > 0 ? 0.25 : -1;
  const find = (i: number, j: number, k: number, x: number, y: number, z: number): number => {
    for (let slot = cellHash(i, j, k) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const c = (table[slot]! - 1) * stride;
      if (Math.abs(vertices[c]! - x) <= tolerance && Math.abs(vertices[c + 1]! - y) <= tolerance && Math.abs(vertices[c + 2]! - z) <= tolerance) return table[slot]! - 1;
    }
    return -1;
  };
  for (let v = 0, s = 0; v < vertexCount; v++, s += stride) {
    const x = vertices[s]!, y = vertices[s + 1]!, z = vertices[s + 2]!;
    const fx = x / cell, fy = y / cell, fz = z / cell;
    const i = Math.floor(fx), j = Math.floor(fy), k = Math.floor(fz);
    let found = find(i, j, k, x, y, z);
    if (found < 0) {
      // Neighbouring cells on the sides where the vertex lies within tolerance (a quarter cell) of the border.
      const di = fx - i < near ? -1 : fx - i > 1 - near ? 1 : 0;
      const dj = fy - j < near ? -1 : fy - j > 1 - near ? 1 : 0;
      const dk = fz - k < near ? -1 : fz - k > 1 - near ? 1 : 0;
      for (let n = 1; n < 8 && found < 0; n++) {
        const a = n & 1 ? di : 0, b = n & 2 ? dj : 0, c = n & 4 ? dk : 0;
        // Each combination of the sides that apply, once.
        if ((n & 1 && !di) || (n & 2 && !dj) || (n & 4 && !dk)) continue;
        found = find(i + a, j + b, k + c, x, y, z);
      }
    }
    if (found >= 0) {
      welded[v] = welded[found]!;
      continue;
    }
    welded[v] = v;
    let slot = cellHash(i, j, k) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = v + 1;
  }
  return welded;
}

/**
 * Volume of a triangle mesh (positions at `stride` floats per vertex, three indices per triangle) with each shell
 * wound consistently, as described above.
 */
export function orientedVolume(vertices: ArrayLike<number>, stride: number, indices: ArrayLike<number>): OrientedVolume {
  const triangleCount = Math.floor(indices.length / 3);
  if (triangleCount === 0) return { volume: 0, shells: 0, openShells: 0, flipped: 0 };
  const vertexCount = Math.floor(vertices.length / stride);
  const welded = weldVertices(vertices, stride, vertexCount, weldTolerance(vertices, stride, vertexCount));
  const halfEdges = triangleCount * 3;
  // Welded vertex at the start of each half-edge h = 3t + k (corner k of triangle t; it runs to corner k+1).
  const corner = new Int32Array(halfEdges);
  for (let h = 0; h < halfEdges; h++) corner[h] = welded[indices[h]!]!;
  const endOf = (h: number) => corner[h % 3 === 2 ? h - 2 : h + 1]!;

  // twin[h]: the other half-edge of a manifold edge; -1 on a border; -2 on an edge of three or more triangles, which
  // is not used to orient across (two solids touching along an edge).
  const twin = new Int32Array(halfEdges).fill(-1);
  const degenerate = new Uint8Array(triangleCount);
  const size = tableSize(halfEdges);
  const mask = size - 1;
  const firstOnEdge = new Int32Array(size); // half-edge + 1, 0 for empty
  for (let t = 0; t < triangleCount; t++) {
    const a = corner[3 * t]!, b = corner[3 * t + 1]!, c = corner[3 * t + 2]!;
    if (a === b || b === c || c === a) {
      degenerate[t] = 1;
      continue;
    }
    for (let h = 3 * t; h < 3 * t + 3; h++) {
      const from = corner[h]!, to = endOf(h);
      const lo = from < to ? from : to, hi = from < to ? to : from;
      let slot = (Math.imul(lo, 73856093) ^ Math.imul(hi, 19349663)) & mask;
      let first = -1;
      for (; firstOnEdge[slot] !== 0; slot = (slot + 1) & mask) {
        const e = firstOnEdge[slot]! - 1;
        const ef = corner[e]!, et = endOf(e);
        if ((ef === lo && et === hi) || (ef === hi && et === lo)) {
          first = e;
          break;
        }
      }
      if (first < 0) firstOnEdge[slot] = h + 1;
      else if (twin[first] === -1) {
        twin[first] = h;
        twin[h] = first;
      } else {
        if (twin[first]! >= 0) twin[twin[first]!] = -2;
        twin[first] = -2;
        twin[h] = -2;
      }
    }
  }

  // Shells by breadth-first walks over manifold edges; `flip` marks triangles to read the other way round.
  const shellOf = new Int32Array(triangleCount).fill(-1);
  const flip = new Uint8Array(triangleCount);
  const order = new Int32Array(triangleCount); // triangles shell by shell, in visiting order
  const starts: number[] = [];
  const open: boolean[] = [];
  let tail = 0;
  let flipped = 0;
  for (let seed = 0; seed < triangleCount; seed++) {
    if (degenerate[seed] || shellOf[seed]! >= 0) continue;
    const id = starts.length;
    let head = tail;
    starts.push(tail);
    order[tail++] = seed;
    shellOf[seed] = id;
    let border = false;
    while (head < tail) {
      const t = order[head++]!;
      for (let h = 3 * t; h < 3 * t + 3; h++) {
        const o = twin[h]!;
        if (o === -1) border = true;
        if (o < 0) continue;
        const u = (o / 3) | 0;
        if (shellOf[u]! >= 0) continue;
        // Consistent neighbours run their shared edge in opposite directions.
        flip[u] = flip[t]! ^ (corner[o] === corner[h] ? 1 : 0);
        flipped += flip[u]!;
        shellOf[u] = id;
        order[tail++] = u;
      }
    }
    open.push(border);
  }
  starts.push(tail);

  // Each shell's signed volume about its own bounding-box minimum, made positive.
  const shellCount = open.length;
  const volumes = new Float64Array(shellCount);
  const boxes = new Float64Array(6 * shellCount);
  for (let s = 0; s < shellCount; s++) {
    let ox = Infinity, oy = Infinity, oz = Infinity, mx = -Infinity, my = -Infinity, mz = -Infinity;
    for (let q = starts[s]!; q < starts[s + 1]!; q++) {
      for (let h = 3 * order[q]!, e = h + 3; h < e; h++) {
        const at = indices[h]! * stride;
        const x = vertices[at]!, y = vertices[at + 1]!, z = vertices[at + 2]!;
        if (x < ox) ox = x;
        if (x > mx) mx = x;
        if (y < oy) oy = y;
        if (y > my) my = y;
        if (z < oz) oz = z;
        if (z > mz) mz = z;
      }
    }
    let six = 0;
    for (let q = starts[s]!; q < starts[s + 1]!; q++) {
      const t = order[q]!;
      const i0 = indices[3 * t]! * stride;
      const i1 = indices[flip[t] ? 3 * t + 2 : 3 * t + 1]! * stride;
      const i2 = indices[flip[t] ? 3 * t + 1 : 3 * t + 2]! * stride;
      const ax = vertices[i0]! - ox, ay = vertices[i0 + 1]! - oy, az = vertices[i0 + 2]! - oz;
      const bx = vertices[i1]! - ox, by = vertices[i1 + 1]! - oy, bz = vertices[i1 + 2]! - oz;
      const cx = vertices[i2]! - ox, cy = vertices[i2 + 1]! - oy, cz = vertices[i2 + 2]! - oz;
      six += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
    }
    volumes[s] = Math.abs(six) / 6;
    boxes.set([ox, oy, oz, mx, my, mz], 6 * s);
  }

  // A closed shell inside another closed shell is a cavity of it: it subtracts. Nesting is decided by ray parity
  // from one of the inner shell's vertices against each larger closed shell whose box holds the inner one's box.
  let volume = 0;
  let openShells = 0;
  for (let s = 0; s < shellCount; s++) {
    if (open[s]) openShells++;
    let depth = 0;
    if (!open[s] && shellCount > 1) {
      const at = indices[3 * order[starts[s]!]!]! * stride;
      const p = [vertices[at]!, vertices[at + 1]!, vertices[at + 2]!] as const;
      for (let o = 0; o < shellCount; o++) {
        if (o === s || open[o] || volumes[o]! <= volumes[s]!) continue;
        let holds = true;
        for (let a = 0; a < 3; a++) if (boxes[6 * o + a]! > boxes[6 * s + a]! || boxes[6 * s + 3 + a]! > boxes[6 * o + 3 + a]!) holds = false;
        if (holds && insideShell(p, order.subarray(starts[o]!, starts[o + 1]!), vertices, stride, indices)) depth++;
      }
    }
    volume += depth % 2 ? -volumes[s]! : volumes[s]!;
  }
  return { volume: Math.max(0, volume), shells: shellCount, openShells, flipped };
}

/**
 * Whether point p lies inside a closed shell: parity of the shell's triangles crossed by a ray from p, in a fixed
 * direction along which no axis-aligned face or edge lies (Möller–Trumbore intersection).
 */
function insideShell(p: readonly [number, number, number], triangles: Int32Array, vertices: ArrayLike<number>, stride: number, indices: ArrayLike<number>): boolean {
  const dx = 0.5773502691896258, dy = 0.5780312541339393, dz = 0.5766684508541357;
  let crossings = 0;
  for (const t of triangles) {
    const i0 = indices[3 * t]! * stride, i1 = indices[3 * t + 1]! * stride, i2 = indices[3 * t + 2]! * stride;
    const ax = vertices[i0]!, ay = vertices[i0 + 1]!, az = vertices[i0 + 2]!;
    const e1x = vertices[i1]! - ax, e1y = vertices[i1 + 1]! - ay, e1z = vertices[i1 + 2]! - az;
    const e2x = vertices[i2]! - ax, e2y = vertices[i2 + 1]! - ay, e2z = vertices[i2 + 2]! - az;
    const px = dy * e2z - dz * e2y, py = dz * e2x - dx * e2z, pz = dx * e2y - dy * e2x;
    const det = e1x * px + e1y * py + e1z * pz;
    if (det === 0) continue;
    const tx = p[0] - ax, ty = p[1] - ay, tz = p[2] - az;
    const u = (tx * px + ty * py + tz * pz) / det;
    if (u < 0 || u > 1) continue;
    const qx = ty * e1z - tz * e1y, qy = tz * e1x - tx * e1z, qz = tx * e1y - ty * e1x;
    const v = (dx * qx + dy * qy + dz * qz) / det;
    if (v < 0 || u + v > 1) continue;
    if ((e2x * qx + e2y * qy + e2z * qz) / det > 0) crossings++;
  }
  return crossings % 2 === 1;
}
