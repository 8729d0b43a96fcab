import { describe, expect, it } from 'vitest';
import {
  CarbonInputError,
  convertQuantity,
  embodiedCarbon,
  type CarbonLibrary,
  type EnergyUse,
  type MaterialQuantity,
} from './embodiedCarbon.js';
import {
  DEFAULT_CARBON_ASSUMPTIONS,
  GRID_FACTOR_SEEDS,
  MATERIAL_FACTORS_51366,
  TRANSPORT_FACTORS_51366,
  type EnergyFactor,
} from './factors.js';
import { DEFAULT_MAPPING_RULES } from './materialMapping.js';

// A grid factor is passed in by the project (dated, regional); the figure here is the recalled 2022 MEE value.
const grid: EnergyFactor = { ...GRID_FACTOR_SEEDS.find((f) => f.id === 'grid-cn-2022-mee')! };
// Test-only diesel factor, deliberately round; not a published value.
const dieselTest: EnergyFactor = { ...grid, id: 'diesel-test', carrier: 'diesel', unit: 'L', value: 2.5, source: 'test fixture' };

const library: CarbonLibrary = {
  materials: MATERIAL_FACTORS_51366,
  transport: TRANSPORT_FACTORS_51366,
  energy: [grid, dieselTest],
  mappingRules: DEFAULT_MAPPING_RULES,
  assumptions: DEFAULT_CARBON_ASSUMPTIONS,
};

/**
 * Worked example (kgCO2e), 30 t heavy diesel truck T = 0.078 kgCO2e/(t·km):
 *   production  C30 100 m³ × 295  = 29,500
 *               rebar 10 t × 2340 = 23,400                   C_sc = 52,900
 *   transport   concrete 100 m³ × 2.4 t/m³ = 240 t × 40 km × 0.078 = 748.8
 *               rebar 10 t × 500 km × 0.078                    = 390.0   C_ys = 1,138.8
 *   total 54,038.8
 */
const worked: MaterialQuantity[] = [
  { id: 'm1', name: 'C30 混凝土', ifcClass: 'IfcSlab', quantity: 100, unit: 'm3' },
  { id: 'm2', name: 'HRB400', ifcClass: 'IfcReinforcingBar', quantity: 10, unit: 't' },
];

describe('embodiedCarbon — worked example', () => {
  const r = embodiedCarbon({ materials: worked }, library);

  it('gives production 52,900, transport 1,138.8 and total 54,038.8 kgCO2e', () => {
    expect(r.byStage).toEqual({ production: 52_900, transport: 1_138.8, construction: 0 });
    expect(r.total).toBe(54_038.8);
    expect(r.unit).toBe('kgCO2e');
    expect(r.unmapped).toEqual([]);
    expect(r.perM2).toBeNull();
  });

  it('itemises each material line', () => {
    expect(r.byMaterial[0]).toMatchObject({
      factorId: 'concrete-c30',
      ruleId: 'concrete-c30',
      factorQuantity: 100,
      production: 29_500,
      massTonnes: 240,
      distanceKm: 40,
      transportModeId: 'diesel-heavy-30t',
      transport: 748.8,
    });
    expect(r.byMaterial[1]).toMatchObject({
      factorId: 'rebar-hot-rolled',
      ruleId: 'rebar-by-ifc-class',
      production: 23_400,
      massTonnes: 10,
      distanceKm: 500,
      transport: 390,
    });
    expect(r.unverifiedFactorsUsed).toEqual(['diesel-heavy-30t']); // both material factors are [V]; Appendix E is recalled
  });

  it('honours actual distance and transport mode', () => {
    const near = embodiedCarbon({ materials: [{ ...worked[1], distanceKm: 100, transportModeId: 'diesel-heavy-46t' }] }, library);
    expect(near.byStage.transport).toBe(57); // 10 t × 100 km × 0.057
  });
});

describe('construction energy (C_JZ)', () => {
  const energy: EnergyUse[] = [
    { id: 'e1', name: '施工用电', energyFactorId: 'grid-cn-2022-mee', quantity: 10_000, unit: 'kWh' },
    { id: 'e2', name: '机械柴油', energyFactorId: 'diesel-test', quantity: 400, unit: 'L' },
  ];

  it('multiplies energy by the factors passed in and adds it to the total', () => {
    // 10,000 kWh × 0.5703 = 5,703; 400 L × 2.5 = 1,000 → C_JZ 6,703; total 54,038.8 + 6,703 = 60,741.8; ÷ 1,000 m²
    const r = embodiedCarbon({ materials: worked, energy, floorAreaM2: 1_000 }, library);
    expect(r.byStage.construction).toBe(6_703);
    expect(r.byEnergy.map((e) => e.emissions)).toEqual([5_703, 1_000]);
    expect(r.total).toBe(60_741.8);
    expect(r.perM2).toBe(60.7418);
  });

  it('uses a different grid factor when the project passes one', () => {
    const regional: EnergyFactor = { ...grid, id: 'grid-test-region', region: 'CN-TEST', value: 0.5 };
    const r = embodiedCarbon(
      { materials: [], energy: [{ id: 'e', energyFactorId: 'grid-test-region', quantity: 10_000, unit: 'kWh' }] },
      { ...library, energy: [regional] },
    );
    expect(r.byStage.construction).toBe(5_000);
  });

  it('lists energy without a matching factor or unit as unmapped', () => {
    const r = embodiedCarbon(
      {
        materials: [],
        energy: [
          { id: 'x', energyFactorId: 'grid-nowhere', quantity: 5, unit: 'kWh' },
          { id: 'y', energyFactorId: 'diesel-test', quantity: 5, unit: 'kg' },
        ],
      },
      library,
    );
    expect(r.total).toBe(0);
    expect(r.unmapped.map((u) => [u.stage, u.id, u.quantity])).toEqual([
      ['construction', 'x', 5],
      ['construction', 'y', 5],
    ]);
  });
});

describe('unit conversion and unmapped quantities', () => {
  it('converts steel given by volume to tonnes with 7.85 t/m³', () => {
    // 2 m³ × 7.85 = 15.7 t; × 2050 = 32,185; transport 15.7 × 500 × 0.078 = 612.3
    const r = embodiedCarbon({ materials: [{ id: 's', name: 'S355', ifcClass: 'IfcBeam', quantity: 2, unit: 'm3' }] }, library);
    expect(r.byMaterial[0]).toMatchObject({ factorId: 'steel-carbon-average', factorQuantity: 15.7, production: 32_185, transport: 612.3 });
    expect(r.byMaterial[0].assumption).toMatch(/普通碳钢/);
    expect(r.unverifiedFactorsUsed).toContain('steel-carbon-average');
  });

  it('converts kg and concrete tonnes', () => {
    expect(convertQuantity(2_500, 'kg', 't', null)).toBe(2.5);
    expect(convertQuantity(24, 't', 'm3', 2.4)).toBe(10);
    expect(convertQuantity(5, 'm2', 't', 2.4)).toBeNull();
    expect(convertQuantity(5, 'm3', 't', null)).toBeNull();
  });

  it('never drops a quantity: unmapped materials and untransportable lines are listed', () => {
    const r = embodiedCarbon(
      {
        materials: [
          { id: 'a', name: 'C40', quantity: 50, unit: 'm3' },
          { id: 'b', name: 'Timber / 木材', quantity: 3, unit: 'm3' },
          { id: 'c', name: '塑钢窗', ifcClass: 'IfcWindow', quantity: 10, unit: 'm2' },
          { id: 'd', name: 'Glass', quantity: 1, unit: 'm3' },
          ...worked,
        ],
      },
      library,
    );
    // windows: production 10 m² × 121 = 1,210 counted; transport unknown (no mass per m²)
    expect(r.byStage.production).toBe(52_900 + 1_210);
    expect(r.byStage.transport).toBe(1_138.8);
    expect(r.unmapped.map((u) => [u.id, u.stage])).toEqual([
      ['a', 'production'],
      ['a', 'transport'],
      ['b', 'production'],
      ['b', 'transport'],
      ['c', 'transport'],
      ['d', 'production'],
      ['d', 'transport'],
    ]);
    expect(r.unmapped[0]).toMatchObject({ quantity: 50, unit: 'm3', reason: expect.stringMatching(/C30 and C50/) });
    expect(r.unmapped.find((u) => u.id === 'd')!.reason).toMatch(/no density/);
  });

  it('uses an explicit factorId and reports an unknown one', () => {
    const r = embodiedCarbon(
      {
        materials: [
          { id: 'p', name: '外墙保温', factorId: 'insulation-rock-wool', quantity: 2, unit: 't' },
          { id: 'q', name: 'mystery', factorId: 'nope', quantity: 1, unit: 't' },
        ],
      },
      library,
    );
    expect(r.byMaterial[0]).toMatchObject({ production: 3_960, ruleId: null, transport: 78 }); // 2 × 1980; 2 × 500 × 0.078
    expect(r.unmapped.filter((u) => u.id === 'q').map((u) => u.stage)).toEqual(['production', 'transport']);
  });
});

describe('input validation', () => {
  it.each([
    ['negative quantity', { materials: [{ ...worked[0], quantity: -1 }] }, 'quantity'],
    ['NaN quantity', { materials: [{ ...worked[0], quantity: Number.NaN }] }, 'quantity'],
    ['negative distance', { materials: [{ ...worked[0], distanceKm: -5 }] }, 'distanceKm'],
    ['zero floor area', { materials: worked, floorAreaM2: 0 }, 'floorAreaM2'],
    [
      'negative energy',
      { materials: [], energy: [{ id: 'e', energyFactorId: 'grid-cn-2022-mee', quantity: -3, unit: 'kWh' as const }] },
      'quantity',
    ],
  ])('rejects %s with a typed error', (_label, input, field) => {
    let err: unknown;
    try {
      embodiedCarbon(input, library);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CarbonInputError);
    expect((err as CarbonInputError).field).toBe(field);
  });
});
