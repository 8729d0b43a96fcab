// What other modules may use of programmes: they import this file only (checked by npm run boundaries).
export { programmesDemoSeeder } from './demo.js';
export { regionSummary } from './store.js';
