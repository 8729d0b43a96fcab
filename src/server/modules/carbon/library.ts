// The factor library in the database: seeded from the GB/T 51366 seeds in src/domain/carbon, edited by admins
// (each edit a new revision), and read back as the CarbonLibrary the domain calculation takes.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/database.js';
import {
  DEFAULT_CARBON_ASSUMPTIONS,
  DEFAULT_MAPPING_RULES,
  GRID_FACTOR_SEEDS,
  MATERIAL_FACTORS_51366,
  TRANSPORT_FACTORS_51366,
  type CarbonLibrary,
  type EnergyCarrier,
  type EnergyUnit,
  type MaterialCategory,
  type MaterialUnit,
} from '../../../domain/carbon/index.js';
import { carbonFactorRevisions, carbonFactors, carbonMappingRules } from './tables.js';

/** Inserts the seed factors and rules that are missing; never overwrites an admin's edit. Safe on every start. */
export async function ensureCarbonSeeds(db: Db): Promise<void> {
  const rows: Array<typeof carbonFactors.$inferInsert> = [
    ...MATERIAL_FACTORS_51366.map((f) => ({
      id: f.id,
      kind: 'material' as const,
      nameZh: f.nameZh,
      nameEn: f.nameEn,
      unit: f.unit,
      value: f.value,
      category: f.category,
      source: f.source,
      confidence: f.confidence,
      note: f.note ?? null,
      seedVersion: f.version,
    })),
    ...TRANSPORT_FACTORS_51366.map((f) => ({
      id: f.id,
      kind: 'transport' as const,
      nameZh: f.nameZh,
      nameEn: f.nameEn,
      unit: 't·km',
      value: f.value,
      source: f.source,
      confidence: f.confidence,
      seedVersion: f.version,
    })),
    ...GRID_FACTOR_SEEDS.map((f) => ({
      id: f.id,
      kind: 'energy' as const,
      nameZh: `电网排放因子 ${f.region} ${f.year}`,
      nameEn: `Grid factor ${f.region} ${f.year}`,
      unit: f.unit,
      value: f.value,
      carrier: f.carrier,
      region: f.region,
      year: f.year,
      source: f.source,
      confidence: f.confidence,
      seedVersion: f.version,
    })),
  ];
  await db.transaction(async (tx) => {
    const inserted = await tx.insert(carbonFactors).values(rows).onConflictDoNothing().returning();
    if (inserted.length) {
      await tx
        .insert(carbonFactorRevisions)
        .values(
          inserted.map((f) => ({
            factorId: f.id,
            revision: 1,
            value: f.value,
            source: f.source,
            confidence: f.confidence,
            note: f.note,
            changedBy: 'seed',
            changedAt: new Date('2019-12-01T00:00:00Z'),
          })),
        )
        .onConflictDoNothing();
    }
    await tx
      .insert(carbonMappingRules)
      .values(
        DEFAULT_MAPPING_RULES.map((r, i) => ({
          id: r.id,
          position: (i + 1) * 10,
          pattern: r.pattern ?? null,
          ifcClasses: r.ifcClasses ? [...r.ifcClasses] : null,
          factorId: r.factorId,
          assumption: r.assumption ?? null,
          reason: r.reason ?? null,
        })),
      )
      .onConflictDoNothing();
  });
}

export type FactorRow = typeof carbonFactors.$inferSelect;

/**
 * The library as of a moment: each factor with the value of its latest revision at or before `asOf`
 * (factors created later are left out), so an evaluation can be recomputed exactly as it was.
 */
export async function loadLibrary(
  db: DbOrTx,
  opts: { asOf?: Date; transportModeId?: string | null } = {},
): Promise<CarbonLibrary & { factors: FactorRow[] }> {
  let factors = await db.select().from(carbonFactors).orderBy(asc(carbonFactors.id));
  if (opts.asOf) {
    const revs = await db
      .select()
      .from(carbonFactorRevisions)
      .where(lte(carbonFactorRevisions.changedAt, opts.asOf))
      .orderBy(asc(carbonFactorRevisions.factorId), asc(carbonFactorRevisions.revision));
    const latest = new Map<string, (typeof revs)[number]>();
    for (const r of revs) latest.set(r.factorId, r);
    factors = factors
      .filter((f) => latest.has(f.id))
      .map((f) => {
        const r = latest.get(f.id)!;
        return { ...f, value: r.value, source: r.source, confidence: r.confidence, note: r.note, revision: r.revision };
      });
  }
  const rules = await db.select().from(carbonMappingRules).orderBy(asc(carbonMappingRules.position), asc(carbonMappingRules.id));
  const version = (f: FactorRow) => `${f.seedVersion ?? 'custom'}#r${f.revision}`;
  return {
    factors,
    materials: factors
      .filter((f) => f.kind === 'material')
      .map((f) => ({
        id: f.id,
        nameZh: f.nameZh,
        nameEn: f.nameEn,
        unit: f.unit as MaterialUnit,
        value: f.value,
        category: (f.category ?? 'concrete') as MaterialCategory,
        source: f.source,
        confidence: f.confidence,
        version: version(f),
        ...(f.note ? { note: f.note } : {}),
      })),
    transport: factors
      .filter((f) => f.kind === 'transport')
      .map((f) => ({
        id: f.id,
        nameZh: f.nameZh,
        nameEn: f.nameEn,
        value: f.value,
        source: f.source,
        confidence: f.confidence,
        version: version(f),
      })),
    energy: factors
      .filter((f) => f.kind === 'energy')
      .map((f) => ({
        id: f.id,
        carrier: (f.carrier ?? 'other') as EnergyCarrier,
        unit: f.unit as EnergyUnit,
        value: f.value,
        region: f.region ?? 'CN',
        year: f.year ?? 0,
        source: f.source,
        confidence: f.confidence,
        version: version(f),
      })),
    mappingRules: rules.map((r) => ({
      id: r.id,
      ...(r.pattern ? { pattern: r.pattern } : {}),
      ...(r.ifcClasses?.length ? { ifcClasses: r.ifcClasses } : {}),
      factorId: r.factorId,
      ...(r.assumption ? { assumption: r.assumption } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
    })),
    assumptions: {
      ...DEFAULT_CARBON_ASSUMPTIONS,
      defaultTransportModeId: opts.transportModeId ?? DEFAULT_CARBON_ASSUMPTIONS.defaultTransportModeId,
    },
  };
}

export async function getFactor(db: DbOrTx, id: string): Promise<FactorRow | null> {
  const [row] = await db.select().from(carbonFactors).where(eq(carbonFactors.id, id));
  return row ?? null;
}

export async function factorsOfKind(db: DbOrTx, kind: FactorRow['kind'], id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: carbonFactors.id })
    .from(carbonFactors)
    .where(and(eq(carbonFactors.id, id), eq(carbonFactors.kind, kind)));
  return !!row;
}

/** The newest national grid factor, the default for a project that has not chosen a regional one. */
export async function defaultGridFactorId(db: DbOrTx, regionCode?: string): Promise<string | null> {
  const rows = await db
    .select({ id: carbonFactors.id, region: carbonFactors.region })
    .from(carbonFactors)
    .where(and(eq(carbonFactors.kind, 'energy'), eq(carbonFactors.carrier, 'electricity')))
    .orderBy(sql`${carbonFactors.year} desc nulls last`, asc(carbonFactors.id));
  return (rows.find((r) => regionCode && r.region === regionCode) ?? rows.find((r) => r.region === 'CN'))?.id ?? null;
}
