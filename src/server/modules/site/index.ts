// What other modules may use of site: they import this file only (checked by npm run boundaries).
export { siteIndicatorDefinitions } from './indicators.js';
export { siteDemoSeeder } from './seed.js';
export { alarmInWords, siteTodos, unacknowledgedAlarms } from './todos.js';
export { siteEventTypes } from './events.js';
