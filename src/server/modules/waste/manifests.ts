// 电子联单: gate creation, dispatch, receipt and dispute at the destination facility, deadlines and alerts.
// Every transition goes through the domain state machine (transitionManifest); the row is locked and the
// update is guarded by the expected state, so a manifest is received (and counted) at most once.
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, gte, ilike, inArray, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { selectRows, type DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors.js';
import { offsetOf, pageFromRows, totalColumn, type Page, type PageQuery } from '../../platform/pagination.js';
import {
  manifestWeightDiscrepancy,
  transitionManifest,
  type Manifest,
  type ManifestEvent,
  type ManifestState,
  type WasteCategory,
} from '../../../domain/waste/index.js';
import { projectForPrincipal, projectRefs, type ProjectRef, type GrantedRead } from '../projects/index.js';
import { chinaDate, getFacility, licenceStatus, type Facility } from './facilities.js';
import { rulesForRegion } from './plans.js';
import { wasteAlerts, wasteFacilities, wasteManifests, type WasteAlertKind } from './tables.js';
import { recordEvent } from '../../platform/events.js';
import { manifestDispatched, manifestDisputed, manifestIssued, manifestReceived } from './events.js';

type ManifestRow = typeof wasteManifests.$inferSelect;
const CLOSED: ManifestState[] = ['received', 'disputed', 'expired'];
/** Clock skew allowed between a phone at the gate and the server. */
const FUTURE_SLACK_MS = 5 * 60_000;

export function toDomainManifest(r: ManifestRow): Manifest {
  const m: Manifest = {
    id: r.id,
    category: r.category,
    stage: r.stage,
    route: r.route,
    state: r.state,
    createdAt: r.createdAt.toISOString(),
  };
  if (r.subClass) m.subClass = r.subClass;
  if (r.dispatchedAt) m.dispatchedAt = r.dispatchedAt.toISOString();
  if (r.closedAt) m.closedAt = r.closedAt.toISOString();
  if (r.gateTonnes !== null && r.dispatchedAt) m.gateTonnes = r.gateTonnes;
  if (r.weighbridgeTonnes !== null) m.weighbridgeTonnes = r.weighbridgeTonnes;
  if (r.disputeReason) m.disputeReason = r.disputeReason;
  return m;
}

function eventTime(at: string | undefined, now: Date, path: string): Date {
  const t = at ? new Date(at) : now;
  if (t.getTime() > now.getTime() + FUTURE_SLACK_MS) throw invalidField(path, 'waste_time_future');
  return t;
}

function transition(row: ManifestRow, event: ManifestEvent): Manifest {
  const r = transitionManifest(toDomainManifest(row), event);
  if (r.ok) return r.manifest;
  if (r.reason.startsWith('cannot ')) {
    if (CLOSED.includes(row.state)) throw conflict('waste_manifest_already_closed', { state: row.state });
    throw conflict('waste_manifest_state', { state: row.state });
  }
  throw invalidField('at', 'waste_time_invalid', { reason: r.reason });
}

// ---------- alerts ----------

export type AlertInput = {
  kind: WasteAlertKind;
  dedupeKey: string;
  projectId?: string | null;
  manifestId?: string | null;
  facilityId?: string | null;
  regionCode?: string | null;
  details: Record<string, unknown>;
};

/** Raises an alert once: the dedupe key makes repeated checks (and repeated job ticks) idempotent. */
export async function raiseAlert(tx: DbOrTx, a: AlertInput): Promise<boolean> {
  const rows = await tx
    .insert(wasteAlerts)
    .values({
      id: randomUUID(),
      kind: a.kind,
      dedupeKey: a.dedupeKey,
      projectId: a.projectId ?? null,
      manifestId: a.manifestId ?? null,
      facilityId: a.facilityId ?? null,
      regionCode: a.regionCode ?? null,
      details: a.details,
    })
    .onConflictDoNothing()
    .returning({ id: wasteAlerts.id });
  return rows.length > 0;
}

/** Destination checks at the gate: the load still leaves (the truck is at the gate), but the regulator sees why it should not have. */
async function destinationAlerts(tx: DbOrTx, row: ManifestRow, facility: Facility, at: Date) {
  const base = { projectId: row.projectId, manifestId: row.id, facilityId: facility.id, regionCode: row.regionCode };
  const status = licenceStatus(facility, at);
  if (status === 'unlicensed')
    await raiseAlert(tx, {
      ...base,
      kind: 'facility_unlicensed',
      dedupeKey: `manifest:${row.id}:facility_unlicensed`,
      details: { facility: facility.name },
    });
  if (status === 'expired')
    await raiseAlert(tx, {
      ...base,
      kind: 'licence_expired',
      dedupeKey: `manifest:${row.id}:licence_expired`,
      details: { facility: facility.name, licenceValidUntil: facility.licenceValidUntil },
    });
  if (!facility.acceptedCategories.includes(row.category)) {
    await raiseAlert(tx, {
      ...base,
      kind: 'category_not_accepted',
      dedupeKey: `manifest:${row.id}:category_not_accepted`,
      details: { facility: facility.name, category: row.category, accepted: facility.acceptedCategories },
    });
  }
  if (facility.dailyCapacityTonnes !== null) {
    // The facility's day in China time: every load sent to it that day and not refused or lapsed.
    const date = chinaDate(at);
    const start = new Date(`${date}T00:00:00+08:00`);
    const end = new Date(start.getTime() + 86400_000);
    const [sum] = await tx
      .select({
        t: sql<number>`coalesce(sum(coalesce(${wasteManifests.weighbridgeTonnes}, ${wasteManifests.gateTonnes})), 0)`.mapWith(Number),
      })
      .from(wasteManifests)
      .where(
        and(
          eq(wasteManifests.facilityId, facility.id),
          notInArray(wasteManifests.state, ['disputed', 'expired']),
          gte(wasteManifests.createdAt, start),
          lt(wasteManifests.createdAt, end),
        ),
      );
    const dayTonnes = Math.round((sum?.t ?? 0) * 1000) / 1000;
    if (dayTonnes > facility.dailyCapacityTonnes) {
      await raiseAlert(tx, {
        ...base,
        kind: 'over_capacity',
        dedupeKey: `manifest:${row.id}:over_capacity`,
        details: { facility: facility.name, date, dayTonnes, capacity: facility.dailyCapacityTonnes },
      });
    }
  }
}

// ---------- access ----------

export type ManifestIntent = 'read' | 'write' | 'receive';

/**
 * Loads a manifest for a principal. Facility users see only manifests destined to their organisation's facilities;
 * everyone else sees the manifests of projects they may see. Out of scope answers 404 (no existence leak).
 */
export async function manifestForPrincipal(
  db: DbOrTx,
  p: Principal | null,
  id: string,
  intent: ManifestIntent,
  granted?: GrantedRead,
): Promise<{ row: ManifestRow; project: ProjectRef | null }> {
  if (!p || !/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const [row] = await db.select().from(wasteManifests).where(eq(wasteManifests.id, id));
  if (!row) throw notFound();
  if (p.role === 'facility') {
    const [f] = await db
      .select({ org: wasteFacilities.organisationId })
      .from(wasteFacilities)
      .where(eq(wasteFacilities.id, row.facilityId));
    if (!p.organisationId || f?.org !== p.organisationId) throw notFound();
    if (intent === 'write') throw new AppError(403, 'forbidden');
    return { row, project: null };
  }
  const project = await projectForPrincipal(db, p, row.projectId, intent === 'read' ? 'read' : 'write', granted);
  // Only the destination (or an administrator) confirms receipt; the site cannot confirm its own load.
  if (intent === 'receive' && p.role !== 'admin') throw new AppError(403, 'forbidden');
  return { row, project };
}

// ---------- writes ----------

export type ManifestInput = {
  facilityId: string;
  category: string;
  subClass?: string | null;
  stage: string;
  vehiclePlate: string;
  driverName: string;
  driverPhone?: string | null;
  gateWeighing: 'estimated' | 'weighed';
  gateTonnes: number;
  at?: string;
  dispatch: boolean;
  notes?: string | null;
};

async function nextNumber(tx: DbOrTx, at: Date): Promise<string> {
  const [r] = await selectRows<{ n: string }>(tx, sql`select nextval('waste_manifest_no_seq')::text as n`);
  return `LD${chinaDate(at).replaceAll('-', '')}${r!.n.padStart(6, '0')}`;
}

export async function createManifest(
  tx: DbOrTx,
  actor: AuditActor,
  project: ProjectRef,
  input: ManifestInput,
  opts: { now?: Date; isDemo?: boolean } = {},
) {
  const now = opts.now ?? new Date();
  const facility = await getFacility(tx, input.facilityId);
  if (!facility || !facility.active) throw invalidField('facilityId', 'waste_facility_unknown');
  // A manifest goes to a facility of the project's own region: facilities are registered and supervised per region, and
  // the platform records no cross-region disposal permit, so another region's facility is refused whoever issues it.
  if (facility.regionCode !== project.regionCode) throw invalidField('facilityId', 'waste_facility_other_region');
  if (input.subClass && input.category !== 'constructionWaste') throw invalidField('subClass', 'waste_subclass_only_construction');
  const at = eventTime(input.at, now, 'at');
  const id = randomUUID();
  const draft: ManifestRow = {
    id,
    number: await nextNumber(tx, at),
    projectId: project.id,
    regionCode: project.regionCode,
    facilityId: facility.id,
    category: input.category as WasteCategory,
    subClass: (input.subClass ?? null) as ManifestRow['subClass'],
    stage: input.stage as ManifestRow['stage'],
    route: facility.kind,
    vehiclePlate: input.vehiclePlate,
    driverName: input.driverName,
    driverPhone: input.driverPhone ?? null,
    gateWeighing: input.gateWeighing,
    gateTonnes: input.gateTonnes,
    state: 'created',
    createdAt: at,
    createdBy: actor.id,
    dispatchedAt: null,
    closedAt: null,
    weighbridgeTonnes: null,
    receivedBy: null,
    disputeReason: null,
    notes: input.notes ?? null,
    isDemo: opts.isDemo ?? false,
  };
  if (input.dispatch) {
    const m = transition(draft, { type: 'dispatch', at: at.toISOString(), gateTonnes: input.gateTonnes });
    draft.state = m.state;
    draft.dispatchedAt = at;
  }
  const [row] = await tx.insert(wasteManifests).values(draft).returning();
  await destinationAlerts(tx, row!, facility, at);
  await recordAudit(tx, actor, {
    action: 'waste.manifest.create',
    entityType: 'waste_manifest',
    entityId: id,
    regionCode: project.regionCode,
    organisationId: project.ownerOrganisationId,
    after: row,
  });
  await recordEvent(tx, manifestIssued, {
    subject: `/projects/${row!.projectId}/manifests/${row!.id}`,
    data: {
      projectId: row!.projectId,
      manifestId: row!.id,
      number: row!.number,
      facilityId: row!.facilityId,
      state: row!.state,
      gateTonnes: row!.gateTonnes,
    },
    projectId: row!.projectId,
    organisationId: project.ownerOrganisationId,
    regionCode: project.regionCode,
  });
  if (row!.state === 'in_transit')
    await recordEvent(tx, manifestDispatched, {
      subject: `/projects/${row!.projectId}/manifests/${row!.id}`,
      data: {
        projectId: row!.projectId,
        manifestId: row!.id,
        number: row!.number,
        facilityId: row!.facilityId,
        dispatchedAt: row!.dispatchedAt!.toISOString(),
      },
      projectId: row!.projectId,
      organisationId: project.ownerOrganisationId,
      regionCode: project.regionCode,
    });
  return row!;
}

async function lockManifest(tx: DbOrTx, id: string): Promise<ManifestRow> {
  const [row] = await tx.select().from(wasteManifests).where(eq(wasteManifests.id, id)).for('update');
  if (!row) throw notFound();
  return row;
}

async function writeTransition(tx: DbOrTx, before: ManifestRow, set: Partial<ManifestRow>): Promise<ManifestRow> {
  const [after] = await tx
    .update(wasteManifests)
    .set(set)
    .where(and(eq(wasteManifests.id, before.id), eq(wasteManifests.state, before.state)))
    .returning();
  // Another request moved it first (the row lock makes this rare on PostgreSQL; PGlite serialises anyway).
  if (!after) throw conflict('waste_manifest_already_closed', { state: 'received' });
  return after;
}

export async function dispatchManifest(tx: DbOrTx, actor: AuditActor, id: string, input: { at?: string }, now = new Date()) {
  const before = await lockManifest(tx, id);
  const at = eventTime(input.at, now, 'at');
  transition(before, { type: 'dispatch', at: at.toISOString(), gateTonnes: before.gateTonnes });
  const after = await writeTransition(tx, before, { state: 'in_transit', dispatchedAt: at });
  await recordAudit(tx, actor, {
    action: 'waste.manifest.dispatch',
    entityType: 'waste_manifest',
    entityId: id,
    regionCode: after.regionCode,
    before,
    after,
  });
  await recordEvent(tx, manifestDispatched, {
    subject: `/projects/${after.projectId}/manifests/${after.id}`,
    data: {
      projectId: after.projectId,
      manifestId: after.id,
      number: after.number,
      facilityId: after.facilityId,
      dispatchedAt: after.dispatchedAt!.toISOString(),
    },
    projectId: after.projectId,
    regionCode: after.regionCode,
  });
  return after;
}

export async function receiveManifest(
  tx: DbOrTx,
  actor: AuditActor,
  id: string,
  input: { weighbridgeTonnes: number; at?: string },
  now = new Date(),
) {
  const before = await lockManifest(tx, id);
  const at = eventTime(input.at, now, 'at');
  transition(before, { type: 'receive', at: at.toISOString(), weighbridgeTonnes: input.weighbridgeTonnes });
  const after = await writeTransition(tx, before, {
    state: 'received',
    closedAt: at,
    weighbridgeTonnes: input.weighbridgeTonnes,
    receivedBy: actor.id,
  });
  const rules = await rulesForRegion(tx, after.regionCode);
  const d = manifestWeightDiscrepancy(after.gateTonnes, input.weighbridgeTonnes, rules.weightToleranceShare);
  if (!d.withinTolerance) {
    await raiseAlert(tx, {
      kind: 'weight_discrepancy',
      dedupeKey: `manifest:${id}:weight_discrepancy`,
      projectId: after.projectId,
      manifestId: id,
      facilityId: after.facilityId,
      regionCode: after.regionCode,
      details: {
        gateTonnes: after.gateTonnes,
        weighbridgeTonnes: input.weighbridgeTonnes,
        differenceTonnes: d.differenceTonnes,
        share: Number.isFinite(d.share) ? d.share : null,
        allowedShare: rules.weightToleranceShare,
      },
    });
  }
  await recordAudit(tx, actor, {
    action: 'waste.manifest.receive',
    entityType: 'waste_manifest',
    entityId: id,
    regionCode: after.regionCode,
    before,
    after,
  });
  await recordEvent(tx, manifestReceived, {
    subject: `/projects/${after.projectId}/manifests/${after.id}`,
    data: {
      projectId: after.projectId,
      manifestId: after.id,
      number: after.number,
      facilityId: after.facilityId,
      weighbridgeTonnes: input.weighbridgeTonnes,
      receivedAt: after.closedAt!.toISOString(),
    },
    projectId: after.projectId,
    regionCode: after.regionCode,
  });
  return after;
}

export async function disputeManifest(tx: DbOrTx, actor: AuditActor, id: string, input: { reason: string; at?: string }, now = new Date()) {
  const before = await lockManifest(tx, id);
  const at = eventTime(input.at, now, 'at');
  transition(before, { type: 'dispute', at: at.toISOString(), reason: input.reason });
  const after = await writeTransition(tx, before, { state: 'disputed', closedAt: at, disputeReason: input.reason, receivedBy: actor.id });
  await recordAudit(tx, actor, {
    action: 'waste.manifest.dispute',
    entityType: 'waste_manifest',
    entityId: id,
    regionCode: after.regionCode,
    before,
    after,
  });
  await recordEvent(tx, manifestDisputed, {
    subject: `/projects/${after.projectId}/manifests/${after.id}`,
    data: { projectId: after.projectId, manifestId: after.id, number: after.number, facilityId: after.facilityId, reason: input.reason },
    projectId: after.projectId,
    regionCode: after.regionCode,
  });
  return after;
}

const SYSTEM: AuditActor = { id: null, name: 'system', role: null, ip: null };

/**
 * The deadline job: an in-transit load not received within the region's N hours raises not_received; past the
 * expiry horizon the manifest (or one never dispatched) expires and can no longer be counted. Licence alerts too.
 */
export async function runManifestDeadlines(
  db: DbOrTx,
  now = new Date(),
): Promise<{ overdue: number; expired: number; licenceAlerts: number }> {
  const open = await db
    .select()
    .from(wasteManifests)
    .where(inArray(wasteManifests.state, ['created', 'in_transit']));
  const rulesByRegion = new Map<string, Awaited<ReturnType<typeof rulesForRegion>>>();
  let overdue = 0;
  let expired = 0;
  for (const m of open) {
    if (!rulesByRegion.has(m.regionCode)) rulesByRegion.set(m.regionCode, await rulesForRegion(db, m.regionCode));
    const rules = rulesByRegion.get(m.regionCode)!;
    const since = (m.dispatchedAt ?? m.createdAt).getTime();
    const hours = (now.getTime() - since) / 3600_000;
    if (hours >= rules.expireAfterHours) {
      await db.transaction(async (tx) => {
        const before = await lockManifest(tx, m.id);
        if (before.state !== m.state) return;
        transition(before, { type: 'expire', at: now.toISOString() });
        const after = await writeTransition(tx, before, { state: 'expired', closedAt: now });
        await raiseAlert(tx, {
          kind: 'manifest_expired',
          dedupeKey: `manifest:${m.id}:manifest_expired`,
          projectId: m.projectId,
          manifestId: m.id,
          facilityId: m.facilityId,
          regionCode: m.regionCode,
          details: { hours: rules.expireAfterHours },
        });
        await recordAudit(tx, SYSTEM, {
          action: 'waste.manifest.expire',
          entityType: 'waste_manifest',
          entityId: m.id,
          regionCode: m.regionCode,
          before,
          after,
        });
        expired++;
      });
    } else if (m.state === 'in_transit' && hours >= rules.receiptDeadlineHours) {
      const raised = await raiseAlert(db, {
        kind: 'not_received',
        dedupeKey: `manifest:${m.id}:not_received`,
        projectId: m.projectId,
        manifestId: m.id,
        facilityId: m.facilityId,
        regionCode: m.regionCode,
        details: { hours: rules.receiptDeadlineHours, dispatchedAt: m.dispatchedAt?.toISOString() },
      });
      if (raised) overdue++;
    }
  }
  let licenceAlerts = 0;
  for (const f of await db.select().from(wasteFacilities).where(eq(wasteFacilities.active, true))) {
    const status = licenceStatus(f, now);
    if (status === 'valid') continue;
    const kind: WasteAlertKind =
      status === 'expiring' ? 'licence_expiring' : status === 'expired' ? 'licence_expired' : 'facility_unlicensed';
    const raised = await raiseAlert(db, {
      kind,
      dedupeKey: `facility:${f.id}:${kind}:${f.licenceNo ?? ''}:${f.licenceValidUntil ?? ''}`,
      facilityId: f.id,
      regionCode: f.regionCode,
      details: { facility: f.name, licenceNo: f.licenceNo, licenceValidUntil: f.licenceValidUntil },
    });
    if (raised) licenceAlerts++;
  }
  return { overdue, expired, licenceAlerts };
}

// ---------- reads ----------

export type ManifestFilter = {
  projectIds?: string[];
  facilityIds?: string[];
  state?: ManifestState;
  q?: string;
  from?: string;
  to?: string;
};

function manifestWhere(f: ManifestFilter): SQL | undefined {
  const w: SQL[] = [];
  if (f.projectIds) w.push(f.projectIds.length ? inArray(wasteManifests.projectId, f.projectIds) : sql`false`);
  if (f.facilityIds) w.push(f.facilityIds.length ? inArray(wasteManifests.facilityId, f.facilityIds) : sql`false`);
  if (f.state) w.push(eq(wasteManifests.state, f.state));
  if (f.q) w.push(or(ilike(wasteManifests.number, `%${f.q}%`), ilike(wasteManifests.vehiclePlate, `%${f.q}%`))!);
  if (f.from) w.push(gte(wasteManifests.createdAt, new Date(f.from)));
  if (f.to) w.push(lt(wasteManifests.createdAt, new Date(f.to)));
  return w.length ? and(...w) : undefined;
}

export async function decorateManifests(db: DbOrTx, rows: ManifestRow[]) {
  const ids = rows.map((r) => r.id);
  const refs = await projectRefs(
    db,
    rows.map((r) => r.projectId),
  );
  const facilities = rows.length
    ? new Map(
        (
          await db
            .select({ id: wasteFacilities.id, name: wasteFacilities.name, kind: wasteFacilities.kind })
            .from(wasteFacilities)
            .where(inArray(wasteFacilities.id, [...new Set(rows.map((r) => r.facilityId))]))
        ).map((f) => [f.id, f]),
      )
    : new Map();
  const alerts = ids.length
    ? await db
        .select({ manifestId: wasteAlerts.manifestId, kind: wasteAlerts.kind, details: wasteAlerts.details })
        .from(wasteAlerts)
        .where(inArray(wasteAlerts.manifestId, ids))
    : [];
  return rows.map((r) => ({
    ...r,
    projectName: refs.get(r.projectId)?.name ?? null,
    projectCode: refs.get(r.projectId)?.code ?? null,
    facilityName: facilities.get(r.facilityId)?.name ?? '',
    facilityKind: facilities.get(r.facilityId)?.kind ?? r.route,
    createdAt: r.createdAt.toISOString(),
    dispatchedAt: r.dispatchedAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
    alerts: alerts.filter((a) => a.manifestId === r.id).map((a) => ({ kind: a.kind, details: a.details })),
  }));
}
export type ManifestView = Awaited<ReturnType<typeof decorateManifests>>[number];

export async function listManifests(db: DbOrTx, f: ManifestFilter, page: PageQuery): Promise<Page<ManifestView>> {
  const where = manifestWhere(f);
  const counted = db.select({ n: count() }).from(wasteManifests).where(where);
  const rows = await db
    .select({ m: wasteManifests, total: totalColumn(counted) })
    .from(wasteManifests)
    .where(where)
    .orderBy(desc(wasteManifests.createdAt), desc(wasteManifests.number))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const { items, total } = await pageFromRows(rows, counted);
  return {
    items: await decorateManifests(
      db,
      items.map((i) => i.m),
    ),
    total,
  };
}

/** Every manifest matching a filter, for exports (bounded). */
export async function allManifests(db: DbOrTx, f: ManifestFilter, limit = 50_000) {
  const rows = await db.select().from(wasteManifests).where(manifestWhere(f)).orderBy(desc(wasteManifests.createdAt)).limit(limit);
  return decorateManifests(db, rows);
}

export async function findManifestIdByNumber(db: DbOrTx, number: string): Promise<string | null> {
  const [row] = await db
    .select({ id: wasteManifests.id })
    .from(wasteManifests)
    .where(eq(wasteManifests.number, number.trim().toUpperCase()));
  return row?.id ?? null;
}
