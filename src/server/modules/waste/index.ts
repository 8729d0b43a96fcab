// What other modules may use of waste: they import this file only (checked by npm run boundaries).
export { recyclingRate, wasteIndicatorDefinitions, wasteIntensity } from './indicators.js';
export { wasteSeeder } from './seed.js';
export { wasteEventTypes } from './events.js';
