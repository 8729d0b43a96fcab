// The vehicle register: carriers (运输企业) keep their own trucks with terminal and permit (核准证); regulators see
// their region, admins everything. A manifest may only name a registered vehicle whose permit is valid that day.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { visibleRegions, type Principal } from '../../platform/auth/principal.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { getOrganisation } from '../accounts/index.js';
import { haulageManifestLoads, haulageVehicles, type VehicleRow } from './tables.js';

/** The calendar day in China time (permits are dated in it). */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export type VehicleInput = {
  carrierOrganisationId?: string;
  plate: string;
  plateColour: number;
  vehicleType: string;
  capacityTonnes: number;
  terminalPhone: string;
  terminalId?: string | null;
  permitNumber: string;
  permitValidFrom: string;
  permitValidTo: string;
  active?: boolean;
};

/** Who sees which vehicles: admin all; regulators their region; carriers their own organisation's; others none. */
export function visibleVehiclesCondition(p: Principal | null): SQL {
  if (!p) return sql`false`;
  if (p.role === 'admin') return sql`true`;
  if (p.role === 'carrier') return p.organisationId ? eq(haulageVehicles.carrierOrganisationId, p.organisationId) : sql`false`;
  if (p.role === 'regulator') {
    const regions = visibleRegions(p);
    return regions === null ? sql`true` : regions.length ? inArray(haulageVehicles.regionCode, regions) : sql`false`;
  }
  return sql`false`;
}

/** A vehicle the principal may see, or 404 (so another carrier's vehicle does not exist for them). */
export async function vehicleForPrincipal(db: DbOrTx, p: Principal | null, id: string, intent: 'read' | 'write'): Promise<VehicleRow> {
  const [row] = await db
    .select()
    .from(haulageVehicles)
    .where(and(eq(haulageVehicles.id, id), visibleVehiclesCondition(p)));
  if (!row) throw notFound();
  if (intent === 'write' && p?.role === 'regulator') throw new AppError(403, 'forbidden');
  return row;
}

export async function listVehicles(db: DbOrTx, p: Principal, f: { q?: string } = {}): Promise<VehicleRow[]> {
  const w: SQL[] = [visibleVehiclesCondition(p)];
  if (f.q) w.push(or(ilike(haulageVehicles.plate, `%${f.q}%`), ilike(haulageVehicles.permitNumber, `%${f.q}%`))!);
  return db
    .select()
    .from(haulageVehicles)
    .where(and(...w))
    .orderBy(asc(haulageVehicles.plate));
}

async function carrierOrganisation(tx: DbOrTx, p: Principal, requested: string | undefined) {
  const orgId = p.role === 'carrier' ? p.organisationId : requested;
  if (!orgId) throw invalidField('carrierOrganisationId', 'haulage_carrier_org');
  const org = await getOrganisation(tx, orgId);
  if (!org || org.kind !== 'carrier') throw invalidField('carrierOrganisationId', 'haulage_carrier_org');
  return org;
}

function checkInput(input: VehicleInput) {
  if (input.permitValidTo < input.permitValidFrom) throw invalidField('permitValidTo', 'haulage_permit_dates');
}

async function checkUnique(tx: DbOrTx, input: VehicleInput, exceptId: string | null) {
  const clash = await tx
    .select({ id: haulageVehicles.id, plate: haulageVehicles.plate, terminalPhone: haulageVehicles.terminalPhone })
    .from(haulageVehicles)
    .where(or(eq(haulageVehicles.plate, input.plate), eq(haulageVehicles.terminalPhone, input.terminalPhone)));
  for (const c of clash) {
    if (c.id === exceptId) continue;
    if (c.plate === input.plate) throw new AppError(409, 'haulage_plate_taken', {}, [{ path: 'plate', code: 'haulage_plate_taken' }]);
    throw new AppError(409, 'haulage_terminal_taken', {}, [{ path: 'terminalPhone', code: 'haulage_terminal_taken' }]);
  }
}

export async function createVehicle(tx: DbOrTx, actor: AuditActor, p: Principal, input: VehicleInput, opts: { isDemo?: boolean } = {}) {
  checkInput(input);
  const org = await carrierOrganisation(tx, p, input.carrierOrganisationId);
  await checkUnique(tx, input, null);
  const [row] = await tx
    .insert(haulageVehicles)
    .values({
      id: randomUUID(),
      carrierOrganisationId: org.id,
      regionCode: org.regionCode ?? 'national',
      plate: input.plate,
      plateColour: input.plateColour,
      vehicleType: input.vehicleType,
      capacityTonnes: input.capacityTonnes,
      terminalPhone: input.terminalPhone,
      terminalId: input.terminalId ?? null,
      permitNumber: input.permitNumber,
      permitValidFrom: input.permitValidFrom,
      permitValidTo: input.permitValidTo,
      active: input.active ?? true,
      isDemo: opts.isDemo ?? false,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'haulage.vehicle.create',
    entityType: 'haulage_vehicle',
    entityId: row!.id,
    regionCode: row!.regionCode,
    organisationId: org.id,
    after: { ...row, authCode: undefined },
  });
  return row!;
}

export async function updateVehicle(tx: DbOrTx, actor: AuditActor, p: Principal, id: string, input: VehicleInput) {
  const before = await vehicleForPrincipal(tx, p, id, 'write');
  checkInput(input);
  await checkUnique(tx, input, id);
  const terminalChanged = input.terminalPhone !== before.terminalPhone;
  const [row] = await tx
    .update(haulageVehicles)
    .set({
      plate: input.plate,
      plateColour: input.plateColour,
      vehicleType: input.vehicleType,
      capacityTonnes: input.capacityTonnes,
      terminalPhone: input.terminalPhone,
      terminalId: input.terminalId ?? null,
      permitNumber: input.permitNumber,
      permitValidFrom: input.permitValidFrom,
      permitValidTo: input.permitValidTo,
      active: input.active ?? before.active,
      // A new terminal must register again to get its own auth code.
      ...(terminalChanged ? { authCode: null, registeredAt: null } : {}),
      updatedAt: new Date(),
    })
    .where(eq(haulageVehicles.id, id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'haulage.vehicle.update',
    entityType: 'haulage_vehicle',
    entityId: id,
    regionCode: row!.regionCode,
    organisationId: row!.carrierOrganisationId,
    before: { ...before, authCode: undefined },
    after: { ...row, authCode: undefined },
  });
  return row!;
}

/**
 * What the waste module asks before a manifest names a vehicle: the registered, active vehicle with this plate whose
 * permit is valid on the manifest's China-time date; otherwise a 400 on `path` saying which rule failed.
 */
export async function vehicleForManifest(
  tx: DbOrTx,
  plate: string,
  at: Date,
  path = 'vehiclePlate',
): Promise<{ id: string; plate: string }> {
  const [v] = await tx.select().from(haulageVehicles).where(eq(haulageVehicles.plate, plate));
  if (!v) throw invalidField(path, 'haulage_vehicle_unregistered', { plate });
  if (!v.active) throw invalidField(path, 'haulage_vehicle_inactive', { plate });
  const day = chinaDate(at);
  if (day < v.permitValidFrom || day > v.permitValidTo) {
    throw invalidField(path, 'haulage_permit_not_valid', { plate, date: day, from: v.permitValidFrom, to: v.permitValidTo });
  }
  return { id: v.id, plate: v.plate };
}

/** The waste module records each manifest's load here (same transaction), so trips can be matched without its tables. */
export async function recordManifestLoad(
  tx: DbOrTx,
  load: {
    manifestId: string;
    manifestNumber: string;
    vehicleId: string;
    projectId: string;
    facilityId: string;
    regionCode: string;
    issuedAt: Date;
  },
): Promise<void> {
  await tx.insert(haulageManifestLoads).values(load).onConflictDoNothing();
}
