// Public API of the waste domain module: 建质〔2020〕46号 construction-waste reduction indicators.
export * from './categories.js';
export * from './records.js';
export * from './wasteIntensity.js';
export * from './manifest.js';
