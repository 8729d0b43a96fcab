// The take-off's lines read from the IFC bytes alone, for the take-off thread that runs beside the geometry pass
// (takeoffWorker.ts): it loads no web-ifc (its 6 MB module and wasm heap stay in the geometry thread), so the schema
// knowledge it needs arrives as a StepSchemaTable made from web-ifc by the geometry thread. Each line becomes the
// object web-ifc's GetLine would give, as far as the take-off reads it: attributes by name, references as
// {type: 5, value}, enumerations raw, defined types and measures as their values (numbers where web-ifc parses them).
// Anything the reader does not reproduce throws NotReproducible and the geometry thread does the take-off itself.
import { ifcTypeCode, ifcTypeCodeOfBytes } from '../../../domain/bim/index.js';
import type { Line, TakeoffSource } from './extract.js';
import { RAW_KIND, StepReader, type RawValue, type StepIndex } from './stepReader.js';

export interface StepSchemaTable {
  /** web-ifc's schema index (its modelSchemaList value) the table was made for. */
  schemaIndex: number;
  /** Entities by type code: schema spelling and attribute names in raw-argument order. */
  entities: Record<number, { name: string; attributes: string[] }>;
  /** Defined types (IFCLABEL, IFCREAL …) the schema knows, by type code. */
  definedTypes: number[];
  /** Defined types web-ifc keeps as numbers (parseFloat of the written text). */
  numericTypes: number[];
  /** IfcElement and every subtype, by type code. */
  elementTypes: number[];
}

/** The tables of every schema web-ifc reads, made once from web-ifc (workerEntry.ts) for the take-off thread. */
export interface StepSchemaTables {
  /** web-ifc's SchemaNames: FILE_SCHEMA names (aliases included) by schema index. */
  schemaNames: Array<string[] | null>;
  tables: Record<number, StepSchemaTable>;
}

/** The table for a FILE_SCHEMA name, as web-ifc's LookupSchemaId picks the schema. */
export function tableForSchema(tables: StepSchemaTables, schemaId: string): StepSchemaTable | null {
  const index = tables.schemaNames.findIndex((names) => names?.includes(schemaId.toUpperCase()));
  return index < 0 ? null : (tables.tables[index] ?? null);
}

/** A line the reader cannot reproduce as web-ifc would read it. */
export class NotReproducible extends Error {}

const { STRING, LABEL, REAL, INTEGER } = RAW_KIND;

export class StepTakeoffSource implements TakeoffSource {
  private readonly reader: StepReader;
  private readonly numeric: Set<number>;
  private byType: Map<number, number[]> | null = null;
  /** Instances the index holds (web-ifc's line count when every instance was indexed). */
  count = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly table: StepSchemaTable,
    index?: StepIndex,
  ) {
    const known = new Set<number>([...Object.keys(table.entities).map(Number), ...table.definedTypes]);
    this.numeric = new Set(table.numericTypes);
    this.reader = new StepReader(
      bytes,
      (upper) => {
        const code = ifcTypeCode(upper);
        return known.has(code) ? code : 0;
      },
      index,
    );
  }

  get(id: number): Line {
    const raw = this.reader.raw(id);
    if (!raw) throw new NotReproducible(`#${id}`);
    const entity = this.table.entities[raw.type];
    if (!entity || raw.arguments.length > entity.attributes.length) throw new NotReproducible(`#${id}: ${entity?.name ?? raw.type}`);
    const line: Line = { expressID: id, type: raw.type };
    const args = raw.arguments;
    for (let i = 0; i < entity.attributes.length; i++) line[entity.attributes[i]!] = i < args.length ? this.value(args[i]!) : undefined;
    return line;
  }

  idsOf(type: number): number[] {
    this.byType ??= this.indexTypes();
    return this.byType.get(type)?.slice() ?? [];
  }

  /** Every indexed instance by type code, from the name after `#id=` (no string made per line). */
  private indexTypes(): Map<number, number[]> {
    const byType = new Map<number, number[]>();
    const bytes = this.bytes;
    const add = (id: number, at: number) => {
      if (at < 0) return;
      this.count++;
      for (let c = bytes[at]!; c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = bytes[++at]!);
      let end = at;
      for (
        let c = bytes[end]!;
        (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
        c = bytes[++end]!
      );
      const code = ifcTypeCodeOfBytes(bytes, at, end);
      const list = byType.get(code);
      if (list) list.push(id);
      else byType.set(code, [id]);
    };
    const offsets = this.reader.offsets;
    if (offsets instanceof Map) for (const [id, at] of offsets) add(id, at);
    else for (let id = 0; id < offsets.length; id++) add(id, offsets[id]!);
    return byType;
  }

  elementIds(): number[] {
    return this.table.elementTypes.flatMap((type) => this.idsOf(type));
  }

  entityName(type: number): string {
    return this.table.entities[type]?.name ?? String(type);
  }

  /** A raw value as the take-off sees web-ifc's object for it (through its `value` unwrapping). */
  private value(x: RawValue): unknown {
    if (x === null) return null;
    if (Array.isArray(x)) return x.map((item) => this.value(item));
    switch (x.type) {
      case STRING:
        return x.value;
      case REAL:
        return parseFloat(x.value as string);
      case INTEGER:
        return x.value;
      case LABEL:
        return this.numeric.has(x.typecode!) && x.value !== null ? parseFloat(x.value as string) : x.value;
      default:
        // References {type: 5, value} and enumerations {type: 3, value?} stay as web-ifc gives them.
        return x;
    }
  }
}
