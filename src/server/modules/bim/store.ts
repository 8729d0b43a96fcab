import { and, asc, count, desc, eq, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { pageFromRows, totalColumn } from '../../platform/pagination.js';
import type { Db, DbOrTx } from '../../db/database.js';
import type { ModelExtraction } from './extract.js';
import { bimElements, bimModels, type ModelStatus, type ModelSummary } from './tables.js';
import { recordEvent } from '../../platform/events.js';
import { bimModelFailed, bimModelProcessed } from './events.js';

export type BimModelRow = typeof bimModels.$inferSelect;
export type BimElementRow = typeof bimElements.$inferSelect;

/** Columns for lists: everything but the spatial tree and the summary, which can be large. */
const listColumns = {
  id: bimModels.id,
  projectId: bimModels.projectId,
  version: bimModels.version,
  fileName: bimModels.fileName,
  sizeBytes: bimModels.sizeBytes,
  ifcSchema: bimModels.ifcSchema,
  status: bimModels.status,
  progress: bimModels.progress,
  stage: bimModels.stage,
  errorCode: bimModels.errorCode,
  errorDetail: bimModels.errorDetail,
  uploadedByName: bimModels.uploadedByName,
  createdAt: bimModels.createdAt,
  processedAt: bimModels.processedAt,
  processingMs: bimModels.processingMs,
  elementCount: bimModels.elementCount,
  isDemo: bimModels.isDemo,
};
export type BimModelListRow = { [K in keyof typeof listColumns]: BimModelRow[K] };

export async function nextVersion(tx: DbOrTx, projectId: string): Promise<number> {
  const [row] = await tx
    .select({ v: sql<number>`coalesce(max(${bimModels.version}), 0)` })
    .from(bimModels)
    .where(eq(bimModels.projectId, projectId));
  return Number(row?.v ?? 0) + 1;
}

export async function insertModel(tx: DbOrTx, row: typeof bimModels.$inferInsert): Promise<BimModelRow> {
  const [created] = await tx.insert(bimModels).values(row).returning();
  return created!;
}

export async function getModel(db: DbOrTx, id: string): Promise<BimModelRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(bimModels).where(eq(bimModels.id, id));
  return row ?? null;
}

export async function listModels(
  db: DbOrTx,
  filter: { projectIds: string[]; status?: ModelStatus; latestOnly?: boolean },
  page: { page: number; pageSize: number },
): Promise<{ items: BimModelListRow[]; total: number }> {
  if (!filter.projectIds.length) return { items: [], total: 0 };
  const where: SQL[] = [inArray(bimModels.projectId, filter.projectIds)];
  if (filter.status) where.push(eq(bimModels.status, filter.status));
  if (filter.latestOnly)
    where.push(sql`${bimModels.version} = (select max(m2.version) from bim_models m2 where m2.project_id = ${bimModels.projectId})`);
  const counted = db
    .select({ n: count() })
    .from(bimModels)
    .where(and(...where));
  const rows = await db
    .select({ ...listColumns, total: totalColumn(counted) })
    .from(bimModels)
    .where(and(...where))
    .orderBy(desc(bimModels.createdAt), desc(bimModels.version))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return pageFromRows(rows, counted);
}

/** The newest processed model version of a project, or null. For other capabilities (prefab matching, carbon). */
export async function latestModel(db: DbOrTx, projectId: string, asOf?: Date): Promise<BimModelListRow | null> {
  const [row] = await db
    .select(listColumns)
    .from(bimModels)
    .where(and(eq(bimModels.projectId, projectId), eq(bimModels.status, 'ready'), asOf ? lte(bimModels.processedAt, asOf) : undefined))
    .orderBy(desc(bimModels.version))
    .limit(1);
  return row ?? null;
}

export type ElementFilter = {
  /** A model version; default: the project's latest processed model. */
  modelId?: string;
  ifcClass?: string | string[];
  storey?: string;
  material?: string;
  volumeSource?: 'declared' | 'geometry' | 'none';
  q?: string;
};

/**
 * Element rows of a project's model, for take-off lists and for other capabilities (the component library matches
 * precast elements against these). No access check here: callers scope the project first.
 */
export async function listModelElements(
  db: DbOrTx,
  projectId: string,
  filter: ElementFilter = {},
  page: { page: number; pageSize: number } | null = null,
): Promise<{ items: BimElementRow[]; total: number; modelId: string | null }> {
  const modelId = filter.modelId ?? (await latestModel(db, projectId))?.id;
  if (!modelId) return { items: [], total: 0, modelId: null };
  const where: SQL[] = [eq(bimElements.modelId, modelId), eq(bimElements.projectId, projectId)];
  if (filter.ifcClass)
    where.push(Array.isArray(filter.ifcClass) ? inArray(bimElements.ifcClass, filter.ifcClass) : eq(bimElements.ifcClass, filter.ifcClass));
  if (filter.storey) where.push(eq(bimElements.storey, filter.storey));
  if (filter.material) where.push(ilike(bimElements.material, `%${escapeLike(filter.material)}%`));
  if (filter.volumeSource === 'none') where.push(sql`${bimElements.volumeSource} is null`);
  else if (filter.volumeSource) where.push(eq(bimElements.volumeSource, filter.volumeSource));
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    where.push(
      or(
        ilike(bimElements.name, like),
        ilike(bimElements.globalId, like),
        ilike(bimElements.tag, like),
        ilike(bimElements.objectType, like),
      )!,
    );
  }
  const counted = db
    .select({ n: count() })
    .from(bimElements)
    .where(and(...where));
  const query = db
    .select({ row: bimElements, total: totalColumn(counted) })
    .from(bimElements)
    .where(and(...where))
    .orderBy(asc(bimElements.ifcClass), asc(bimElements.expressId));
  const { items, total } = await pageFromRows(
    page ? await query.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : await query,
    counted,
  );
  return { items: items.map((r) => r.row), total, modelId };
}

export async function getElement(db: DbOrTx, modelId: string, expressId: number): Promise<BimElementRow | null> {
  const [row] = await db
    .select()
    .from(bimElements)
    .where(and(eq(bimElements.modelId, modelId), eq(bimElements.expressId, expressId)));
  return row ?? null;
}

/** Distinct storeys and classes of a model, for filters. */
export async function elementFacets(db: DbOrTx, modelId: string): Promise<{ storeys: string[]; classes: string[] }> {
  const storeys = await db
    .selectDistinct({ s: bimElements.storey })
    .from(bimElements)
    .where(eq(bimElements.modelId, modelId))
    .orderBy(asc(bimElements.storey));
  const classes = await db
    .selectDistinct({ c: bimElements.ifcClass })
    .from(bimElements)
    .where(eq(bimElements.modelId, modelId))
    .orderBy(asc(bimElements.ifcClass));
  return { storeys: storeys.map((r) => r.s).filter((s): s is string => s !== null), classes: classes.map((r) => r.c) };
}

// ---------- job state ----------

/** A claimed job: the lease token that must still be ours when its result is written. */
export type ModelLease = { id: string; token: string; attempts: number };

/**
 * Claims a model for processing with a lease: the given queued model, or (without an id) the oldest queued model or
 * one whose lease expired (its instance died). `for update skip locked` lets instances claim side by side without
 * waiting on each other; the lease token makes a late result of an earlier attempt harmless (completeModel checks it).
 */
export async function claimModel(db: DbOrTx, token: string, leaseSeconds: number, id?: string): Promise<ModelLease | null> {
  const pick = id
    ? sql`select id from bim_models where id = ${id} and status = 'queued' for update skip locked`
    : sql`select id from bim_models
           where status = 'queued' or (status = 'processing' and lease_expires_at < now())
           order by created_at limit 1 for update skip locked`;
  const res = (await db.execute(sql`
    update bim_models set status = 'processing', attempts = attempts + 1, heartbeat_at = now(), progress = 0, stage = 'start',
      lease_owner = ${token}, lease_expires_at = now() + make_interval(secs => ${leaseSeconds})
    where id = (${pick})
    returning id, attempts`)) as unknown as { rows: Array<{ id: string; attempts: number }> };
  const row = res.rows[0];
  return row ? { id: row.id, token, attempts: Number(row.attempts) } : null;
}

/** Extends a lease; false when the job is no longer ours (its lease expired and another instance took it). */
export async function renewLease(db: DbOrTx, lease: ModelLease, leaseSeconds: number): Promise<boolean> {
  const rows = await db
    .update(bimModels)
    .set({ heartbeatAt: sql`now()`, leaseExpiresAt: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(and(eq(bimModels.id, lease.id), eq(bimModels.leaseOwner, lease.token), eq(bimModels.status, 'processing')))
    .returning({ id: bimModels.id });
  return rows.length === 1;
}

/** Thrown inside completeModel when the lease was lost: the transaction rolls back and nothing of this attempt stays. */
export class LeaseLost extends Error {
  constructor(readonly modelId: string) {
    super(`lease on bim model ${modelId} lost`);
  }
}

/** Queued models, oldest first, for the scheduler to pick up after a restart or on a less busy instance. */
export async function queuedModelIds(db: DbOrTx, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: bimModels.id })
    .from(bimModels)
    .where(eq(bimModels.status, 'queued'))
    .orderBy(asc(bimModels.createdAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Models per processing state (queued, processing, ready, failed) for the metrics scrape: one grouped count. */
export async function countModelsByStatus(db: DbOrTx): Promise<Map<ModelStatus, number>> {
  const rows = await db.select({ status: bimModels.status, n: count() }).from(bimModels).groupBy(bimModels.status);
  return new Map(rows.map((r) => [r.status as ModelStatus, Number(r.n)]));
}

/**
 * A job whose instance died stops sending heartbeats: put it back in the queue, or fail it after three attempts
 * so a file that kills its worker every time does not loop forever.
 */
export async function recoverStaleJobs(db: DbOrTx): Promise<number> {
  const stale = sql`${bimModels.status} = 'processing' and ${bimModels.leaseExpiresAt} < now()`;
  await db
    .update(bimModels)
    .set({ status: 'failed', errorCode: 'ifc_processing_lost', errorDetail: 'processing stopped three times', processedAt: sql`now()` })
    .where(and(stale, sql`${bimModels.attempts} >= 3`));
  const rows = await db
    .update(bimModels)
    .set({ status: 'queued', stage: 'requeued', leaseOwner: null, leaseExpiresAt: null })
    .where(stale)
    .returning({ id: bimModels.id });
  return rows.length;
}

export async function recordProgress(db: DbOrTx, lease: ModelLease, progress: number, stage: string): Promise<void> {
  await db
    .update(bimModels)
    .set({ progress, stage, heartbeatAt: sql`now()` })
    .where(and(eq(bimModels.id, lease.id), eq(bimModels.leaseOwner, lease.token), eq(bimModels.status, 'processing')));
}

/** Marks a model failed, only while `lease` is still ours (a lost lease means another attempt owns the outcome). */
export async function failModel(db: DbOrTx, lease: ModelLease, code: string, detail: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(bimModels)
      .set({
        status: 'failed',
        errorCode: code,
        errorDetail: detail.slice(0, 2000),
        processedAt: sql`now()`,
        stage: 'failed',
        leaseOwner: null,
        leaseExpiresAt: null,
      })
      .where(and(eq(bimModels.id, lease.id), eq(bimModels.leaseOwner, lease.token)))
      .returning({ projectId: bimModels.projectId });
    if (row)
      await recordEvent(tx, bimModelFailed, {
        subject: `/projects/${row.projectId}/bim-models/${lease.id}`,
        data: { projectId: row.projectId, modelId: lease.id, errorCode: code },
        projectId: row.projectId,
      });
  });
}

const BATCH = 400;

/**
 * Stores the take-off and marks the model ready, in one transaction: a model is either fully stored or not at all.
 * Idempotent: the model row is locked and must still carry this attempt's lease (LeaseLost otherwise, nothing
 * written), and the elements replace any earlier ones (primary key model_id + express_id), so two attempts of one
 * job never leave two results.
 */
export async function completeModel(
  db: Db,
  model: { id: string; projectId: string },
  lease: ModelLease,
  x: ModelExtraction,
  extra: { geometryBytes: number; processingMs: number; timings: Record<string, number>; takeoffFallback?: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [held] = await tx
      .select({ id: bimModels.id })
      .from(bimModels)
      .where(and(eq(bimModels.id, model.id), eq(bimModels.leaseOwner, lease.token), eq(bimModels.status, 'processing')))
      .for('update');
    if (!held) throw new LeaseLost(model.id);
    await tx.delete(bimElements).where(eq(bimElements.modelId, model.id));
    for (let i = 0; i < x.elements.length; i += BATCH) {
      await tx.insert(bimElements).values(
        x.elements.slice(i, i + BATCH).map((e) => ({
          modelId: model.id,
          expressId: e.expressId,
          projectId: model.projectId,
          globalId: e.globalId,
          ifcClass: e.ifcClass,
          entity: e.entity,
          name: e.name,
          objectType: e.objectType,
          tag: e.tag,
          storey: e.storey,
          material: e.materials.length ? e.materials.map((m) => m.name).join(' / ') : null,
          materials: e.materials,
          declaredVolume: e.declaredVolume,
          declaredArea: e.declaredArea,
          geometryVolume: e.geometryVolume,
          geometrySurfaceArea: e.geometrySurfaceArea,
          volume: e.volume,
          area: e.area,
          volumeSource: e.volumeSource,
          volumeDifference: e.volumeDifference,
          psets: e.psets,
          quantitySets: e.quantitySets,
        })),
      );
    }
    const summary: ModelSummary = {
      counts: x.counts,
      entities: x.entities,
      quantities: x.quantities,
      materials: x.materials,
      entityTotal: x.entityTotal,
      timings: extra.timings,
      ...(extra.takeoffFallback ? { takeoffFallback: extra.takeoffFallback } : {}),
    };
    await tx
      .update(bimModels)
      .set({
        status: 'ready',
        progress: 1,
        stage: 'done',
        processedAt: sql`now()`,
        processingMs: Math.round(extra.processingMs),
        elementCount: x.elements.length,
        geometryBytes: extra.geometryBytes,
        spatial: x.spatial,
        summary,
        errorCode: null,
        errorDetail: null,
        leaseOwner: null,
        leaseExpiresAt: null,
      })
      .where(eq(bimModels.id, model.id));
    await recordEvent(tx, bimModelProcessed, {
      subject: `/projects/${model.projectId}/bim-models/${model.id}`,
      data: { projectId: model.projectId, modelId: model.id, elementCount: x.elements.length },
      projectId: model.projectId,
    });
  });
}

/** Size of a geometry file rebuilt for a model processed before migration 0085 (nothing else of the model changes). */
export async function recordGeometryBytes(db: DbOrTx, id: string, bytes: number): Promise<void> {
  await db.update(bimModels).set({ geometryBytes: bytes }).where(eq(bimModels.id, id));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Which of these model ids have a row (the orphan sweep keeps their objects). */
export async function existingModelIds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.select({ id: bimModels.id }).from(bimModels).where(inArray(bimModels.id, ids));
  return new Set(rows.map((r) => r.id));
}
