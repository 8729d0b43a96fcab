import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { planAspects, planningPlans, planningVersions, type PlanAspect, type PlanContent } from './tables.js';

/** One target of an approved plan, as other capabilities (tracking, evaluation, reports) read it. */
export type PlanTarget = {
  planId: string;
  aspect: 'design' | 'materials' | 'production' | 'construction' | 'delivery';
  indicatorKey: string | null;
  name: string;
  targetValue: number;
  unit: string;
  direction: 'higherIsBetter' | 'lowerIsBetter';
  dueDate: string | null;
};

/** The latest approved version of each plan of the given projects (projects without one are absent). */
async function approvedVersions(db: DbOrTx, projectIds: string[]) {
  if (!projectIds.length) return [];
  const rows = await db
    .select({
      planId: planningPlans.id,
      projectId: planningPlans.projectId,
      version: planningVersions.version,
      content: planningVersions.content,
      approvedAt: planningVersions.approvedAt,
    })
    .from(planningVersions)
    .innerJoin(planningPlans, eq(planningPlans.id, planningVersions.planId))
    .where(and(inArray(planningPlans.projectId, [...new Set(projectIds)]), eq(planningVersions.status, 'approved')))
    .orderBy(desc(planningVersions.version));
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.projectId) ? false : (seen.add(r.projectId), true)));
}

/** Targets of the latest approved plan version per project, keyed by project id, in aspect order. */
export async function approvedPlanTargets(db: DbOrTx, projectIds: string[]): Promise<Map<string, PlanTarget[]>> {
  const out = new Map<string, PlanTarget[]>();
  for (const v of await approvedVersions(db, projectIds)) {
    const targets: PlanTarget[] = [];
    for (const aspect of planAspects) {
      for (const t of v.content[aspect]?.targets ?? []) {
        targets.push({
          planId: v.planId,
          aspect,
          indicatorKey: t.indicatorKey,
          name: t.name,
          targetValue: t.targetValue,
          unit: t.unit,
          direction: t.direction,
          dueDate: t.dueDate,
        });
      }
    }
    out.set(v.projectId, targets);
  }
  return out;
}

export type PlanSummaryAspect = {
  aspect: PlanAspect;
  summary: string | null;
  targets: Array<Omit<PlanTarget, 'planId' | 'aspect'> & { dueStage: string | null }>;
  measures: Array<{
    measureId: string;
    code: string;
    title: string;
    responsibleOrganisationName: string | null;
    dueStage: string | null;
    note: string | null;
  }>;
};
export type PlanSummary = {
  planId: string;
  projectId: string;
  /** 'approved' when an approved version exists (it is the one summarised), else the working version's status. */
  status: 'draft' | 'submitted' | 'returned' | 'approved';
  version: number;
  approvedAt: string | null;
  /** True when a newer version is in the workflow on top of the approved one. */
  pendingChange: boolean;
  aspects: PlanSummaryAspect[];
};

/** The plan of one project for reports: its approved version when there is one, else the working draft; null without a plan. */
export async function planSummary(db: DbOrTx, projectId: string): Promise<PlanSummary | null> {
  const rows = await db
    .select({
      planId: planningPlans.id,
      version: planningVersions.version,
      status: planningVersions.status,
      content: planningVersions.content,
      approvedAt: planningVersions.approvedAt,
    })
    .from(planningVersions)
    .innerJoin(planningPlans, eq(planningPlans.id, planningVersions.planId))
    .where(eq(planningPlans.projectId, projectId))
    .orderBy(desc(planningVersions.version));
  if (!rows.length) return null;
  const approved = rows.find((r) => r.status === 'approved');
  const working = rows.find((r) => r.status === 'draft' || r.status === 'submitted' || r.status === 'returned');
  const chosen = approved ?? working;
  if (!chosen) return null;
  return {
    planId: chosen.planId,
    projectId,
    status: chosen.status as PlanSummary['status'],
    version: chosen.version,
    approvedAt: chosen.approvedAt ? chosen.approvedAt.toISOString() : null,
    pendingChange: !!approved && !!working && working.version > approved.version,
    aspects: summariseContent(chosen.content),
  };
}

export function summariseContent(content: PlanContent): PlanSummaryAspect[] {
  return planAspects.map((aspect) => {
    const a = content[aspect] ?? { summary: null, targets: [], measures: [] };
    return {
      aspect,
      summary: a.summary,
      targets: a.targets.map((t) => ({
        indicatorKey: t.indicatorKey,
        name: t.name,
        targetValue: t.targetValue,
        unit: t.unit,
        direction: t.direction,
        dueDate: t.dueDate,
        dueStage: t.dueStage,
      })),
      measures: a.measures.map((m) => ({
        measureId: m.measureId,
        code: m.measureCode,
        title: m.measureTitle,
        responsibleOrganisationName: m.responsibleOrganisationName,
        dueStage: m.dueStage,
        note: m.note,
      })),
    };
  });
}

export { planAspects, aspectLabels, stageLabels } from './tables.js';
export type { PlanAspect } from './tables.js';
export { planningDemoSeeder } from './demo.js';
export { planningEventTypes } from './events.js';
