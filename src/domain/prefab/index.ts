// Public API of the prefab domain module: 装配率 (GB/T 51129-2017) and modular coordination (GB/T 50002-2013).
export * from './scoreTable.js';
export * from './prefabRatio.js';
export * from './modular.js';
