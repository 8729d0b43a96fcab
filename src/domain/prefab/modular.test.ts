import { describe, expect, it } from 'vitest';
import {
  BASIC_MODULE_MM,
  GB50002_2013_DEFAULT_RULES as R,
  MODULES,
  checkModular,
  classifyInstances,
  expandedModule,
  fractionalModule,
  nearestSpec,
  repetition,
  specCountByType,
  standardisationRate,
  type ComponentInstance,
  type ComponentSpec,
} from './modular.js';

describe('modules (GB/T 50002-2013)', () => {
  it('defines 1M = 100 mm, expanded nM and fractional M/n', () => {
    expect(BASIC_MODULE_MM).toBe(100);
    expect(expandedModule(3)).toEqual({ label: '3M', sizeMm: 300 });
    expect(MODULES.M12.sizeMm).toBe(1200);
    expect(fractionalModule(2).sizeMm).toBe(50);
    expect(fractionalModule(5).sizeMm).toBe(20);
    expect(fractionalModule(10)).toEqual({ label: 'M/10', sizeMm: 10 });
    expect(() => expandedModule(0)).toThrow(RangeError);
    expect(R.confidence).toBe('recalled-medium');
  });
});

describe('checkModular', () => {
  it('accepts plan dimensions on 2nM or 3nM and reports the coarsest module', () => {
    expect(checkModular(3600, R.allowed.planDimension)).toEqual({ ok: true, dimMm: 3600, module: '3M', multiple: 12 });
    expect(checkModular(4000, R.allowed.planDimension)).toEqual({ ok: true, dimMm: 4000, module: '2M', multiple: 20 });
  });

  it('rejects 3500 for plan with the nearest multiples below and above', () => {
    const r = checkModular(3500, R.allowed.planDimension);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatch(/not a multiple of 3M, 2M/);
    // below: max(3400 (2M), 3300 (3M)) = 3400; above: min(3600, 3600) = 3600 → labelled 3M
    expect(r.nearest).toEqual([
      { module: '2M', dimMm: 3400, deltaMm: -100 },
      { module: '3M', dimMm: 3600, deltaMm: 100 },
    ]);
  });

  it('accepts storey heights in nM and tolerates float noise from metre conversion', () => {
    expect(checkModular(2900, R.allowed.storeyHeight).ok).toBe(true);
    expect(checkModular(2.9 * 1000, R.allowed.storeyHeight).ok).toBe(true);
    expect(checkModular(0.1 * 3 * 10000, R.allowed.storeyHeight).ok).toBe(true); // 3000.0000000000005
    expect(checkModular(2950, R.allowed.storeyHeight)).toMatchObject({ ok: false, nearest: [{ dimMm: 2900 }, { dimMm: 3000 }] });
  });

  it('checks joints against M/2, M/5, M/10', () => {
    expect(checkModular(20, R.allowed.joint)).toMatchObject({ ok: true, module: 'M/5', multiple: 1 });
    expect(checkModular(30, R.allowed.joint)).toMatchObject({ ok: true, module: 'M/10', multiple: 3 });
    expect(checkModular(50, R.allowed.joint)).toMatchObject({ ok: true, module: 'M/2' });
    const r = checkModular(15, R.allowed.joint);
    expect(r).toMatchObject({
      ok: false,
      nearest: [
        { dimMm: 10, deltaMm: -5 },
        { dimMm: 20, deltaMm: 5 },
      ],
    });
  });

  it('rejects non-positive or non-finite dimensions and empty rule sets', () => {
    expect(checkModular(0, R.allowed.joint).ok).toBe(false);
    expect(checkModular(Number.NaN, R.allowed.joint).ok).toBe(false);
    expect(checkModular(300, []).ok).toBe(false);
  });
});

const specs: ComponentSpec[] = [
  { id: 'DBS-1200', type: '叠合板', dimsMm: [3000, 1200, 60] },
  { id: 'DBS-1500', type: '叠合板', dimsMm: [3000, 1500, 60] },
  { id: 'LT-2900', type: '楼梯', dimsMm: [2600, 1200] },
];

describe('nearestSpec (Chebyshev distance)', () => {
  it('finds an exact match', () => {
    expect(nearestSpec({ type: '叠合板', dimsMm: [3000, 1200, 60] }, specs, 5)).toEqual({
      kind: 'exact',
      specId: 'DBS-1200',
      distanceMm: 0,
    });
  });

  it('matches within tolerance on the worst dimension', () => {
    // diffs 3, 2, 0 → distance 3 (max), within 5
    expect(nearestSpec({ type: '叠合板', dimsMm: [2997, 1202, 60] }, specs, 5)).toEqual({
      kind: 'within-tolerance',
      specId: 'DBS-1200',
      distanceMm: 3,
    });
  });

  it('does not match when one dimension drifts beyond tolerance', () => {
    expect(nearestSpec({ type: '叠合板', dimsMm: [3000, 1210, 60] }, specs, 5)).toEqual({ kind: 'none', specId: null, distanceMm: 10 });
  });

  it('ignores specs of another type or arity', () => {
    expect(nearestSpec({ type: '阳台板', dimsMm: [3000, 1200, 60] }, specs, 5)).toEqual({ kind: 'none', specId: null, distanceMm: null });
    expect(nearestSpec({ type: '楼梯', dimsMm: [2600, 1200, 100] }, specs, 5).kind).toBe('none');
  });

  it('breaks ties deterministically by spec id', () => {
    const tie: ComponentSpec[] = [
      { id: 'B', type: 't', dimsMm: [110] },
      { id: 'A', type: 't', dimsMm: [90] },
    ];
    expect(nearestSpec({ type: 't', dimsMm: [100] }, tie, 10).specId).toBe('A');
  });
});

describe('少规格多组合 KPIs', () => {
  const instances: ComponentInstance[] = [
    { id: 's1', type: '叠合板', dimsMm: [3000, 1200, 60] },
    { id: 's2', type: '叠合板', dimsMm: [3000, 1200, 60] },
    { id: 's3', type: '叠合板', dimsMm: [3002, 1200, 60] },
    { id: 's4', type: '叠合板', dimsMm: [3000, 1500, 60] },
    { id: 's5', type: '叠合板', dimsMm: [2700, 1100, 60] }, // custom size
    { id: 's6', type: '叠合板', dimsMm: [2700, 1100, 60] }, // same custom size
    { id: 't1', type: '楼梯', dimsMm: [2600, 1200] },
    { id: 't2', type: '楼梯', dimsMm: [2600, 1200] },
  ];
  const classified = classifyInstances(instances, specs, 5);

  it('standardisationRate = matched / total', () => {
    expect(standardisationRate(classified)).toEqual({ matched: 6, total: 8, rate: 0.75 });
    expect(standardisationRate([])).toEqual({ matched: 0, total: 0, rate: null });
  });

  it('specCountByType counts library and custom sizes', () => {
    // 叠合板: DBS-1200, DBS-1500, custom 2700x1100x60 → 3; 楼梯: LT-2900 → 1
    expect(specCountByType(classified)).toEqual({ 叠合板: 3, 楼梯: 1 });
  });

  it('repetition = instances per distinct spec', () => {
    expect(repetition(classified)).toEqual([
      {
        type: '叠合板',
        instances: 6,
        specs: 3,
        repetition: 2,
        perSpec: { 'DBS-1200': 3, 'DBS-1500': 1, 'custom:叠合板:2700x1100x60': 2 },
      },
      { type: '楼梯', instances: 2, specs: 1, repetition: 2, perSpec: { 'LT-2900': 2 } },
    ]);
  });
});
