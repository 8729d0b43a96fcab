// Indicators other capabilities (the evaluation) read: the project's 装配率 as of a date.
import type { DbOrTx } from '../../db/database.js';
import type { PrefabGrade } from '../../../domain/prefab/index.js';
import { calculate, getTable, latestAssessment, toRatioInput } from './store.js';
import type { IndicatorDefinition } from '../../platform/indicators.js';

export type PrefabRatioIndicator = {
  /** 装配率 in percent (1 decimal). */
  P: number;
  Q1: number;
  Q2: number;
  Q3: number;
  Q4: number;
  recognised: boolean;
  grade: PrefabGrade | null;
  table: { id: string; version: string };
  /** When the inputs used were saved. */
  savedAt: string;
};

/** The 装配率 from the inputs saved last on or before `asOf`, with the score table version they were saved under; null if none. */
export async function prefabRatio(db: DbOrTx, projectId: string, asOf: Date = new Date()): Promise<PrefabRatioIndicator | null> {
  const saved = await latestAssessment(db, projectId, asOf);
  if (!saved) return null;
  const table = await getTable(db, saved.tableId, saved.tableVersion);
  if (!table) return null;
  const r = calculate(toRatioInput(saved.inputs, saved.fullDecoration), table.data);
  return {
    P: r.P,
    Q1: r.Q1,
    Q2: r.Q2,
    Q3: r.Q3,
    Q4: r.Q4,
    recognised: r.recognised,
    grade: r.grade,
    table: { id: table.id, version: table.version },
    savedAt: saved.createdAt.toISOString(),
  };
}

// ─── Registered indicator (issue 9) ───

export const prefabIndicatorDefinitions: IndicatorDefinition[] = [
  {
    key: 'prefab.ratio',
    module: 'prefab',
    name: { 'zh-CN': '装配率', en: 'Prefabrication ratio' },
    unit: '%',
    direction: 'higherIsBetter',
    definition: {
      'zh-CN': 'GB/T 51129 装配率 P，按截至当日最后保存的计算输入及其评分表版本计算',
      en: 'GB/T 51129 prefabrication ratio P from the inputs saved last up to the date, with their score table version',
    },
    valueFor: async (db, projectId, asOf) => (await prefabRatio(db, projectId, asOf))?.P ?? null,
  },
];
