import { describe, expect, it } from 'vitest';
import type { EvaluationScheme } from './scheme.js';
import { gbt50640_2010Scheme as gbt } from './seeds.js';
import { EvaluationInputError, evaluateUnit, roundForReport, scoreBatch, scoreStage } from './score.js';
import type { BatchAssessment, UnitAssessment } from './score.js';
import { batchOf } from './testFixtures.js';
import type { ElementSpec } from './testFixtures.js';

const unitOf = (scheme: EvaluationScheme, batches: BatchAssessment[]): UnitAssessment => ({
  schemeId: scheme.id,
  schemeVersion: scheme.version,
  batches,
});

// Replaces the fixture's indicator value with a realistic reading (same score).
function withIndicatorValue(batch: BatchAssessment, itemId: string, value: number): BatchAssessment {
  return {
    ...batch,
    items: batch.items.map((a) =>
      a.itemId === itemId && a.source.type === 'indicator'
        ? { ...a, source: { ...a.source, value, evidenceIds: ['waste-ledger-2024-09'] } }
        : a,
    ),
  };
}

/*
 * GB/T 50640-2010 worked example (seed scheme; 一般项 0/1/2 ×4 per element → 应得 8, 优选项 0/1 ×3).
 * Element weights: 环境保护 .3, 节材 .2, 节水 .2, 节能 .2, 节地 .1. Stage weights: 地基 .3, 结构 .5, 装饰机电 .2.
 *
 * 地基与基础 F1 (2024-03-15)       一般项        实得/应得  比值×100   优选项  A
 *   环境保护                     2,2,2,1         7/8       87.5      1,1,0   89.5
 *   节材                         2,2,1,1         6/8       75        1,0,0   76
 *   节水                         2,2,2,2         8/8      100        1,1,0  102
 *   节能                         2,1,1,1         5/8       62.5      1,0,0   63.5
 *   节地                         2,2,2,不适用     6/6      100        1,0,0  101    (不适用 leaves 应得分)
 *   E = 89.5×.3 + 76×.2 + 102×.2 + 63.5×.2 + 101×.1 = 26.85+15.2+20.4+12.7+10.1 = 85.25      G地基 = 85.25
 *
 * 结构 S1 (2024-06-10): 环境 2,2,1,1→75 +1 = 76 · 节材 2,2,2,1→87.5 +1 = 88.5 · 节水 2,2,1,1→75 +0 = 75
 *                       节能 2,2,2,2→100 +2 = 102 · 节地 1,1,1,1→50 +1 = 51
 *   E = 22.8 + 17.7 + 15 + 20.4 + 5.1 = 81
 * 结构 S2 (2024-09-20): 环境 2,2,2,2→100 +3 = 103 (b3 = 回收再利用率 62.3% > 50%) · 节材 100 +1 = 101
 *                       节水 2,2,2,1→87.5 +1 = 88.5 · 节能 2,2,1,1→75 +0 = 75 · 节地 100 +0 = 100
 *   E = 30.9 + 20.2 + 17.7 + 15 + 10 = 93.8
 *   G结构 = (81 + 93.8) / 2 = 87.4
 *
 * 装饰装修与机电安装 D1 (2024-12-05): 环境 2,1,1,1→62.5 +1 = 63.5 · 节材 1,1,1,1→50 · 节水 100 +1 = 101
 *                       节能 2,2,2,1→87.5 +1 = 88.5 · 节地 2,2,1,1→75
 *   E = 19.05 + 10 + 20.2 + 17.7 + 7.5 = 74.45      G装饰 = 74.45
 *
 * W = 85.25×.3 + 87.4×.5 + 74.45×.2 = 25.575 + 43.7 + 14.89 = 84.165 → reported 84.2
 *
 * 优良? 控制项 all met ✓ · W 84.165 ≥ 80 ✓ · 结构 87.4 ≥ 80 ✓ · distinct 优选项 scored per 要素 (unit):
 *   环境 F b1,b2 + S b1,b2,b3 + D b1 = 6 · 节材 F b1 + S b1 (S1 and S2 both b1: counted once) = 2
 *   节水 F b1,b2 + S b1 + D b1 = 4 · 节能 F b1 + S b1,b2 + D b1 = 4 · 节地 F b1 + S b1 = 2   → all ≥ 2 ✓ → 优良
 */
const workedBatches = (): BatchAssessment[] => [
  batchOf(gbt, 'foundation', 'F1', '2024-03-15', {
    environment: { general: [2, 2, 2, 1], bonus: [1, 1, 0] },
    materials: { general: [2, 2, 1, 1], bonus: [1, 0, 0] },
    water: { general: [2, 2, 2, 2], bonus: [1, 1, 0] },
    energy: { general: [2, 1, 1, 1], bonus: [1, 0, 0] },
    land: { general: [2, 2, 2, 'na'], bonus: [1, 0, 0] },
  }),
  batchOf(gbt, 'structure', 'S1', '2024-06-10', {
    environment: { general: [2, 2, 1, 1], bonus: [1, 0, 0] },
    materials: { general: [2, 2, 2, 1], bonus: [1, 0, 0] },
    water: { general: [2, 2, 1, 1], bonus: [0, 0, 0] },
    energy: { general: [2, 2, 2, 2], bonus: [1, 1, 0] },
    land: { general: [1, 1, 1, 1], bonus: [1, 0, 0] },
  }),
  withIndicatorValue(
    batchOf(gbt, 'structure', 'S2', '2024-09-20', {
      environment: { general: [2, 2, 2, 2], bonus: [1, 1, 1] },
      materials: { general: [2, 2, 2, 2], bonus: [1, 0, 0] },
      water: { general: [2, 2, 2, 1], bonus: [1, 0, 0] },
      energy: { general: [2, 2, 1, 1], bonus: [0, 0, 0] },
      land: { general: [2, 2, 2, 2], bonus: [0, 0, 0] },
    }),
    'structure.environment.b3',
    62.3,
  ),
  batchOf(gbt, 'finishingMep', 'D1', '2024-12-05', {
    environment: { general: [2, 1, 1, 1], bonus: [1, 0, 0] },
    materials: { general: [1, 1, 1, 1], bonus: [0, 0, 0] },
    water: { general: [2, 2, 2, 2], bonus: [1, 0, 0] },
    energy: { general: [2, 2, 2, 1], bonus: [1, 0, 0] },
    land: { general: [2, 2, 1, 1], bonus: [0, 0, 0] },
  }),
];

describe('GB/T 50640-2010 worked example', () => {
  const result = evaluateUnit(gbt, unitOf(gbt, workedBatches()));
  const stage = (id: string) => result.stages.find((s) => s.stageId === id)!;
  const batch = (stageId: string, batchId: string) => stage(stageId).batches.find((b) => b.batchId === batchId)!;
  const element = (stageId: string, batchId: string, elementId: string) =>
    batch(stageId, batchId).elements.find((e) => e.elementId === elementId)!;

  it('scores elements as Σ实得/Σ应得×100 + 优选项, excluding 不适用 from 应得分', () => {
    const env = element('foundation', 'F1', 'environment');
    expect([env.generalEarned, env.generalPossible, env.generalScore, env.bonusApplied, env.score]).toEqual([7, 8, 87.5, 2, 89.5]);
    const land = element('foundation', 'F1', 'land');
    expect([land.generalEarned, land.generalPossible, land.generalScore, land.score]).toEqual([6, 6, 100, 101]);
    expect(land.items.find((i) => i.itemId === 'foundation.land.g4')).toMatchObject({ applicable: false, score: null });
    expect(element('foundation', 'F1', 'energy').score).toBe(63.5);
    expect(element('structure', 'S2', 'environment').score).toBe(103);
  });

  it('scores batches, averages the two 结构 batches and weights the stages', () => {
    expect(batch('foundation', 'F1').score).toBeCloseTo(85.25, 10);
    expect(batch('structure', 'S1').score).toBeCloseTo(81, 10);
    expect(batch('structure', 'S2').score).toBeCloseTo(93.8, 10);
    expect(batch('finishingMep', 'D1').score).toBeCloseTo(74.45, 10);
    expect(stage('foundation').score).toBeCloseTo(85.25, 10);
    expect(stage('structure').score).toBeCloseTo(87.4, 10);
    expect(stage('finishingMep').score).toBeCloseTo(74.45, 10);
    expect(stage('finishingMep').reportedScore).toBe(74.5);
    expect(result.score).toBeCloseTo(84.165, 10);
    expect(result.reportedScore).toBe(84.2);
  });

  it('grades 优良, counting each 优选项 once across batches', () => {
    expect(result.grade.code).toBe('excellent');
    expect(result.grade.label.zh).toBe('优良');
    expect(result.gradeDecision.reason).toBe('ruleMet');
    const bonusCheck = result.gradeDecision.trace[0].conditions.find((c) => c.condition.type === 'bonusItemsScoredPerElement')!;
    expect(bonusCheck.detail).toEqual([
      { elementId: 'environment', value: 6 },
      { elementId: 'materials', value: 2 },
      { elementId: 'water', value: 4 },
      { elementId: 'energy', value: 4 },
      { elementId: 'land', value: 2 },
    ]);
    expect(bonusCheck.actual).toBe(2);
  });

  it('carries the inputs of every score (indicator value + asOf, expert, evidence)', () => {
    const b3 = element('structure', 'S2', 'environment').items.find((i) => i.itemId === 'structure.environment.b3')!;
    expect(b3.source).toEqual({
      type: 'indicator',
      indicator: 'waste.recyclingRate',
      value: 62.3,
      asOf: '2024-09-20',
      evidenceIds: ['waste-ledger-2024-09'],
    });
    expect(b3.score).toBe(1);
    expect(b3.basis).toBe('waste.recyclingRate=62.3 (as of 2024-09-20); threshold higherIsBetter: 62.3 > 50 → 1');
    const g1 = element('foundation', 'F1', 'environment').items[2];
    expect(g1).toMatchObject({ itemId: 'foundation.environment.g1', score: 2, basis: 'expert expert-zhang: 2', recalled: true });
    expect(g1.source).toMatchObject({ type: 'expert', expertId: 'expert-zhang', evidenceIds: ['ev-foundation.environment.g1'] });
  });

  it('can score one batch and one stage on their own (progress during construction)', () => {
    const [f1, s1, s2] = workedBatches();
    expect(scoreBatch(gbt, f1).score).toBeCloseTo(85.25, 10);
    expect(scoreStage(gbt, 'structure', [s2, s1]).score).toBeCloseTo(87.4, 10);
  });
});

/*
 * 控制项 veto at W = 95. Every stage: 环境 100 · 节材 100 · 节水 100 · 节能 2,2,1,1 → 75 · 节地 2,2,2,1 → 87.5
 *   base Σ A×w = 30 + 20 + 20 + 15 + 8.75 = 93.75
 *   地基 bonus 节水 2, 节能 2, 节地 2          → +0.4+0.4+0.2       = 1.0  → E = 94.75
 *   结构 bonus 环境 2, 节材 2, 节水 2, 节能 2, 节地 1 → +.6+.4+.4+.4+.1 = 1.9 → E = 95.65
 *   装饰 no bonus                                                        → E = 93.75
 *   W = 28.425 + 47.825 + 18.75 = 95; every 要素 has ≥ 2 优选项 → 优良 unless a 控制项 fails.
 */
function ninetyFive(failStructureWaterC2: boolean): UnitAssessment {
  const base: Record<string, ElementSpec> = {
    energy: { general: [2, 2, 1, 1] },
    land: { general: [2, 2, 2, 1] },
  };
  const f = batchOf(gbt, 'foundation', 'F1', '2024-03-01', {
    ...base,
    water: { general: [2, 2, 2, 2], bonus: [1, 1, 0] },
    energy: { general: [2, 2, 1, 1], bonus: [1, 1, 0] },
    land: { general: [2, 2, 2, 1], bonus: [1, 1, 0] },
  });
  const s = batchOf(gbt, 'structure', 'S1', '2024-06-01', {
    environment: { general: [2, 2, 2, 2], bonus: [1, 1, 0] },
    materials: { general: [2, 2, 2, 2], bonus: [1, 1, 0] },
    water: { general: [2, 2, 2, 2], bonus: [1, 1, 0], control: [1, failStructureWaterC2 ? 0 : 1] },
    energy: { general: [2, 2, 1, 1], bonus: [1, 1, 0] },
    land: { general: [2, 2, 2, 1], bonus: [1, 0, 0] },
  });
  const d = batchOf(gbt, 'finishingMep', 'D1', '2024-09-01', base);
  return unitOf(gbt, [f, s, d]);
}

describe('控制项 veto', () => {
  it('W = 95 with all 控制项 met is 优良', () => {
    const r = evaluateUnit(gbt, ninetyFive(false));
    expect(r.score).toBeCloseTo(95, 10);
    expect(r.grade.code).toBe('excellent');
  });

  it('one failed 控制项 gives 不合格 although W = 95, and names the item', () => {
    const r = evaluateUnit(gbt, ninetyFive(true));
    expect(r.score).toBeCloseTo(95, 10);
    expect(r.controlItemsPassed).toBe(false);
    expect(r.grade.code).toBe('unqualified');
    expect(r.gradeDecision.reason).toBe('controlItemFailed');
    expect(r.controlFailures).toEqual([
      { batchId: 'S1', stageId: 'structure', elementId: 'water', itemId: 'structure.water.c2', name: '有施工用水计量考核记录' },
    ]);
    // The trace still shows that the score-based rule would have held, so the report can say why.
    expect(r.gradeDecision.trace[0].conditions.map((c) => c.holds)).toEqual([false, true, true, true]);
  });

  it('a 控制项 judged 不适用 does not veto', () => {
    const a = ninetyFive(false);
    const s1 = a.batches[1];
    const idx = s1.items.findIndex((i) => i.itemId === 'structure.land.c2');
    s1.items[idx] = {
      itemId: 'structure.land.c2',
      source: { type: 'notApplicable', decidedBy: 'expert-wang', reason: '未使用临时用地', evidenceIds: [] },
    };
    expect(evaluateUnit(gbt, a).grade.code).toBe('excellent');
  });
});

// A one-element-per-stage scheme with the seed's GB/T 50640-2010 grade rules, so thresholds can be hit exactly.
function boundaryScheme(overrides: Partial<EvaluationScheme['formulas']['rounding']> = {}): EvaluationScheme {
  const stage = (id: string, name: string, weight: number) => ({
    id,
    name,
    weight,
    elements: [
      {
        id: 'environment',
        name: '环境保护',
        weight: 1,
        items: [
          {
            id: `${id}.c1`,
            name: '控制项',
            kind: 'control' as const,
            maxScore: 1,
            scoring: { mode: 'manual' as const, allowedScores: [0, 1] },
          },
          { id: `${id}.g1`, name: '一般项', kind: 'general' as const, maxScore: 100, scoring: { mode: 'manual' as const } },
          { id: `${id}.b1`, name: '优选项1', kind: 'bonus' as const, maxScore: 1, scoring: { mode: 'manual' as const } },
          { id: `${id}.b2`, name: '优选项2', kind: 'bonus' as const, maxScore: 1, scoring: { mode: 'manual' as const } },
        ],
      },
    ],
  });
  return {
    ...gbt,
    id: 'boundary-test',
    stages: [
      stage('foundation', '地基与基础工程', 0.3),
      stage('structure', '结构工程', 0.5),
      stage('finishingMep', '装饰装修与机电安装工程', 0.2),
    ],
    formulas: { ...gbt.formulas, rounding: { ...gbt.formulas.rounding, ...overrides } },
  };
}

/** Element score A per stage; the structure stage carries `structureBonus` 优选项 (A = general + bonus). */
function boundaryUnit(scheme: EvaluationScheme, a: { f: number; s: number; d: number }, structureBonus: 0 | 1 | 2 = 2): UnitAssessment {
  const spec = (score: number, bonus: number[]) => ({ environment: { general: [score], bonus } });
  const bonus = [structureBonus >= 1 ? 1 : 0, structureBonus >= 2 ? 1 : 0];
  return unitOf(scheme, [
    batchOf(scheme, 'foundation', 'F', '2024-01-01', spec(a.f, [0, 0])),
    batchOf(scheme, 'structure', 'S', '2024-02-01', spec(a.s - structureBonus, bonus)),
    batchOf(scheme, 'finishingMep', 'D', '2024-03-01', spec(a.d, [0, 0])),
  ]);
}

describe('grade boundaries (GB/T 50640-2010 seed rules)', () => {
  const scheme = boundaryScheme();
  const grade = (a: { f: number; s: number; d: number }, bonus: 0 | 1 | 2 = 2) => evaluateUnit(scheme, boundaryUnit(scheme, a, bonus));
  const flat = (x: number) => ({ f: x, s: x, d: x });

  it.each([
    [59.99, 'unqualified'],
    [60, 'qualified'],
    [79.99, 'qualified'],
    [80, 'excellent'],
  ])('W = %s → %s', (w, code) => {
    const r = grade(flat(w));
    expect(r.score).toBeCloseTo(w, 10);
    expect(r.grade.code).toBe(code);
  });

  it('exact 60 that binary arithmetic makes 59.99999999999999 still passes', () => {
    // 0.3×54.5 + 0.5×60.5 + 0.2×67 = 60 exactly on paper
    const r = grade({ f: 54.5, s: 60.5, d: 67 });
    expect(r.score).toBeLessThan(60);
    expect(r.reportedScore).toBe(60);
    expect(r.grade.code).toBe('qualified');
  });

  it('结构 stage 79.99 alone denies 优良 (W = 89.995)', () => {
    const r = grade({ f: 100, s: 79.99, d: 100 });
    expect(r.score).toBeCloseTo(89.995, 10);
    expect(r.grade.code).toBe('qualified');
    const excellent = r.gradeDecision.trace.find((t) => t.grade === 'excellent')!;
    expect(excellent.conditions.filter((c) => !c.holds).map((c) => c.condition.type)).toEqual(['stageScoreAtLeast']);
  });

  it('结构 stage 59.99 alone denies 合格 (W = 79.995), 60 grants it', () => {
    const low = grade({ f: 100, s: 59.99, d: 100 });
    expect(low.score).toBeCloseTo(79.995, 10);
    expect(low.grade.code).toBe('unqualified');
    expect(low.gradeDecision.reason).toBe('noRuleMet');
    expect(grade({ f: 100, s: 60, d: 100 }).grade.code).toBe('qualified');
  });

  it('one 优选项 per element alone denies 优良; none denies 合格', () => {
    const one = grade(flat(90), 1);
    expect(one.score).toBeCloseTo(90, 10);
    expect(one.grade.code).toBe('qualified');
    const excellent = one.gradeDecision.trace.find((t) => t.grade === 'excellent')!;
    expect(excellent.conditions.filter((c) => !c.holds).map((c) => c.condition.type)).toEqual(['bonusItemsScoredPerElement']);
    const none = grade(flat(90), 0);
    expect(none.grade.code).toBe('unqualified');
  });

  it('compares the reported value when the scheme says so (59.96 shows as 60.0)', () => {
    expect(grade(flat(59.96)).grade.code).toBe('unqualified');
    const reported = boundaryScheme({ compareGradesOn: 'reportedValue' });
    const r = evaluateUnit(reported, boundaryUnit(reported, flat(59.96)));
    expect(r.reportedScore).toBe(60);
    expect(r.grade.code).toBe('qualified');
  });
});

describe('优选项 caps', () => {
  // One stage, two elements: 'capped' uses the scheme default cap 1.5, 'override' its own cap 3, third uncapped scheme.
  function capScheme(defaultCap: number | undefined): EvaluationScheme {
    const element = (id: string, weight: number, bonusCap?: number) => ({
      id,
      name: id,
      weight,
      ...(bonusCap === undefined ? {} : { bonusCap }),
      items: [
        { id: `${id}.g1`, name: 'g', kind: 'general' as const, maxScore: 2, scoring: { mode: 'expert' as const } },
        { id: `${id}.b1`, name: 'b1', kind: 'bonus' as const, maxScore: 1, scoring: { mode: 'expert' as const } },
        { id: `${id}.b2`, name: 'b2', kind: 'bonus' as const, maxScore: 1, scoring: { mode: 'expert' as const } },
        { id: `${id}.b3`, name: 'b3', kind: 'bonus' as const, maxScore: 2, scoring: { mode: 'expert' as const } },
      ],
    });
    return {
      ...gbt,
      id: 'cap-test',
      stages: [{ id: 'only', name: '阶段', weight: 1, elements: [element('capped', 0.5), element('override', 0.5, 3)] }],
      gradeRules: [
        { grade: 'qualified', conditions: [{ type: 'unitScoreAtLeast', min: 60 }] },
        { grade: 'excellent', conditions: [{ type: 'unitScoreAtLeast', min: 100 }] },
      ],
      formulas: {
        ...gbt.formulas,
        elementScore: { ...gbt.formulas.elementScore, ...(defaultCap === undefined ? {} : { bonusCap: defaultCap }) },
      },
    };
  }
  const spec = { capped: { general: [1], bonus: [1, 1, 2] }, override: { general: [1], bonus: [1, 1, 2] } };

  it('caps Σ优选项 per element, element cap overriding the scheme default, and still counts capped items as scored', () => {
    const scheme = capScheme(1.5);
    const b = scoreBatch(scheme, batchOf(scheme, 'only', 'B', '2024-01-01', spec));
    const [capped, override] = b.elements;
    // raw bonus 1+1+2 = 4; general 1/2 → 50
    expect([capped.bonusRaw, capped.bonusCap, capped.bonusApplied, capped.score]).toEqual([4, 1.5, 1.5, 51.5]);
    expect([override.bonusRaw, override.bonusCap, override.bonusApplied, override.score]).toEqual([4, 3, 3, 53]);
    expect(capped.bonusItemsScored).toEqual(['capped.b1', 'capped.b2', 'capped.b3']);
    expect(b.score).toBeCloseTo(52.25, 10); // 51.5×.5 + 53×.5
  });

  it('leaves bonus uncapped without a cap', () => {
    const scheme = capScheme(undefined);
    const b = scoreBatch(scheme, batchOf(scheme, 'only', 'B', '2024-01-01', spec));
    expect(b.elements[0]).toMatchObject({ bonusCap: null, bonusApplied: 4, score: 54 });
    expect(b.elements[1]).toMatchObject({ bonusCap: 3, bonusApplied: 3, score: 53 });
  });
});

describe('rejected inputs', () => {
  const issuesOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(EvaluationInputError);
      return (e as EvaluationInputError).issues;
    }
    throw new Error('expected EvaluationInputError');
  };

  it('lists missing, duplicate, foreign and mis-sourced items with their paths', () => {
    const b = batchOf(gbt, 'foundation', 'F1', '2024-03-15', {});
    const missing = b.items.splice(0, 1)[0]; // foundation.environment.c1
    b.items.push(b.items[0]); // duplicate foundation.environment.c2 at the end
    b.items.push({ itemId: 'structure.land.g1', source: { type: 'expert', expertId: 'x', score: 1, evidenceIds: [] } });
    b.items[2] = { itemId: b.items[2].itemId, source: { type: 'expert', expertId: 'x', score: 1.5, evidenceIds: [] } };
    const issues = issuesOf(() => scoreBatch(gbt, b));
    expect(issues).toEqual([
      { path: 'batch.items[2].source.score', message: 'score 1.5 is not one of 0/1/2' },
      { path: 'batch.items[44].itemId', message: "item 'foundation.environment.c2' is assessed twice" },
      { path: 'batch.items[45].itemId', message: "item 'structure.land.g1' is not part of stage 'foundation'" },
      { path: 'batch.items', message: `no result for item '${missing.itemId}'` },
    ]);
  });

  it('rejects an indicator value for the wrong indicator, later than the batch, or an expert score on an indicator item', () => {
    const b = batchOf(gbt, 'foundation', 'F1', '2024-03-15', {});
    const i = b.items.findIndex((x) => x.itemId === 'foundation.environment.b3');
    b.items[i] = {
      itemId: 'foundation.environment.b3',
      source: { type: 'indicator', indicator: 'waste.intensity', value: 60, asOf: '2024-04-01', evidenceIds: [] },
    };
    const j = b.items.findIndex((x) => x.itemId === 'foundation.environment.b1');
    b.items[j] = {
      itemId: 'foundation.environment.b1',
      source: { type: 'indicator', indicator: 'x.y', value: 1, asOf: '2024-01-01', evidenceIds: [] },
    };
    expect(issuesOf(() => scoreBatch(gbt, b))).toEqual([
      { path: 'batch.items[6].source.type', message: "item 'foundation.environment.b1' is scored by expert, not by an indicator" },
      {
        path: 'batch.items[8].source.indicator',
        message: "item 'foundation.environment.b3' is fed by 'waste.recyclingRate', not 'waste.intensity'",
      },
      { path: 'batch.items[8].source.asOf', message: 'indicator value as of 2024-04-01 is later than the batch date 2024-03-15' },
    ]);
  });

  it('rejects a unit assessment for another scheme version or with a stage lacking batches', () => {
    const [f1] = workedBatches();
    const issues = issuesOf(() => evaluateUnit(gbt, { schemeId: gbt.id, schemeVersion: 2, batches: [f1, { ...f1 }] }));
    expect(issues).toEqual([
      { path: 'schemeId', message: 'assessment is for gbt50640-2010 v2, scheme is gbt50640-2010 v1' },
      { path: 'batches[1].batchId', message: "duplicate batch id 'F1'" },
      { path: 'batches', message: "stage 'structure' has no batch" },
      { path: 'batches', message: "stage 'finishingMep' has no batch" },
    ]);
  });

  it("rejects an element whose 一般项 are all 不适用 when the scheme says 'reject'", () => {
    const b = batchOf(gbt, 'foundation', 'F1', '2024-03-15', { land: { general: ['na', 'na', 'na', 'na'] } });
    expect(issuesOf(() => scoreBatch(gbt, b))).toEqual([
      { path: 'batch.items', message: "element 'land' has no applicable general item (Σ应得分 = 0)" },
    ]);
  });

  it("renormalises the remaining weights when the scheme says 'excludeElement'", () => {
    const scheme: EvaluationScheme = {
      ...gbt,
      formulas: { ...gbt.formulas, elementScore: { ...gbt.formulas.elementScore, whenNoApplicableGeneralItems: 'excludeElement' } },
    };
    // 环境 100 ×.3, 节材 50 ×.2, 节水 100, 节能 100, 节地 excluded → (30+10+20+20)/0.9 = 88.888…
    const b = scoreBatch(
      scheme,
      batchOf(scheme, 'foundation', 'F1', '2024-03-15', {
        materials: { general: [1, 1, 1, 1] },
        land: { general: ['na', 'na', 'na', 'na'], bonus: [1, 0, 0] },
      }),
    );
    expect(b.appliedWeight).toBeCloseTo(0.9, 12);
    expect(b.score).toBeCloseTo(80 / 0.9, 10);
    expect(b.elements[4]).toMatchObject({ applicable: false, score: null, reportedScore: null });
  });
});

describe('determinism', () => {
  it('recomputes identically, whatever the order of batches and item results', () => {
    const first = evaluateUnit(gbt, unitOf(gbt, workedBatches()));
    const again = evaluateUnit(gbt, unitOf(gbt, workedBatches()));
    expect(again).toStrictEqual(first);
    const shuffled = workedBatches()
      .reverse()
      .map((b) => ({ ...b, items: [...b.items].reverse() }));
    const reordered = evaluateUnit(JSON.parse(JSON.stringify(gbt)), unitOf(gbt, shuffled));
    expect(JSON.stringify(reordered)).toBe(JSON.stringify(first));
  });

  it('does not mutate its inputs', () => {
    const batches = workedBatches();
    const before = JSON.stringify(batches);
    const schemeBefore = JSON.stringify(gbt);
    evaluateUnit(gbt, unitOf(gbt, batches));
    expect(JSON.stringify(batches)).toBe(before);
    expect(JSON.stringify(gbt)).toBe(schemeBefore);
  });
});

describe('roundForReport', () => {
  it('rounds half-up after removing binary noise', () => {
    expect(roundForReport(74.45, 1)).toBe(74.5);
    expect(roundForReport(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundForReport(84.165, 1)).toBe(84.2);
    expect(roundForReport(84.15, 1)).toBe(84.2);
    expect(roundForReport(84.1499, 1)).toBe(84.1);
    expect(roundForReport(1.005, 2)).toBe(1.01);
    expect(roundForReport(59.99999999999999, 1)).toBe(60);
  });
});
