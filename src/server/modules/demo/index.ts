// What other modules may use of demo: they import this file only (checked by npm run boundaries).
export { seedDemo } from './seed.js';
export type { DemoSeeder } from './seeder.js';
