// Indicators the platform cannot measure (e.g. 绿色建材认证占比): defined as catalogue rows, entered by an enterprise
// with a date and evidence files, and registered like any other indicator (valueFor = latest entry on or before the date).
import { and, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { IndicatorDefinition } from '../../platform/indicators.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { recordAttachment } from '../../platform/attachments.js';
import { AppError } from '../../platform/errors.js';
import { manualIndicatorDefinitions, manualIndicatorEvidence, manualIndicatorValues } from './tables.js';

export type ManualDefinition = typeof manualIndicatorDefinitions.$inferSelect;

export async function listManualDefinitions(db: DbOrTx): Promise<ManualDefinition[]> {
  return db
    .select()
    .from(manualIndicatorDefinitions)
    .where(eq(manualIndicatorDefinitions.active, true))
    .orderBy(manualIndicatorDefinitions.sort, manualIndicatorDefinitions.key);
}

const chinaDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** The value entered last for the latest date on or before `asOf`, or null. */
export async function manualValueAsOf(db: DbOrTx, projectId: string, key: string, asOf: Date): Promise<number | null> {
  const [row] = await db
    .select({ value: manualIndicatorValues.value })
    .from(manualIndicatorValues)
    .where(
      and(
        eq(manualIndicatorValues.projectId, projectId),
        eq(manualIndicatorValues.indicatorKey, key),
        lte(manualIndicatorValues.asOf, chinaDate(asOf)),
      ),
    )
    .orderBy(desc(manualIndicatorValues.asOf), desc(manualIndicatorValues.createdAt))
    .limit(1);
  return row?.value ?? null;
}

export function manualIndicator(d: ManualDefinition): IndicatorDefinition {
  return {
    key: d.key,
    module: 'tracking',
    name: { 'zh-CN': d.nameZh, en: d.nameEn },
    unit: d.unit,
    direction: d.direction,
    definition: { 'zh-CN': `${d.definitionZh}（手工填报，附证明材料）`, en: `${d.definitionEn} (entered by hand with evidence)` },
    valueFor: (db, projectId, asOf) => manualValueAsOf(db, projectId, d.key, asOf),
  };
}

export type EvidenceRow = typeof manualIndicatorEvidence.$inferSelect;

export async function insertPendingEvidence(tx: DbOrTx, actor: AuditActor, row: typeof manualIndicatorEvidence.$inferInsert) {
  await recordAttachment(tx, { kind: 'tracking', projectId: row.projectId, valueId: row.valueId }, row, {
    id: row.id,
    uploadedBy: row.createdBy ?? null,
  });
  await recordAudit(tx, actor, {
    action: 'tracking.evidence.upload',
    entityType: 'manual_indicator_evidence',
    entityId: row.id!,
    after: { projectId: row.projectId, fileName: row.fileName, sha256: row.sha256, sizeBytes: row.sizeBytes },
  });
}

export async function getEvidence(db: DbOrTx, projectId: string, id: string): Promise<EvidenceRow | null> {
  const [row] = await db
    .select()
    .from(manualIndicatorEvidence)
    .where(and(eq(manualIndicatorEvidence.projectId, projectId), eq(manualIndicatorEvidence.id, id)));
  return row ?? null;
}

export type ManualValueInput = { indicatorKey: string; value: number; asOf: string; note?: string | null; evidenceIds: string[] };

/** Records a value with its evidence (pending uploads of the same project), in one transaction, audited. */
export async function createManualValue(tx: DbOrTx, actor: AuditActor, projectId: string, id: string, input: ManualValueInput) {
  const [def] = await tx
    .select()
    .from(manualIndicatorDefinitions)
    .where(and(eq(manualIndicatorDefinitions.key, input.indicatorKey), eq(manualIndicatorDefinitions.active, true)));
  if (!def) throw new AppError(400, 'validation_failed', {}, [{ path: 'indicatorKey', code: 'manual_indicator_unknown' }]);
  if ((def.minValue !== null && input.value < def.minValue) || (def.maxValue !== null && input.value > def.maxValue))
    throw new AppError(400, 'validation_failed', {}, [
      { path: 'value', code: 'manual_value_out_of_range', params: { min: def.minValue ?? '-∞', max: def.maxValue ?? '∞' } },
    ]);
  const ids = [...new Set(input.evidenceIds)];
  if (!ids.length) throw new AppError(400, 'validation_failed', {}, [{ path: 'evidenceIds', code: 'evidence_required' }]);
  const row = {
    id,
    projectId,
    indicatorKey: def.key,
    value: input.value,
    asOf: input.asOf,
    note: input.note ?? null,
    enteredBy: actor.id,
    enteredByName: actor.name,
  };
  await tx.insert(manualIndicatorValues).values(row);
  const claimed = await tx
    .update(manualIndicatorEvidence)
    .set({ valueId: id })
    .where(
      and(
        inArray(manualIndicatorEvidence.id, ids),
        eq(manualIndicatorEvidence.projectId, projectId),
        isNull(manualIndicatorEvidence.valueId),
      ),
    )
    .returning({ id: manualIndicatorEvidence.id });
  if (claimed.length !== ids.length)
    throw new AppError(400, 'validation_failed', {}, [{ path: 'evidenceIds', code: 'evidence_unavailable' }]);
  await recordAudit(tx, actor, {
    action: 'tracking.manual.create',
    entityType: 'manual_indicator_value',
    entityId: id,
    after: { ...row, evidenceIds: ids },
  });
  return row;
}

/** A project's manual entries, newest first, each with its evidence files. */
export async function listManualValues(db: DbOrTx, projectId: string) {
  const values = await db
    .select()
    .from(manualIndicatorValues)
    .where(eq(manualIndicatorValues.projectId, projectId))
    .orderBy(desc(manualIndicatorValues.asOf), desc(manualIndicatorValues.createdAt));
  const evidence = values.length
    ? await db
        .select()
        .from(manualIndicatorEvidence)
        .where(
          inArray(
            manualIndicatorEvidence.valueId,
            values.map((v) => v.id),
          ),
        )
        .orderBy(manualIndicatorEvidence.createdAt)
    : [];
  return values.map((v) => ({
    id: v.id,
    indicatorKey: v.indicatorKey,
    value: v.value,
    asOf: v.asOf,
    note: v.note,
    enteredByName: v.enteredByName,
    createdAt: v.createdAt.toISOString(),
    isDemo: v.isDemo,
    evidence: evidence
      .filter((e) => e.valueId === v.id)
      .map((e) => ({ id: e.id, fileName: e.fileName, mediaType: e.mediaType, sizeBytes: e.sizeBytes, sha256: e.sha256 })),
  }));
}

/** Pending uploads older than `hours` (never attached to a value), for the clean-up job. */
export async function expiredPendingEvidence(db: DbOrTx, hours: number) {
  return db
    .select({ id: manualIndicatorEvidence.id, projectId: manualIndicatorEvidence.projectId })
    .from(manualIndicatorEvidence)
    .where(
      and(isNull(manualIndicatorEvidence.valueId), sql`${manualIndicatorEvidence.createdAt} < now() - make_interval(hours => ${hours})`),
    );
}

export async function deleteEvidenceRow(db: DbOrTx, id: string) {
  await db.delete(manualIndicatorEvidence).where(eq(manualIndicatorEvidence.id, id));
}
