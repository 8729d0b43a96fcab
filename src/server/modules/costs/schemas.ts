import { z } from 'zod';
import { benefitKinds } from './tables.js';

const money = z.number().min(0).max(1e9);
const optText = (max = 500) => z.string().trim().max(max).nullable().optional();

const manualBenefit = z.object({
  source: z.literal('manual'),
  kind: z.enum(benefitKinds),
  quantity: z.number().min(0).max(1e9),
  unit: z.string().trim().min(1).max(20),
  unitValue: money.nullable().default(null),
  /** What the figure corresponds to, when the platform's indicator has no data yet. */
  indicatorKey: z.string().max(60).nullable().optional(),
  note: optText(),
});
const indicatorBenefit = z.object({
  source: z.literal('indicator'),
  kind: z.enum(benefitKinds),
  indicatorKey: z.string().min(1).max(60),
  baseline: z.number().min(0).max(1e7).nullable().optional(),
  unitValue: money.nullable().default(null),
  note: optText(),
});
export const benefitInput = z.discriminatedUnion('source', [manualBenefit, indicatorBenefit]).superRefine((b, ctx) => {
  if (b.source === 'manual' && b.kind === 'carbon' && b.unit !== 'tCO2e')
    ctx.addIssue({ code: 'custom', path: ['unit'], message: 'carbon_unit' });
});
export type BenefitInput = z.infer<typeof benefitInput>;

export const measureInput = z.object({
  discipline: z.string().trim().min(1).max(30),
  name: z.string().trim().min(1).max(200),
  unit: z.string().trim().min(1).max(20),
  quantity: z.number().min(0).max(1e9),
  baselineUnitPrice: money,
  greenUnitPrice: money,
  note: optText(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
  benefits: z.array(benefitInput).max(20).default([]),
});
export type MeasureInput = z.infer<typeof measureInput>;

const byKind = z.object({ disposal: z.number(), materials: z.number(), energy: z.number(), water: z.number(), carbon: z.number() });

export const benefitSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(benefitKinds),
  quantity: z.number(),
  unit: z.string(),
  unitValue: z.number().nullable(),
  value: z.number().nullable(),
  source: z.enum(['manual', 'indicator']),
  indicatorKey: z.string().nullable(),
  indicatorSnapshot: z
    .object({
      key: z.string(),
      value: z.number(),
      unit: z.string(),
      asOf: z.string(),
      baseline: z.number().nullable(),
      floorAreaM2: z.number().nullable(),
      quantity: z.number(),
      quantityUnit: z.string(),
    })
    .nullable(),
  note: z.string().nullable(),
});

export const measureSchema = z.object({
  id: z.string().uuid(),
  projectId: z.string().uuid(),
  discipline: z.string(),
  name: z.string(),
  unit: z.string(),
  quantity: z.number(),
  baselineUnitPrice: z.number(),
  greenUnitPrice: z.number(),
  incrementalUnitPrice: z.number(),
  incrementalCost: z.number(),
  benefitValue: z.number(),
  benefitByKind: byKind,
  carbonTonnes: z.number(),
  net: z.number(),
  note: z.string().nullable(),
  sortOrder: z.number(),
  benefits: z.array(benefitSchema),
  updatedAt: z.string(),
});

export const totalsSchema = z.object({
  incrementalCost: z.number(),
  benefitValue: z.number(),
  benefitByKind: byKind,
  carbonTonnes: z.number(),
  net: z.number(),
  floorAreaM2: z.number().nullable(),
  incrementalCostPerM2: z.number().nullable(),
  benefitPerM2: z.number().nullable(),
  carbonKgPerM2: z.number().nullable(),
  benefitCostRatio: z.number().nullable(),
});

export const projectCostsSchema = z.object({
  project: z.object({ id: z.string(), code: z.string(), name: z.string(), regionCode: z.string(), floorAreaM2: z.number().nullable() }),
  measures: z.array(measureSchema),
  totals: totalsSchema,
  mayEdit: z.boolean(),
});

export const regionCostSchema = z.object({
  regionCode: z.string(),
  projects: z.number(),
  measures: z.number(),
  floorAreaM2: z.number(),
  incrementalCost: z.number(),
  benefitValue: z.number(),
  carbonTonnes: z.number(),
  incrementalCostPerM2: z.number().nullable(),
  benefitPerM2: z.number().nullable(),
  byDiscipline: z.array(z.object({ discipline: z.string(), incrementalCost: z.number(), benefitValue: z.number() })),
});

export const indicatorDefinitionSchema = z.object({
  key: z.string(),
  kind: z.enum(benefitKinds),
  label: z.object({ 'zh-CN': z.string(), en: z.string() }),
  unit: z.string(),
  quantityUnit: z.string(),
  needsBaseline: z.boolean(),
  baselineHint: z.object({ 'zh-CN': z.string(), en: z.string() }).nullable(),
});
