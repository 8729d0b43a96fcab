// What other modules may use of defaults: they import this file only (checked by npm run boundaries).
export { adoptionsOf, type Adoption } from './store.js';
export { defaultKinds, type DefaultKind } from './tables.js';
