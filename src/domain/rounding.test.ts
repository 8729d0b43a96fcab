import { describe, expect, it } from 'vitest';
import { roundHalfUp, roundWith } from './rounding.js';

describe('rounding', () => {
  it('rounds ties half-up despite binary noise', () => {
    expect(roundHalfUp(0.575 * 100, 1)).toBe(57.5);
    expect(roundHalfUp(20 + ((0.575 - 0.35) / 0.45) * 10, 1)).toBe(25); // 24.999999999999996
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(75.45, 1)).toBe(75.5);
    expect(roundHalfUp(75.44999, 1)).toBe(75.4);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(Object.is(roundHalfUp(-0.01, 0), 0)).toBe(true);
  });

  it('rounds half-even and floor', () => {
    expect([0.5, 1.5, 2.5, 2.51, 3.49].map((x) => roundWith(x, 0, 'half-even'))).toEqual([0, 2, 2, 3, 3]);
    expect(roundWith(0.125, 2, 'half-even')).toBe(0.12);
    expect(roundWith(75.99, 0, 'floor')).toBe(75);
    expect(roundWith(0.1 * 3 * 100, 0, 'floor')).toBe(30); // 30.000000000000004
    expect(roundWith(0.7 * 100, 0, 'floor')).toBe(70); // 70.00000000000001 / 69.99999999999999 noise
  });
});
