// What other modules may use of projects: they import this file only (checked by npm run boundaries).
// Its error messages are part of what it offers: codes such as expert_conflict are shared with other modules.
import './messages.js';
export {
  assignProjectExperts,
  demoProjects,
  expertAssignedFor,
  grantedToCondition,
  projectFieldSql,
  projectForPrincipal,
  projectNameOrCodeMatches,
  type ProjectRef,
  projectRefs,
  projectVisibleCondition,
  unassignProjectExpert,
  visibleProjectIds,
  visibleProjectsCondition,
} from './access.js';
export { demoRegister, projectsDemoSeeder } from './demo.js';
export { type GrantedRead, underGrant } from './grants.js';
export { grantDatasets, type GrantDataset } from './tables.js';
export { regionNames } from './excel.js';
export { pilotStatuses } from './lifecycle.js';
export { applicantProjectInput, isoDate, type ProjectInput, type ProjectRow, projectRowSchema } from './schemas.js';
export {
  allProjects,
  type ProjectFilter,
  createProject,
  getProjectRow,
  participantOrganisationIds,
  participantsOf,
  selectedPilots,
  statusCounts,
  transitionProject,
} from './store.js';
export { statusLabels } from './vocabulary.js';
export type { ProjectStatus } from './tables.js';
export { projectEventTypes, projectRegistered, projectTransitioned, projectUpdated } from './events.js';
