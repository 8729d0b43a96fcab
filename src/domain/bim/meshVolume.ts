// Volume of a triangle mesh whose triangles are not consistently wound (issue 19, item 13b).
//
// The divergence theorem (V = Σ a·(b×c) / 6) holds only when every triangle of a closed shell faces the same way.
// web-ifc's boolean results (walls with openings cut out) mix windings, and then the signed sum is neither the
// volume nor independent of where the model sits: duplex's party wall gave 28.32 m³ in a 27.06 m³ box. So:
//   1. weld vertices that coincide within a tolerance (web-ifc repeats each position per face, and booleans leave
//      near-duplicates), so triangles that share an edge share its two vertex numbers;
//   2. split the triangles into patches connected through manifold edges (edges of exactly two triangles);
//   3. walk each patch breadth-first, flipping a neighbour that runs a shared edge the same way as its predecessor,
//      so the patch is wound one way throughout (the way most of its triangles already were);
//   4. a patch with no border and no edge of three or more triangles is a closed shell and a solid of its own;
//      patches that meet on such edges (web-ifc leaves internal faces in some boolean results, FZK-Haus's walls)
//      enclose something only together and are one solid;
//   5. take each solid's signed sum about a point of its own, so that coordinates far from the origin do not
//      cancel in floating point, and count its magnitude (a shell wound inwards throughout is the same solid).
// A closed shell lying inside another is a cavity and subtracts (ray parity), so a hollow section is not counted
// as solid. A solid with holes (edges not used as often each way) has no volume of its own; summing about the
// middle of the holes' border caps them with cones from that point, which moves with the model (and kept every
// element of the shared models within its box, which the box's centre as origin did not: Tekla's #23211).

export interface OrientedVolume {
  /** m³ in the mesh's own units cubed, ≥ 0. */
  volume: number;
  /** Solids measured: closed shells, and groups of patches joined on edges of three or more triangles. */
  shells: number;
  /** Of those, the ones with holes: edges not used as often in each direction. */
  openShells: number;
  /** Triangles whose winding was reversed to match their patch. */
  flipped: number;
}

/**
 * Weld tolerance for a mesh: a millionth of its largest extent, but never below a few float32 steps of its largest
 * coordinate (positions are float32, so two copies of one computed point can differ by that much).
 */
export function weldTolerance(vertices: ArrayLike<number>, stride: number, vertexCount: number): number {
  let minX = Infinity,
    minY = Infinity,
    minZ = Infinity,
    maxX = -Infinity,
    maxY = -Infinity,
    maxZ = -Infinity;
  for (let v = 0, s = 0; v < vertexCount; v++, s += stride) {
    const x = vertices[s]!,
      y = vertices[s + 1]!,
      z = vertices[s + 2]!;
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
      if (
        Math.abs(vertices[c]! - x) <= tolerance &&
        Math.abs(vertices[c + 1]! - y) <= tolerance &&
        Math.abs(vertices[c + 2]! - z) <= tolerance
      )
        return table[slot]! - 1;
    }
    return -1;
  };
  for (let v = 0, s = 0; v < vertexCount; v++, s += stride) {
    const x = vertices[s]!,
      y = vertices[s + 1]!,
      z = vertices[s + 2]!;
    const fx = x / cell,
      fy = y / cell,
      fz = z / cell;
    const i = Math.floor(fx),
      j = Math.floor(fy),
      k = Math.floor(fz);
    const own = cellHash(i, j, k) & mask;
    let found = -1;
    for (let slot = own; table[slot] !== 0; slot = (slot + 1) & mask) {
      const c = (table[slot]! - 1) * stride;
      if (
        Math.abs(vertices[c]! - x) <= tolerance &&
        Math.abs(vertices[c + 1]! - y) <= tolerance &&
        Math.abs(vertices[c + 2]! - z) <= tolerance
      ) {
        found = table[slot]! - 1;
        break;
      }
    }
    if (found < 0) {
      // Neighbouring cells on the sides where the vertex lies within tolerance (a quarter cell) of the border.
      const di = fx - i < near ? -1 : fx - i > 1 - near ? 1 : 0;
      const dj = fy - j < near ? -1 : fy - j > 1 - near ? 1 : 0;
      const dk = fz - k < near ? -1 : fz - k > 1 - near ? 1 : 0;
      for (let n = 1; n < 8 && found < 0; n++) {
        const a = n & 1 ? di : 0,
          b = n & 2 ? dj : 0,
          c = n & 4 ? dk : 0;
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
    let slot = own;
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
  // ... and at its end (arrays rather than calls: this runs cold, interpreted, in a fresh worker thread).
  const end = new Int32Array(halfEdges);
  for (let h = 0; h < halfEdges; h += 3) {
    corner[h] = welded[indices[h]!]!;
    corner[h + 1] = welded[indices[h + 1]!]!;
    corner[h + 2] = welded[indices[h + 2]!]!;
    end[h] = corner[h + 1]!;
    end[h + 1] = corner[h + 2]!;
    end[h + 2] = corner[h]!;
  }

  // twin[h]: the other half-edge of a manifold edge; -1 on a border; -2 on an edge of three or more triangles, which
  // is not used to orient across (two solids touching along an edge).
  const twin = new Int32Array(halfEdges).fill(-1);
  const degenerate = new Uint8Array(triangleCount);
  const size = tableSize(halfEdges);
  const mask = size - 1;
  const firstOnEdge = new Int32Array(size); // half-edge + 1, 0 for empty
  const junctions: number[] = []; // pairs of half-edges on one non-manifold edge
  const edgeOf = new Int32Array(halfEdges).fill(-1); // each half-edge's slot in the table: one number per edge
  for (let t = 0; t < triangleCount; t++) {
    const a = corner[3 * t]!,
      b = corner[3 * t + 1]!,
      c = corner[3 * t + 2]!;
    if (a === b || b === c || c === a) {
      degenerate[t] = 1;
      continue;
    }
    for (let h = 3 * t; h < 3 * t + 3; h++) {
      const from = corner[h]!,
        to = end[h]!;
      const lo = from < to ? from : to,
        hi = from < to ? to : from;
      let slot = (Math.imul(lo, 73856093) ^ Math.imul(hi, 19349663)) & mask;
      let first = -1;
      for (; firstOnEdge[slot] !== 0; slot = (slot + 1) & mask) {
        const e = firstOnEdge[slot]! - 1;
        const ef = corner[e]!,
          et = end[e]!;
        if ((ef === lo && et === hi) || (ef === hi && et === lo)) {
          first = e;
          break;
        }
      }
      edgeOf[h] = slot;
      if (first < 0) firstOnEdge[slot] = h + 1;
      else if (twin[first] === -1) {
        twin[first] = h;
        twin[h] = first;
      } else {
        // Remember who meets on it, to measure the pieces it joins as one solid.
        if (twin[first]! >= 0) {
          junctions.push(first, twin[first]!);
          twin[twin[first]!] = -2;
        }
        junctions.push(first, h);
        twin[first] = -2;
        twin[h] = -2;
      }
    }
  }

  // Patches: breadth-first walks over manifold edges; `flip` marks triangles to read the other way round.
  const patchOf = new Int32Array(triangleCount).fill(-1);
  const flip = new Uint8Array(triangleCount);
  const order = new Int32Array(triangleCount); // triangles patch by patch, in visiting order
  const starts: number[] = [];
  const border: boolean[] = [];
  const junction: boolean[] = [];
  let tail = 0;
  for (let seed = 0; seed < triangleCount; seed++) {
    if (degenerate[seed] || patchOf[seed]! >= 0) continue;
    const id = starts.length;
    let head = tail;
    starts.push(tail);
    order[tail++] = seed;
    patchOf[seed] = id;
    let open = false;
    let joined = false;
    let flips = 0;
    while (head < tail) {
      const t = order[head++]!;
      for (let h = 3 * t; h < 3 * t + 3; h++) {
        const o = twin[h]!;
        if (o === -1) open = true;
        if (o === -2) joined = true;
        if (o < 0) continue;
        const u = (o / 3) | 0;
        if (patchOf[u]! >= 0) continue;
        // Consistent neighbours run their shared edge in opposite directions.
        flip[u] = flip[t]! ^ (corner[o] === corner[h] ? 1 : 0);
        flips += flip[u]!;
        patchOf[u] = id;
        order[tail++] = u;
      }
    }
    // Keep the winding most of the patch's triangles came with: a consistently wound patch is left as it is.
    if (2 * flips > tail - starts[id]!) for (let q = starts[id]!; q < tail; q++) flip[order[q]!] ^= 1;
    border.push(open);
    junction.push(joined);
  }
  starts.push(tail);
  const patchCount = border.length;
  let flipped = 0;
  for (let t = 0; t < triangleCount; t++) flipped += flip[t]!;

  // Solids: a patch closed in itself is one; patches meeting on edges of three or more triangles (a boolean result
  // with an internal face, two bodies touching along an edge) are measured together, each patch in its own
  // majority winding, since none of them encloses anything alone.
  const root = Int32Array.from({ length: patchCount }, (_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]!]!;
    return i;
  };
  for (let j = 0; j < junctions.length; j += 2) {
    const a = find(patchOf[(junctions[j]! / 3) | 0]!),
      b = find(patchOf[(junctions[j + 1]! / 3) | 0]!);
    if (a !== b) root[a] = b;
  }
  let solids: number[][];
  if (junctions.length === 0) solids = Array.from({ length: patchCount }, (_, p) => [p]);
  else {
    const solidOf = new Map<number, number[]>();
    for (let p = 0; p < patchCount; p++) {
      const r = find(p);
      const list = solidOf.get(r);
      if (list) list.push(p);
      else solidOf.set(r, [p]);
    }
    solids = [...solidOf.values()];
  }

  // Each solid's signed volume about a point of its own, made positive.
  const solidCount = solids.length;
  const volumes = new Float64Array(solidCount);
  const boxes = new Float64Array(6 * solidCount);
  const closed = solids.map((patches) => patches.length === 1 && !border[patches[0]!] && !junction[patches[0]!]);
  // Each edge's uses as wound, +1 from its lower vertex number to its higher, −1 back: a closed surface uses every
  // edge as often each way. What is left over is the border of the holes.
  // (Only needed when some solid is not a closed shell; most meshes are one or a few closed shells.)
  const net = new Int32Array(closed.every(Boolean) ? 0 : size);
  for (let t = 0; net.length && t < triangleCount; t++) {
    if (degenerate[t]) continue;
    for (let h = 3 * t; h < 3 * t + 3; h++) net[edgeOf[h]!] += (corner[h]! < end[h]! ? 1 : -1) * (flip[t] ? -1 : 1);
  }
  const counted = new Uint8Array(size);
  const open = new Array<boolean>(solidCount).fill(false);
  for (let s = 0; s < solidCount; s++) {
    let ox = Infinity,
      oy = Infinity,
      oz = Infinity,
      mx = -Infinity,
      my = -Infinity,
      mz = -Infinity;
    // The box serves the cavity test, and the centre of a solid with holes but no border to cap.
    if (solidCount > 1 || !closed[s])
      for (const patch of solids[s]!) {
        for (let q = starts[patch]!; q < starts[patch + 1]!; q++) {
          for (let h = 3 * order[q]!, e = h + 3; h < e; h++) {
            const at = indices[h]! * stride;
            const x = vertices[at]!,
              y = vertices[at + 1]!,
              z = vertices[at + 2]!;
            if (x < ox) ox = x;
            if (x > mx) mx = x;
            if (y < oy) oy = y;
            if (y > my) my = y;
            if (z < oz) oz = z;
            if (z > mz) mz = z;
          }
        }
      }
    // About the middle of the holes' border: summing about a point caps each hole with the cone from that point
    // over its border, so an open solid is measured as closed by those cones, wherever it stands. For a closed
    // solid any point gives the same sum; one of its own vertices keeps the products small.
    let px = 0,
      py = 0,
      pz = 0,
      weight = 0;
    if (!closed[s])
      for (const patch of solids[s]!) {
        for (let q = starts[patch]!; q < starts[patch + 1]!; q++) {
          for (let h = 3 * order[q]!, e = h + 3; h < e; h++) {
            const edge = edgeOf[h]!;
            if (net[edge] === 0 || counted[edge]) continue;
            counted[edge] = 1;
            const w = Math.abs(net[edge]!);
            const a = indices[h]! * stride,
              b = indices[h % 3 === 2 ? h - 2 : h + 1]! * stride;
            px += (w * (vertices[a]! + vertices[b]!)) / 2;
            py += (w * (vertices[a + 1]! + vertices[b + 1]!)) / 2;
            pz += (w * (vertices[a + 2]! + vertices[b + 2]!)) / 2;
            weight += w;
          }
        }
      }
    open[s] = weight > 0;
    if (weight > 0) [px, py, pz] = [px / weight, py / weight, pz / weight];
    else if (!closed[s]) [px, py, pz] = [(ox + mx) / 2, (oy + my) / 2, (oz + mz) / 2];
    else {
      const at = indices[3 * order[starts[solids[s]![0]!]!]!]! * stride;
      [px, py, pz] = [vertices[at]!, vertices[at + 1]!, vertices[at + 2]!];
    }
    let six = 0;
    for (const patch of solids[s]!) {
      for (let q = starts[patch]!; q < starts[patch + 1]!; q++) {
        const t = order[q]!;
        const i0 = indices[3 * t]! * stride;
        const i1 = indices[flip[t] ? 3 * t + 2 : 3 * t + 1]! * stride;
        const i2 = indices[flip[t] ? 3 * t + 1 : 3 * t + 2]! * stride;
        const ax = vertices[i0]! - px,
          ay = vertices[i0 + 1]! - py,
          az = vertices[i0 + 2]! - pz;
        const bx = vertices[i1]! - px,
          by = vertices[i1 + 1]! - py,
          bz = vertices[i1 + 2]! - pz;
        const cx = vertices[i2]! - px,
          cy = vertices[i2 + 1]! - py,
          cz = vertices[i2 + 2]! - pz;
        six += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
      }
    }
    volumes[s] = Math.abs(six) / 6;
    boxes.set([ox, oy, oz, mx, my, mz], 6 * s);
  }

  // A closed shell inside another closed shell is a cavity of it: it subtracts. Nesting is decided by ray parity
  // from one of the inner shell's vertices against each larger closed shell whose box holds the inner one's box.
  let volume = 0;
  for (let s = 0; s < solidCount; s++) {
    let depth = 0;
    if (closed[s] && solidCount > 1) {
      const patch = solids[s]![0]!;
      const at = indices[3 * order[starts[patch]!]!]! * stride;
      const p = [vertices[at]!, vertices[at + 1]!, vertices[at + 2]!] as const;
      for (let o = 0; o < solidCount; o++) {
        if (o === s || !closed[o] || volumes[o]! <= volumes[s]!) continue;
        let holds = true;
        for (let a = 0; a < 3; a++)
          if (boxes[6 * o + a]! > boxes[6 * s + a]! || boxes[6 * s + 3 + a]! > boxes[6 * o + 3 + a]!) holds = false;
        const outer = solids[o]![0]!;
        if (holds && insideShell(p, order.subarray(starts[outer]!, starts[outer + 1]!), vertices, stride, indices)) depth++;
      }
    }
    volume += depth % 2 ? -volumes[s]! : volumes[s]!;
  }
  return { volume: Math.max(0, volume), shells: solidCount, openShells: open.filter(Boolean).length, flipped };
}

/**
 * Whether point p lies inside a closed shell: parity of the shell's triangles crossed by a ray from p, in a fixed
 * direction along which no axis-aligned face or edge lies (Möller–Trumbore intersection).
 */
function insideShell(
  p: readonly [number, number, number],
  triangles: Int32Array,
  vertices: ArrayLike<number>,
  stride: number,
  indices: ArrayLike<number>,
): boolean {
  const dx = 0.5773502691896258,
    dy = 0.5780312541339393,
    dz = 0.5766684508541357;
  let crossings = 0;
  for (const t of triangles) {
    const i0 = indices[3 * t]! * stride,
      i1 = indices[3 * t + 1]! * stride,
      i2 = indices[3 * t + 2]! * stride;
    const ax = vertices[i0]!,
      ay = vertices[i0 + 1]!,
      az = vertices[i0 + 2]!;
    const e1x = vertices[i1]! - ax,
      e1y = vertices[i1 + 1]! - ay,
      e1z = vertices[i1 + 2]! - az;
    const e2x = vertices[i2]! - ax,
      e2y = vertices[i2 + 1]! - ay,
      e2z = vertices[i2 + 2]! - az;
    const px = dy * e2z - dz * e2y,
      py = dz * e2x - dx * e2z,
      pz = dx * e2y - dy * e2x;
    const det = e1x * px + e1y * py + e1z * pz;
    if (det === 0) continue;
    const tx = p[0] - ax,
      ty = p[1] - ay,
      tz = p[2] - az;
    const u = (tx * px + ty * py + tz * pz) / det;
    if (u < 0 || u > 1) continue;
    const qx = ty * e1z - tz * e1y,
      qy = tz * e1x - tx * e1z,
      qz = tx * e1y - ty * e1x;
    const v = (dx * qx + dy * qy + dz * qz) / det;
    if (v < 0 || u + v > 1) continue;
    if ((e2x * qx + e2y * qy + e2z * qz) / det > 0) crossings++;
  }
  return crossings % 2 === 1;
}
