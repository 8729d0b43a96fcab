// 绿色施工评价 engine: scheme data (scheme.ts), pure scoring (score.ts), seed schemes (seeds.ts).
export * from './scheme.js';
export * from './score.js';
export * from './seeds.js';
