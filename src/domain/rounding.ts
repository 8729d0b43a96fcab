// Decimal rounding shared by the domain rules (装配率 scores, waste tonnages, carbon results): one tie rule everywhere.

/**
 * Relative tolerance for recognising a decimal tie. Binary floating point turns exact ties into
 * values like 75.44999999999999 or 100.49999999999999 (1.005 × 100); treated literally those would
 * round the wrong way. 1e-12 is far above double-precision noise (~1e-16) and far below any meaningful
 * difference in a percentage or a score.
 */
const TIE_NUDGE = 1e-12;

/**
 * 'half-up'   四舍五入, away from zero — what reviewers compute by hand; the platform default.
 * 'half-even' GB/T 8170-2008 数值修约 (奇进偶舍): a trailing 5 rounds to the even neighbour, so
 *             75.5 → 76 but 90.5 → 90. Offered because some reviewers apply GB/T 8170 literally.
 * 'floor'     truncation toward zero — the strict reading "a band is reached only when P ≥ its minimum".
 */
export type RoundingMode = 'half-up' | 'half-even' | 'floor';

// GB/T 51129-2017 表4.0.1 注 (scores to 1 decimal): half-up (四舍五入) rounding; ties detected despite float noise.
export function roundHalfUp(value: number, decimals: number): number {
  return roundWith(value, decimals, 'half-up');
}

// GB/T 51129-2017 5.0.2 grading / GB/T 8170-2008 数值修约: rounds by the table-configurable mode; symmetric about zero.
export function roundWith(value: number, decimals: number, mode: RoundingMode): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  let rounded: number;
  if (mode === 'floor') {
    rounded = Math.floor(scaled * (1 + TIE_NUDGE));
  } else {
    const lower = Math.floor(scaled);
    const isTie = Math.abs(scaled - lower - 0.5) <= scaled * TIE_NUDGE;
    if (!isTie) rounded = Math.round(scaled);
    else rounded = mode === 'half-up' || lower % 2 === 1 ? lower + 1 : lower;
  }
  const result = (Math.sign(value) * rounded) / factor;
  return result === 0 ? 0 : result; // normalise -0
}
