import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../../db/database.js';
import { findOrganisationByName } from '../accounts/index.js';
import { projectExperts, projectParticipants, projects, type ParticipantRole, type ProjectStatus } from './tables.js';

/**
 * For tests of other capabilities: a project owned by the named organisation, written straight to the register.
 * Product code creates projects through the register's own routes.
 */
export async function createProjectForTest(
  db: DbOrTx,
  input: {
    ownerOrganisationName: string;
    regionCode: string;
    name?: string;
    status?: ProjectStatus;
    floorAreaM2?: number;
    isPrefabricated?: boolean;
  },
) {
  const org = await findOrganisationByName(db, input.ownerOrganisationName);
  if (!org) throw new Error(`no organisation ${input.ownerOrganisationName}`);
  const id = randomUUID();
  await db.insert(projects).values({
    id,
    code: `T-${id.slice(0, 8)}`,
    name: input.name ?? `测试项目 ${id.slice(0, 4)}`,
    regionCode: input.regionCode,
    ownerOrganisationId: org.id,
    category: 'building',
    status: input.status ?? 'implementing',
    floorAreaM2: input.floorAreaM2 ?? 12000,
    isPrefabricated: input.isPrefabricated ?? false,
  });
  await db.insert(projectParticipants).values({ projectId: id, organisationId: org.id, role: 'owner' });
  return id;
}

/** Gives an expert read access to a project, as an assignment would. */
export async function assignExpertForTest(db: DbOrTx, projectId: string, userId: string, purpose = 'review') {
  await db.insert(projectExperts).values({ projectId, userId, purpose }).onConflictDoNothing();
}

/** Demo organisation names, so tests can refer to them without repeating strings. */
export const DEMO_ORGS = {
  hunanEnterprise: '湖南湘江建设集团有限公司（演示）',
  shenzhenEnterprise: '深圳鹏城建工集团有限公司（演示）',
  changzhouEnterprise: '常州龙城建设工程有限公司（演示）',
  hunanFacility: '长沙市建筑垃圾资源化利用中心（演示）',
};

/** Adds an organisation to a project's participants (for conflict-of-interest tests of other capabilities). */
export async function addParticipantForTest(db: DbOrTx, projectId: string, organisationId: string, role: ParticipantRole) {
  await db.insert(projectParticipants).values({ projectId, organisationId, role }).onConflictDoNothing();
}
