import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleRegions } from '../../platform/auth/principal.js';
import { users } from '../../platform/auth/tables.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { recordAttachment } from '../../platform/attachments.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors.js';
import { offsetOf, type PageQuery } from '../../platform/pagination.js';
import { organisationNameMatches, organisationNameSql } from '../accounts/index.js';
import { createProject, getProjectRow, participantOrganisationIds, transitionProject } from '../projects/index.js';
import { assignProjectExperts, projectFieldSql, projectNameOrCodeMatches, unassignProjectExpert } from '../projects/index.js';
import type { ProjectInput } from '../projects/index.js';
import type { StoredFile } from './attachments.js';
import {
  applicationAttachments,
  applicationRounds,
  applications,
  defaultCriteria,
  reviewAssignments,
  reviewCriteria,
  reviewScores,
  type RoundStatus,
} from './tables.js';
import { recordEvent } from '../../platform/events.js';
import { applicationDecided, applicationSubmitted } from './events.js';

/** Reviews a decision needs: the plan asks for expert review, and the register for at least three experts per application. */
export const MIN_EXPERTS = 3;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const round2 = (n: number) => Math.round(n * 100) / 100;

// ---------- rounds ----------

export function roundsCondition(p: Principal): SQL {
  const regions = visibleRegions(p);
  if (p.role === 'enterprise')
    return and(
      inArray(applicationRounds.status, ['open', 'closed']),
      regions?.length ? inArray(applicationRounds.regionCode, regions) : sql`false`,
    )!;
  if (regions === null) return sql`true`;
  return regions.length ? inArray(applicationRounds.regionCode, regions) : sql`false`;
}

export async function criteriaOf(db: DbOrTx, roundId: string) {
  return db.select().from(reviewCriteria).where(eq(reviewCriteria.roundId, roundId)).orderBy(asc(reviewCriteria.seq));
}

async function roundOut(db: DbOrTx, r: typeof applicationRounds.$inferSelect) {
  const criteria = await criteriaOf(db, r.id);
  const [n] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(applications)
    .where(eq(applications.roundId, r.id));
  return {
    id: r.id,
    regionCode: r.regionCode,
    title: r.title,
    status: r.status,
    closesOn: r.closesOn,
    openedAt: iso(r.openedAt),
    closedAt: iso(r.closedAt),
    criteria: criteria.map((c) => ({ id: c.id, seq: c.seq, name: c.name, description: c.description, maxScore: c.maxScore })),
    applications: n?.n ?? 0,
    maxTotal: criteria.reduce((s, c) => s + c.maxScore, 0),
  };
}

export async function listRounds(db: DbOrTx, p: Principal, f: { regionCode?: string; status?: RoundStatus }) {
  const where = [roundsCondition(p)];
  if (f.regionCode) where.push(eq(applicationRounds.regionCode, f.regionCode));
  if (f.status) where.push(eq(applicationRounds.status, f.status));
  const rows = await db
    .select()
    .from(applicationRounds)
    .where(and(...where))
    .orderBy(desc(applicationRounds.createdAt));
  const items = [];
  for (const r of rows) items.push(await roundOut(db, r));
  return { items, total: items.length };
}

export async function getRound(db: DbOrTx, p: Principal, id: string) {
  const [r] = await db
    .select()
    .from(applicationRounds)
    .where(and(eq(applicationRounds.id, id), roundsCondition(p)));
  if (!r) throw notFound();
  return roundOut(db, r);
}

type CriterionInput = { name: string; description?: string | null; maxScore: number };

async function writeCriteria(tx: DbOrTx, roundId: string, list: CriterionInput[]) {
  await tx.delete(reviewCriteria).where(eq(reviewCriteria.roundId, roundId));
  await tx.insert(reviewCriteria).values(
    list.map((c, i) => ({
      id: randomUUID(),
      roundId,
      seq: i + 1,
      name: c.name,
      description: c.description ?? null,
      maxScore: c.maxScore,
    })),
  );
}

export async function createRound(
  tx: DbOrTx,
  actor: AuditActor,
  input: { regionCode: string; title: string; closesOn?: string | null; criteria?: CriterionInput[] },
  isDemo = false,
) {
  const id = randomUUID();
  await tx
    .insert(applicationRounds)
    .values({ id, regionCode: input.regionCode, title: input.title, closesOn: input.closesOn ?? null, isDemo });
  await writeCriteria(tx, id, input.criteria ?? defaultCriteria);
  const [r] = await tx.select().from(applicationRounds).where(eq(applicationRounds.id, id));
  const out = await roundOut(tx, r!);
  await recordAudit(tx, actor, { action: 'round.create', entityType: 'round', entityId: id, regionCode: input.regionCode, after: out });
  return out;
}

export async function updateRound(
  tx: DbOrTx,
  actor: AuditActor,
  p: Principal,
  id: string,
  patch: { title?: string; closesOn?: string | null; criteria?: CriterionInput[] },
) {
  const before = await getRound(tx, p, id);
  if (patch.criteria) {
    // Scores refer to criteria: once an expert has scored, changing them would silently rewrite results.
    const [scored] = await tx
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(reviewScores)
      .innerJoin(reviewCriteria, eq(reviewCriteria.id, reviewScores.criterionId))
      .where(eq(reviewCriteria.roundId, id));
    if ((scored?.n ?? 0) > 0) throw conflict('criteria_locked');
    await writeCriteria(tx, id, patch.criteria);
  }
  const { criteria: _c, ...fields } = patch;
  await tx
    .update(applicationRounds)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(applicationRounds.id, id));
  const after = await getRound(tx, p, id);
  await recordAudit(tx, actor, { action: 'round.update', entityType: 'round', entityId: id, regionCode: after.regionCode, before, after });
  return after;
}

const ROUND_STEPS: Record<RoundStatus, RoundStatus[]> = { draft: ['open'], open: ['closed'], closed: ['open'] };

export async function setRoundStatus(tx: DbOrTx, actor: AuditActor, p: Principal, id: string, to: RoundStatus) {
  const before = await getRound(tx, p, id);
  if (!ROUND_STEPS[before.status].includes(to)) throw new AppError(409, 'round_status_change', { from: before.status, to });
  await tx
    .update(applicationRounds)
    .set({ status: to, updatedAt: new Date(), ...(to === 'open' ? { openedAt: new Date(), closedAt: null } : { closedAt: new Date() }) })
    .where(eq(applicationRounds.id, id));
  const after = await getRound(tx, p, id);
  await recordAudit(tx, actor, {
    action: to === 'open' ? 'round.open' : 'round.close',
    entityType: 'round',
    entityId: id,
    regionCode: after.regionCode,
    before: { status: before.status },
    after: { status: to },
  });
  return after;
}

// ---------- applications ----------

/** Applications a principal may see: regulators by region, enterprises their own organisation's, experts their assignments. */
export function applicationsCondition(p: Principal): SQL {
  switch (p.role) {
    case 'admin':
      return sql`true`;
    case 'regulator': {
      const regions = visibleRegions(p);
      return regions === null ? sql`true` : regions.length ? inArray(applicationRounds.regionCode, regions) : sql`false`;
    }
    case 'enterprise':
      return p.organisationId ? eq(applications.organisationId, p.organisationId) : sql`false`;
    case 'expert':
      return sql`exists (select 1 from ${reviewAssignments} ra where ra.application_id = ${applications.id} and ra.expert_user_id = ${p.userId})`;
    default:
      return sql`false`;
  }
}

const staff = (p: Principal) => p.role === 'admin' || p.role === 'regulator';

const listColumns = {
  a: applications,
  roundTitle: applicationRounds.title,
  regionCode: applicationRounds.regionCode,
  projectCode: projectFieldSql(applications.projectId, 'code'),
  projectName: projectFieldSql(applications.projectId, 'name'),
  projectStatus: projectFieldSql(applications.projectId, 'status'),
  // Every application has its organisation (foreign key), so the name is never null.
  organisationName: organisationNameSql(applications.organisationId) as SQL<string>,
  attachments: sql<number>`(select count(*) from ${applicationAttachments} x where x.application_id = ${applications.id})`.mapWith(Number),
  assigned: sql<number>`(select count(*) from ${reviewAssignments} x where x.application_id = ${applications.id})`.mapWith(Number),
  submitted:
    sql<number>`(select count(*) from ${reviewAssignments} x where x.application_id = ${applications.id} and x.status = 'submitted')`.mapWith(
      Number,
    ),
  meanTotal: sql<
    number | null
  >`(select avg(t.total) from (select sum(s.score) as total from ${reviewScores} s join ${reviewAssignments} x on x.id = s.assignment_id where x.application_id = ${applications.id} and x.status = 'submitted' group by x.id) t)`.mapWith(
    (v) => (v === null ? null : Number(v)),
  ),
};

function baseQuery(db: DbOrTx, p: Principal, extra: Record<string, unknown> = {}) {
  return db
    .select({
      ...listColumns,
      myAssignmentId: sql<
        string | null
      >`(select x.id from ${reviewAssignments} x where x.application_id = ${applications.id} and x.expert_user_id = ${p.userId})`,
      myReviewStatus: sql<
        string | null
      >`(select x.status from ${reviewAssignments} x where x.application_id = ${applications.id} and x.expert_user_id = ${p.userId})`,
      ...extra,
    })
    .from(applications)
    .innerJoin(applicationRounds, eq(applicationRounds.id, applications.roundId));
}

type ListRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['where']>>[number];

function rowOut(p: Principal, r: ListRow) {
  const s = staff(p);
  return {
    id: r.a.id,
    roundId: r.a.roundId,
    roundTitle: r.roundTitle,
    regionCode: r.regionCode,
    projectId: r.a.projectId,
    projectCode: r.projectCode,
    projectName: r.projectName,
    projectStatus: r.projectStatus,
    organisationId: r.a.organisationId,
    organisationName: r.organisationName,
    status: r.a.status,
    decision: r.a.decision,
    submittedAt: r.a.submittedAt.toISOString(),
    attachments: r.attachments,
    // Only the regulator sees the panel and the scores; an expert sees their own assignment only.
    expertsAssigned: s ? r.assigned : null,
    reviewsSubmitted: s ? r.submitted : null,
    meanTotal: s && r.meanTotal !== null ? round2(r.meanTotal) : null,
    myAssignmentId: r.myAssignmentId,
    myReviewStatus: r.myReviewStatus,
  };
}

export async function listApplications(
  db: DbOrTx,
  p: Principal,
  f: { roundId?: string; status?: string; regionCode?: string; q?: string },
  page: PageQuery,
) {
  const where: SQL[] = [applicationsCondition(p)];
  if (f.roundId) where.push(eq(applications.roundId, f.roundId));
  if (f.status) where.push(eq(applications.status, f.status as never));
  if (f.regionCode) where.push(eq(applicationRounds.regionCode, f.regionCode));
  if (f.q)
    where.push(
      or(projectNameOrCodeMatches(applications.projectId, `%${f.q}%`), organisationNameMatches(applications.organisationId, `%${f.q}%`))!,
    );
  const rows = await baseQuery(db, p, { total: sql<number>`count(*) over()`.mapWith(Number) })
    .where(and(...where))
    .orderBy(desc(applications.submittedAt))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const total = rows.length ? Number((rows[0] as unknown as { total: number }).total) : 0;
  return { items: rows.map((r) => rowOut(p, r)), total };
}

/** An application the principal may see, or 404 — also for other enterprises and unassigned experts. */
export async function visibleApplication(db: DbOrTx, p: Principal, id: string) {
  const [row] = await baseQuery(db, p).where(and(eq(applications.id, id), applicationsCondition(p)));
  if (!row) throw notFound();
  return row;
}

async function assignmentsOf(db: DbOrTx, applicationId: string, onlyUser?: string) {
  const where = [eq(reviewAssignments.applicationId, applicationId)];
  if (onlyUser) where.push(eq(reviewAssignments.expertUserId, onlyUser));
  const rows = await db
    .select({ r: reviewAssignments, expertName: users.displayName, expertOrganisation: organisationNameSql(users.organisationId) })
    .from(reviewAssignments)
    .innerJoin(users, eq(users.id, reviewAssignments.expertUserId))
    .where(and(...where))
    .orderBy(asc(reviewAssignments.assignedAt), asc(users.displayName));
  const ids = rows.map((r) => r.r.id);
  const scores = ids.length ? await db.select().from(reviewScores).where(inArray(reviewScores.assignmentId, ids)) : [];
  return rows.map(({ r, expertName, expertOrganisation }) => {
    const own = scores.filter((s) => s.assignmentId === r.id).map((s) => ({ criterionId: s.criterionId, score: s.score }));
    return {
      id: r.id,
      expertUserId: r.expertUserId,
      expertName,
      expertOrganisation,
      status: r.status,
      comment: r.comment,
      submittedAt: iso(r.submittedAt),
      scores: own,
      total: own.length ? round2(own.reduce((s, x) => s + x.score, 0)) : null,
    };
  });
}

/** Aggregated scores over the submitted reviews, per criterion and in total. */
export function aggregate(
  criteria: Array<{ id: string; name: string; maxScore: number }>,
  assignments: Array<{ status: string; scores: Array<{ criterionId: string; score: number }>; total: number | null }>,
) {
  const done = assignments.filter((a) => a.status === 'submitted');
  const totals = done.map((a) => a.total ?? 0);
  const mean = (xs: number[]) => (xs.length ? round2(xs.reduce((s, x) => s + x, 0) / xs.length) : null);
  return {
    submitted: done.length,
    assigned: assignments.length,
    meanTotal: mean(totals),
    minTotal: totals.length ? Math.min(...totals) : null,
    maxTotal: totals.length ? Math.max(...totals) : null,
    byCriterion: criteria.map((c) => ({
      criterionId: c.id,
      name: c.name,
      maxScore: c.maxScore,
      mean: mean(done.flatMap((a) => a.scores.filter((s) => s.criterionId === c.id).map((s) => s.score))),
    })),
  };
}

export async function applicationDetail(db: DbOrTx, p: Principal, id: string) {
  const row = await visibleApplication(db, p, id);
  const criteria = await criteriaOf(db, row.a.roundId);
  const files = await db
    .select()
    .from(applicationAttachments)
    .where(eq(applicationAttachments.applicationId, id))
    .orderBy(asc(applicationAttachments.uploadedAt));
  const s = staff(p);
  const assignments = s ? await assignmentsOf(db, id) : p.role === 'expert' ? await assignmentsOf(db, id, p.userId) : [];
  return {
    ...rowOut(p, row),
    decisionNote: row.a.decisionNote,
    decidedAt: iso(row.a.decidedAt),
    project: (await getProjectRow(db, row.a.projectId))!,
    criteria: criteria.map((c) => ({ id: c.id, seq: c.seq, name: c.name, description: c.description, maxScore: c.maxScore })),
    maxTotal: criteria.reduce((sum, c) => sum + c.maxScore, 0),
    attachmentList: files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      mediaType: f.mediaType,
      sizeBytes: f.sizeBytes,
      sha256: f.sha256,
      uploadedAt: f.uploadedAt.toISOString(),
    })),
    assignments,
    aggregate: s ? aggregate(criteria, assignments) : null,
  };
}

/** An enterprise applies: the project enters the register as 申报 and the application joins the open round of its region. */
export async function submitApplication(
  tx: DbOrTx,
  actor: AuditActor,
  p: Principal,
  roundId: string,
  project: Omit<ProjectInput, 'regionCode' | 'ownerOrganisationId'> & { regionCode?: string; ownerOrganisationId?: string },
  isDemo = false,
) {
  if (!p.organisationId) throw invalidField('project', 'applicant_needs_organisation');
  const [round] = await tx.select().from(applicationRounds).where(eq(applicationRounds.id, roundId));
  if (!round) throw invalidField('roundId', 'round_not_open');
  if (round.status !== 'open') throw invalidField('roundId', 'round_not_open');
  if (p.regionCode !== round.regionCode) throw invalidField('roundId', 'round_other_region');
  const created = await createProject(
    tx,
    actor,
    { ...project, regionCode: round.regionCode, ownerOrganisationId: p.organisationId },
    { status: 'applied', isDemo },
  );
  const id = randomUUID();
  await tx
    .insert(applications)
    .values({ id, roundId, projectId: created.id, organisationId: p.organisationId, submittedBy: p.userId, isDemo });
  await recordAudit(tx, actor, {
    action: 'application.submit',
    entityType: 'application',
    entityId: id,
    regionCode: round.regionCode,
    organisationId: p.organisationId,
    after: { roundId, projectId: created.id, projectCode: created.code },
  });
  await recordEvent(tx, applicationSubmitted, {
    subject: `/applications/${id}`,
    data: { applicationId: id, roundId, projectId: created.id, organisationId: p.organisationId },
    projectId: created.id,
    organisationId: p.organisationId,
    regionCode: round.regionCode,
  });
  return id;
}

async function lockApplication(tx: DbOrTx, id: string) {
  const [a] = await tx.select().from(applications).where(eq(applications.id, id)).for('update');
  if (!a) throw notFound();
  return a;
}

export async function addAttachment(tx: DbOrTx, actor: AuditActor, applicationId: string, file: StoredFile, uploadedBy: string) {
  const a = await lockApplication(tx, applicationId);
  if (a.status === 'decided') throw conflict('application_decided');
  const id = randomUUID();
  const { storageKey, ...described } = file;
  const row = await recordAttachment(
    tx,
    { kind: 'application', applicationId },
    { ...described, storagePath: storageKey },
    { id, uploadedBy },
  );
  const [round] = await tx
    .select({ regionCode: applicationRounds.regionCode })
    .from(applicationRounds)
    .where(eq(applicationRounds.id, a.roundId));
  await recordAudit(tx, actor, {
    action: 'application.attachment',
    entityType: 'application',
    entityId: applicationId,
    regionCode: round?.regionCode,
    organisationId: a.organisationId,
    after: { ...file, id },
  });
  return {
    id,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: row.createdAt.toISOString(),
  };
}

export async function attachmentRow(db: DbOrTx, id: string) {
  const [row] = await db.select().from(applicationAttachments).where(eq(applicationAttachments.id, id));
  return row ?? null;
}

/** Experts with their conflict of interest against this application's project, for the assignment dialog. */
export async function expertCandidates(db: DbOrTx, applicationId: string) {
  const [a] = await db.select().from(applications).where(eq(applications.id, applicationId));
  if (!a) throw notFound();
  const participants = await participantOrganisationIds(db, a.projectId);
  const assigned = new Set(
    (
      await db
        .select({ id: reviewAssignments.expertUserId })
        .from(reviewAssignments)
        .where(eq(reviewAssignments.applicationId, applicationId))
    ).map((r) => r.id),
  );
  const rows = await db
    .select({
      userId: users.id,
      displayName: users.displayName,
      username: users.username,
      organisationId: users.organisationId,
      organisationName: organisationNameSql(users.organisationId),
    })
    .from(users)
    .where(and(eq(users.role, 'expert'), eq(users.active, true)))
    .orderBy(asc(users.username));
  return rows.map((r) => ({
    userId: r.userId,
    displayName: r.displayName,
    username: r.username,
    organisationName: r.organisationName,
    conflict: !!r.organisationId && participants.has(r.organisationId),
    assigned: assigned.has(r.userId),
  }));
}

/**
 * Assigns experts to an application. Refuses an expert whose organisation takes part in the project (conflict of
 * interest) and a panel smaller than three; the assignment also opens the project to the expert (project_experts)
 * and moves it 申报 → 评审中.
 */
export async function assignExperts(tx: DbOrTx, actor: AuditActor, applicationId: string, userIds: string[]) {
  const a = await lockApplication(tx, applicationId);
  if (a.status === 'decided') throw conflict('application_decided');
  const participants = await participantOrganisationIds(tx, a.projectId);
  const unique = [...new Set(userIds)];
  const found = await tx
    .select({
      id: users.id,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      organisationId: users.organisationId,
      organisationName: organisationNameSql(users.organisationId),
    })
    .from(users)
    .where(inArray(users.id, unique));
  for (const [i, uid] of userIds.entries()) {
    const u = found.find((f) => f.id === uid);
    if (!u || u.role !== 'expert' || !u.active) throw invalidField(`expertUserIds.${i}`, 'applications_expert_unknown');
    if (u.organisationId && participants.has(u.organisationId)) {
      const params = { name: u.displayName, organisation: u.organisationName ?? '' };
      throw new AppError(400, 'expert_conflict', params, [{ path: `expertUserIds.${i}`, code: 'expert_conflict', params }]);
    }
  }
  const existing = await tx
    .select({ id: reviewAssignments.expertUserId })
    .from(reviewAssignments)
    .where(eq(reviewAssignments.applicationId, applicationId));
  const fresh = unique.filter((u) => !existing.some((e) => e.id === u));
  const count = existing.length + fresh.length;
  if (count < MIN_EXPERTS) throw invalidField('expertUserIds', 'min_three_experts', { min: MIN_EXPERTS, count });
  if (fresh.length) {
    await tx
      .insert(reviewAssignments)
      .values(fresh.map((expertUserId) => ({ id: randomUUID(), applicationId, expertUserId, assignedBy: actor.id })));
    await assignProjectExperts(tx, a.projectId, fresh, 'review');
  }
  if (a.status === 'submitted') await tx.update(applications).set({ status: 'reviewing' }).where(eq(applications.id, applicationId));
  const project = await getProjectRow(tx, a.projectId);
  if (project?.status === 'applied') await transitionProject(tx, actor, a.projectId, 'reviewing', '分配评审专家');
  await recordAudit(tx, actor, {
    action: 'application.assign_experts',
    entityType: 'application',
    entityId: applicationId,
    regionCode: project?.regionCode,
    organisationId: a.organisationId,
    before: { experts: existing.map((e) => e.id) },
    after: { experts: [...existing.map((e) => e.id), ...fresh] },
  });
}

/** Withdraws an expert who has not yet submitted; the panel may not fall below three. */
export async function unassignExpert(tx: DbOrTx, actor: AuditActor, applicationId: string, userId: string) {
  const a = await lockApplication(tx, applicationId);
  if (a.status === 'decided') throw conflict('application_decided');
  const list = await tx.select().from(reviewAssignments).where(eq(reviewAssignments.applicationId, applicationId));
  const target = list.find((r) => r.expertUserId === userId);
  if (!target) throw notFound();
  if (target.status === 'submitted') throw conflict('expert_already_scored');
  if (list.length - 1 < MIN_EXPERTS) throw invalidField('expertUserIds', 'min_three_experts', { min: MIN_EXPERTS, count: list.length - 1 });
  await tx.delete(reviewAssignments).where(eq(reviewAssignments.id, target.id));
  await unassignProjectExpert(tx, a.projectId, userId, 'review');
  await recordAudit(tx, actor, {
    action: 'application.unassign_expert',
    entityType: 'application',
    entityId: applicationId,
    organisationId: a.organisationId,
    before: { expertUserId: userId },
  });
}

/** The expert's own assignments (the 我的评审 list). */
export async function myAssignments(db: DbOrTx, p: Principal) {
  const rows = await db
    .select({
      id: reviewAssignments.id,
      applicationId: applications.id,
      status: reviewAssignments.status,
      assignedAt: reviewAssignments.assignedAt,
      submittedAt: reviewAssignments.submittedAt,
      roundTitle: applicationRounds.title,
      regionCode: applicationRounds.regionCode,
      projectId: applications.projectId,
      projectCode: projectFieldSql(applications.projectId, 'code'),
      projectName: projectFieldSql(applications.projectId, 'name'),
      total: sql<number | null>`(select sum(s.score) from ${reviewScores} s where s.assignment_id = ${reviewAssignments.id})`.mapWith(
        (v) => (v === null ? null : Number(v)),
      ),
    })
    .from(reviewAssignments)
    .innerJoin(applications, eq(applications.id, reviewAssignments.applicationId))
    .innerJoin(applicationRounds, eq(applicationRounds.id, applications.roundId))
    .where(eq(reviewAssignments.expertUserId, p.userId))
    .orderBy(asc(reviewAssignments.status), desc(reviewAssignments.assignedAt));
  return rows.map((r) => ({
    ...r,
    assignedAt: r.assignedAt.toISOString(),
    submittedAt: iso(r.submittedAt),
    total: r.total === null ? null : round2(r.total),
  }));
}

/** An expert saves (or submits) their scores; every criterion must be scored within its maximum before submitting. */
export async function saveScores(
  tx: DbOrTx,
  actor: AuditActor,
  p: Principal,
  assignmentId: string,
  input: { scores: Array<{ criterionId: string; score: number }>; comment?: string | null; submit: boolean },
) {
  const [asg] = await tx.select().from(reviewAssignments).where(eq(reviewAssignments.id, assignmentId)).for('update');
  // Another expert's assignment does not exist as far as this expert can tell.
  if (!asg || asg.expertUserId !== p.userId) throw notFound();
  if (asg.status === 'submitted') throw conflict('review_already_submitted');
  const [a] = await tx.select().from(applications).where(eq(applications.id, asg.applicationId));
  if (a!.status === 'decided') throw conflict('application_decided');
  const criteria = await criteriaOf(tx, a!.roundId);
  for (const [i, s] of input.scores.entries()) {
    const c = criteria.find((x) => x.id === s.criterionId);
    if (!c) throw invalidField(`scores.${i}.criterionId`, 'criterion_unknown');
    if (s.score > c.maxScore) throw invalidField(`scores.${i}.score`, 'score_out_of_range', { max: c.maxScore });
  }
  if (input.submit && criteria.some((c) => !input.scores.some((s) => s.criterionId === c.id)))
    throw invalidField('scores', 'score_missing');
  const before = await assignmentsOf(tx, asg.applicationId, p.userId);
  await tx.delete(reviewScores).where(eq(reviewScores.assignmentId, assignmentId));
  if (input.scores.length)
    await tx.insert(reviewScores).values(input.scores.map((s) => ({ assignmentId, criterionId: s.criterionId, score: s.score })));
  await tx
    .update(reviewAssignments)
    .set({ comment: input.comment ?? null, ...(input.submit ? { status: 'submitted' as const, submittedAt: new Date() } : {}) })
    .where(eq(reviewAssignments.id, assignmentId));
  const [after] = await assignmentsOf(tx, asg.applicationId, p.userId);
  await recordAudit(tx, actor, {
    action: input.submit ? 'review.submit' : 'review.save',
    entityType: 'review',
    entityId: assignmentId,
    organisationId: a!.organisationId,
    before: before[0],
    after,
  });
  return after!;
}

/** The regulator records the decision: 入选 or 未入选, once at least three experts have submitted their scores. */
export async function decide(
  tx: DbOrTx,
  actor: AuditActor,
  applicationId: string,
  decision: 'selected' | 'rejected',
  note?: string | null,
) {
  const a = await lockApplication(tx, applicationId);
  if (a.status === 'decided') throw conflict('application_decided');
  const [done] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(reviewAssignments)
    .where(and(eq(reviewAssignments.applicationId, applicationId), eq(reviewAssignments.status, 'submitted')));
  if ((done?.n ?? 0) < MIN_EXPERTS) throw new AppError(400, 'reviews_incomplete', { min: MIN_EXPERTS, count: done?.n ?? 0 });
  await transitionProject(tx, actor, a.projectId, decision, note);
  await tx
    .update(applications)
    .set({ status: 'decided', decision, decisionNote: note ?? null, decidedBy: actor.id, decidedAt: new Date() })
    .where(eq(applications.id, applicationId));
  await recordAudit(tx, actor, {
    action: 'application.decide',
    entityType: 'application',
    entityId: applicationId,
    organisationId: a.organisationId,
    before: { status: a.status },
    after: { status: 'decided', decision, note: note ?? null },
  });
  await recordEvent(tx, applicationDecided, {
    subject: `/applications/${applicationId}`,
    data: { applicationId, projectId: a.projectId, decision },
    projectId: a.projectId,
    organisationId: a.organisationId,
  });
}
