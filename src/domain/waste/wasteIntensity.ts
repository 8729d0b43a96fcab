// 建质〔2020〕46号 indicators: discharge intensity (t/万m²), recycling rate, targets, forecast, estimate variance.
//
// Rounding (platform decision): tonnages are kept to 3 decimals (1 kg); intensities are reported to
// 1 decimal t/万m², half-up; percentages to 1 decimal. Targets are compared with the *reported*
// intensity so that the pass/fail shown next to a figure can always be reproduced from that figure
// (300.04 is reported 300.0 and meets ≤ 300). Stage figures are rounded independently, so they may
// differ from the overall figure by a rounding unit.

import { WASTE_STAGE_IDS, type WasteStage } from './categories.js';
import {
  DEFAULT_MAX_RECORD_TONNES,
  NATIONAL_WASTE_ACCOUNTING,
  WasteInputError,
  assertFloorArea,
  assertTonnes,
  validateRecords,
  type Confidence,
  type WasteAccountingRules,
  type WasteRecord,
} from './records.js';
import { roundHalfUp } from '../rounding.js';

const M2_PER_10K = 10_000;

export interface WasteCalcOptions {
  rules?: WasteAccountingRules;
  maxRecordTonnes?: number;
}

export interface StageIntensity {
  tonnes: number;
  /** Contribution of this stage to the project intensity: stage tonnes ÷ whole-project 万m². */
  intensity: number;
}

export interface WasteIntensityResult {
  unit: 't/万m²';
  floorAreaM2: number;
  /** Discharged tonnes counted toward the target (渣土/泥浆 and on-site reuse excluded). */
  tonnes: number;
  intensity: number;
  byStage: Record<WasteStage, StageIntensity>;
  /** Tonnes left out because of their category (渣土/泥浆), shown so nothing silently disappears. */
  excludedTonnes: number;
}

// 建质〔2020〕46号: 施工现场建筑垃圾排放量 (不包括工程渣土、工程泥浆) per 万m², overall and per draft-行标 stage.
export function wasteIntensity(records: readonly WasteRecord[], floorAreaM2: number, options: WasteCalcOptions = {}): WasteIntensityResult {
  const rules = options.rules ?? NATIONAL_WASTE_ACCOUNTING;
  validateRecords(records, options.maxRecordTonnes ?? DEFAULT_MAX_RECORD_TONNES);
  const area10k = assertFloorArea(floorAreaM2) / M2_PER_10K;

  const stageTonnes = zeroByStage();
  let excluded = 0;
  for (const r of records) {
    if (rules.excludedCategories.includes(r.category)) {
      excluded += r.tonnes;
      continue;
    }
    if (rules.dischargeRoutes.includes(r.route)) stageTonnes[r.stage] += r.tonnes;
  }
  const total = WASTE_STAGE_IDS.reduce((s, st) => s + stageTonnes[st], 0);
  const byStage = Object.fromEntries(
    WASTE_STAGE_IDS.map((st) => [st, { tonnes: roundHalfUp(stageTonnes[st], 3), intensity: roundHalfUp(stageTonnes[st] / area10k, 1) }]),
  ) as Record<WasteStage, StageIntensity>;

  return {
    unit: 't/万m²',
    floorAreaM2,
    tonnes: roundHalfUp(total, 3),
    intensity: roundHalfUp(total / area10k, 1),
    byStage,
    excludedTonnes: roundHalfUp(excluded, 3),
  };
}

export interface RecyclingRateResult {
  /** Total countable waste generated (every route, excluded categories left out), t. */
  generatedTonnes: number;
  reusedOnSiteTonnes: number;
  recycledTonnes: number;
  recoveredTonnes: number;
  /** recovered ÷ generated as a fraction; null when nothing was generated. */
  rate: number | null;
  /** rate × 100, 1 decimal. */
  ratePercent: number | null;
}

// 建质〔2020〕46号 / 碳达峰方案 资源化利用率: (reused on site + sent to licensed recycling) ÷ generated, 渣土/泥浆 excluded.
export function recyclingRate(records: readonly WasteRecord[], options: WasteCalcOptions = {}): RecyclingRateResult {
  const rules = options.rules ?? NATIONAL_WASTE_ACCOUNTING;
  validateRecords(records, options.maxRecordTonnes ?? DEFAULT_MAX_RECORD_TONNES);
  let generated = 0;
  let reused = 0;
  let recycled = 0;
  let recovered = 0;
  for (const r of records) {
    if (rules.excludedCategories.includes(r.category)) continue;
    generated += r.tonnes;
    if (!rules.recoveredRoutes.includes(r.route)) continue;
    recovered += r.tonnes;
    if (r.route === 'reuseOnSite') reused += r.tonnes;
    else recycled += r.tonnes;
  }
  const rate = generated === 0 ? null : recovered / generated;
  return {
    generatedTonnes: roundHalfUp(generated, 3),
    reusedOnSiteTonnes: roundHalfUp(reused, 3),
    recycledTonnes: roundHalfUp(recycled, 3),
    recoveredTonnes: roundHalfUp(recovered, 3),
    rate,
    ratePercent: rate === null ? null : roundHalfUp(rate * 100, 1),
  };
}

export interface WasteTargetConfig {
  id: string;
  /** 'CN' national, or a region code ('CN-HN', 'CN-GD-SZ', 'CN-JS-CZ'). */
  region: string;
  version: string;
  source: string;
  confidence: Confidence;
  /** Target year the limits apply by, for display. */
  targetYear: number;
  conventionalMaxTPer10kM2: number;
  prefabricatedMaxTPer10kM2: number;
}

// 建质〔2020〕46号 2025 targets: ≤ 300 t/万m² new buildings, ≤ 200 t/万m² 装配式建筑 ([V] standards.md §2).
export const NATIONAL_WASTE_TARGETS_2025: WasteTargetConfig = {
  id: 'jianzhi-2020-46-targets-2025',
  region: 'CN',
  version: '2020.1',
  source: '建质〔2020〕46号 [V] http://ahflqb.com/News_Show.aspx?id=2051',
  confidence: 'verified',
  targetYear: 2025,
  conventionalMaxTPer10kM2: 300,
  prefabricatedMaxTPer10kM2: 200,
};

export interface WasteProjectClass {
  /** True when the project is recognised as 装配式建筑 (GB/T 51129 3.0.3 — use PrefabRatioResult.recognised). */
  isPrefabricated: boolean;
}

export interface WasteTarget {
  targetTPer10kM2: number;
  basis: 'conventional' | 'prefabricated';
  configId: string;
}

// 建质〔2020〕46号: the discharge limit that applies to a project (装配式 → 200, otherwise 300, per region config).
export function targetFor(project: WasteProjectClass, regionConfig: WasteTargetConfig = NATIONAL_WASTE_TARGETS_2025): WasteTarget {
  return project.isPrefabricated
    ? { targetTPer10kM2: regionConfig.prefabricatedMaxTPer10kM2, basis: 'prefabricated', configId: regionConfig.id }
    : { targetTPer10kM2: regionConfig.conventionalMaxTPer10kM2, basis: 'conventional', configId: regionConfig.id };
}

// 建质〔2020〕46号 "每万平方米不高于…吨": a reported intensity meets the target when it is ≤ the limit.
export function meetsTarget(reportedIntensity: number, targetTPer10kM2: number): boolean {
  return reportedIntensity <= targetTPer10kM2;
}

export interface WasteForecast {
  forecastTonnes: number;
  forecastIntensity: number;
  targetTPer10kM2: number;
  /** Discharge the whole project may emit within the target, t. */
  allowanceTonnes: number;
  /** Allowance minus what has already been discharged; negative once the target is already blown. */
  remainingAllowanceTonnes: number;
  /** Warning: at the current rate the project will finish above its target. */
  exceedsTarget: boolean;
}

/**
 * 建质〔2020〕46号 target tracking: straight-line forecast of discharge at completion.
 * forecast = cumulative ÷ progressShare. This assumes waste accrues in proportion to progress, which
 * is rough (structure and fit-out stages discharge at different rates); pass a stage-weighted
 * progress share if one is available.
 */
export function forecastAtCompletion(
  cumulativeTonnes: number,
  progressShare: number,
  floorAreaM2: number,
  targetTPer10kM2: number,
): WasteForecast {
  assertTonnes(cumulativeTonnes, 'cumulativeTonnes', Number.POSITIVE_INFINITY);
  const area10k = assertFloorArea(floorAreaM2) / M2_PER_10K;
  if (typeof progressShare !== 'number' || !Number.isFinite(progressShare) || progressShare <= 0 || progressShare > 1) {
    throw new WasteInputError('progressShare', `must be in (0, 1] (0.4 = 40% complete), got ${String(progressShare)}`);
  }
  if (typeof targetTPer10kM2 !== 'number' || !Number.isFinite(targetTPer10kM2) || targetTPer10kM2 <= 0) {
    throw new WasteInputError('targetTPer10kM2', `must be a positive number, got ${String(targetTPer10kM2)}`);
  }
  const forecastTonnes = cumulativeTonnes / progressShare;
  const forecastIntensity = roundHalfUp(forecastTonnes / area10k, 1);
  const allowance = targetTPer10kM2 * area10k;
  return {
    forecastTonnes: roundHalfUp(forecastTonnes, 3),
    forecastIntensity,
    targetTPer10kM2,
    allowanceTonnes: roundHalfUp(allowance, 3),
    remainingAllowanceTonnes: roundHalfUp(allowance - cumulativeTonnes, 3),
    exceedsTarget: !meetsTarget(forecastIntensity, targetTPer10kM2),
  };
}

export interface EstimateVariance {
  estimatedTonnes: number;
  actualTonnes: number;
  /** actual − estimate, t (positive = more waste than planned). */
  varianceTonnes: number;
  /** variance ÷ estimate × 100, 1 decimal; null when the estimate is 0. */
  variancePercent: number | null;
}

export interface ActualVsEstimateResult {
  basis: 'generated' | 'discharged';
  byStage: Record<WasteStage, EstimateVariance>;
  total: EstimateVariance;
}

/**
 * Draft 行标 "估算先行": actual countable tonnes against the per-stage estimate of the 减量化专项方案.
 * basis 'generated' compares everything produced (all routes); 'discharged' only what left the site.
 * Which one a plan estimates varies, so the caller chooses; 渣土/泥浆 are excluded either way.
 */
export function actualVsEstimate(
  records: readonly WasteRecord[],
  estimateByStage: Readonly<Record<WasteStage, number>>,
  basis: 'generated' | 'discharged' = 'generated',
  options: WasteCalcOptions = {},
): ActualVsEstimateResult {
  const rules = options.rules ?? NATIONAL_WASTE_ACCOUNTING;
  validateRecords(records, options.maxRecordTonnes ?? DEFAULT_MAX_RECORD_TONNES);
  const actual = zeroByStage();
  for (const r of records) {
    if (rules.excludedCategories.includes(r.category)) continue;
    if (basis === 'discharged' && !rules.dischargeRoutes.includes(r.route)) continue;
    actual[r.stage] += r.tonnes;
  }
  const byStage = {} as Record<WasteStage, EstimateVariance>;
  let estTotal = 0;
  let actTotal = 0;
  for (const st of WASTE_STAGE_IDS) {
    const est = assertTonnes(estimateByStage[st], `estimateByStage.${st}`, Number.POSITIVE_INFINITY);
    estTotal += est;
    actTotal += actual[st];
    byStage[st] = variance(est, actual[st]);
  }
  return { basis, byStage, total: variance(estTotal, actTotal) };
}

function variance(estimated: number, actual: number): EstimateVariance {
  const diff = actual - estimated;
  return {
    estimatedTonnes: roundHalfUp(estimated, 3),
    actualTonnes: roundHalfUp(actual, 3),
    varianceTonnes: roundHalfUp(diff, 3),
    variancePercent: estimated === 0 ? null : roundHalfUp((diff / estimated) * 100, 1),
  };
}

function zeroByStage(): Record<WasteStage, number> {
  return { underground: 0, superstructure: 0, finishingAndServices: 0 };
}
