// What other modules may use of haulage: they import this file only (checked by npm run boundaries).
export { recordManifestLoad, vehicleForManifest } from './vehicles.js';
export { haulageDemoSeeder } from './seed.js';
