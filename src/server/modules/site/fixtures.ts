// For other capabilities' tests that need a site alarm raised the way the scheduler raises it.
export { evaluateAlarms } from './alarms.js';
