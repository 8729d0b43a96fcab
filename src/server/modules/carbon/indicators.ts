// Indicators other capabilities read (the evaluation scores embodied carbon intensity).
import type { DbOrTx } from '../../db/database.js';
import { projectRefs } from '../projects/access.js';
import { projectCarbon } from './calculate.js';

/**
 * GB/T 51366-2019 C_JC + C_JZ per m² of floor area (kgCO2e/m²) as of a moment, or null when the project has no
 * floor area or no material data. No access check: callers scope the project first.
 */
export async function embodiedCarbonPerM2(db: DbOrTx, projectId: string, asOf: Date = new Date()): Promise<number | null> {
  const project = (await projectRefs(db, [projectId])).get(projectId);
  if (!project) return null;
  const c = await projectCarbon(db, project, asOf);
  if (c.source === 'none' && c.result.byEnergy.length === 0) return null;
  return c.result.perM2;
}
