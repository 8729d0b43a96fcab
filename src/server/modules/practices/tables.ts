import { bigint, boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PlanAspect } from '../planning/index.js';

export const practiceStatuses = ['draft', 'published'] as const;
export type PracticeStatus = (typeof practiceStatuses)[number];

export const practices = pgTable('practices', {
  id: uuid('id').primaryKey(),
  regionCode: text('region_code').notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  body: text('body').notNull().default(''),
  tags: text('tags').array().notNull().default([]),
  aspect: text('aspect').$type<PlanAspect>(),
  sourceProjectIds: uuid('source_project_ids').array().notNull().default([]),
  status: text('status').$type<PracticeStatus>().notNull().default('draft'),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  isDemo: boolean('is_demo').notNull().default(false),
});

// A view over platform/attachments.ts's table (migration 0100), for reading; rows are written by recordAttachment.
export const practiceAttachments = pgTable('practice_attachments', {
  id: uuid('id').primaryKey(),
  practiceId: uuid('practice_id').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
