// Indicators other capabilities read (the evaluation scores embodied carbon intensity).
import type { DbOrTx } from '../../db/database.js';
import { projectRefs } from '../projects/index.js';
import { projectCarbon } from './calculate.js';
import type { IndicatorDefinition } from '../../platform/indicators.js';

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

// ─── Registered indicator (issue 9) ───

export const carbonIndicatorDefinitions: IndicatorDefinition[] = [
  {
    key: 'carbon.embodiedPerM2',
    module: 'carbon',
    name: { 'zh-CN': '单位面积建材隐含碳排放', en: 'Embodied carbon per m²' },
    unit: 'kgCO2e/m²',
    direction: 'lowerIsBetter',
    definition: {
      'zh-CN': 'GB/T 51366-2019 建材生产及运输碳排放（C_JC）与建造碳排放（C_JZ）之和 ÷ 建筑面积',
      en: 'GB/T 51366-2019 materials (C_JC) plus construction (C_JZ) emissions ÷ floor area',
    },
    valueFor: (db, projectId, asOf) => embodiedCarbonPerM2(db, projectId, asOf),
  },
];
