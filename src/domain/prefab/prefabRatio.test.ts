import { describe, expect, it } from 'vitest';
import {
  PrefabInputError,
  PrefabTableError,
  assessPercent,
  calculatePrefabRatio,
  gradeForReportedRatio,
  scoreItem,
  type PrefabRatioInput,
} from './prefabRatio.js';
import { GB51129_2017_NATIONAL as T, tableTotalMax, validateScoreTable, type ScoreTable } from './scoreTable.js';

const item = (id: string) => T.items.find((i) => i.item === id)!;
const score = (id: string, ratio: number) => scoreItem(item(id), ratio, T.scoreDecimals).score;

/**
 * Worked example, by hand (national table):
 *   Q1: q1a 50%  → 20 + (0.50−0.35)/(0.80−0.35)×10 = 20 + 3.333… = 23.3
 *       q1b 75%  → 10 + (0.75−0.70)/(0.80−0.70)×10 = 15.0                     Q1 = 38.3
 *   Q2: q2a 85%  → ≥80% → 5
 *       q2b n/a  → Q4 += 5
 *       q2c 60%  → ≥50% → 5
 *       q2d 65%  → 2 + (0.65−0.50)/(0.80−0.50)×3 = 3.5                       Q2 = 13.5
 *   Q3: 全装修   → 6
 *       q3a 50%  → <70% → 0
 *       q3b 80%  → 3 + (0.80−0.70)/(0.90−0.70)×3 = 4.5
 *       q3c 70%  → 3.0 (lower end)
 *       q3d n/a  → Q4 += 6                                                    Q3 = 13.5
 *   Q4 = 11;  P = (38.3 + 13.5 + 13.5) / (100 − 11) × 100 = 65.3 / 89 × 100 = 73.37… → 73.4%
 *   3.0.3: Q1 38.3 ≥ 20, Q2 13.5 ≥ 10, 全装修, 73 ≥ 50 → recognised
 *   5.0.1: q1a 50% ≥ 35%; 5.0.2: 73.4 → 73 → A (60–75)
 */
const worked: PrefabRatioInput = {
  q1a: 0.5,
  q1b: 0.75,
  q2a: 0.85,
  q2b: null,
  q2c: 0.6,
  q2d: 0.65,
  q3a: 0.5,
  q3b: 0.8,
  q3c: 0.7,
  q3d: null,
  fullDecoration: true,
};

describe('national score table (GB/T 51129-2017 表4.0.1)', () => {
  it('is internally consistent and its maxima sum to 100', () => {
    expect(validateScoreTable(T)).toEqual([]);
    expect(tableTotalMax(T)).toBe(100);
    expect(T.confidence).toBe('recalled-high');
  });

  it('flags a regional table whose rounding leaves gaps between grade bands', () => {
    const bad: ScoreTable = { ...T, grading: { ...T.grading, rounding: { mode: 'half-up', decimals: 1 } } };
    expect(validateScoreTable(bad).join()).toMatch(/gap/);
    expect(() => calculatePrefabRatio(worked, bad)).toThrow(PrefabTableError);
  });
});

describe('item scoring: linear interpolation within ranges', () => {
  it('scores q1a at and inside the range ends', () => {
    expect(score('q1a', 0.35)).toBe(20);
    expect(score('q1a', 0.8)).toBe(30);
    expect(score('q1a', 0.575)).toBe(25.0);
    expect(score('q1a', 0.5)).toBe(23.3); // 23.333… rounded to 1 decimal
  });

  it('scores q1b 75% as 15', () => {
    expect(score('q1b', 0.75)).toBe(15);
    expect(score('q1b', 0.7)).toBe(10);
  });

  it('scores 0 below the lower bound and the max above the upper bound', () => {
    expect(score('q1a', 0.3)).toBe(0);
    expect(score('q1a', 0.95)).toBe(30);
    expect(score('q3d', 0.49)).toBe(0);
    expect(score('q3d', 1)).toBe(6);
  });

  it('gives fixed-score items all or nothing', () => {
    expect(score('q2a', 0.79)).toBe(0);
    expect(score('q2a', 0.8)).toBe(5);
    expect(score('q3a', 0.7)).toBe(6);
  });
});

describe('calculatePrefabRatio — worked example', () => {
  const r = calculatePrefabRatio(worked, T);

  it('matches the hand calculation', () => {
    expect(r.Q1).toBe(38.3);
    expect(r.Q2).toBe(13.5);
    expect(r.Q3).toBe(13.5);
    expect(r.Q4).toBe(11);
    expect(r.P).toBe(73.4);
    expect(r.assessedPercent).toBe(73);
    expect(r.recognised).toBe(true);
    expect(r.grade).toBe('A');
    expect(r.reasons).toEqual([]);
  });

  it('lists every item with its score, max and applicability', () => {
    expect(r.items).toHaveLength(11);
    const q2b = r.items.find((i) => i.item === 'q2b')!;
    expect(q2b).toMatchObject({ applicable: false, score: 0, max: 5 });
    expect(q2b.note).toMatch(/Q4/);
    expect(r.items.find((i) => i.item === 'fullDecoration')).toMatchObject({ score: 6, max: 6 });
    expect(r.items.find((i) => i.item === 'q3b')).toMatchObject({ ratio: 0.8, score: 4.5, max: 6, applicable: true });
  });
});

describe('Q4: missing items leave the denominator', () => {
  it('counts the max of every null item into Q4 and raises P accordingly', () => {
    const all = calculatePrefabRatio({ ...worked, q2b: 0, q3d: 0 }, T); // present but scoring 0
    expect(all.Q4).toBe(0);
    expect(all.P).toBe(65.3); // 65.3 / 100
    const missing = calculatePrefabRatio(worked, T);
    expect(missing.Q4).toBe(11);
    expect(missing.P).toBe(73.4); // 65.3 / 89
  });

  it('handles a building where only 全装修 applies', () => {
    const none = {
      q1a: null,
      q1b: null,
      q2a: null,
      q2b: null,
      q2c: null,
      q2d: null,
      q3a: null,
      q3b: null,
      q3c: null,
      q3d: null,
      fullDecoration: true,
    };
    // 全装修 (6) alone cannot be Q4-ed, so the denominator is 6 and P = 100; but Q1/Q2 minima fail.
    const r = calculatePrefabRatio(none, T);
    expect(r.Q4).toBe(94);
    expect(r.P).toBe(100);
    expect(r.recognised).toBe(false);
  });
});

describe('recognition (3.0.3) — each condition failing', () => {
  it('fails when Q1 < 20', () => {
    const r = calculatePrefabRatio({ ...worked, q1a: 0.3, q1b: 0.75 }, T); // Q1 = 0 + 15
    expect(r.Q1).toBe(15);
    expect(r.recognised).toBe(false);
    expect(r.reasons.map((x) => x.code)).toContain('GROUP_BELOW_MINIMUM');
    expect(r.reasons.find((x) => x.code === 'GROUP_BELOW_MINIMUM')!.message).toMatch(/^Q1/);
  });

  it('fails when Q2 < 10', () => {
    const r = calculatePrefabRatio({ ...worked, q2a: 0.5, q2d: 0.4 }, T); // Q2 = 0 + 5 + 0
    expect(r.Q2).toBe(5);
    expect(r.recognised).toBe(false);
    expect(r.reasons.find((x) => x.code === 'GROUP_BELOW_MINIMUM')!.message).toMatch(/^Q2/);
  });

  it('fails without 全装修', () => {
    const r = calculatePrefabRatio({ ...worked, fullDecoration: false }, T);
    expect(r.recognised).toBe(false);
    expect(r.grade).toBeNull();
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['NO_FULL_DECORATION', 'NOT_RECOGNISED']));
  });

  it('fails when P < 50 even though the group minima are met', () => {
    // Q1 = 20 + 10 = 30, Q2 = 5 + 5 = 10 (q2a, q2c), Q3 = 6 → 46 / 100
    const r = calculatePrefabRatio(
      { q1a: 0.35, q1b: 0.7, q2a: 0.8, q2b: 0, q2c: 0.5, q2d: 0, q3a: 0, q3b: 0, q3c: 0, q3d: 0, fullDecoration: true },
      T,
    );
    expect(r.P).toBe(46);
    expect(r.recognised).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual(['RATIO_BELOW_RECOGNITION', 'NOT_RECOGNISED']);
  });
});

describe('grading (5.0.1 / 5.0.2)', () => {
  it('q1a = 30% scores 0 for its item and blocks grading even when recognised', () => {
    // q1b 85% → 20 keeps Q1 = 20 so the project is still recognised.
    const r = calculatePrefabRatio({ ...worked, q1a: 0.3, q1b: 0.85, q3a: 0.7, q3d: 0.7 }, T);
    expect(r.items.find((i) => i.item === 'q1a')!.score).toBe(0);
    expect(r.Q1).toBe(20);
    expect(r.recognised).toBe(true);
    expect(r.grade).toBeNull();
    expect(r.reasons.map((x) => x.code)).toEqual(['Q1A_BELOW_GRADING_MINIMUM']);
  });

  it.each([
    [59.4, null],
    [59.9, 'A'], // rounds half-up to 60 — consequence of the integer-percent rule
    [60, 'A'],
    [75, 'A'],
    [75.4, 'A'],
    [75.5, 'AA'],
    [76, 'AA'],
    [90, 'AA'],
    [90.4, 'AA'],
    [90.5, 'AAA'],
    [91, 'AAA'],
    [100, 'AAA'],
  ] as const)('reported P %s → %s (half-up to integer)', (p, grade) => {
    expect(gradeForReportedRatio(p, T)).toBe(grade);
  });

  it('reports below-band P as ungraded with a reason', () => {
    // Q1 = 20 + 10 = 30, Q2 = 5 + 2 + 5 + 5 = 17, Q3 = 6 + 0 + 0 + 3 + 0 = 9 → 56 / 100
    const r = calculatePrefabRatio(
      { q1a: 0.35, q1b: 0.7, q2a: 0.8, q2b: 0.5, q2c: 0.5, q2d: 0.8, q3a: 0, q3b: 0, q3c: 0.7, q3d: 0, fullDecoration: true },
      T,
    );
    expect(r.P).toBe(56); // (30 + 17 + 9) / 100
    expect(r.recognised).toBe(true);
    expect(r.grade).toBeNull();
    expect(r.reasons.map((x) => x.code)).toEqual(['BELOW_LOWEST_GRADE']);
  });

  it('P = 75.5 end to end → assessed 76 → AA', () => {
    // Q1 = 20 + 10, Q2 = 5 + 2 + 5 + 5, Q3 = 6 + 6 + 6 + 6 (q3b n/a → Q4 6): 71 / 94 = 75.53 → 75.5
    const r = calculatePrefabRatio(
      { q1a: 0.35, q1b: 0.7, q2a: 0.8, q2b: 0.5, q2c: 0.5, q2d: 0.8, q3a: 0.7, q3b: null, q3c: 0.9, q3d: 0.7, fullDecoration: true },
      T,
    );
    expect([r.Q1, r.Q2, r.Q3, r.Q4]).toEqual([30, 17, 24, 6]);
    expect(r.P).toBe(75.5);
    expect(r.assessedPercent).toBe(76);
    expect(r.grade).toBe('AA');
  });

  it('P = 90.5 end to end → assessed 91 → AAA', () => {
    // q1a 40% → 20 + 0.05/0.45×10 = 21.1; Q1 41.1, Q2 20, Q3 24, Q4 6: 85.1 / 94 = 90.53 → 90.5
    const r = calculatePrefabRatio(
      { q1a: 0.4, q1b: 0.8, q2a: 0.8, q2b: 0.8, q2c: 0.5, q2d: 0.8, q3a: 0.7, q3b: null, q3c: 0.9, q3d: 0.7, fullDecoration: true },
      T,
    );
    expect(r.Q1).toBe(41.1);
    expect(r.P).toBe(90.5);
    expect(r.grade).toBe('AAA');
  });

  it('offers GB/T 8170 half-even (奇进偶舍) as a regional option', () => {
    const gb8170: ScoreTable = { ...T, id: 'gb8170', grading: { ...T.grading, rounding: { mode: 'half-even', decimals: 0 } } };
    expect(validateScoreTable(gb8170)).toEqual([]);
    expect(gradeForReportedRatio(75.5, gb8170)).toBe('AA'); // 75 odd → 76
    expect(gradeForReportedRatio(90.5, gb8170)).toBe('AA'); // 90 even → 90, unlike half-up
    expect(gradeForReportedRatio(90.6, gb8170)).toBe('AAA');
    expect(gradeForReportedRatio(59.5, gb8170)).toBe('A'); // 59 odd → 60
    expect(assessPercent(60.5, gb8170)).toBe(60);
  });

  it('lets a region switch the rounding rule to floor', () => {
    const strict: ScoreTable = { ...T, id: 'strict', grading: { ...T.grading, rounding: { mode: 'floor', decimals: 0 } } };
    expect(validateScoreTable(strict)).toEqual([]);
    expect(gradeForReportedRatio(59.9, strict)).toBeNull();
    expect(gradeForReportedRatio(75.5, strict)).toBe('A');
    expect(gradeForReportedRatio(90.9, strict)).toBe('AA');
    expect(assessPercent(49.9, strict)).toBe(49);
  });
});

describe('input validation', () => {
  it.each([
    ['q1a', 1.2],
    ['q2b', -0.1],
    ['q3d', Number.NaN],
    ['q1b', 75], // percent instead of ratio
  ])('rejects %s = %s with a typed error naming the field', (field, value) => {
    const bad = { ...worked, [field]: value };
    let err: unknown;
    try {
      calculatePrefabRatio(bad, T);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PrefabInputError);
    expect((err as PrefabInputError).field).toBe(field);
  });

  it('rejects a missing item (undefined is not "not applicable")', () => {
    const { q2c: _omit, ...rest } = worked;
    expect(() => calculatePrefabRatio(rest as unknown as PrefabRatioInput, T)).toThrow(/q2c/);
  });

  it('accepts the bounds 0 and 1', () => {
    expect(() => calculatePrefabRatio({ ...worked, q1a: 1, q3a: 0 }, T)).not.toThrow();
  });
});
