import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { recordAttachment } from '../../platform/attachments.js';
import { conflict } from '../../platform/errors.js';
import type { PlanAspect } from '../planning/index.js';
import { practiceAttachments, practices, type PracticeStatus } from './tables.js';
import { recordEvent } from '../../platform/events.js';
import { practicePublished } from './events.js';

export type PracticeRow = typeof practices.$inferSelect;
export type PracticeFilter = {
  regionCode?: string;
  regionCodes?: string[] | null;
  projectIds?: string[];
  publishedOnly?: boolean;
  status?: PracticeStatus;
  tag?: string;
  aspect?: PlanAspect;
  q?: string;
};

export type PracticeAttachment = { id: string; fileName: string; mediaType: string; sizeBytes: number; sha256: string };
export type Practice = {
  id: string;
  regionCode: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  aspect: PlanAspect | null;
  sourceProjectIds: string[];
  status: PracticeStatus;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  isDemo: boolean;
  attachments: PracticeAttachment[];
};

const uuidArray = (ids: string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

/** Practices matching the filter, newest publication first, with their evidence files. */
export async function listPractices(db: DbOrTx, f: PracticeFilter = {}): Promise<Practice[]> {
  const where: SQL[] = [];
  if (f.regionCode) where.push(eq(practices.regionCode, f.regionCode));
  if (f.regionCodes) where.push(f.regionCodes.length ? inArray(practices.regionCode, f.regionCodes) : sql`false`);
  if (f.projectIds) where.push(f.projectIds.length ? sql`${practices.sourceProjectIds} && ${uuidArray(f.projectIds)}` : sql`false`);
  if (f.publishedOnly) where.push(eq(practices.status, 'published'));
  if (f.status) where.push(eq(practices.status, f.status));
  if (f.tag) where.push(sql`${f.tag} = any(${practices.tags})`);
  if (f.aspect) where.push(eq(practices.aspect, f.aspect));
  if (f.q) where.push(or(ilike(practices.title, `%${f.q}%`), ilike(practices.summary, `%${f.q}%`), ilike(practices.body, `%${f.q}%`))!);
  const rows = await db
    .select()
    .from(practices)
    .where(and(...where))
    .orderBy(sql`${practices.publishedAt} desc nulls last`, desc(practices.updatedAt), asc(practices.title));
  return withAttachments(db, rows);
}

async function withAttachments(db: DbOrTx, rows: PracticeRow[]): Promise<Practice[]> {
  const ids = rows.map((r) => r.id);
  const files = ids.length
    ? await db
        .select()
        .from(practiceAttachments)
        .where(inArray(practiceAttachments.practiceId, ids))
        .orderBy(asc(practiceAttachments.createdAt))
    : [];
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    title: r.title,
    summary: r.summary,
    body: r.body,
    tags: r.tags,
    aspect: r.aspect,
    sourceProjectIds: r.sourceProjectIds,
    status: r.status,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    isDemo: r.isDemo,
    attachments: files
      .filter((a) => a.practiceId === r.id)
      .map((a) => ({ id: a.id, fileName: a.fileName, mediaType: a.mediaType, sizeBytes: a.sizeBytes, sha256: a.sha256 })),
  }));
}

export async function getPracticeRow(db: DbOrTx, id: string) {
  const [row] = await db.select().from(practices).where(eq(practices.id, id));
  return row ?? null;
}

export async function getPractice(db: DbOrTx, id: string) {
  const row = await getPracticeRow(db, id);
  return row ? (await withAttachments(db, [row]))[0]! : null;
}

export type PracticeInput = {
  title: string;
  summary: string;
  body?: string | null;
  tags?: string[];
  aspect?: PlanAspect | null;
  sourceProjectIds?: string[];
};

const cleanTags = (tags: string[] = []) => [...new Set(tags.map((t) => t.trim()).filter(Boolean))];

export async function createPractice(
  tx: DbOrTx,
  actor: AuditActor,
  regionCode: string,
  input: PracticeInput,
  opts: { isDemo?: boolean; status?: PracticeStatus } = {},
) {
  const status = opts.status ?? 'draft';
  const [row] = await tx
    .insert(practices)
    .values({
      id: randomUUID(),
      regionCode,
      title: input.title,
      summary: input.summary,
      body: input.body ?? '',
      tags: cleanTags(input.tags),
      aspect: input.aspect ?? null,
      sourceProjectIds: [...new Set(input.sourceProjectIds ?? [])],
      status,
      publishedAt: status === 'published' ? new Date() : null,
      createdBy: actor.id,
      isDemo: opts.isDemo ?? false,
    })
    .returning();
  await recordAudit(tx, actor, { action: 'practice.create', entityType: 'practice', entityId: row!.id, regionCode, after: row });
  return row!;
}

export async function updatePractice(tx: DbOrTx, actor: AuditActor, before: PracticeRow, patch: Partial<PracticeInput>) {
  const set: Partial<typeof practices.$inferInsert> = {};
  if (patch.title !== undefined) set.title = patch.title;
  if (patch.summary !== undefined) set.summary = patch.summary;
  if (patch.body !== undefined) set.body = patch.body ?? '';
  if (patch.tags !== undefined) set.tags = cleanTags(patch.tags);
  if (patch.aspect !== undefined) set.aspect = patch.aspect;
  if (patch.sourceProjectIds !== undefined) set.sourceProjectIds = [...new Set(patch.sourceProjectIds)];
  const [after] = await tx
    .update(practices)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(practices.id, before.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'practice.update',
    entityType: 'practice',
    entityId: before.id,
    regionCode: before.regionCode,
    before,
    after,
  });
  return after!;
}

export async function setPracticeStatus(tx: DbOrTx, actor: AuditActor, before: PracticeRow, to: PracticeStatus) {
  if (before.status === to) throw conflict('practice_transition_refused', { from: before.status });
  const [after] = await tx
    .update(practices)
    .set({ status: to, publishedAt: to === 'published' ? sql`now()` : null, updatedAt: sql`now()` })
    .where(eq(practices.id, before.id))
    .returning();
  await recordAudit(tx, actor, {
    action: to === 'published' ? 'practice.publish' : 'practice.unpublish',
    entityType: 'practice',
    entityId: before.id,
    regionCode: before.regionCode,
    before: { status: before.status },
    after: { status: to },
  });
  if (to === 'published')
    await recordEvent(tx, practicePublished, {
      subject: `/practices/${before.id}`,
      data: { practiceId: before.id, regionCode: before.regionCode, title: after!.title, sourceProjectIds: after!.sourceProjectIds },
      regionCode: before.regionCode,
    });
  return after!;
}

export async function deletePractice(tx: DbOrTx, actor: AuditActor, before: PracticeRow) {
  if (before.status !== 'draft') throw conflict('practice_transition_refused', { from: before.status });
  await tx.delete(practices).where(eq(practices.id, before.id));
  await recordAudit(tx, actor, {
    action: 'practice.delete',
    entityType: 'practice',
    entityId: before.id,
    regionCode: before.regionCode,
    before,
  });
}

export async function insertAttachment(tx: DbOrTx, actor: AuditActor, practice: PracticeRow, row: typeof practiceAttachments.$inferInsert) {
  await recordAttachment(tx, { kind: 'practice', practiceId: row.practiceId }, row, { id: row.id, uploadedBy: row.createdBy ?? null });
  await tx
    .update(practices)
    .set({ updatedAt: sql`now()` })
    .where(eq(practices.id, practice.id));
  await recordAudit(tx, actor, {
    action: 'practice.attachment.add',
    entityType: 'practice',
    entityId: practice.id,
    regionCode: practice.regionCode,
    after: row,
  });
}

export async function getAttachment(db: DbOrTx, practiceId: string, id: string) {
  const [a] = await db
    .select()
    .from(practiceAttachments)
    .where(and(eq(practiceAttachments.practiceId, practiceId), eq(practiceAttachments.id, id)));
  return a ?? null;
}

export async function deleteAttachment(tx: DbOrTx, actor: AuditActor, practice: PracticeRow, a: typeof practiceAttachments.$inferSelect) {
  await tx.delete(practiceAttachments).where(eq(practiceAttachments.id, a.id));
  await recordAudit(tx, actor, {
    action: 'practice.attachment.delete',
    entityType: 'practice',
    entityId: practice.id,
    regionCode: practice.regionCode,
    before: a,
  });
}

/** All tags in use (published only when asked), for filter pickers. */
export async function tagsInUse(db: DbOrTx, publishedOnly: boolean) {
  const rows = await db
    .selectDistinct({ tag: sql<string>`unnest(${practices.tags})` })
    .from(practices)
    .where(publishedOnly ? eq(practices.status, 'published') : undefined);
  return rows.map((r) => r.tag).sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
