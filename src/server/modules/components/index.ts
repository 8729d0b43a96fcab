// What other modules may use of components: they import this file only (checked by npm run boundaries).
export { standardisationRate } from './indicators.js';
export { latestModelRef, type ModelElement, modelElements } from './modelSource.js';
export { componentsDemoSeeder } from './seed.js';
export type { ComponentRule } from './tables.js';
export { ruleMatches, settingsFor } from './usage.js';
