import { bigint, boolean, date, doublePrecision, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const roundStatuses = ['draft', 'open', 'closed'] as const;
export type RoundStatus = (typeof roundStatuses)[number];
export const applicationStatuses = ['submitted', 'reviewing', 'decided'] as const;
export const decisions = ['selected', 'rejected'] as const;
export const attachmentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

export const applicationRounds = pgTable('application_rounds', {
  id: uuid('id').primaryKey(),
  regionCode: text('region_code').notNull(),
  title: text('title').notNull(),
  status: text('status').$type<RoundStatus>().notNull().default('draft'),
  closesOn: date('closes_on'),
  openedAt: timestamp('opened_at', { withTimezone: true }),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const reviewCriteria = pgTable('review_criteria', {
  id: uuid('id').primaryKey(),
  roundId: uuid('round_id').notNull(),
  seq: integer('seq').notNull(),
  name: text('name').notNull(),
  description: text('description'),
  maxScore: doublePrecision('max_score').notNull(),
});

export const applications = pgTable('applications', {
  id: uuid('id').primaryKey(),
  roundId: uuid('round_id').notNull(),
  projectId: uuid('project_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  submittedBy: uuid('submitted_by'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  status: text('status').$type<(typeof applicationStatuses)[number]>().notNull().default('submitted'),
  decision: text('decision').$type<(typeof decisions)[number]>(),
  decisionNote: text('decision_note'),
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  isDemo: boolean('is_demo').notNull().default(false),
});

// A view over platform/attachments.ts's table (migration 0100), for reading; rows are written by recordAttachment.
export const applicationAttachments = pgTable('application_attachments', {
  id: uuid('id').primaryKey(),
  applicationId: uuid('application_id').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').$type<AttachmentMediaType>().notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
  uploadedBy: uuid('uploaded_by'),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const reviewAssignments = pgTable('review_assignments', {
  id: uuid('id').primaryKey(),
  applicationId: uuid('application_id').notNull(),
  expertUserId: uuid('expert_user_id').notNull(),
  assignedBy: uuid('assigned_by'),
  assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  status: text('status').$type<'assigned' | 'submitted'>().notNull().default('assigned'),
  comment: text('comment'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
});

export const reviewScores = pgTable(
  'review_scores',
  {
    assignmentId: uuid('assignment_id').notNull(),
    criterionId: uuid('criterion_id').notNull(),
    score: doublePrecision('score').notNull(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.criterionId] })],
);

/** The scoring criteria a new round starts with; each round may edit them until the first score is given. */
export const defaultCriteria = [
  { name: '绿色策划与实施方案', description: '一体化绿色策划、目标与措施的完整性和可行性', maxScore: 25 },
  { name: '建筑垃圾减量化', description: '减量目标、分类与资源化利用措施', maxScore: 20 },
  { name: '信息技术集成应用', description: 'BIM、智慧工地、物联网等技术的集成应用', maxScore: 20 },
  { name: '工业化与标准化', description: '装配式、标准化设计与部品构件应用', maxScore: 20 },
  { name: '组织管理模式与示范性', description: '工程总承包/全过程咨询等集约化模式及推广价值', maxScore: 15 },
];
