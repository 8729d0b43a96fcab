// What other modules may use of carbon: they import this file only (checked by npm run boundaries).
export { embodiedCarbonPerM2 } from './indicators.js';
