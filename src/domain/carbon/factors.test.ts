import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CARBON_ASSUMPTIONS,
  DEFAULT_DENSITIES,
  DEFAULT_TRANSPORT_DISTANCES_51366,
  GRID_FACTOR_SEEDS,
  MATERIAL_FACTORS_51366,
  TRANSPORT_FACTORS_51366,
} from './factors.js';
import { DEFAULT_MAPPING_RULES, mapMaterial } from './materialMapping.js';

const factor = (id: string) => MATERIAL_FACTORS_51366.find((f) => f.id === id);

describe('seed library (GB/T 51366-2019 附录D/E)', () => {
  it('has unique ids and every entry carries source, confidence and version', () => {
    const ids = MATERIAL_FACTORS_51366.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of [...MATERIAL_FACTORS_51366, ...TRANSPORT_FACTORS_51366, ...GRID_FACTOR_SEEDS]) {
      expect(f.source).not.toBe('');
      expect(f.version).not.toBe('');
      expect(f.value).toBeGreaterThan(0);
      expect(['verified', 'recalled-high', 'recalled-medium', 'recalled-low']).toContain(f.confidence);
    }
  });

  it('marks only the cross-checked figures as verified', () => {
    const verified = MATERIAL_FACTORS_51366.filter((f) => f.confidence === 'verified').map((f) => `${f.id}=${f.value}/${f.unit}`);
    expect(verified.sort()).toEqual(
      [
        'cement-opc=735/t',
        'quicklime=1190/t',
        'gypsum-natural=32.8/t',
        'concrete-c30=295/m3',
        'concrete-c50=385/m3',
        'rebar-hot-rolled=2340/t',
        'glass-float=1130/t',
        'aluminium-electrolytic=20300/t',
      ].sort(),
    );
    expect(factor('hydrated-lime')!.confidence).toBe('recalled-low'); // unit doubtful
    expect(GRID_FACTOR_SEEDS.every((g) => g.confidence === 'recalled-low')).toBe(true);
  });

  it('holds the transport factors and defaults as data', () => {
    expect(TRANSPORT_FACTORS_51366.find((t) => t.id === 'diesel-heavy-30t')!.value).toBe(0.078);
    expect(TRANSPORT_FACTORS_51366).toHaveLength(16);
    expect(DEFAULT_TRANSPORT_DISTANCES_51366.byCategory.concrete).toBe(40);
    expect(DEFAULT_TRANSPORT_DISTANCES_51366.otherKm).toBe(500);
    expect(DEFAULT_DENSITIES.find((d) => d.category === 'concrete')!.tPerM3).toBe(2.4);
    expect(DEFAULT_CARBON_ASSUMPTIONS.defaultTransportModeId).toBe('diesel-heavy-30t');
  });

  it('points every mapping rule at an existing factor', () => {
    for (const rule of DEFAULT_MAPPING_RULES) {
      if (rule.factorId !== null) expect(factor(rule.factorId), rule.id).toBeDefined();
      else expect(rule.reason, rule.id).toBeTruthy();
    }
  });
});

describe('mapMaterial', () => {
  const map = (name: string, cls?: string) => mapMaterial(name, cls, DEFAULT_MAPPING_RULES);
  const id = (name: string, cls?: string) => {
    const r = map(name, cls);
    return r.mapped ? r.factorId : null;
  };

  it.each([
    ['C30', 'concrete-c30'],
    ['Concrete C30/37', 'concrete-c30'],
    ['混凝土C30', 'concrete-c30'],
    ['C50 高强混凝土', 'concrete-c50'],
    ['Concrete', 'concrete-c30'],
    ['混凝土', 'concrete-c30'],
    ['钢筋混凝土', 'concrete-c30'],
    ['Stahlbeton', 'concrete-c30'],
    ['Beton', 'concrete-c30'],
    ['商品砼', 'concrete-c30'],
    ['Betonstahl B500', 'rebar-hot-rolled'],
    ['HRB400', 'rebar-hot-rolled'],
    ['钢筋', 'rebar-hot-rolled'],
    ['Steel', 'steel-carbon-average'],
    ['钢', 'steel-carbon-average'],
    ['S355', 'steel-carbon-average'],
    ['Q355B 钢板', 'steel-carbon-average'],
    ['钢化玻璃', 'glass-float'],
    ['塑钢窗', 'window-upvc'],
  ])('maps %s → %s', (name, factorId) => {
    expect(id(name)).toBe(factorId);
  });

  it('maps by IFC class regardless of a misleading name', () => {
    expect(map('Default', 'IfcReinforcingBar')).toEqual({ mapped: true, factorId: 'rebar-hot-rolled', ruleId: 'rebar-by-ifc-class' });
  });

  it('flags the ungraded-concrete assumption', () => {
    const r = map('Concrete');
    expect(r.mapped && r.assumption).toMatch(/C30 assumed/);
  });

  it('refuses concrete grades and materials the library does not have', () => {
    expect(map('C40')).toMatchObject({ mapped: false, ruleId: 'concrete-other-grade' });
    expect(map('Stainless steel 304')).toMatchObject({ mapped: false, ruleId: 'steel-stainless' });
    expect(map('Timber')).toEqual({ mapped: false, ruleId: null, reason: 'no mapping rule matches material "Timber"' });
  });

  it('uses whatever rule set it is given', () => {
    expect(mapMaterial('Timber', undefined, [{ id: 't', pattern: 'timber', factorId: 'x-timber' }])).toMatchObject({
      mapped: true,
      factorId: 'x-timber',
    });
  });
});
