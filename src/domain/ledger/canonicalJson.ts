// RFC 8785 JSON Canonicalization Scheme (JCS): the byte form of a ledger entry that is hashed
// into the log, so that the same entry always yields the same leaf hash.
//
// Deliberately stricter than JSON.stringify: anything JSON.stringify would silently drop or
// coerce (undefined, functions, NaN, Date via toJSON, Map, class instances) is an error, because
// a silently different document would still hash "successfully".

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

// A lone surrogate cannot be encoded as UTF-8 (RFC 8785 §3.2.2.2 requires I-JSON strings).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function serialize(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      // §3.2.2.3: ECMAScript Number::toString; -0 prints as "0". I-JSON has no NaN/Infinity.
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path}: non-finite number ${value}`);
      return String(value);
    case 'string':
      if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError(`${path}: string has a lone surrogate`);
      // §3.2.2.2: JSON.stringify's escaping of well-formed strings is exactly the JCS escaping.
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`${path}: ${typeof value} is not JSON`);
  }

  const obj = value as object;
  if (ancestors.has(obj)) throw new CanonicalJsonError(`${path}: cyclic structure`);
  ancestors.add(obj);
  try {
    if (Array.isArray(obj)) {
      const parts: string[] = [];
      for (let i = 0; i < obj.length; i++) {
        if (!(i in obj)) throw new CanonicalJsonError(`${path}[${i}]: sparse array hole`);
        const item: unknown = obj[i];
        if (item === undefined) throw new CanonicalJsonError(`${path}[${i}]: undefined`);
        parts.push(serialize(item, `${path}[${i}]`, ancestors));
      }
      return `[${parts.join(',')}]`;
    }
    const proto: unknown = Object.getPrototypeOf(obj);
    if (proto !== Object.prototype && proto !== null) {
      throw new CanonicalJsonError(`${path}: only plain objects are JSON (got ${obj.constructor?.name ?? 'exotic object'})`);
    }
    if (Object.getOwnPropertySymbols(obj).length > 0) {
      throw new CanonicalJsonError(`${path}: symbol-keyed property`);
    }
    // §3.2.3: sort by UTF-16 code units, which is exactly the default Array#sort order.
    const keys = Object.keys(obj).sort();
    const record = obj as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of keys) {
      const item = record[key];
      const itemPath = `${path}[${JSON.stringify(key)}]`;
      if (item === undefined) throw new CanonicalJsonError(`${itemPath}: undefined`);
      if (LONE_SURROGATE.test(key)) throw new CanonicalJsonError(`${itemPath}: key has a lone surrogate`);
      parts.push(`${JSON.stringify(key)}:${serialize(item, itemPath, ancestors)}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    ancestors.delete(obj);
  }
}

// RFC 8785 §3.2 canonical JSON text: sorted keys, ES number form, no insignificant whitespace.
export function canonicalize(value: unknown): string {
  return serialize(value, '$', new Set());
}

// RFC 8785 §3.2.4: the canonical text encoded as UTF-8 (the bytes to hash or sign).
export function canonicalizeToBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalize(value));
}
