import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { AuditActor } from '../../platform/audit.js';
import { recordAudit } from '../../platform/audit.js';
import { recordAttachment } from '../../platform/attachments.js';
import { conflict, invalidField } from '../../platform/errors.js';
import type { PageQuery } from '../../platform/pagination.js';
import { offsetOf } from '../../platform/pagination.js';
import type { ProjectRef } from '../projects/index.js';
import { projectRefs } from '../projects/index.js';
import type { Appended, Ledger } from '../ledger/index.js';
import { entryBytes, newPrivateSalt } from './entry.js';
import { qualityAttachments, qualityRecords, type QualityKind, type QualityResult } from './tables.js';
import { recordEvent } from '../../platform/events.js';
import { qualityRecordAppended } from './events.js';

export type RecordInput = {
  kind: QualityKind;
  recordDate: string;
  subject: string;
  location?: string | null;
  batchNo?: string | null;
  quantity?: string | null;
  supplier?: string | null;
  componentId?: string | null;
  specId?: string | null;
  result: QualityResult;
  inspectorName?: string | null;
  inspectorPhone?: string | null;
  notes?: string | null;
  correctsId?: string | null;
  attachmentIds?: string[];
};

const correctedBy = sql<string | null>`(select c.id from quality_records c where c.corrects_id = "quality_records"."id")`.as(
  'corrected_by_id',
);

const recordColumns = {
  id: qualityRecords.id,
  projectId: qualityRecords.projectId,
  kind: qualityRecords.kind,
  recordDate: qualityRecords.recordDate,
  subject: qualityRecords.subject,
  location: qualityRecords.location,
  batchNo: qualityRecords.batchNo,
  quantity: qualityRecords.quantity,
  supplier: qualityRecords.supplier,
  componentId: qualityRecords.componentId,
  specId: qualityRecords.specId,
  result: qualityRecords.result,
  inspectorName: qualityRecords.inspectorName,
  inspectorPhone: qualityRecords.inspectorPhone,
  notes: qualityRecords.notes,
  correctsId: qualityRecords.correctsId,
  organisationName: qualityRecords.organisationName,
  createdAt: qualityRecords.createdAt,
  ledgerIndex: qualityRecords.ledgerIndex,
  isDemo: qualityRecords.isDemo,
  correctedById: correctedBy,
};

type RecordRow = Awaited<ReturnType<typeof selectRecords>>[number];

function selectRecords(db: DbOrTx, where: SQL | undefined) {
  return db.select(recordColumns).from(qualityRecords).where(where);
}

async function withAttachments(db: DbOrTx, rows: RecordRow[]) {
  const ids = rows.map((r) => r.id);
  const files = ids.length
    ? await db
        .select({
          id: qualityAttachments.id,
          recordId: qualityAttachments.recordId,
          fileName: qualityAttachments.fileName,
          mediaType: qualityAttachments.mediaType,
          sizeBytes: qualityAttachments.sizeBytes,
          sha256: qualityAttachments.sha256,
        })
        .from(qualityAttachments)
        .where(inArray(qualityAttachments.recordId, ids))
        .orderBy(asc(qualityAttachments.createdAt))
    : [];
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    attachments: files.filter((f) => f.recordId === r.id).map(({ recordId: _r, ...f }) => f),
  }));
}

export type QualityRecordView = Awaited<ReturnType<typeof withAttachments>>[number];

export type RecordFilter = { kind?: QualityKind; result?: QualityResult; componentId?: string; q?: string; current?: boolean };

export async function listRecords(db: DbOrTx, projectId: string, f: RecordFilter, page: PageQuery) {
  const where: SQL[] = [eq(qualityRecords.projectId, projectId)];
  if (f.kind) where.push(eq(qualityRecords.kind, f.kind));
  if (f.result) where.push(eq(qualityRecords.result, f.result));
  if (f.componentId) where.push(eq(qualityRecords.componentId, f.componentId));
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(
        ilike(qualityRecords.subject, like),
        ilike(qualityRecords.location, like),
        ilike(qualityRecords.batchNo, like),
        ilike(qualityRecords.componentId, like),
      )!,
    );
  }
  if (f.current) where.push(sql`not exists (select 1 from quality_records c where c.corrects_id = "quality_records"."id")`);
  const rows = await selectRecords(db, and(...where))
    .orderBy(desc(qualityRecords.recordDate), desc(qualityRecords.ledgerIndex))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(qualityRecords)
    .where(and(...where));
  return { items: await withAttachments(db, rows), total: Number(n) };
}

export async function getRecord(db: DbOrTx, projectId: string, id: string): Promise<QualityRecordView | null> {
  const rows = await selectRecords(db, and(eq(qualityRecords.projectId, projectId), eq(qualityRecords.id, id)));
  return rows[0] ? (await withAttachments(db, rows))[0] : null;
}

/** Per visible project: how many records and when the last one was made. */
export async function recordCounts(db: DbOrTx, projectIds: string[]) {
  if (!projectIds.length) return new Map<string, { records: number; lastRecordDate: string | null; failed: number }>();
  const rows = await db
    .select({
      projectId: qualityRecords.projectId,
      records: sql<number>`count(*)::int`,
      failed: sql<number>`(count(*) filter (where ${qualityRecords.result} = 'fail'))::int`,
      lastRecordDate: sql<string | null>`max(${qualityRecords.recordDate})::text`,
    })
    .from(qualityRecords)
    .where(inArray(qualityRecords.projectId, projectIds))
    .groupBy(qualityRecords.projectId);
  return new Map(
    rows.map((r) => [r.projectId, { records: Number(r.records), failed: Number(r.failed), lastRecordDate: r.lastRecordDate }]),
  );
}

export async function insertPendingAttachment(
  db: DbOrTx,
  actor: AuditActor,
  row: { id: string; projectId: string; fileName: string; mediaType: string; sizeBytes: number; sha256: string; createdBy: string | null },
) {
  const { id, projectId, createdBy, ...file } = row;
  await recordAttachment(db, { kind: 'quality', projectId }, file, { id, uploadedBy: createdBy });
  const { createdBy: _c, ...after } = row;
  await recordAudit(db, actor, { action: 'quality.attachment_uploaded', entityType: 'quality_attachment', entityId: row.id, after });
}

export async function getAttachment(db: DbOrTx, projectId: string, id: string) {
  const [row] = await db
    .select()
    .from(qualityAttachments)
    .where(and(eq(qualityAttachments.projectId, projectId), eq(qualityAttachments.id, id)));
  return row ?? null;
}

/** Uploaded but never cited by a record (the form was abandoned): removed after a day. */
export async function expiredPendingAttachments(db: DbOrTx, olderThanHours: number) {
  return db
    .select({ id: qualityAttachments.id, projectId: qualityAttachments.projectId })
    .from(qualityAttachments)
    .where(
      and(isNull(qualityAttachments.recordId), sql`${qualityAttachments.createdAt} < now() - make_interval(hours => ${olderThanHours})`),
    );
}

export async function deleteAttachmentRow(db: DbOrTx, id: string) {
  await db.delete(qualityAttachments).where(and(eq(qualityAttachments.id, id), isNull(qualityAttachments.recordId)));
}

function pgCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code ?? e?.cause?.code;
}

/**
 * Creates a record and its ledger entry in one transaction (the ledger's batch transaction, under its lock):
 * either the record, its attachments' binding, its audit row and its log entry all commit, or none does.
 */
export async function createRecord(
  db: DbOrTx,
  ledger: Ledger,
  actor: AuditActor & { organisationId: string | null; organisationName: string | null },
  project: ProjectRef,
  input: RecordInput,
  opts: { isDemo?: boolean; recordedAt?: Date } = {},
): Promise<{ record: QualityRecordView; appended: Appended }> {
  let corrects: { recordId: string; index: number } | null = null;
  if (input.correctsId) {
    const old = await getRecord(db, project.id, input.correctsId);
    if (!old) throw invalidField('correctsId', 'quality_record_unknown');
    if (old.correctedById) throw conflict('quality_record_already_corrected');
    corrects = { recordId: old.id, index: old.ledgerIndex };
  }
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  const files = attachmentIds.length
    ? await db
        .select()
        .from(qualityAttachments)
        .where(
          and(
            inArray(qualityAttachments.id, attachmentIds),
            eq(qualityAttachments.projectId, project.id),
            isNull(qualityAttachments.recordId),
          ),
        )
    : [];
  if (files.length !== attachmentIds.length) throw invalidField('attachmentIds', 'attachment_unavailable');
  files.sort((a, b) => attachmentIds.indexOf(a.id) - attachmentIds.indexOf(b.id));

  const id = randomUUID();
  const salt = newPrivateSalt();
  const n = (v: string | null | undefined) => (v === undefined || v === '' ? null : v);
  const row = {
    id,
    projectId: project.id,
    kind: input.kind,
    recordDate: input.recordDate,
    subject: input.subject,
    location: n(input.location),
    batchNo: n(input.batchNo),
    quantity: n(input.quantity),
    supplier: n(input.supplier),
    componentId: n(input.componentId),
    specId: n(input.specId),
    result: input.result,
    inspectorName: n(input.inspectorName),
    inspectorPhone: n(input.inspectorPhone),
    notes: n(input.notes),
    privateSalt: salt,
    correctsId: corrects?.recordId ?? null,
    organisationId: actor.organisationId,
    organisationName: actor.organisationName,
    createdBy: actor.id,
    isDemo: opts.isDemo ?? false,
  };
  const body = entryBytes({
    recordId: id,
    kind: row.kind,
    recordDate: row.recordDate,
    project: { code: project.code, name: project.name },
    organisation: row.organisationName,
    subject: row.subject,
    location: row.location,
    batchNo: row.batchNo,
    quantity: row.quantity,
    supplier: row.supplier,
    componentId: row.componentId,
    specId: row.specId,
    result: row.result,
    attachments: files.map((f) => ({ sha256: f.sha256, size: f.sizeBytes, mediaType: f.mediaType, fileName: f.fileName })),
    corrects,
    private: { salt, inspectorName: row.inspectorName, inspectorPhone: row.inspectorPhone, notes: row.notes },
    recordedAt: (opts.recordedAt ?? new Date()).toISOString(),
  });

  let appended: Appended;
  try {
    appended = await ledger.append(body, async (tx, ledgerIndex) => {
      await tx.insert(qualityRecords).values({ ...row, ledgerIndex });
      if (files.length) {
        const bound = await tx
          .update(qualityAttachments)
          .set({ recordId: id })
          .where(and(inArray(qualityAttachments.id, attachmentIds), isNull(qualityAttachments.recordId)))
          .returning({ id: qualityAttachments.id });
        if (bound.length !== files.length) throw invalidField('attachmentIds', 'attachment_unavailable');
      }
      const { privateSalt: _s, ...audited } = row;
      await recordAudit(tx, actor, {
        action: corrects ? 'quality.record_corrected' : 'quality.record_created',
        entityType: 'quality_record',
        entityId: id,
        regionCode: project.regionCode,
        organisationId: project.ownerOrganisationId,
        before: corrects ? { recordId: corrects.recordId, ledgerIndex: corrects.index } : null,
        after: { ...audited, ledgerIndex, attachments: files.map((f) => f.sha256) },
      });
      await recordEvent(tx, qualityRecordAppended, {
        subject: `/projects/${project.id}/quality-records/${id}`,
        data: {
          projectId: project.id,
          recordId: id,
          kind: row.kind,
          ledgerIndex: Number(ledgerIndex),
          correctsRecordId: corrects?.recordId ?? null,
        },
        projectId: project.id,
        organisationId: project.ownerOrganisationId,
        regionCode: project.regionCode,
      });
    });
  } catch (err) {
    if (pgCode(err) === '23505' && corrects) throw conflict('quality_record_already_corrected');
    throw err;
  }
  return { record: (await getRecord(db, project.id, id))!, appended };
}

/** What anyone holding a record's ID may see: the public facts (all of which are in the ledger entry). */
export async function publicRecord(db: DbOrTx, id: string) {
  const [r] = await selectRecords(db, eq(qualityRecords.id, id));
  if (!r) return null;
  const project = (await projectRefs(db, [r.projectId])).get(r.projectId);
  const link = async (recordId: string | null) => {
    if (!recordId) return null;
    const [x] = await db
      .select({ recordId: qualityRecords.id, ledgerIndex: qualityRecords.ledgerIndex })
      .from(qualityRecords)
      .where(eq(qualityRecords.id, recordId));
    return x ?? null;
  };
  const componentHistory = r.componentId
    ? await db
        .select({
          recordId: qualityRecords.id,
          kind: qualityRecords.kind,
          recordDate: qualityRecords.recordDate,
          result: qualityRecords.result,
          ledgerIndex: qualityRecords.ledgerIndex,
        })
        .from(qualityRecords)
        .where(and(eq(qualityRecords.projectId, r.projectId), eq(qualityRecords.componentId, r.componentId)))
        .orderBy(asc(qualityRecords.ledgerIndex))
    : [];
  return {
    recordId: r.id,
    ledgerIndex: r.ledgerIndex,
    kind: r.kind,
    recordDate: r.recordDate,
    result: r.result,
    projectCode: project?.code ?? '',
    projectName: project?.name ?? '',
    componentId: r.componentId,
    corrects: await link(r.correctsId),
    supersededBy: await link(r.correctedById),
    componentHistory,
  };
}
