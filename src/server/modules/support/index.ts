// What other modules may use of support: they import this file only (checked by npm run boundaries).
export type { SupportInput } from './schemas.js';
export { createSupport } from './store.js';
