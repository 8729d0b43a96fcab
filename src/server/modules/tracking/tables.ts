import { bigint, boolean, date, doublePrecision, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const trackingSnapshots = pgTable(
  'tracking_snapshots',
  {
    projectId: uuid('project_id').notNull(),
    month: text('month').notNull(),
    indicatorKey: text('indicator_key').notNull(),
    value: doublePrecision('value'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.month, t.indicatorKey] })],
);

export const manualIndicatorDefinitions = pgTable('manual_indicator_definitions', {
  key: text('key').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  unit: text('unit').notNull(),
  direction: text('direction').$type<'higherIsBetter' | 'lowerIsBetter'>().notNull(),
  definitionZh: text('definition_zh').notNull(),
  definitionEn: text('definition_en').notNull(),
  minValue: doublePrecision('min_value'),
  maxValue: doublePrecision('max_value'),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

export const manualIndicatorValues = pgTable('manual_indicator_values', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  indicatorKey: text('indicator_key').notNull(),
  value: doublePrecision('value').notNull(),
  asOf: date('as_of').notNull(),
  note: text('note'),
  enteredBy: uuid('entered_by'),
  enteredByName: text('entered_by_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  isDemo: boolean('is_demo').notNull().default(false),
});

// A view over platform/attachments.ts's table (migration 0100), for reading; rows are written by recordAttachment.
export const manualIndicatorEvidence = pgTable('manual_indicator_evidence', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  valueId: uuid('value_id'),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
