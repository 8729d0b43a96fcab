import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { auditLog, recordAudit, type AuditActor } from '../../platform/audit.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, offsetOf, pageFromRows, totalColumn, type Page, type PageQuery } from '../../platform/pagination.js';
import { getOrganisation, organisationNameSql, regionExists, regionNameSql } from '../accounts/index.js';
import { visibleProjectsCondition } from './access.js';
import { allowedTransitions, canTransition, pilotStatuses } from './lifecycle.js';
import { statusLabels } from './vocabulary.js';
import { recordEvent } from '../../platform/events.js';
import { changedFields, projectRegistered, projectTransitioned, projectUpdated } from './events.js';
import type { ProjectInput, ProjectListFilter, ProjectPatch, ProjectRow } from './schemas.js';
import { projectParticipants, projects, type ParticipantRole, type ProjectStatus } from './tables.js';

const rowColumns = {
  p: projects,
  regionName: regionNameSql(projects.regionCode),
  ownerOrganisationName: organisationNameSql(projects.ownerOrganisationId),
};

type Selected = { p: typeof projects.$inferSelect; regionName: string | null; ownerOrganisationName: string | null };

function toRow(r: Selected): ProjectRow {
  const p = r.p;
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    region: p.regionCode,
    regionCode: p.regionCode,
    regionName: r.regionName,
    status: p.status,
    category: p.category,
    structureType: p.structureType,
    useType: p.useType,
    isRenewal: p.isRenewal,
    isPrefabricated: p.isPrefabricated,
    address: p.address,
    latitude: p.latitude,
    longitude: p.longitude,
    floorAreaM2: p.floorAreaM2,
    lengthM: p.lengthM,
    investmentWanYuan: p.investmentWanYuan,
    organisationModel: p.organisationModel,
    plannedStart: p.plannedStart,
    plannedFinish: p.plannedFinish,
    actualStart: p.actualStart,
    actualFinish: p.actualFinish,
    ownerOrganisationId: p.ownerOrganisationId,
    ownerOrganisationName: r.ownerOrganisationName,
    description: p.description,
    isDemo: p.isDemo,
    updatedAt: p.updatedAt.toISOString(),
  };
}

function filterConditions(f: Omit<ProjectFilter, 'visibleTo'>): SQL[] {
  const where: SQL[] = [];
  if (f.q) where.push(or(ilike(projects.name, `%${f.q}%`), ilike(projects.code, `%${f.q}%`), ilike(projects.address, `%${f.q}%`))!);
  if (f.regionCode) where.push(eq(projects.regionCode, f.regionCode));
  if (f.status?.length) where.push(inArray(projects.status, [...f.status]));
  if (f.category) where.push(eq(projects.category, f.category));
  if (f.structureType) where.push(eq(projects.structureType, f.structureType));
  if (f.useType) where.push(eq(projects.useType, f.useType));
  if (f.isRenewal !== undefined) where.push(eq(projects.isRenewal, f.isRenewal));
  return where;
}

/**
 * The register as one principal may see it, filtered and paged: by offset (the web) or after a cursor (partners), in
 * (region, code, id) order either way; `next` names the last row's key so the following page continues after it.
 */
export async function listProjects(
  db: DbOrTx,
  principal: Principal | null,
  f: ProjectListFilter,
  page: PageQuery & { cursor?: string },
): Promise<Page<ProjectRow> & { next: string | null }> {
  const cond = and(visibleProjectsCondition(principal), ...filterConditions(f));
  const counted = db.select({ n: count() }).from(projects).where(cond);
  const after = page.cursor ? decodeCursor(page.cursor, 3) : null;
  const rows = await db
    .select({ ...rowColumns, total: totalColumn(counted) })
    .from(projects)
    .where(
      after
        ? and(cond, sql`(${projects.regionCode}, ${projects.code}, ${projects.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`)
        : cond,
    )
    .orderBy(asc(projects.regionCode), asc(projects.code), asc(projects.id))
    .limit(page.pageSize + 1)
    .offset(after ? 0 : offsetOf(page));
  const more = rows.length > page.pageSize;
  const { items, total } = await pageFromRows(rows.slice(0, page.pageSize), counted);
  const last = items.at(-1)?.p;
  return { items: items.map(toRow), total, next: more && last ? encodeCursor([last.regionCode, last.code, last.id]) : null };
}

/**
 * Which projects another capability asks for: the register's filter fields and, when given, only what `visibleTo` may
 * see (absent: every project, for server-side jobs). A typed filter instead of SQL on this module's columns.
 */
export type ProjectFilter = Omit<ProjectListFilter, 'status'> & { status?: readonly ProjectStatus[]; visibleTo?: Principal | null };

/** Every row matching the filter, unpaged (export, public list, panels). */
export async function allProjects(db: DbOrTx, f: ProjectFilter = {}): Promise<ProjectRow[]> {
  const { visibleTo, ...fields } = f;
  const rows = await db
    .select(rowColumns)
    .from(projects)
    .where(and('visibleTo' in f ? visibleProjectsCondition(visibleTo ?? null) : undefined, ...filterConditions(fields)))
    .orderBy(asc(projects.regionCode), asc(projects.code));
  return rows.map(toRow);
}

/** The selected pilots (入选 and every later status), optionally of one region: what the public site lists. */
export async function selectedPilots(db: DbOrTx, regionCode?: string): Promise<ProjectRow[]> {
  return allProjects(db, { regionCode, status: pilotStatuses });
}

export async function getProjectRow(db: DbOrTx, id: string): Promise<ProjectRow | null> {
  const [row] = await db.select(rowColumns).from(projects).where(eq(projects.id, id));
  return row ? toRow(row) : null;
}

export async function participantsOf(db: DbOrTx, projectId: string) {
  return (
    db
      // A participant is always an organisation (foreign key), so the name is never null.
      .select({
        organisationId: projectParticipants.organisationId,
        organisationName: organisationNameSql(projectParticipants.organisationId) as SQL<string>,
        role: projectParticipants.role,
      })
      .from(projectParticipants)
      .where(eq(projectParticipants.projectId, projectId))
      .orderBy(projectParticipants.role, organisationNameSql(projectParticipants.organisationId))
  );
}

/** The organisations taking part in a project (owner included): the basis of the conflict-of-interest check. */
export async function participantOrganisationIds(db: DbOrTx, projectId: string): Promise<Set<string>> {
  const [p] = await db.select({ owner: projects.ownerOrganisationId }).from(projects).where(eq(projects.id, projectId));
  const rows = await db
    .select({ id: projectParticipants.organisationId })
    .from(projectParticipants)
    .where(eq(projectParticipants.projectId, projectId));
  return new Set([...(p ? [p.owner] : []), ...rows.map((r) => r.id)]);
}

/** The lifecycle as the audit log recorded it, oldest first. */
export async function projectHistory(db: DbOrTx, projectId: string) {
  const rows = await db
    .select({ at: auditLog.at, actorName: auditLog.actorName, before: auditLog.before, after: auditLog.after, action: auditLog.action })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'project'),
        eq(auditLog.entityId, projectId),
        inArray(auditLog.action, ['project.create', 'project.transition', 'project.import']),
      ),
    )
    .orderBy(asc(auditLog.id));
  return rows.map((r) => {
    const before = (r.before ?? {}) as { status?: string };
    const after = (r.after ?? {}) as { status?: string; note?: string };
    return {
      at: r.at.toISOString(),
      actorName: r.actorName,
      from: r.action === 'project.transition' ? (before.status ?? null) : null,
      to: after.status ?? null,
      note: after.note ?? null,
    };
  });
}

const REGION_PREFIX: Record<string, string> = { hunan: 'HN', shenzhen: 'SZ', changzhou: 'CZ' };

/** Next register number for a region and year, e.g. HN-2021-007. */
export async function nextProjectCode(db: DbOrTx, regionCode: string, year = new Date().getFullYear()): Promise<string> {
  const prefix = `${REGION_PREFIX[regionCode] ?? regionCode.slice(0, 2).toUpperCase()}-${year}-`;
  const [row] = await db
    .select({
      n: sql<number>`coalesce(max(nullif(regexp_replace(substr(${projects.code}, ${prefix.length + 1}), '[^0-9]', '', 'g'), '')::int), 0)`.mapWith(
        Number,
      ),
    })
    .from(projects)
    .where(sql`${projects.code} like ${prefix + '%'}`);
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

async function checkOrganisation(tx: DbOrTx, id: string, path: string) {
  const o = await getOrganisation(tx, id);
  if (!o) throw invalidField(path, 'organisation_unknown');
}

async function organisationServesRegion(tx: DbOrTx, id: string, regionCode: string) {
  const o = await getOrganisation(tx, id);
  return !!o && (o.regionCode === null || o.regionCode === regionCode);
}

/** Organisation kinds that take part in building a project (设计、施工、监理、咨询…); authorities, expert pools and
 * disposal facilities are never participants: membership grants sight of the project and bars its experts from review. */
const PARTICIPANT_KINDS = new Set(['enterprise', 'other']);

/**
 * Who may be made a participant: an organisation of a participant kind; when an enterprise edits the list, also only
 * organisations of the project's region or nationwide ones. Giving another region's organisation sight of a project is
 * a regulator's (or an administrator's) decision.
 */
async function checkParticipants(tx: DbOrTx, list: Array<{ organisationId: string }>, regionCode: string, byEnterprise: boolean) {
  for (const [i, p] of list.entries()) {
    const path = `participants.${i}.organisationId`;
    const o = await getOrganisation(tx, p.organisationId);
    if (!o) throw invalidField(path, 'organisation_unknown');
    if (!PARTICIPANT_KINDS.has(o.kind)) throw invalidField(path, 'participant_kind_refused');
    if (byEnterprise && o.regionCode !== null && o.regionCode !== regionCode) throw invalidField(path, 'participant_other_region');
  }
}

export type CreateOptions = { status?: ProjectStatus; isDemo?: boolean; action?: string };

/** Registers a project with its participants (the owner is always a participant, as 建设单位 unless listed otherwise). */
export async function createProject(tx: DbOrTx, actor: AuditActor, input: ProjectInput, opts: CreateOptions = {}): Promise<ProjectRow> {
  if (!(await regionExists(tx, input.regionCode))) throw invalidField('regionCode', 'region_unknown');
  await checkOrganisation(tx, input.ownerOrganisationId, 'ownerOrganisationId');
  // The owner (the applicant) is an organisation of the project's region, or a nationwide one (no region): a regional
  // programme's pilots are its own region's enterprises', and the owner's users act on the project under that region.
  if (!(await organisationServesRegion(tx, input.ownerOrganisationId, input.regionCode)))
    throw invalidField('ownerOrganisationId', 'owner_other_region');
  const code = input.code ?? (await nextProjectCode(tx, input.regionCode));
  const [clash] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.code, code));
  if (clash) throw invalidField('code', 'project_code_taken');
  const id = randomUUID();
  const { participants = [], ...fields } = input;
  await tx.insert(projects).values({
    ...fields,
    id,
    code,
    status: opts.status ?? 'applied',
    isDemo: opts.isDemo ?? false,
    isRenewal: fields.isRenewal ?? false,
    isPrefabricated: fields.isPrefabricated ?? false,
  });
  // An enterprise lists participants when it applies (applications); staff when they register.
  await writeParticipants(tx, id, input.ownerOrganisationId, participants, {
    regionCode: input.regionCode,
    byEnterprise: actor.role === 'enterprise',
  });
  const row = (await getProjectRow(tx, id))!;
  await recordAudit(tx, actor, {
    action: opts.action ?? 'project.create',
    entityType: 'project',
    entityId: id,
    regionCode: row.regionCode,
    organisationId: row.ownerOrganisationId,
    after: { ...row, participants },
  });
  await recordEvent(tx, projectRegistered, {
    subject: `/projects/${id}`,
    data: { projectId: id, code: row.code, regionCode: row.regionCode, ownerOrganisationId: row.ownerOrganisationId, status: row.status },
    projectId: id,
    organisationId: row.ownerOrganisationId,
    regionCode: row.regionCode,
  });
  return row;
}

async function writeParticipants(
  tx: DbOrTx,
  projectId: string,
  ownerId: string,
  list: Array<{ organisationId: string; role: ParticipantRole }>,
  scope: { regionCode: string; byEnterprise: boolean },
) {
  await checkParticipants(
    tx,
    list.filter((p) => p.organisationId !== ownerId),
    scope.regionCode,
    scope.byEnterprise,
  );
  const all = [...list];
  if (!all.some((p) => p.organisationId === ownerId)) all.unshift({ organisationId: ownerId, role: 'owner' });
  await tx.delete(projectParticipants).where(eq(projectParticipants.projectId, projectId));
  if (all.length)
    await tx
      .insert(projectParticipants)
      .values(all.map((p) => ({ projectId, ...p })))
      .onConflictDoNothing();
}

export async function updateProject(tx: DbOrTx, actor: AuditActor, id: string, patch: ProjectPatch): Promise<ProjectRow> {
  const before = await getProjectRow(tx, id);
  if (!before) throw notFound();
  const merged = { ...before, ...patch };
  if (merged.category === 'building' && !merged.floorAreaM2) throw invalidField('floorAreaM2', 'size_required');
  if (merged.category === 'municipal' && !merged.floorAreaM2 && !merged.lengthM) throw invalidField('lengthM', 'size_required');
  if (merged.plannedStart && merged.plannedFinish && merged.plannedFinish < merged.plannedStart)
    throw invalidField('plannedFinish', 'dates_order');
  await tx
    .update(projects)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(projects.id, id));
  const after = (await getProjectRow(tx, id))!;
  await recordAudit(tx, actor, {
    action: 'project.update',
    entityType: 'project',
    entityId: id,
    regionCode: after.regionCode,
    organisationId: after.ownerOrganisationId,
    before,
    after,
  });
  const changed = changedFields(before as Record<string, unknown>, after as Record<string, unknown>);
  if (changed.length)
    await recordEvent(tx, projectUpdated, {
      subject: `/projects/${id}`,
      data: { projectId: id, changed },
      projectId: id,
      organisationId: after.ownerOrganisationId,
      regionCode: after.regionCode,
    });
  return after;
}

export async function replaceParticipants(
  tx: DbOrTx,
  actor: AuditActor,
  id: string,
  list: Array<{ organisationId: string; role: ParticipantRole }>,
) {
  const project = await getProjectRow(tx, id);
  if (!project) throw notFound();
  const before = await participantsOf(tx, id);
  await writeParticipants(tx, id, project.ownerOrganisationId, list, {
    regionCode: project.regionCode,
    byEnterprise: actor.role === 'enterprise',
  });
  const after = await participantsOf(tx, id);
  await recordAudit(tx, actor, {
    action: 'project.participants',
    entityType: 'project',
    entityId: id,
    regionCode: project.regionCode,
    organisationId: project.ownerOrganisationId,
    before,
    after,
  });
  return after;
}

/** 400 naming both statuses by their Chinese label and code, so either language reads it. */
export function transitionRefused(from: ProjectStatus, to: ProjectStatus) {
  const params = { from: `${statusLabels[from]} (${from})`, to: `${statusLabels[to]} (${to})` };
  return new AppError(400, 'transition_not_allowed', params, [{ path: 'to', code: 'transition_not_allowed', params }]);
}

/**
 * Moves a project one step along its lifecycle, or refuses with 400 when the step does not exist.
 * Row-locked so two concurrent decisions cannot both pass the check.
 */
export async function transitionProject(
  tx: DbOrTx,
  actor: AuditActor,
  id: string,
  to: ProjectStatus,
  note?: string | null,
): Promise<ProjectRow> {
  const [locked] = await tx.select({ status: projects.status }).from(projects).where(eq(projects.id, id)).for('update');
  if (!locked) throw notFound();
  const from = locked.status;
  if (!canTransition(from, to)) throw transitionRefused(from, to);
  const patch: Partial<typeof projects.$inferInsert> = { status: to, updatedAt: new Date() };
  const today = new Date().toISOString().slice(0, 10);
  // The register's actual dates follow the lifecycle unless someone already recorded them.
  const current = (await getProjectRow(tx, id))!;
  if (to === 'implementing' && !current.actualStart) patch.actualStart = today;
  if (to === 'completed' && !current.actualFinish) patch.actualFinish = today;
  await tx.update(projects).set(patch).where(eq(projects.id, id));
  await recordAudit(tx, actor, {
    action: 'project.transition',
    entityType: 'project',
    entityId: id,
    regionCode: current.regionCode,
    organisationId: current.ownerOrganisationId,
    before: { status: from },
    after: { status: to, note: note ?? null },
  });
  await recordEvent(tx, projectTransitioned, {
    subject: `/projects/${id}`,
    data: { projectId: id, from, to },
    projectId: id,
    organisationId: current.ownerOrganisationId,
    regionCode: current.regionCode,
  });
  return (await getProjectRow(tx, id))!;
}

export { allowedTransitions };

/** Counts by region and status over the given condition (dashboards, the ministry view). */
/** Projects by region and status, optionally of one region. */
export async function statusCounts(db: DbOrTx, f: { regionCode?: string } = {}) {
  return db
    .select({ regionCode: projects.regionCode, status: projects.status, n: count() })
    .from(projects)
    .where(f.regionCode ? eq(projects.regionCode, f.regionCode) : undefined)
    .groupBy(projects.regionCode, projects.status);
}

export { projects };
