// Byte helpers shared by the ledger codecs. Strict by design: a signed artefact must have
// exactly one textual form, otherwise two different strings could carry "the same" signature.

const BASE64_SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const HEX_SHAPE = /^(?:[0-9a-fA-F]{2})*$/;

// RFC 4648 §4 base64 (standard alphabet, padded).
export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

// RFC 4648 §4 base64, canonical form only; undefined when malformed.
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!BASE64_SHAPE.test(text)) return undefined;
  const decoded = Buffer.from(text, 'base64');
  // Buffer ignores non-zero padding bits; re-encoding rejects those non-canonical spellings.
  if (decoded.toString('base64') !== text) return undefined;
  return new Uint8Array(decoded);
}

// RFC 4648 §8 base16, lower case.
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

// RFC 4648 §8 base16; throws on odd length or non-hex characters.
export function fromHex(text: string): Uint8Array {
  if (!HEX_SHAPE.test(text)) throw new TypeError(`invalid hex string: ${JSON.stringify(text)}`);
  return new Uint8Array(Buffer.from(text, 'hex'));
}

// Byte-wise equality (hashes and signatures here are public, so no constant-time need).
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
