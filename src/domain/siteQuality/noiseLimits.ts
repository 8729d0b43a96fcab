// GB 12523-2011 建筑施工场界环境噪声排放标准: day/night periods and the Leq limits that apply in each.
// Limits and the day window are data, not logic: local governments may move 昼间/夜间 and regions may tighten limits.

export type NoisePeriod = 'day' | 'night';

/** Local clock window that counts as 昼间; everything else is 夜间. Minutes after local midnight, end exclusive. */
export interface DayWindow {
  dayStartMinute: number;
  dayEndMinute: number;
  /** Offset of the site's local time from UTC; China is UTC+8 all year (no DST). */
  utcOffsetMinutes: number;
}

/** GB 12523-2011 default: 昼间 06:00–22:00, 夜间 22:00–06:00, China Standard Time. */
export const GB12523_DAY_WINDOW: Readonly<DayWindow> = { dayStartMinute: 6 * 60, dayEndMinute: 22 * 60, utcOffsetMinutes: 8 * 60 };

export interface NoiseLimits {
  /** 昼间 Leq limit, dB(A). */
  dayLeq: number;
  /** 夜间 Leq limit, dB(A). */
  nightLeq: number;
  /** At night the maximum level may exceed the Leq limit by at most this much, dB(A). */
  nightLmaxExcess: number;
}

/** GB 12523-2011 表1 construction-site boundary limits: 70 dB(A) day, 55 dB(A) night, night Lmax ≤ limit + 15. */
export const GB12523_LIMITS: Readonly<NoiseLimits> = { dayLeq: 70, nightLeq: 55, nightLmaxExcess: 15 };

const MINUTES_PER_DAY = 24 * 60;

// GB 12523-2011 昼间/夜间: minutes after local midnight of a UTC instant at the given offset.
export function localMinuteOfDay(time: Date, utcOffsetMinutes: number): number {
  const minutes = Math.floor(time.getTime() / 60_000) + utcOffsetMinutes;
  // Double modulo keeps pre-1970 (negative) instants in 0..1439.
  return ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

// GB 12523-2011 昼间/夜间 definition: which period a UTC instant falls in at the site. A window whose start is
// after its end wraps midnight; equal start and end means no 昼间 at all.
export function noisePeriodAt(time: Date, window: Readonly<DayWindow> = GB12523_DAY_WINDOW): NoisePeriod {
  const minute = localMinuteOfDay(time, window.utcOffsetMinutes);
  const { dayStartMinute: start, dayEndMinute: end } = window;
  const inDay = start <= end ? minute >= start && minute < end : minute >= start || minute < end;
  return inDay ? 'day' : 'night';
}

export interface NoiseLimitAt {
  period: NoisePeriod;
  /** Leq limit for that period, dB(A). */
  leqLimit: number;
  /** Night only: the cap on the maximum sound level, dB(A). */
  lmaxLimit?: number;
}

// GB 12523-2011 表1: Leq limit (and night Lmax cap) that applies at a UTC instant.
export function noiseLimitAt(
  time: Date,
  limits: Readonly<NoiseLimits> = GB12523_LIMITS,
  window: Readonly<DayWindow> = GB12523_DAY_WINDOW,
): NoiseLimitAt {
  const period = noisePeriodAt(time, window);
  return period === 'day'
    ? { period, leqLimit: limits.dayLeq }
    : { period, leqLimit: limits.nightLeq, lmaxLimit: limits.nightLeq + limits.nightLmaxExcess };
}
