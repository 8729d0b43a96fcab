// What other modules (and the app's assembly) may use of partners: they import this file only.
import './messages.js';
export { applicationTokens, ACCESS_TOKEN_SECONDS, TOKEN_AUDIENCE, tokenIssuer } from './oauth.js';
export { rotateSigningKey } from './keys.js';
