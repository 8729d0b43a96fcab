// Mapping from BIM/IFC material names and entity classes to GB/T 51366 factor ids, as ordered data.
// Names in real models are multilingual and messy ("C30/37", "Stahlbeton", "钢筋混凝土", "S355"),
// so the rules are regexes evaluated first-match-wins; order encodes specificity.

export interface MaterialMappingRule {
  id: string;
  /** Regex source matched case-insensitively against the material name. */
  pattern?: string;
  /** IFC entity classes (e.g. 'IfcReinforcingBar'); matched case-insensitively. */
  ifcClasses?: readonly string[];
  /** Factor to use, or null for a rule that deliberately refuses to map (with `reason`). */
  factorId: string | null;
  /** Shown to the user when the mapping rests on an assumption (e.g. ungraded concrete → C30). */
  assumption?: string;
  /** Why a null-factor rule refuses. */
  reason?: string;
}

export type MaterialMapping =
  { mapped: true; factorId: string; ruleId: string; assumption?: string } | { mapped: false; ruleId: string | null; reason: string };

const CONCRETE_WORDS = '混凝土|砼|concrete|beton';

/**
 * Default rules (platform data, not from the standard). Order matters:
 *  1. the IFC class of reinforcement beats any name;
 *  2. explicit concrete grades beat the generic word, and grades missing from 51366 refuse to map
 *     rather than silently becoming C30;
 *  3. rebar names come before generic concrete so "Betonstahl" (German for rebar) is not concrete,
 *     while "钢筋混凝土" (reinforced concrete) is excluded from the rebar rule by a lookahead;
 *  4. glass before steel so "钢化玻璃" (tempered glass) is glass; stainless refuses before carbon steel.
 */
export const DEFAULT_MAPPING_RULES: readonly MaterialMappingRule[] = [
  { id: 'rebar-by-ifc-class', ifcClasses: ['IfcReinforcingBar', 'IfcReinforcingMesh'], factorId: 'rebar-hot-rolled' },
  { id: 'concrete-c50', pattern: '\\bC50\\b', factorId: 'concrete-c50' },
  { id: 'concrete-c30', pattern: '\\bC30\\b', factorId: 'concrete-c30' },
  {
    id: 'concrete-other-grade',
    pattern: '\\bC\\d{2}\\b',
    factorId: null,
    reason: 'concrete grade not in GB/T 51366 附录D (only C30 and C50); add a factor from a mix design or another database',
  },
  {
    id: 'rebar-by-name',
    pattern: '钢筋(?!混凝土)|rebar|reinforcing bar|\\bHRB\\d{3}|\\bHPB\\d{3}|betonstahl|bewehrung',
    factorId: 'rebar-hot-rolled',
  },
  {
    id: 'concrete-generic',
    pattern: CONCRETE_WORDS,
    factorId: 'concrete-c30',
    assumption: 'no strength grade in the name; C30 assumed (the most common structural grade)',
  },
  { id: 'glass', pattern: '玻璃|glass|\\bglas\\b', factorId: 'glass-float' },
  { id: 'window-upvc', pattern: '塑钢窗|upvc window|pvc-u window', factorId: 'window-upvc' },
  {
    id: 'steel-stainless',
    pattern: '不锈钢|stainless|edelstahl',
    factorId: null,
    reason: 'stainless steel has no factor in the seed library',
  },
  {
    id: 'steel-generic',
    pattern: '钢|steel|stahl|\\bS(235|275|355|420|460)\\b|\\bQ(235|345|355|390|420|460)\\b',
    factorId: 'steel-carbon-average',
    assumption: 'structural/generic steel mapped to 普通碳钢 market average; use a section- or plate-specific factor when known',
  },
  {
    id: 'aluminium',
    pattern: '铝|alumin|\\balu\\b',
    factorId: 'aluminium-electrolytic',
    assumption: 'primary aluminium ingot factor; profiles and sheet are higher (铝板带 28500 /t)',
  },
];

// GB/T 51366-2019 附录D lookup: first rule whose name pattern and/or IFC class matches decides the factor.
export function mapMaterial(name: string, ifcClass: string | undefined, rules: readonly MaterialMappingRule[]): MaterialMapping {
  const cls = ifcClass?.toLowerCase();
  for (const rule of rules) {
    if (rule.pattern === undefined && rule.ifcClasses === undefined) continue; // a rule must test something
    if (rule.pattern !== undefined && !new RegExp(rule.pattern, 'iu').test(name)) continue;
    if (rule.ifcClasses !== undefined && (cls === undefined || !rule.ifcClasses.some((c) => c.toLowerCase() === cls))) continue;
    if (rule.factorId === null) return { mapped: false, ruleId: rule.id, reason: rule.reason ?? `rule ${rule.id} refuses to map` };
    return {
      mapped: true,
      factorId: rule.factorId,
      ruleId: rule.id,
      ...(rule.assumption === undefined ? {} : { assumption: rule.assumption }),
    };
  }
  return { mapped: false, ruleId: null, reason: `no mapping rule matches material "${name}"${ifcClass ? ` (${ifcClass})` : ''}` };
}
