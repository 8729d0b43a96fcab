import { describe, expect, it } from 'vitest';
import { WASTE_CATEGORIES, WASTE_ROUTES, WASTE_STAGES } from './categories.js';
import { NATIONAL_WASTE_ACCOUNTING, WasteInputError, type WasteRecord } from './records.js';
import {
  NATIONAL_WASTE_TARGETS_2025,
  actualVsEstimate,
  forecastAtCompletion,
  meetsTarget,
  recyclingRate,
  targetFor,
  wasteIntensity,
} from './wasteIntensity.js';

/**
 * Worked example — 12,000 m² conventional project (1.2 万m²):
 *   discharged, countable:   underground   工程垃圾 60 t (disposal)
 *                            superstructure 工程垃圾 100 t (disposal) + 60 t metal (recycling)
 *                            finishing      装修垃圾 40 t (disposal) + 60 t (recycling)
 *                            → 60 + 160 + 100 = 320 t
 *   reused on site (not discharged): superstructure 工程垃圾 80 t
 *   excluded: 工程渣土 5,000 t (underground, disposal)
 *   intensity = 320 / 1.2 = 266.666… → 266.7 t/万m²  (≤ 300 ✓, ≤ 200 ✗)
 *   stages:  60/1.2 = 50.0;  160/1.2 = 133.33… → 133.3;  100/1.2 = 83.33… → 83.3  (sum 266.6: independent rounding)
 *   recycling rate = (80 reused + 60 + 60 recycled) / (320 + 80 generated) = 200 / 400 = 50.0%
 */
const records: WasteRecord[] = [
  { id: 'r1', category: 'constructionWaste', subClass: 'inorganicNonMetal', stage: 'underground', route: 'disposal', tonnes: 60 },
  { id: 'r2', category: 'constructionWaste', subClass: 'inorganicNonMetal', stage: 'superstructure', route: 'disposal', tonnes: 100 },
  { id: 'r3', category: 'constructionWaste', subClass: 'metal', stage: 'superstructure', route: 'recycling', tonnes: 60 },
  { id: 'r4', category: 'decorationWaste', stage: 'finishingAndServices', route: 'disposal', tonnes: 40 },
  { id: 'r5', category: 'decorationWaste', stage: 'finishingAndServices', route: 'recycling', tonnes: 60 },
  { id: 'r6', category: 'constructionWaste', subClass: 'inorganicNonMetal', stage: 'superstructure', route: 'reuseOnSite', tonnes: 80 },
  { id: 'r7', category: 'engineeringSpoil', stage: 'underground', route: 'disposal', tonnes: 5000 },
];
const AREA = 12_000;

describe('vocabulary', () => {
  it('has zh/en labels for categories, stages and routes', () => {
    expect(WASTE_CATEGORIES.engineeringSpoil.zh).toBe('工程渣土');
    expect(WASTE_CATEGORIES.constructionWaste.en).toMatch(/Construction/);
    expect(Object.keys(WASTE_CATEGORIES)).toHaveLength(5);
    expect(WASTE_STAGES.finishingAndServices.zh).toBe('装修及机电');
    expect(WASTE_ROUTES.reuseOnSite.leavesSite).toBe(false);
  });

  it('derives the national accounting rules from the vocabulary', () => {
    expect(NATIONAL_WASTE_ACCOUNTING.excludedCategories).toEqual(['engineeringSpoil', 'engineeringMud']);
    expect(NATIONAL_WASTE_ACCOUNTING.dischargeRoutes).toEqual(['recycling', 'disposal']);
    expect(NATIONAL_WASTE_ACCOUNTING.recoveredRoutes).toEqual(['reuseOnSite', 'recycling']);
  });
});

describe('wasteIntensity — worked example', () => {
  const r = wasteIntensity(records, AREA);

  it('is 266.7 t/万m² for 320 t over 12,000 m², excluding 5,000 t 渣土', () => {
    expect(r.tonnes).toBe(320);
    expect(r.intensity).toBe(266.7);
    expect(r.excludedTonnes).toBe(5000);
    expect(r.unit).toBe('t/万m²');
  });

  it('splits by stage', () => {
    expect(r.byStage).toEqual({
      underground: { tonnes: 60, intensity: 50 },
      superstructure: { tonnes: 160, intensity: 133.3 },
      finishingAndServices: { tonnes: 100, intensity: 83.3 },
    });
  });

  it('meets the conventional 300 target and fails the prefabricated 200 target', () => {
    const conventional = targetFor({ isPrefabricated: false }, NATIONAL_WASTE_TARGETS_2025);
    const prefab = targetFor({ isPrefabricated: true }, NATIONAL_WASTE_TARGETS_2025);
    expect(conventional).toEqual({ targetTPer10kM2: 300, basis: 'conventional', configId: NATIONAL_WASTE_TARGETS_2025.id });
    expect(prefab.targetTPer10kM2).toBe(200);
    expect(meetsTarget(r.intensity, conventional.targetTPer10kM2)).toBe(true);
    expect(meetsTarget(r.intensity, prefab.targetTPer10kM2)).toBe(false);
  });

  it('compares the reported (rounded) intensity with the target', () => {
    // 360.05 t / 1.2 = 300.0416… → reported 300.0 → meets ≤ 300
    const edge = wasteIntensity(
      [{ id: 'x', category: 'constructionWaste', stage: 'superstructure', route: 'disposal', tonnes: 360.05 }],
      AREA,
    );
    expect(edge.intensity).toBe(300);
    expect(meetsTarget(edge.intensity, 300)).toBe(true);
    expect(meetsTarget(300.1, 300)).toBe(false);
  });

  it('uses a regional config when given one', () => {
    const strict = { ...NATIONAL_WASTE_TARGETS_2025, id: 'cn-xx', region: 'CN-XX', conventionalMaxTPer10kM2: 250 };
    expect(targetFor({ isPrefabricated: false }, strict).targetTPer10kM2).toBe(250);
  });

  it('counts 泥浆 out too and treats an empty site as zero', () => {
    const mud: WasteRecord = { id: 'm', category: 'engineeringMud', stage: 'underground', route: 'disposal', tonnes: 900 };
    expect(wasteIntensity([mud], AREA)).toMatchObject({ tonnes: 0, intensity: 0, excludedTonnes: 900 });
  });
});

describe('recyclingRate', () => {
  it('is (reused on site + licensed recycling) ÷ generated, 渣土 excluded = 50.0%', () => {
    expect(recyclingRate(records)).toEqual({
      generatedTonnes: 400,
      reusedOnSiteTonnes: 80,
      recycledTonnes: 120,
      recoveredTonnes: 200,
      rate: 0.5,
      ratePercent: 50,
    });
  });

  it('rounds the percentage to 1 decimal and is null with nothing generated', () => {
    // 1 / 3 recovered → 33.3%
    const third: WasteRecord[] = [
      { id: 'a', category: 'constructionWaste', stage: 'superstructure', route: 'reuseOnSite', tonnes: 1 },
      { id: 'b', category: 'constructionWaste', stage: 'superstructure', route: 'disposal', tonnes: 2 },
    ];
    expect(recyclingRate(third).ratePercent).toBe(33.3);
    expect(recyclingRate([]).rate).toBeNull();
  });
});

describe('forecastAtCompletion', () => {
  it('extrapolates linearly and warns when the target will be exceeded', () => {
    // 150 t at 40% → 375 t; 375 / 1.2 = 312.5 t/万m² > 300; allowance 300 × 1.2 = 360 t, 210 t left
    expect(forecastAtCompletion(150, 0.4, AREA, 300)).toEqual({
      forecastTonnes: 375,
      forecastIntensity: 312.5,
      targetTPer10kM2: 300,
      allowanceTonnes: 360,
      remainingAllowanceTonnes: 210,
      exceedsTarget: true,
    });
  });

  it('does not warn when on track', () => {
    // 150 t at 60% → 250 t → 208.3 t/万m²: fine for 300, a warning for a 200 装配式 target
    expect(forecastAtCompletion(150, 0.6, AREA, 300)).toMatchObject({
      forecastTonnes: 250,
      forecastIntensity: 208.3,
      exceedsTarget: false,
    });
    expect(forecastAtCompletion(150, 0.6, AREA, 200).exceedsTarget).toBe(true);
  });

  it('rejects a progress share outside (0, 1]', () => {
    expect(() => forecastAtCompletion(150, 0, AREA, 300)).toThrow(WasteInputError);
    expect(() => forecastAtCompletion(150, 40, AREA, 300)).toThrow(/progressShare/);
  });
});

describe('actualVsEstimate', () => {
  const estimate = { underground: 50, superstructure: 250, finishingAndServices: 0 };

  it('compares generated tonnes per stage with the plan', () => {
    const r = actualVsEstimate(records, estimate);
    // generated: underground 60, superstructure 100 + 60 + 80 = 240, finishing 100
    expect(r.byStage.underground).toEqual({ estimatedTonnes: 50, actualTonnes: 60, varianceTonnes: 10, variancePercent: 20 });
    expect(r.byStage.superstructure).toEqual({ estimatedTonnes: 250, actualTonnes: 240, varianceTonnes: -10, variancePercent: -4 });
    expect(r.byStage.finishingAndServices.variancePercent).toBeNull();
    expect(r.total).toEqual({ estimatedTonnes: 300, actualTonnes: 400, varianceTonnes: 100, variancePercent: 33.3 });
  });

  it('can compare discharged tonnes instead', () => {
    const r = actualVsEstimate(records, estimate, 'discharged');
    expect(r.byStage.superstructure.actualTonnes).toBe(160);
    expect(r.total.actualTonnes).toBe(320);
  });
});

describe('input validation', () => {
  const base = records[0];

  it.each([
    ['negative', -5],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['absurd (kg entered as t)', 2_000_000],
  ])('rejects %s tonnage with a typed error', (_label, tonnes) => {
    const bad = [{ ...base, tonnes }];
    expect(() => wasteIntensity(bad, AREA)).toThrow(WasteInputError);
    let err: unknown;
    try {
      recyclingRate(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WasteInputError);
    expect((err as WasteInputError).field).toBe('tonnes');
    expect((err as WasteInputError).recordId).toBe('r1');
  });

  it('lets the caller raise the plausibility ceiling for big 渣土 aggregates', () => {
    const spoil: WasteRecord = { id: 's', category: 'engineeringSpoil', stage: 'underground', route: 'disposal', tonnes: 250_000 };
    expect(() => wasteIntensity([spoil], AREA)).toThrow(WasteInputError);
    expect(wasteIntensity([spoil], AREA, { maxRecordTonnes: 1_000_000 }).excludedTonnes).toBe(250_000);
  });

  it('rejects a non-positive floor area, unknown vocabulary and misplaced sub-classes', () => {
    expect(() => wasteIntensity(records, 0)).toThrow(/floorAreaM2/);
    expect(() => wasteIntensity([{ ...base, stage: 'roof' as never }], AREA)).toThrow(/stage/);
    expect(() => wasteIntensity([{ ...base, category: 'decorationWaste', subClass: 'metal' }], AREA)).toThrow(/subClass/);
  });
});
