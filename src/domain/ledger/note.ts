// C2SP signed-note (https://c2sp.org/signed-note) with Ed25519, wire-compatible with
// golang.org/x/mod/sumdb/note: same key strings, key hashes and signature lines, so notes and
// checkpoints from this log verify with Go tooling and vice versa.

import {
  createHash,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  sign as cryptoSign,
  verify as cryptoVerify,
  type KeyObject,
} from 'node:crypto';
import { decodeBase64, encodeBase64 } from './bytes.js';

/** Signature type byte for Ed25519 (C2SP signed-note §Signature types). */
const ALG_ED25519 = 0x01;
/** Go accepts at most 100 signature lines; the spec asks for at least 16. */
const MAX_SIGNATURES = 100;
const SIG_PREFIX = '\u2014 '; // em dash + space
// DER wrappers that let node:crypto import raw 32-byte Ed25519 keys (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
// Go's unicode.IsSpace set (White_Space): names must not contain any of these.
const UNICODE_SPACE = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Controls other than newline are forbidden anywhere in a note.
const FORBIDDEN_CONTROL = /[\u0000-\u0009\u000B-\u001F]/;
const KEY_HASH_HEX = /^[0-9a-fA-F]{8}$/;

export class NoteError extends Error {
  override readonly name = 'NoteError';
}

export interface NoteSigner {
  readonly name: string;
  /** uint32 key ID. */
  readonly keyHash: number;
  sign(message: Uint8Array): Uint8Array;
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyHash: number;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

export interface NoteSignature {
  readonly name: string;
  readonly keyHash: number;
  /** base64(keyHash ‖ signature) exactly as it appeared on the line. */
  readonly base64: string;
}

export interface OpenedNote {
  /** The signed text, including its final newline. */
  readonly text: string;
  /** Signatures by the given verifiers, all checked. */
  readonly signatures: readonly NoteSignature[];
  /** Signatures by unknown keys (e.g. witnesses), ignored as the spec requires. */
  readonly unverified: readonly NoteSignature[];
}

export interface NoteKeyPair {
  /** PRIVATE+KEY+<name>+<hash>+<base64(0x01‖seed)> — keep secret. */
  readonly signerKey: string;
  /** <name>+<hash>+<base64(0x01‖publicKey)> — publish. */
  readonly verifierKey: string;
}

// C2SP signed-note §Signatures key name: non-empty, no Unicode spaces, no '+'.
export function isValidKeyName(name: string): boolean {
  return name !== '' && !UNICODE_SPACE.test(name) && !name.includes('+') && !LONE_SURROGATE.test(name);
}

// C2SP signed-note §Signatures key ID: SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian.
export function noteKeyHash(name: string, encodedPublicKey: Uint8Array): number {
  const digest = createHash('sha256').update(name, 'utf8').update('\n').update(encodedPublicKey).digest();
  return digest.readUInt32BE(0);
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** chop as in Go's note package: split at the first `sep`; no sep → (s, ''). */
function chop(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + sep.length)];
}

function ed25519FromSeed(seed: Uint8Array): { privateKey: KeyObject; publicKey: Uint8Array } {
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return { privateKey, publicKey: new Uint8Array(spki.subarray(SPKI_ED25519_PREFIX.length)) };
}

function encodedPublicKey(publicKey: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + publicKey.length);
  out[0] = ALG_ED25519;
  out.set(publicKey, 1);
  return out;
}

function signerFromSeed(name: string, seed: Uint8Array): { signer: NoteSigner; verifierKey: string } {
  const { privateKey, publicKey } = ed25519FromSeed(seed);
  const encoded = encodedPublicKey(publicKey);
  const keyHash = noteKeyHash(name, encoded);
  const signer: NoteSigner = {
    name,
    keyHash,
    sign: (message) => new Uint8Array(cryptoSign(null, message, privateKey)),
  };
  return { signer, verifierKey: `${name}+${hex8(keyHash)}+${encodeBase64(encoded)}` };
}

// C2SP signed-note §Ed25519 signatures: fresh key pair in Go's note key-string format.
export function generateSignerKey(name: string): NoteKeyPair {
  if (!isValidKeyName(name)) throw new NoteError(`invalid key name ${JSON.stringify(name)}`);
  const seed = randomBytes(32);
  const { signer, verifierKey } = signerFromSeed(name, seed);
  const privateEncoded = new Uint8Array(33);
  privateEncoded[0] = ALG_ED25519;
  privateEncoded.set(seed, 1);
  return {
    signerKey: `PRIVATE+KEY+${name}+${hex8(signer.keyHash)}+${encodeBase64(privateEncoded)}`,
    verifierKey,
  };
}

function parseSignerKeyFull(signerKey: string): { signer: NoteSigner; verifierKey: string } {
  const [priv1, r1] = chop(signerKey, '+');
  const [priv2, r2] = chop(r1, '+');
  const [name, r3] = chop(r2, '+');
  const [hash16, key64] = chop(r3, '+');
  const key = decodeBase64(key64);
  if (priv1 !== 'PRIVATE' || priv2 !== 'KEY' || !KEY_HASH_HEX.test(hash16) || !isValidKeyName(name) || !key || key.length === 0) {
    throw new NoteError('malformed signer key');
  }
  if (key[0] !== ALG_ED25519) throw new NoteError('unknown signer key algorithm');
  if (key.length !== 33) throw new NoteError('malformed signer key');
  const parsed = signerFromSeed(name, key.subarray(1));
  // The hash names the *public* key, so it can only be checked after deriving it.
  if (parsed.signer.keyHash !== Number.parseInt(hash16, 16)) throw new NoteError('signer key hash mismatch');
  return parsed;
}

// C2SP signed-note §Ed25519 signatures: parse "PRIVATE+KEY+name+hash+base64(0x01‖seed)".
export function parseSignerKey(signerKey: string): NoteSigner {
  return parseSignerKeyFull(signerKey).signer;
}

// C2SP signed-note §Signatures: the public verifier key string for a signer key string.
export function verifierKeyFromSignerKey(signerKey: string): string {
  return parseSignerKeyFull(signerKey).verifierKey;
}

// C2SP signed-note §Signatures: parse "name+hash+base64(0x01‖publicKey)".
export function parseVerifierKey(verifierKey: string): NoteVerifier {
  const [name, r1] = chop(verifierKey, '+');
  const [hash16, key64] = chop(r1, '+');
  const key = decodeBase64(key64);
  if (!KEY_HASH_HEX.test(hash16) || !isValidKeyName(name) || !key || key.length === 0) {
    throw new NoteError('malformed verifier key');
  }
  const keyHash = Number.parseInt(hash16, 16);
  if (keyHash !== noteKeyHash(name, key)) throw new NoteError('verifier key hash mismatch');
  if (key[0] !== ALG_ED25519) throw new NoteError('unknown verifier key algorithm');
  if (key.length !== 33) throw new NoteError('malformed verifier key');
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({
      key: Buffer.concat([SPKI_ED25519_PREFIX, key.subarray(1)]),
      format: 'der',
      type: 'spki',
    });
  } catch {
    throw new NoteError('malformed verifier key');
  }
  return {
    name,
    keyHash,
    verify: (message, signature) => signature.length === 64 && cryptoVerify(null, message, publicKey, signature),
  };
}

function assertNoteCharacters(text: string): void {
  if (FORBIDDEN_CONTROL.test(text) || LONE_SURROGATE.test(text)) throw new NoteError('malformed note');
}

// C2SP signed-note §Format: text ‖ "\n" ‖ one "— name base64(keyID ‖ sig)\n" line per signer.
export function signNote(text: string, signers: NoteSigner | readonly NoteSigner[]): string {
  const list: readonly NoteSigner[] = Array.isArray(signers) ? signers : [signers as NoteSigner];
  if (!text.endsWith('\n')) throw new NoteError('note text must end with a newline');
  assertNoteCharacters(text);
  if (list.length === 0) throw new NoteError('no signers');
  const message = new TextEncoder().encode(text);
  let lines = '';
  for (const signer of list) {
    if (!isValidKeyName(signer.name)) throw new NoteError(`invalid signer name ${JSON.stringify(signer.name)}`);
    const sig = signer.sign(message);
    const blob = new Uint8Array(4 + sig.length);
    new DataView(blob.buffer).setUint32(0, signer.keyHash >>> 0, false);
    blob.set(sig, 4);
    lines += `${SIG_PREFIX}${signer.name} ${encodeBase64(blob)}\n`;
  }
  return `${text}\n${lines}`;
}

// C2SP signed-note §Signatures: open a note, requiring ≥1 valid signature from `verifiers`.
export function verifyNote(noteText: string, verifiers: string | NoteVerifier | readonly (string | NoteVerifier)[]): OpenedNote {
  const known = (Array.isArray(verifiers) ? verifiers : [verifiers]).map((v: string | NoteVerifier) =>
    typeof v === 'string' ? parseVerifierKey(v) : v,
  );

  assertNoteCharacters(noteText);
  // The text ends at the *last* blank line; it may itself contain blank lines.
  const split = noteText.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('malformed note');
  const text = noteText.slice(0, split + 1);
  const block = noteText.slice(split + 2);
  if (block === '' || !block.endsWith('\n')) throw new NoteError('malformed note');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw new NoteError('malformed note');

  const message = new TextEncoder().encode(text);
  const signatures: NoteSignature[] = [];
  const unverified: NoteSignature[] = [];
  const seenVerified = new Set<string>();
  const seenUnverified = new Set<string>();
  for (const line of lines) {
    if (!line.startsWith(SIG_PREFIX)) throw new NoteError('malformed note');
    const [name, b64] = chop(line.slice(SIG_PREFIX.length), ' ');
    const raw = decodeBase64(b64);
    if (!isValidKeyName(name) || b64 === '' || !raw || raw.length < 5) throw new NoteError('malformed note');
    const keyHash = new DataView(raw.buffer, raw.byteOffset, raw.byteLength).getUint32(0, false);
    const entry: NoteSignature = { name, keyHash, base64: b64 };

    // Known keys are identified by name AND key ID; a match on only one is someone else's key.
    const matches = known.filter((v) => v.name === name && v.keyHash === keyHash);
    if (matches.length === 0) {
      if (!seenUnverified.has(line)) {
        seenUnverified.add(line);
        unverified.push(entry);
      }
      continue;
    }
    if (matches.length > 1) throw new NoteError(`ambiguous key ${name}+${hex8(keyHash)}`);
    const id = `${name}+${hex8(keyHash)}`;
    if (seenVerified.has(id)) continue;
    seenVerified.add(id);
    // A failing signature from a trusted key means tampering: reject the whole note.
    if (!matches[0].verify(message, raw.subarray(4))) throw new NoteError(`invalid signature for key ${id}`);
    signatures.push(entry);
  }
  if (signatures.length === 0) throw new NoteError('note has no verifiable signatures');
  return { text, signatures, unverified };
}
