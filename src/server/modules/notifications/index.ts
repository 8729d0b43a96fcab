// What other modules may use of notifications: they import this file only (checked by npm run boundaries).
export { ruleDefinitions } from './rules.js';
