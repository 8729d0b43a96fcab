// Data-quality screening of smart-site monitor series. No standard prescribes these rules; they are platform
// rules that complement the device's own HJ 212-2017 表8 data flags, which a faulty or tampered device will
// not set. Every detector only flags readings for review; none deletes or corrects data.
// Input series are for one device + metric and must be in time order.

export interface SeriesPoint {
  time: Date;
  value: number;
}

export type QualityRule = 'flatline' | 'outOfRange' | 'spike' | 'suddenDrop' | 'pm25AbovePm10';

export interface QualityFlag {
  rule: QualityRule;
  detail: string;
}

/** Flags per reading, index-aligned with the input series (empty array = nothing suspicious). */
export type SeriesFlags = QualityFlag[][];

export interface PhysicalRange {
  min: number;
  max: number;
  unit: string;
}

/**
 * Plausible instrument/physical ranges per canonical metric. Values outside cannot be real measurements at a
 * construction site. Seed data (not from a standard): confirm against the deployed sensors' specifications.
 */
export const PHYSICAL_RANGES: Readonly<Record<string, PhysicalRange>> = {
  pm10: { min: 0, max: 10_000, unit: 'µg/m³' },
  pm2_5: { min: 0, max: 10_000, unit: 'µg/m³' },
  pm1: { min: 0, max: 10_000, unit: 'µg/m³' },
  tsp: { min: 0, max: 20_000, unit: 'µg/m³' },
  noise_la: { min: 20, max: 140, unit: 'dB(A)' },
  noise_leq: { min: 20, max: 140, unit: 'dB(A)' },
  noise_l5: { min: 20, max: 140, unit: 'dB(A)' },
  noise_l10: { min: 20, max: 140, unit: 'dB(A)' },
  noise_l50: { min: 20, max: 140, unit: 'dB(A)' },
  noise_l90: { min: 20, max: 140, unit: 'dB(A)' },
  noise_l95: { min: 20, max: 140, unit: 'dB(A)' },
  noise_lmx: { min: 20, max: 140, unit: 'dB(A)' },
  noise_lmn: { min: 20, max: 140, unit: 'dB(A)' },
  temperature: { min: -50, max: 70, unit: '°C' },
  humidity: { min: 0, max: 100, unit: '%' },
  pressure: { min: 50, max: 110, unit: 'kPa' },
  wind_speed: { min: 0, max: 75, unit: 'm/s' },
  wind_direction: { min: 0, max: 360, unit: '°' },
};

/**
 * Smallest spread the spike detector assumes per metric, so that a calm, nearly constant history does not turn
 * every ordinary wobble into a "spike". Roughly the sensor's resolution/noise floor. Seed data.
 */
export const SPIKE_MIN_SPREAD: Readonly<Record<string, number>> = {
  pm10: 10,
  pm2_5: 5,
  pm1: 5,
  tsp: 20,
  noise_la: 2,
  noise_leq: 2,
  temperature: 1,
  humidity: 3,
  pressure: 0.3,
  wind_speed: 1,
};

function emptyFlags(length: number): SeriesFlags {
  return Array.from({ length }, () => []);
}

// Platform rule (no standard clause): a stuck sensor or frozen logger repeats its last value. Flags every reading
// in a run of ≥ minRun exactly equal consecutive values. Pick minRun per metric and sampling interval: coarse
// integer outputs (wind direction, low PM) repeat legitimately for short runs.
export function detectFlatline(series: readonly SeriesPoint[], options: { minRun?: number } = {}): SeriesFlags {
  const minRun = Math.max(2, options.minRun ?? 10);
  const flags = emptyFlags(series.length);
  let runStart = 0;
  for (let i = 1; i <= series.length; i++) {
    if (i < series.length && series[i].value === series[runStart].value) continue;
    const runLength = i - runStart;
    if (runLength >= minRun) {
      for (let j = runStart; j < i; j++) {
        flags[j].push({ rule: 'flatline', detail: `${runLength} identical values (${series[runStart].value}) in a row` });
      }
    }
    runStart = i;
  }
  return flags;
}

// Platform rule (no standard clause): a value outside the physical/instrument range (or not a finite number)
// cannot be a real measurement; typical causes are unit mix-ups (mg vs µg) and sensor faults.
export function detectOutOfRange(series: readonly SeriesPoint[], range: Readonly<PhysicalRange>): SeriesFlags {
  return series.map(({ value }) =>
    Number.isFinite(value) && value >= range.min && value <= range.max
      ? []
      : [{ rule: 'outOfRange', detail: `${value} outside ${range.min}..${range.max} ${range.unit}` }],
  );
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface SpikeOptions {
  /** Number of preceding readings forming the reference window. */
  window?: number;
  /** Threshold in robust standard deviations. */
  k?: number;
  /** Readings needed in the window before judging at all. */
  minHistory?: number;
  /** Floor for the spread (see SPIKE_MIN_SPREAD); 0 means a perfectly flat history never flags. */
  minSpread?: number;
}

// Platform rule (no standard clause), a Hampel filter: flags a reading that departs from the median of the
// preceding readings by more than k robust standard deviations (1.4826 × MAD). Median/MAD rather than mean/SD
// because one spike must not inflate the reference and hide the next; the window trails so streaming works.
export function detectSpikes(series: readonly SeriesPoint[], options: SpikeOptions = {}): SeriesFlags {
  const window = Math.max(1, options.window ?? 10);
  const k = options.k ?? 5;
  const minHistory = Math.min(window, Math.max(1, options.minHistory ?? 5));
  const minSpread = options.minSpread ?? 0;
  const flags = emptyFlags(series.length);
  for (let i = minHistory; i < series.length; i++) {
    const value = series[i].value;
    const history = series
      .slice(Math.max(0, i - window), i)
      .map((p) => p.value)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    if (history.length < minHistory || !Number.isFinite(value)) continue;
    const centre = median(history);
    const mad = median(history.map((v) => Math.abs(v - centre)).sort((a, b) => a - b));
    const spread = Math.max(1.4826 * mad, minSpread);
    if (spread <= 0) continue; // flat history: flatline's business, not a spike
    const deviation = Math.abs(value - centre);
    if (deviation > k * spread) {
      flags[i].push({
        rule: 'spike',
        detail: `${value} is ${(deviation / spread).toFixed(1)} robust SD from the recent median ${centre}`,
      });
    }
  }
  return flags;
}

export interface SuddenDropOptions {
  /** Fractional fall that counts as sudden, e.g. 0.7 = falls to 30 % or less. */
  dropRatio?: number;
  /** The fall must happen within this many samples. */
  withinSamples?: number;
  /** Rise in relative humidity (percentage points) over the same span that makes the fall suspicious. */
  humidityRise?: number;
  /** Ignore falls from below this PM10 level (µg/m³): at low levels a 70 % fall is ordinary noise. */
  minBaseline?: number;
}

// Platform rule (no standard clause): spraying water/mist at the monitor's inlet to hide dust makes PM10 collapse
// while humidity at the same device jumps. Flags PM10 reading i when, versus one of the previous withinSamples
// readings j, PM10 fell by ≥ dropRatio from ≥ minBaseline AND humidity (matched by identical timestamp) rose by
// ≥ humidityRise points. Rain onset looks the same, so this marks readings for human review only.
export function detectSuddenDrop(
  pm10: readonly SeriesPoint[],
  humidity: readonly SeriesPoint[],
  options: SuddenDropOptions = {},
): SeriesFlags {
  const dropRatio = options.dropRatio ?? 0.7;
  const within = Math.max(1, options.withinSamples ?? 2);
  const humidityRise = options.humidityRise ?? 15;
  const minBaseline = options.minBaseline ?? 50;
  const humidityAt = new Map(humidity.map((p) => [p.time.getTime(), p.value]));
  const flags = emptyFlags(pm10.length);
  for (let i = 1; i < pm10.length; i++) {
    const now = pm10[i].value;
    const rhNow = humidityAt.get(pm10[i].time.getTime());
    if (rhNow === undefined || !Number.isFinite(now)) continue;
    for (let j = Math.max(0, i - within); j < i; j++) {
      const before = pm10[j].value;
      const rhBefore = humidityAt.get(pm10[j].time.getTime());
      if (rhBefore === undefined || !(before >= minBaseline)) continue;
      if (now <= before * (1 - dropRatio) && rhNow - rhBefore >= humidityRise) {
        flags[i].push({
          rule: 'suddenDrop',
          detail: `PM10 fell ${before} → ${now} within ${i - j} samples while humidity rose ${rhBefore} → ${rhNow} %`,
        });
        break;
      }
    }
  }
  return flags;
}

// GB 3095-2012 §3 definitions: PM2.5 (≤ 2.5 µm) is a subset of PM10 (≤ 10 µm), so PM2.5 > PM10 at the same
// instant is physically impossible and means a sensor or mapping error. Flags the PM2.5 readings (index-aligned
// with pm25); readings are paired by identical timestamp; tolerance absorbs optical-sensor noise.
export function detectPm25AbovePm10(
  pm25: readonly SeriesPoint[],
  pm10: readonly SeriesPoint[],
  options: { tolerance?: number } = {},
): SeriesFlags {
  const tolerance = options.tolerance ?? 0;
  const pm10At = new Map(pm10.map((p) => [p.time.getTime(), p.value]));
  return pm25.map(({ time, value }) => {
    const coarse = pm10At.get(time.getTime());
    return coarse !== undefined && value > coarse + tolerance
      ? [{ rule: 'pm25AbovePm10', detail: `PM2.5 ${value} exceeds PM10 ${coarse} at the same time` }]
      : [];
  });
}

// Platform rule: combine per-reading flags from several detectors (index-aligned lists of the same series).
export function mergeSeriesFlags(...lists: readonly SeriesFlags[]): SeriesFlags {
  const length = Math.max(0, ...lists.map((l) => l.length));
  return Array.from({ length }, (_, i) => lists.flatMap((l) => l[i] ?? []));
}

export interface SeriesAssessmentOptions {
  flatlineMinRun?: number;
  spike?: SpikeOptions;
  /** Overrides PHYSICAL_RANGES for this metric. */
  range?: PhysicalRange;
}

// Platform rule: the single-series detectors (flatline, range, spike) for one device + metric, with seed data.
export function assessSeries(metric: string, series: readonly SeriesPoint[], options: SeriesAssessmentOptions = {}): SeriesFlags {
  const range = options.range ?? (Object.hasOwn(PHYSICAL_RANGES, metric) ? PHYSICAL_RANGES[metric] : undefined);
  const minSpread = Object.hasOwn(SPIKE_MIN_SPREAD, metric) ? SPIKE_MIN_SPREAD[metric] : 0;
  return mergeSeriesFlags(
    detectFlatline(series, { minRun: options.flatlineMinRun }),
    range ? detectOutOfRange(series, range) : emptyFlags(series.length),
    detectSpikes(series, { ...options.spike, minSpread: options.spike?.minSpread ?? minSpread }),
  );
}
