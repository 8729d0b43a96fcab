import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors.js';
import type { Page, PageQuery } from '../../platform/pagination.js';
import { offsetOf } from '../../platform/pagination.js';
import { getOrganisation, organisationNameSql } from '../accounts/index.js';
import { projectDataGrants, projectGrantAccesses, projectParticipants, projects, type GrantDataset } from './tables.js';

/** A read of one dataset under a grant: what the access log records besides who and when. */
export type GrantedRead = { dataset: GrantDataset; method: string; route: string };

/** What a read route of a grantable dataset passes to projectForPrincipal: the dataset and the route it reads it by. */
export const underGrant = (req: FastifyRequest, dataset: GrantDataset): GrantedRead => ({
  dataset,
  method: req.method,
  route: req.routeOptions.url ?? req.url.split('?')[0]!,
});

export async function logGrantedRead(db: DbOrTx, p: Principal, grantId: string, read: GrantedRead): Promise<void> {
  await db.insert(projectGrantAccesses).values({
    grantId,
    actorId: p.userId,
    actorName: p.displayName === p.username ? p.username : `${p.displayName} (${p.username})`,
    via: p.via,
    dataset: read.dataset,
    method: read.method,
    route: read.route,
  });
}

export type GrantInput = { granteeOrganisationId: string; datasets: GrantDataset[]; validUntil?: string | null; purpose: string };

/**
 * The organisation that may grant a project's data: its owner (建设单位) or its EPC lead (a participant in role 'epc');
 * an administrator acts for the owner.
 */
async function grantorOf(db: DbOrTx, p: Principal, projectId: string): Promise<{ organisationId: string; regionCode: string }> {
  const [project] = await db
    .select({ owner: projects.ownerOrganisationId, regionCode: projects.regionCode })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (!project) throw notFound();
  if (p.role === 'admin') return { organisationId: project.owner, regionCode: project.regionCode };
  if (p.role !== 'enterprise' || !p.organisationId) throw forbidden();
  if (project.owner === p.organisationId) return { organisationId: p.organisationId, regionCode: project.regionCode };
  const [epc] = await db
    .select({ o: projectParticipants.organisationId })
    .from(projectParticipants)
    .where(
      and(
        eq(projectParticipants.projectId, projectId),
        eq(projectParticipants.organisationId, p.organisationId),
        eq(projectParticipants.role, 'epc'),
      ),
    );
  if (!epc) throw forbidden();
  return { organisationId: p.organisationId, regionCode: project.regionCode };
}

export async function createGrant(tx: DbOrTx, actor: AuditActor, p: Principal, projectId: string, input: GrantInput) {
  const grantor = await grantorOf(tx, p, projectId);
  const grantee = await getOrganisation(tx, input.granteeOrganisationId);
  if (!grantee) throw invalidField('granteeOrganisationId', 'organisation_unknown');
  if (grantee.id === grantor.organisationId) throw invalidField('granteeOrganisationId', 'grant_to_self');
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (input.validUntil && input.validUntil < today) throw invalidField('validUntil', 'grant_until_past');
  const id = randomUUID();
  const [row] = await tx
    .insert(projectDataGrants)
    .values({
      id,
      projectId,
      grantorOrganisationId: grantor.organisationId,
      granteeOrganisationId: grantee.id,
      datasets: [...new Set(input.datasets)],
      purpose: input.purpose,
      validUntil: input.validUntil ?? null,
      createdBy: p.userId,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'project.grant',
    entityType: 'project_data_grant',
    entityId: id,
    regionCode: grantor.regionCode,
    organisationId: grantor.organisationId,
    after: row,
  });
  return (await grantById(tx, id))!;
}

const grantColumns = {
  g: projectDataGrants,
  projectCode: projects.code,
  projectName: projects.name,
  regionCode: projects.regionCode,
  grantorName: organisationNameSql(projectDataGrants.grantorOrganisationId),
  granteeName: organisationNameSql(projectDataGrants.granteeOrganisationId),
  accessCount: sql<number>`(select count(*) from ${projectGrantAccesses} a where a.grant_id = ${projectDataGrants.id})`.mapWith(Number),
  lastAccessAt: sql<string | null>`(select max(a.at) from ${projectGrantAccesses} a where a.grant_id = ${projectDataGrants.id})`,
};
type GrantSelected = { [K in keyof typeof grantColumns]: K extends 'g' ? typeof projectDataGrants.$inferSelect : unknown };

function toGrant(r: GrantSelected) {
  const g = r.g as typeof projectDataGrants.$inferSelect;
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const status = g.revokedAt ? 'revoked' : g.validUntil && g.validUntil < today ? 'expired' : 'active';
  return {
    id: g.id,
    projectId: g.projectId,
    projectCode: r.projectCode as string,
    projectName: r.projectName as string,
    regionCode: r.regionCode as string,
    grantorOrganisationId: g.grantorOrganisationId,
    grantorOrganisationName: (r.grantorName as string | null) ?? '',
    granteeOrganisationId: g.granteeOrganisationId,
    granteeOrganisationName: (r.granteeName as string | null) ?? '',
    datasets: g.datasets,
    purpose: g.purpose,
    validUntil: g.validUntil,
    status: status as 'active' | 'expired' | 'revoked',
    createdAt: g.createdAt.toISOString(),
    revokedAt: g.revokedAt?.toISOString() ?? null,
    accessCount: Number(r.accessCount),
    lastAccessAt: r.lastAccessAt ? new Date(r.lastAccessAt as string).toISOString() : null,
  };
}
export type Grant = ReturnType<typeof toGrant>;

async function grantById(db: DbOrTx, id: string) {
  const [r] = await db
    .select(grantColumns)
    .from(projectDataGrants)
    .innerJoin(projects, eq(projects.id, projectDataGrants.projectId))
    .where(eq(projectDataGrants.id, id));
  return r ? toGrant(r as GrantSelected) : null;
}

export type GrantDirection = 'given' | 'received' | 'all';

/**
 * Grants a principal may see: an organisation those it gave and those it received; regulators those of projects in their
 * region (the ministry and administrators all).
 */
function grantsVisibleTo(p: Principal, direction: GrantDirection): SQL {
  if (p.role === 'admin') return sql`true`;
  if (p.role === 'regulator') return p.regionCode ? eq(projects.regionCode, p.regionCode) : sql`true`;
  if (!p.organisationId) return sql`false`;
  const given = eq(projectDataGrants.grantorOrganisationId, p.organisationId);
  const received = eq(projectDataGrants.granteeOrganisationId, p.organisationId);
  if (direction === 'given') return given;
  if (direction === 'received') return received;
  return sql`(${given} or ${received})`;
}

export async function listGrants(
  db: DbOrTx,
  p: Principal,
  f: { direction: GrantDirection; projectId?: string; status?: 'active' | 'expired' | 'revoked' },
  page: PageQuery,
): Promise<Page<Grant>> {
  const where: SQL[] = [grantsVisibleTo(p, f.direction)];
  if (f.projectId) where.push(eq(projectDataGrants.projectId, f.projectId));
  const today = sql`(now() at time zone 'Asia/Shanghai')::date`;
  if (f.status === 'revoked') where.push(sql`${projectDataGrants.revokedAt} is not null`);
  if (f.status === 'expired') where.push(sql`${projectDataGrants.revokedAt} is null and ${projectDataGrants.validUntil} < ${today}`);
  if (f.status === 'active')
    where.push(
      sql`${projectDataGrants.revokedAt} is null and (${projectDataGrants.validUntil} is null or ${projectDataGrants.validUntil} >= ${today})`,
    );
  const cond = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select(grantColumns)
      .from(projectDataGrants)
      .innerJoin(projects, eq(projects.id, projectDataGrants.projectId))
      .where(cond)
      .orderBy(desc(projectDataGrants.createdAt), desc(projectDataGrants.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(projectDataGrants).innerJoin(projects, eq(projects.id, projectDataGrants.projectId)).where(cond),
  ]);
  return { items: rows.map((r) => toGrant(r as GrantSelected)), total: total?.n ?? 0 };
}

/** One grant as the principal may see it, or 404. */
export async function visibleGrant(db: DbOrTx, p: Principal, id: string): Promise<Grant> {
  const [r] = await db
    .select(grantColumns)
    .from(projectDataGrants)
    .innerJoin(projects, eq(projects.id, projectDataGrants.projectId))
    .where(and(eq(projectDataGrants.id, id), grantsVisibleTo(p, 'all')));
  if (!r) throw notFound();
  return toGrant(r as GrantSelected);
}

export async function revokeGrant(tx: DbOrTx, actor: AuditActor, p: Principal, id: string): Promise<void> {
  const before = await visibleGrant(tx, p, id);
  // Only the grantor (or an administrator) takes a grant back; the grantee and regulators only see it.
  if (p.role !== 'admin' && before.grantorOrganisationId !== p.organisationId) throw forbidden();
  if (before.revokedAt) throw conflict('grant_already_revoked');
  const [after] = await tx
    .update(projectDataGrants)
    .set({ revokedAt: new Date(), revokedBy: p.userId })
    .where(eq(projectDataGrants.id, id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'project.grant_revoke',
    entityType: 'project_data_grant',
    entityId: id,
    regionCode: before.regionCode,
    organisationId: before.grantorOrganisationId,
    before,
    after,
  });
}

/** The log of reads under a grant: for its grantor (and administrators, regulators of the region, and the grantee). */
export async function grantAccesses(db: DbOrTx, p: Principal, id: string, page: PageQuery) {
  await visibleGrant(db, p, id);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(projectGrantAccesses)
      .where(eq(projectGrantAccesses.grantId, id))
      .orderBy(desc(projectGrantAccesses.at), desc(projectGrantAccesses.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(projectGrantAccesses).where(eq(projectGrantAccesses.grantId, id)),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorName: r.actorName,
      via: r.via,
      dataset: r.dataset,
      method: r.method,
      route: r.route,
    })),
    total: total?.n ?? 0,
  };
}
