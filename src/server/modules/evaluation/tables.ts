import { bigint, boolean, date, doublePrecision, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { EvaluationScheme } from '../../../domain/evaluation/index.js';

export const evaluationKinds = ['monthly_self', 'stage_expert', 'final'] as const;
export type EvaluationKind = (typeof evaluationKinds)[number];
export const evaluationStatuses = ['open', 'submitted', 'closed'] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];

/** Automatic fill of an indicator item: the value as of the evaluation date, or why there is none. */
export type AutoFill = { indicator: string; value: number | null; asOf: string; reason?: string };
/** What the enterprise (self-evaluation) or staff entered for an item. */
export type ItemEntry =
  | { type: 'score'; score: number; note?: string | null; by: string; byName: string; at: string }
  | { type: 'notApplicable'; reason: string; by: string; byName: string; at: string };

export const evaluationSchemes = pgTable('evaluation_schemes', {
  id: uuid('id').primaryKey(),
  regionCode: text('region_code'),
  code: text('code').notNull(),
  version: integer('version').notNull(),
  name: text('name').notNull(),
  frozen: boolean('frozen').notNull().default(false),
  document: jsonb('document').$type<EvaluationScheme>().notNull(),
  derivedFrom: uuid('derived_from'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const evaluationProjectSchemes = pgTable('evaluation_project_schemes', {
  projectId: uuid('project_id').primaryKey(),
  schemeCode: text('scheme_code').notNull(),
  assignedBy: uuid('assigned_by'),
  assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
});

export const evaluations = pgTable('evaluations', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  schemeId: uuid('scheme_id').notNull(),
  kind: text('kind').$type<EvaluationKind>().notNull(),
  period: text('period'),
  stageId: text('stage_id'),
  evaluatedOn: date('evaluated_on').notNull(),
  status: text('status').$type<EvaluationStatus>().notNull().default('open'),
  frozenInputs: jsonb('frozen_inputs'),
  result: jsonb('result'),
  score: doublePrecision('score'),
  grade: text('grade'),
  openedBy: uuid('opened_by'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closedBy: uuid('closed_by'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const evaluationItems = pgTable(
  'evaluation_items',
  {
    evaluationId: uuid('evaluation_id').notNull(),
    itemId: text('item_id').notNull(),
    auto: jsonb('auto').$type<AutoFill>(),
    entry: jsonb('entry').$type<ItemEntry>(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.itemId] })],
);

export const evaluationExperts = pgTable(
  'evaluation_experts',
  {
    evaluationId: uuid('evaluation_id').notNull(),
    expertUserId: uuid('expert_user_id').notNull(),
    status: text('status').$type<'assigned' | 'submitted'>().notNull().default('assigned'),
    comment: text('comment'),
    assignedBy: uuid('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.expertUserId] })],
);

export const evaluationExpertScores = pgTable(
  'evaluation_expert_scores',
  {
    evaluationId: uuid('evaluation_id').notNull(),
    expertUserId: uuid('expert_user_id').notNull(),
    itemId: text('item_id').notNull(),
    score: doublePrecision('score').notNull(),
    comment: text('comment'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.expertUserId, t.itemId] })],
);

// A view over platform/attachments.ts's table (migration 0100), for reading; rows are written by recordAttachment.
export const evaluationEvidence = pgTable('evaluation_evidence', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  evaluationId: uuid('evaluation_id').notNull(),
  itemId: text('item_id').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const evaluationPolicyRecommendations = pgTable('evaluation_policy_recommendations', {
  id: uuid('id').primaryKey(),
  regionCode: text('region_code').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
