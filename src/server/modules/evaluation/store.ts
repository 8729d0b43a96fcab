import { randomUUID } from 'node:crypto';
import { publicBasis } from '../../../domain/standards/index.js';
import { and, asc, desc, eq, inArray, isNull, max, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { AuditActor } from '../../platform/audit.js';
import { recordAudit } from '../../platform/audit.js';
import { recordAttachment } from '../../platform/attachments.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors.js';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleRegions } from '../../platform/auth/principal.js';
import type { IndicatorDefinition } from '../../platform/indicators.js';
import {
  evaluationSchemeSeeds,
  parseEvaluationScheme,
  type BatchAssessment,
  type BatchResult,
  type EvaluationScheme,
  type UnitResult,
} from '../../../domain/evaluation/index.js';
import { canonicalize } from '../../../domain/ledger/canonicalJson.js';
import { assignProjectExperts, projectForPrincipal, projectRefs, type ProjectRef } from '../projects/index.js';
import { participantOrganisationIds } from '../projects/index.js';

import { getUser, listUsers } from '../accounts/index.js';
import {
  asOfMoment,
  assembleBatch,
  computeFrozen,
  monthEnd,
  projectResult,
  stageItems,
  tryScoreBatch,
  type BatchInputs,
  type Frozen,
  type FrozenBatch,
  type FrozenUnit,
  type ItemInputs,
  type ProjectResult,
} from './compute.js';
import {
  evaluationEvidence,
  evaluationExpertScores,
  evaluationExperts,
  evaluationItems,
  evaluationPolicyRecommendations,
  evaluationProjectSchemes,
  evaluationSchemes,
  evaluations,
  type AutoFill,
  type EvaluationKind,
  type ItemEntry,
} from './tables.js';

/** The scheme a project is evaluated under until the regulator picks another. */
export const DEFAULT_SCHEME_CODE = 'green-construction-pilot';

/** Where indicator values come from: ctx.indicators in the app, a fixed list in the demo seeder. */
export type IndicatorSource = { get(key: string): Pick<IndicatorDefinition, 'valueFor'> | undefined };

type SchemeRow = typeof evaluationSchemes.$inferSelect;
type EvaluationRow = typeof evaluations.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

// ─── Schemes ───────────────────────────────────────────────────────────────────────────────────────

/** Seeds the national schemes; safe to run from several instances at once (ON CONFLICT DO NOTHING). */
export async function seedSchemes(db: DbOrTx): Promise<void> {
  for (const s of evaluationSchemeSeeds) {
    await db
      .insert(evaluationSchemes)
      .values({ id: randomUUID(), regionCode: null, code: s.id, version: s.version, name: s.name, document: s as EvaluationScheme })
      .onConflictDoNothing();
  }
}

function schemeVisible(p: Principal | null): SQL {
  const regions = visibleRegions(p);
  if (regions === null) return sql`true`;
  return regions.length
    ? or(isNull(evaluationSchemes.regionCode), inArray(evaluationSchemes.regionCode, regions))!
    : isNull(evaluationSchemes.regionCode);
}

/**
 * A scheme document as users see it: without the maintainers' provenance (`recalled` flags, research notes), which
 * stay in the stored document only.
 */
export function withoutProvenance<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutProvenance) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'recalled' && k !== 'note') out[k] = withoutProvenance(v);
    return out as T;
  }
  return value;
}

export function schemeOut(r: SchemeRow, withDocument = false) {
  return {
    id: r.id,
    regionCode: r.regionCode,
    code: r.code,
    version: r.version,
    name: r.name,
    frozen: r.frozen,
    derivedFrom: r.derivedFrom,
    standard: r.document.standard,
    basis: publicBasis(r.document.standard),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    ...(withDocument ? { document: withoutProvenance(r.document) } : {}),
  };
}

export async function listSchemes(db: DbOrTx, p: Principal | null) {
  return db.select().from(evaluationSchemes).where(schemeVisible(p)).orderBy(asc(evaluationSchemes.code), desc(evaluationSchemes.version));
}

export async function schemeForPrincipal(db: DbOrTx, p: Principal | null, id: string): Promise<SchemeRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const [row] = await db
    .select()
    .from(evaluationSchemes)
    .where(and(eq(evaluationSchemes.id, id), schemeVisible(p)));
  if (!row) throw notFound();
  return row;
}

export async function schemeById(db: DbOrTx, id: string): Promise<SchemeRow> {
  const [row] = await db.select().from(evaluationSchemes).where(eq(evaluationSchemes.id, id));
  if (!row) throw notFound();
  return row;
}

export async function latestScheme(db: DbOrTx, code: string): Promise<SchemeRow | null> {
  const [row] = await db
    .select()
    .from(evaluationSchemes)
    .where(eq(evaluationSchemes.code, code))
    .orderBy(desc(evaluationSchemes.version))
    .limit(1);
  return row ?? null;
}

/** Regulators edit their own region's schemes; national ones only the ministry (regulator without a region) and admin. */
function assertCanEdit(p: Principal, row: Pick<SchemeRow, 'regionCode'>) {
  if (p.role === 'admin') return;
  if (p.role === 'regulator' && (p.regionCode === null || p.regionCode === row.regionCode)) return;
  throw new AppError(403, 'forbidden');
}

function validated(doc: unknown, code: string, version: number): EvaluationScheme {
  const input = typeof doc === 'object' && doc !== null ? { ...(doc as object), id: code, version } : doc;
  const parsed = parseEvaluationScheme(input);
  if (!parsed.ok) {
    const details = parsed.issues.map((i) => ({
      path: `document.${i.path}`.replace(/\.$/, ''),
      code: 'scheme_invalid',
      message: i.message,
    }));
    throw new AppError(400, 'scheme_invalid', { first: `${parsed.issues[0]!.path}: ${parsed.issues[0]!.message}` }, details);
  }
  return parsed.scheme;
}

/** A region's copy of a scheme (code `<region>-<code>`, version 1), to adjust to local rules. */
export async function cloneScheme(tx: DbOrTx, actor: AuditActor, p: Principal, id: string, regionCode: string): Promise<SchemeRow> {
  const src = await schemeForPrincipal(tx, p, id);
  if (p.role !== 'admin' && p.regionCode !== null && p.regionCode !== regionCode) throw new AppError(403, 'forbidden');
  const baseCode = src.regionCode ? src.code.replace(new RegExp(`^${src.regionCode}-`), '') : src.code;
  const code = `${regionCode}-${baseCode}`;
  if (await latestScheme(tx, code)) throw conflict('scheme_exists', { code });
  const document = validated({ ...src.document, name: src.document.name }, code, 1);
  const row = { id: randomUUID(), regionCode, code, version: 1, name: document.name, document, derivedFrom: src.id, createdBy: actor.id };
  await tx.insert(evaluationSchemes).values(row);
  await recordAudit(tx, actor, {
    action: 'evaluation.scheme_clone',
    entityType: 'evaluation_scheme',
    entityId: row.id,
    regionCode,
    after: { code, version: 1, derivedFrom: src.id },
  });
  return schemeById(tx, row.id);
}

/** Saves a scheme document: in place while unfrozen, as version max+1 once an evaluation has used it. */
export async function saveScheme(
  tx: DbOrTx,
  actor: AuditActor,
  p: Principal,
  id: string,
  doc: unknown,
): Promise<{ row: SchemeRow; newVersion: boolean }> {
  const row = await schemeForPrincipal(tx, p, id);
  assertCanEdit(p, row);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`evaluation.scheme:${row.code}`}))`);
  const [current] = await tx.select({ frozen: evaluationSchemes.frozen }).from(evaluationSchemes).where(eq(evaluationSchemes.id, id));
  if (!current!.frozen) {
    const document = validated(doc, row.code, row.version);
    await tx.update(evaluationSchemes).set({ document, name: document.name, updatedAt: new Date() }).where(eq(evaluationSchemes.id, id));
    await recordAudit(tx, actor, {
      action: 'evaluation.scheme_update',
      entityType: 'evaluation_scheme',
      entityId: id,
      regionCode: row.regionCode,
      before: { name: row.name },
      after: { name: document.name },
    });
    return { row: await schemeById(tx, id), newVersion: false };
  }
  const [{ v }] = (await tx
    .select({ v: max(evaluationSchemes.version) })
    .from(evaluationSchemes)
    .where(eq(evaluationSchemes.code, row.code))) as [{ v: number | null }];
  const version = (v ?? row.version) + 1;
  const document = validated(doc, row.code, version);
  const fresh = {
    id: randomUUID(),
    regionCode: row.regionCode,
    code: row.code,
    version,
    name: document.name,
    document,
    derivedFrom: row.id,
    createdBy: actor.id,
  };
  await tx.insert(evaluationSchemes).values(fresh);
  await recordAudit(tx, actor, {
    action: 'evaluation.scheme_version',
    entityType: 'evaluation_scheme',
    entityId: fresh.id,
    regionCode: row.regionCode,
    before: { id: row.id, version: row.version },
    after: { version },
  });
  return { row: await schemeById(tx, fresh.id), newVersion: true };
}

// ─── Project ↔ scheme ──────────────────────────────────────────────────────────────────────────────

export async function projectSchemeCode(db: DbOrTx, projectId: string): Promise<string> {
  const [row] = await db.select().from(evaluationProjectSchemes).where(eq(evaluationProjectSchemes.projectId, projectId));
  return row?.schemeCode ?? DEFAULT_SCHEME_CODE;
}

export async function assignProjectScheme(tx: DbOrTx, actor: AuditActor, project: ProjectRef, code: string): Promise<void> {
  const scheme = await latestScheme(tx, code);
  if (!scheme) throw invalidField('schemeCode', 'scheme_unknown');
  if (scheme.regionCode && scheme.regionCode !== project.regionCode) throw invalidField('schemeCode', 'scheme_not_for_project');
  const before = await projectSchemeCode(tx, project.id);
  await tx
    .insert(evaluationProjectSchemes)
    .values({ projectId: project.id, schemeCode: code, assignedBy: actor.id })
    .onConflictDoUpdate({
      target: evaluationProjectSchemes.projectId,
      set: { schemeCode: code, assignedBy: actor.id, assignedAt: new Date() },
    });
  await recordAudit(tx, actor, {
    action: 'evaluation.project_scheme',
    entityType: 'project',
    entityId: project.id,
    regionCode: project.regionCode,
    before: { schemeCode: before },
    after: { schemeCode: code },
  });
}

// ─── Evaluations ───────────────────────────────────────────────────────────────────────────────────

export type OpenInput = { kind: EvaluationKind; period?: string; stageId?: string; evaluatedOn?: string };

const chinaToday = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Opens an evaluation on the project's scheme (latest version, now frozen) and fills its indicator items. */
export async function openEvaluation(
  tx: DbOrTx,
  indicators: IndicatorSource,
  actor: AuditActor,
  project: ProjectRef,
  input: OpenInput,
  opts: { isDemo?: boolean; now?: Date } = {},
): Promise<string> {
  const now = opts.now ?? new Date();
  let scheme: SchemeRow | null;
  if (input.kind === 'final') {
    // The final evaluation combines the closed batches: it uses the scheme version they were scored with.
    const [last] = await tx
      .select({ schemeId: evaluations.schemeId })
      .from(evaluations)
      .where(
        and(
          eq(evaluations.projectId, project.id),
          eq(evaluations.status, 'closed'),
          inArray(evaluations.kind, ['monthly_self', 'stage_expert']),
        ),
      )
      .orderBy(desc(evaluations.closedAt))
      .limit(1);
    scheme = last ? await schemeById(tx, last.schemeId) : await latestScheme(tx, await projectSchemeCode(tx, project.id));
  } else scheme = await latestScheme(tx, await projectSchemeCode(tx, project.id));
  if (!scheme) throw invalidField('schemeCode', 'scheme_unknown');
  const doc = scheme.document;
  let stageId: string | null = null;
  if (input.kind !== 'final') {
    stageId = input.stageId ?? (doc.stages.some((s) => s.id === 'construction') ? 'construction' : doc.stages[0]!.id);
    if (!doc.stages.some((s) => s.id === stageId)) throw invalidField('stageId', 'stage_unknown');
  }
  let period: string | null = null;
  let evaluatedOn = input.evaluatedOn ?? chinaToday(now);
  if (input.kind === 'monthly_self') {
    period = input.period ?? chinaToday(now).slice(0, 7);
    if (period > chinaToday(now).slice(0, 7)) throw invalidField('period', 'evaluation_month_future');
    evaluatedOn = monthEnd(period);
    const [dup] = await tx
      .select({ id: evaluations.id })
      .from(evaluations)
      .where(and(eq(evaluations.projectId, project.id), eq(evaluations.kind, 'monthly_self'), eq(evaluations.period, period)));
    if (dup) throw conflict('evaluation_month_exists', { period });
  }
  const id = randomUUID();
  try {
    await tx.insert(evaluations).values({
      id,
      projectId: project.id,
      schemeId: scheme.id,
      kind: input.kind,
      period,
      stageId,
      evaluatedOn,
      openedBy: actor.id,
      isDemo: opts.isDemo ?? false,
    });
  } catch (err) {
    // Two requests opening the same month at once: the unique index answers for the second one.
    if (
      (err as { code?: string; cause?: { code?: string } }).code === '23505' ||
      (err as { cause?: { code?: string } }).cause?.code === '23505'
    )
      throw conflict('evaluation_month_exists', { period });
    throw err;
  }
  if (!scheme.frozen) await tx.update(evaluationSchemes).set({ frozen: true }).where(eq(evaluationSchemes.id, scheme.id));
  if (stageId) {
    const items = stageItems(doc, stageId);
    await tx.insert(evaluationItems).values(items.map((it) => ({ evaluationId: id, itemId: it.id })));
    await refreshAutoItems(tx, indicators, id, now);
  }
  await recordAudit(tx, actor, {
    action: 'evaluation.open',
    entityType: 'evaluation',
    entityId: id,
    regionCode: project.regionCode,
    after: { projectId: project.id, kind: input.kind, period, stageId, evaluatedOn, schemeId: scheme.id },
  });
  return id;
}

/** Fills (again) every indicator item of an open evaluation from the registry, as of the evaluation date. */
export async function refreshAutoItems(
  db: DbOrTx,
  indicators: IndicatorSource,
  evaluationId: string,
  now: Date = new Date(),
): Promise<void> {
  const ev = await evaluationRow(db, evaluationId);
  if (ev.status === 'closed') throw conflict('evaluation_closed');
  if (!ev.stageId) return;
  const scheme = (await schemeById(db, ev.schemeId)).document;
  const asOf = asOfMoment(ev.evaluatedOn, now);
  for (const item of stageItems(scheme, ev.stageId)) {
    if (item.scoring.mode !== 'indicator') continue;
    const def = indicators.get(item.scoring.indicator);
    let auto: AutoFill;
    if (!def) auto = { indicator: item.scoring.indicator, value: null, asOf: asOf.toISOString(), reason: 'indicator_not_registered' };
    else {
      const value = await def.valueFor(db as never, ev.projectId, asOf);
      auto =
        value === null || !Number.isFinite(value)
          ? { indicator: item.scoring.indicator, value: null, asOf: asOf.toISOString(), reason: 'no_data' }
          : { indicator: item.scoring.indicator, value, asOf: asOf.toISOString() };
    }
    await db
      .update(evaluationItems)
      .set({ auto, updatedAt: new Date() })
      .where(and(eq(evaluationItems.evaluationId, evaluationId), eq(evaluationItems.itemId, item.id)));
  }
}

export async function evaluationRow(db: DbOrTx, id: string): Promise<EvaluationRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id));
  if (!row) throw notFound();
  return row;
}

/**
 * An evaluation a principal may see: its project must be visible (404 otherwise); an expert sees only the
 * evaluations they are assigned to. Returns the row and the project.
 */
export async function evaluationForPrincipal(db: DbOrTx, p: Principal | null, id: string, intent: 'read' | 'write' = 'read') {
  const row = await evaluationRow(db, id);
  const project = await projectForPrincipal(db, p, row.projectId, p?.role === 'expert' ? 'read' : intent);
  if (p?.role === 'expert') {
    const [a] = await db
      .select()
      .from(evaluationExperts)
      .where(and(eq(evaluationExperts.evaluationId, id), eq(evaluationExperts.expertUserId, p.userId)));
    if (!a) throw notFound();
  }
  return { row, project };
}

async function userName(db: DbOrTx, id: string, cache: Map<string, string>) {
  if (!cache.has(id)) cache.set(id, (await getUser(db, id))?.displayName ?? id);
  return cache.get(id)!;
}

/** The inputs of a batch evaluation as stored now (expert scores only from experts who submitted). */
export async function batchInputsOf(db: DbOrTx, ev: EvaluationRow): Promise<BatchInputs> {
  const rows = await db.select().from(evaluationItems).where(eq(evaluationItems.evaluationId, ev.id));
  const experts = await db.select().from(evaluationExperts).where(eq(evaluationExperts.evaluationId, ev.id));
  const submitted = new Set(experts.filter((e) => e.status === 'submitted').map((e) => e.expertUserId));
  const scores = (await db.select().from(evaluationExpertScores).where(eq(evaluationExpertScores.evaluationId, ev.id))).filter((s) =>
    submitted.has(s.expertUserId),
  );
  const evidence = await db
    .select({ id: evaluationEvidence.id, itemId: evaluationEvidence.itemId })
    .from(evaluationEvidence)
    .where(eq(evaluationEvidence.evaluationId, ev.id));
  const names = new Map<string, string>();
  const items: ItemInputs[] = [];
  for (const r of rows.sort((a, b) => (a.itemId < b.itemId ? -1 : 1))) {
    const expertScores = [];
    for (const s of scores.filter((x) => x.itemId === r.itemId))
      expertScores.push({
        expertUserId: s.expertUserId,
        expertName: await userName(db, s.expertUserId, names),
        score: s.score,
        comment: s.comment,
      });
    items.push({
      itemId: r.itemId,
      auto: r.auto,
      entry: r.entry,
      expertScores,
      evidenceIds: evidence
        .filter((e) => e.itemId === r.itemId)
        .map((e) => e.id)
        .sort(),
    });
  }
  return { evaluationId: ev.id, kind: ev.kind, stageId: ev.stageId!, evaluatedOn: ev.evaluatedOn, items };
}

function evaluationOut(r: EvaluationRow, project?: Pick<ProjectRef, 'code' | 'name'>) {
  return {
    id: r.id,
    projectId: r.projectId,
    projectCode: project?.code ?? null,
    projectName: project?.name ?? null,
    schemeId: r.schemeId,
    kind: r.kind,
    period: r.period,
    stageId: r.stageId,
    evaluatedOn: r.evaluatedOn,
    status: r.status,
    score: r.score,
    grade: r.grade,
    submittedAt: iso(r.submittedAt),
    closedAt: iso(r.closedAt),
    isDemo: r.isDemo,
    createdAt: r.createdAt.toISOString(),
  };
}
export type EvaluationSummary = ReturnType<typeof evaluationOut>;

export async function listProjectEvaluations(db: DbOrTx, project: ProjectRef, p: Principal | null) {
  let rows = await db
    .select()
    .from(evaluations)
    .where(eq(evaluations.projectId, project.id))
    .orderBy(desc(evaluations.evaluatedOn), desc(evaluations.createdAt));
  if (p?.role === 'expert') {
    const mine = new Set(
      (
        await db.select({ id: evaluationExperts.evaluationId }).from(evaluationExperts).where(eq(evaluationExperts.expertUserId, p.userId))
      ).map((r) => r.id),
    );
    rows = rows.filter((r) => mine.has(r.id));
  }
  return rows.map((r) => evaluationOut(r, project));
}

/** The full view of an evaluation: the scheme stage, each item with its inputs, the panel, and the current score. */
export async function evaluationDetail(db: DbOrTx, ev: EvaluationRow, project: ProjectRef, p: Principal | null) {
  const schemeRow = await schemeById(db, ev.schemeId);
  const scheme = ev.status === 'closed' && ev.frozenInputs ? (ev.frozenInputs as Frozen).scheme : schemeRow.document;
  const names = new Map<string, string>();
  const expertRows = await db
    .select()
    .from(evaluationExperts)
    .where(eq(evaluationExperts.evaluationId, ev.id))
    .orderBy(asc(evaluationExperts.assignedAt));
  const experts = [];
  for (const e of expertRows)
    experts.push({
      userId: e.expertUserId,
      displayName: await userName(db, e.expertUserId, names),
      status: e.status,
      comment: e.comment,
      submittedAt: iso(e.submittedAt),
    });
  const evidence = (
    await db.select().from(evaluationEvidence).where(eq(evaluationEvidence.evaluationId, ev.id)).orderBy(asc(evaluationEvidence.createdAt))
  ).map((e) => ({
    id: e.id,
    itemId: e.itemId,
    fileName: e.fileName,
    mediaType: e.mediaType,
    sizeBytes: e.sizeBytes,
    sha256: e.sha256,
  }));
  const base = { ...evaluationOut(ev, project), scheme: schemeOut(schemeRow), experts, evidence };
  if (!ev.stageId) {
    const frozen = ev.frozenInputs as FrozenUnit | null;
    return {
      ...base,
      stageName: null,
      items: [],
      missing: [],
      issues: [],
      result: ev.result as UnitResult | null,
      preview: null,
      sourceEvaluationIds: frozen?.sourceEvaluationIds ?? [],
    };
  }
  const inputs = ev.status === 'closed' && ev.frozenInputs ? (ev.frozenInputs as FrozenBatch).inputs : await batchInputsOf(db, ev);
  // Own draft scores of an expert (not yet part of the mean) are shown back to that expert only.
  const myScores =
    p?.role === 'expert'
      ? new Map(
          (
            await db
              .select()
              .from(evaluationExpertScores)
              .where(and(eq(evaluationExpertScores.evaluationId, ev.id), eq(evaluationExpertScores.expertUserId, p.userId)))
          ).map((s) => [s.itemId, { score: s.score, comment: s.comment }]),
        )
      : new Map<string, { score: number; comment: string | null }>();
  const stage = scheme.stages.find((s) => s.id === ev.stageId)!;
  const { batch, missing } = assembleBatch(scheme, inputs);
  const scored = missing.length ? null : tryScoreBatch(scheme, batch);
  const preview = ev.status === 'closed' ? (ev.result as BatchResult) : scored && 'result' in scored ? scored.result : null;
  const itemResults = new Map(preview?.elements.flatMap((e) => e.items.map((i) => [i.itemId, i])) ?? []);
  const byId = new Map(inputs.items.map((i) => [i.itemId, i]));
  const items = stage.elements.flatMap((element) =>
    element.items.map((item) => {
      const inp = byId.get(item.id);
      const r = itemResults.get(item.id);
      return {
        itemId: item.id,
        elementId: element.id,
        elementName: element.name,
        elementWeight: element.weight,
        name: item.name,
        kind: item.kind,
        maxScore: item.maxScore,
        mode: item.scoring.mode,
        indicator: item.scoring.mode === 'indicator' ? item.scoring.indicator : null,
        unit: item.scoring.mode === 'indicator' ? item.scoring.unit : null,
        allowedScores: item.scoring.mode === 'indicator' ? null : (item.scoring.allowedScores ?? null),
        auto: inp?.auto ?? null,
        entry: inp?.entry ?? null,
        expertScores: inp?.expertScores ?? [],
        myScore: myScores.get(item.id) ?? null,
        evidenceIds: inp?.evidenceIds ?? [],
        score: r ? r.score : null,
        passed: r ? r.passed : null,
        basis: r ? r.basis : null,
      };
    }),
  );
  return {
    ...base,
    stageName: stage.name,
    items,
    missing,
    issues: scored && 'issues' in scored ? scored.issues : [],
    result: ev.result as BatchResult | null,
    preview,
    sourceEvaluationIds: [] as string[],
  };
}

function assertOpen(ev: EvaluationRow) {
  if (ev.status === 'closed') throw conflict('evaluation_closed');
}

function schemeItem(scheme: EvaluationScheme, ev: EvaluationRow, itemId: string) {
  const item = ev.stageId ? stageItems(scheme, ev.stageId).find((i) => i.id === itemId) : undefined;
  if (!item) throw invalidField('itemId', 'evaluation_item_unknown');
  return item;
}

function assertAllowed(item: { maxScore: number; scoring: { mode: string; allowedScores?: number[] } }, score: number, path: string) {
  const allowed = item.scoring.allowedScores;
  if (score < 0 || score > item.maxScore || (allowed && !allowed.includes(score)))
    throw invalidField(path, 'evaluation_score_not_allowed', { score, allowed: allowed ? allowed.join('/') : `0–${item.maxScore}` });
}

export type EntryInput = { itemId: string; notApplicable?: boolean; reason?: string | null; score?: number | null; note?: string | null };

/**
 * Enters a score or 不适用 for one item. Monthly self-evaluation: the enterprise scores expert/manual items and may
 * judge any item 不适用. Stage expert / final: staff (regulator, admin) enter manual items and 不适用; expert items
 * are scored by the panel only.
 */
export async function setItemEntry(tx: DbOrTx, actor: AuditActor, p: Principal, ev: EvaluationRow, input: EntryInput) {
  assertOpen(ev);
  const scheme = (await schemeById(tx, ev.schemeId)).document;
  const item = schemeItem(scheme, ev, input.itemId);
  const by = p.userId;
  const byName = p.displayName;
  const at = new Date().toISOString();
  let entry: ItemEntry | null;
  if (input.notApplicable) {
    if (!input.reason?.trim()) throw invalidField('reason', 'required');
    entry = { type: 'notApplicable', reason: input.reason.trim(), by, byName, at };
  } else if (input.score === null || input.score === undefined) entry = null;
  else {
    const mode = item.scoring.mode;
    const selfScorable = ev.kind === 'monthly_self' ? mode !== 'indicator' : mode === 'manual';
    if (!selfScorable) throw new AppError(403, 'evaluation_item_not_yours', { mode });
    assertAllowed(item as never, input.score, 'score');
    entry = { type: 'score', score: input.score, note: input.note ?? null, by, byName, at };
  }
  if (p.role === 'enterprise' && ev.kind !== 'monthly_self') throw new AppError(403, 'forbidden');
  const [before] = await tx
    .select()
    .from(evaluationItems)
    .where(and(eq(evaluationItems.evaluationId, ev.id), eq(evaluationItems.itemId, item.id)));
  await tx
    .update(evaluationItems)
    .set({ entry, updatedAt: new Date() })
    .where(and(eq(evaluationItems.evaluationId, ev.id), eq(evaluationItems.itemId, item.id)));
  await recordAudit(tx, actor, {
    action: 'evaluation.item',
    entityType: 'evaluation',
    entityId: ev.id,
    before: { itemId: item.id, entry: before?.entry ?? null },
    after: { itemId: item.id, entry },
  });
}

export async function insertEvidence(tx: DbOrTx, actor: AuditActor, row: typeof evaluationEvidence.$inferInsert) {
  await recordAttachment(tx, { kind: 'evaluation', projectId: row.projectId, evaluationId: row.evaluationId, itemId: row.itemId }, row, {
    id: row.id,
    uploadedBy: row.createdBy ?? null,
  });
  await recordAudit(tx, actor, {
    action: 'evaluation.evidence',
    entityType: 'evaluation',
    entityId: row.evaluationId,
    after: { id: row.id, itemId: row.itemId, fileName: row.fileName, sha256: row.sha256 },
  });
}

export async function evidenceRow(db: DbOrTx, evaluationId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const [row] = await db
    .select()
    .from(evaluationEvidence)
    .where(and(eq(evaluationEvidence.id, id), eq(evaluationEvidence.evaluationId, evaluationId)));
  if (!row) throw notFound();
  return row;
}

// ─── Experts ───────────────────────────────────────────────────────────────────────────────────────

/** Active experts with the conflict-of-interest flag against the project (same rule as the applications review). */
export async function expertCandidates(db: DbOrTx, ev: EvaluationRow) {
  const participants = await participantOrganisationIds(db, ev.projectId);
  const assigned = new Set(
    (await db.select({ id: evaluationExperts.expertUserId }).from(evaluationExperts).where(eq(evaluationExperts.evaluationId, ev.id))).map(
      (r) => r.id,
    ),
  );
  const { items } = await listUsers(db, { role: 'expert', regions: null }, { page: 1, pageSize: 500 });
  return items
    .filter((u) => u.active)
    .sort((a, b) => a.username.localeCompare(b.username))
    .map((u) => ({
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      organisationName: u.organisationName ?? null,
      conflict: !!u.organisationId && participants.has(u.organisationId),
      assigned: assigned.has(u.id),
    }));
}

/**
 * Assigns experts to a stage expert evaluation. Conflict of interest: an expert whose organisation takes part in the
 * project (participantOrganisationIds, as for application reviews) is refused with the same `expert_conflict` error.
 * The assignment opens the project to the expert for reading (project_experts, purpose 'evaluation').
 */
export async function assignExperts(tx: DbOrTx, actor: AuditActor, ev: EvaluationRow, userIds: string[]) {
  assertOpen(ev);
  if (ev.kind !== 'stage_expert') throw conflict('evaluation_experts_only_stage');
  const participants = await participantOrganisationIds(tx, ev.projectId);
  for (const [i, uid] of userIds.entries()) {
    const u = /^[0-9a-f-]{36}$/i.test(uid) ? await getUser(tx, uid) : null;
    if (!u || u.role !== 'expert' || !u.active) throw invalidField(`expertUserIds.${i}`, 'evaluation_expert_unknown');
    if (u.organisationId && participants.has(u.organisationId)) {
      const params = { name: u.displayName, organisation: u.organisationName ?? '' };
      throw new AppError(400, 'expert_conflict', params, [{ path: `expertUserIds.${i}`, code: 'expert_conflict', params }]);
    }
  }
  const fresh = [...new Set(userIds)];
  if (!fresh.length) return;
  await tx
    .insert(evaluationExperts)
    .values(fresh.map((expertUserId) => ({ evaluationId: ev.id, expertUserId, assignedBy: actor.id })))
    .onConflictDoNothing();
  // Same access grant the supervision and applications modules make for their experts.
  await assignProjectExperts(tx, ev.projectId, fresh, 'evaluation');
  await recordAudit(tx, actor, {
    action: 'evaluation.assign_experts',
    entityType: 'evaluation',
    entityId: ev.id,
    after: { experts: fresh },
  });
}

export async function myExpertEvaluations(db: DbOrTx, p: Principal) {
  const mine = await db
    .select()
    .from(evaluationExperts)
    .where(eq(evaluationExperts.expertUserId, p.userId))
    .orderBy(asc(evaluationExperts.status), desc(evaluationExperts.assignedAt));
  if (!mine.length) return [];
  const rows = await db
    .select()
    .from(evaluations)
    .where(
      inArray(
        evaluations.id,
        mine.map((m) => m.evaluationId),
      ),
    );
  const refs = await projectRefs(
    db,
    rows.map((r) => r.projectId),
  );
  return mine.map((m) => {
    const r = rows.find((x) => x.id === m.evaluationId)!;
    return {
      ...evaluationOut(r, refs.get(r.projectId)),
      myStatus: m.status,
      assignedAt: m.assignedAt.toISOString(),
      mySubmittedAt: iso(m.submittedAt),
    };
  });
}

/** An expert saves (and optionally submits) scores for the expert-mode items; submitted scores are final. */
export async function saveExpertScores(
  tx: DbOrTx,
  actor: AuditActor,
  p: Principal,
  ev: EvaluationRow,
  input: { scores: Array<{ itemId: string; score: number; comment?: string | null }>; comment?: string | null; submit: boolean },
) {
  assertOpen(ev);
  const [a] = await tx
    .select()
    .from(evaluationExperts)
    .where(and(eq(evaluationExperts.evaluationId, ev.id), eq(evaluationExperts.expertUserId, p.userId)))
    .for('update');
  if (!a) throw new AppError(403, 'expert_not_assigned');
  if (a.status === 'submitted') throw conflict('expert_already_submitted');
  const scheme = (await schemeById(tx, ev.schemeId)).document;
  for (const [i, s] of input.scores.entries()) {
    const item = schemeItem(scheme, ev, s.itemId);
    if (item.scoring.mode !== 'expert') throw invalidField(`scores.${i}.itemId`, 'evaluation_item_not_yours', { mode: item.scoring.mode });
    assertAllowed(item as never, s.score, `scores.${i}.score`);
    await tx
      .insert(evaluationExpertScores)
      .values({ evaluationId: ev.id, expertUserId: p.userId, itemId: s.itemId, score: s.score, comment: s.comment ?? null })
      .onConflictDoUpdate({
        target: [evaluationExpertScores.evaluationId, evaluationExpertScores.expertUserId, evaluationExpertScores.itemId],
        set: { score: s.score, comment: s.comment ?? null, updatedAt: new Date() },
      });
  }
  if (input.submit) {
    const entries = await tx.select().from(evaluationItems).where(eq(evaluationItems.evaluationId, ev.id));
    const na = new Set(entries.filter((e) => e.entry?.type === 'notApplicable').map((e) => e.itemId));
    const mine = new Set(
      (
        await tx
          .select({ itemId: evaluationExpertScores.itemId })
          .from(evaluationExpertScores)
          .where(and(eq(evaluationExpertScores.evaluationId, ev.id), eq(evaluationExpertScores.expertUserId, p.userId)))
      ).map((r) => r.itemId),
    );
    const open = stageItems(scheme, ev.stageId!).filter((i) => i.scoring.mode === 'expert' && !na.has(i.id) && !mine.has(i.id));
    if (open.length) throw invalidField('scores', 'expert_scores_incomplete', { count: open.length });
  }
  await tx
    .update(evaluationExperts)
    .set({ comment: input.comment ?? a.comment, ...(input.submit ? { status: 'submitted' as const, submittedAt: new Date() } : {}) })
    .where(and(eq(evaluationExperts.evaluationId, ev.id), eq(evaluationExperts.expertUserId, p.userId)));
  if (input.submit) {
    const panel = await tx
      .select({ status: evaluationExperts.status })
      .from(evaluationExperts)
      .where(eq(evaluationExperts.evaluationId, ev.id));
    if (panel.every((x) => x.status === 'submitted'))
      await tx
        .update(evaluations)
        .set({ status: 'submitted', submittedAt: new Date() })
        .where(and(eq(evaluations.id, ev.id), eq(evaluations.status, 'open')));
  }
  await recordAudit(tx, actor, {
    action: input.submit ? 'evaluation.expert_submit' : 'evaluation.expert_save',
    entityType: 'evaluation',
    entityId: ev.id,
    after: { scores: input.scores },
  });
}

// ─── Submit, close, recompute ──────────────────────────────────────────────────────────────────────

export async function submitEvaluation(tx: DbOrTx, actor: AuditActor, ev: EvaluationRow) {
  if (ev.status !== 'open') throw conflict('evaluation_wrong_status', { status: ev.status });
  await tx.update(evaluations).set({ status: 'submitted', submittedAt: new Date() }).where(eq(evaluations.id, ev.id));
  await recordAudit(tx, actor, {
    action: 'evaluation.submit',
    entityType: 'evaluation',
    entityId: ev.id,
    before: { status: ev.status },
    after: { status: 'submitted' },
  });
}

function incomplete(first: string, details: Array<{ path: string; code: string; message?: string }>) {
  return new AppError(409, 'evaluation_incomplete', { first }, details);
}

/** The frozen inputs a close would store: the scheme document and every input. Throws when not scorable. */
async function freeze(tx: DbOrTx, ev: EvaluationRow): Promise<Frozen> {
  const scheme = (await schemeById(tx, ev.schemeId)).document;
  if (ev.kind === 'final') {
    const closed = await tx
      .select()
      .from(evaluations)
      .where(
        and(
          eq(evaluations.projectId, ev.projectId),
          eq(evaluations.schemeId, ev.schemeId),
          eq(evaluations.status, 'closed'),
          inArray(evaluations.kind, ['monthly_self', 'stage_expert']),
        ),
      )
      .orderBy(asc(evaluations.evaluatedOn), asc(evaluations.id));
    const batches = closed.map((c) => (c.frozenInputs as FrozenBatch).assessment);
    const missingStages = scheme.stages.filter((s) => !batches.some((b) => b.stageId === s.id)).map((s) => s.name);
    if (missingStages.length) throw conflict('evaluation_final_missing_stages', { stages: missingStages.join('、') });
    return { type: 'unit', scheme, batches, sourceEvaluationIds: closed.map((c) => c.id) };
  }
  if (ev.kind === 'stage_expert') {
    const panel = await tx.select().from(evaluationExperts).where(eq(evaluationExperts.evaluationId, ev.id));
    if (!panel.some((x) => x.status === 'submitted')) throw conflict('evaluation_no_experts');
  }
  const inputs = await batchInputsOf(tx, ev);
  const { batch, missing } = assembleBatch(scheme, inputs);
  if (missing.length)
    throw incomplete(
      `${missing[0]!.name}`,
      missing.map((m) => ({ path: `items.${m.itemId}`, code: m.reason, message: m.name })),
    );
  const scored = tryScoreBatch(scheme, batch);
  if ('issues' in scored)
    throw incomplete(
      `${scored.issues[0]!.path}: ${scored.issues[0]!.message}`,
      scored.issues.map((i) => ({ path: i.path, code: 'evaluation_incomplete', message: i.message })),
    );
  return { type: 'batch', scheme, inputs, assessment: batch };
}

function scoreAndGrade(frozen: Frozen, result: BatchResult | UnitResult): { score: number; grade: string | null } {
  if (frozen.type === 'unit') return { score: (result as UnitResult).score, grade: (result as UnitResult).grade.code };
  return { score: (result as BatchResult).score, grade: null };
}

/** Closes an evaluation: stores every input and the computed result; from then on it never changes. */
export async function closeEvaluation(tx: DbOrTx, actor: AuditActor, ev: EvaluationRow) {
  const [locked] = await tx.select().from(evaluations).where(eq(evaluations.id, ev.id)).for('update');
  if (locked!.status === 'closed') throw conflict('evaluation_closed');
  if (locked!.kind === 'monthly_self' && locked!.status !== 'submitted')
    throw conflict('evaluation_wrong_status', { status: locked!.status });
  const frozen = await freeze(tx, locked!);
  const result = computeFrozen(frozen);
  const { score, grade } = scoreAndGrade(frozen, result);
  await tx
    .update(evaluations)
    .set({ status: 'closed', closedAt: new Date(), closedBy: actor.id, frozenInputs: frozen, result, score, grade })
    .where(eq(evaluations.id, ev.id));
  await recordAudit(tx, actor, {
    action: 'evaluation.close',
    entityType: 'evaluation',
    entityId: ev.id,
    before: { status: locked!.status },
    after: { status: 'closed', score, grade },
  });
  return { score, grade };
}

/** Recomputes a closed evaluation from its frozen inputs only; `identical` compares canonical JSON with the stored result. */
export async function recomputeEvaluation(db: DbOrTx, ev: EvaluationRow) {
  if (ev.status !== 'closed' || !ev.frozenInputs) throw conflict('evaluation_not_closed');
  const result = computeFrozen(ev.frozenInputs as Frozen);
  const identical = canonicalize(JSON.parse(JSON.stringify(result))) === canonicalize(ev.result);
  const { score } = scoreAndGrade(ev.frozenInputs as Frozen, result);
  return { identical, score, storedScore: ev.score, result };
}

// ─── Project results and ranking ───────────────────────────────────────────────────────────────────

export type ProjectEvaluationResult = ProjectResult & {
  source: 'final' | 'batches';
  closedEvaluations: number;
  lastEvaluatedOn: string | null;
  schemeName: string;
};

/**
 * A project's current result: the latest closed final evaluation if any, otherwise the batch → stage → project
 * formulas over the closed batch evaluations scored with the most recently used scheme version.
 */
export async function projectEvaluationResult(db: DbOrTx, projectId: string): Promise<ProjectEvaluationResult | null> {
  const closed = await db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.projectId, projectId), eq(evaluations.status, 'closed')))
    .orderBy(desc(evaluations.closedAt));
  if (!closed.length) return null;
  const final = closed.find((c) => c.kind === 'final');
  if (final) {
    const u = final.result as UnitResult;
    const frozen = final.frozenInputs as FrozenUnit;
    return {
      schemeId: u.schemeId,
      schemeVersion: u.schemeVersion,
      schemeName: frozen.scheme.name,
      provisional: false,
      score: u.score,
      reportedScore: u.reportedScore,
      grade: { code: u.grade.code, zh: u.grade.label.zh, en: u.grade.label.en, rank: u.grade.rank },
      stages: u.stages.map((s) => ({
        stageId: s.stageId,
        name: s.name,
        weight: s.weight,
        score: s.score,
        reportedScore: s.reportedScore,
        batches: s.batches.length,
      })),
      controlItemsPassed: u.controlItemsPassed,
      source: 'final',
      closedEvaluations: frozen.sourceEvaluationIds.length,
      lastEvaluatedOn: final.evaluatedOn,
    };
  }
  const schemeId = closed[0]!.schemeId;
  const same = closed.filter((c) => c.schemeId === schemeId);
  const scheme = (same[0]!.frozenInputs as FrozenBatch).scheme;
  const r = projectResult(
    scheme,
    same.map((c) => (c.frozenInputs as FrozenBatch).assessment),
  );
  if (!r) return null;
  return {
    ...r,
    schemeName: scheme.name,
    source: 'batches',
    closedEvaluations: same.length,
    lastEvaluatedOn:
      same
        .map((c) => c.evaluatedOn)
        .sort()
        .at(-1) ?? null,
  };
}

export type RankingRow = {
  rank: number | null;
  projectId: string;
  code: string;
  name: string;
  regionCode: string;
  status: string;
  score: number | null;
  reportedScore: number | null;
  grade: ProjectResult['grade'] | null;
  provisional: boolean | null;
  source: 'final' | 'batches' | null;
  closedEvaluations: number;
  lastEvaluatedOn: string | null;
  schemeName: string | null;
};

export async function ranking(db: DbOrTx, projectIds: string[]): Promise<RankingRow[]> {
  const refs = await projectRefs(db, projectIds);
  const rows: RankingRow[] = [];
  for (const ref of refs.values()) {
    const r = await projectEvaluationResult(db, ref.id);
    rows.push({
      rank: null,
      projectId: ref.id,
      code: ref.code,
      name: ref.name,
      regionCode: ref.regionCode,
      status: ref.status,
      score: r?.score ?? null,
      reportedScore: r?.reportedScore ?? null,
      grade: r?.grade ?? null,
      provisional: r ? r.provisional : null,
      source: r?.source ?? null,
      closedEvaluations: r?.closedEvaluations ?? 0,
      lastEvaluatedOn: r?.lastEvaluatedOn ?? null,
      schemeName: r?.schemeName ?? null,
    });
  }
  rows.sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || a.code.localeCompare(b.code));
  let rank = 0;
  for (const r of rows) if (r.score !== null) r.rank = ++rank;
  return rows;
}

// ─── Policy recommendations (政策建议) ──────────────────────────────────────────────────────────────

export async function policyRecommendations(db: DbOrTx, regionCode: string) {
  const rows = await db
    .select()
    .from(evaluationPolicyRecommendations)
    .where(eq(evaluationPolicyRecommendations.regionCode, regionCode))
    .orderBy(asc(evaluationPolicyRecommendations.sortOrder));
  return rows.map((r) => ({ id: r.id, title: r.title, body: r.body, sortOrder: r.sortOrder, updatedAt: r.updatedAt.toISOString() }));
}

/** Replaces a region's sections as a whole (the editor saves the list). */
export async function savePolicyRecommendations(
  tx: DbOrTx,
  actor: AuditActor,
  regionCode: string,
  sections: Array<{ title: string; body: string }>,
) {
  const before = await policyRecommendations(tx, regionCode);
  await tx.delete(evaluationPolicyRecommendations).where(eq(evaluationPolicyRecommendations.regionCode, regionCode));
  if (sections.length)
    await tx
      .insert(evaluationPolicyRecommendations)
      .values(sections.map((s, i) => ({ id: randomUUID(), regionCode, title: s.title, body: s.body, sortOrder: i, updatedBy: actor.id })));
  await recordAudit(tx, actor, {
    action: 'evaluation.policy',
    entityType: 'region',
    entityId: regionCode,
    regionCode,
    before: before.map((b) => ({ title: b.title, body: b.body })),
    after: sections,
  });
}

export type { BatchAssessment };
