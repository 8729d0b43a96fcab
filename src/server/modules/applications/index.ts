// What other modules may use of applications: they import this file only (checked by npm run boundaries).
// Its error messages are part of what it offers: codes such as expert_conflict are shared with other modules.
import './messages.js';
export { applicationsDemoSeeder } from './demo.js';
export { applicationEventTypes } from './events.js';
