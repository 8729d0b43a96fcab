// What other modules may use of accounts: they import this file only (checked by npm run boundaries).
export {
  createOrganisation,
  createUser,
  findOrganisationByName,
  findUserByUsername,
  getOrganisation,
  getUser,
  listOrganisations,
  listRegions,
  listUsers,
  organisationIdsByName,
  organisationNameMatches,
  organisationNameSql,
  regionExists,
  regionNameOf,
  regionNameSql,
} from './store.js';
export type { OrganisationKind } from './tables.js';
