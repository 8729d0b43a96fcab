// Browser-side verification of the quality ledger, with WebCrypto only (SHA-256 and Ed25519 via crypto.subtle),
// so the page proves inclusion itself instead of trusting the server's word. Mirrors the server's domain code
// (src/domain/ledger, which uses node:crypto) and is tested against it.

const enc = new TextEncoder();

export class VerifyError extends Error {
  constructor(
    readonly step: 'key' | 'checkpoint' | 'proof' | 'entry',
    message: string,
  ) {
    super(message);
  }
}

export function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function subtle(): SubtleCrypto {
  if (!globalThis.crypto?.subtle) throw new VerifyError('key', 'WebCrypto is unavailable (the page must be served over HTTPS)');
  return globalThis.crypto.subtle;
}

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', data as BufferSource));
}

// RFC 6962 §2.1: leaf = SHA-256(0x00 ‖ entry), node = SHA-256(0x01 ‖ left ‖ right).
export const leafHash = (entry: Uint8Array) => sha256(concat(new Uint8Array([0]), entry));
export const nodeHash = (left: Uint8Array, right: Uint8Array) => sha256(concat(new Uint8Array([1]), left, right));

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

// RFC 9162 §2.1.3.2: the root an inclusion proof implies for leaf `index` of a tree of `size`.
export async function rootFromInclusionProof(leaf: Uint8Array, index: number, size: number, proof: Uint8Array[]): Promise<Uint8Array> {
  if (!(index >= 0 && index < size)) throw new VerifyError('proof', `index ${index} outside tree of size ${size}`);
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (p.length !== 32) throw new VerifyError('proof', 'proof hash is not 32 bytes');
    if (sn === 0) throw new VerifyError('proof', 'inclusion proof too long');
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn /= 2;
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) throw new VerifyError('proof', 'inclusion proof too short');
  return r;
}

export type VerifierKey = { name: string; keyHash: number; publicKey: Uint8Array; fingerprint: string };

// C2SP signed-note: "<name>+<hex key hash>+<base64(0x01 ‖ Ed25519 public key)>"; the hash is
// SHA-256(name ‖ "\n" ‖ 0x01 ‖ key)[:4], so a key cannot be relabelled.
export async function parseVerifierKey(vkey: string): Promise<VerifierKey> {
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(vkey.trim());
  if (!m) throw new VerifyError('key', 'malformed verifier key');
  const key = fromBase64(m[3]);
  if (key.length !== 33 || key[0] !== 0x01) throw new VerifyError('key', 'not an Ed25519 verifier key');
  const digest = await sha256(concat(enc.encode(m[1] + '\n'), key));
  const keyHash = new DataView(digest.buffer).getUint32(0, false);
  if (keyHash !== Number.parseInt(m[2], 16)) throw new VerifyError('key', 'verifier key hash mismatch');
  return { name: m[1], keyHash, publicKey: key.subarray(1), fingerprint: m[2] };
}

export type OpenedCheckpoint = { origin: string; size: number; root: Uint8Array; text: string };

// C2SP signed-note + tlog-checkpoint: verify the signature line of `key`, then parse origin, size, root.
export async function openCheckpoint(note: string, key: VerifierKey): Promise<OpenedCheckpoint> {
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new VerifyError('checkpoint', 'malformed note');
  const text = note.slice(0, split + 1);
  const lines = note
    .slice(split + 2)
    .split('\n')
    .filter((l) => l !== '');
  let verified = false;
  for (const line of lines) {
    if (!line.startsWith('\u2014 ')) throw new VerifyError('checkpoint', 'malformed signature line');
    const [name, b64] = line.slice(2).split(' ');
    if (name !== key.name || !b64) continue;
    const raw = fromBase64(b64);
    if (raw.length !== 68 || new DataView(raw.buffer).getUint32(0, false) !== key.keyHash) continue;
    let ok = false;
    try {
      const pub = await subtle().importKey('raw', key.publicKey as BufferSource, { name: 'Ed25519' }, false, ['verify']);
      ok = await subtle().verify({ name: 'Ed25519' }, pub, raw.subarray(4) as BufferSource, enc.encode(text) as BufferSource);
    } catch (err) {
      throw new VerifyError('checkpoint', `this browser cannot verify Ed25519 signatures (${(err as Error).message})`);
    }
    if (!ok) throw new VerifyError('checkpoint', 'invalid checkpoint signature');
    verified = true;
  }
  if (!verified) throw new VerifyError('checkpoint', 'checkpoint is not signed by the published key');
  const body = text.slice(0, -1).split('\n');
  if (body.length < 3 || !/^(0|[1-9][0-9]*)$/.test(body[1])) throw new VerifyError('checkpoint', 'malformed checkpoint');
  const root = fromBase64(body[2]);
  if (root.length !== 32) throw new VerifyError('checkpoint', 'malformed root hash');
  return { origin: body[0], size: Number(body[1]), root, text };
}

export type Verification = { checkpoint: OpenedCheckpoint; key: VerifierKey; leaf: Uint8Array; computedRoot: Uint8Array; entry: unknown };

/** Checks that `entry` is leaf `index` of the tree signed in `checkpointNote` by `vkey`. Throws VerifyError. */
export async function verifyEntryInclusion(input: {
  vkey: string;
  checkpoint: string;
  entry: Uint8Array;
  index: number;
  proof: string[];
  origin?: string;
}): Promise<Verification> {
  const key = await parseVerifierKey(input.vkey);
  const checkpoint = await openCheckpoint(input.checkpoint, key);
  if (input.origin && checkpoint.origin !== input.origin) throw new VerifyError('checkpoint', `checkpoint is for ${checkpoint.origin}`);
  let entry: unknown;
  try {
    entry = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(input.entry));
  } catch {
    throw new VerifyError('entry', 'entry is not UTF-8 JSON');
  }
  const leaf = await leafHash(input.entry);
  const computedRoot = await rootFromInclusionProof(leaf, input.index, checkpoint.size, input.proof.map(fromBase64));
  if (!equal(computedRoot, checkpoint.root)) throw new VerifyError('proof', 'the proof does not lead to the signed root');
  return { checkpoint, key, leaf, computedRoot, entry };
}
