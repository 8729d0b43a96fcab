// The one record of every uploaded file (migration 0100): application attachments, quality attachments, supervision
// photos, tracking evidence, practice attachments and evaluation evidence are rows of `attachments`, told apart by
// owner_kind, each with its owner's typed foreign key (which carries that owner's delete rule). The bytes are stored by
// platform/uploads.ts (or a module's staging, as supervision's photos); recordAttachment writes the row in the caller's
// transaction. The modules' old table names remain as views over their kind's rows for reading.
import { bigint, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/database.js';

export const attachmentOwnerKinds = ['application', 'quality', 'supervision', 'tracking', 'practice', 'evaluation'] as const;
export type AttachmentOwnerKind = (typeof attachmentOwnerKinds)[number];

export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey(),
  ownerKind: text('owner_kind').$type<AttachmentOwnerKind>().notNull(),
  applicationId: uuid('application_id'),
  qualityProjectId: uuid('quality_project_id'),
  qualityRecordId: uuid('quality_record_id'),
  supervisionProjectId: uuid('supervision_project_id'),
  findingId: uuid('finding_id'),
  eventId: bigint('event_id', { mode: 'number' }),
  capturedAt: timestamp('captured_at', { withTimezone: true }),
  capturedSource: text('captured_source').$type<'exif' | 'client' | 'received'>(),
  trackingProjectId: uuid('tracking_project_id'),
  valueId: uuid('value_id'),
  practiceId: uuid('practice_id'),
  evaluationProjectId: uuid('evaluation_project_id'),
  evaluationId: uuid('evaluation_id'),
  itemId: text('item_id'),
  fileName: text('file_name'),
  mediaType: text('media_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  storagePath: text('storage_path'),
  uploadedBy: uuid('uploaded_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type AttachmentRow = typeof attachments.$inferSelect;

/** Whom a file belongs to: the owner kind with that kind's owner keys. */
export type AttachmentOwner =
  | { kind: 'application'; applicationId: string }
  | { kind: 'quality'; projectId: string; recordId?: string | null }
  | {
      kind: 'supervision';
      projectId: string;
      findingId?: string | null;
      eventId?: number | null;
      capturedAt: Date;
      capturedSource: 'exif' | 'client' | 'received';
    }
  | { kind: 'tracking'; projectId: string; valueId?: string | null }
  | { kind: 'practice'; practiceId: string }
  | { kind: 'evaluation'; projectId: string; evaluationId: string; itemId: string };

/** A file already stored and checked; storagePath only where the kind keeps one (applications, supervision). */
export type AttachmentFile = { fileName: string | null; mediaType: string; sizeBytes: number; sha256: string; storagePath?: string | null };

function ownerColumns(owner: AttachmentOwner): Partial<typeof attachments.$inferInsert> {
  switch (owner.kind) {
    case 'application':
      return { applicationId: owner.applicationId };
    case 'quality':
      return { qualityProjectId: owner.projectId, qualityRecordId: owner.recordId ?? null };
    case 'supervision':
      return {
        supervisionProjectId: owner.projectId,
        findingId: owner.findingId ?? null,
        eventId: owner.eventId ?? null,
        capturedAt: owner.capturedAt,
        capturedSource: owner.capturedSource,
      };
    case 'tracking':
      return { trackingProjectId: owner.projectId, valueId: owner.valueId ?? null };
    case 'practice':
      return { practiceId: owner.practiceId };
    case 'evaluation':
      return { evaluationProjectId: owner.projectId, evaluationId: owner.evaluationId, itemId: owner.itemId };
  }
}

/**
 * Records one stored file under its owner, in the caller's transaction (so the row and the owner's change commit
 * together). The database checks that the owner keys fit the kind and keep each owner's delete rule.
 */
export async function recordAttachment(
  tx: DbOrTx,
  owner: AttachmentOwner,
  file: AttachmentFile,
  meta: { id: string; uploadedBy: string | null },
): Promise<AttachmentRow> {
  const [row] = await tx
    .insert(attachments)
    .values({
      id: meta.id,
      ownerKind: owner.kind,
      ...ownerColumns(owner),
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      storagePath: file.storagePath ?? null,
      uploadedBy: meta.uploadedBy,
    })
    .returning();
  return row!;
}
