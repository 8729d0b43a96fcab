// Where tracking gets plan targets: the planning capability's approved plans. Tests of this module replace the source
// (setTargetSourceForTest) so dashboard rows can be checked against known targets without building plans.
import type { DbOrTx } from '../../db/database.js';
import { approvedPlanTargets, type PlanTarget } from '../planning/index.js';

type TargetSource = (db: DbOrTx, projectIds: string[]) => Promise<Map<string, PlanTarget[]>>;
let source: TargetSource = approvedPlanTargets;

export const planTargets: TargetSource = (db, projectIds) => source(db, projectIds);

/** For tests only: replace the target source; call with no argument to restore the planning module's. */
export function setTargetSourceForTest(fn?: TargetSource): void {
  source = fn ?? approvedPlanTargets;
}
