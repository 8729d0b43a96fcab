import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { invalidField } from '../../platform/errors.js';
import { listRegions } from '../accounts/index.js';
import { projectRefs, visibleProjectIds, type ProjectRef } from '../projects/index.js';
import { measureFigures, projectFigures, yuan } from './calc.js';
import { indicatorByKey, indicatorSnapshot } from './indicators.js';
import type { MeasureInput } from './schemas.js';
import { costBenefits, costMeasures } from './tables.js';

type MeasureRow = typeof costMeasures.$inferSelect;
type BenefitRow = typeof costBenefits.$inferSelect;

export function benefitRow(b: BenefitRow) {
  return {
    id: b.id,
    kind: b.kind,
    quantity: b.quantity,
    unit: b.unit,
    unitValue: b.unitValue,
    value: b.unitValue === null ? null : yuan(b.quantity * b.unitValue),
    source: b.source,
    indicatorKey: b.indicatorKey,
    indicatorSnapshot: b.indicatorSnapshot ?? null,
    note: b.note,
  };
}

export function measureView(m: MeasureRow, benefits: BenefitRow[]) {
  const f = measureFigures({ ...m, benefits });
  return {
    id: m.id,
    projectId: m.projectId,
    discipline: m.discipline,
    name: m.name,
    unit: m.unit,
    quantity: m.quantity,
    baselineUnitPrice: m.baselineUnitPrice,
    greenUnitPrice: m.greenUnitPrice,
    incrementalUnitPrice: f.incrementalUnitPrice,
    incrementalCost: f.incrementalCost,
    benefitValue: f.benefitValue,
    benefitByKind: f.benefitByKind,
    carbonTonnes: f.carbonTonnes,
    net: f.net,
    note: m.note,
    sortOrder: m.sortOrder,
    benefits: benefits.map(benefitRow),
    updatedAt: m.updatedAt.toISOString(),
  };
}
export type MeasureView = ReturnType<typeof measureView>;

async function measuresOf(db: DbOrTx, projectIds: string[]) {
  if (!projectIds.length) return [];
  const ms = await db
    .select()
    .from(costMeasures)
    .where(inArray(costMeasures.projectId, projectIds))
    .orderBy(asc(costMeasures.sortOrder), asc(costMeasures.createdAt));
  const bs = ms.length
    ? await db
        .select()
        .from(costBenefits)
        .where(
          inArray(
            costBenefits.measureId,
            ms.map((m) => m.id),
          ),
        )
        .orderBy(asc(costBenefits.sortOrder))
    : [];
  return ms.map((m) => ({ m, benefits: bs.filter((b) => b.measureId === m.id) }));
}

/** A project's measures with their figures, and its totals per m². */
export async function projectCosts(db: DbOrTx, project: ProjectRef) {
  const rows = await measuresOf(db, [project.id]);
  const measures = rows.map((r) => measureView(r.m, r.benefits));
  const { lines: _l, ...totals } = projectFigures(
    rows.map((r) => ({ ...r.m, benefits: r.benefits })),
    project.floorAreaM2,
  );
  return {
    project: { id: project.id, code: project.code, name: project.name, regionCode: project.regionCode, floorAreaM2: project.floorAreaM2 },
    measures,
    totals,
  };
}

export async function getMeasure(db: DbOrTx, id: string) {
  const [row] = await db.select().from(costMeasures).where(eq(costMeasures.id, id));
  return row ?? null;
}

/** Benefit rows for a measure; indicator-linked ones are fetched now and kept as a dated snapshot. */
async function benefitRows(db: DbOrTx, project: ProjectRef, measureId: string, input: MeasureInput['benefits']) {
  const rows: Array<typeof costBenefits.$inferInsert> = [];
  for (const [i, b] of input.entries()) {
    if (b.source === 'manual') {
      rows.push({
        id: randomUUID(),
        measureId,
        kind: b.kind,
        quantity: b.quantity,
        unit: b.unit,
        unitValue: b.unitValue,
        source: 'manual',
        indicatorKey: b.indicatorKey ?? null,
        note: b.note ?? null,
        sortOrder: i,
      });
      continue;
    }
    const def = indicatorByKey.get(b.indicatorKey);
    if (!def) throw invalidField(`benefits.${i}.indicatorKey`, 'costs_indicator_unknown', { key: b.indicatorKey });
    if (def.kind !== b.kind) throw invalidField(`benefits.${i}.indicatorKey`, 'indicator_kind_mismatch', { key: b.indicatorKey });
    const snap = await indicatorSnapshot(db, project, b.indicatorKey, b.baseline ?? null);
    if (!snap) throw invalidField(`benefits.${i}.indicatorKey`, 'indicator_unavailable', { key: b.indicatorKey });
    rows.push({
      id: randomUUID(),
      measureId,
      kind: b.kind,
      quantity: snap.quantity,
      unit: snap.quantityUnit,
      unitValue: b.unitValue,
      source: 'indicator',
      indicatorKey: b.indicatorKey,
      indicatorSnapshot: snap,
      note: b.note ?? null,
      sortOrder: i,
    });
  }
  return rows;
}

function measureColumns(input: MeasureInput) {
  return {
    discipline: input.discipline,
    name: input.name,
    unit: input.unit,
    quantity: input.quantity,
    baselineUnitPrice: input.baselineUnitPrice,
    greenUnitPrice: input.greenUnitPrice,
    note: input.note ?? null,
  };
}

export async function createMeasure(
  tx: DbOrTx,
  actor: AuditActor,
  project: ProjectRef,
  input: MeasureInput,
  opts: { isDemo?: boolean } = {},
) {
  const id = randomUUID();
  const benefits = await benefitRows(tx, project, id, input.benefits);
  const [{ next }] = (await tx
    .select({ next: sql<number>`coalesce(max(${costMeasures.sortOrder}), 0) + 1`.mapWith(Number) })
    .from(costMeasures)
    .where(eq(costMeasures.projectId, project.id))) as [{ next: number }];
  const [m] = await tx
    .insert(costMeasures)
    .values({
      id,
      projectId: project.id,
      regionCode: project.regionCode,
      ...measureColumns(input),
      sortOrder: input.sortOrder ?? next,
      isDemo: opts.isDemo ?? false,
      createdBy: actor.id,
    })
    .returning();
  const bs = benefits.length ? await tx.insert(costBenefits).values(benefits).returning() : [];
  const view = measureView(m!, bs);
  await recordAudit(tx, actor, {
    action: 'costs.measure.create',
    entityType: 'cost_measure',
    entityId: id,
    regionCode: project.regionCode,
    organisationId: project.ownerOrganisationId,
    after: view,
  });
  return view;
}

export async function updateMeasure(tx: DbOrTx, actor: AuditActor, project: ProjectRef, before: MeasureRow, input: MeasureInput) {
  const oldBenefits = await tx
    .select()
    .from(costBenefits)
    .where(eq(costBenefits.measureId, before.id))
    .orderBy(asc(costBenefits.sortOrder));
  const benefits = await benefitRows(tx, project, before.id, input.benefits);
  const [m] = await tx
    .update(costMeasures)
    .set({ ...measureColumns(input), ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}), updatedAt: sql`now()` })
    .where(eq(costMeasures.id, before.id))
    .returning();
  await tx.delete(costBenefits).where(eq(costBenefits.measureId, before.id));
  const bs = benefits.length ? await tx.insert(costBenefits).values(benefits).returning() : [];
  const view = measureView(m!, bs);
  await recordAudit(tx, actor, {
    action: 'costs.measure.update',
    entityType: 'cost_measure',
    entityId: before.id,
    regionCode: before.regionCode,
    before: measureView(before, oldBenefits),
    after: view,
  });
  return view;
}

export async function deleteMeasure(tx: DbOrTx, actor: AuditActor, before: MeasureRow) {
  const oldBenefits = await tx.select().from(costBenefits).where(eq(costBenefits.measureId, before.id));
  await tx.delete(costMeasures).where(eq(costMeasures.id, before.id));
  await recordAudit(tx, actor, {
    action: 'costs.measure.delete',
    entityType: 'cost_measure',
    entityId: before.id,
    regionCode: before.regionCode,
    before: measureView(before, oldBenefits),
  });
}

/** Per region: totals over the projects with cost data, and per m² over those projects' floor area. */
export async function regionCostSummary(db: DbOrTx, p: Principal, regions: string[] | null) {
  const ids = await visibleProjectIds(db, p);
  const rows = await measuresOf(db, ids);
  const refs = await projectRefs(db, [...new Set(rows.map((r) => r.m.projectId))]);
  const byProject = new Map<string, typeof rows>();
  for (const r of rows) byProject.set(r.m.projectId, [...(byProject.get(r.m.projectId) ?? []), r]);
  const all = (await listRegions(db)).map((r) => r.code).filter((c) => !regions || regions.includes(c));
  return all.map((regionCode) => {
    let projects = 0;
    let measures = 0;
    let area = 0;
    let incremental = 0;
    let benefit = 0;
    let carbon = 0;
    let areaIncremental = 0;
    let areaBenefit = 0;
    const disciplines = new Map<string, { incrementalCost: number; benefitValue: number }>();
    for (const [projectId, list] of byProject) {
      const ref = refs.get(projectId);
      if (!ref || ref.regionCode !== regionCode) continue;
      const f = projectFigures(
        list.map((r) => ({ ...r.m, benefits: r.benefits })),
        ref.floorAreaM2,
      );
      projects++;
      measures += list.length;
      incremental += f.incrementalCost;
      benefit += f.benefitValue;
      carbon += f.carbonTonnes;
      // Per m² only over projects that have a floor area, so a missing area does not dilute the figure.
      if (f.floorAreaM2) {
        area += f.floorAreaM2;
        areaIncremental += f.incrementalCost;
        areaBenefit += f.benefitValue;
      }
      list.forEach((r, i) => {
        const d = disciplines.get(r.m.discipline) ?? { incrementalCost: 0, benefitValue: 0 };
        d.incrementalCost = yuan(d.incrementalCost + f.lines[i]!.incrementalCost);
        d.benefitValue = yuan(d.benefitValue + f.lines[i]!.benefitValue);
        disciplines.set(r.m.discipline, d);
      });
    }
    return {
      regionCode,
      projects,
      measures,
      floorAreaM2: area,
      incrementalCost: yuan(incremental),
      benefitValue: yuan(benefit),
      carbonTonnes: Math.round(carbon * 1000) / 1000,
      incrementalCostPerM2: area ? yuan(areaIncremental / area) : null,
      benefitPerM2: area ? yuan(areaBenefit / area) : null,
      byDiscipline: [...disciplines.entries()]
        .map(([discipline, d]) => ({ discipline, ...d }))
        .sort((a, b) => b.incrementalCost - a.incrementalCost),
    };
  });
}
