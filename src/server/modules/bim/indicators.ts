// BIM coverage by stage (issue 9, bim.coverage). A project passes through 设计 (before construction starts),
// 施工 (start to completion) and 交付 (after completion); a stage is covered when a model version uploaded during it
// was processed successfully. Coverage = covered stages ÷ stages reached by the date, in %.
import { and, eq, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { IndicatorDefinition } from '../../platform/indicators.js';
import { roundHalfUp } from '../../../domain/rounding.js';
import { getProjectRow } from '../projects/index.js';
import { bimModels } from './tables.js';

export const BIM_STAGES = ['design', 'construction', 'delivery'] as const;
export type BimStage = (typeof BIM_STAGES)[number];
export type BimCoverage = { reached: BimStage[]; covered: BimStage[]; percent: number | null };

// Stage boundaries are China calendar days; a model uploaded on the start day counts for construction.
const chinaDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Pure rule: which stages a project has reached by `asOfDay` and which of them have a model uploaded during them. */
export function bimStageCoverage(
  schedule: { start: string | null; finish: string | null },
  modelDays: string[],
  asOfDay: string,
): BimCoverage {
  const stageOf = (day: string): BimStage =>
    schedule.finish && day >= schedule.finish ? 'delivery' : schedule.start && day >= schedule.start ? 'construction' : 'design';
  const reached = BIM_STAGES.filter(
    (s) =>
      s === 'design' ||
      (s === 'construction' ? !!schedule.start && schedule.start <= asOfDay : !!schedule.finish && schedule.finish <= asOfDay),
  );
  const covered = reached.filter((s) => modelDays.some((d) => d <= asOfDay && stageOf(d) === s));
  return { reached, covered, percent: reached.length ? roundHalfUp((covered.length / reached.length) * 100, 1) : null };
}

/** The coverage of a project as of a moment (actual start/finish, else the planned dates); null when the project does not exist. */
export async function bimCoverage(db: DbOrTx, projectId: string, asOf: Date = new Date()): Promise<BimCoverage | null> {
  const project = await getProjectRow(db, projectId);
  if (!project) return null;
  const models = await db
    .select({ createdAt: bimModels.createdAt })
    .from(bimModels)
    .where(and(eq(bimModels.projectId, projectId), eq(bimModels.status, 'ready'), lte(bimModels.createdAt, asOf)));
  return bimStageCoverage(
    { start: project.actualStart ?? project.plannedStart, finish: project.actualFinish },
    models.map((m) => chinaDate(m.createdAt)),
    chinaDate(asOf),
  );
}

export const bimIndicatorDefinitions: IndicatorDefinition[] = [
  {
    key: 'bim.coverage',
    module: 'bim',
    name: { 'zh-CN': 'BIM 分阶段覆盖率', en: 'BIM coverage by stage' },
    unit: '%',
    direction: 'higherIsBetter',
    definition: {
      'zh-CN':
        '项目已进入的阶段（设计：开工前；施工：开工至竣工；交付：竣工后；以实际日期为准，无则用计划开工日期）中，在该阶段内上传并成功解析了 BIM 模型的阶段数 ÷ 已进入阶段数',
      en: 'Of the stages the project has reached (design: before start; construction: start to completion; delivery: after completion; actual dates, else the planned start), the share with a BIM model uploaded and processed during that stage',
    },
    valueFor: async (db, projectId, asOf) => (await bimCoverage(db, projectId, asOf))?.percent ?? null,
  },
];
