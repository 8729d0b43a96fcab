// What other modules may use of prefab: they import this file only (checked by npm run boundaries).
export { prefabDemoSeeder } from './demo.js';
export { prefabRatio } from './indicators.js';
