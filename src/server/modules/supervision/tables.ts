import { bigint, bigserial, boolean, date, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const inspectionTopics = ['quality', 'safety', 'green_construction', 'waste', 'smart_site'] as const;
export type InspectionTopic = (typeof inspectionTopics)[number];
export const inspectionStages = ['planning', 'design', 'construction', 'delivery'] as const;
export const inspectionStatuses = ['scheduled', 'recorded', 'cancelled'] as const;
/** 一般 / 较重 / 严重 */
export const severities = ['general', 'major', 'serious'] as const;
export type Severity = (typeof severities)[number];
export const noticeStatuses = ['issued', 'responded', 'closed', 'reopened'] as const;
export type NoticeStatus = (typeof noticeStatuses)[number];
export const checkResults = ['pass', 'fail', 'na'] as const;

export type TemplateItem = { key: string; text: string; basis?: string };
export type CheckResult = { key: string; text: string; result: (typeof checkResults)[number]; note?: string };

export const supervisionTemplates = pgTable('supervision_templates', {
  id: uuid('id').primaryKey(),
  regionCode: text('region_code'),
  topic: text('topic').$type<InspectionTopic>().notNull(),
  name: text('name').notNull(),
  items: jsonb('items').$type<TemplateItem[]>().notNull(),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const inspections = pgTable('inspections', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  regionCode: text('region_code').notNull(),
  templateId: uuid('template_id').notNull(),
  topic: text('topic').$type<InspectionTopic>().notNull(),
  title: text('title').notNull(),
  stage: text('stage').$type<(typeof inspectionStages)[number]>().notNull(),
  scheduledOn: date('scheduled_on').notNull(),
  status: text('status').$type<(typeof inspectionStatuses)[number]>().notNull().default('scheduled'),
  inspectedAt: timestamp('inspected_at', { withTimezone: true }),
  results: jsonb('results').$type<CheckResult[]>().notNull().default([]),
  summary: text('summary'),
  expertIds: uuid('expert_ids').array().notNull().default([]),
  createdBy: uuid('created_by'),
  recordedBy: uuid('recorded_by'),
  ledgerIndex: bigint('ledger_index', { mode: 'number' }),
  ledgeredAt: timestamp('ledgered_at', { withTimezone: true }),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const findings = pgTable('inspection_findings', {
  id: uuid('id').primaryKey(),
  inspectionId: uuid('inspection_id').notNull(),
  projectId: uuid('project_id').notNull(),
  regionCode: text('region_code').notNull(),
  itemKey: text('item_key'),
  severity: text('severity').$type<Severity>().notNull(),
  description: text('description').notNull(),
  status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
  stopWork: boolean('stop_work').notNull().default(false),
  stopWorkLiftedAt: timestamp('stop_work_lifted_at', { withTimezone: true }),
  createdBy: uuid('created_by'),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const notices = pgTable('rectification_notices', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  findingId: uuid('finding_id').notNull(),
  projectId: uuid('project_id').notNull(),
  regionCode: text('region_code').notNull(),
  responsibleOrganisationId: uuid('responsible_organisation_id').notNull(),
  requirement: text('requirement').notNull(),
  deadline: timestamp('deadline', { withTimezone: true }).notNull(),
  status: text('status').$type<NoticeStatus>().notNull().default('issued'),
  escalationLevel: smallint('escalation_level').notNull().default(0),
  escalatedAt: timestamp('escalated_at', { withTimezone: true }),
  issuedBy: uuid('issued_by'),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closedBy: uuid('closed_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const noticeEvents = pgTable('rectification_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  noticeId: uuid('notice_id').notNull(),
  kind: text('kind').$type<'issued' | 'responded' | 'closed' | 'reopened' | 'escalated'>().notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status'),
  escalationLevel: smallint('escalation_level'),
  comment: text('comment'),
  deadline: timestamp('deadline', { withTimezone: true }),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  organisationId: uuid('organisation_id'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});

// A view over platform/attachments.ts's table (migration 0100), for reading; rows are written by recordAttachment.
export const photos = pgTable('supervision_photos', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  findingId: uuid('finding_id'),
  eventId: bigint('event_id', { mode: 'number' }),
  storedPath: text('stored_path').notNull(),
  originalName: text('original_name'),
  contentType: text('content_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  capturedAt: timestamp('captured_at', { withTimezone: true }).notNull(),
  capturedSource: text('captured_source').$type<'exif' | 'client' | 'received'>().notNull(),
  uploadedBy: uuid('uploaded_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
