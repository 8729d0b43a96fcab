import { boolean, doublePrecision, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ComponentType } from './types.js';
import { specStatuses, type SpecStatus } from '../../../domain/prefab/componentVocabulary.js';
export { specStatuses, type SpecStatus };

export const componentSpecs = pgTable('component_specs', {
  id: uuid('id').primaryKey(),
  regionCode: text('region_code'),
  code: text('code').notNull(),
  type: text('type').$type<ComponentType>().notNull(),
  name: text('name').notNull(),
  profile: text('profile'),
  dimsMm: jsonb('dims_mm').$type<number[]>().notNull(),
  jointMm: doublePrecision('joint_mm'),
  material: text('material'),
  grade: text('grade'),
  manufacturers: jsonb('manufacturers').$type<string[]>().notNull().default([]),
  version: text('version').notNull().default('1.0'),
  status: text('status').$type<SpecStatus>().notNull().default('active'),
  source: text('source'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ImportError = { row: number; column: string; value: string; code: string; message: string };

export const componentImports = pgTable('component_imports', {
  id: uuid('id').primaryKey(),
  regionCode: text('region_code'),
  filename: text('filename').notNull(),
  sha256: text('sha256').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  status: text('status').$type<'imported' | 'rejected'>().notNull(),
  rowsTotal: integer('rows_total').notNull(),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  errors: jsonb('errors').$type<ImportError[]>().notNull().default([]),
  actorId: uuid('actor_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One rule recognising precast components among the model's elements; the first rule that matches wins. */
export type ComponentRule = {
  componentType: ComponentType;
  /** IFC class, matched case-insensitively; 'IfcWall' also matches subtypes named 'IfcWallStandardCase'. */
  ifcClass?: string | null;
  /** Substring of the element name or object type (case-insensitive). */
  nameContains?: string | null;
  /** A property that must be present (and equal `propertyValue` when given), e.g. Pset_…Common / IsExternal. */
  propertySet?: string | null;
  propertyName?: string | null;
  propertyValue?: string | null;
  /** Where the instance's dimensions come from: the profile designation (steel) or the quantities (precast concrete). */
  dimsFrom: 'profile' | 'quantities';
};

export const projectComponentSettings = pgTable('project_component_settings', {
  projectId: uuid('project_id').primaryKey(),
  rules: jsonb('rules').$type<ComponentRule[]>().notNull(),
  toleranceMm: doublePrecision('tolerance_mm').notNull().default(5),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const componentInstances = pgTable('component_instances', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  source: text('source').$type<'model' | 'schedule'>().notNull(),
  sourceRef: text('source_ref').notNull(),
  modelId: text('model_id'),
  type: text('type').$type<ComponentType>().notNull(),
  name: text('name'),
  profile: text('profile'),
  dimsMm: jsonb('dims_mm').$type<number[]>().notNull(),
  quantity: integer('quantity').notNull().default(1),
  storey: text('storey'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
