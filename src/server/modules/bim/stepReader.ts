// The STEP tokeniser behind the take-off's line reads (see stepLines.ts): one entity line of an IFC file in web-ifc's
// raw form (GetRawLineData), from the bytes alone. No web-ifc here, so the take-off thread can use it.

export type RawValue = null | { type: number; value?: unknown; typecode?: number } | RawValue[];
export interface RawLine {
  ID: number;
  type: number;
  arguments: RawValue[];
}

/** web-ifc's raw value kinds. */
export const RAW_KIND = { STRING: 1, LABEL: 2, ENUM: 3, REAL: 4, REF: 5, INTEGER: 10 } as const;
const { STRING, LABEL, ENUM, REAL, REF, INTEGER } = RAW_KIND;

/** A token this reader does not reproduce: the line goes to web-ifc. */
const UNSURE = Symbol('unsure');
/** A derived attribute (`*`): web-ifc's raw arguments leave it out. */
const DERIVED = Symbol('derived');
type Parsed = RawValue | typeof UNSURE | typeof DERIVED;

const C = {
  HASH: 0x23,
  EQ: 0x3d,
  LP: 0x28,
  RP: 0x29,
  COMMA: 0x2c,
  SEMI: 0x3b,
  QUOTE: 0x27,
  DOLLAR: 0x24,
  STAR: 0x2a,
  DOT: 0x2e,
  BACKSLASH: 0x5c,
  LF: 0x0a,
  CR: 0x0d,
} as const;
const OUTSIDE_PRINTABLE_ASCII = /[^\x20-\x7e]/;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isNameChar = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || isDigit(c) || c === 0x5f;

export class StepReader {
  /** Byte offset just after `#id=`, by express id; negative where web-ifc must answer. */
  readonly offsets: Int32Array | Map<number, number>;
  private readonly typeCodes = new Map<string, number>();
  /** The file as a one-byte string, so tokens are substrings rather than a decoder call each. */
  private readonly text: string;
  private i = 0;

  constructor(
    private readonly bytes: Uint8Array,
    /** web-ifc's type code of an upper-case entity or type name, 0 for a name the schema does not know. */
    private readonly codeOf: (upperName: string) => number,
    /** The file's index when the caller already made it (the worker checks its limits on it before parsing). */
    index?: StepIndex,
  ) {
    this.offsets = (index ?? indexStepInstances(bytes, Infinity)).offsets ?? new Map();
    this.text = new TextDecoder('latin1').decode(bytes);
  }

  /** The line in web-ifc's raw form, or null where web-ifc must read it. */
  raw(id: number): RawLine | null {
    const at = this.offsetOf(id);
    if (at < 0) return null;
    this.i = at;
    this.space();
    const type = this.openType();
    if (!type) return null;
    const args = this.list();
    if (args === UNSURE) return null;
    this.space();
    if (this.bytes[this.i] !== C.SEMI) return null;
    return { ID: id, type, arguments: args };
  }

  private offsetOf(id: number): number {
    return this.offsets instanceof Map ? (this.offsets.get(id) ?? -1) : (this.offsets[id] ?? -1);
  }

  /** A type name and its opening parenthesis, as in `IFCWALL(` or `IFCLABEL(`: the type code, or 0 where unsure. */
  private openType(): number {
    const b = this.bytes;
    const start = this.i;
    while (isNameChar(b[this.i]!)) this.i++;
    const code = this.typeCode(start, this.i);
    if (!code) return 0;
    this.space();
    if (b[this.i] !== C.LP) return 0;
    this.i++;
    return code;
  }

  private typeCode(start: number, end: number): number {
    const name = this.text.slice(start, end);
    let code = this.typeCodes.get(name);
    if (code === undefined) {
      code = name ? this.codeOf(name.toUpperCase()) : 0;
      this.typeCodes.set(name, code);
    }
    return code;
  }

  private space(): void {
    const b = this.bytes;
    for (let c = b[this.i]!; c === 0x20 || c === C.LF || c === C.CR || c === 0x09; c = b[++this.i]!);
  }

  /** Values up to the closing parenthesis (the opening one is consumed). */
  private list(): RawValue[] | typeof UNSURE {
    const b = this.bytes;
    const out: RawValue[] = [];
    this.space();
    if (b[this.i] === C.RP) {
      this.i++;
      return out;
    }
    for (;;) {
      const v = this.value();
      if (v === UNSURE) return UNSURE;
      if (v !== DERIVED) out.push(v);
      this.space();
      const c = b[this.i];
      this.i++;
      if (c === C.COMMA) continue;
      if (c === C.RP) return out;
      return UNSURE;
    }
  }

  private value(): Parsed {
    const b = this.bytes;
    this.space();
    const c = b[this.i]!;
    if (c === C.DOLLAR) {
      this.i++;
      return null;
    }
    if (c === C.STAR) {
      this.i++;
      return DERIVED;
    }
    if (c === C.HASH) {
      let id = 0;
      let j = this.i + 1;
      const start = j;
      while (isDigit(b[j]!)) id = id * 10 + (b[j++]! - 0x30);
      if (j === start) return UNSURE;
      this.i = j;
      return { type: REF, value: id };
    }
    if (c === C.QUOTE) {
      const s = this.string();
      return s === UNSURE ? UNSURE : { type: STRING, value: s };
    }
    if (c === C.DOT) {
      const e = this.enumeration();
      // web-ifc reads .U. as an enumeration without a value, and .T./.F. as enumerations holding true/false
      // (IfcDoorType.ParameterTakesPrecedence in the shared models).
      if (e === UNSURE) return UNSURE;
      return e === 'U' ? { type: ENUM } : { type: ENUM, value: e === 'T' ? true : e === 'F' ? false : e };
    }
    if (c === C.LP) {
      this.i++;
      return this.list();
    }
    if (isDigit(c) || c === 0x2d || c === 0x2b) {
      const n = this.number();
      // A real keeps its text (web-ifc keeps the precision as written); a bare integer is web-ifc's kind 10
      // (IfcStairFlight.NumberOfRisers in the shared models).
      if (n === UNSURE) return UNSURE;
      return typeof n === 'number' ? { type: INTEGER, value: n } : { type: REAL, value: n };
    }
    if (isNameChar(c)) return this.typed();
    return UNSURE;
  }

  /** A typed value such as IFCLABEL('x'): web-ifc gives {type: 2, typecode, value}. */
  private typed(): Parsed {
    const b = this.bytes;
    const typecode = this.openType();
    if (!typecode) return UNSURE;
    this.space();
    const c = b[this.i]!;
    let value: unknown;
    if (c === C.QUOTE) value = this.string();
    else if (c === C.DOT) {
      const e = this.enumeration();
      // Booleans become true/false; other enumerations inside a typed value were never seen to compare.
      value = e === 'T' ? true : e === 'F' ? false : UNSURE;
    } else if (isDigit(c) || c === 0x2d || c === 0x2b) value = this.number();
    else return UNSURE;
    if (value === UNSURE) return UNSURE;
    this.space();
    if (b[this.i] !== C.RP) return UNSURE;
    this.i++;
    return { type: LABEL, typecode, value };
  }

  /**
   * A STEP string in ASCII with its escapes (ISO 10303-21 §6.4.3): '' for a quote, \\ for a backslash, \S\c, \X\hh,
   * \X2\…\X0\ and \X4\…\X0\. Raw bytes above 0x7F and code-page switches (\P…\) are left to web-ifc.
   */
  private string(): string | typeof UNSURE {
    const text = this.text;
    const start = this.i + 1;
    // The closing quote is the first one not doubled; native searches keep this off the per-character path.
    let end = text.indexOf("'", start);
    while (end !== -1 && text.charCodeAt(end + 1) === C.QUOTE) end = text.indexOf("'", end + 2);
    if (end === -1) return UNSURE;
    const s = text.slice(start, end);
    if (OUTSIDE_PRINTABLE_ASCII.test(s)) return UNSURE;
    this.i = end + 1;
    return s.includes('\\') || s.includes("'") ? decodeStepString(s) : s;
  }

  private enumeration(): string | typeof UNSURE {
    const b = this.bytes;
    let j = this.i + 1;
    while (isNameChar(b[j]!)) j++;
    if (b[j] !== C.DOT || j === this.i + 1) return UNSURE;
    const name = this.text.slice(this.i + 1, j);
    this.i = j + 1;
    return name;
  }

  /** Reals as their text, integers as numbers (web-ifc's forms inside typed values). */
  private number(): string | number | typeof UNSURE {
    const b = this.bytes;
    const start = this.i;
    let j = start;
    let real = false;
    for (;;) {
      const c = b[j]!;
      if (isDigit(c) || c === 0x2d || c === 0x2b) j++;
      else if (c === C.DOT || c === 0x45 || c === 0x65) {
        real = true;
        j++;
      } else break;
    }
    this.i = j;
    const text = this.text.slice(start, j);
    if (real) return text;
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : UNSURE;
  }
}

const hexRun = (hex: string, width: number): string | null => {
  if (hex.length % width !== 0 || !/^[0-9A-Fa-f]*$/.test(hex)) return null;
  let out = '';
  for (let k = 0; k < hex.length; k += width) {
    const code = parseInt(hex.slice(k, k + width), 16);
    if (width === 8 && code > 0x10ffff) return null;
    out += width === 4 ? String.fromCharCode(code) : String.fromCodePoint(code);
  }
  return out;
};

/** Decodes the escapes of a STEP string's content; UNSURE for forms web-ifc alone should interpret. */
function decodeStepString(s: string): string | typeof UNSURE {
  let out = '';
  for (let k = 0; k < s.length;) {
    const c = s[k]!;
    if (c === "'") {
      out += "'";
      k += 2;
    } else if (c !== '\\') {
      out += c;
      k++;
    } else if (s.startsWith('\\\\', k)) {
      out += '\\';
      k += 2;
    } else if (s.startsWith('\\X2\\', k) || s.startsWith('\\X4\\', k)) {
      const end = s.indexOf('\\X0\\', k + 4);
      if (end < 0) return UNSURE;
      const text = hexRun(s.slice(k + 4, end), s[k + 2] === '2' ? 4 : 8);
      if (text === null) return UNSURE;
      out += text;
      k = end + 4;
    } else if (s.startsWith('\\X\\', k) && /^[0-9A-Fa-f]{2}$/.test(s.slice(k + 3, k + 5))) {
      out += String.fromCharCode(parseInt(s.slice(k + 3, k + 5), 16));
      k += 5;
    } else if (s.startsWith('\\S\\', k) && k + 3 < s.length) {
      out += String.fromCharCode(s.charCodeAt(k + 3) + 128);
      k += 4;
    } else return UNSURE;
  }
  return out;
}

/** Where each entity instance is defined in a STEP file, from one pass over its bytes. */
export interface StepIndex {
  /** Instances `#n=` found at the start of a line (the worker refuses a file over STEP_LIMITS by this count). */
  count: number;
  maxId: number;
  /** Byte offset just after `#id=` by express id, negative where web-ifc must answer; null when the count was over the limit or only counted. */
  offsets: Int32Array | Map<number, number> | null;
}

/**
 * Indexes the instances defined at the start of a line, as exporters write them, stopping once there are more than
 * `maxEntities` (the file is refused then, so nothing larger is allocated). An id defined twice, or an instance sharing
 * a line with another, is left to web-ifc. `offsets: false` only counts (the geometry worker's limit check, a third of
 * the time), and gives offsets null.
 */
export function indexStepInstances(bytes: Uint8Array, maxEntities: number, options: { offsets: boolean } = { offsets: true }): StepIndex {
  let ids = new Uint32Array(1 << 14);
  let starts = new Int32Array(1 << 14);
  let count = 0;
  let maxId = 0;
  const n = bytes.length;
  // Lines end in LF (or CRLF); a file with CR alone is split on CR.
  const eol = bytes.indexOf(C.LF) !== -1 ? C.LF : C.CR;
  for (let i = bytes[0] === C.HASH ? -1 : bytes.indexOf(eol); i !== -1; i = bytes.indexOf(eol, i + 1)) {
    let j = i + 1;
    if (bytes[j] !== C.HASH) continue;
    const digits = ++j;
    let id = 0;
    for (let c = bytes[j]!; j < n && c >= 0x30 && c <= 0x39; c = bytes[++j]!) id = id * 10 + (c - 0x30);
    if (j === digits) continue;
    while (bytes[j] === 0x20) j++;
    if (bytes[j] !== C.EQ) continue;
    if (id > maxId) maxId = id;
    if (++count > maxEntities) return { count, maxId, offsets: null };
    if (!options.offsets) continue;
    if (count > ids.length) {
      const grownIds = new Uint32Array(ids.length * 2);
      grownIds.set(ids);
      ids = grownIds;
      const grownStarts = new Int32Array(starts.length * 2);
      grownStarts.set(starts);
      starts = grownStarts;
    }
    ids[count - 1] = Math.min(id, 0xffffffff);
    starts[count - 1] = j + 1;
  }
  if (!options.offsets) return { count, maxId, offsets: null };
  // Dense ids (the usual case) in a typed array; a file with a few huge ids in a map.
  const dense = maxId <= 4 * count + 1024;
  const offsets: Int32Array | Map<number, number> = dense ? new Int32Array(maxId + 1).fill(-1) : new Map();
  for (let k = 0; k < count; k++) {
    const id = ids[k]!;
    const seen = (offsets instanceof Map ? offsets.get(id) : offsets[id]) ?? -1;
    // -2 marks an id defined more than once.
    const start = seen === -1 ? starts[k]! : -2;
    if (offsets instanceof Map) offsets.set(id, start);
    else offsets[id] = start;
  }
  return { count, maxId, offsets };
}
