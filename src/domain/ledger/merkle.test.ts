import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './bytes.js';
import {
  CompactRange,
  compactRangeNodeIds,
  consistencyProof,
  consistencyProofFromLeafHashes,
  consistencyProofPlan,
  emptyRoot,
  inclusionProof,
  inclusionProofFromLeafHashes,
  inclusionProofPlan,
  leafHash,
  MerkleError,
  nodeHash,
  rootFromInclusionProof,
  rootFromLeafHashes,
  rootFromReader,
  verifyConsistency,
  verifyInclusion,
  type HashReader,
  type NodeId,
  type StoredNode,
} from './merkle.js';

// Reference vectors: transparency-dev/merkle proof/verify_test.go
// (commit 02194e9afb6c1d95b5381350007963aa70fff472), the same data as
// google/certificate-transparency's merkle_tree_test. In that file an inclusion vector's
// `leaf` is 1-based; below it is converted to the 0-based index.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(fromHex);

const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

const EMPTY_ROOT = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const INCLUSION_VECTORS: { index: number; size: number; proof: string[] }[] = [
  { index: 0, size: 1, proof: [] },
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { index: 2, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];

const CONSISTENCY_VECTORS: { size1: number; size2: number; proof: string[] }[] = [
  { size1: 1, size2: 1, proof: [] },
  {
    size1: 1,
    size2: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    size1: 6,
    size2: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    size1: 2,
    size2: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    size1: 6,
    size2: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

const hex = (hashes: readonly Uint8Array[]) => hashes.map(toHex);
const LEAF_HASHES = LEAVES.map(leafHash);

/** In-memory node store standing in for the database table of perfect subtrees. */
class MemoryStore implements HashReader {
  private readonly nodes = new Map<string, Uint8Array>();
  reads = 0;
  batches = 0;
  put(nodes: readonly StoredNode[]): void {
    for (const n of nodes) {
      const key = `${n.level}/${n.index}`;
      if (this.nodes.has(key)) throw new Error(`node ${key} written twice`);
      this.nodes.set(key, n.hash);
    }
  }
  get count(): number {
    return this.nodes.size;
  }
  nodeHash(level: number, index: number): Uint8Array {
    this.reads++;
    const h = this.nodes.get(`${level}/${index}`);
    if (!h) throw new Error(`node ${level}/${index} not stored`);
    return h;
  }
}

/** Same store, but answering whole proofs in one batched (async) call. */
class BatchedStore implements HashReader {
  constructor(private readonly inner: MemoryStore) {}
  nodeHash(level: number, index: number): Uint8Array {
    return this.inner.nodeHash(level, index);
  }
  async nodeHashes(ids: readonly NodeId[]): Promise<Uint8Array[]> {
    this.inner.batches++;
    return ids.map((id) => this.inner.nodeHash(id.level, id.index));
  }
}

function buildStore(leafHashes: readonly Uint8Array[]): { store: MemoryStore; range: CompactRange } {
  const store = new MemoryStore();
  const { range, nodes } = CompactRange.empty().append(leafHashes);
  store.put(nodes);
  return { store, range };
}

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[Math.floor(bit / 8)] ^= 1 << (bit % 8);
  return copy;
}

/** Deterministic leaf hashes for property tests. */
function syntheticLeaves(n: number): Uint8Array[] {
  return Array.from({ length: n }, (_, i) => leafHash(new TextEncoder().encode(`entry-${i}`)));
}

describe('RFC 6962 hashing', () => {
  it('hashes the empty tree to SHA-256("")', () => {
    expect(toHex(emptyRoot())).toBe(EMPTY_ROOT);
    expect(toHex(rootFromLeafHashes([]))).toBe(EMPTY_ROOT);
    expect(toHex(CompactRange.empty().root())).toBe(EMPTY_ROOT);
  });

  it('domain-separates leaves from nodes', () => {
    // Leaf 0 is SHA-256(0x00): the first element of the size-1 vector.
    expect(toHex(leafHash(new Uint8Array()))).toBe(ROOTS[0]);
    const a = LEAF_HASHES[0];
    const b = LEAF_HASHES[1];
    const concat = new Uint8Array([...a, ...b]);
    expect(toHex(nodeHash(a, b))).not.toBe(toHex(leafHash(concat)));
  });

  it.each(ROOTS.map((root, i) => [i + 1, root] as const))('MTH of the first %i CT leaves', (size, root) => {
    expect(toHex(rootFromLeafHashes(LEAF_HASHES.slice(0, size)))).toBe(root);
    expect(toHex(CompactRange.empty().append(LEAF_HASHES.slice(0, size)).root)).toBe(root);
  });
});

describe('reference inclusion proofs (transparency-dev/merkle)', () => {
  it.each(INCLUSION_VECTORS)('leaf $index of $size', async ({ index, size, proof }) => {
    const leaves = LEAF_HASHES.slice(0, size);
    const root = fromHex(ROOTS[size - 1]);
    const expected = proof.map(fromHex);

    expect(hex(inclusionProofFromLeafHashes(index, leaves))).toEqual(proof);
    const { store } = buildStore(leaves);
    expect(hex(await inclusionProof(store, index, size))).toEqual(proof);

    expect(toHex(rootFromInclusionProof(LEAF_HASHES[index], index, size, expected))).toBe(ROOTS[size - 1]);
    expect(verifyInclusion(LEAF_HASHES[index], index, size, expected, root)).toBe(true);
  });

  // Probes from transparency-dev/merkle corruptInclusionProof.
  it.each(INCLUSION_VECTORS.filter((v) => v.size > 1))('rejects corruptions of leaf $index of $size', ({ index, size, proof }) => {
    const root = fromHex(ROOTS[size - 1]);
    const leaf = LEAF_HASHES[index];
    const p = proof.map(fromHex);
    const someHash = fromHex('abacaba000000000000000000000000000000000000000000060061e00123456');
    const probes: [number, number, Uint8Array, Uint8Array, Uint8Array[]][] = [
      [index - 1, size, root, leaf, p],
      [index + 1, size, root, leaf, p],
      [index ^ 2, size, root, leaf, p],
      [index, size * 2, root, leaf, p],
      [index, Math.floor(size / 2), root, leaf, p],
      [index, size, root, new TextEncoder().encode('WrongLeaf'), p],
      [index, size, emptyRoot(), leaf, p],
      [index, size, someHash, leaf, p],
      [index, size, root, leaf, [...p, new Uint8Array()]],
      [index, size, root, leaf, [...p, root]],
      [index, size, root, leaf, [new Uint8Array(), ...p]],
      [index, size, root, leaf, [root, ...p]],
      [index, size, root, leaf, p.slice(0, -1)],
    ];
    if (p.length > 1) probes.push([index, size, root, leaf, [p[0], someHash, ...p.slice(1)]]);
    for (const [i, n, r, l, pr] of probes) expect(verifyInclusion(l, i, n, pr, r)).toBe(false);
  });

  it('rejects impossible index/size combinations', () => {
    const h = LEAF_HASHES[0];
    for (const [i, n] of [
      [0, 0],
      [1, 0],
      [2, 1],
      [-1, 4],
      [0.5, 4],
    ]) {
      expect(verifyInclusion(h, i, n, [], h)).toBe(false);
    }
    expect(() => rootFromInclusionProof(h, 3, 3, [])).toThrow(MerkleError);
  });
});

describe('reference consistency proofs (transparency-dev/merkle)', () => {
  it.each(CONSISTENCY_VECTORS)('$size1 → $size2', async ({ size1, size2, proof }) => {
    const leaves = LEAF_HASHES.slice(0, size2);
    const root1 = fromHex(ROOTS[size1 - 1]);
    const root2 = fromHex(ROOTS[size2 - 1]);

    expect(hex(consistencyProofFromLeafHashes(size1, leaves))).toEqual(proof);
    const { store } = buildStore(leaves);
    expect(hex(await consistencyProof(store, size1, size2))).toEqual(proof);
    expect(verifyConsistency(size1, size2, proof.map(fromHex), root1, root2)).toBe(true);
  });

  // Probes from transparency-dev/merkle corruptConsistencyProof.
  it.each(CONSISTENCY_VECTORS.filter((v) => v.proof.length > 0))('rejects corruptions of $size1 → $size2', ({ size1, size2, proof }) => {
    const r1 = fromHex(ROOTS[size1 - 1]);
    const r2 = fromHex(ROOTS[size2 - 1]);
    const p = proof.map(fromHex);
    const wrong = new TextEncoder().encode('WrongRoot');
    const probes: [number, number, Uint8Array, Uint8Array, Uint8Array[]][] = [
      [size1 - 1, size2, r1, r2, p],
      [size1 + 1, size2, r1, r2, p],
      [size1 ^ 2, size2, r1, r2, p],
      [size1, size2 * 2, r1, r2, p],
      [size1, Math.floor(size2 / 2), r1, r2, p],
      [size1, size2, wrong, r2, p],
      [size1, size2, r1, wrong, p],
      [size1, size2, r2, r1, p],
      [size1, size2, r1, r2, []],
      [size1, size2, r1, r2, [...p, new Uint8Array()]],
      [size1, size2, r1, r2, [...p, r1]],
      [size1, size2, r1, r2, [...p, r2]],
      [size1, size2, r1, r2, [new Uint8Array(), ...p]],
      [size1, size2, r1, r2, [r1, ...p]],
      [size1, size2, r1, r2, [r2, ...p]],
      [size1, size2, r1, r2, [p[0], ...p]],
      [size1, size2, r1, r2, p.slice(0, -1)],
    ];
    for (const [s1, s2, a, b, pr] of probes) expect(verifyConsistency(s1, s2, pr, a, b)).toBe(false);
  });

  it('handles the trivial cases strictly', () => {
    const e = emptyRoot();
    const r = fromHex(ROOTS[0]);
    expect(verifyConsistency(0, 0, [], e, e)).toBe(true);
    expect(verifyConsistency(0, 5, [], e, fromHex(ROOTS[4]))).toBe(true);
    // Unlike transparency-dev (which ignores root1 at size 0), an old root must be MTH({}).
    expect(verifyConsistency(0, 5, [], r, fromHex(ROOTS[4]))).toBe(false);
    expect(verifyConsistency(0, 1, [e], e, r)).toBe(false);
    expect(verifyConsistency(1, 1, [], r, r)).toBe(true);
    expect(verifyConsistency(1, 1, [], r, e)).toBe(false);
    expect(verifyConsistency(1, 1, [e], r, r)).toBe(false);
    expect(verifyConsistency(2, 1, [], r, r)).toBe(false); // time travel
    expect(verifyConsistency(1, 2, [], r, fromHex(ROOTS[1]))).toBe(false); // empty proof
  });
});

describe('properties over every tree size 1..64', () => {
  const MAX = 64;
  const leaves = syntheticLeaves(MAX);
  const roots = [emptyRoot(), ...Array.from({ length: MAX }, (_, i) => rootFromLeafHashes(leaves.slice(0, i + 1)))];
  const { store } = buildStore(leaves);

  it('every inclusion proof verifies and equals the naive PATH, from the store', async () => {
    for (let size = 1; size <= MAX; size++) {
      for (let index = 0; index < size; index++) {
        const naive = inclusionProofFromLeafHashes(index, leaves.slice(0, size));
        const stored = await inclusionProof(store, index, size);
        expect(hex(stored)).toEqual(hex(naive));
        expect(verifyInclusion(leaves[index], index, size, stored, roots[size])).toBe(true);
        // Wrong index or wrong size never verifies with the same proof.
        if (index + 1 < size) expect(verifyInclusion(leaves[index], index + 1, size, stored, roots[size])).toBe(false);
        if (size < MAX) expect(verifyInclusion(leaves[index], index, size + 1, stored, roots[size + 1])).toBe(false);
      }
    }
  });

  it('every consistency proof verifies and equals the naive PROOF, from the store', async () => {
    for (let size2 = 1; size2 <= MAX; size2++) {
      for (let size1 = 0; size1 <= size2; size1++) {
        const naive = consistencyProofFromLeafHashes(size1, leaves.slice(0, size2));
        const stored = await consistencyProof(store, size1, size2);
        expect(hex(stored)).toEqual(hex(naive));
        expect(verifyConsistency(size1, size2, stored, roots[size1], roots[size2])).toBe(true);
        if (size1 > 0 && size1 < size2) {
          expect(verifyConsistency(size1, size2, stored, roots[size1 - 1], roots[size2])).toBe(false);
          expect(verifyConsistency(size1 - 1, size2, stored, roots[size1 - 1], roots[size2])).toBe(false);
        }
      }
    }
  });

  it('flipping any single bit of proof, root or leaf breaks inclusion', async () => {
    let probes = 0;
    const accepted: string[] = [];
    for (let size = 1; size <= MAX; size++) {
      for (let index = 0; index < size; index++) {
        const proof = await inclusionProof(store, index, size);
        // Exhaustive over all 256 bits for small trees; above that 2 bits per hash, rotating
        // with the index so every bit position is still exercised across the loop.
        const bits = size <= 8 ? [...Array(256).keys()] : [(index * 37) % 256, (index * 37 + 128 + size) % 256];
        const check = (what: string, ok: boolean) => {
          probes++;
          if (ok) accepted.push(`${what} index=${index} size=${size}`);
        };
        for (const bit of bits) {
          check(`leaf bit ${bit}`, verifyInclusion(flipBit(leaves[index], bit), index, size, proof, roots[size]));
          check(`root bit ${bit}`, verifyInclusion(leaves[index], index, size, proof, flipBit(roots[size], bit)));
          for (let k = 0; k < proof.length; k++) {
            const bad = proof.slice();
            bad[k] = flipBit(proof[k], bit);
            check(`proof[${k}] bit ${bit}`, verifyInclusion(leaves[index], index, size, bad, roots[size]));
          }
        }
      }
    }
    expect(accepted).toEqual([]);
    expect(probes).toBeGreaterThan(50_000);
  });

  it('flipping any single bit of proof or either root breaks consistency', async () => {
    let probes = 0;
    const accepted: string[] = [];
    for (let size2 = 2; size2 <= MAX; size2++) {
      for (let size1 = 1; size1 < size2; size1++) {
        const proof = await consistencyProof(store, size1, size2);
        const bits = size2 <= 8 ? [...Array(256).keys()] : [(size1 * 41 + size2) % 256, (size1 * 41 + size2 + 128) % 256];
        const check = (what: string, ok: boolean) => {
          probes++;
          if (ok) accepted.push(`${what} ${size1}->${size2}`);
        };
        for (const bit of bits) {
          check(`root1 bit ${bit}`, verifyConsistency(size1, size2, proof, flipBit(roots[size1], bit), roots[size2]));
          check(`root2 bit ${bit}`, verifyConsistency(size1, size2, proof, roots[size1], flipBit(roots[size2], bit)));
          for (let k = 0; k < proof.length; k++) {
            const bad = proof.slice();
            bad[k] = flipBit(proof[k], bit);
            check(`proof[${k}] bit ${bit}`, verifyConsistency(size1, size2, bad, roots[size1], roots[size2]));
          }
        }
      }
    }
    expect(accepted).toEqual([]);
    expect(probes).toBeGreaterThan(50_000);
  });
});

describe('CompactRange (append path)', () => {
  it('matches MTH for every size 0..130 regardless of batch boundaries', () => {
    const leaves = syntheticLeaves(130);
    for (const batch of [1, 3, 7, 64]) {
      let range = CompactRange.empty();
      for (let start = 0; start < leaves.length; start += batch) {
        const chunk = leaves.slice(start, start + batch);
        const result = range.append(chunk);
        range = result.range;
        expect(range.size).toBe(start + chunk.length);
        expect(toHex(result.root)).toBe(toHex(rootFromLeafHashes(leaves.slice(0, range.size))));
      }
    }
  });

  it('emits each perfect subtree exactly once, with the right hash', () => {
    const n = 100;
    const leaves = syntheticLeaves(n);
    const { store } = buildStore(leaves); // put() throws on a duplicate write
    // A tree of n leaves has 2n − popcount(n) perfect subtrees.
    const popcount = n.toString(2).replace(/0/g, '').length;
    expect(store.count).toBe(2 * n - popcount);
    for (let level = 0; 2 ** level <= n; level++) {
      const width = 2 ** level;
      for (let index = 0; (index + 1) * width <= n; index++) {
        const expected = rootFromLeafHashes(leaves.slice(index * width, (index + 1) * width));
        expect(toHex(store.nodeHash(level, index))).toBe(toHex(expected));
      }
    }
  });

  it('is immutable and restorable from the store in O(log n) reads', async () => {
    const leaves = syntheticLeaves(77);
    const first = CompactRange.empty().append(leaves.slice(0, 50));
    const store = new MemoryStore();
    store.put(first.nodes);
    const again = first.range.append(leaves.slice(50)); // `first.range` is not mutated
    expect(first.range.size).toBe(50);

    store.reads = 0;
    const loaded = await CompactRange.load(store, 50);
    expect(store.reads).toBe(compactRangeNodeIds(50).length); // popcount(50) = 3
    expect(toHex(loaded.root())).toBe(toHex(first.root));
    const resumed = loaded.append(leaves.slice(50));
    expect(toHex(resumed.root)).toBe(toHex(again.root));
    expect(resumed.nodes.map((n) => `${n.level}/${n.index}/${toHex(n.hash)}`)).toEqual(
      again.nodes.map((n) => `${n.level}/${n.index}/${toHex(n.hash)}`),
    );
    expect(toHex(CompactRange.fromHashes(50, loaded.hashes()).root())).toBe(toHex(first.root));
    expect(() => CompactRange.fromHashes(50, loaded.hashes().slice(1))).toThrow(MerkleError);
  });

  it('rejects non-32-byte leaf hashes', () => {
    expect(() => CompactRange.empty().append([new Uint8Array(31)])).toThrow(MerkleError);
  });
});

describe('storage-backed proofs at scale', () => {
  // ~131k leaves: big enough that a linear-time bug would be obvious in the read counts.
  const N = 131_101;
  const leaves = syntheticLeaves(N);
  const { store, range } = buildStore(leaves);
  const log2 = Math.ceil(Math.log2(N));

  it('computes any historical root from ≤ log2(n)+1 reads', async () => {
    for (const size of [1, 2, 1000, 65_536, 99_999, N]) {
      store.reads = 0;
      const root = await rootFromReader(store, size);
      expect(store.reads).toBeLessThanOrEqual(log2 + 1);
      if (size === N) expect(toHex(root)).toBe(toHex(range.root()));
    }
    expect(toHex(await rootFromReader(store, 1000))).toBe(toHex(rootFromLeafHashes(leaves.slice(0, 1000))));
  });

  it('generates verifying proofs with O(log n) reads', async () => {
    const root = range.root();
    for (const index of [0, 1, 65_535, 65_536, 131_071, 131_072, N - 2, N - 1]) {
      store.reads = 0;
      const proof = await inclusionProof(store, index, N);
      // Perfect siblings plus at most one right-edge node rebuilt from ≤ log2(n) subtrees.
      expect(store.reads).toBeLessThanOrEqual(2 * log2);
      expect(verifyInclusion(leaves[index], index, N, proof, root)).toBe(true);
    }
    for (const size1 of [1, 7, 1024, 65_537, 100_000, N - 1]) {
      store.reads = 0;
      const proof = await consistencyProof(store, size1, N);
      expect(store.reads).toBeLessThanOrEqual(2 * log2 + 1);
      const root1 = await rootFromReader(store, size1);
      expect(verifyConsistency(size1, N, proof, root1, root)).toBe(true);
    }
  });

  it('uses a single batched read when the reader supports it', async () => {
    const batched = new BatchedStore(store);
    store.batches = 0;
    const proof = await inclusionProof(batched, 12_345, N);
    expect(store.batches).toBe(1);
    expect(hex(proof)).toEqual(hex(await inclusionProof(store, 12_345, N)));
    const plan = inclusionProofPlan(12_345, N);
    expect(plan.length).toBe(proof.length);
    expect(plan.filter((element) => element.length > 1).length).toBeLessThanOrEqual(1);
    expect(consistencyProofPlan(5, 5)).toEqual([]);
  });
});
