// What other modules may use of webhooks (they import this file only).
export { TEST_EVENT_TYPE } from './store.js';
export { RETRY_DELAYS_MS, MAX_ATTEMPTS } from './dispatch.js';
