// Dynamic tracking rules (issue 9): month arithmetic, the linear-trend forecast behind early warnings, and the
// traffic lights of the regional dashboard. Pure functions; the tracking module feeds them snapshot rows.

export type Direction = 'higherIsBetter' | 'lowerIsBetter';
export type MonthValue = { month: string; value: number };

/** 'YYYY-MM' → a month number (year·12 + month − 1), so differences are months. */
export function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

export function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to` inclusive ('YYYY-MM'); empty when from > to. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthOf(i));
  return out;
}

/** Whether `value` meets `target` in the indicator's direction (equal meets). */
export function meets(value: number, target: number, direction: Direction): boolean {
  return direction === 'higherIsBetter' ? value >= target : value <= target;
}

export type LinearFit = { slope: number; intercept: number; points: number };

/** Ordinary least squares y = intercept + slope·x over the points (x in months); null with fewer than two distinct months. */
export function leastSquares(points: Array<{ x: number; y: number }>): LinearFit | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, points: n };
}

export const FORECAST_WINDOW = 6;

export type Forecast = {
  /** The value expected in the due month, or null when there are too few snapshots to draw a trend. */
  forecast: number | null;
  latest: MonthValue | null;
  slopePerMonth: number | null;
  pointsUsed: number;
  /** True when the forecast (or, past the due month, the latest value) misses the target. */
  willMiss: boolean | null;
};

/**
 * Early-warning rule: fit a straight line (least squares) through the last ≤ 6 monthly snapshots and read it at the
 * due month. When the due month has already been reached the latest snapshot itself is compared. With fewer than two
 * snapshots there is no trend and no warning (willMiss null).
 */
export function forecastTarget(
  series: MonthValue[],
  target: { value: number; direction: Direction; dueMonth: string },
  window = FORECAST_WINDOW,
): Forecast {
  const sorted = [...series].sort((a, b) => a.month.localeCompare(b.month));
  const latest = sorted.at(-1) ?? null;
  if (!latest) return { forecast: null, latest: null, slopePerMonth: null, pointsUsed: 0, willMiss: null };
  if (monthIndex(latest.month) >= monthIndex(target.dueMonth)) {
    return {
      forecast: latest.value,
      latest,
      slopePerMonth: null,
      pointsUsed: 1,
      willMiss: !meets(latest.value, target.value, target.direction),
    };
  }
  const used = sorted.slice(-window);
  const fit = leastSquares(used.map((p) => ({ x: monthIndex(p.month), y: p.value })));
  if (!fit) return { forecast: null, latest, slopePerMonth: null, pointsUsed: used.length, willMiss: null };
  const forecast = fit.intercept + fit.slope * monthIndex(target.dueMonth);
  return {
    forecast,
    latest,
    slopePerMonth: fit.slope,
    pointsUsed: used.length,
    willMiss: !meets(forecast, target.value, target.direction),
  };
}

export type Light = 'green' | 'amber' | 'red' | 'grey';

/** Amber band: within 10 % of the target on the wrong side. */
export const AMBER_TOLERANCE = 0.1;

/**
 * Dashboard traffic light: green meets the target; amber misses it by no more than 10 % of the target's magnitude;
 * red misses it by more; grey when there is no target or no value.
 */
export function trafficLight(
  value: number | null | undefined,
  target: { value: number; direction: Direction } | null | undefined,
  tolerance = AMBER_TOLERANCE,
): Light {
  if (value === null || value === undefined || !target) return 'grey';
  if (meets(value, target.value, target.direction)) return 'green';
  const gap = Math.abs(value - target.value);
  return gap <= Math.abs(target.value) * tolerance ? 'amber' : 'red';
}

export type Distribution = {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
  histogram: Array<{ from: number; to: number; count: number }>;
};

/** Linear-interpolated quantile (the R-7 / spreadsheet definition) of sorted values. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Five-number summary, mean and an equal-width histogram (default 10 bins; the top edge falls in the last bin). */
export function distribution(values: number[], bins = 10): Distribution | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const min = s[0]!;
  const max = s.at(-1)!;
  const width = (max - min) / bins;
  const histogram = Array.from({ length: width > 0 ? bins : 1 }, (_, i) => ({
    from: min + i * width,
    to: width > 0 ? min + (i + 1) * width : max,
    count: 0,
  }));
  for (const v of s) {
    const i = width > 0 ? Math.min(bins - 1, Math.floor((v - min) / width)) : 0;
    histogram[i]!.count++;
  }
  return {
    count: s.length,
    min,
    q1: quantile(s, 0.25),
    median: quantile(s, 0.5),
    q3: quantile(s, 0.75),
    max,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
    histogram,
  };
}
