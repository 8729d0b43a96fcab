// Modular coordination (GB/T 50002-2013 建筑模数协调标准) and the 少规格多组合 KPIs.
// Module sizes (1M = 100 mm, nM, M/n) are [R-h]; which modules are preferred for which dimension
// is [R-m] and the KPI definitions are a platform suggestion (standards.md §7), so both are data.

import { roundHalfUp } from '../rounding.js';
import type { Confidence } from './scoreTable.js';

/** GB/T 50002-2013 基本模数. */
export const BASIC_MODULE_MM = 100;

export interface Module {
  /** '1M', '3M', 'M/10' … */
  label: string;
  sizeMm: number;
}

// GB/T 50002-2013 扩大模数 nM (n × 100 mm).
export function expandedModule(n: number): Module {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`expanded module multiplier must be a positive integer, got ${n}`);
  return { label: `${n}M`, sizeMm: n * BASIC_MODULE_MM };
}

// GB/T 50002-2013 分模数 M/n (100/n mm); the standard uses M/2, M/5, M/10.
export function fractionalModule(divisor: 2 | 5 | 10): Module {
  return { label: `M/${divisor}`, sizeMm: BASIC_MODULE_MM / divisor };
}

// GB/T 50002-2013 3.1: the named modules of the standard (basic, expanded, fractional).
export const MODULES = {
  M: expandedModule(1),
  M2: expandedModule(2),
  M3: expandedModule(3),
  M6: expandedModule(6),
  M9: expandedModule(9),
  M12: expandedModule(12),
  M15: expandedModule(15),
  M30: expandedModule(30),
  M60: expandedModule(60),
  M_2: fractionalModule(2),
  M_5: fractionalModule(5),
  M_10: fractionalModule(10),
} as const;

export type DimensionRole = 'planDimension' | 'storeyHeight' | 'componentSection' | 'joint';

export interface ModularRuleSet {
  id: string;
  version: string;
  source: string;
  confidence: Confidence;
  /** Preferred modules per kind of dimension; a dimension is modular if it is a multiple of any of them. */
  allowed: Record<DimensionRole, readonly Module[]>;
}

// GB/T 50002-2013 preferred-module usage (recalled): plan 2nM/3nM, heights nM, sections nM (coarse M/2), joints M/2, M/5, M/10.
export const GB50002_2013_DEFAULT_RULES: ModularRuleSet = {
  id: 'gb50002-2013-default',
  version: '2013.1',
  source: 'GB/T 50002-2013 (standards.md §7): module sizes [R-h]; preferred usage per dimension [R-m]',
  confidence: 'recalled-medium',
  allowed: {
    planDimension: [MODULES.M2, MODULES.M3],
    storeyHeight: [MODULES.M],
    // Component cross-sections are commonly nM, with M/2 for thin members; recalled, confirm per guide.
    componentSection: [MODULES.M, MODULES.M_2],
    joint: [MODULES.M_2, MODULES.M_5, MODULES.M_10],
  },
};

export interface ModularNearest {
  module: string;
  dimMm: number;
  deltaMm: number; // dimMm − input
}

export type ModularCheck =
  { ok: true; dimMm: number; module: string; multiple: number } | { ok: false; dimMm: number; reason: string; nearest: ModularNearest[] };

/** Float tolerance for "is a multiple": IFC lengths converted from metres carry noise like 2999.9999999996. */
const MULTIPLE_EPSILON_MM = 1e-6;

// GB/T 50002-2013: is dimMm a whole multiple of one of the allowed modules? Reports the largest matching module, or the nearest multiples.
export function checkModular(dimMm: number, allowedModules: readonly Module[]): ModularCheck {
  if (!Number.isFinite(dimMm) || dimMm <= 0) {
    return { ok: false, dimMm, reason: `dimension must be a positive finite number of mm, got ${dimMm}`, nearest: [] };
  }
  if (allowedModules.length === 0) {
    return { ok: false, dimMm, reason: 'no modules allowed for this dimension', nearest: [] };
  }
  // Largest module first: 3000 is reported as 30M/3M rather than M/10, which is what a designer wants to know.
  const bySize = [...allowedModules].sort((a, b) => b.sizeMm - a.sizeMm);
  for (const m of bySize) {
    const multiple = Math.round(dimMm / m.sizeMm);
    if (multiple >= 1 && Math.abs(multiple * m.sizeMm - dimMm) <= MULTIPLE_EPSILON_MM) {
      return { ok: true, dimMm, module: m.label, multiple };
    }
  }
  // Nearest modular size below and above (across all allowed modules), closest first.
  let below = 0;
  let above = Infinity;
  for (const m of bySize) {
    below = Math.max(below, Math.floor(dimMm / m.sizeMm) * m.sizeMm);
    above = Math.min(above, Math.ceil(dimMm / m.sizeMm) * m.sizeMm);
  }
  // Label each candidate with the coarsest module it is a multiple of (600 → 3M rather than 2M).
  const labelFor = (d: number) => bySize.find((m) => Math.abs(Math.round(d / m.sizeMm) * m.sizeMm - d) <= MULTIPLE_EPSILON_MM)!.label;
  const nearest: ModularNearest[] = [below, above]
    .filter((d) => d > 0)
    .map((d) => ({ module: labelFor(d), dimMm: roundHalfUp(d, 6), deltaMm: roundHalfUp(d - dimMm, 3) }))
    .sort((a, b) => Math.abs(a.deltaMm) - Math.abs(b.deltaMm) || a.dimMm - b.dimMm);
  const labels = bySize.map((m) => m.label).join(', ');
  return { ok: false, dimMm, reason: `${dimMm} mm is not a multiple of ${labels}`, nearest };
}

// ---------------------------------------------------------------------------------------------
// 部品构件库 matching and the 少规格多组合 KPIs (KPI definitions: standards.md §7 suggestion).

export interface ComponentSpec {
  id: string;
  /** Component type, e.g. '叠合板' / 'compositeSlab'. Only specs of the same type are compared. */
  type: string;
  /** Actual dimensions in mm, in a fixed order per type (e.g. length, width, thickness). */
  dimsMm: readonly number[];
}

export interface ComponentInstance {
  id: string;
  type: string;
  dimsMm: readonly number[];
}

export type SpecMatchKind = 'exact' | 'within-tolerance' | 'none';

export interface SpecMatch {
  kind: SpecMatchKind;
  specId: string | null;
  /** Chebyshev distance to the best spec (mm); null when no spec of the type has the same number of dims. */
  distanceMm: number | null;
}

/**
 * 部品构件库: the library spec closest to a component's dimensions.
 * Distance = Chebyshev (largest absolute per-dimension difference, mm), because a component fits a
 * spec only if *every* dimension is within tolerance; a Euclidean sum would let one dimension drift.
 * 'exact' = distance ≤ 1e-6 mm (float noise); 'within-tolerance' = distance ≤ toleranceMm.
 * Ties go to the lexically smaller spec id so results are deterministic.
 */
export function nearestSpec(
  component: { type: string; dimsMm: readonly number[] },
  specs: readonly ComponentSpec[],
  toleranceMm: number,
): SpecMatch {
  if (!Number.isFinite(toleranceMm) || toleranceMm < 0) throw new RangeError(`toleranceMm must be ≥ 0, got ${toleranceMm}`);
  let best: { spec: ComponentSpec; distance: number } | null = null;
  for (const spec of specs) {
    if (spec.type !== component.type || spec.dimsMm.length !== component.dimsMm.length) continue;
    const distance = Math.max(0, ...spec.dimsMm.map((d, i) => Math.abs(d - component.dimsMm[i])));
    if (best === null || distance < best.distance || (distance === best.distance && spec.id < best.spec.id)) {
      best = { spec, distance };
    }
  }
  if (best === null) return { kind: 'none', specId: null, distanceMm: null };
  const distanceMm = roundHalfUp(best.distance, 6);
  if (distanceMm <= MULTIPLE_EPSILON_MM) return { kind: 'exact', specId: best.spec.id, distanceMm: 0 };
  if (distanceMm <= toleranceMm) return { kind: 'within-tolerance', specId: best.spec.id, distanceMm };
  return { kind: 'none', specId: null, distanceMm };
}

export interface ClassifiedInstance {
  instanceId: string;
  type: string;
  match: SpecMatch;
  /**
   * Identity of the spec this instance "uses": the library spec id when matched, otherwise
   * 'custom:' + its dims rounded to 1 mm — an unmatched size is still one more 规格 in the project.
   */
  specKey: string;
}

// 少规格多组合: match every instance against the library once, so the KPI functions below share one result.
export function classifyInstances(
  instances: readonly ComponentInstance[],
  specs: readonly ComponentSpec[],
  toleranceMm: number,
): ClassifiedInstance[] {
  return instances.map((inst) => {
    const match = nearestSpec(inst, specs, toleranceMm);
    const specKey = match.specId ?? `custom:${inst.type}:${inst.dimsMm.map((d) => Math.round(d)).join('x')}`;
    return { instanceId: inst.id, type: inst.type, match, specKey };
  });
}

export interface StandardisationRate {
  matched: number;
  total: number;
  /** matched / total; null when there are no instances. */
  rate: number | null;
}

// 标准化设计 KPI (platform definition): share of instances that match a library spec exactly or within tolerance.
export function standardisationRate(classified: readonly ClassifiedInstance[]): StandardisationRate {
  const matched = classified.filter((c) => c.match.kind !== 'none').length;
  const total = classified.length;
  return { matched, total, rate: total === 0 ? null : matched / total };
}

// 少规格 KPI (standards.md §7 suggestion): number of distinct specs (library or custom) used per component type.
export function specCountByType(classified: readonly ClassifiedInstance[]): Record<string, number> {
  const keys = new Map<string, Set<string>>();
  for (const c of classified) {
    if (!keys.has(c.type)) keys.set(c.type, new Set());
    keys.get(c.type)!.add(c.specKey);
  }
  return Object.fromEntries([...keys].map(([type, set]) => [type, set.size]));
}

export interface RepetitionKpi {
  type: string;
  instances: number;
  specs: number;
  /** 重复使用率 = instances / distinct specs (standards.md §7 suggestion); higher = fewer sizes reused more. */
  repetition: number;
  /** Instances per spec key, to show which sizes carry the project. */
  perSpec: Record<string, number>;
}

// 多组合 KPI (standards.md §7 suggestion): instances per distinct spec, by component type, sorted by type.
export function repetition(classified: readonly ClassifiedInstance[]): RepetitionKpi[] {
  const byType = new Map<string, Map<string, number>>();
  for (const c of classified) {
    if (!byType.has(c.type)) byType.set(c.type, new Map());
    const m = byType.get(c.type)!;
    m.set(c.specKey, (m.get(c.specKey) ?? 0) + 1);
  }
  return [...byType.keys()].sort().map((type) => {
    const perSpec = byType.get(type)!;
    const instances = [...perSpec.values()].reduce((a, b) => a + b, 0);
    return {
      type,
      instances,
      specs: perSpec.size,
      repetition: roundHalfUp(instances / perSpec.size, 2),
      perSpec: Object.fromEntries(perSpec),
    };
  });
}
