import { boolean, doublePrecision, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** 处置费节约 / 节材 / 节能 / 节水 / 减碳 */
export const benefitKinds = ['disposal', 'materials', 'energy', 'water', 'carbon'] as const;
export type BenefitKind = (typeof benefitKinds)[number];

export type IndicatorSnapshot = {
  key: string;
  value: number;
  unit: string;
  asOf: string;
  baseline: number | null;
  floorAreaM2: number | null;
  quantity: number;
  quantityUnit: string;
};

export const costMeasures = pgTable('cost_measures', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  regionCode: text('region_code').notNull(),
  discipline: text('discipline').notNull(),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  quantity: doublePrecision('quantity').notNull(),
  baselineUnitPrice: doublePrecision('baseline_unit_price').notNull(),
  greenUnitPrice: doublePrecision('green_unit_price').notNull(),
  note: text('note'),
  sortOrder: integer('sort_order').notNull().default(0),
  isDemo: boolean('is_demo').notNull().default(false),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const costBenefits = pgTable('cost_benefits', {
  id: uuid('id').primaryKey(),
  measureId: uuid('measure_id').notNull(),
  kind: text('kind').$type<BenefitKind>().notNull(),
  quantity: doublePrecision('quantity').notNull(),
  unit: text('unit').notNull(),
  unitValue: doublePrecision('unit_value'),
  source: text('source').$type<'manual' | 'indicator'>().notNull(),
  indicatorKey: text('indicator_key'),
  indicatorSnapshot: jsonb('indicator_snapshot').$type<IndicatorSnapshot>(),
  note: text('note'),
  sortOrder: integer('sort_order').notNull().default(0),
});
