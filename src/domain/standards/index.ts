export { INTERNAL_PROVENANCE, LOCAL_DEFAULT, publicBasis } from './basis.js';
