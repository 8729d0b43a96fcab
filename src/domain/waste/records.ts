// Waste records, accounting rules and input validation shared by the 建质〔2020〕46号 calculations.

import {
  CONSTRUCTION_WASTE_SUBCLASS_IDS,
  WASTE_CATEGORIES,
  WASTE_CATEGORY_IDS,
  WASTE_ROUTE_IDS,
  WASTE_ROUTES,
  WASTE_STAGE_IDS,
  type ConstructionWasteSubClass,
  type WasteCategory,
  type WasteRoute,
  type WasteStage,
} from './categories.js';

export type Confidence = 'verified' | 'recalled-high' | 'recalled-medium' | 'recalled-low';

/** One weighed quantity: a truckload, a received manifest, or a period aggregate. Mass in tonnes. */
export interface WasteRecord {
  id: string;
  category: WasteCategory;
  subClass?: ConstructionWasteSubClass;
  stage: WasteStage;
  route: WasteRoute;
  tonnes: number;
}

/**
 * Which tonnes count for what. The 渣土/泥浆 exclusion and the per-万m² unit are [V]; the exact
 * numerator/denominator definitions are inferred from the target wording ([R-m]), hence data.
 */
export interface WasteAccountingRules {
  id: string;
  version: string;
  source: string;
  confidence: Confidence;
  /** Categories left out of both the intensity and the recycling rate. */
  excludedCategories: readonly WasteCategory[];
  /** Routes whose tonnes are 排放 (discharged off site) — the intensity numerator. */
  dischargeRoutes: readonly WasteRoute[];
  /** Routes whose tonnes are recovered — the recycling-rate numerator. The denominator is every route. */
  recoveredRoutes: readonly WasteRoute[];
}

// 建质〔2020〕46号 target basis ("不包括工程渣土、工程泥浆", t/万m²) with the platform's reading of 排放 and 资源化.
export const NATIONAL_WASTE_ACCOUNTING: WasteAccountingRules = {
  id: 'jianzhi-2020-46-national',
  version: '2020.1',
  source:
    '建质〔2020〕46号 (exclusions and unit [V] standards.md §2); discharge = leaves site, recovered = reuse on site + licensed recycling ([R-m] inferred)',
  confidence: 'recalled-medium',
  excludedCategories: WASTE_CATEGORY_IDS.filter((c) => WASTE_CATEGORIES[c].excludedFromTarget),
  dischargeRoutes: WASTE_ROUTE_IDS.filter((r) => WASTE_ROUTES[r].leavesSite),
  recoveredRoutes: WASTE_ROUTE_IDS.filter((r) => WASTE_ROUTES[r].recovered),
};

/**
 * Default plausibility ceiling for one record. A record is a load or a period aggregate; 100 kt in a
 * single record is far beyond a month of 工程垃圾 on any pilot site and usually means kg entered as t.
 * Callers with large 渣土 aggregates can raise it.
 */
export const DEFAULT_MAX_RECORD_TONNES = 100_000;

export class WasteInputError extends Error {
  override readonly name = 'WasteInputError';
  constructor(
    readonly field: string,
    message: string,
    readonly recordId?: string,
  ) {
    super(`${recordId === undefined ? '' : `record ${recordId}: `}${field}: ${message}`);
  }
}

// 建质〔2020〕46号 reporting: a tonnage must be a finite, non-negative, plausible number of tonnes.
export function assertTonnes(value: unknown, field: string, maxTonnes = DEFAULT_MAX_RECORD_TONNES, recordId?: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new WasteInputError(field, `must be a finite number of tonnes, got ${String(value)}`, recordId);
  if (value < 0) throw new WasteInputError(field, `negative tonnage ${value}`, recordId);
  if (value > maxTonnes)
    throw new WasteInputError(field, `${value} t exceeds the plausibility ceiling of ${maxTonnes} t (kg entered as t?)`, recordId);
  return value;
}

// 建质〔2020〕46号 target is per 万m² of construction floor area, so the area must be positive.
export function assertFloorArea(floorAreaM2: unknown): number {
  if (typeof floorAreaM2 !== 'number' || !Number.isFinite(floorAreaM2) || floorAreaM2 <= 0) {
    throw new WasteInputError('floorAreaM2', `must be a positive number of m², got ${String(floorAreaM2)}`);
  }
  return floorAreaM2;
}

// CJJ/T 134-2019 categories / draft 行标 stages: every record must use the known vocabulary and a valid tonnage.
export function validateRecords(records: readonly WasteRecord[], maxTonnes = DEFAULT_MAX_RECORD_TONNES): void {
  if (!Array.isArray(records)) throw new WasteInputError('records', 'must be an array');
  for (const r of records) {
    if (!WASTE_CATEGORY_IDS.includes(r.category)) throw new WasteInputError('category', `unknown category ${String(r.category)}`, r.id);
    if (!WASTE_STAGE_IDS.includes(r.stage)) throw new WasteInputError('stage', `unknown stage ${String(r.stage)}`, r.id);
    if (!WASTE_ROUTE_IDS.includes(r.route)) throw new WasteInputError('route', `unknown route ${String(r.route)}`, r.id);
    if (r.subClass !== undefined) {
      if (r.category !== 'constructionWaste') throw new WasteInputError('subClass', 'sub-classes apply to 工程垃圾 only', r.id);
      if (!CONSTRUCTION_WASTE_SUBCLASS_IDS.includes(r.subClass))
        throw new WasteInputError('subClass', `unknown sub-class ${String(r.subClass)}`, r.id);
    }
    assertTonnes(r.tonnes, 'tonnes', maxTonnes, r.id);
  }
}
