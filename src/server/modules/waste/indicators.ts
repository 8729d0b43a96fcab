// 建质〔2020〕46号 indicators of a project from its stored data, as of a moment. The waste page, the exports and the
// evaluation capability all call these functions, so every screen and report shows the same figures.
import { and, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import * as rules from '../../../domain/waste/index.js';
import {
  NATIONAL_WASTE_ACCOUNTING,
  WASTE_CATEGORY_IDS,
  WASTE_STAGE_IDS,
  type WasteCategory,
  type WasteRecord,
  type WasteStage,
} from '../../../domain/waste/index.js';
import { roundHalfUp } from '../../../domain/rounding.js';
import { projectRefs, type ProjectRef } from '../projects/index.js';
import { chinaDate } from './facilities.js';
import { toDomainManifest } from './manifests.js';
import { getPlan, projectTarget, rulesForRegion, type Plan } from './plans.js';
import { wasteManifests, wasteSiteRecords } from './tables.js';
import type { IndicatorDefinition } from '../../platform/indicators.js';

/** A countable record with the China-time date it happened, for cumulative series. */
export type DatedWasteRecord = { record: WasteRecord; date: string; source: 'manifest' | 'site' };

/**
 * Countable records as of `asOf`: received manifests at their weighbridge weight (once each, by the domain rule),
 * plus on-site reuse and imported historical discharge. Sorting records describe material still on site and
 * are not counted, or a load would count once when sorted and again when it leaves.
 */
export async function wasteRecordsOf(db: DbOrTx, projectId: string, asOf: Date = new Date()): Promise<DatedWasteRecord[]> {
  const manifests = await db
    .select()
    .from(wasteManifests)
    .where(
      and(
        eq(wasteManifests.projectId, projectId),
        eq(wasteManifests.state, 'received'),
        isNotNull(wasteManifests.closedAt),
        lte(wasteManifests.closedAt, asOf),
      ),
    );
  const counted = rules.dischargeRecordsFromManifests(manifests.map(toDomainManifest));
  const closedOn = new Map(manifests.map((m) => [m.id, chinaDate(m.closedAt!)]));
  const out: DatedWasteRecord[] = counted.records.map((record) => ({ record, date: closedOn.get(record.id)!, source: 'manifest' }));
  const site = await db
    .select()
    .from(wasteSiteRecords)
    .where(
      and(
        eq(wasteSiteRecords.projectId, projectId),
        inArray(wasteSiteRecords.kind, ['reused', 'historical']),
        lte(wasteSiteRecords.recordDate, chinaDate(asOf)),
      ),
    );
  for (const s of site) {
    const record: WasteRecord = { id: s.id, category: s.category, stage: s.stage, route: s.route!, tonnes: s.tonnes };
    if (s.subClass) record.subClass = s.subClass;
    out.push({ record, date: s.recordDate, source: 'site' });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

async function refOf(db: DbOrTx, projectId: string): Promise<ProjectRef> {
  const ref = (await projectRefs(db, [projectId])).get(projectId);
  if (!ref) throw new Error(`no project ${projectId}`);
  return ref;
}

export type ProjectWasteIntensity = {
  asOf: string;
  floorAreaM2: number | null;
  /** null when the project has no floor area yet: there is no per-万m² figure to show. */
  intensity: number | null;
  tonnes: number;
  excludedTonnes: number;
  byStage: Record<WasteStage, { tonnes: number; intensity: number | null }>;
  target: { applied: number; regional: number; basis: 'conventional' | 'prefabricated'; configId: string; fromPlan: boolean };
  meetsTarget: boolean | null;
};

function intensityOf(
  records: WasteRecord[],
  project: ProjectRef,
  plan: Pick<Plan, 'targetOverride'>,
  regionRules: Awaited<ReturnType<typeof rulesForRegion>>,
  asOf: Date,
): ProjectWasteIntensity {
  const t = projectTarget(project, regionRules, plan);
  const target = {
    applied: t.applied,
    regional: t.regional.targetTPer10kM2,
    basis: t.regional.basis,
    configId: t.regional.configId,
    fromPlan: t.fromPlan,
  };
  // With no floor area the tonnes still add up; only the per-万m² figure is missing.
  const area = project.floorAreaM2 && project.floorAreaM2 > 0 ? project.floorAreaM2 : null;
  const r = rules.wasteIntensity(records, area ?? 10_000);
  return {
    asOf: asOf.toISOString(),
    floorAreaM2: area,
    intensity: area ? r.intensity : null,
    tonnes: r.tonnes,
    excludedTonnes: r.excludedTonnes,
    byStage: Object.fromEntries(
      WASTE_STAGE_IDS.map((s) => [s, { tonnes: r.byStage[s].tonnes, intensity: area ? r.byStage[s].intensity : null }]),
    ) as ProjectWasteIntensity['byStage'],
    target,
    meetsTarget: area ? rules.meetsTarget(r.intensity, target.applied) : null,
  };
}

/** Cumulative discharge intensity (t/万m², 渣土/泥浆 excluded) against the project's target, overall and by stage. */
export async function wasteIntensity(db: DbOrTx, projectId: string, asOf: Date = new Date()): Promise<ProjectWasteIntensity> {
  const project = await refOf(db, projectId);
  const records = (await wasteRecordsOf(db, projectId, asOf)).map((d) => d.record);
  return intensityOf(records, project, await getPlan(db, projectId), await rulesForRegion(db, project.regionCode), asOf);
}

/** 资源化/再利用率: (reused on site + licensed recycling) ÷ generated, 渣土/泥浆 excluded. */
export async function recyclingRate(db: DbOrTx, projectId: string, asOf: Date = new Date()): Promise<rules.RecyclingRateResult> {
  return rules.recyclingRate((await wasteRecordsOf(db, projectId, asOf)).map((d) => d.record));
}

export type ManifestConfirmation = {
  dispatched: number;
  received: number;
  disputed: number;
  expired: number;
  pending: number;
  overdue: number;
  rate: number | null;
  ratePercent: number | null;
};

/**
 * 电子联单闭环率: received ÷ manifests that should have been closed by `asOf` (dispatched, excluding loads still
 * within the region's receipt deadline). A load overdue in transit counts against the rate.
 */
export async function manifestConfirmationRate(db: DbOrTx, projectId: string, asOf: Date = new Date()): Promise<ManifestConfirmation> {
  const project = await refOf(db, projectId);
  const regionRules = await rulesForRegion(db, project.regionCode);
  const rows = await db
    .select()
    .from(wasteManifests)
    .where(and(eq(wasteManifests.projectId, projectId), isNotNull(wasteManifests.dispatchedAt), lte(wasteManifests.dispatchedAt, asOf)));
  const c = { dispatched: rows.length, received: 0, disputed: 0, expired: 0, pending: 0, overdue: 0 };
  for (const m of rows) {
    const closed = m.closedAt && m.closedAt <= asOf ? m.state : 'in_transit';
    if (closed === 'received') c.received++;
    else if (closed === 'disputed') c.disputed++;
    else if (closed === 'expired') c.expired++;
    else if ((asOf.getTime() - m.dispatchedAt!.getTime()) / 3600_000 >= regionRules.receiptDeadlineHours) c.overdue++;
    else c.pending++;
  }
  const due = c.dispatched - c.pending;
  const rate = due === 0 ? null : c.received / due;
  return { ...c, rate, ratePercent: rate === null ? null : roundHalfUp(rate * 100, 1) };
}

const COUNTABLE = WASTE_CATEGORY_IDS.filter((c) => !NATIONAL_WASTE_ACCOUNTING.excludedCategories.includes(c));

/** Months (YYYY-MM) from the first record to asOf, at most the last 36. */
function monthsUpTo(first: string | undefined, asOf: Date): string[] {
  const end = chinaDate(asOf).slice(0, 7);
  const start = first ? first.slice(0, 7) : end;
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  while (`${y}-${String(m).padStart(2, '0')}` <= end) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out.slice(-36);
}

/** Everything the project waste page shows, computed by the same functions as the exported indicators. */
export async function projectWasteIndicators(db: DbOrTx, project: ProjectRef, asOf: Date = new Date()) {
  const [dated, plan, regionRules, confirmation] = await Promise.all([
    wasteRecordsOf(db, project.id, asOf),
    getPlan(db, project.id),
    rulesForRegion(db, project.regionCode),
    manifestConfirmationRate(db, project.id, asOf),
  ]);
  const records = dated.map((d) => d.record);
  const intensity = intensityOf(records, project, plan, regionRules, asOf);
  const recycling = rules.recyclingRate(records);
  const area = intensity.floorAreaM2;

  // Estimates on the same basis as the target: countable categories only.
  const estimateByStage = Object.fromEntries(WASTE_STAGE_IDS.map((s) => [s, 0])) as Record<WasteStage, number>;
  for (const e of plan.estimates) if (COUNTABLE.includes(e.category)) estimateByStage[e.stage] += e.tonnes;
  const actualVsEstimate = plan.exists ? rules.actualVsEstimate(records, estimateByStage, plan.estimateBasis) : null;

  let forecast: (rules.WasteForecast & { progressPercent: number }) | null = null;
  if (area && plan.progressPercent)
    forecast = {
      ...rules.forecastAtCompletion(intensity.tonnes, plan.progressPercent / 100, area, intensity.target.applied),
      progressPercent: plan.progressPercent,
    };

  // Discharged tonnes by stage × category (stacked bars), via the domain rule per category.
  const byStageCategory = Object.fromEntries(
    WASTE_CATEGORY_IDS.map((c) => {
      const r = rules.wasteIntensity(
        records.filter((x) => x.category === c),
        10_000,
        { rules: { ...NATIONAL_WASTE_ACCOUNTING, excludedCategories: [] } },
      );
      return [c, Object.fromEntries(WASTE_STAGE_IDS.map((s) => [s, r.byStage[s].tonnes]))];
    }),
  ) as Record<WasteCategory, Record<WasteStage, number>>;

  // Cumulative intensity by month, stacked by countable category.
  const months = monthsUpTo(dated[0]?.date, asOf);
  const monthly = months.map((month) => {
    const upTo = dated.filter((d) => d.date.slice(0, 7) <= month).map((d) => d.record);
    const byCategory = Object.fromEntries(
      COUNTABLE.map((c) => {
        const r = rules.wasteIntensity(
          upTo.filter((x) => x.category === c),
          area ?? 10_000,
        );
        return [c, area ? r.intensity : r.tonnes];
      }),
    ) as Record<WasteCategory, number>;
    const total = rules.wasteIntensity(upTo, area ?? 10_000);
    return { month, byCategory, total: area ? total.intensity : total.tonnes };
  });

  return {
    project: {
      id: project.id,
      code: project.code,
      name: project.name,
      regionCode: project.regionCode,
      floorAreaM2: project.floorAreaM2,
      isPrefabricated: project.isPrefabricated,
      status: project.status,
    },
    intensity,
    recycling,
    confirmation,
    actualVsEstimate,
    forecast,
    byStageCategory,
    monthly,
    monthlyUnit: area ? 't/万m²' : 't',
    plan: { exists: plan.exists, progressPercent: plan.progressPercent, estimateBasis: plan.estimateBasis },
  };
}
export type ProjectWasteIndicators = Awaited<ReturnType<typeof projectWasteIndicators>>;

export type LeagueRow = {
  rank: number | null;
  hasData: boolean;
  projectId: string;
  code: string;
  name: string;
  regionCode: string;
  status: string;
  floorAreaM2: number | null;
  isPrefabricated: boolean;
  tonnes: number;
  intensity: number | null;
  target: number;
  meetsTarget: boolean | null;
  recyclingPercent: number | null;
  forecastIntensity: number | null;
  forecastExceeds: boolean | null;
  confirmationPercent: number | null;
  manifests: number;
};

/** 区域排名: projects ranked by intensity (lowest first); projects without data or a floor area are listed last, unranked. */
export async function wasteLeague(db: DbOrTx, projects: ProjectRef[], asOf: Date = new Date()): Promise<LeagueRow[]> {
  const rows: LeagueRow[] = [];
  for (const p of projects) {
    const i = await projectWasteIndicators(db, p, asOf);
    // A project that has reported nothing is not "0 t/万m², meets target": it is unranked until data arrive.
    const hasData = i.confirmation.dispatched > 0 || i.recycling.generatedTonnes > 0 || i.intensity.excludedTonnes > 0;
    rows.push({
      hasData,
      rank: null,
      projectId: p.id,
      code: p.code,
      name: p.name,
      regionCode: p.regionCode,
      status: p.status,
      floorAreaM2: p.floorAreaM2,
      isPrefabricated: p.isPrefabricated,
      tonnes: i.intensity.tonnes,
      intensity: hasData ? i.intensity.intensity : null,
      target: i.intensity.target.applied,
      meetsTarget: hasData ? i.intensity.meetsTarget : null,
      recyclingPercent: i.recycling.ratePercent,
      forecastIntensity: i.forecast?.forecastIntensity ?? null,
      forecastExceeds: i.forecast?.exceedsTarget ?? null,
      confirmationPercent: i.confirmation.ratePercent,
      manifests: i.confirmation.dispatched,
    });
  }
  rows.sort((a, b) => (a.intensity ?? Infinity) - (b.intensity ?? Infinity) || a.code.localeCompare(b.code));
  let rank = 0;
  for (const r of rows) if (r.intensity !== null) r.rank = ++rank;
  return rows;
}

// ─── Registered indicators (issue 9): the same figures the waste page shows, for tracking and evaluation ───

export const wasteIndicatorDefinitions: IndicatorDefinition[] = [
  {
    key: 'waste.intensity',
    module: 'waste',
    name: { 'zh-CN': '建筑垃圾排放强度', en: 'Construction waste intensity' },
    unit: 't/万m²',
    direction: 'lowerIsBetter',
    definition: {
      'zh-CN': '截至当日累计排放量（已接收联单 + 现场再利用/历史记录，不含工程渣土、泥浆）÷ 建筑面积（万m²）；无任何记录或无建筑面积时为空',
      en: 'Cumulative discharge to date (received manifests + on-site reuse/historical records, excluding spoil and slurry) per 10,000 m² of floor area; empty with no records or no floor area',
    },
    async valueFor(db, projectId, asOf) {
      const r = await wasteIntensity(db, projectId, asOf);
      return r.tonnes + r.excludedTonnes > 0 ? r.intensity : null;
    },
  },
  {
    key: 'waste.recyclingRate',
    module: 'waste',
    name: { 'zh-CN': '建筑垃圾资源化利用率', en: 'Construction waste recycling rate' },
    unit: '%',
    direction: 'higherIsBetter',
    definition: {
      'zh-CN': '（现场再利用 + 送资源化利用）÷ 产生量，不含工程渣土、泥浆',
      en: '(reused on site + licensed recycling) ÷ generated, spoil and slurry excluded',
    },
    valueFor: async (db, projectId, asOf) => (await recyclingRate(db, projectId, asOf)).ratePercent,
  },
  {
    key: 'waste.manifestConfirmationRate',
    module: 'waste',
    name: { 'zh-CN': '电子联单确认率', en: 'Manifest confirmation rate' },
    unit: '%',
    direction: 'higherIsBetter',
    definition: {
      'zh-CN': '已接收联单 ÷ 截至当日应闭环联单（不含仍在接收时限内的在途联单）',
      en: 'Received manifests ÷ manifests due to be closed by the date (loads still within the receipt deadline excluded)',
    },
    valueFor: async (db, projectId, asOf) => (await manifestConfirmationRate(db, projectId, asOf)).ratePercent,
  },
];
