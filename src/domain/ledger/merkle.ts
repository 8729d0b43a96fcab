// Merkle tree of the quality-traceability transparency log (RFC 6962 §2.1, RFC 9162 §2.1).
//
// Storage model: every *perfect* subtree [index·2^level, (index+1)·2^level) that lies fully
// inside the log is persisted once, when its last leaf arrives (CompactRange.append emits
// them). Any root, inclusion proof or consistency proof for any tree size is then a fold of
// O(log n) stored nodes: proofs are planned first (pure, no I/O), read in one batch through a
// HashReader, and rehashed. Right-edge ("ephemeral") nodes are never stored; they are rebuilt
// from the perfect subtrees that cover them.
//
// Sizes and indices are JS numbers restricted to safe integers (< 2^53); arithmetic avoids
// 32-bit bitwise operators on purpose.

import { hash as cryptoHash } from 'node:crypto';
import { bytesEqual } from './bytes.js';

export const HASH_SIZE = 32;

const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

/** A perfect subtree: leaves [index·2^level, (index+1)·2^level). Level 0 is a leaf hash. */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/** A perfect-subtree hash to persist. */
export interface StoredNode extends NodeId {
  readonly hash: Uint8Array;
}

/**
 * Source of persisted perfect-subtree hashes. `nodeHash(0, i)` is the leaf hash of entry i.
 * `nodeHashes` is optional so a database-backed reader can answer a whole proof in one query.
 */
export interface HashReader {
  nodeHash(level: number, index: number): Uint8Array | Promise<Uint8Array>;
  nodeHashes?(ids: readonly NodeId[]): readonly Uint8Array[] | Promise<readonly Uint8Array[]>;
}

/**
 * A proof planned but not yet read: each element is the list of perfect subtrees (left to
 * right) whose right fold yields that proof hash. Only a right-edge element has more than one.
 */
export type ProofPlan = readonly (readonly NodeId[])[];

export class MerkleError extends Error {
  override readonly name = 'MerkleError';
}

function sha256(data: Uint8Array): Uint8Array {
  // Copy out of the Buffer so callers get a plain, unshared Uint8Array.
  return new Uint8Array(cryptoHash('sha256', data, 'buffer'));
}

// RFC 6962 §2.1 leaf hash: SHA-256(0x00 ‖ entry); the prefix stops a leaf posing as a node.
export function leafHash(entry: Uint8Array): Uint8Array {
  const buf = new Uint8Array(entry.length + 1);
  buf[0] = LEAF_PREFIX;
  buf.set(entry, 1);
  return sha256(buf);
}

// RFC 6962 §2.1 interior node: SHA-256(0x01 ‖ left ‖ right).
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  const buf = new Uint8Array(1 + left.length + right.length);
  buf[0] = NODE_PREFIX;
  buf.set(left, 1);
  buf.set(right, 1 + left.length);
  return sha256(buf);
}

// RFC 6962 §2.1 MTH({}) = SHA-256() of the empty string.
export function emptyRoot(): Uint8Array {
  return sha256(new Uint8Array(0));
}

function assertSize(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new MerkleError(`${what} must be a non-negative safe integer, got ${value}`);
  }
}

function assertHash(value: Uint8Array, what: string): void {
  if (!(value instanceof Uint8Array) || value.length !== HASH_SIZE) {
    throw new MerkleError(`${what} must be a ${HASH_SIZE}-byte hash`);
  }
}

function isValidSize(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function isHash(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === HASH_SIZE;
}

/** Largest power of two strictly below n (n ≥ 2): the RFC 6962 split point k. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  if (n < 1) return false;
  let p = 1;
  while (p < n) p *= 2;
  return p === n;
}

/** Right fold: the left-balanced RFC 6962 tree over consecutive perfect subtrees. */
function foldRight(hashes: readonly Uint8Array[]): Uint8Array {
  let acc = hashes[hashes.length - 1];
  for (let i = hashes.length - 2; i >= 0; i--) acc = nodeHash(hashes[i], acc);
  return acc;
}

// ---------------------------------------------------------------------------------------------
// Definitional (array-based) algorithms: O(n), for small trees and as the reference oracle.
// ---------------------------------------------------------------------------------------------

function mth(hashes: readonly Uint8Array[], begin: number, end: number): Uint8Array {
  const n = end - begin;
  if (n === 1) return hashes[begin];
  const k = splitPoint(n);
  return nodeHash(mth(hashes, begin, begin + k), mth(hashes, begin + k, end));
}

// RFC 6962 §2.1 MTH(D[n]) over already-hashed leaves, split at the largest power of two < n.
export function rootFromLeafHashes(hashes: readonly Uint8Array[]): Uint8Array {
  hashes.forEach((h, i) => assertHash(h, `leaf hash ${i}`));
  return hashes.length === 0 ? emptyRoot() : mth(hashes, 0, hashes.length);
}

// RFC 6962 §2.1.1 PATH(m, D[n]), computed directly from all leaf hashes (O(n)).
export function inclusionProofFromLeafHashes(index: number, hashes: readonly Uint8Array[]): Uint8Array[] {
  assertSize(index, 'index');
  if (index >= hashes.length) throw new MerkleError(`index ${index} outside tree of size ${hashes.length}`);
  const path = (m: number, begin: number, end: number): Uint8Array[] => {
    const n = end - begin;
    if (n === 1) return [];
    const k = splitPoint(n);
    return m < k
      ? [...path(m, begin, begin + k), mth(hashes, begin + k, end)]
      : [...path(m - k, begin + k, end), mth(hashes, begin, begin + k)];
  };
  return path(index, 0, hashes.length);
}

// RFC 6962 §2.1.2 PROOF(m, D[n]), computed directly from all leaf hashes of the larger tree.
export function consistencyProofFromLeafHashes(size1: number, hashes: readonly Uint8Array[]): Uint8Array[] {
  assertSize(size1, 'size1');
  if (size1 > hashes.length) throw new MerkleError(`size1 ${size1} exceeds size2 ${hashes.length}`);
  if (size1 === 0 || size1 === hashes.length) return [];
  const subproof = (m: number, begin: number, end: number, complete: boolean): Uint8Array[] => {
    const n = end - begin;
    if (m === n) return complete ? [] : [mth(hashes, begin, end)];
    const k = splitPoint(n);
    return m <= k
      ? [...subproof(m, begin, begin + k, complete), mth(hashes, begin + k, end)]
      : [...subproof(m - k, begin + k, end, false), mth(hashes, begin, begin + k)];
  };
  return subproof(size1, 0, hashes.length, true);
}

// ---------------------------------------------------------------------------------------------
// Storage-backed algorithms: plan (pure) → read O(log n) perfect nodes → rehash.
// ---------------------------------------------------------------------------------------------

/**
 * Perfect subtrees covering [begin, end), largest first. Every range produced by the RFC 6962
 * recursion is aligned (begin is a multiple of the next power of two ≥ its length), so the
 * greedy cover is exactly the left-balanced decomposition of MTH(D[begin:end]).
 */
function rangeCover(begin: number, end: number): NodeId[] {
  const ids: NodeId[] = [];
  let pos = begin;
  while (pos < end) {
    let width = 1;
    let level = 0;
    while (width * 2 <= end - pos) {
      width *= 2;
      level++;
    }
    if (pos % width !== 0) throw new MerkleError(`unaligned range [${begin}, ${end})`);
    ids.push({ level, index: pos / width });
    pos += width;
  }
  return ids;
}

// RFC 6962 §2.1.1 PATH(m, D[n]) as a read plan over perfect subtrees (leaf-side element first).
export function inclusionProofPlan(index: number, size: number): ProofPlan {
  assertSize(index, 'index');
  assertSize(size, 'size');
  if (index >= size) throw new MerkleError(`index ${index} outside tree of size ${size}`);
  // Walk root-down (that is the recursion order), then reverse: PATH lists the deepest first.
  const plan: NodeId[][] = [];
  let begin = 0;
  let end = size;
  let m = index;
  while (end - begin > 1) {
    const k = splitPoint(end - begin);
    if (m < k) {
      plan.push(rangeCover(begin + k, end));
      end = begin + k;
    } else {
      plan.push(rangeCover(begin, begin + k));
      begin += k;
      m -= k;
    }
  }
  return plan.reverse();
}

// RFC 6962 §2.1.2 PROOF(m, D[n]) = SUBPROOF(m, D[n], true) as a read plan over perfect subtrees.
export function consistencyProofPlan(size1: number, size2: number): ProofPlan {
  assertSize(size1, 'size1');
  assertSize(size2, 'size2');
  if (size1 > size2) throw new MerkleError(`size1 ${size1} exceeds size2 ${size2}`);
  if (size1 === 0 || size1 === size2) return [];
  const plan: NodeId[][] = [];
  let begin = 0;
  let end = size2;
  let m = size1;
  let complete = true; // SUBPROOF's b: old root is the verifier's own root1, so it is omitted.
  for (;;) {
    const n = end - begin;
    if (m === n) {
      if (!complete) plan.push(rangeCover(begin, end));
      break;
    }
    const k = splitPoint(n);
    if (m <= k) {
      plan.push(rangeCover(begin + k, end));
      end = begin + k;
    } else {
      plan.push(rangeCover(begin, begin + k));
      begin += k;
      m -= k;
      complete = false;
    }
  }
  return plan.reverse();
}

// RFC 6962 §2.1 MTH(D[n]) as the perfect subtrees of n's binary decomposition (its compact range).
export function compactRangeNodeIds(size: number): NodeId[] {
  assertSize(size, 'size');
  return rangeCover(0, size);
}

// RFC 6962 §2.1 MTH: rehash a planned proof from the hashes of its flattened node ids.
export function proofFromPlan(plan: ProofPlan, hashes: readonly Uint8Array[]): Uint8Array[] {
  const expected = plan.reduce((n, element) => n + element.length, 0);
  if (hashes.length !== expected) {
    throw new MerkleError(`plan needs ${expected} node hashes, got ${hashes.length}`);
  }
  const proof: Uint8Array[] = [];
  let offset = 0;
  for (const element of plan) {
    proof.push(foldRight(hashes.slice(offset, offset + element.length)));
    offset += element.length;
  }
  return proof;
}

async function readNodes(reader: HashReader, ids: readonly NodeId[]): Promise<Uint8Array[]> {
  if (ids.length === 0) return [];
  const hashes = reader.nodeHashes
    ? [...(await reader.nodeHashes(ids))]
    : await Promise.all(ids.map((id) => reader.nodeHash(id.level, id.index)));
  if (hashes.length !== ids.length) {
    throw new MerkleError(`reader returned ${hashes.length} hashes for ${ids.length} nodes`);
  }
  hashes.forEach((h, i) => assertHash(h, `stored node (${ids[i].level}, ${ids[i].index})`));
  return hashes;
}

// RFC 6962 §2.1.1 audit path for entry `index` in the tree of `size`, from stored nodes.
export async function inclusionProof(reader: HashReader, index: number, size: number): Promise<Uint8Array[]> {
  const plan = inclusionProofPlan(index, size);
  return proofFromPlan(plan, await readNodes(reader, plan.flat()));
}

// RFC 6962 §2.1.2 consistency proof between tree sizes size1 ≤ size2, from stored nodes.
export async function consistencyProof(reader: HashReader, size1: number, size2: number): Promise<Uint8Array[]> {
  const plan = consistencyProofPlan(size1, size2);
  return proofFromPlan(plan, await readNodes(reader, plan.flat()));
}

// RFC 6962 §2.1 MTH(D[size]) of any historical size, from O(log n) stored nodes.
export async function rootFromReader(reader: HashReader, size: number): Promise<Uint8Array> {
  return (await CompactRange.load(reader, size)).root();
}

// ---------------------------------------------------------------------------------------------
// Append path.
// ---------------------------------------------------------------------------------------------

export interface AppendResult {
  /** The range after the append (the receiver is immutable). */
  readonly range: CompactRange;
  /** Every perfect subtree completed by the append, leaves included: persist these. */
  readonly nodes: readonly StoredNode[];
  /** MTH of the new tree. */
  readonly root: Uint8Array;
}

/**
 * Compact range [0, size): the perfect subtrees of size's binary decomposition, largest first.
 * At most log2(size)+1 hashes summarise the whole log, so an append needs no reads beyond
 * `load` and completes each perfect subtree exactly once.
 */
export class CompactRange {
  private constructor(
    readonly size: number,
    private readonly peaks: readonly Uint8Array[],
  ) {}

  // RFC 6962 §2.1 MTH({}): the range of the empty log.
  static empty(): CompactRange {
    return new CompactRange(0, []);
  }

  // RFC 6962 §2.1: restore from the hashes of compactRangeNodeIds(size), left to right.
  static fromHashes(size: number, hashes: readonly Uint8Array[]): CompactRange {
    const ids = compactRangeNodeIds(size);
    if (hashes.length !== ids.length) {
      throw new MerkleError(`size ${size} needs ${ids.length} compact-range hashes, got ${hashes.length}`);
    }
    hashes.forEach((h, i) => assertHash(h, `compact-range hash ${i}`));
    return new CompactRange(
      size,
      hashes.map((h) => new Uint8Array(h)),
    );
  }

  // RFC 6962 §2.1: restore the range of `size` from a store in O(log n) reads.
  static async load(reader: HashReader, size: number): Promise<CompactRange> {
    return CompactRange.fromHashes(size, await readNodes(reader, compactRangeNodeIds(size)));
  }

  /** Hashes of compactRangeNodeIds(size), largest subtree first. */
  hashes(): Uint8Array[] {
    return this.peaks.map((h) => new Uint8Array(h));
  }

  // RFC 6962 §2.1 MTH(D[size]): right fold of the peaks.
  root(): Uint8Array {
    return this.peaks.length === 0 ? emptyRoot() : foldRight(this.peaks);
  }

  // RFC 6962 §2.1: append leaf hashes; amortised O(1), worst case O(log n) hashes per leaf.
  append(leafHashes: Iterable<Uint8Array>): AppendResult {
    const peaks = [...this.peaks];
    const nodes: StoredNode[] = [];
    let size = this.size;
    for (const leaf of leafHashes) {
      assertHash(leaf, `leaf hash ${size}`);
      if (size + 1 > Number.MAX_SAFE_INTEGER) throw new MerkleError('log size exceeds 2^53 - 1');
      let hash: Uint8Array = new Uint8Array(leaf);
      nodes.push({ level: 0, index: size, hash });
      // Each trailing 1-bit of the old size is a peak of equal height waiting for a sibling.
      let rest = size;
      let level = 0;
      let width = 1;
      while (rest % 2 === 1) {
        const left = peaks.pop();
        if (!left) throw new MerkleError('compact range corrupted');
        hash = nodeHash(left, hash);
        level++;
        width *= 2;
        rest = (rest - 1) / 2;
        nodes.push({ level, index: (size + 1) / width - 1, hash });
      }
      peaks.push(hash);
      size++;
    }
    const range = new CompactRange(size, peaks);
    return { range, nodes, root: range.root() };
  }
}

// ---------------------------------------------------------------------------------------------
// Verification (client side).
// ---------------------------------------------------------------------------------------------

// RFC 9162 §2.1.3.2 steps 1–4: the root implied by an inclusion proof; throws if malformed.
export function rootFromInclusionProof(leaf: Uint8Array, index: number, treeSize: number, proof: readonly Uint8Array[]): Uint8Array {
  assertSize(index, 'index');
  assertSize(treeSize, 'treeSize');
  if (index >= treeSize) throw new MerkleError(`index ${index} outside tree of size ${treeSize}`);
  assertHash(leaf, 'leaf hash');
  proof.forEach((p, i) => assertHash(p, `proof[${i}]`));
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) throw new MerkleError('inclusion proof too long');
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      // On the right edge: climb past levels where this node has no right sibling.
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn /= 2;
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) throw new MerkleError('inclusion proof too short');
  return r;
}

// RFC 9162 §2.1.3.2: does `proof` show leaf `index` is in the tree of `treeSize` with `root`?
export function verifyInclusion(
  leaf: Uint8Array,
  index: number,
  treeSize: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!isHash(root)) return false;
  try {
    return bytesEqual(rootFromInclusionProof(leaf, index, treeSize, proof), root);
  } catch (err) {
    if (err instanceof MerkleError) return false;
    throw err;
  }
}

// RFC 9162 §2.1.4.2: does `proof` show the tree (size2, root2) extends (size1, root1)?
export function verifyConsistency(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): boolean {
  if (!isValidSize(size1) || !isValidSize(size2) || size1 > size2) return false;
  if (!isHash(root1) || !isHash(root2) || !proof.every(isHash)) return false;
  if (size1 === size2) return proof.length === 0 && bytesEqual(root1, root2);
  // Every tree extends the empty one; insisting root1 is MTH({}) rejects a bogus "old root".
  if (size1 === 0) return proof.length === 0 && bytesEqual(root1, emptyRoot());
  // Step 1.
  if (proof.length === 0) return false;
  // Step 2: a perfect old tree is itself the first node of the path, so it is not sent.
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : proof;
  // Steps 3–4.
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  // Step 5.
  let fr = path[0];
  let sr = path[0];
  // Step 6.
  for (let i = 1; i < path.length; i++) {
    const c = path[i];
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn /= 2;
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  // Step 7.
  return sn === 0 && bytesEqual(fr, root1) && bytesEqual(sr, root2);
}
