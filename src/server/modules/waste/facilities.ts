// 消纳场 / 资源化厂 register: licence, accepted categories, capacity; the organisation whose users confirm receipts.
import { randomUUID } from 'node:crypto';
import { and, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { invalidField, notFound } from '../../platform/errors.js';
import { getOrganisation, organisationNameSql, regionExists } from '../accounts/index.js';
import type { WasteCategory } from '../../../domain/waste/index.js';
import { wasteFacilities, type FacilityKind } from './tables.js';

/** Licences ending within this many days raise a licence_expiring alert. */
export const LICENCE_WARNING_DAYS = 30;

type FacilityRow = typeof wasteFacilities.$inferSelect;
export type LicenceStatus = 'valid' | 'expiring' | 'expired' | 'unlicensed';

/** The China-standard-time calendar date of an instant (UTC+8, no daylight saving). */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function licenceStatus(f: Pick<FacilityRow, 'licenceNo' | 'licenceValidFrom' | 'licenceValidUntil'>, on: Date): LicenceStatus {
  if (!f.licenceNo) return 'unlicensed';
  const today = chinaDate(on);
  if (f.licenceValidFrom && today < f.licenceValidFrom) return 'unlicensed';
  if (f.licenceValidUntil && f.licenceValidUntil < today) return 'expired';
  if (f.licenceValidUntil && f.licenceValidUntil <= chinaDate(new Date(on.getTime() + LICENCE_WARNING_DAYS * 86400_000))) return 'expiring';
  return 'valid';
}

function facilityOut(f: FacilityRow, organisationName: string | null, now = new Date()) {
  const { createdAt: _c, updatedAt: _u, ...rest } = f;
  return { ...rest, organisationName, licenceStatus: licenceStatus(f, now) };
}
export type Facility = ReturnType<typeof facilityOut>;

export async function listFacilities(
  db: DbOrTx,
  f: { q?: string; regionCode?: string; organisationId?: string; category?: string; activeOnly?: boolean },
) {
  const where: SQL[] = [];
  if (f.q) where.push(ilike(wasteFacilities.name, `%${f.q}%`));
  if (f.regionCode) where.push(eq(wasteFacilities.regionCode, f.regionCode));
  if (f.organisationId) where.push(eq(wasteFacilities.organisationId, f.organisationId));
  if (f.category) where.push(sql`${f.category} = any(${wasteFacilities.acceptedCategories})`);
  if (f.activeOnly) where.push(eq(wasteFacilities.active, true));
  const rows = await db
    .select({ f: wasteFacilities, organisationName: organisationNameSql(wasteFacilities.organisationId) })
    .from(wasteFacilities)
    .where(where.length ? and(...where) : undefined)
    .orderBy(wasteFacilities.regionCode, wasteFacilities.name);
  return rows.map((r) => facilityOut(r.f, r.organisationName));
}

export async function getFacility(db: DbOrTx, id: string): Promise<Facility | null> {
  const [row] = await db
    .select({ f: wasteFacilities, organisationName: organisationNameSql(wasteFacilities.organisationId) })
    .from(wasteFacilities)
    .where(eq(wasteFacilities.id, id));
  return row ? facilityOut(row.f, row.organisationName) : null;
}

export async function facilitiesOfOrganisation(db: DbOrTx, organisationId: string): Promise<string[]> {
  const rows = await db.select({ id: wasteFacilities.id }).from(wasteFacilities).where(eq(wasteFacilities.organisationId, organisationId));
  return rows.map((r) => r.id);
}

export async function facilityNames(db: DbOrTx, ids: string[]): Promise<Map<string, { name: string; kind: FacilityKind }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: wasteFacilities.id, name: wasteFacilities.name, kind: wasteFacilities.kind })
    .from(wasteFacilities)
    .where(inArray(wasteFacilities.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

export type FacilityInput = {
  organisationId: string;
  name: string;
  kind: FacilityKind;
  regionCode: string;
  address?: string | null;
  licenceNo?: string | null;
  licenceValidFrom?: string | null;
  licenceValidUntil?: string | null;
  acceptedCategories: string[];
  dailyCapacityTonnes?: number | null;
  active?: boolean;
  isDemo?: boolean;
};

async function check(tx: DbOrTx, input: Partial<FacilityInput>, selfId?: string) {
  if (input.organisationId !== undefined) {
    const org = await getOrganisation(tx, input.organisationId);
    if (!org) throw invalidField('organisationId', 'organisation_unknown');
    if (org.kind !== 'facility') throw invalidField('organisationId', 'waste_facility_org_kind');
  }
  if (input.regionCode !== undefined && !(await regionExists(tx, input.regionCode))) throw invalidField('regionCode', 'region_unknown');
  if (input.name !== undefined) {
    const clash = await tx.select({ id: wasteFacilities.id }).from(wasteFacilities).where(eq(wasteFacilities.name, input.name));
    if (clash.some((c) => c.id !== selfId)) throw invalidField('name', 'waste_facility_name_taken');
  }
  if (input.licenceValidFrom && input.licenceValidUntil && input.licenceValidUntil < input.licenceValidFrom)
    throw invalidField('licenceValidUntil', 'waste_licence_dates');
}

export async function createFacility(tx: DbOrTx, actor: AuditActor, input: FacilityInput): Promise<Facility> {
  await check(tx, input);
  const id = randomUUID();
  const [row] = await tx
    .insert(wasteFacilities)
    .values({
      id,
      organisationId: input.organisationId,
      name: input.name,
      kind: input.kind,
      regionCode: input.regionCode,
      address: input.address ?? null,
      licenceNo: input.licenceNo ?? null,
      licenceValidFrom: input.licenceValidFrom ?? null,
      licenceValidUntil: input.licenceValidUntil ?? null,
      acceptedCategories: [...new Set(input.acceptedCategories)] as WasteCategory[],
      dailyCapacityTonnes: input.dailyCapacityTonnes ?? null,
      active: input.active ?? true,
      isDemo: input.isDemo ?? false,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'waste.facility.create',
    entityType: 'waste_facility',
    entityId: id,
    regionCode: row!.regionCode,
    organisationId: row!.organisationId,
    after: row,
  });
  return (await getFacility(tx, id))!;
}

export async function updateFacility(tx: DbOrTx, actor: AuditActor, id: string, patch: Partial<FacilityInput>): Promise<Facility> {
  const [before] = await tx.select().from(wasteFacilities).where(eq(wasteFacilities.id, id));
  if (!before) throw notFound();
  await check(
    tx,
    {
      ...patch,
      licenceValidFrom: patch.licenceValidFrom ?? before.licenceValidFrom,
      licenceValidUntil: patch.licenceValidUntil ?? before.licenceValidUntil,
    },
    id,
  );
  const set: Partial<typeof wasteFacilities.$inferInsert> = { updatedAt: new Date() };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined && k !== 'isDemo') (set as Record<string, unknown>)[k] = v;
  if (patch.acceptedCategories) set.acceptedCategories = [...new Set(patch.acceptedCategories)] as WasteCategory[];
  const [after] = await tx.update(wasteFacilities).set(set).where(eq(wasteFacilities.id, id)).returning();
  await recordAudit(tx, actor, {
    action: 'waste.facility.update',
    entityType: 'waste_facility',
    entityId: id,
    regionCode: after!.regionCode,
    organisationId: after!.organisationId,
    before,
    after,
  });
  return (await getFacility(tx, id))!;
}
