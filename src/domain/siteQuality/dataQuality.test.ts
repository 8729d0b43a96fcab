import { describe, expect, it } from 'vitest';
import {
  assessSeries,
  detectFlatline,
  detectOutOfRange,
  detectPm25AbovePm10,
  detectSpikes,
  detectSuddenDrop,
  mergeSeriesFlags,
  PHYSICAL_RANGES,
  type SeriesFlags,
  type SeriesPoint,
} from './dataQuality.js';

const T0 = Date.parse('2024-03-15T02:00:00Z');

/** One reading per minute from T0. */
function series(values: number[], offsetMinutes = 0): SeriesPoint[] {
  return values.map((value, i) => ({ time: new Date(T0 + (i + offsetMinutes) * 60_000), value }));
}

/** Indexes that carry a flag of the given rule. */
function flagged(flags: SeriesFlags, rule?: string): number[] {
  return flags.flatMap((f, i) => (f.some((x) => !rule || x.rule === rule) ? [i] : []));
}

describe('detectFlatline', () => {
  it('flags every reading of a run of at least N equal values', () => {
    const s = series([1, 2, 2, 2, 2, 3]);
    expect(flagged(detectFlatline(s, { minRun: 4 }))).toEqual([1, 2, 3, 4]);
    expect(flagged(detectFlatline(s, { minRun: 5 }))).toEqual([]);
  });

  it('flags a run at the end of the series', () => {
    expect(flagged(detectFlatline(series([5, 7, 7, 7]), { minRun: 3 }))).toEqual([1, 2, 3]);
    expect(detectFlatline(series([5, 7, 7, 7]), { minRun: 3 })[1][0].detail).toBe('3 identical values (7) in a row');
  });

  it('handles empty and short series', () => {
    expect(detectFlatline([])).toEqual([]);
    expect(detectFlatline(series([1]))).toEqual([[]]);
  });
});

describe('detectOutOfRange', () => {
  it('flags values outside the inclusive range and non-finite values', () => {
    const s = series([-1, 0, 10_000, 10_001, Number.NaN]);
    expect(flagged(detectOutOfRange(s, PHYSICAL_RANGES.pm10))).toEqual([0, 3, 4]);
  });

  it('uses 20–140 dB for noise', () => {
    expect(flagged(detectOutOfRange(series([19.9, 20, 140, 140.1]), PHYSICAL_RANGES.noise_leq))).toEqual([0, 3]);
  });
});

describe('detectSpikes', () => {
  // history 50,52,48,51,49: median 50, |dev| 0,1,1,2,2 → MAD 1 → spread 1.4826; k=5 → threshold 7.413
  const history = [50, 52, 48, 51, 49];
  const options = { window: 5, minHistory: 5, k: 5 };

  it('flags a jump beyond k robust SDs from the recent median', () => {
    expect(flagged(detectSpikes(series([...history, 58]), options))).toEqual([5]); // |58-50| = 8 > 7.413
    expect(flagged(detectSpikes(series([...history, 57]), options))).toEqual([]); // 7 < 7.413
    expect(flagged(detectSpikes(series([...history, 42]), options))).toEqual([5]); // downward too
  });

  it('reports the size of the jump', () => {
    expect(detectSpikes(series([...history, 58]), options)[5][0].detail).toBe('58 is 5.4 robust SD from the recent median 50');
  });

  it('applies the spread floor', () => {
    // floor 10 → threshold 50: 99 (dev 49) passes, 101 (dev 51) is a spike
    expect(flagged(detectSpikes(series([...history, 99]), { ...options, minSpread: 10 }))).toEqual([]);
    expect(flagged(detectSpikes(series([...history, 101]), { ...options, minSpread: 10 }))).toEqual([5]);
  });

  it('is not thrown off by the spike itself on the next readings', () => {
    // after 200: window 52,48,51,49,200 → median 51, MAD 2 → spread 2.965; 50 is 1 away
    expect(flagged(detectSpikes(series([...history, 200, 50, 51]), options))).toEqual([5]);
  });

  it('does not judge before minHistory readings or on a perfectly flat history without a floor', () => {
    expect(flagged(detectSpikes(series([50, 500]), options))).toEqual([]);
    expect(flagged(detectSpikes(series([50, 50, 50, 50, 50, 51]), options))).toEqual([]);
  });
});

describe('detectSuddenDrop', () => {
  it('flags PM10 collapsing > 70 % within 2 samples while humidity jumps', () => {
    // i=2: 40 ≤ 200×0.3 = 60 and RH 85−60 = 25 ≥ 15; i=3: 45 ≤ 190×0.3 = 57 and RH 86−61 = 25
    const pm10 = series([200, 190, 40, 45]);
    const rh = series([60, 61, 85, 86]);
    const flags = detectSuddenDrop(pm10, rh);
    expect(flagged(flags)).toEqual([2, 3]);
    expect(flags[2][0].detail).toBe('PM10 fell 200 → 40 within 2 samples while humidity rose 60 → 85 %');
  });

  it('does not flag without the humidity jump, a smaller fall, or a low baseline', () => {
    expect(flagged(detectSuddenDrop(series([200, 190, 40]), series([60, 61, 62])))).toEqual([]);
    expect(flagged(detectSuddenDrop(series([200, 190, 80]), series([60, 61, 85])))).toEqual([]); // 60 % fall
    expect(flagged(detectSuddenDrop(series([45, 40, 5]), series([60, 61, 85])))).toEqual([]); // below 50 µg/m³
  });

  it('does not look further back than withinSamples', () => {
    // 200 → 40 takes 3 samples; from 120 or 100 (2 and 1 samples back) 40 is not a 70 % fall (> 36, > 30)
    expect(flagged(detectSuddenDrop(series([200, 120, 100, 40]), series([60, 60, 60, 85])))).toEqual([]);
    expect(flagged(detectSuddenDrop(series([200, 120, 100, 40]), series([60, 60, 60, 85]), { withinSamples: 3 }))).toEqual([3]);
  });

  it('needs humidity at both timestamps', () => {
    expect(flagged(detectSuddenDrop(series([200, 40]), series([60, 85], 10)))).toEqual([]);
  });
});

describe('detectPm25AbovePm10', () => {
  it('flags PM2.5 readings above PM10 at the same time', () => {
    const pm25 = series([30, 80, 50]);
    const pm10 = series([60, 70]); // nothing at the third minute
    const flags = detectPm25AbovePm10(pm25, pm10);
    expect(flagged(flags)).toEqual([1]);
    expect(flags[1][0]).toEqual({ rule: 'pm25AbovePm10', detail: 'PM2.5 80 exceeds PM10 70 at the same time' });
    expect(flagged(detectPm25AbovePm10(pm25, pm10, { tolerance: 10 }))).toEqual([]);
  });
});

describe('assessSeries / mergeSeriesFlags', () => {
  it('combines range, flatline and spike flags per reading', () => {
    const s = series([50, 52, 48, 51, 49, 50, 52, 48, 51, 49, 12_000, 60, 60, 60]);
    const flags = assessSeries('pm10', s, { flatlineMinRun: 3 });
    expect(flagged(flags, 'outOfRange')).toEqual([10]);
    expect(flagged(flags, 'spike')).toEqual([10]);
    expect(flagged(flags, 'flatline')).toEqual([11, 12, 13]);
    expect(flags[10].map((f) => f.rule)).toEqual(['outOfRange', 'spike']);
  });

  it('uses the metric spread floor (pm10: 10 µg/m³), so ordinary wobble is not a spike', () => {
    const s = series([50, 52, 48, 51, 49, 50, 52, 48, 51, 49, 70]); // 20 away, < 5 × 10
    expect(flagged(assessSeries('pm10', s))).toEqual([]);
  });

  it('skips the range check for metrics without a range', () => {
    expect(flagged(assessSeries('unknown_metric', series([-5, 1e9])))).toEqual([]);
  });

  it('merges index-aligned lists of different lengths', () => {
    const a: SeriesFlags = [[{ rule: 'spike', detail: 'a' }], []];
    const b: SeriesFlags = [[], [], [{ rule: 'flatline', detail: 'b' }]];
    expect(mergeSeriesFlags(a, b)).toEqual([[{ rule: 'spike', detail: 'a' }], [], [{ rule: 'flatline', detail: 'b' }]]);
    expect(mergeSeriesFlags()).toEqual([]);
  });
});
