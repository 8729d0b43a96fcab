// Regional targets and the per-project 减量化专项方案 (estimates by stage × category, measures, target, progress).
import { publicBasis } from '../../../domain/standards/index.js';
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import {
  NATIONAL_WASTE_TARGETS_2025,
  targetFor,
  type WasteCategory,
  type WasteStage,
  type WasteTargetConfig,
  type Confidence,
} from '../../../domain/waste/index.js';
import type { ProjectRef } from '../projects/index.js';
import { wastePlanEstimates, wastePlans, wasteTargets, type WasteMeasure } from './tables.js';

export const NATIONAL = 'CN';

type TargetRow = typeof wasteTargets.$inferSelect;
export type RegionRules = {
  config: WasteTargetConfig;
  weightToleranceShare: number;
  receiptDeadlineHours: number;
  expireAfterHours: number;
  regionCode: string;
};

function toConfig(row: TargetRow): WasteTargetConfig {
  return {
    id: row.regionCode === NATIONAL ? NATIONAL_WASTE_TARGETS_2025.id : `waste-targets-${row.regionCode}`,
    region: row.regionCode,
    version: row.updatedAt.toISOString().slice(0, 10),
    source: row.source,
    // 'local' = decided by the regional authority, not recalled from a national text.
    confidence: (row.confidence === 'local' ? 'verified' : row.confidence) as Confidence,
    targetYear: row.targetYear,
    conventionalMaxTPer10kM2: row.conventionalMax,
    prefabricatedMaxTPer10kM2: row.prefabricatedMax,
  };
}

export async function listTargets(db: DbOrTx) {
  const rows = await db.select().from(wasteTargets).orderBy(wasteTargets.regionCode);
  // A seeded (recalled) row shows the standard it cites or 地方默认值, never the research note; a basis an authority
  // typed in is its own words.
  return rows.map(({ confidence, ...r }) => ({
    ...r,
    source: confidence.startsWith('recalled') ? publicBasis(r.source) : r.source,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** The rules that apply in a region: its own row when the authority set one, else the national row. */
export async function rulesForRegion(db: DbOrTx, regionCode: string): Promise<RegionRules> {
  const rows = await db
    .select()
    .from(wasteTargets)
    .where(inArray(wasteTargets.regionCode, [regionCode, NATIONAL]));
  const row = rows.find((r) => r.regionCode === regionCode) ?? rows.find((r) => r.regionCode === NATIONAL);
  if (!row) throw new Error('waste_targets has no national row (migration 0030)');
  return {
    config: toConfig(row),
    weightToleranceShare: row.weightToleranceShare,
    receiptDeadlineHours: row.receiptDeadlineHours,
    expireAfterHours: row.expireAfterHours,
    regionCode: row.regionCode,
  };
}

export type TargetInput = Omit<TargetRow, 'regionCode' | 'updatedAt' | 'confidence'>;

export async function upsertTarget(tx: DbOrTx, actor: AuditActor, regionCode: string, input: TargetInput) {
  const [before] = await tx.select().from(wasteTargets).where(eq(wasteTargets.regionCode, regionCode));
  const values = { ...input, regionCode, confidence: regionCode === NATIONAL ? 'verified' : 'local', updatedAt: new Date() };
  const [after] = await tx
    .insert(wasteTargets)
    .values(values)
    .onConflictDoUpdate({ target: wasteTargets.regionCode, set: values })
    .returning();
  await recordAudit(tx, actor, {
    action: before ? 'waste.target.update' : 'waste.target.create',
    entityType: 'waste_target',
    entityId: regionCode,
    regionCode: regionCode === NATIONAL ? null : regionCode,
    before,
    after,
  });
  return { ...after!, updatedAt: after!.updatedAt.toISOString() };
}

export type Plan = {
  projectId: string;
  exists: boolean;
  estimates: { stage: WasteStage; category: WasteCategory; tonnes: number }[];
  measures: WasteMeasure[];
  targetOverride: number | null;
  estimateBasis: 'generated' | 'discharged';
  progressPercent: number | null;
  notes: string | null;
  updatedAt: string | null;
};

export async function getPlan(db: DbOrTx, projectId: string): Promise<Plan> {
  const [row] = await db.select().from(wastePlans).where(eq(wastePlans.projectId, projectId));
  const estimates = row ? await db.select().from(wastePlanEstimates).where(eq(wastePlanEstimates.projectId, projectId)) : [];
  return {
    projectId,
    exists: !!row,
    estimates: estimates.map((e) => ({ stage: e.stage, category: e.category, tonnes: e.tonnes })),
    measures: row?.measures ?? [],
    targetOverride: row?.targetOverride ?? null,
    estimateBasis: row?.estimateBasis ?? 'generated',
    progressPercent: row?.progressPercent ?? null,
    notes: row?.notes ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export type PlanInput = {
  estimates: { stage: string; category: string; tonnes: number }[];
  measures: WasteMeasure[];
  targetOverride?: number | null;
  estimateBasis: 'generated' | 'discharged';
  progressPercent?: number | null;
  notes?: string | null;
  isDemo?: boolean;
};

/** Replaces the project's plan as a whole: the form edits the full table of estimates at once. */
export async function savePlan(tx: DbOrTx, actor: AuditActor, project: ProjectRef, input: PlanInput): Promise<Plan> {
  const before = await getPlan(tx, project.id);
  // Several rows for the same cell would be ambiguous; the last one wins, as in the form.
  const cells = new Map(input.estimates.map((e) => [`${e.stage}|${e.category}`, e]));
  const values = {
    measures: input.measures,
    targetOverride: input.targetOverride ?? null,
    estimateBasis: input.estimateBasis,
    progressPercent: input.progressPercent ?? null,
    notes: input.notes ?? null,
    updatedAt: new Date(),
  };
  await tx
    .insert(wastePlans)
    .values({ projectId: project.id, ...values, isDemo: input.isDemo ?? false })
    .onConflictDoUpdate({ target: wastePlans.projectId, set: values });
  await tx.delete(wastePlanEstimates).where(eq(wastePlanEstimates.projectId, project.id));
  const rows = [...cells.values()].map((e) => ({
    projectId: project.id,
    stage: e.stage as WasteStage,
    category: e.category as WasteCategory,
    tonnes: e.tonnes,
  }));
  if (rows.length) await tx.insert(wastePlanEstimates).values(rows);
  const after = await getPlan(tx, project.id);
  await recordAudit(tx, actor, {
    action: before.exists ? 'waste.plan.update' : 'waste.plan.create',
    entityType: 'waste_plan',
    entityId: project.id,
    regionCode: project.regionCode,
    organisationId: project.ownerOrganisationId,
    before: before.exists ? before : null,
    after,
  });
  return after;
}

/** The target a project is held to: the plan's own (stricter) figure if set, else 装配式 200 / conventional 300 by region. */
export function projectTarget(project: Pick<ProjectRef, 'isPrefabricated'>, rules: RegionRules, plan: Pick<Plan, 'targetOverride'>) {
  const regional = targetFor({ isPrefabricated: project.isPrefabricated }, rules.config);
  // A plan may commit to a stricter figure, never a looser one than its region's.
  const fromPlan = plan.targetOverride !== null && plan.targetOverride < regional.targetTPer10kM2;
  return { regional, applied: fromPlan ? plan.targetOverride! : regional.targetTPer10kM2, fromPlan };
}
