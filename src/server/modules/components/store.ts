import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { AppError, invalidField, notFound, type ErrorDetail } from '../../platform/errors.js';
import type { Page, PageQuery } from '../../platform/pagination.js';
import { componentImports, componentSpecs, type ImportError, type SpecStatus } from './tables.js';
import { checkSpecModular, componentTypes, parseProfile, type ComponentType, type SpecModularResult } from './types.js';
import type { SpecRow } from './excel.js';

type SpecRowDb = typeof componentSpecs.$inferSelect;

export type SpecView = {
  id: string;
  regionCode: string | null;
  library: 'national' | 'regional';
  code: string;
  type: ComponentType;
  name: string;
  profile: string | null;
  dimsMm: number[];
  /** Actual size = nominal − joint (GB/T 50002: 制作尺寸), on every dimension. */
  actualDimsMm: number[];
  jointMm: number | null;
  material: string | null;
  grade: string | null;
  manufacturers: string[];
  version: string;
  status: SpecStatus;
  source: string | null;
  isDemo: boolean;
  modular: SpecModularResult;
  updatedAt: string;
};

export function specView(s: SpecRowDb, lang: 'zh-CN' | 'en' = 'zh-CN'): SpecView {
  const joint = s.jointMm ?? 0;
  return {
    id: s.id,
    regionCode: s.regionCode,
    library: s.regionCode ? 'regional' : 'national',
    code: s.code,
    type: s.type,
    name: s.name,
    profile: s.profile,
    dimsMm: s.dimsMm,
    actualDimsMm: s.profile ? s.dimsMm : s.dimsMm.map((d) => Math.round((d - joint) * 1000) / 1000),
    jointMm: s.jointMm,
    material: s.material,
    grade: s.grade,
    manufacturers: s.manufacturers,
    version: s.version,
    status: s.status,
    source: s.source,
    isDemo: s.isDemo,
    modular: checkSpecModular(s.type, s.dimsMm, s.profile, lang),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export type SpecFilter = {
  /** 'national' = the base library only; a region code = that region's extension only; undefined = every library. */
  library?: string;
  /** The effective library of a region: national base + the region's extension (a regional code overrides). */
  effectiveFor?: string;
  type?: ComponentType;
  status?: SpecStatus;
  q?: string;
  modular?: 'yes' | 'no';
};

function specConditions(f: SpecFilter): SQL[] {
  const where: SQL[] = [];
  if (f.library === 'national') where.push(isNull(componentSpecs.regionCode));
  else if (f.library) where.push(eq(componentSpecs.regionCode, f.library));
  if (f.effectiveFor) where.push(or(isNull(componentSpecs.regionCode), eq(componentSpecs.regionCode, f.effectiveFor))!);
  if (f.type) where.push(eq(componentSpecs.type, f.type));
  if (f.status) where.push(eq(componentSpecs.status, f.status));
  if (f.q) {
    const like = `%${f.q}%`;
    where.push(
      or(
        ilike(componentSpecs.code, like),
        ilike(componentSpecs.name, like),
        ilike(componentSpecs.profile, like),
        sql`${componentSpecs.manufacturers}::text ilike ${like}`,
      )!,
    );
  }
  return where;
}

/** Drops national specs that a regional spec of the same code overrides. */
function effective(rows: SpecRowDb[]): SpecRowDb[] {
  const regional = new Set(rows.filter((r) => r.regionCode).map((r) => r.code.toUpperCase()));
  return rows.filter((r) => r.regionCode || !regional.has(r.code.toUpperCase()));
}

// The library is reference data of a few thousand rows at most, so the modular filter is applied after the check.
export async function listSpecs(db: DbOrTx, f: SpecFilter, page: PageQuery, lang: 'zh-CN' | 'en'): Promise<Page<SpecView>> {
  const where = specConditions(f);
  let rows = await db
    .select()
    .from(componentSpecs)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(componentSpecs.type), asc(componentSpecs.code), asc(componentSpecs.regionCode));
  if (f.effectiveFor) rows = effective(rows);
  // In the order the types are listed (叠合板, 预制墙板, …), then by code.
  const order = new Map(componentTypes.map((t, i) => [t, i]));
  let views = rows
    .map((r) => specView(r, lang))
    .sort(
      (a, b) =>
        order.get(a.type)! - order.get(b.type)! || a.code.localeCompare(b.code) || (a.regionCode ?? '').localeCompare(b.regionCode ?? ''),
    );
  if (f.modular === 'yes') views = views.filter((v) => v.modular.ok !== false);
  if (f.modular === 'no') views = views.filter((v) => v.modular.ok === false);
  const start = (page.page - 1) * page.pageSize;
  return { items: views.slice(start, start + page.pageSize), total: views.length };
}

export async function allSpecs(db: DbOrTx, f: SpecFilter, lang: 'zh-CN' | 'en'): Promise<SpecView[]> {
  return (await listSpecs(db, f, { page: 1, pageSize: 1_000_000 }, lang)).items;
}

/** The active specs a project in `regionCode` is matched against, as they stood at `asOf`. */
export async function libraryForRegion(db: DbOrTx, regionCode: string, asOf?: Date): Promise<SpecRowDb[]> {
  const where: SQL[] = [
    or(isNull(componentSpecs.regionCode), eq(componentSpecs.regionCode, regionCode))!,
    eq(componentSpecs.status, 'active'),
  ];
  if (asOf) where.push(lte(componentSpecs.createdAt, asOf));
  return effective(
    await db
      .select()
      .from(componentSpecs)
      .where(and(...where))
      .orderBy(asc(componentSpecs.code)),
  );
}

export async function getSpec(db: DbOrTx, id: string) {
  const [row] = await db.select().from(componentSpecs).where(eq(componentSpecs.id, id));
  return row ?? null;
}

export type SpecInput = Omit<SpecRow, 'row'> & { source?: string | null; isDemo?: boolean };

async function codeTaken(tx: DbOrTx, regionCode: string | null, code: string, exceptId?: string) {
  const rows = await tx
    .select({ id: componentSpecs.id })
    .from(componentSpecs)
    .where(
      and(
        regionCode ? eq(componentSpecs.regionCode, regionCode) : isNull(componentSpecs.regionCode),
        sql`upper(${componentSpecs.code}) = upper(${code})`,
      ),
    );
  return rows.some((r) => r.id !== exceptId);
}

/**
 * The rules the Excel import applies across cells, for a spec entered in the form (or a patch merged with the
 * stored spec): a steel section's dimensions come from its designation when not given; precast specs need three
 * dimensions; the joint is smaller than every dimension. Every broken rule is reported, each on its field.
 */
export function checkSpecFields(s: { profile: string | null; dimsMm: number[]; jointMm: number | null }): {
  profile: string | null;
  dimsMm: number[];
  jointMm: number | null;
} {
  const details: ErrorDetail[] = [];
  const profile = s.profile?.trim() || null;
  let dimsMm = s.dimsMm;
  if (profile) {
    const parsed = parseProfile(profile);
    if (!parsed) details.push({ path: 'profile', code: 'spec_profile_unparsed', params: { value: profile } });
    else if (dimsMm.length === 0) dimsMm = parsed.dimsMm;
  } else if (dimsMm.length !== 3) details.push({ path: 'dimsMm', code: 'spec_needs_three_dims' });
  if (s.jointMm !== null && dimsMm.some((d) => s.jointMm! >= d))
    details.push({ path: 'jointMm', code: 'spec_joint_too_large', params: { value: s.jointMm } });
  if (details.length) throw new AppError(400, 'validation_failed', {}, details);
  return { profile, dimsMm, jointMm: s.jointMm };
}

export async function createSpec(tx: DbOrTx, actor: AuditActor, regionCode: string | null, input: SpecInput) {
  if (await codeTaken(tx, regionCode, input.code)) throw invalidField('code', 'component_code_taken');
  const [row] = await tx
    .insert(componentSpecs)
    .values({ id: randomUUID(), regionCode, ...input, source: input.source ?? null, isDemo: input.isDemo ?? false })
    .returning();
  await recordAudit(tx, actor, {
    action: 'component_spec.create',
    entityType: 'component_spec',
    entityId: row!.id,
    regionCode,
    after: row,
  });
  return row!;
}

export async function updateSpec(tx: DbOrTx, actor: AuditActor, id: string, patch: Partial<SpecInput>) {
  const before = await getSpec(tx, id);
  if (!before) throw notFound();
  if (patch.code && (await codeTaken(tx, before.regionCode, patch.code, id))) throw invalidField('code', 'component_code_taken');
  const [after] = await tx
    .update(componentSpecs)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(componentSpecs.id, id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'component_spec.update',
    entityType: 'component_spec',
    entityId: id,
    regionCode: before.regionCode,
    before,
    after,
  });
  return after!;
}

/** Applies a fully validated sheet: a code already in the library is replaced, a new code is added. */
export async function applyImport(
  tx: DbOrTx,
  actor: AuditActor,
  regionCode: string | null,
  rows: SpecRow[],
  file: { id: string; filename: string; sha256: string; size: number },
) {
  const existing = await tx
    .select()
    .from(componentSpecs)
    .where(regionCode ? eq(componentSpecs.regionCode, regionCode) : isNull(componentSpecs.regionCode));
  const byCode = new Map(existing.map((e) => [e.code.toUpperCase(), e]));
  let created = 0;
  let updated = 0;
  const now = new Date();
  for (const { row: _row, ...r } of rows) {
    const prev = byCode.get(r.code.toUpperCase());
    if (prev) {
      await tx
        .update(componentSpecs)
        .set({ ...r, updatedAt: now })
        .where(eq(componentSpecs.id, prev.id));
      updated++;
    } else {
      await tx.insert(componentSpecs).values({ id: randomUUID(), regionCode, ...r, source: `import ${file.filename}` });
      created++;
    }
  }
  await tx.insert(componentImports).values({
    id: file.id,
    regionCode,
    filename: file.filename,
    sha256: file.sha256,
    sizeBytes: file.size,
    status: 'imported',
    rowsTotal: rows.length,
    created,
    updated,
    actorId: actor.id,
  });
  await recordAudit(tx, actor, {
    action: 'component_library.import',
    entityType: 'component_import',
    entityId: file.id,
    regionCode,
    before: { specs: existing.length },
    after: { filename: file.filename, sha256: file.sha256, rows: rows.length, created, updated, codes: rows.map((r) => r.code) },
  });
  return { importId: file.id, rowsTotal: rows.length, created, updated };
}

/** A rejected import is recorded (with its error report) so rejects stay visible; no spec is touched. */
export async function recordRejectedImport(
  tx: DbOrTx,
  actor: AuditActor,
  regionCode: string | null,
  file: { id: string; filename: string; sha256: string; size: number },
  rowsTotal: number,
  errors: ImportError[],
) {
  await tx.insert(componentImports).values({
    id: file.id,
    regionCode,
    filename: file.filename,
    sha256: file.sha256,
    sizeBytes: file.size,
    status: 'rejected',
    rowsTotal,
    errors,
    actorId: actor.id,
  });
  await recordAudit(tx, actor, {
    action: 'component_library.import_rejected',
    entityType: 'component_import',
    entityId: file.id,
    regionCode,
    after: { filename: file.filename, rows: rowsTotal, errors: errors.length },
  });
}

export async function listImports(db: DbOrTx, regions: string[] | null | 'all') {
  const where =
    regions === 'all' || regions === null
      ? undefined
      : regions.length
        ? or(isNull(componentImports.regionCode), inArray(componentImports.regionCode, regions))
        : isNull(componentImports.regionCode);
  const rows = await db.select().from(componentImports).where(where).orderBy(desc(componentImports.createdAt)).limit(50);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
