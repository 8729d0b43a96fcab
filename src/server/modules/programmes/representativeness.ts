/**
 * The plan's selection rule (《绿色建造试点工作方案》 三(一)): each region selects at least 10 projects among buildings
 * and municipal works, representative and broad in structure type and use, possibly with a share of urban renewal.
 * The thresholds are each region's own settings, so this only counts and compares.
 */
export type RepresentativenessRules = {
  minProjects: number;
  minStructureTypes: number;
  minUseTypes: number;
  /** 0–1 share of renewal / existing-housing renovation projects in the selected set. */
  minRenewalShare: number;
  requireBothCategories: boolean;
};

export const defaultRules: RepresentativenessRules = {
  minProjects: 10,
  minStructureTypes: 3,
  minUseTypes: 3,
  minRenewalShare: 0.1,
  requireBothCategories: true,
};

export type PilotFacts = { category: string; structureType: string | null; useType: string | null; isRenewal: boolean };

export type RepresentativenessWarning =
  | { code: 'too_few_projects'; count: number; min: number }
  | { code: 'few_structure_types'; count: number; min: number }
  | { code: 'few_use_types'; count: number; min: number }
  | { code: 'low_renewal_share'; share: number; min: number }
  | { code: 'missing_category'; category: 'building' | 'municipal' };

export type RepresentativenessPanel = {
  total: number;
  byCategory: Record<string, number>;
  byStructure: Record<string, number>;
  byUse: Record<string, number>;
  renewal: number;
  /** Rounded to 4 decimals (a share, not a percentage). */
  renewalShare: number;
  warnings: RepresentativenessWarning[];
};

function tally(values: Array<string | null>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) {
    const k = v ?? 'unknown';
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Breaks the selected set down and lists every rule it does not meet. Unknown structure/use does not count as a type. */
export function representativeness(pilots: PilotFacts[], rules: RepresentativenessRules): RepresentativenessPanel {
  const byCategory = tally(pilots.map((p) => p.category));
  const byStructure = tally(pilots.map((p) => p.structureType));
  const byUse = tally(pilots.map((p) => p.useType));
  const renewal = pilots.filter((p) => p.isRenewal).length;
  const renewalShare = pilots.length ? Math.round((renewal / pilots.length) * 10000) / 10000 : 0;
  const distinct = (m: Record<string, number>) => Object.keys(m).filter((k) => k !== 'unknown').length;
  const warnings: RepresentativenessWarning[] = [];
  if (pilots.length < rules.minProjects) warnings.push({ code: 'too_few_projects', count: pilots.length, min: rules.minProjects });
  if (distinct(byStructure) < rules.minStructureTypes)
    warnings.push({ code: 'few_structure_types', count: distinct(byStructure), min: rules.minStructureTypes });
  if (distinct(byUse) < rules.minUseTypes) warnings.push({ code: 'few_use_types', count: distinct(byUse), min: rules.minUseTypes });
  if (renewalShare < rules.minRenewalShare) warnings.push({ code: 'low_renewal_share', share: renewalShare, min: rules.minRenewalShare });
  if (rules.requireBothCategories) {
    for (const category of ['building', 'municipal'] as const)
      if (!byCategory[category]) warnings.push({ code: 'missing_category', category });
  }
  return { total: pilots.length, byCategory, byStructure, byUse, renewal, renewalShare, warnings };
}
