// What other modules may use of quality: they import this file only (checked by npm run boundaries).
export { qualityDemoSeeder } from './seed.js';
export { qualityEventTypes } from './events.js';
