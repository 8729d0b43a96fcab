import { describe, expect, it } from 'vitest';
import { GB12523_DAY_WINDOW, GB12523_LIMITS, localMinuteOfDay, noiseLimitAt, noisePeriodAt } from './noiseLimits.js';

describe('GB 12523-2011 day/night', () => {
  it('has the standard defaults as data', () => {
    expect(GB12523_LIMITS).toEqual({ dayLeq: 70, nightLeq: 55, nightLmaxExcess: 15 });
    expect(GB12523_DAY_WINDOW).toEqual({ dayStartMinute: 360, dayEndMinute: 1320, utcOffsetMinutes: 480 });
  });

  it.each([
    // UTC instant, China local time, period
    ['2024-03-15T21:59:59Z', '05:59:59', 'night'],
    ['2024-03-15T22:00:00Z', '06:00:00 (day starts, inclusive)', 'day'],
    ['2024-03-15T04:00:00Z', '12:00', 'day'],
    ['2024-03-15T13:59:59Z', '21:59:59', 'day'],
    ['2024-03-15T14:00:00Z', '22:00:00 (night starts)', 'night'],
    ['2024-03-15T16:00:00Z', '00:00 next day', 'night'],
    ['1969-12-31T22:00:00Z', '1970-01-01 06:00 (before the epoch)', 'day'],
  ])('%s (China %s) is %s', (iso, _local, period) => {
    expect(noisePeriodAt(new Date(iso))).toBe(period);
  });

  it('computes China local minute of day from UTC', () => {
    expect(localMinuteOfDay(new Date('2024-03-15T16:30:00Z'), 480)).toBe(30); // 00:30 China
    expect(localMinuteOfDay(new Date('2024-03-15T15:59:00Z'), 480)).toBe(1439); // 23:59 China
  });

  it('returns the period limit, with the night Lmax cap of 55 + 15 = 70', () => {
    expect(noiseLimitAt(new Date('2024-03-15T04:00:00Z'))).toEqual({ period: 'day', leqLimit: 70 });
    expect(noiseLimitAt(new Date('2024-03-15T16:00:00Z'))).toEqual({ period: 'night', leqLimit: 55, lmaxLimit: 70 });
  });

  it('uses a locally configured window and limits', () => {
    const localWindow = { ...GB12523_DAY_WINDOW, dayStartMinute: 7 * 60 }; // county sets 昼间 from 07:00
    const sixThirty = new Date('2024-03-15T22:30:00Z'); // 06:30 China
    expect(noisePeriodAt(sixThirty)).toBe('day');
    expect(noisePeriodAt(sixThirty, localWindow)).toBe('night');
    expect(noiseLimitAt(sixThirty, { dayLeq: 65, nightLeq: 50, nightLmaxExcess: 10 }, localWindow)).toEqual({
      period: 'night',
      leqLimit: 50,
      lmaxLimit: 60,
    });
  });

  it('supports a window that wraps midnight, and an empty one', () => {
    const wrapped = { dayStartMinute: 20 * 60, dayEndMinute: 2 * 60, utcOffsetMinutes: 480 };
    expect(noisePeriodAt(new Date('2024-03-15T16:30:00Z'), wrapped)).toBe('day'); // 00:30 China
    expect(noisePeriodAt(new Date('2024-03-15T04:00:00Z'), wrapped)).toBe('night'); // 12:00 China
    const none = { dayStartMinute: 600, dayEndMinute: 600, utcOffsetMinutes: 480 };
    expect(noisePeriodAt(new Date('2024-03-15T02:00:00Z'), none)).toBe('night'); // 10:00 China
  });
});
