// Public API of the smart-site data module: GB 12523-2011 noise periods/limits, data-quality screening, exceedance rates.
export * from './noiseLimits.js';
export * from './dataQuality.js';
export * from './exceedance.js';
