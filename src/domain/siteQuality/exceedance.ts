// Exceedance (超标) rate over hourly aggregates: the share of valid hours whose hourly average is above the limit
// that applied in that hour. "Above" is strict: a value equal to the limit complies.
import { GB12523_DAY_WINDOW, GB12523_LIMITS, noiseLimitAt, type DayWindow, type NoiseLimits, type NoisePeriod } from './noiseLimits.js';

export interface HourlyValue {
  /** Start of the hour, UTC (DataTime of a 2061 upload is the period start). */
  hourStart: Date;
  /** Hourly average (Leq for noise, mean concentration for dust). */
  value: number;
}

export interface ExceedanceResult {
  /** Hours with a finite value, counted once each. */
  totalHours: number;
  exceededHours: number;
  /** exceededHours / totalHours; null when there are no valid hours (no data is not 0 % exceedance). */
  rate: number | null;
  exceededHourStarts: Date[];
  /** Hours dropped because their value was not a finite number. */
  invalidHours: number;
  /** Repeated hourStart values; only the first of each is used. */
  duplicateHours: number;
}

const HOUR_MS = 3_600_000;

// Platform rule over hourly aggregates: exceedance with a per-hour limit; an hour only counts when it is part of
// ≥ sustainedHours consecutive over-limit hours (a gap in the data breaks the run).
export function exceedanceRate(
  hours: readonly HourlyValue[],
  limitFor: (hourStart: Date) => number,
  options: { sustainedHours?: number } = {},
): ExceedanceResult {
  const sustained = Math.max(1, Math.floor(options.sustainedHours ?? 1));
  const seen = new Set<number>();
  let invalidHours = 0;
  let duplicateHours = 0;
  const valid: HourlyValue[] = [];
  for (const hour of hours) {
    const t = hour.hourStart.getTime();
    if (seen.has(t)) {
      duplicateHours++;
      continue;
    }
    seen.add(t);
    if (Number.isFinite(hour.value)) valid.push(hour);
    else invalidHours++;
  }
  valid.sort((a, b) => a.hourStart.getTime() - b.hourStart.getTime());

  const exceededHourStarts: Date[] = [];
  let run: Date[] = [];
  const closeRun = (): void => {
    if (run.length >= sustained) exceededHourStarts.push(...run);
    run = [];
  };
  for (const hour of valid) {
    const over = hour.value > limitFor(hour.hourStart);
    const last = run[run.length - 1];
    if (!over || (last && hour.hourStart.getTime() - last.getTime() !== HOUR_MS)) closeRun();
    if (over) run.push(hour.hourStart);
  }
  closeRun();

  const totalHours = valid.length;
  return {
    totalHours,
    exceededHours: exceededHourStarts.length,
    rate: totalHours === 0 ? null : exceededHourStarts.length / totalHours,
    exceededHourStarts,
    invalidHours,
    duplicateHours,
  };
}

export interface NoiseExceedanceResult extends ExceedanceResult {
  byPeriod: Record<NoisePeriod, { totalHours: number; exceededHours: number; rate: number | null }>;
}

// GB 12523-2011 表1 over hourly Leq: each hour is judged against the limit of its period (day 70 / night 55 by
// default), classified by the hour's start, which is exact while the day window boundaries fall on whole hours.
export function noiseExceedance(
  hours: readonly HourlyValue[],
  limits: Readonly<NoiseLimits> = GB12523_LIMITS,
  window: Readonly<DayWindow> = GB12523_DAY_WINDOW,
): NoiseExceedanceResult {
  const result = exceedanceRate(hours, (hourStart) => noiseLimitAt(hourStart, limits, window).leqLimit);
  const byPeriod: NoiseExceedanceResult['byPeriod'] = {
    day: { totalHours: 0, exceededHours: 0, rate: null },
    night: { totalHours: 0, exceededHours: 0, rate: null },
  };
  const exceeded = new Set(result.exceededHourStarts.map((d) => d.getTime()));
  const counted = new Set<number>();
  for (const hour of hours) {
    const t = hour.hourStart.getTime();
    // Same first-wins and validity rules as exceedanceRate, so the period totals add up to totalHours.
    if (counted.has(t)) continue;
    counted.add(t);
    if (!Number.isFinite(hour.value)) continue;
    const bucket = byPeriod[noiseLimitAt(hour.hourStart, limits, window).period];
    bucket.totalHours++;
    if (exceeded.has(t)) bucket.exceededHours++;
  }
  for (const bucket of Object.values(byPeriod)) {
    bucket.rate = bucket.totalHours === 0 ? null : bucket.exceededHours / bucket.totalHours;
  }
  return { ...result, byPeriod };
}

export interface Pm10ExceedanceOptions {
  /** Regional PM10 limit for the hourly average, µg/m³ (per-region/per-stage config; no national site value). */
  limit: number;
  /** Hours the exceedance must last to count, per the regional rule; 1 = every over-limit hour counts. */
  sustainedHours?: number;
}

// Regional 施工扬尘 rule over hourly PM10 averages (limit and duration are per-region config, standards.md §8).
export function pm10Exceedance(hours: readonly HourlyValue[], options: Pm10ExceedanceOptions): ExceedanceResult {
  return exceedanceRate(hours, () => options.limit, { sustainedHours: options.sustainedHours });
}
