// What other capabilities may use from BIM: the latest processed model of a project and its element rows.
export { latestModel, listModelElements, type BimElementRow, type BimModelListRow, type ElementFilter } from './store.js';
export { bimCoverage, bimStageCoverage } from './indicators.js';
export { bimDemoSeeder, DEMO_IFC } from './demo.js';
