import { bigserial, boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PrefabItemId, ScoreTable } from '../../../domain/prefab/index.js';

export const prefabScoreTables = pgTable('prefab_score_tables', {
  id: text('id').notNull(),
  version: text('version').notNull(),
  regionCode: text('region_code'),
  data: jsonb('data').$type<ScoreTable>().notNull(),
  confidence: text('confidence').notNull(),
  source: text('source').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const inputSources = ['model', 'manual'] as const;
export type InputSource = (typeof inputSources)[number];

/** One 装配率 input: the ratio (0..1, null = item not present in the building) and where it came from. */
export type PrefabInputEntry = {
  value: number | null;
  source: InputSource;
  note: string | null;
  /** For model-derived ratios: the precast quantity and the total it was divided by (m³ or m²). */
  numerator: number | null;
  denominator: number | null;
};
export type PrefabInputs = Record<PrefabItemId, PrefabInputEntry>;

export const prefabAssessments = pgTable('prefab_assessments', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  projectId: uuid('project_id').notNull(),
  tableId: text('table_id').notNull(),
  tableVersion: text('table_version').notNull(),
  inputs: jsonb('inputs').$type<PrefabInputs>().notNull(),
  fullDecoration: boolean('full_decoration').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  actorId: uuid('actor_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
