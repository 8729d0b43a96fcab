// What other modules may use of ledger: they import this file only (checked by npm run boundaries).
export { type Appended, type Ledger, ledgerOf } from './ledger.js';
export { verifiedExtent } from './verified.js';
export { openIntegrityAlarms } from './conditions.js';
