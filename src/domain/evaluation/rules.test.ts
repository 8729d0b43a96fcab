import { describe, expect, it } from 'vitest';
import type { IndicatorRule } from './scheme.js';
import { applyIndicatorRule, scoreItemFromIndicator } from './score.js';
import { gbt50640_2010Scheme, greenConstructionPilotScheme } from './seeds.js';
import { listSchemeItems } from './scheme.js';

const pilotItem = (id: string) => listSchemeItems(greenConstructionPilotScheme).find((x) => x.item.id === id)!.item;

describe('threshold steps', () => {
  // 建筑垃圾排放强度: ≤ 300 t/万m² → 1, ≤ 200 → 2 (lower is better, bounds inclusive)
  const intensity = pilotItem('construction.res.g1');

  it.each([
    [350, 0],
    [300.01, 0],
    [300, 1],
    [250, 1],
    [200.5, 1],
    [200, 2],
    [0, 2],
  ])('waste.intensity %s t/万m² → %s', (value, score) => {
    expect(scoreItemFromIndicator(intensity, value).score).toBe(score);
  });

  it('explains which step was reached', () => {
    expect(scoreItemFromIndicator(intensity, 250).basis).toBe('threshold lowerIsBetter: 250 ≤ 300 → 1');
    expect(scoreItemFromIndicator(intensity, 350).basis).toBe('threshold lowerIsBetter: 350 reaches no step → 0');
  });

  it('higher-is-better steps: 装配率 50/60/76/91 → 1/2/3/4', () => {
    const ratio = pilotItem('design.ind.g1');
    expect([49.9, 50, 59.9, 60, 75.9, 76, 90.9, 91, 100].map((v) => scoreItemFromIndicator(ratio, v).score)).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });

  it('strict bound: 回收再利用率 > 50% is not met at exactly 50%', () => {
    const b3 = listSchemeItems(gbt50640_2010Scheme).find((x) => x.item.id === 'structure.environment.b3')!.item;
    expect(scoreItemFromIndicator(b3, 50).score).toBe(0);
    expect(scoreItemFromIndicator(b3, 50.01).score).toBe(1);
    expect(scoreItemFromIndicator(b3, 50.01).basis).toBe('threshold higherIsBetter: 50.01 > 50 → 1');
  });

  it('uses `otherwise` when no step is reached', () => {
    const rule: IndicatorRule = { type: 'threshold', direction: 'lowerIsBetter', steps: [[10, 3]], otherwise: 1 };
    expect(applyIndicatorRule(rule, 11).score).toBe(1);
    expect(applyIndicatorRule(rule, 10).score).toBe(3);
  });
});

describe('linear interpolation', () => {
  // 建筑垃圾资源化利用率: 30% → 0, 55% → 2
  const recycling = pilotItem('construction.res.g2');

  it.each([
    [10, 0],
    [30, 0],
    [42.5, 1],
    [36.25, 0.5],
    [55, 2],
    [80, 2],
  ])('waste.recyclingRate %s%% → %s (clamped outside 30–55)', (value, score) => {
    expect(scoreItemFromIndicator(recycling, value).score).toBe(score);
  });

  it('says when it clamped', () => {
    expect(scoreItemFromIndicator(recycling, 80).basis).toBe('linear [30→0, 55→2]: 80 → 2 (clamped)');
    expect(scoreItemFromIndicator(recycling, 42.5).basis).toBe('linear [30→0, 55→2]: 42.5 → 1');
  });

  it('works for lower-is-better lines', () => {
    const rule: IndicatorRule = { type: 'linear', from: [400, 0], to: [200, 4] };
    expect([500, 400, 300, 250, 200, 100].map((v) => applyIndicatorRule(rule, v).score)).toEqual([0, 0, 2, 3, 4, 4]);
  });
});

describe('boolean rule', () => {
  const rule: IndicatorRule = { type: 'boolean', whenTrue: 1, whenFalse: 0 };
  it('maps true/false', () => {
    expect(applyIndicatorRule(rule, true)).toEqual({ score: 1, basis: 'boolean: true → 1' });
    expect(applyIndicatorRule(rule, false).score).toBe(0);
  });
  it('refuses numbers, and numeric rules refuse booleans and non-finite values', () => {
    expect(() => applyIndicatorRule(rule, 1)).toThrow(TypeError);
    expect(() => applyIndicatorRule({ type: 'linear', from: [0, 0], to: [1, 1] }, true)).toThrow(TypeError);
    expect(() => applyIndicatorRule({ type: 'linear', from: [0, 0], to: [1, 1] }, Number.NaN)).toThrow(TypeError);
  });
});

it('scoreItemFromIndicator refuses items not scored by an indicator', () => {
  expect(() => scoreItemFromIndicator(pilotItem('construction.res.g4'), 1)).toThrow(/scored by expert/);
});
