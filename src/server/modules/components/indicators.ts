// Indicators other capabilities (the evaluation) read: the project's standardisation rate as of a date.
import type { DbOrTx } from '../../db/database.js';
import { projectRefs } from '../projects/index.js';
import { libraryForRegion } from './store.js';
import { projectInstances, settingsFor, summariseUsage } from './usage.js';
import type { IndicatorDefinition } from '../../platform/indicators.js';
import { roundHalfUp } from '../../../domain/rounding.js';

export type StandardisationIndicator = {
  /** Share of component units matching a library spec (0..1); null when the project has no recognised components. */
  rate: number | null;
  matched: number;
  total: number;
  specCountByType: Record<string, number>;
  asOf: string;
};

/**
 * 标准化设计 indicator: instances recorded up to `asOf`, matched against the active library specs created up to `asOf`
 * (a spec edited later is compared with its current dimensions). Null when the project does not exist.
 */
export async function standardisationRate(
  db: DbOrTx,
  projectId: string,
  asOf: Date = new Date(),
): Promise<StandardisationIndicator | null> {
  const project = (await projectRefs(db, [projectId])).get(projectId);
  if (!project) return null;
  const settings = await settingsFor(db, projectId);
  const library = await libraryForRegion(db, project.regionCode, asOf);
  const instances = await projectInstances(db, projectId, asOf);
  const s = summariseUsage(instances, library, settings.toleranceMm);
  return { rate: s.rate, matched: s.matched, total: s.instances, specCountByType: s.specCountByType, asOf: asOf.toISOString() };
}

// ─── Registered indicator (issue 9): the key is prefab.* as the evaluation seeds name it; this module owns it ───

export const componentsIndicatorDefinitions: IndicatorDefinition[] = [
  {
    key: 'prefab.standardisationRate',
    module: 'components',
    name: { 'zh-CN': '部品部件标准化率', en: 'Component standardisation rate' },
    unit: '%',
    direction: 'higherIsBetter',
    definition: {
      'zh-CN': '截至当日记录的构件中与标准部品构件库规格（允许偏差内）一致的数量 ÷ 构件总数',
      en: 'Component units recorded up to the date that match a library spec (within tolerance) ÷ all recognised units',
    },
    async valueFor(db, projectId, asOf) {
      const r = await standardisationRate(db, projectId, asOf);
      return r?.rate == null ? null : roundHalfUp(r.rate * 100, 1);
    },
  },
];
