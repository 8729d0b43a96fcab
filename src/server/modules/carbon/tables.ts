import { doublePrecision, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Confidence } from '../../../domain/carbon/index.js';

export const factorKinds = ['material', 'transport', 'energy'] as const;
export type FactorKind = (typeof factorKinds)[number];

export const carbonFactors = pgTable('carbon_factors', {
  id: text('id').primaryKey(),
  kind: text('kind').$type<FactorKind>().notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  unit: text('unit').notNull(),
  value: doublePrecision('value').notNull(),
  category: text('category'),
  carrier: text('carrier'),
  region: text('region'),
  year: integer('year'),
  source: text('source').notNull(),
  confidence: text('confidence').$type<Confidence>().notNull(),
  note: text('note'),
  seedVersion: text('seed_version'),
  revision: integer('revision').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by').notNull().default('system'),
});

export const carbonFactorRevisions = pgTable(
  'carbon_factor_revisions',
  {
    factorId: text('factor_id').notNull(),
    revision: integer('revision').notNull(),
    value: doublePrecision('value').notNull(),
    source: text('source').notNull(),
    confidence: text('confidence').$type<Confidence>().notNull(),
    note: text('note'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: text('changed_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.factorId, t.revision] })],
);

export const carbonMappingRules = pgTable('carbon_mapping_rules', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  pattern: text('pattern'),
  ifcClasses: jsonb('ifc_classes').$type<string[] | null>(),
  factorId: text('factor_id'),
  assumption: text('assumption'),
  reason: text('reason'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const carbonProjectSettings = pgTable('carbon_project_settings', {
  projectId: uuid('project_id').primaryKey(),
  gridFactorId: text('grid_factor_id'),
  transportModeId: text('transport_mode_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const bomUnits = ['m3', 't', 'm2', 'kg'] as const;

export const carbonBomLines = pgTable('carbon_bom_lines', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  lineNo: integer('line_no').notNull(),
  name: text('name').notNull(),
  ifcClass: text('ifc_class'),
  quantity: doublePrecision('quantity').notNull(),
  unit: text('unit').$type<(typeof bomUnits)[number]>().notNull(),
  factorId: text('factor_id'),
  distanceKm: doublePrecision('distance_km'),
  transportModeId: text('transport_mode_id'),
  fileName: text('file_name'),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

export const energyUnits = ['kWh', 'L', 'kg', 'm3', 'GJ'] as const;

export const carbonEnergyEntries = pgTable('carbon_energy_entries', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  period: text('period').notNull(),
  energyFactorId: text('energy_factor_id').notNull(),
  quantity: doublePrecision('quantity').notNull(),
  unit: text('unit').$type<(typeof energyUnits)[number]>().notNull(),
  note: text('note'),
  source: text('source').notNull().default('manual'),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  enteredBy: text('entered_by').notNull(),
});
