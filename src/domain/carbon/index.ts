// Public API of the carbon domain module: GB/T 51366-2019 material, transport and construction emissions.
export * from './factors.js';
export * from './materialMapping.js';
export * from './embodiedCarbon.js';
