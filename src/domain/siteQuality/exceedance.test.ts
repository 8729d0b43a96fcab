import { describe, expect, it } from 'vitest';
import { exceedanceRate, noiseExceedance, pm10Exceedance, type HourlyValue } from './exceedance.js';
import { GB12523_DAY_WINDOW, GB12523_LIMITS } from './noiseLimits.js';

const hour = (iso: string, value: number): HourlyValue => ({ hourStart: new Date(iso), value });

describe('noiseExceedance (GB 12523-2011)', () => {
  // China-local hours of 2024-03-15/16 and their UTC starts:
  //   20:00 day  68 ok | 21:00 day 71 over | 22:00 night 60 over | 23:00 night 55 = limit, ok
  //   05:00 night 56 over | 06:00 day 70 = limit, ok
  const hours = [
    hour('2024-03-15T12:00:00Z', 68),
    hour('2024-03-15T13:00:00Z', 71),
    hour('2024-03-15T14:00:00Z', 60),
    hour('2024-03-15T15:00:00Z', 55),
    hour('2024-03-15T21:00:00Z', 56),
    hour('2024-03-15T22:00:00Z', 70),
  ];

  it('judges each hour against its day or night limit: 3 of 6 hours over', () => {
    const result = noiseExceedance(hours);
    expect(result.totalHours).toBe(6);
    expect(result.exceededHours).toBe(3);
    expect(result.rate).toBe(0.5);
    expect(result.exceededHourStarts.map((d) => d.toISOString())).toEqual([
      '2024-03-15T13:00:00.000Z',
      '2024-03-15T14:00:00.000Z',
      '2024-03-15T21:00:00.000Z',
    ]);
    expect(result.byPeriod).toEqual({
      day: { totalHours: 3, exceededHours: 1, rate: 1 / 3 },
      night: { totalHours: 3, exceededHours: 2, rate: 2 / 3 },
    });
  });

  it('follows a local day window and limits', () => {
    // 昼间 from 07:00: the 06:00 hour becomes night, 70 > 55 → 4 of 6
    const window = { ...GB12523_DAY_WINDOW, dayStartMinute: 7 * 60 };
    expect(noiseExceedance(hours, GB12523_LIMITS, window).exceededHours).toBe(4);
    // stricter region: 65 / 50 → 68, 71, 60, 55, 56, 70 all over
    expect(noiseExceedance(hours, { dayLeq: 65, nightLeq: 50, nightLmaxExcess: 15 }).rate).toBe(1);
  });

  it('ignores invalid and duplicate hours consistently', () => {
    const result = noiseExceedance([...hours, hour('2024-03-15T13:00:00Z', 40), hour('2024-03-16T03:00:00Z', Number.NaN)]);
    expect(result).toMatchObject({ totalHours: 6, exceededHours: 3, invalidHours: 1, duplicateHours: 1 });
    expect(result.byPeriod.day.totalHours + result.byPeriod.night.totalHours).toBe(6);
  });

  it('reports no rate, not 0 %, when there are no valid hours', () => {
    const result = noiseExceedance([]);
    expect(result.rate).toBeNull();
    expect(result.byPeriod.day.rate).toBeNull();
  });
});

describe('pm10Exceedance (regional limit, sustained duration)', () => {
  // consecutive hours from 00:00 UTC: 100, 160, 170, 140, 155, 120, 151, 152 against 150 µg/m³
  const values = [100, 160, 170, 140, 155, 120, 151, 152];
  const hours = values.map((v, i) => hour(`2024-03-15T${String(i).padStart(2, '0')}:00:00Z`, v));

  it('counts every over-limit hour when no duration is required: 5 of 8', () => {
    expect(pm10Exceedance(hours, { limit: 150 })).toMatchObject({ exceededHours: 5, rate: 0.625 });
  });

  it('counts only runs of at least 2 hours: hours 1–2 and 6–7 → 4 of 8', () => {
    const result = pm10Exceedance(hours, { limit: 150, sustainedHours: 2 });
    expect(result.exceededHours).toBe(4);
    expect(result.rate).toBe(0.5);
    expect(result.exceededHourStarts.map((d) => d.getUTCHours())).toEqual([1, 2, 6, 7]);
  });

  it('lets a gap in the data break a run, and accepts unsorted input', () => {
    // hour 2 missing: hour 1 stands alone; 3 and 4 (165, 170) are a run → 2 of 4
    const gappy = [
      hour('2024-03-15T04:00:00Z', 170),
      hour('2024-03-15T00:00:00Z', 100),
      hour('2024-03-15T03:00:00Z', 165),
      hour('2024-03-15T01:00:00Z', 160),
    ];
    expect(pm10Exceedance(gappy, { limit: 150, sustainedHours: 2 })).toMatchObject({ totalHours: 4, exceededHours: 2, rate: 0.5 });
  });

  it('treats a value equal to the limit as compliant', () => {
    expect(pm10Exceedance([hour('2024-03-15T00:00:00Z', 150)], { limit: 150 }).exceededHours).toBe(0);
  });
});

describe('exceedanceRate', () => {
  it('takes any per-hour limit', () => {
    // limit 100 before 02:00 UTC, 50 after: 80 ok, 120 over, 60 over
    const limitFor = (t: Date) => (t.getUTCHours() < 2 ? 100 : 50);
    const result = exceedanceRate(
      [hour('2024-03-15T00:00:00Z', 80), hour('2024-03-15T01:00:00Z', 120), hour('2024-03-15T02:00:00Z', 60)],
      limitFor,
    );
    expect(result).toMatchObject({ totalHours: 3, exceededHours: 2, rate: 2 / 3 });
  });
});
