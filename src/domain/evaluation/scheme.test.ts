import { describe, expect, it } from 'vitest';
import type { EvaluationScheme } from './scheme.js';
import { listSchemeItems, parseEvaluationScheme } from './scheme.js';
import { evaluationSchemeSeeds, gbt50640_2010Scheme, greenConstructionPilotScheme } from './seeds.js';

const json = (s: EvaluationScheme): any => JSON.parse(JSON.stringify(s));

function issuesAfter(mutate: (s: any) => void): Array<{ path: string; message: string }> {
  const s = json(gbt50640_2010Scheme);
  mutate(s);
  const r = parseEvaluationScheme(s);
  if (r.ok) throw new Error('expected the scheme to be rejected');
  return r.issues;
}

describe('seed schemes', () => {
  it.each(evaluationSchemeSeeds.map((s) => [s.id, s] as const))('%s validates from JSON', (_, scheme) => {
    const r = parseEvaluationScheme(json(scheme));
    expect(r).toEqual({ ok: true, scheme: json(scheme) });
  });

  it('GB/T 50640-2010 seed marks every recalled weight and threshold as recalled', () => {
    const s = gbt50640_2010Scheme;
    expect(s.stages.map((x) => [x.name, x.weight, x.recalled])).toEqual([
      ['地基与基础工程', 0.3, true],
      ['结构工程', 0.5, true],
      ['装饰装修与机电安装工程', 0.2, true],
    ]);
    expect(s.stages[1].elements.map((e) => [e.name, e.weight, e.recalled])).toEqual([
      ['环境保护', 0.3, true],
      ['节材与材料资源利用', 0.2, true],
      ['节水与水资源利用', 0.2, true],
      ['节能与能源利用', 0.2, true],
      ['节地与土地资源保护', 0.1, true],
    ]);
    expect(s.gradeRules.every((r) => r.recalled)).toBe(true);
    // Only the verified "> 50%" example is not marked recalled.
    expect(
      listSchemeItems(s)
        .filter((x) => !x.item.recalled)
        .map((x) => x.item.id),
    ).toEqual(['foundation.environment.b3', 'structure.environment.b3', 'finishingMep.environment.b3']);
  });

  it('pilot scheme is fed by the platform indicators', () => {
    const indicators = new Set(
      listSchemeItems(greenConstructionPilotScheme).flatMap(({ item }) =>
        item.scoring.mode === 'indicator' ? [item.scoring.indicator] : [],
      ),
    );
    expect([...indicators].sort()).toEqual(
      [
        'waste.intensity',
        'waste.recyclingRate',
        'site.pm10ExceedanceRate',
        'site.noiseExceedanceRate',
        'site.deviceOnlineRate',
        'carbon.embodiedPerM2',
        'prefab.ratio',
        'prefab.standardisationRate',
        'bim.coverage',
        'quality.ledgerVerifiedShare',
        'waste.manifestConfirmationRate',
      ].sort(),
    );
    expect(greenConstructionPilotScheme.stages.map((s) => s.name)).toEqual(['绿色策划', '绿色设计', '绿色施工', '绿色交付']);
  });
});

describe('scheme validation errors name the path', () => {
  it('stage and element weights must sum to 1 (within 1e-9)', () => {
    expect(issuesAfter((s) => (s.stages[0].weight = 0.31))).toEqual([
      { path: 'stages', message: 'stage weights must sum to 1 (got 1.01)' },
    ]);
    expect(issuesAfter((s) => (s.stages[1].elements[4].weight = 0.1000001))[0]).toEqual({
      path: 'stages[1].elements',
      message: 'element weights must sum to 1 (got 1.0000001)',
    });
    // 1e-10 off is binary noise, not an authoring error
    const ok = json(gbt50640_2010Scheme);
    ok.stages[1].elements[4].weight = 0.1 + 1e-10;
    expect(parseEvaluationScheme(ok).ok).toBe(true);
  });

  it('ids are unique (stages, elements per stage, items across the scheme, grades)', () => {
    expect(issuesAfter((s) => (s.stages[2].id = 'foundation'))).toEqual([
      { path: 'stages[2].id', message: "duplicate stage id 'foundation' (first at index 0)" },
    ]);
    expect(issuesAfter((s) => (s.stages[0].elements[3].id = 'water'))).toEqual([
      { path: 'stages[0].elements[3].id', message: "duplicate element id 'water' (first at index 2)" },
    ]);
    expect(issuesAfter((s) => (s.stages[1].elements[0].items[4].id = 'foundation.environment.g1'))).toEqual([
      { path: 'stages[1].elements[0].items[4].id', message: "duplicate item id 'foundation.environment.g1' (first at index 2)" },
    ]);
    expect(issuesAfter((s) => (s.grades[2].rank = 1))).toEqual([
      { path: 'grades[2].rank', message: "duplicate grade rank '1' (first at index 1)" },
    ]);
  });

  it('grade rules reference known grades and stages; the fallback grade takes no rule; every other grade has one', () => {
    expect(issuesAfter((s) => (s.gradeRules[0].grade = 'platinum'))).toEqual([
      { path: 'gradeRules[0].grade', message: "unknown grade 'platinum'" },
      { path: 'grades[2]', message: "grade 'excellent' has no grade rule and could never be awarded" },
    ]);
    expect(issuesAfter((s) => (s.gradeRules[1].conditions[2].stageId = 'roof'))).toEqual([
      { path: 'gradeRules[1].conditions[2].stageId', message: "unknown stage 'roof'" },
    ]);
    expect(issuesAfter((s) => s.gradeRules.push({ grade: 'unqualified', conditions: [{ type: 'unitScoreAtLeast', min: 0 }] }))).toEqual([
      { path: 'gradeRules[2].grade', message: "'unqualified' is the lowest grade (the fallback) and takes no rule" },
    ]);
  });

  it('indicator rules: monotone steps, within maxScore, control items able to pass', () => {
    // foundation.environment.b3 is items[8]: a 0/1 bonus with steps [[50, 1]]
    const rulePath = 'stages[0].elements[0].items[8].scoring.rule';
    expect(
      issuesAfter((s) => {
        s.stages[0].elements[0].items[8].maxScore = 2;
        s.stages[0].elements[0].items[8].scoring.rule.steps = [
          [50, 1],
          [40, 2],
        ];
      }),
    ).toEqual([{ path: `${rulePath}.steps[1]`, message: 'bounds must be strictly increasing for higherIsBetter' }]);
    expect(
      issuesAfter(
        (s) =>
          (s.stages[0].elements[0].items[8].scoring.rule.steps = [
            [50, 1],
            [60, 3],
          ]),
      ),
    ).toEqual([{ path: rulePath, message: "rule can score 3, above the item's maxScore 1" }]);
    expect(
      issuesAfter((s) => {
        const item = s.stages[0].elements[0].items[0];
        item.scoring = {
          mode: 'indicator',
          indicator: 'site.deviceOnlineRate',
          unit: '%',
          rule: { type: 'linear', from: [80, 0], to: [80, 0.5] },
        };
      }),
    ).toEqual([
      { path: 'stages[0].elements[0].items[0].scoring.rule.to', message: 'interpolation points need distinct values' },
      { path: 'stages[0].elements[0].items[0].scoring.rule', message: 'a control item rule must be able to award maxScore (pass)' },
    ]);
  });

  it('malformed JSON is reported, never thrown', () => {
    for (const bad of [null, {}, { ...json(gbt50640_2010Scheme), stages: 'x' }, { ...json(gbt50640_2010Scheme), grades: [{}] }]) {
      const r = parseEvaluationScheme(bad);
      expect(r.ok).toBe(false);
    }
    const r = parseEvaluationScheme({ ...json(gbt50640_2010Scheme), stages: 'x' });
    expect(r.ok === false && r.issues.map((i) => i.path)).toEqual(['stages']);
    expect(issuesAfter((s) => (s.stages[0].elements[0].items[2].scoring = { mode: 'oracle' })).map((i) => i.path)).toEqual([
      'stages[0].elements[0].items[2].scoring.mode',
    ]);
  });

  it('shape errors: unknown keys, bad weights, bad indicator names, elements without 一般项', () => {
    expect(issuesAfter((s) => (s.stages[0].elements[1].wieght = 0.2))).toEqual([
      { path: 'stages[0].elements[1]', message: 'Unrecognized key: "wieght"' },
    ]);
    expect(issuesAfter((s) => (s.stages[0].weight = -0.3)).map((i) => i.path)).toEqual(['stages[0].weight', 'stages']);
    expect(issuesAfter((s) => (s.stages[0].elements[0].items[8].scoring.indicator = 'Waste Rate')).map((i) => i.path)).toEqual([
      'stages[0].elements[0].items[8].scoring.indicator',
    ]);
    expect(
      issuesAfter((s) => (s.stages[0].elements[4].items = s.stages[0].elements[4].items.filter((i: any) => i.kind !== 'general'))),
    ).toEqual([{ path: 'stages[0].elements[4].items', message: 'an element needs at least one general item' }]);
  });
});
