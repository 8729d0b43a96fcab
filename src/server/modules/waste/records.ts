// On-site records: sorting (informational), reuse on site (recovered, never discharged) and historical discharge
// imported from paper manifests. Historical rows are keyed by their reference so nothing is counted twice.
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { invalidField } from '../../platform/errors.js';
import { offsetOf, pageFromRows, totalColumn, type PageQuery } from '../../platform/pagination.js';
import type { ProjectRef } from '../projects/index.js';
import { wasteManifests, wasteSiteRecords, type SiteRecordKind } from './tables.js';
import { recordEvent } from '../../platform/events.js';
import { wasteRecordAdded } from './events.js';

type RecordRow = typeof wasteSiteRecords.$inferSelect;

export type SiteRecordInput = {
  kind: SiteRecordKind;
  recordDate: string;
  stage: string;
  category: string;
  subClass?: string | null;
  route?: string | null;
  tonnes: number;
  reference?: string | null;
  notes?: string | null;
};

/** The route implied by a record kind, or a problem code when the given route does not fit it. */
export function routeForKind(kind: SiteRecordKind, route: string | null | undefined): { route: string | null } | { problem: string } {
  if (kind === 'sorted') return route ? { problem: 'waste_route_for_kind' } : { route: null };
  if (kind === 'reused') return !route || route === 'reuseOnSite' ? { route: 'reuseOnSite' } : { problem: 'waste_route_for_kind' };
  return route === 'recycling' || route === 'disposal' ? { route } : { problem: 'waste_route_for_kind' };
}

function recordOut(r: RecordRow) {
  const { createdBy: _b, isDemo: _d, ...rest } = r;
  return { ...rest, createdAt: r.createdAt.toISOString() };
}

export async function listRecords(db: DbOrTx, projectId: string, f: { kind?: SiteRecordKind }, page: PageQuery) {
  const where: SQL[] = [eq(wasteSiteRecords.projectId, projectId)];
  if (f.kind) where.push(eq(wasteSiteRecords.kind, f.kind));
  const cond = and(...where);
  const counted = db.select({ n: count() }).from(wasteSiteRecords).where(cond);
  const rows = await db
    .select({ r: wasteSiteRecords, total: totalColumn(counted) })
    .from(wasteSiteRecords)
    .where(cond)
    .orderBy(desc(wasteSiteRecords.recordDate), desc(wasteSiteRecords.createdAt))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const { items, total } = await pageFromRows(rows, counted);
  return { items: items.map((i) => recordOut(i.r)), total };
}

/** References already used by the project (site records) or anywhere as electronic manifest numbers. */
export async function takenReferences(db: DbOrTx, projectId: string, refs: string[]): Promise<Map<string, 'record' | 'manifest'>> {
  const out = new Map<string, 'record' | 'manifest'>();
  if (!refs.length) return out;
  for (const r of await db
    .select({ ref: wasteSiteRecords.reference })
    .from(wasteSiteRecords)
    .where(and(eq(wasteSiteRecords.projectId, projectId), inArray(wasteSiteRecords.reference, refs))))
    out.set(r.ref!, 'record');
  for (const r of await db
    .select({ n: wasteManifests.number })
    .from(wasteManifests)
    .where(
      inArray(
        wasteManifests.number,
        refs.map((x) => x.toUpperCase()),
      ),
    ))
    out.set(r.n, 'manifest');
  return out;
}

export async function createRecords(
  tx: DbOrTx,
  actor: AuditActor,
  project: ProjectRef,
  inputs: SiteRecordInput[],
  opts: { importBatch?: string; isDemo?: boolean } = {},
) {
  const rows: RecordRow[] = [];
  for (const [i, input] of inputs.entries()) {
    const prefix = inputs.length > 1 ? `${i}.` : '';
    if (input.subClass && input.category !== 'constructionWaste')
      throw invalidField(`${prefix}subClass`, 'waste_subclass_only_construction');
    const r = routeForKind(input.kind, input.route);
    if ('problem' in r) throw invalidField(`${prefix}route`, r.problem);
    rows.push({
      id: randomUUID(),
      projectId: project.id,
      kind: input.kind,
      recordDate: input.recordDate,
      stage: input.stage as RecordRow['stage'],
      category: input.category as RecordRow['category'],
      subClass: (input.subClass ?? null) as RecordRow['subClass'],
      route: r.route as RecordRow['route'],
      tonnes: input.tonnes,
      reference: input.reference ?? null,
      notes: input.notes ?? null,
      importBatch: opts.importBatch ?? null,
      createdBy: actor.id,
      isDemo: opts.isDemo ?? false,
      createdAt: new Date(),
    });
  }
  const refs = rows.map((r) => r.reference).filter((r): r is string => !!r);
  const taken = await takenReferences(tx, project.id, refs);
  for (const ref of refs) {
    const hit = taken.get(ref) ?? taken.get(ref.toUpperCase());
    if (hit)
      throw invalidField('reference', hit === 'manifest' ? 'waste_reference_is_manifest' : 'waste_reference_taken', { reference: ref });
  }
  if (rows.length) await tx.insert(wasteSiteRecords).values(rows);
  if (opts.importBatch) {
    const tonnes = Math.round(rows.reduce((s, r) => s + r.tonnes, 0) * 1000) / 1000;
    await recordAudit(tx, actor, {
      action: 'waste.records.import',
      entityType: 'waste_import',
      entityId: opts.importBatch,
      regionCode: project.regionCode,
      organisationId: project.ownerOrganisationId,
      after: { projectId: project.id, rows: rows.length, tonnes },
    });
  } else {
    for (const r of rows)
      await recordAudit(tx, actor, {
        action: 'waste.record.create',
        entityType: 'waste_record',
        entityId: r.id,
        regionCode: project.regionCode,
        organisationId: project.ownerOrganisationId,
        after: r,
      });
  }
  // An Excel import is one audit entry but each row is a record a partner may sync, so one event per row.
  for (const r of rows)
    await recordEvent(tx, wasteRecordAdded, {
      subject: `/projects/${project.id}/waste-records/${r.id}`,
      data: { projectId: project.id, recordId: r.id, kind: r.kind, recordDate: r.recordDate, category: r.category, tonnes: r.tonnes },
      projectId: project.id,
      organisationId: project.ownerOrganisationId,
      regionCode: project.regionCode,
    });
  return rows.map(recordOut);
}

export async function deleteRecord(tx: DbOrTx, actor: AuditActor, project: ProjectRef, id: string) {
  const [before] = await tx
    .delete(wasteSiteRecords)
    .where(and(eq(wasteSiteRecords.id, id), eq(wasteSiteRecords.projectId, project.id)))
    .returning();
  if (!before) return false;
  await recordAudit(tx, actor, {
    action: 'waste.record.delete',
    entityType: 'waste_record',
    entityId: id,
    regionCode: project.regionCode,
    organisationId: project.ownerOrganisationId,
    before,
  });
  return true;
}
