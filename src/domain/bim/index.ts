// Public API of the BIM domain module: take-off rules that need no parser (mesh measures, class roll-up, STEP sniffing).
export * from './meshMeasure.js';
export * from './ifcClasses.js';
export * from './stepHeader.js';
export * from './ifcTypeCode.js';
export * from './meshVolume.js';
