import { describe, expect, it } from 'vitest';
import { defaultRules, representativeness, type PilotFacts } from './representativeness.js';

const p = (category: string, structureType: string | null, useType: string | null, isRenewal = false): PilotFacts => ({
  category,
  structureType,
  useType,
  isRenewal,
});

describe('representativeness of a selected set', () => {
  it('passes a broad set of 10 with one renewal project in ten', () => {
    const set = [
      p('building', 'concrete', 'residential', true),
      p('building', 'concrete', 'residential'),
      p('building', 'steel', 'public'),
      p('building', 'steel', 'industrial'),
      p('building', 'timber', 'public'),
      p('building', 'composite', 'public'),
      p('municipal', 'concrete', 'road'),
      p('municipal', 'steel', 'bridge'),
      p('municipal', null, 'pipeline'),
      p('building', 'masonry', 'residential'),
    ];
    const panel = representativeness(set, defaultRules);
    expect(panel.total).toBe(10);
    expect(panel.byCategory).toEqual({ building: 7, municipal: 3 });
    expect(panel.byStructure).toEqual({ concrete: 3, steel: 3, timber: 1, composite: 1, unknown: 1, masonry: 1 });
    expect(panel.byUse).toEqual({ residential: 3, public: 3, industrial: 1, road: 1, bridge: 1, pipeline: 1 });
    expect(panel.renewal).toBe(1);
    expect(panel.renewalShare).toBe(0.1);
    expect(panel.warnings).toEqual([]);
  });

  it('warns about every unmet rule, with the counts that fail', () => {
    const set = [p('building', 'concrete', 'residential'), p('building', 'concrete', 'residential', true), p('building', null, null)];
    const panel = representativeness(set, { ...defaultRules, minRenewalShare: 0.5 });
    expect(panel.renewalShare).toBe(0.3333);
    expect(panel.warnings).toEqual([
      { code: 'too_few_projects', count: 3, min: 10 },
      { code: 'few_structure_types', count: 1, min: 3 },
      { code: 'few_use_types', count: 1, min: 3 },
      { code: 'low_renewal_share', share: 0.3333, min: 0.5 },
      { code: 'missing_category', category: 'municipal' },
    ]);
  });

  it('follows the region’s own rules: an empty set with every threshold at zero has no warnings but the category rule', () => {
    const rules = { minProjects: 0, minStructureTypes: 0, minUseTypes: 0, minRenewalShare: 0, requireBothCategories: false };
    expect(representativeness([], rules).warnings).toEqual([]);
    expect(representativeness([], { ...rules, requireBothCategories: true }).warnings.map((w) => w.code)).toEqual([
      'missing_category',
      'missing_category',
    ]);
  });
});
