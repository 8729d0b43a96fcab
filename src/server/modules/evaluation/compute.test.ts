import { describe, expect, it } from 'vitest';
import { greenConstructionPilotScheme, hunanExampleScheme } from '../../../domain/evaluation/index.js';
import { asOfMoment, assembleBatch, engineScheme, itemSource, monthEnd, projectResult, stageItems, type BatchInputs } from './compute.js';

const pilot = greenConstructionPilotScheme;
const item = (id: string) => stageItems(pilot, 'construction').find((i) => i.id === id)!;
const empty = (itemId: string) => ({ itemId, auto: null, entry: null, expertScores: [], evidenceIds: [] });

describe('item sources', () => {
  it('takes the indicator value with its date, or reports it missing', () => {
    const g1 = item('construction.res.g1');
    expect(
      itemSource(g1, 'monthly_self', {
        ...empty(g1.id),
        auto: { indicator: 'waste.intensity', value: 250, asOf: '2026-10-31T15:59:59.999Z' },
        evidenceIds: ['b', 'a'],
      }),
    ).toEqual({
      source: { type: 'indicator', indicator: 'waste.intensity', value: 250, asOf: '2026-10-31T15:59:59.999Z', evidenceIds: ['a', 'b'] },
    });
    expect(
      itemSource(g1, 'monthly_self', {
        ...empty(g1.id),
        auto: { indicator: 'waste.intensity', value: null, asOf: '2026-10-31T15:59:59.999Z', reason: 'no_data' },
      }),
    ).toEqual({ missing: 'indicator_no_value' });
  });

  it('uses the mean of the submitted experts in a stage expert evaluation, the self-score in a monthly one', () => {
    const g3 = item('construction.env.g3');
    const experts = [
      { expertUserId: 'u2', expertName: '李工', score: 1, comment: null },
      { expertUserId: 'u1', expertName: '王工', score: 2, comment: '到位' },
    ];
    const r = itemSource(g3, 'stage_expert', { ...empty(g3.id), expertScores: experts });
    expect(r).toEqual({
      source: { type: 'expert', expertId: '李工、王工', score: 1.5, evidenceIds: [], note: '李工: 1；王工: 2（到位）' },
    });
    const self = itemSource(g3, 'monthly_self', {
      ...empty(g3.id),
      entry: { type: 'score', score: 2, by: 'x', byName: '项目经理', at: '2026-10-01T00:00:00Z' },
    });
    expect(self).toEqual({ source: { type: 'expert', expertId: '自评:项目经理', score: 2, evidenceIds: [] } });
    expect(itemSource(g3, 'stage_expert', empty(g3.id))).toEqual({ missing: 'expert_scores_missing' });
  });

  it('relaxes allowedScores for expert items only, without touching the seed', () => {
    const relaxed = engineScheme(pilot);
    const find = (s: typeof pilot, id: string) => stageItems(s, 'construction').find((i) => i.id === id)!;
    expect(find(relaxed, 'construction.env.g3').scoring).toEqual({ mode: 'expert' });
    expect(find(pilot, 'construction.env.g3').scoring).toEqual({ mode: 'expert', allowedScores: [0, 1, 2] });
    expect(find(relaxed, 'construction.res.g1').scoring).toEqual(find(pilot, 'construction.res.g1').scoring);
  });
});

describe('project result', () => {
  const month = (stageId: string, id: string, evaluatedOn: string, score: number): BatchInputs => ({
    evaluationId: id,
    kind: 'monthly_self',
    stageId,
    evaluatedOn,
    items: stageItems(hunanExampleScheme, stageId).map((i) => ({
      ...empty(i.id),
      entry:
        i.scoring.mode === 'indicator'
          ? { type: 'notApplicable', reason: '无', by: 'x', byName: 'x', at: '' }
          : { type: 'score', score: i.kind === 'general' ? score : i.maxScore, by: 'x', byName: 'x', at: '' },
    })),
  });

  it('is provisional over the covered stages (weights renormalised) until every stage has a batch', () => {
    const a = assembleBatch(hunanExampleScheme, month('foundation', 'e1', '2026-08-31', 2));
    const b = assembleBatch(hunanExampleScheme, month('foundation', 'e2', '2026-09-30', 1));
    expect(a.missing).toEqual([]);
    const r = projectResult(hunanExampleScheme, [a.batch, b.batch])!;
    expect(r.provisional).toBe(true);
    expect(r.stages.find((s) => s.stageId === 'foundation')!.batches).toBe(2);
    expect(r.stages.find((s) => s.stageId === 'mainStructure')!.score).toBeNull();
    // W over one stage = its G: the mean of the two batches.
    expect(r.score).toBeCloseTo(r.stages.find((s) => s.stageId === 'foundation')!.score!, 12);
    const full = projectResult(
      hunanExampleScheme,
      ['foundation', 'mainStructure', 'finishingMep'].map(
        (s, i) => assembleBatch(hunanExampleScheme, month(s, `f${i}`, `2026-0${i + 7}-30`, 2)).batch,
      ),
    )!;
    expect(full.provisional).toBe(false);
    expect(projectResult(hunanExampleScheme, [])).toBeNull();
  });
});

describe('dates', () => {
  it('takes indicator values at the end of the China day, never later than now', () => {
    expect(asOfMoment('2026-10-31', new Date('2027-01-01T00:00:00Z')).toISOString()).toBe('2026-10-31T15:59:59.999Z');
    expect(asOfMoment('2026-11-30', new Date('2026-11-24T08:00:00Z')).toISOString()).toBe('2026-11-24T08:00:00.000Z');
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
  });
});
