// ISO 10303-21 (STEP physical file) sniffing: decide from the first and last bytes whether an upload is
// an IFC model we can read, before any parser sees it. Checks are by content, never by file name.

export const SUPPORTED_IFC_SCHEMAS = ['IFC2X3', 'IFC4', 'IFC4X3'] as const;
export type IfcSchema = (typeof SUPPORTED_IFC_SCHEMAS)[number];

export type StepSniff =
  | { ok: true; schema: IfcSchema; schemaId: string }
  | {
      ok: false;
      code: 'ifc_compressed' | 'ifc_not_step' | 'ifc_no_schema' | 'ifc_unsupported_schema' | 'ifc_truncated';
      schemaId?: string;
    };

const ZIP = [0x50, 0x4b]; // "PK": .ifczip and any other zip container
const GZIP = [0x1f, 0x8b];

/** Reads the schema from the start of a STEP file (the HEADER section sits in the first few KB). */
export function sniffStepHeader(head: Uint8Array): StepSniff {
  if (startsWith(head, ZIP) || startsWith(head, GZIP)) return { ok: false, code: 'ifc_compressed' };
  // A UTF-8 byte-order mark (EF BB BF) may precede the header.
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const text = new TextDecoder('latin1').decode(head.subarray(start, 64 * 1024)).replace(/^\s+/, '');
  if (!text.startsWith('ISO-10303-21;')) return { ok: false, code: 'ifc_not_step' };
  const m = /FILE_SCHEMA\s*\(\s*\(\s*'([^']*)'/i.exec(text);
  if (!m) return { ok: false, code: 'ifc_no_schema' };
  const schemaId = m[1]!.trim().toUpperCase();
  const schema = schemaOf(schemaId);
  if (!schema) return { ok: false, code: 'ifc_unsupported_schema', schemaId };
  return { ok: true, schema, schemaId };
}

/** A complete STEP file ends with END-ISO-10303-21; (a cut-off upload or copy does not). */
export function hasStepTrailer(tail: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(tail);
  return /END-ISO-10303-21;\s*$/.test(text);
}

function schemaOf(id: string): IfcSchema | null {
  if (id.startsWith('IFC2X3')) return 'IFC2X3';
  if (/^IFC4X3/.test(id)) return 'IFC4X3';
  if (id === 'IFC4' || /^IFC4_?ADD\d/.test(id) || id.startsWith('IFC4_')) return 'IFC4';
  return null;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Limits for a model we agree to process: web-ifc keeps every entity in memory, so a file declaring tens of
 * millions of instances (or ids beyond 32 bits) is refused before parsing rather than allowed to exhaust the worker.
 */
export const STEP_LIMITS = { maxEntities: 40_000_000, maxId: 2 ** 31 - 1 } as const;
