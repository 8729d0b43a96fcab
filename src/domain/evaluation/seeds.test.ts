import { describe, expect, it } from 'vitest';
import { evaluateUnit } from './score.js';
import type { BatchAssessment } from './score.js';
import { greenConstructionPilotScheme as pilot, hunanExampleScheme as hunan } from './seeds.js';
import { batchOf } from './testFixtures.js';
import type { ElementSpec } from './testFixtures.js';

/*
 * Hunan-style example scheme, four grades. One batch per stage, all stages scored alike, so W = G = E.
 * Elements: 环境保护 .35 (一般项 ×3), 资源节约 .45 (×3), 人力资源 .2 (×3); 一般项 0/1/2 → 应得 6; 优选项 0–2 ×2, cap 3.
 *   优秀: 环境 2,2,1 → 250/3, bonus 2+2=4 capped 3 → 259/3 · 资源 2,2,2 → 100 +1+2 = 103 · 人力 2,1,2 → 250/3 +1+1 = 256/3
 *         E = (.35×259 + .2×256)/3 + .45×103 = 141.85/3 + 46.35 = 93.6333…   (≥85, 主体≥85, elements ≥70, ≥2 优选项/要素)
 *   良好: 环境 2,1,1 → 200/3 +1 · 资源 2,2,1 → 250/3 +1 · 人力 2,2,1 → 250/3 +1
 *         E = (.35×203 + .45×253 + .2×253)/3 = 235.5/3 = 78.5                (≥75, 主体≥70, ≥1 优选项/要素; <85)
 *   合格: 环境 2,1,1 → 200/3 · 资源 2,2,1 → 250/3 · 人力 1,1,1 → 50, no 优选项
 *         E = (.35×200 + .45×250)/3 + .2×50 = 182.5/3 + 10 = 70.8333…        (≥60; no 优选项 → not 良好)
 *   不合格: 环境 1,1,0 → 100/3 · 资源 1,1,1 → 50 · 人力 1,1,0 → 100/3
 *         E = (.35×100 + .2×100)/3 + .45×50 = 55/3 + 22.5 = 40.8333…
 */
const profiles: Record<string, { spec: Record<string, ElementSpec>; w: number }> = {
  outstanding: {
    spec: {
      environment: { general: [2, 2, 1], bonus: [2, 2] },
      resources: { general: [2, 2, 2], bonus: [1, 2] },
      people: { general: [2, 1, 2], bonus: [1, 1] },
    },
    w: 141.85 / 3 + 46.35,
  },
  good: {
    spec: {
      environment: { general: [2, 1, 1], bonus: [1, 0] },
      resources: { general: [2, 2, 1], bonus: [1, 0] },
      people: { general: [2, 2, 1], bonus: [1, 0] },
    },
    w: 78.5,
  },
  qualified: {
    spec: {
      environment: { general: [2, 1, 1] },
      resources: { general: [2, 2, 1] },
      people: { general: [1, 1, 1] },
    },
    w: 182.5 / 3 + 10,
  },
  unqualified: {
    spec: {
      environment: { general: [1, 1, 0] },
      resources: { general: [1, 1, 1] },
      people: { general: [1, 1, 0] },
    },
    w: 55 / 3 + 22.5,
  },
};

const hunanUnit = (spec: Record<string, ElementSpec>): BatchAssessment[] =>
  hunan.stages.map((s, i) => batchOf(hunan, s.id, `${s.id}-1`, `2024-0${i + 3}-01`, spec));

describe('Hunan-style four-grade scheme', () => {
  it.each(Object.entries(profiles))('%s', (code, { spec, w }) => {
    const r = evaluateUnit(hunan, { schemeId: hunan.id, schemeVersion: hunan.version, batches: hunanUnit(spec) });
    expect(r.score).toBeCloseTo(w, 9);
    expect(r.stages.find((s) => s.stageId === 'mainStructure')!.score).toBeCloseTo(w, 9);
    expect(r.grade.code).toBe(code);
  });

  it('labels the four grades in Chinese', () => {
    expect(hunan.grades.map((g) => g.label.zh)).toEqual(['不合格', '合格', '良好', '优秀']);
  });

  it('优秀 needs every element ≥ 70: 人力 at 51 alone keeps an otherwise 优秀 unit at 良好', () => {
    const spec = { ...profiles.outstanding.spec, people: { general: [1, 1, 1], bonus: [1, 0] } };
    // 人力 3/6 → 50 + 1 = 51; E = .35×259/3 + .45×103 + .2×51 = 30.2166… + 46.35 + 10.2 = 86.7666…
    const r = evaluateUnit(hunan, { schemeId: hunan.id, schemeVersion: 1, batches: hunanUnit(spec) });
    expect(r.score).toBeCloseTo(90.65 / 3 + 46.35 + 10.2, 9);
    expect(r.grade.code).toBe('good');
    const top = r.gradeDecision.trace[0];
    expect(top.grade).toBe('outstanding');
    expect(top.conditions.filter((c) => !c.holds).map((c) => c.condition.type)).toEqual(['everyElementScoreAtLeast']);
    const everyElement = top.conditions.find((c) => c.condition.type === 'everyElementScoreAtLeast')!;
    expect(everyElement.actual).toBe(51);
    expect(everyElement.detail).toHaveLength(9); // 3 stages × 3 elements
  });
});

describe('绿色建造试点 pilot scheme', () => {
  // Realistic readings replacing the fixture's values; each gives the score named in the spec.
  const readings: Record<string, number> = {
    'design.ind.g1': 65, // 装配率 65% → 2 (A band)
    'design.ind.b1': 65, // not AAA → 0
    'construction.env.g1': 3, // PM10 超标 3% → 1
    'construction.env.g2': 0.5, // noise 超标 0.5% → 2
    'construction.res.g1': 256.4, // 256.4 t/万m² ≤ 300 → 1
    'construction.res.g2': 42.5, // 资源化 42.5% → 1
  };
  const stage = (id: string, date: string, spec: Record<string, ElementSpec>): BatchAssessment => {
    const b = batchOf(pilot, id, `${id}-1`, date, spec);
    return {
      ...b,
      items: b.items.map((a) =>
        a.source.type === 'indicator' && a.itemId in readings ? { ...a, source: { ...a.source, value: readings[a.itemId] } } : a,
      ),
    };
  };

  it('scores a unit from indicator readings and expert marks, excluding a non-applicable element', () => {
    const batches = [
      // 策划: all 一般项 full, no 优选项 → 100 in both elements
      stage('planning', '2023-03-01', {}),
      // 设计: 协同 100; 装配化 装配率 2 + 隐含碳 2 of 4 + 2 → 4/6 → 66.67
      stage('design', '2023-09-01', { industrialisation: { general: [2, 2], bonus: [0] } }),
      // 施工: 环境 1,2,2 → 5/6 → 83.33 + 1 · 资源 1,1,2,2 → 6/8 → 75 · 智慧工地 2,1 → 75
      stage('construction', '2024-08-31', {
        environment: { general: [1, 2, 2], bonus: [1] },
        resources: { general: [1, 1, 2, 2], bonus: [0] },
        'smart-site': { general: [2, 1], bonus: [0] },
      }),
      // 交付: 综合效能调适 not applicable (all 一般项 不适用) → excluded; 数字化交付 2,1 → 75 + 1 = 76, weight .6 → 1
      stage('delivery', '2025-01-15', {
        commissioning: { control: ['na'], general: ['na', 'na'] },
        'digital-delivery': { general: [2, 1], bonus: [1] },
      }),
    ];
    const r = evaluateUnit(pilot, { schemeId: pilot.id, schemeVersion: 1, batches });
    const score = (stageId: string) => r.stages.find((s) => s.stageId === stageId)!.score;
    const design = (100 + 200 / 3) / 2; // 83.333…
    const construction = (250 / 3 + 1) * 0.35 + 75 * 0.45 + 75 * 0.2; // 29.5166… + 33.75 + 15 = 78.2666…
    expect(score('planning')).toBeCloseTo(100, 10);
    expect(score('design')).toBeCloseTo(design, 10);
    expect(score('construction')).toBeCloseTo(construction, 10);
    expect(score('delivery')).toBeCloseTo(76, 10);
    expect(r.stages[3].batches[0].appliedWeight).toBeCloseTo(0.6, 12);
    const intensity = r.stages[2].batches[0].elements[1].items.find((i) => i.itemId === 'construction.res.g1')!;
    expect(intensity.basis).toBe('waste.intensity=256.4 (as of 2024-08-31); threshold lowerIsBetter: 256.4 ≤ 300 → 1');
    // W = .15×100 + .25×83.333 + .4×78.2667 + .2×76 = 15 + 20.8333 + 31.3067 + 15.2 = 82.34
    expect(r.score).toBeCloseTo(0.15 * 100 + 0.25 * design + 0.4 * construction + 0.2 * 76, 10);
    expect(r.score).toBeCloseTo(82.34, 10);
    expect(r.reportedScore).toBe(82.3);
    // 优良 needs 绿色施工 ≥ 80 (78.27 here)
    expect(r.grade.code).toBe('qualified');
  });
});
