// Indicators of quality traceability (issue 9): how many current records a project has, and which share of them the
// transparency log has verified. Records superseded by a correction made up to the date are not counted.
import { and, eq, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { IndicatorDefinition } from '../../platform/indicators.js';
import { roundHalfUp } from '../../../domain/rounding.js';
import { verifiedExtent } from '../ledger/index.js';
import { qualityRecords } from './tables.js';

const chinaDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Current (not corrected by then) records made up to `asOf`, with their ledger positions. */
async function currentRecords(db: DbOrTx, projectId: string, asOf: Date) {
  return db
    .select({ id: qualityRecords.id, ledgerIndex: qualityRecords.ledgerIndex })
    .from(qualityRecords)
    .where(
      and(
        eq(qualityRecords.projectId, projectId),
        lte(qualityRecords.createdAt, asOf),
        lte(qualityRecords.recordDate, chinaDate(asOf)),
        sql`not exists (select 1 from quality_records c where c.corrects_id = ${qualityRecords.id} and c.created_at <= ${asOf.toISOString()})`,
      ),
    );
}

export type LedgerVerification = { records: number; verified: number; sharePercent: number | null; verifiedLogSize: number };

/** Share of the project's current records whose log entry is covered by a published checkpoint the integrity monitor verified. */
export async function ledgerVerification(db: DbOrTx, projectId: string, asOf: Date = new Date()): Promise<LedgerVerification> {
  const [rows, extent] = await Promise.all([currentRecords(db, projectId, asOf), verifiedExtent(db, asOf)]);
  const verified = rows.filter((r) => r.ledgerIndex < extent.size && !extent.flagged.has(r.ledgerIndex)).length;
  return {
    records: rows.length,
    verified,
    sharePercent: rows.length ? roundHalfUp((verified / rows.length) * 100, 1) : null,
    verifiedLogSize: extent.size,
  };
}

export const qualityIndicatorDefinitions: IndicatorDefinition[] = [
  {
    key: 'quality.recordCount',
    module: 'quality',
    name: { 'zh-CN': '质量追溯记录数', en: 'Quality records' },
    unit: '条',
    direction: 'higherIsBetter',
    definition: {
      'zh-CN': '截至当日形成的现行质量记录条数（已被更正的记录不计，更正记录计入）',
      en: 'Current quality records made up to the date (a corrected record is replaced by its correction)',
    },
    valueFor: async (db, projectId, asOf) => (await currentRecords(db, projectId, asOf)).length,
  },
  {
    key: 'quality.ledgerVerifiedShare',
    module: 'quality',
    name: { 'zh-CN': '质量记录台账核验占比', en: 'Ledger-verified share of quality records' },
    unit: '%',
    direction: 'higherIsBetter',
    definition: {
      'zh-CN':
        '现行质量记录中，其追溯日志条目已被当日前发布的签名检查点覆盖、且已由完整性监测复核（无未处理的篡改/缺失告警）的占比；无记录时为空',
      en: 'Share of current quality records whose log entry is covered by a signed checkpoint published by the date and re-verified by the integrity monitor (no open altered/missing alarm); empty with no records',
    },
    valueFor: async (db, projectId, asOf) => (await ledgerVerification(db, projectId, asOf)).sharePercent,
  },
];
