// Benefits the platform already measures are linked to their indicator, not typed again: the value is fetched through
// the owning capability's exported indicator function when the measure is saved, and kept as a dated snapshot.
import type { DbOrTx } from '../../db/database.js';
import type { ProjectRef } from '../projects/index.js';
import { recyclingRate, wasteIntensity } from '../waste/index.js';
import { embodiedCarbonPerM2 } from '../carbon/index.js';
import type { BenefitKind, IndicatorSnapshot } from './tables.js';

export type IndicatorDefinition = {
  key: string;
  kind: BenefitKind;
  label: { 'zh-CN': string; en: string };
  /** Unit of the indicator itself. */
  unit: string;
  /** Unit of the saving derived from it. */
  quantityUnit: string;
  /** Whether the saving needs a conventional baseline of the indicator to compare with. */
  needsBaseline: boolean;
  baselineHint?: { 'zh-CN': string; en: string };
  fetch(db: DbOrTx, project: ProjectRef, asOf: Date): Promise<{ value: number; baseline?: number } | null>;
  /** The physical saving, in quantityUnit. */
  quantity(value: number, baseline: number | null, floorAreaM2: number | null): number | null;
};

const round3 = (v: number) => Math.round(v * 1000) / 1000;

export const indicatorDefinitions: IndicatorDefinition[] = [
  {
    key: 'waste.intensity',
    kind: 'disposal',
    label: {
      'zh-CN': '建筑垃圾排放强度（较常规做法减少的外运量）',
      en: 'Construction waste intensity (discharge avoided against conventional practice)',
    },
    unit: 't/万m²',
    quantityUnit: 't',
    needsBaseline: true,
    baselineHint: {
      'zh-CN': '常规做法排放强度 t/万m²（缺省取地区控制目标）',
      en: 'Conventional intensity t/10,000 m² (defaults to the regional target)',
    },
    async fetch(db, project, asOf) {
      const w = await wasteIntensity(db, project.id, asOf);
      // No waste recorded yet is no measurement, not a zero intensity.
      if (w.intensity === null || w.tonnes + w.excludedTonnes === 0) return null;
      return { value: w.intensity, baseline: w.target.applied };
    },
    quantity: (value, baseline, area) => (baseline === null || !area ? null : round3(Math.max(0, baseline - value) * (area / 10_000))),
  },
  {
    key: 'waste.recoveredTonnes',
    kind: 'materials',
    label: { 'zh-CN': '建筑垃圾再利用及资源化量', en: 'Construction waste reused or recycled' },
    unit: 't',
    quantityUnit: 't',
    needsBaseline: false,
    async fetch(db, project, asOf) {
      const r = await recyclingRate(db, project.id, asOf);
      return r.generatedTonnes > 0 ? { value: r.recoveredTonnes } : null;
    },
    quantity: (value) => round3(value),
  },
  {
    key: 'carbon.embodiedPerM2',
    kind: 'carbon',
    label: {
      'zh-CN': '建材生产及运输碳排放强度（较常规设计的减排量）',
      en: 'Embodied carbon per m² (reduction against the conventional design)',
    },
    unit: 'kgCO2e/m²',
    quantityUnit: 'tCO2e',
    needsBaseline: true,
    baselineHint: { 'zh-CN': '常规设计碳排放强度 kgCO2e/m²', en: 'Conventional design kgCO2e/m²' },
    async fetch(db, project, asOf) {
      const v = await embodiedCarbonPerM2(db, project.id, asOf);
      return v === null ? null : { value: v };
    },
    quantity: (value, baseline, area) => (baseline === null || !area ? null : round3((Math.max(0, baseline - value) * area) / 1000)),
  },
];

export const indicatorByKey = new Map(indicatorDefinitions.map((d) => [d.key, d]));

/** Fetches an indicator and derives the saving; null when the platform has no value for the project yet. */
export async function indicatorSnapshot(
  db: DbOrTx,
  project: ProjectRef,
  key: string,
  baseline: number | null,
  asOf = new Date(),
): Promise<IndicatorSnapshot | null> {
  const def = indicatorByKey.get(key);
  if (!def) return null;
  const got = await def.fetch(db, project, asOf);
  if (!got) return null;
  const base = baseline ?? got.baseline ?? null;
  const quantity = def.quantity(got.value, base, project.floorAreaM2);
  if (quantity === null) return null;
  return {
    key,
    value: got.value,
    unit: def.unit,
    asOf: asOf.toISOString(),
    baseline: base,
    floorAreaM2: project.floorAreaM2,
    quantity,
    quantityUnit: def.quantityUnit,
  };
}
