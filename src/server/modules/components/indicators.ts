// Indicators other capabilities (the evaluation) read: the project's standardisation rate as of a date.
import type { DbOrTx } from '../../db/database.js';
import { projectRefs } from '../projects/access.js';
import { libraryForRegion } from './store.js';
import { projectInstances, settingsFor, summariseUsage } from './usage.js';

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
export async function standardisationRate(db: DbOrTx, projectId: string, asOf: Date = new Date()): Promise<StandardisationIndicator | null> {
  const project = (await projectRefs(db, [projectId])).get(projectId);
  if (!project) return null;
  const settings = await settingsFor(db, projectId);
  const library = await libraryForRegion(db, project.regionCode, asOf);
  const instances = await projectInstances(db, projectId, asOf);
  const s = summariseUsage(instances, library, settings.toleranceMm);
  return { rate: s.rate, matched: s.matched, total: s.instances, specCountByType: s.specCountByType, asOf: asOf.toISOString() };
}
