import { and, eq, inArray, isNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError, notFound } from '../../platform/errors.js';
import { projectDataGrants, projectExperts, projectParticipants, projects, type GrantDataset } from './tables.js';
import { logGrantedRead, type GrantedRead } from './grants.js';

/** What another capability needs to know about a project to scope and label its own data. */
export type ProjectRef = {
  id: string;
  code: string;
  name: string;
  regionCode: string;
  ownerOrganisationId: string;
  status: string;
  floorAreaM2: number | null;
  isPrefabricated: boolean;
  category: string;
};

export type ProjectIntent = 'read' | 'write';

/*
 * SQL pieces for other modules' queries on their own rows that refer to a project (`ref` is the caller's project id
 * column), so that only this module names the projects table.
 */
const projectField = { code: projects.code, name: projects.name, status: projects.status } as const;
/** One field of the project `ref` points to. */
export const projectFieldSql = <K extends keyof typeof projectField>(ref: SQLWrapper, field: K) =>
  sql<(typeof projects.$inferSelect)[K]>`(select ${projectField[field]} from ${projects} where ${projects.id} = ${ref})`;
/** True when the project `ref` points to has a name or code matching the ILIKE pattern. */
export const projectNameOrCodeMatches = (ref: SQLWrapper, pattern: string) =>
  sql`${ref} in (select ${projects.id} from ${projects} where ${projects.name} ilike ${pattern} or ${projects.code} ilike ${pattern})`;

/**
 * SQL: the project `ref` points to has a live data-sharing grant of `dataset` (a column or a value) to the principal's
 * organisation. Read on every request, never cached, so a revoke or an end date takes effect on the next one.
 */
export function grantedToCondition(p: Principal | null, ref: SQLWrapper, dataset: GrantDataset | SQLWrapper): SQL {
  if (!p?.organisationId) return sql`false`;
  const wanted = typeof dataset === 'string' ? sql`${dataset}::text` : sql`${dataset}`;
  return sql`exists (select 1 from ${projectDataGrants} g where g.project_id = ${ref} and g.grantee_organisation_id = ${p.organisationId}
    and g.revoked_at is null and (g.valid_until is null or g.valid_until >= (now() at time zone 'Asia/Shanghai')::date)
    and ${wanted} = any(g.datasets))`;
}

/**
 * SQL condition selecting the projects a principal may see:
 * admin all; regulators their region (ministry: all); enterprises the projects their organisation takes part in;
 * experts the projects they are assigned to; everyone else none. With `dataset`, also the projects whose owner granted
 * that dataset to the principal's organisation (data-sharing grants) — for reads of that dataset only.
 */
export function visibleProjectsCondition(p: Principal | null, dataset?: GrantDataset): SQL {
  const own = ownProjectsCondition(p);
  return dataset ? sql`(${own} or ${grantedToCondition(p, projects.id, dataset)})` : own;
}

function ownProjectsCondition(p: Principal | null): SQL {
  if (!p) return sql`false`;
  switch (p.role) {
    case 'admin':
      return sql`true`;
    case 'regulator':
      return p.regionCode ? eq(projects.regionCode, p.regionCode) : sql`true`;
    case 'enterprise':
      if (!p.organisationId) return sql`false`;
      return sql`(${projects.ownerOrganisationId} = ${p.organisationId} or exists (select 1 from ${projectParticipants} pp where pp.project_id = ${projects.id} and pp.organisation_id = ${p.organisationId}))`;
    case 'expert':
      return sql`exists (select 1 from ${projectExperts} pe where pe.project_id = ${projects.id} and pe.user_id = ${p.userId})`;
    default:
      return sql`false`;
  }
}

/**
 * Whether the project whose id is in `projectId` (another capability's column, e.g. the event log's project_id) is
 * one the principal may see: an SQL condition, so callers scope their own rows without naming the projects tables.
 */
export function projectVisibleCondition(p: Principal | null, projectId: SQLWrapper): SQL {
  if (!p) return sql`false`;
  if (p.role === 'admin') return sql`true`;
  return sql`exists (select 1 from ${projects} where ${projects.id} = ${projectId} and ${visibleProjectsCondition(p)})`;
}

const refColumns = {
  id: projects.id,
  code: projects.code,
  name: projects.name,
  regionCode: projects.regionCode,
  ownerOrganisationId: projects.ownerOrganisationId,
  status: projects.status,
  floorAreaM2: projects.floorAreaM2,
  isPrefabricated: projects.isPrefabricated,
  category: projects.category,
};

/**
 * Loads a project for a principal, or answers 404 when they may not see it (so its existence does not leak)
 * and 403 when they may see it but not change it. Enterprises write to their own projects; experts only read.
 * A read route of a grantable dataset passes `granted` (see `underGrant`): an organisation holding a live grant of that
 * dataset then reads too, and the read is logged for the grantor.
 */
export async function projectForPrincipal(
  db: DbOrTx,
  p: Principal | null,
  projectId: string,
  intent: ProjectIntent = 'read',
  granted?: GrantedRead,
): Promise<ProjectRef> {
  if (!/^[0-9a-f-]{36}$/i.test(projectId)) throw notFound();
  const [row] = await db
    .select(refColumns)
    .from(projects)
    .where(and(eq(projects.id, projectId), ownProjectsCondition(p)));
  if (!row && intent === 'read' && granted && p) {
    const [grant] = await db
      .select({ id: projectDataGrants.id })
      .from(projectDataGrants)
      .where(
        and(
          eq(projectDataGrants.projectId, projectId),
          eq(projectDataGrants.granteeOrganisationId, p.organisationId ?? '00000000-0000-0000-0000-000000000000'),
          isNull(projectDataGrants.revokedAt),
          sql`(${projectDataGrants.validUntil} is null or ${projectDataGrants.validUntil} >= (now() at time zone 'Asia/Shanghai')::date)`,
          sql`${granted.dataset}::text = any(${projectDataGrants.datasets})`,
        ),
      )
      .orderBy(projectDataGrants.createdAt)
      .limit(1);
    const [ref] = grant ? await db.select(refColumns).from(projects).where(eq(projects.id, projectId)) : [];
    if (grant && ref) {
      await logGrantedRead(db, p, grant.id, granted);
      return ref;
    }
  }
  if (!row) throw notFound();
  if (intent === 'write' && p?.role === 'expert') throw new AppError(403, 'forbidden');
  return row;
}

/** Project references by id, for labelling rows another capability owns. No access check: callers filter first. */
export async function projectRefs(db: DbOrTx, ids: string[]): Promise<Map<string, ProjectRef>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select(refColumns)
    .from(projects)
    .where(inArray(projects.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The ids of the projects a principal may see, optionally narrowed to a region and statuses. */
export async function visibleProjectIds(
  db: DbOrTx,
  p: Principal | null,
  filter: { regionCode?: string; statuses?: string[] } = {},
): Promise<string[]> {
  const where: SQL[] = [visibleProjectsCondition(p)];
  if (filter.regionCode) where.push(eq(projects.regionCode, filter.regionCode));
  if (filter.statuses?.length) where.push(inArray(projects.status, filter.statuses as never[]));
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(...where));
  return rows.map((r) => r.id);
}

/** The demo projects (is_demo), in register order, for capabilities that seed demo data onto them. */
export async function demoProjects(db: DbOrTx): Promise<ProjectRef[]> {
  return db.select(refColumns).from(projects).where(eq(projects.isDemo, true)).orderBy(projects.code);
}

/**
 * Gives experts read access to a project for a purpose (review, inspection, evaluation): other capabilities assign their
 * experts through this, never by writing the projects module's table.
 */
export async function assignProjectExperts(tx: DbOrTx, projectId: string, userIds: string[], purpose: string): Promise<void> {
  if (!userIds.length) return;
  await tx
    .insert(projectExperts)
    .values(userIds.map((userId) => ({ projectId, userId, purpose })))
    .onConflictDoNothing();
}

/** Whether an expert is assigned to a project for one of these purposes (a capability's own review duty, not just sight). */
export async function expertAssignedFor(db: DbOrTx, projectId: string, userId: string, purposes: readonly string[]): Promise<boolean> {
  const rows = await db
    .select({ userId: projectExperts.userId })
    .from(projectExperts)
    .where(and(eq(projectExperts.projectId, projectId), eq(projectExperts.userId, userId), inArray(projectExperts.purpose, [...purposes])))
    .limit(1);
  return rows.length > 0;
}

export async function unassignProjectExpert(tx: DbOrTx, projectId: string, userId: string, purpose: string): Promise<void> {
  await tx
    .delete(projectExperts)
    .where(and(eq(projectExperts.projectId, projectId), eq(projectExperts.userId, userId), eq(projectExperts.purpose, purpose)));
}
