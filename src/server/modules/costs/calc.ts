import type { BenefitKind } from './tables.js';

/**
 * Incremental cost and benefit of green measures (增量成本与效益). Money is in 元, rounded half away from zero to the
 * fen at each reported figure; sums are taken over the rounded line amounts, as a 清单 (bill of quantities) does.
 */
export const yuan = (v: number) => (Math.sign(v) * Math.round(Math.abs(v) * 100 + 1e-9)) / 100;
const round = (v: number, digits: number) => (Math.sign(v) * Math.round(Math.abs(v) * 10 ** digits + 1e-9)) / 10 ** digits;

export type BenefitLine = { kind: BenefitKind; quantity: number; unit: string; unitValue: number | null };
export type MeasureLine = { quantity: number; baselineUnitPrice: number; greenUnitPrice: number; benefits: BenefitLine[] };

export const emptyByKind = (): Record<BenefitKind, number> => ({ disposal: 0, materials: 0, energy: 0, water: 0, carbon: 0 });

/** One measure: 增量单价 = 绿色做法单价 − 常规做法单价, 增量合价 = 数量 × 增量单价, and its monetised benefits by kind. */
export function measureFigures(m: MeasureLine) {
  const incrementalUnitPrice = yuan(m.greenUnitPrice - m.baselineUnitPrice);
  const incrementalCost = yuan(m.quantity * incrementalUnitPrice);
  const benefitByKind = emptyByKind();
  let carbonTonnes = 0;
  for (const b of m.benefits) {
    if (b.unitValue !== null) benefitByKind[b.kind] = yuan(benefitByKind[b.kind] + yuan(b.quantity * b.unitValue));
    if (b.kind === 'carbon') carbonTonnes += b.quantity;
  }
  const benefitValue = yuan(Object.values(benefitByKind).reduce((s, v) => s + v, 0));
  return {
    incrementalUnitPrice,
    incrementalCost,
    benefitByKind,
    benefitValue,
    carbonTonnes: round(carbonTonnes, 3),
    net: yuan(benefitValue - incrementalCost),
  };
}

/** A project's totals and the figures per m² of floor area (null without an area). */
export function projectFigures(measures: MeasureLine[], floorAreaM2: number | null) {
  const lines = measures.map(measureFigures);
  const incrementalCost = yuan(lines.reduce((s, l) => s + l.incrementalCost, 0));
  const benefitValue = yuan(lines.reduce((s, l) => s + l.benefitValue, 0));
  const benefitByKind = emptyByKind();
  for (const l of lines)
    for (const k of Object.keys(benefitByKind) as BenefitKind[]) benefitByKind[k] = yuan(benefitByKind[k] + l.benefitByKind[k]);
  const carbonTonnes = round(
    lines.reduce((s, l) => s + l.carbonTonnes, 0),
    3,
  );
  const area = floorAreaM2 && floorAreaM2 > 0 ? floorAreaM2 : null;
  return {
    lines,
    incrementalCost,
    benefitValue,
    benefitByKind,
    carbonTonnes,
    net: yuan(benefitValue - incrementalCost),
    floorAreaM2: area,
    incrementalCostPerM2: area ? yuan(incrementalCost / area) : null,
    benefitPerM2: area ? yuan(benefitValue / area) : null,
    carbonKgPerM2: area ? round((carbonTonnes * 1000) / area, 3) : null,
    /** Benefit ÷ incremental cost; above 1 the measures pay for themselves. */
    benefitCostRatio: incrementalCost > 0 ? round(benefitValue / incrementalCost, 3) : null,
  };
}
