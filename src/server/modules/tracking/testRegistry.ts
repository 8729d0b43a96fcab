// For tests and the benchmark: a registry holding every indicator the app registers (module ones plus the manual catalogue).
import type { DbOrTx } from '../../db/database.js';
import { IndicatorRegistry } from '../../platform/indicators.js';
import { wasteIndicatorDefinitions } from '../waste/indicators.js';
import { siteIndicatorDefinitions } from '../site/indicators.js';
import { carbonIndicatorDefinitions } from '../carbon/indicators.js';
import { prefabIndicatorDefinitions } from '../prefab/indicators.js';
import { componentsIndicatorDefinitions } from '../components/indicators.js';
import { bimIndicatorDefinitions } from '../bim/indicators.js';
import { qualityIndicatorDefinitions } from '../quality/indicators.js';
import { listManualDefinitions, manualIndicator } from './manual.js';

export async function registryForTest(db: DbOrTx): Promise<IndicatorRegistry> {
  const r = new IndicatorRegistry();
  for (const list of [wasteIndicatorDefinitions, siteIndicatorDefinitions, carbonIndicatorDefinitions, prefabIndicatorDefinitions, componentsIndicatorDefinitions, bimIndicatorDefinitions, qualityIndicatorDefinitions])
    for (const d of list) r.register(d);
  for (const d of await listManualDefinitions(db)) r.register(manualIndicator(d));
  return r;
}
