import { bigint, boolean, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const qualityKinds = [
  'material_inspection',
  'component_production',
  'component_installation',
  'concealed_acceptance',
  'stage_acceptance',
  'completion_acceptance',
  'test_report',
] as const;
export type QualityKind = (typeof qualityKinds)[number];
/** Records about one prefabricated component: they carry its ID (printed on its QR label). */
export const componentKinds: readonly QualityKind[] = ['component_production', 'component_installation'];
export const qualityResults = ['pass', 'fail', 'rectify'] as const;
export type QualityResult = (typeof qualityResults)[number];

export const qualityRecords = pgTable('quality_records', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  kind: text('kind').$type<QualityKind>().notNull(),
  recordDate: date('record_date').notNull(),
  subject: text('subject').notNull(),
  location: text('location'),
  batchNo: text('batch_no'),
  quantity: text('quantity'),
  supplier: text('supplier'),
  componentId: text('component_id'),
  specId: text('spec_id'),
  result: text('result').$type<QualityResult>().notNull(),
  inspectorName: text('inspector_name'),
  inspectorPhone: text('inspector_phone'),
  notes: text('notes'),
  privateSalt: text('private_salt').notNull(),
  correctsId: uuid('corrects_id'),
  organisationId: uuid('organisation_id'),
  organisationName: text('organisation_name'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  ledgerIndex: bigint('ledger_index', { mode: 'number' }).notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
});

// A view over platform/attachments.ts's table (migration 0100), for reading; rows are written by recordAttachment.
export const qualityAttachments = pgTable('quality_attachments', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  recordId: uuid('record_id'),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
