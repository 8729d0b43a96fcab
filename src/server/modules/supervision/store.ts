import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { selectRows, type DbOrTx } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { recordAttachment } from '../../platform/attachments.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors.js';
import { offsetOf, pageFromRows, totalColumn, type Page, type PageQuery } from '../../platform/pagination.js';
import { getOrganisation, getUser } from '../accounts/index.js';
import { assignProjectExperts, projectRefs, visibleProjectIds, type ProjectRef } from '../projects/index.js';

import { participantsOf } from '../projects/index.js';
import type { StagedPhoto } from './photos.js';
import {
  findings,
  inspections,
  noticeEvents,
  notices,
  photos,
  supervisionTemplates,
  type CheckResult,
  type InspectionTopic,
  type NoticeStatus,
  type Severity,
  type TemplateItem,
} from './tables.js';
import { awaitingParticipant, escalationLevelAt, mayStopWork, noticeTransition, type NoticeAction } from './workflow.js';
import { recordEvent } from '../../platform/events.js';
import { findingRaised, noticeEscalated, noticeIssued, noticeRectified } from './events.js';

type Template = typeof supervisionTemplates.$inferSelect;
export type InspectionRow = typeof inspections.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;
export type NoticeRow = typeof notices.$inferSelect;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

// ---------------------------------------------------------------- templates

export function templateRow(t: Template) {
  return {
    id: t.id,
    regionCode: t.regionCode,
    topic: t.topic,
    name: t.name,
    items: t.items,
    active: t.active,
    version: t.version,
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** Templates a region may use: its own and the national defaults (region null). `regions` null = every region. */
export async function listTemplates(
  db: DbOrTx,
  f: { regions: string[] | null; regionCode?: string; topic?: InspectionTopic; activeOnly?: boolean },
) {
  const where: SQL[] = [];
  const regionScope = f.regionCode ? [f.regionCode] : f.regions;
  if (regionScope)
    where.push(
      or(isNull(supervisionTemplates.regionCode), regionScope.length ? inArray(supervisionTemplates.regionCode, regionScope) : sql`false`)!,
    );
  if (f.topic) where.push(eq(supervisionTemplates.topic, f.topic));
  if (f.activeOnly) where.push(eq(supervisionTemplates.active, true));
  const rows = await db
    .select()
    .from(supervisionTemplates)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(supervisionTemplates.topic), sql`${supervisionTemplates.regionCode} nulls first`, asc(supervisionTemplates.name));
  return rows.map(templateRow);
}

export async function getTemplate(db: DbOrTx, id: string) {
  const [row] = await db.select().from(supervisionTemplates).where(eq(supervisionTemplates.id, id));
  return row ?? null;
}

function checkItems(items: TemplateItem[]) {
  if (new Set(items.map((i) => i.key)).size !== items.length) throw invalidField('items', 'template_items_duplicate');
}

export async function createTemplate(
  tx: DbOrTx,
  actor: AuditActor,
  input: { regionCode: string | null; topic: InspectionTopic; name: string; items: TemplateItem[] },
) {
  checkItems(input.items);
  const [row] = await tx
    .insert(supervisionTemplates)
    .values({ id: randomUUID(), ...input })
    .returning();
  await recordAudit(tx, actor, {
    action: 'supervision.template.create',
    entityType: 'supervision_template',
    entityId: row!.id,
    regionCode: row!.regionCode,
    after: templateRow(row!),
  });
  return templateRow(row!);
}

export async function updateTemplate(
  tx: DbOrTx,
  actor: AuditActor,
  before: Template,
  patch: { name?: string; items?: TemplateItem[]; active?: boolean },
) {
  if (patch.items) checkItems(patch.items);
  // Recorded inspections keep a copy of the items they were checked against, so an edit never rewrites history.
  const [row] = await tx
    .update(supervisionTemplates)
    .set({ ...patch, version: sql`${supervisionTemplates.version} + 1`, updatedAt: sql`now()` })
    .where(eq(supervisionTemplates.id, before.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'supervision.template.update',
    entityType: 'supervision_template',
    entityId: before.id,
    regionCode: before.regionCode,
    before: templateRow(before),
    after: templateRow(row!),
  });
  return templateRow(row!);
}

// ---------------------------------------------------------------- inspections

export function inspectionRow(i: InspectionRow, project?: ProjectRef) {
  return {
    id: i.id,
    projectId: i.projectId,
    projectCode: project?.code ?? null,
    projectName: project?.name ?? null,
    regionCode: i.regionCode,
    templateId: i.templateId,
    topic: i.topic,
    title: i.title,
    stage: i.stage,
    scheduledOn: i.scheduledOn,
    status: i.status,
    inspectedAt: iso(i.inspectedAt),
    results: i.results,
    summary: i.summary,
    expertIds: i.expertIds,
    ledgerIndex: i.ledgerIndex,
    ledgeredAt: iso(i.ledgeredAt),
    createdAt: i.createdAt.toISOString(),
  };
}

export async function getInspection(db: DbOrTx, id: string) {
  const [row] = await db.select().from(inspections).where(eq(inspections.id, id));
  return row ?? null;
}

/** Who may record results and findings: a regulator who sees the project, or an expert entrusted with this inspection. */
export function mayRecord(p: Principal, inspection: InspectionRow) {
  if (p.role === 'regulator') return true;
  return p.role === 'expert' && inspection.expertIds.includes(p.userId);
}

/** Regional regulators act in their region; the ministry (no region) may act everywhere it inspects. */
export function isRegulatorOf(p: Principal, regionCode: string) {
  return p.role === 'regulator' && (p.regionCode === null || p.regionCode === regionCode);
}

export async function createInspection(
  tx: DbOrTx,
  actor: AuditActor,
  project: ProjectRef,
  input: { templateId: string; title?: string; stage: InspectionRow['stage']; scheduledOn: string; expertIds: string[]; isDemo?: boolean },
) {
  const template = await getTemplate(tx, input.templateId);
  if (!template || !template.active || (template.regionCode !== null && template.regionCode !== project.regionCode))
    throw invalidField('templateId', 'template_unknown');
  const experts = [...new Set(input.expertIds)];
  for (const [i, id] of experts.entries()) {
    const u = await getUser(tx, id);
    if (!u || u.role !== 'expert' || !u.active) throw invalidField(`expertIds.${i}`, 'supervision_expert_unknown');
  }
  const [row] = await tx
    .insert(inspections)
    .values({
      id: randomUUID(),
      projectId: project.id,
      regionCode: project.regionCode,
      templateId: template.id,
      topic: template.topic,
      title: input.title?.trim() || template.name,
      stage: input.stage,
      scheduledOn: input.scheduledOn,
      expertIds: experts,
      createdBy: actor.id,
      isDemo: input.isDemo ?? false,
    })
    .returning();
  // An entrusted expert reads the project through the register's own access rule (project_experts, purpose 'inspection').
  await assignProjectExperts(tx, project.id, experts, 'inspection');
  await recordAudit(tx, actor, {
    action: 'supervision.inspection.schedule',
    entityType: 'inspection',
    entityId: row!.id,
    regionCode: project.regionCode,
    after: inspectionRow(row!),
  });
  return row!;
}

export async function recordInspection(
  tx: DbOrTx,
  actor: AuditActor,
  before: InspectionRow,
  input: { inspectedAt: string; results: Array<{ key: string; result: CheckResult['result']; note?: string }>; summary?: string },
) {
  if (before.status === 'cancelled') throw new AppError(409, 'inspection_not_open', { status: before.status });
  const template = await getTemplate(tx, before.templateId);
  const byKey = new Map((template?.items ?? []).map((i) => [i.key, i]));
  const results: CheckResult[] = input.results.map((r, i) => {
    const item = byKey.get(r.key);
    if (!item) throw invalidField(`results.${i}.key`, 'template_item_unknown', { key: r.key });
    return { key: r.key, text: item.text, result: r.result, ...(r.note ? { note: r.note } : {}) };
  });
  const [row] = await tx
    .update(inspections)
    .set({
      status: 'recorded',
      inspectedAt: new Date(input.inspectedAt),
      results,
      summary: input.summary ?? null,
      recordedBy: actor.id,
      updatedAt: sql`now()`,
    })
    .where(eq(inspections.id, before.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'supervision.inspection.record',
    entityType: 'inspection',
    entityId: before.id,
    regionCode: before.regionCode,
    before: inspectionRow(before),
    after: inspectionRow(row!),
  });
  return row!;
}

export async function cancelInspection(tx: DbOrTx, actor: AuditActor, before: InspectionRow) {
  if (before.status !== 'scheduled') throw new AppError(409, 'inspection_not_open', { status: before.status });
  const [row] = await tx
    .update(inspections)
    .set({ status: 'cancelled', updatedAt: sql`now()` })
    .where(eq(inspections.id, before.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'supervision.inspection.cancel',
    entityType: 'inspection',
    entityId: before.id,
    regionCode: before.regionCode,
    before: inspectionRow(before),
    after: inspectionRow(row!),
  });
  return row!;
}

export async function markLedgered(tx: DbOrTx, actor: AuditActor, before: InspectionRow, index: number) {
  const [row] = await tx
    .update(inspections)
    .set({ ledgerIndex: index, ledgeredAt: sql`now()` })
    .where(and(eq(inspections.id, before.id), isNull(inspections.ledgerIndex)))
    .returning();
  if (!row) throw conflict('inspection_already_ledgered');
  await recordAudit(tx, actor, {
    action: 'supervision.inspection.ledger',
    entityType: 'inspection',
    entityId: before.id,
    regionCode: before.regionCode,
    after: { ledgerIndex: index },
  });
  return row;
}

export async function listInspections(
  db: DbOrTx,
  p: Principal,
  f: { projectId?: string; regionCode?: string; status?: string; topic?: string },
  page: PageQuery,
) {
  const ids = f.projectId ? [f.projectId] : await visibleProjectIds(db, p, { regionCode: f.regionCode });
  if (!ids.length) return { items: [], total: 0 };
  const where: SQL[] = [inArray(inspections.projectId, ids)];
  if (f.status) where.push(eq(inspections.status, f.status as never));
  if (f.topic) where.push(eq(inspections.topic, f.topic as never));
  const cond = and(...where);
  const counted = db.select({ n: count() }).from(inspections).where(cond);
  const rows = await db
    .select({ i: inspections, total: totalColumn(counted) })
    .from(inspections)
    .where(cond)
    .orderBy(desc(inspections.scheduledOn), desc(inspections.createdAt))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const { items, total } = await pageFromRows(rows, counted);
  const refs = await projectRefs(
    db,
    items.map((r) => r.i.projectId),
  );
  const counts = await findingCounts(
    db,
    items.map((r) => r.i.id),
  );
  return {
    items: items.map((r) => ({ ...inspectionRow(r.i, refs.get(r.i.projectId)), findings: counts.get(r.i.id) ?? { total: 0, open: 0 } })),
    total,
  };
}

async function findingCounts(db: DbOrTx, inspectionIds: string[]) {
  if (!inspectionIds.length) return new Map<string, { total: number; open: number }>();
  const rows = await db
    .select({
      id: findings.inspectionId,
      total: count(),
      open: sql<number>`count(*) filter (where ${findings.status} = 'open')`.mapWith(Number),
    })
    .from(findings)
    .where(inArray(findings.inspectionId, inspectionIds))
    .groupBy(findings.inspectionId);
  return new Map(rows.map((r) => [r.id, { total: Number(r.total), open: r.open }]));
}

// ---------------------------------------------------------------- findings and photos

export function photoRow(ph: typeof photos.$inferSelect) {
  return {
    id: ph.id,
    url: `/api/supervision/photos/${ph.id}`,
    contentType: ph.contentType,
    sizeBytes: ph.sizeBytes,
    sha256: ph.sha256,
    originalName: ph.originalName,
    capturedAt: ph.capturedAt.toISOString(),
    capturedSource: ph.capturedSource,
  };
}

export function findingRow(f: FindingRow) {
  return {
    id: f.id,
    inspectionId: f.inspectionId,
    projectId: f.projectId,
    regionCode: f.regionCode,
    itemKey: f.itemKey,
    severity: f.severity,
    description: f.description,
    status: f.status,
    stopWork: f.stopWork,
    stopWorkActive: f.stopWork && !f.stopWorkLiftedAt,
    stopWorkLiftedAt: iso(f.stopWorkLiftedAt),
    closedAt: iso(f.closedAt),
    createdAt: f.createdAt.toISOString(),
  };
}

async function insertPhotos(
  tx: DbOrTx,
  projectId: string,
  owner: { findingId?: string; eventId?: number },
  staged: StagedPhoto[],
  uploadedBy: string | null,
) {
  const saved = [];
  for (const s of staged) {
    const row = await recordAttachment(
      tx,
      {
        kind: 'supervision',
        projectId,
        findingId: owner.findingId,
        eventId: owner.eventId,
        capturedAt: s.capturedAt,
        capturedSource: s.capturedSource,
      },
      { fileName: s.originalName, mediaType: s.contentType, sizeBytes: s.sizeBytes, sha256: s.sha256, storagePath: s.storedPath },
      { id: s.id, uploadedBy },
    );
    saved.push(
      photoRow({
        id: row.id,
        projectId,
        findingId: row.findingId,
        eventId: row.eventId,
        storedPath: s.storedPath,
        originalName: s.originalName,
        contentType: s.contentType,
        sizeBytes: row.sizeBytes,
        sha256: row.sha256,
        capturedAt: s.capturedAt,
        capturedSource: s.capturedSource,
        uploadedBy: row.uploadedBy,
        createdAt: row.createdAt,
      }),
    );
  }
  return saved;
}

export async function getFinding(db: DbOrTx, id: string) {
  const [row] = await db.select().from(findings).where(eq(findings.id, id));
  return row ?? null;
}

export async function addFinding(
  tx: DbOrTx,
  actor: AuditActor,
  p: Principal,
  inspection: InspectionRow,
  input: { severity: Severity; description: string; itemKey?: string; stopWork: boolean },
  staged: StagedPhoto[],
) {
  if (inspection.status === 'cancelled') throw new AppError(409, 'inspection_not_open', { status: inspection.status });
  if (input.stopWork && !mayStopWork(input.severity)) throw invalidField('stopWork', 'stop_work_needs_serious');
  if (input.stopWork && p.role !== 'regulator') throw new AppError(403, 'regulator_only');
  if (input.itemKey) {
    const template = await getTemplate(tx, inspection.templateId);
    if (!template?.items.some((i) => i.key === input.itemKey))
      throw invalidField('itemKey', 'template_item_unknown', { key: input.itemKey });
  }
  const [row] = await tx
    .insert(findings)
    .values({
      id: randomUUID(),
      inspectionId: inspection.id,
      projectId: inspection.projectId,
      regionCode: inspection.regionCode,
      itemKey: input.itemKey ?? null,
      severity: input.severity,
      description: input.description,
      stopWork: input.stopWork,
      createdBy: actor.id,
    })
    .returning();
  const saved = await insertPhotos(tx, inspection.projectId, { findingId: row!.id }, staged, actor.id);
  await recordAudit(tx, actor, {
    action: 'supervision.finding.create',
    entityType: 'inspection_finding',
    entityId: row!.id,
    regionCode: inspection.regionCode,
    after: { ...findingRow(row!), photos: saved.map((s) => ({ id: s.id, sha256: s.sha256, capturedAt: s.capturedAt })) },
  });
  await recordEvent(tx, findingRaised, {
    subject: `/projects/${inspection.projectId}/findings/${row!.id}`,
    data: {
      projectId: inspection.projectId,
      inspectionId: inspection.id,
      findingId: row!.id,
      severity: row!.severity,
      stopWork: row!.stopWork,
    },
    projectId: inspection.projectId,
    regionCode: inspection.regionCode,
  });
  if (input.stopWork) {
    await recordAudit(tx, actor, {
      action: 'supervision.stop_work.impose',
      entityType: 'project',
      entityId: inspection.projectId,
      regionCode: inspection.regionCode,
      after: { findingId: row!.id },
    });
  }
  return { finding: row!, photos: saved };
}

/** Closes a finding that needed no notice (corrected on the spot), lifting its stop-work flag. */
export async function closeFindingDirectly(tx: DbOrTx, actor: AuditActor, before: FindingRow) {
  if (before.status === 'closed') throw conflict('finding_closed');
  if (await noticeForFinding(tx, before.id)) throw conflict('finding_has_notice');
  const [row] = await tx
    .update(findings)
    .set({ status: 'closed', closedAt: sql`now()`, stopWorkLiftedAt: before.stopWork ? sql`now()` : null })
    .where(eq(findings.id, before.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'supervision.finding.close',
    entityType: 'inspection_finding',
    entityId: before.id,
    regionCode: before.regionCode,
    before: findingRow(before),
    after: findingRow(row!),
  });
  return row!;
}

/** Imposes or lifts the stop-work flag of a serious finding. */
export async function setStopWork(tx: DbOrTx, actor: AuditActor, before: FindingRow, active: boolean) {
  if (active && !mayStopWork(before.severity)) throw invalidField('active', 'stop_work_needs_serious');
  const [row] = await tx
    .update(findings)
    .set(
      active
        ? { stopWork: true, stopWorkLiftedAt: null }
        : { stopWorkLiftedAt: before.stopWork && !before.stopWorkLiftedAt ? sql`now()` : before.stopWorkLiftedAt },
    )
    .where(eq(findings.id, before.id))
    .returning();
  await recordAudit(tx, actor, {
    action: active ? 'supervision.stop_work.impose' : 'supervision.stop_work.lift',
    entityType: 'project',
    entityId: before.projectId,
    regionCode: before.regionCode,
    before: findingRow(before),
    after: findingRow(row!),
  });
  return row!;
}

export async function findingPhotos(db: DbOrTx, findingIds: string[]) {
  if (!findingIds.length) return new Map<string, ReturnType<typeof photoRow>[]>();
  const rows = await db.select().from(photos).where(inArray(photos.findingId, findingIds)).orderBy(asc(photos.capturedAt));
  const out = new Map<string, ReturnType<typeof photoRow>[]>();
  for (const r of rows) out.set(r.findingId!, [...(out.get(r.findingId!) ?? []), photoRow(r)]);
  return out;
}

export async function getPhoto(db: DbOrTx, id: string) {
  const [row] = await db.select().from(photos).where(eq(photos.id, id));
  return row ?? null;
}

// ---------------------------------------------------------------- rectification notices

export function noticeRow(n: NoticeRow, now = new Date()) {
  return {
    id: n.id,
    code: n.code,
    findingId: n.findingId,
    projectId: n.projectId,
    regionCode: n.regionCode,
    responsibleOrganisationId: n.responsibleOrganisationId,
    requirement: n.requirement,
    deadline: n.deadline.toISOString(),
    status: n.status,
    overdue: awaitingParticipant.includes(n.status) && n.deadline.getTime() <= now.getTime(),
    escalationLevel: n.escalationLevel,
    escalatedAt: iso(n.escalatedAt),
    closedAt: iso(n.closedAt),
    createdAt: n.createdAt.toISOString(),
  };
}

export async function getNotice(db: DbOrTx, id: string, forUpdate = false) {
  const q = db.select().from(notices).where(eq(notices.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function noticeForFinding(db: DbOrTx, findingId: string) {
  const [row] = await db.select().from(notices).where(eq(notices.findingId, findingId));
  return row ?? null;
}

/** Organisations taking part in a project (with the owner), the only possible addressees of a notice. */
export async function projectParticipantOrganisations(db: DbOrTx, project: ProjectRef) {
  const rows = await participantsOf(db, project.id);
  const out = new Map<string, { organisationId: string; name: string; roles: string[] }>();
  const owner = await getOrganisation(db, project.ownerOrganisationId);
  if (owner) out.set(owner.id, { organisationId: owner.id, name: owner.name, roles: ['owner'] });
  for (const r of rows) {
    const o = out.get(r.organisationId) ?? { organisationId: r.organisationId, name: r.organisationName, roles: [] };
    if (!o.roles.includes(r.role)) o.roles.push(r.role);
    out.set(r.organisationId, o);
  }
  return [...out.values()];
}

async function addEvent(tx: DbOrTx, actor: AuditActor, e: Omit<typeof noticeEvents.$inferInsert, 'actorId' | 'actorName'>) {
  const [row] = await tx
    .insert(noticeEvents)
    .values({ ...e, actorId: actor.id, actorName: actor.name })
    .returning();
  return row!;
}

export async function issueNotice(
  tx: DbOrTx,
  actor: AuditActor,
  project: ProjectRef,
  finding: FindingRow,
  input: { responsibleOrganisationId: string; deadline: string; requirement: string },
  now = new Date(),
) {
  if (finding.status === 'closed') throw conflict('finding_closed');
  if (await noticeForFinding(tx, finding.id)) throw conflict('notice_exists');
  const deadline = new Date(input.deadline);
  if (deadline.getTime() <= now.getTime()) throw invalidField('deadline', 'deadline_past');
  const participants = await projectParticipantOrganisations(tx, project);
  if (!participants.some((o) => o.organisationId === input.responsibleOrganisationId))
    throw invalidField('responsibleOrganisationId', 'responsible_not_participant');
  const [{ seq }] = (await selectRows<{ seq: string }>(tx, sql`select nextval('rectification_notice_seq')::text as seq`)) as [
    { seq: string },
  ];
  const code = `ZG-${project.regionCode.toUpperCase().slice(0, 2)}-${now.getFullYear()}-${seq.padStart(4, '0')}`;
  const [row] = await tx
    .insert(notices)
    .values({
      id: randomUUID(),
      code,
      findingId: finding.id,
      projectId: project.id,
      regionCode: project.regionCode,
      responsibleOrganisationId: input.responsibleOrganisationId,
      requirement: input.requirement,
      deadline,
      issuedBy: actor.id,
    })
    .returning();
  await addEvent(tx, actor, {
    noticeId: row!.id,
    kind: 'issued',
    fromStatus: null,
    toStatus: 'issued',
    deadline,
    comment: input.requirement,
  });
  await recordAudit(tx, actor, {
    action: 'supervision.notice.issue',
    entityType: 'rectification_notice',
    entityId: row!.id,
    regionCode: project.regionCode,
    organisationId: input.responsibleOrganisationId,
    after: noticeRow(row!, now),
  });
  await recordEvent(tx, noticeIssued, {
    subject: `/projects/${row!.projectId}/notices/${row!.id}`,
    data: {
      projectId: row!.projectId,
      noticeId: row!.id,
      findingId: row!.findingId,
      code: row!.code,
      responsibleOrganisationId: input.responsibleOrganisationId,
      deadline: row!.deadline.toISOString(),
    },
    projectId: row!.projectId,
    organisationId: project.ownerOrganisationId,
    regionCode: project.regionCode,
  });
  return row!;
}

const actionLabels: Record<NoticeAction, string> = { respond: 'respond', close: 'close', reopen: 'reopen' };

function transitionOrConflict(n: NoticeRow, action: NoticeAction): NoticeStatus {
  const next = noticeTransition(n.status, action);
  if (!next) throw new AppError(409, 'notice_transition', { from: n.status, action: actionLabels[action] });
  return next;
}

/** The responsible participant answers with what it rectified and photos of it. */
export async function respondNotice(
  tx: DbOrTx,
  actor: AuditActor,
  p: Principal,
  before: NoticeRow,
  input: { message: string },
  staged: StagedPhoto[],
) {
  if (p.role !== 'enterprise' || p.organisationId !== before.responsibleOrganisationId)
    throw new AppError(403, 'not_responsible_participant');
  const next = transitionOrConflict(before, 'respond');
  const [row] = await tx
    .update(notices)
    .set({ status: next, updatedAt: sql`now()` })
    .where(eq(notices.id, before.id))
    .returning();
  const event = await addEvent(tx, actor, {
    noticeId: before.id,
    kind: 'responded',
    fromStatus: before.status,
    toStatus: next,
    comment: input.message,
    organisationId: p.organisationId,
  });
  const saved = await insertPhotos(tx, before.projectId, { eventId: event.id }, staged, actor.id);
  await recordAudit(tx, actor, {
    action: 'supervision.notice.respond',
    entityType: 'rectification_notice',
    entityId: before.id,
    regionCode: before.regionCode,
    organisationId: p.organisationId,
    before: noticeRow(before),
    after: {
      ...noticeRow(row!),
      message: input.message,
      photos: saved.map((s) => ({ id: s.id, sha256: s.sha256, capturedAt: s.capturedAt })),
    },
  });
  return row!;
}

/** The regulator verifies: closing also closes the finding and lifts its stop-work flag (复工). */
export async function closeNotice(tx: DbOrTx, actor: AuditActor, p: Principal, before: NoticeRow, input: { comment?: string }) {
  if (!isRegulatorOf(p, before.regionCode)) throw new AppError(403, 'regulator_only');
  const next = transitionOrConflict(before, 'close');
  const [row] = await tx
    .update(notices)
    .set({ status: next, closedAt: sql`now()`, closedBy: actor.id, updatedAt: sql`now()` })
    .where(eq(notices.id, before.id))
    .returning();
  const finding = (await getFinding(tx, before.findingId))!;
  const [closedFinding] = await tx
    .update(findings)
    .set({
      status: 'closed',
      closedAt: sql`now()`,
      stopWorkLiftedAt: finding.stopWork && !finding.stopWorkLiftedAt ? sql`now()` : finding.stopWorkLiftedAt,
    })
    .where(eq(findings.id, finding.id))
    .returning();
  await addEvent(tx, actor, {
    noticeId: before.id,
    kind: 'closed',
    fromStatus: before.status,
    toStatus: next,
    comment: input.comment ?? null,
  });
  await recordAudit(tx, actor, {
    action: 'supervision.notice.close',
    entityType: 'rectification_notice',
    entityId: before.id,
    regionCode: before.regionCode,
    before: noticeRow(before),
    after: { ...noticeRow(row!), comment: input.comment ?? null },
  });
  await recordEvent(tx, noticeRectified, {
    subject: `/projects/${row!.projectId}/notices/${row!.id}`,
    data: { projectId: row!.projectId, noticeId: row!.id, findingId: row!.findingId, code: row!.code },
    projectId: row!.projectId,
    regionCode: row!.regionCode,
  });
  if (finding.stopWork && !finding.stopWorkLiftedAt) {
    await recordAudit(tx, actor, {
      action: 'supervision.stop_work.lift',
      entityType: 'project',
      entityId: before.projectId,
      regionCode: before.regionCode,
      before: findingRow(finding),
      after: findingRow(closedFinding!),
    });
  }
  return row!;
}

/** The regulator is not satisfied: a new deadline, escalation starts again, and a stop-work flag stands again. */
export async function reopenNotice(
  tx: DbOrTx,
  actor: AuditActor,
  p: Principal,
  before: NoticeRow,
  input: { comment: string; deadline: string },
  now = new Date(),
) {
  if (!isRegulatorOf(p, before.regionCode)) throw new AppError(403, 'regulator_only');
  const next = transitionOrConflict(before, 'reopen');
  const deadline = new Date(input.deadline);
  if (deadline.getTime() <= now.getTime()) throw invalidField('deadline', 'deadline_past');
  const [row] = await tx
    .update(notices)
    .set({ status: next, deadline, escalationLevel: 0, escalatedAt: null, updatedAt: sql`now()` })
    .where(eq(notices.id, before.id))
    .returning();
  await addEvent(tx, actor, {
    noticeId: before.id,
    kind: 'reopened',
    fromStatus: before.status,
    toStatus: next,
    comment: input.comment,
    deadline,
  });
  await recordAudit(tx, actor, {
    action: 'supervision.notice.reopen',
    entityType: 'rectification_notice',
    entityId: before.id,
    regionCode: before.regionCode,
    before: noticeRow(before, now),
    after: { ...noticeRow(row!, now), comment: input.comment },
  });
  return row!;
}

const SYSTEM: AuditActor = { id: null, name: 'system', role: null, ip: null };

/**
 * Escalates every notice still awaiting its participant past the deadline to the level due at `now`.
 * Idempotent: a notice already at its due level is left alone, and the conditional update makes a concurrent run
 * (another instance, or a retry after a crash) a no-op for rows it already moved.
 */
export async function escalateOverdueNotices(db: DbOrTx, now: Date): Promise<Array<{ id: string; code: string; level: number }>> {
  const due = await db
    .select()
    .from(notices)
    .where(and(inArray(notices.status, [...awaitingParticipant]), lte(notices.deadline, now)));
  const escalated: Array<{ id: string; code: string; level: number }> = [];
  for (const n of due) {
    const level = escalationLevelAt(n.deadline, now);
    if (level <= n.escalationLevel) continue;
    const moved = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(notices)
        .set({ escalationLevel: level, escalatedAt: now, updatedAt: sql`now()` })
        .where(and(eq(notices.id, n.id), eq(notices.escalationLevel, n.escalationLevel), inArray(notices.status, [...awaitingParticipant])))
        .returning();
      if (!row) return false;
      await addEvent(tx, SYSTEM, {
        noticeId: n.id,
        kind: 'escalated',
        fromStatus: n.status,
        toStatus: n.status,
        escalationLevel: level,
        at: now,
      });
      await recordAudit(tx, SYSTEM, {
        action: 'supervision.notice.escalate',
        entityType: 'rectification_notice',
        entityId: n.id,
        regionCode: n.regionCode,
        organisationId: n.responsibleOrganisationId,
        before: { escalationLevel: n.escalationLevel },
        after: { escalationLevel: level, deadline: n.deadline.toISOString(), at: now.toISOString() },
      });
      await tx.execute(sql`select pg_notify('supervision_escalated', ${JSON.stringify({ id: n.id, level })})`);
      await recordEvent(tx, noticeEscalated, {
        subject: `/projects/${n.projectId}/notices/${n.id}`,
        data: {
          projectId: n.projectId,
          noticeId: n.id,
          findingId: n.findingId,
          code: n.code,
          escalationLevel: level,
          deadline: n.deadline.toISOString(),
        },
        projectId: n.projectId,
        regionCode: n.regionCode,
      });
      return true;
    });
    if (moved) escalated.push({ id: n.id, code: n.code, level });
  }
  return escalated;
}

export async function noticeEventsWithPhotos(db: DbOrTx, noticeId: string) {
  const events = await db.select().from(noticeEvents).where(eq(noticeEvents.noticeId, noticeId)).orderBy(asc(noticeEvents.id));
  const ids = events.map((e) => e.id);
  const ph = ids.length ? await db.select().from(photos).where(inArray(photos.eventId, ids)).orderBy(asc(photos.capturedAt)) : [];
  return events.map((e) => ({
    id: e.id,
    kind: e.kind,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    escalationLevel: e.escalationLevel,
    comment: e.comment,
    deadline: iso(e.deadline),
    actorName: e.actorName,
    organisationId: e.organisationId,
    at: e.at.toISOString(),
    photos: ph.filter((x) => x.eventId === e.id).map(photoRow),
  }));
}

// ---------------------------------------------------------------- lists and dashboard

export type FindingFilter = {
  projectId?: string;
  regionCode?: string;
  status?: 'open' | 'closed';
  severity?: Severity;
  overdue?: boolean;
  noticeStatus?: NoticeStatus;
  mine?: boolean;
  awaiting?: boolean;
  stopWork?: boolean;
};

/** Findings joined with their notice, for the dashboard table and the project tab. */
export async function listFindings(db: DbOrTx, p: Principal, f: FindingFilter, page: PageQuery, now = new Date()) {
  const ids = f.projectId ? [f.projectId] : await visibleProjectIds(db, p, { regionCode: f.regionCode });
  if (!ids.length) return { items: [], total: 0 };
  const where: SQL[] = [inArray(findings.projectId, ids)];
  if (f.status) where.push(eq(findings.status, f.status));
  if (f.severity) where.push(eq(findings.severity, f.severity));
  if (f.noticeStatus) where.push(eq(notices.status, f.noticeStatus));
  if (f.overdue) where.push(and(inArray(notices.status, [...awaitingParticipant]), lte(notices.deadline, now))!);
  if (f.mine) where.push(p.organisationId ? eq(notices.responsibleOrganisationId, p.organisationId) : sql`false`);
  if (f.awaiting) where.push(inArray(notices.status, [...awaitingParticipant]));
  if (f.stopWork) where.push(and(eq(findings.stopWork, true), isNull(findings.stopWorkLiftedAt), eq(findings.status, 'open'))!);
  const cond = and(...where);
  const counted = db.select({ n: count() }).from(findings).leftJoin(notices, eq(notices.findingId, findings.id)).where(cond);
  const rows = await db
    .select({ f: findings, n: notices, total: totalColumn(counted) })
    .from(findings)
    .leftJoin(notices, eq(notices.findingId, findings.id))
    .where(cond)
    .orderBy(sql`case ${findings.severity} when 'serious' then 0 when 'major' then 1 else 2 end`, desc(findings.createdAt))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const { items, total } = await pageFromRows(rows, counted);
  const refs = await projectRefs(
    db,
    items.map((r) => r.f.projectId),
  );
  const ph = await findingPhotos(
    db,
    items.map((r) => r.f.id),
  );
  const orgNames = await organisationNames(
    db,
    items.map((r) => r.n?.responsibleOrganisationId).filter((x): x is string => !!x),
  );
  return {
    items: items.map((r) => {
      const project = refs.get(r.f.projectId);
      return {
        ...findingRow(r.f),
        projectCode: project?.code ?? null,
        projectName: project?.name ?? null,
        ageDays: Math.floor((now.getTime() - r.f.createdAt.getTime()) / 86_400_000),
        photos: ph.get(r.f.id) ?? [],
        notice: r.n ? { ...noticeRow(r.n, now), responsibleOrganisationName: orgNames.get(r.n.responsibleOrganisationId) ?? null } : null,
      };
    }),
    total,
  };
}

export async function organisationNames(db: DbOrTx, ids: string[]) {
  const out = new Map<string, string>();
  for (const id of new Set(ids)) {
    const org = await getOrganisation(db, id);
    if (org) out.set(id, org.name);
  }
  return out;
}

/** Age buckets of open findings, in days since they were recorded. */
export const AGE_BUCKETS = [
  { key: '0-7', from: 0, to: 7 },
  { key: '8-30', from: 8, to: 30 },
  { key: '31-90', from: 31, to: 90 },
  { key: '90+', from: 91, to: null },
] as const;

/** Open findings by severity, age and overdue status, for the regulator dashboard. */
export async function dashboard(db: DbOrTx, p: Principal, f: { regionCode?: string }, now = new Date()) {
  const ids = await visibleProjectIds(db, p, { regionCode: f.regionCode });
  const empty = {
    openFindings: 0,
    bySeverity: { general: 0, major: 0, serious: 0 },
    overdueNotices: 0,
    openNotices: 0,
    stopWorkProjects: 0,
    byAge: AGE_BUCKETS.map((b) => ({ bucket: b.key, general: 0, major: 0, serious: 0 })),
    byRegion: [] as Array<{ regionCode: string; open: number; overdue: number; serious: number }>,
  };
  if (!ids.length) return empty;
  const rows = await selectRows<{
    severity: Severity;
    region_code: string;
    age_days: number;
    notice_status: string | null;
    overdue: boolean;
    stop_work: boolean;
  }>(
    db,
    sql`select f.severity, f.region_code,
               floor(extract(epoch from (${now.toISOString()}::timestamptz - f.created_at)) / 86400)::int as age_days,
               n.status as notice_status,
               coalesce(n.status in ('issued','reopened') and n.deadline <= ${now.toISOString()}::timestamptz, false) as overdue,
               (f.stop_work and f.stop_work_lifted_at is null) as stop_work
          from inspection_findings f left join rectification_notices n on n.finding_id = f.id
         where f.status = 'open' and f.project_id in (${sql.join(
           ids.map((id) => sql`${id}::uuid`),
           sql`, `,
         )})`,
  );
  const out = empty;
  const regions = new Map<string, { regionCode: string; open: number; overdue: number; serious: number }>();
  for (const r of rows) {
    out.openFindings++;
    out.bySeverity[r.severity]++;
    if (r.notice_status && r.notice_status !== 'closed') out.openNotices++;
    if (r.overdue) out.overdueNotices++;
    const age = Number(r.age_days);
    const bucket = AGE_BUCKETS.findIndex((b) => age >= b.from && (b.to === null || age <= b.to));
    out.byAge[Math.max(0, bucket)]![r.severity]++;
    const reg = regions.get(r.region_code) ?? { regionCode: r.region_code, open: 0, overdue: 0, serious: 0 };
    reg.open++;
    if (r.overdue) reg.overdue++;
    if (r.severity === 'serious') reg.serious++;
    regions.set(r.region_code, reg);
  }
  out.byRegion = [...regions.values()].sort((a, b) => a.regionCode.localeCompare(b.regionCode));
  out.stopWorkProjects = (await stopWorkProjectIds(db, ids)).size;
  return out;
}

// ---------------------------------------------------------------- stop-work status for every view of a project

export type StopWorkStatus = {
  projectId: string;
  stopWork: boolean;
  since: string | null;
  findings: Array<{ findingId: string; description: string; since: string; noticeCode: string | null; noticeStatus: NoticeStatus | null }>;
};

/** Whether a project is under a stop-work order (停工整改) from a serious finding, and why. */
export async function projectStopWork(db: DbOrTx, projectId: string): Promise<StopWorkStatus> {
  const rows = await db
    .select({ f: findings, code: notices.code, status: notices.status })
    .from(findings)
    .leftJoin(notices, eq(notices.findingId, findings.id))
    .where(and(eq(findings.projectId, projectId), eq(findings.stopWork, true), isNull(findings.stopWorkLiftedAt)))
    .orderBy(asc(findings.createdAt));
  return {
    projectId,
    stopWork: rows.length > 0,
    since: rows[0]?.f.createdAt.toISOString() ?? null,
    findings: rows.map((r) => ({
      findingId: r.f.id,
      description: r.f.description,
      since: r.f.createdAt.toISOString(),
      noticeCode: r.code,
      noticeStatus: r.status,
    })),
  };
}

/** The subset of `ids` currently under a stop-work order, for list pages that flag projects. */
export async function stopWorkProjectIds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectDistinct({ id: findings.projectId })
    .from(findings)
    .where(and(inArray(findings.projectId, [...new Set(ids)]), eq(findings.stopWork, true), isNull(findings.stopWorkLiftedAt)));
  return new Set(rows.map((r) => r.id));
}

/** Open findings and notices of one project, for its header and tabs. */
export async function projectSupervisionStatus(db: DbOrTx, projectId: string, now = new Date()) {
  const stop = await projectStopWork(db, projectId);
  const [counts] = await selectRows<{ open_findings: number; open_notices: number; overdue_notices: number; max_level: number | null }>(
    db,
    sql`select count(*) filter (where f.status = 'open')::int as open_findings,
               count(n.id) filter (where n.status <> 'closed')::int as open_notices,
               count(n.id) filter (where n.status in ('issued','reopened') and n.deadline <= ${now.toISOString()}::timestamptz)::int as overdue_notices,
               max(n.escalation_level) filter (where n.status <> 'closed') as max_level
          from inspection_findings f left join rectification_notices n on n.finding_id = f.id
         where f.project_id = ${projectId}::uuid`,
  );
  return {
    ...stop,
    openFindings: Number(counts?.open_findings ?? 0),
    openNotices: Number(counts?.open_notices ?? 0),
    overdueNotices: Number(counts?.overdue_notices ?? 0),
    maxEscalationLevel: Number(counts?.max_level ?? 0),
  };
}

export type { Page };
export { notFound };
