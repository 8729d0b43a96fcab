import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { AppError, conflict, invalidField, type ErrorDetail } from '../../platform/errors.js';
import type { IndicatorRegistry } from '../../platform/indicators.js';
import type { ProjectRef } from '../projects/index.js';
import { participantsOf } from '../projects/index.js';
import type { PlanInput } from './schemas.js';
import {
  planAspects,
  planningMeasures,
  planningPlans,
  planningVersions,
  type AspectContent,
  type PlanAspect,
  type PlanContent,
  type PlanStage,
  type VersionStatus,
} from './tables.js';
import { recordEvent } from '../../platform/events.js';
import { planApproved, planReturned, planSubmitted } from './events.js';

// ---------------------------------------------------------------- measure library

export type MeasureRow = typeof planningMeasures.$inferSelect;
const measureOut = (m: MeasureRow) => ({
  id: m.id,
  regionCode: m.regionCode,
  aspect: m.aspect,
  code: m.code,
  title: m.title,
  description: m.description,
  source: m.source,
  defaultStage: m.defaultStage,
  active: m.active,
  updatedAt: m.updatedAt.toISOString(),
});

/** Measures of the national library plus the given regions' own (regions null = every region). */
export async function listMeasures(
  db: DbOrTx,
  f: { regions: string[] | null; aspect?: PlanAspect; q?: string; includeInactive?: boolean },
) {
  const where: SQL[] = [];
  if (f.regions)
    where.push(
      f.regions.length
        ? or(isNull(planningMeasures.regionCode), inArray(planningMeasures.regionCode, f.regions))!
        : isNull(planningMeasures.regionCode),
    );
  if (f.aspect) where.push(eq(planningMeasures.aspect, f.aspect));
  if (!f.includeInactive) where.push(eq(planningMeasures.active, true));
  if (f.q)
    where.push(
      or(
        ilike(planningMeasures.title, `%${f.q}%`),
        ilike(planningMeasures.code, `%${f.q}%`),
        ilike(planningMeasures.description, `%${f.q}%`),
      )!,
    );
  const rows = await db
    .select()
    .from(planningMeasures)
    .where(and(...where))
    .orderBy(sql`${planningMeasures.regionCode} nulls first`, asc(planningMeasures.aspect), asc(planningMeasures.code));
  return rows.map(measureOut);
}

export async function getMeasure(db: DbOrTx, id: string) {
  const [m] = await db.select().from(planningMeasures).where(eq(planningMeasures.id, id));
  return m ?? null;
}

const aspectAbbrev: Record<PlanAspect, string> = {
  design: 'DES',
  materials: 'MAT',
  production: 'PRD',
  construction: 'CON',
  delivery: 'DEL',
};

export async function createMeasure(
  tx: DbOrTx,
  actor: AuditActor,
  input: {
    regionCode: string | null;
    aspect: PlanAspect;
    code?: string;
    title: string;
    description?: string | null;
    source?: string | null;
    defaultStage?: PlanStage | null;
  },
) {
  let code = input.code;
  if (!code) {
    const prefix = `${(input.regionCode ?? 'CN').toUpperCase()}-${aspectAbbrev[input.aspect]}-`;
    const rows = await tx
      .select({ code: planningMeasures.code })
      .from(planningMeasures)
      .where(
        and(
          input.regionCode ? eq(planningMeasures.regionCode, input.regionCode) : isNull(planningMeasures.regionCode),
          ilike(planningMeasures.code, `${prefix}%`),
        ),
      );
    const max = rows.reduce((m, r) => Math.max(m, Number(r.code.slice(prefix.length)) || 0), 0);
    code = `${prefix}${String(max + 1).padStart(2, '0')}`;
  }
  const [dup] = await tx
    .select({ id: planningMeasures.id })
    .from(planningMeasures)
    .where(
      and(
        input.regionCode ? eq(planningMeasures.regionCode, input.regionCode) : isNull(planningMeasures.regionCode),
        eq(planningMeasures.code, code),
      ),
    );
  if (dup) throw invalidField('code', 'measure_code_taken', { code });
  const row = {
    id: randomUUID(),
    regionCode: input.regionCode,
    aspect: input.aspect,
    code,
    title: input.title,
    description: input.description ?? null,
    source: input.source ?? null,
    defaultStage: input.defaultStage ?? null,
    createdBy: actor.id,
  };
  const [created] = await tx.insert(planningMeasures).values(row).returning();
  await recordAudit(tx, actor, {
    action: 'planning.measure.create',
    entityType: 'planning_measure',
    entityId: row.id,
    regionCode: row.regionCode,
    after: created,
  });
  return measureOut(created!);
}

export async function updateMeasure(
  tx: DbOrTx,
  actor: AuditActor,
  before: MeasureRow,
  patch: {
    aspect?: PlanAspect;
    title?: string;
    description?: string | null;
    source?: string | null;
    defaultStage?: PlanStage | null;
    active?: boolean;
  },
) {
  const [after] = await tx
    .update(planningMeasures)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(planningMeasures.id, before.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'planning.measure.update',
    entityType: 'planning_measure',
    entityId: before.id,
    regionCode: before.regionCode,
    before,
    after,
  });
  return measureOut(after!);
}

// ---------------------------------------------------------------- plans

export type VersionRow = typeof planningVersions.$inferSelect;
export type PlanState = { planId: string | null; versions: VersionRow[]; current: VersionRow | null; working: VersionRow | null };

const isWorking = (s: VersionStatus) => s === 'draft' || s === 'submitted' || s === 'returned';

export async function planState(db: DbOrTx, projectId: string, lock = false): Promise<PlanState> {
  const [plan] = lock
    ? await db.select({ id: planningPlans.id }).from(planningPlans).where(eq(planningPlans.projectId, projectId)).for('update')
    : await db.select({ id: planningPlans.id }).from(planningPlans).where(eq(planningPlans.projectId, projectId));
  if (!plan) return { planId: null, versions: [], current: null, working: null };
  const versions = await db
    .select()
    .from(planningVersions)
    .where(eq(planningVersions.planId, plan.id))
    .orderBy(desc(planningVersions.version));
  return {
    planId: plan.id,
    versions,
    current: versions.find((v) => v.status === 'approved') ?? null,
    working: versions.find((v) => isWorking(v.status)) ?? null,
  };
}

/**
 * Turns the submitted plan into a stored document, checking each reference: linked indicators must exist and share the
 * target's unit, measures must be active in the national or the project's regional library and belong to the aspect,
 * responsible organisations must take part in the project. All problems are reported at once with their field paths.
 */
export async function buildContent(
  db: DbOrTx,
  indicators: IndicatorRegistry,
  project: ProjectRef,
  input: PlanInput,
  previous: PlanContent | null,
): Promise<PlanContent> {
  const details: ErrorDetail[] = [];
  const measureIds = planAspects.flatMap((a) => input.aspects[a].measures.map((m) => m.measureId));
  const measures = measureIds.length
    ? await db
        .select()
        .from(planningMeasures)
        .where(inArray(planningMeasures.id, [...new Set(measureIds)]))
    : [];
  const byId = new Map(measures.map((m) => [m.id, m]));
  const participants = await participantsOf(db, project.id);
  const orgs = new Map(participants.map((p) => [p.organisationId, p.organisationName]));
  const previousIds = new Map<string, string>();
  if (previous)
    for (const a of planAspects)
      for (const t of previous[a]?.targets ?? []) previousIds.set(`${a}|${t.indicatorKey ?? ''}|${t.name}`, t.id);

  const content = {} as PlanContent;
  for (const aspect of planAspects) {
    const a = input.aspects[aspect];
    const out: AspectContent = { summary: a.summary?.trim() || null, targets: [], measures: [] };
    a.targets.forEach((t, i) => {
      const path = `aspects.${aspect}.targets.${i}`;
      const key = t.indicatorKey?.trim() || null;
      const def = key ? indicators.get(key) : undefined;
      if (key && !def) details.push({ path: `${path}.indicatorKey`, code: 'planning_indicator_unknown', params: { key } });
      if (def && def.unit !== t.unit) details.push({ path: `${path}.unit`, code: 'indicator_unit_mismatch', params: { unit: def.unit } });
      out.targets.push({
        id: previousIds.get(`${aspect}|${key ?? ''}|${t.name}`) ?? randomUUID(),
        indicatorKey: key,
        name: t.name,
        targetValue: t.targetValue,
        unit: t.unit,
        direction: t.direction ?? def?.direction ?? 'higherIsBetter',
        dueStage: t.dueStage ?? null,
        dueDate: t.dueDate ?? null,
        note: t.note?.trim() || null,
      });
    });
    const seen = new Set<string>();
    a.measures.forEach((m, i) => {
      const path = `aspects.${aspect}.measures.${i}`;
      const row = byId.get(m.measureId);
      if (!row || !row.active || (row.regionCode !== null && row.regionCode !== project.regionCode)) {
        // A measure kept from an approved version stays valid even if the library has since retired it.
        const kept = previous?.[aspect]?.measures.find((x) => x.measureId === m.measureId);
        if (!kept || !row) {
          details.push({ path: `${path}.measureId`, code: 'measure_unknown' });
          return;
        }
      }
      if (row.aspect !== aspect)
        details.push({ path: `${path}.measureId`, code: 'measure_aspect_mismatch', params: { aspect: row.aspect } });
      if (seen.has(m.measureId)) details.push({ path: `${path}.measureId`, code: 'measure_duplicate' });
      seen.add(m.measureId);
      const orgId = m.responsibleOrganisationId ?? null;
      if (orgId && !orgs.has(orgId)) details.push({ path: `${path}.responsibleOrganisationId`, code: 'participant_unknown' });
      out.measures.push({
        measureId: row.id,
        measureCode: row.code,
        measureTitle: row.title,
        responsibleOrganisationId: orgId,
        responsibleOrganisationName: orgId ? (orgs.get(orgId) ?? null) : null,
        dueStage: m.dueStage ?? row.defaultStage ?? null,
        note: m.note?.trim() || null,
      });
    });
    content[aspect] = out;
  }
  if (details.length) throw new AppError(400, 'validation_failed', {}, details);
  return content;
}

const auditState = (v: VersionRow | null) =>
  v ? { versionId: v.id, version: v.version, status: v.status, content: v.content, reviewComment: v.reviewComment } : null;

/**
 * Saves the plan a project's enterprise is editing: the first save creates the plan as version 1 (draft); a draft or
 * returned version is edited in place (returned goes back to draft); an approved plan with nothing in the workflow gets a
 * new draft version and stays current until that one is approved. A submitted version cannot be edited (409).
 */
export async function savePlan(
  tx: DbOrTx,
  actor: AuditActor,
  indicators: IndicatorRegistry,
  project: ProjectRef,
  input: PlanInput,
  opts: { isDemo?: boolean } = {},
) {
  const state = await planState(tx, project.id, true);
  if (state.working?.status === 'submitted') throw conflict('plan_not_editable');
  const content = await buildContent(tx, indicators, project, input, state.working?.content ?? state.current?.content ?? null);
  let planId = state.planId;
  if (!planId) {
    planId = randomUUID();
    await tx.insert(planningPlans).values({ id: planId, projectId: project.id, isDemo: opts.isDemo ?? false });
  } else {
    await tx
      .update(planningPlans)
      .set({ updatedAt: sql`now()` })
      .where(eq(planningPlans.id, planId));
  }
  let after: VersionRow;
  let action: string;
  if (state.working) {
    [after] = (await tx
      .update(planningVersions)
      .set({ content, status: 'draft', updatedAt: sql`now()` })
      .where(eq(planningVersions.id, state.working.id))
      .returning()) as [VersionRow];
    action = 'planning.plan.edit';
  } else {
    const version = (state.versions[0]?.version ?? 0) + 1;
    [after] = (await tx
      .insert(planningVersions)
      .values({
        id: randomUUID(),
        planId,
        version,
        status: 'draft',
        content,
        createdBy: actor.id,
        createdByName: actor.name,
        isDemo: opts.isDemo ?? false,
      })
      .returning()) as [VersionRow];
    action = version === 1 ? 'planning.plan.create' : 'planning.plan.new_version';
  }
  await recordAudit(tx, actor, {
    action,
    entityType: 'planning_plan',
    entityId: planId,
    regionCode: project.regionCode,
    before: auditState(state.working ?? state.current),
    after: auditState(after),
  });
  return after;
}

export type PlanAction = 'submit' | 'withdraw' | 'approve' | 'return';
const transitions: Record<PlanAction, { from: VersionStatus[]; to: VersionStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  withdraw: { from: ['submitted'], to: 'draft' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
};

/** Moves the version in the workflow along; anything but the allowed transitions answers 409 and changes nothing. */
export async function transitionPlan(tx: DbOrTx, actor: AuditActor, project: ProjectRef, action: PlanAction, comment: string | null) {
  const state = await planState(tx, project.id, true);
  if (!state.planId) throw conflict('plan_missing');
  const v = state.working;
  const rule = transitions[action];
  if (!v || !rule.from.includes(v.status))
    throw conflict('plan_transition_refused', { from: v?.status ?? state.current?.status ?? 'none', action });
  if (action === 'return' && !comment) throw invalidField('comment', 'return_comment_required');
  const review = action === 'approve' || action === 'return';
  if (action === 'approve' && state.current) {
    await tx
      .update(planningVersions)
      .set({ status: 'superseded', updatedAt: sql`now()` })
      .where(eq(planningVersions.id, state.current.id));
  }
  const [after] = (await tx
    .update(planningVersions)
    .set({
      status: rule.to,
      updatedAt: sql`now()`,
      ...(action === 'submit'
        ? { submittedAt: sql`now()`, reviewComment: null, reviewedAt: null, reviewedBy: null, reviewedByName: null }
        : {}),
      ...(action === 'withdraw' ? { submittedAt: null } : {}),
      ...(review ? { reviewedBy: actor.id, reviewedByName: actor.name, reviewedAt: sql`now()`, reviewComment: comment } : {}),
      ...(action === 'approve' ? { approvedAt: sql`now()` } : {}),
    })
    .where(eq(planningVersions.id, v.id))
    .returning()) as [VersionRow];
  await tx
    .update(planningPlans)
    .set({ updatedAt: sql`now()` })
    .where(eq(planningPlans.id, state.planId));
  await recordAudit(tx, actor, {
    action: `planning.plan.${action}`,
    entityType: 'planning_plan',
    entityId: state.planId,
    regionCode: project.regionCode,
    before: { ...auditState(v), supersedes: action === 'approve' ? (state.current?.version ?? null) : undefined },
    after: { ...auditState(after), comment },
  });
  const planEvent = { submit: planSubmitted, approve: planApproved, return: null, withdraw: null }[action];
  const where = {
    subject: `/projects/${project.id}/plan`,
    projectId: project.id,
    organisationId: project.ownerOrganisationId,
    regionCode: project.regionCode,
  };
  const data = { projectId: project.id, planId: state.planId, version: after.version };
  if (planEvent) await recordEvent(tx, planEvent, { ...where, data });
  if (action === 'return') await recordEvent(tx, planReturned, { ...where, data: { ...data, comment: comment ?? '' } });
  return after;
}

/** One row per project: its plan's approved and working versions, for the plan list and the regulator's queue. */
export async function planOverview(db: DbOrTx, projectIds: string[]) {
  if (!projectIds.length)
    return new Map<string, { planId: string; updatedAt: Date; approved: VersionRow | null; working: VersionRow | null }>();
  const rows = await db
    .select({ planId: planningPlans.id, projectId: planningPlans.projectId, updatedAt: planningPlans.updatedAt, v: planningVersions })
    .from(planningPlans)
    .innerJoin(planningVersions, eq(planningVersions.planId, planningPlans.id))
    .where(
      and(inArray(planningPlans.projectId, projectIds), inArray(planningVersions.status, ['draft', 'submitted', 'returned', 'approved'])),
    );
  const out = new Map<string, { planId: string; updatedAt: Date; approved: VersionRow | null; working: VersionRow | null }>();
  for (const r of rows) {
    const e = out.get(r.projectId) ?? { planId: r.planId, updatedAt: r.updatedAt, approved: null, working: null };
    if (r.v.status === 'approved') e.approved = r.v;
    else e.working = r.v;
    out.set(r.projectId, e);
  }
  return out;
}
