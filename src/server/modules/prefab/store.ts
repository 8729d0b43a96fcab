import { and, asc, desc, eq, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { AppError, invalidField } from '../../platform/errors.js';
import {
  GB51129_2017_NATIONAL,
  PREFAB_ITEM_IDS,
  PrefabInputError,
  calculatePrefabRatio,
  validateScoreTable,
  type PrefabRatioInput,
  type PrefabRatioResult,
  type ScoreTable,
} from '../../../domain/prefab/index.js';
import { prefabAssessments, prefabScoreTables, type PrefabInputs } from './tables.js';

/** The national table is data too: written once from the domain constant, never edited in place. */
export async function ensureNationalTable(db: DbOrTx) {
  const t = GB51129_2017_NATIONAL;
  await db
    .insert(prefabScoreTables)
    .values({ id: t.id, version: t.version, regionCode: null, data: t, confidence: t.confidence, source: t.source })
    .onConflictDoNothing();
}

export type TableRow = typeof prefabScoreTables.$inferSelect;

export async function listTables(db: DbOrTx) {
  return db.select().from(prefabScoreTables).orderBy(asc(prefabScoreTables.regionCode), desc(prefabScoreTables.createdAt));
}

/** The table a region uses: its newest own version, else the newest national one. */
export async function tableForRegion(db: DbOrTx, regionCode: string | null): Promise<TableRow> {
  if (regionCode) {
    const [own] = await db
      .select()
      .from(prefabScoreTables)
      .where(eq(prefabScoreTables.regionCode, regionCode))
      .orderBy(desc(prefabScoreTables.createdAt))
      .limit(1);
    if (own) return own;
  }
  const [national] = await db
    .select()
    .from(prefabScoreTables)
    .where(isNull(prefabScoreTables.regionCode))
    .orderBy(desc(prefabScoreTables.createdAt))
    .limit(1);
  if (national) return national;
  await ensureNationalTable(db);
  return tableForRegion(db, null);
}

export async function getTable(db: DbOrTx, id: string, version: string) {
  const [row] = await db
    .select()
    .from(prefabScoreTables)
    .where(and(eq(prefabScoreTables.id, id), eq(prefabScoreTables.version, version)));
  return row ?? null;
}

export async function addTable(tx: DbOrTx, actor: AuditActor, regionCode: string | null, table: ScoreTable) {
  const problems = validateScoreTable(table);
  if (problems.length)
    throw new AppError(
      400,
      'score_table_invalid',
      { problems: problems.join('; ') },
      problems.map((p) => ({ path: 'table', code: 'score_table_invalid', message: p })),
    );
  if (await getTable(tx, table.id, table.version)) throw invalidField('version', 'score_table_exists');
  const [row] = await tx
    .insert(prefabScoreTables)
    .values({ id: table.id, version: table.version, regionCode, data: table, confidence: table.confidence, source: table.source })
    .returning();
  await recordAudit(tx, actor, {
    action: 'prefab_score_table.create',
    entityType: 'prefab_score_table',
    entityId: `${table.id}@${table.version}`,
    regionCode,
    after: row,
  });
  return row!;
}

/** Runs the domain calculation and turns its input errors into 400s naming the field. */
export function calculate(input: PrefabRatioInput, table: ScoreTable): PrefabRatioResult {
  try {
    return calculatePrefabRatio(input, table);
  } catch (err) {
    if (err instanceof PrefabInputError) {
      if (err.field === 'items') throw invalidField('items', 'prefab_all_not_applicable');
      throw invalidField(err.field, 'prefab_ratio_out_of_range');
    }
    throw err;
  }
}

export const toRatioInput = (inputs: PrefabInputs, fullDecoration: boolean): PrefabRatioInput =>
  ({ ...Object.fromEntries(PREFAB_ITEM_IDS.map((id) => [id, inputs[id]?.value ?? null])), fullDecoration }) as PrefabRatioInput;

export async function latestAssessment(db: DbOrTx, projectId: string, asOf?: Date) {
  const where = asOf
    ? and(eq(prefabAssessments.projectId, projectId), lte(prefabAssessments.createdAt, asOf))
    : eq(prefabAssessments.projectId, projectId);
  const [row] = await db
    .select()
    .from(prefabAssessments)
    .where(where)
    .orderBy(desc(prefabAssessments.createdAt), desc(prefabAssessments.id))
    .limit(1);
  return row ?? null;
}

export async function assessmentHistory(db: DbOrTx, projectId: string) {
  return db
    .select()
    .from(prefabAssessments)
    .where(eq(prefabAssessments.projectId, projectId))
    .orderBy(desc(prefabAssessments.createdAt), desc(prefabAssessments.id))
    .limit(20);
}

export async function saveAssessment(
  tx: DbOrTx,
  actor: AuditActor,
  project: { id: string; regionCode: string },
  table: TableRow,
  inputs: PrefabInputs,
  fullDecoration: boolean,
  opts: { isDemo?: boolean } = {},
) {
  const result = calculate(toRatioInput(inputs, fullDecoration), table.data);
  const before = await latestAssessment(tx, project.id);
  const [row] = await tx
    .insert(prefabAssessments)
    .values({
      projectId: project.id,
      tableId: table.id,
      tableVersion: table.version,
      inputs,
      fullDecoration,
      isDemo: opts.isDemo ?? false,
      actorId: actor.id,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'prefab_assessment.save',
    entityType: 'project',
    entityId: project.id,
    regionCode: project.regionCode,
    before: before ? { inputs: before.inputs, fullDecoration: before.fullDecoration } : null,
    after: { inputs, fullDecoration, table: `${table.id}@${table.version}`, P: result.P, grade: result.grade },
  });
  return { row: row!, result };
}
