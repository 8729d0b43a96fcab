// What other modules may use of costs: they import this file only (checked by npm run boundaries).
export type { MeasureInput } from './schemas.js';
export { createMeasure } from './store.js';
