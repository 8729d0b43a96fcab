import { describe, expect, it } from 'vitest';
import { distribution, forecastTarget, leastSquares, monthIndex, monthOf, monthsBetween, quantile, trafficLight } from './forecast.js';

describe('month arithmetic', () => {
  it('counts months across years', () => {
    expect(monthIndex('2025-03') - monthIndex('2024-11')).toBe(4);
    expect(monthOf(monthIndex('2024-12') + 1)).toBe('2025-01');
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-02', '2025-01')).toEqual([]);
  });
});

describe('least squares', () => {
  it('fits the worked example y = 1 + 2x exactly', () => {
    expect(
      leastSquares([
        { x: 0, y: 1 },
        { x: 1, y: 3 },
        { x: 2, y: 5 },
      ]),
    ).toEqual({ slope: 2, intercept: 1, points: 3 });
  });
  it('fits noisy points: (0,1) (1,2) (2,2) (3,4) → slope 0.9, intercept 0.9', () => {
    const f = leastSquares([
      { x: 0, y: 1 },
      { x: 1, y: 2 },
      { x: 2, y: 2 },
      { x: 3, y: 4 },
    ])!;
    expect(f.slope).toBeCloseTo(0.9, 12);
    expect(f.intercept).toBeCloseTo(0.9, 12);
  });
  it('has no trend with one point or one month', () => {
    expect(leastSquares([{ x: 0, y: 1 }])).toBeNull();
    expect(
      leastSquares([
        { x: 2, y: 1 },
        { x: 2, y: 3 },
      ]),
    ).toBeNull();
  });
});

describe('forecastTarget', () => {
  // Waste intensity growing 20 t/万m² a month from 100 in 2025-01: 2025-06 = 200, due 2025-12 → 320 > 300.
  const rising = [0, 1, 2, 3, 4, 5].map((i) => ({ month: monthOf(monthIndex('2025-01') + i), value: 100 + 20 * i }));

  it('warns when the linear trend crosses a lower-is-better target before the due month', () => {
    const f = forecastTarget(rising, { value: 300, direction: 'lowerIsBetter', dueMonth: '2025-12' });
    expect(f.forecast).toBeCloseTo(320, 9);
    expect(f.slopePerMonth).toBeCloseTo(20, 9);
    expect(f.pointsUsed).toBe(6);
    expect(f.willMiss).toBe(true);
  });

  it('does not warn when the trend stays within the target', () => {
    expect(forecastTarget(rising, { value: 350, direction: 'lowerIsBetter', dueMonth: '2025-12' }).willMiss).toBe(false);
    // Higher is better: a rate rising 20 points a month reaches 320 ≥ 300.
    expect(forecastTarget(rising, { value: 300, direction: 'higherIsBetter', dueMonth: '2025-12' }).willMiss).toBe(false);
  });

  it('uses only the last six snapshots', () => {
    // An early outlier in 2024 does not move the line fitted to 2025-01..06.
    const series = [{ month: '2024-06', value: 5000 }, ...rising];
    const f = forecastTarget(series, { value: 300, direction: 'lowerIsBetter', dueMonth: '2025-12' });
    expect(f.forecast).toBeCloseTo(320, 9);
    expect(f.pointsUsed).toBe(6);
  });

  it('compares the latest value once the due month is reached', () => {
    const f = forecastTarget(rising, { value: 250, direction: 'lowerIsBetter', dueMonth: '2025-06' });
    expect(f).toMatchObject({ forecast: 200, willMiss: false, pointsUsed: 1 });
    expect(forecastTarget(rising, { value: 150, direction: 'lowerIsBetter', dueMonth: '2025-03' }).willMiss).toBe(true);
  });

  it('gives no warning without a trend', () => {
    expect(forecastTarget([], { value: 1, direction: 'higherIsBetter', dueMonth: '2025-12' }).willMiss).toBeNull();
    expect(
      forecastTarget([{ month: '2025-01', value: 10 }], { value: 50, direction: 'higherIsBetter', dueMonth: '2025-12' }),
    ).toMatchObject({ forecast: null, willMiss: null });
  });
});

describe('trafficLight', () => {
  it('is green on or beyond the target, amber within 10 %, red beyond, grey without data', () => {
    const higher = { value: 80, direction: 'higherIsBetter' as const };
    expect(trafficLight(80, higher)).toBe('green');
    expect(trafficLight(95, higher)).toBe('green');
    expect(trafficLight(72, higher)).toBe('amber'); // gap 8 = 10 % of 80
    expect(trafficLight(71.9, higher)).toBe('red');
    const lower = { value: 300, direction: 'lowerIsBetter' as const };
    expect(trafficLight(300, lower)).toBe('green');
    expect(trafficLight(330, lower)).toBe('amber');
    expect(trafficLight(331, lower)).toBe('red');
    expect(trafficLight(null, lower)).toBe('grey');
    expect(trafficLight(10, null)).toBe('grey');
  });
});

describe('distribution', () => {
  it('gives the five numbers, mean and histogram of a worked example', () => {
    const d = distribution([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3)!;
    expect(d).toMatchObject({ count: 10, min: 1, max: 10, median: 5.5, q1: 3.25, q3: 7.75, mean: 5.5 });
    expect(d.histogram.map((b) => b.count)).toEqual([3, 3, 4]);
    expect(quantile([2], 0.5)).toBe(2);
    expect(distribution([])).toBeNull();
    expect(distribution([4, 4])!.histogram).toEqual([{ from: 4, to: 4, count: 2 }]);
  });
});
