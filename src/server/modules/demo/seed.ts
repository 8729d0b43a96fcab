import type { Database } from '../../db/database.js';
import type { Role } from '../../platform/auth/tables.js';
import { createOrganisation, createUser, findOrganisationByName, type OrganisationKind } from '../accounts/index.js';

const DEMO = { id: null, name: 'demo-seed', role: null, ip: null };

type DemoOrg = { key: string; name: string; kind: OrganisationKind; regionCode: string | null };
type DemoUser = { username: string; displayName: string; role: Role; org: string | null; regionCode?: string | null };

// Every name carries 演示 so nobody mistakes demo rows for real pilots.
export const demoOrganisations: DemoOrg[] = [
  { key: 'ministry', name: '住房和城乡建设部（演示）', kind: 'ministry', regionCode: null },
  { key: 'hunan-authority', name: '湖南省住房和城乡建设厅（演示）', kind: 'authority', regionCode: 'hunan' },
  { key: 'shenzhen-authority', name: '深圳市住房和建设局（演示）', kind: 'authority', regionCode: 'shenzhen' },
  { key: 'changzhou-authority', name: '常州市住房和城乡建设局（演示）', kind: 'authority', regionCode: 'changzhou' },
  { key: 'hunan-enterprise', name: '湖南湘江建设集团有限公司（演示）', kind: 'enterprise', regionCode: 'hunan' },
  { key: 'shenzhen-enterprise', name: '深圳鹏城建工集团有限公司（演示）', kind: 'enterprise', regionCode: 'shenzhen' },
  { key: 'changzhou-enterprise', name: '常州龙城建设工程有限公司（演示）', kind: 'enterprise', regionCode: 'changzhou' },
  { key: 'experts', name: '绿色建造专家库（演示）', kind: 'expert_pool', regionCode: null },
  { key: 'hunan-facility', name: '长沙市建筑垃圾资源化利用中心（演示）', kind: 'facility', regionCode: 'hunan' },
];

export const demoUsers: DemoUser[] = [
  { username: 'ministry', displayName: '部级监管员（演示）', role: 'regulator', org: 'ministry' },
  { username: 'hunan.regulator', displayName: '湖南监管员（演示）', role: 'regulator', org: 'hunan-authority' },
  { username: 'shenzhen.regulator', displayName: '深圳监管员（演示）', role: 'regulator', org: 'shenzhen-authority' },
  { username: 'changzhou.regulator', displayName: '常州监管员（演示）', role: 'regulator', org: 'changzhou-authority' },
  { username: 'hunan.enterprise', displayName: '湘江建设项目经理（演示）', role: 'enterprise', org: 'hunan-enterprise' },
  { username: 'shenzhen.enterprise', displayName: '鹏城建工项目经理（演示）', role: 'enterprise', org: 'shenzhen-enterprise' },
  { username: 'changzhou.enterprise', displayName: '龙城建设项目经理（演示）', role: 'enterprise', org: 'changzhou-enterprise' },
  { username: 'expert.wang', displayName: '王工（专家，演示）', role: 'expert', org: 'experts' },
  { username: 'expert.li', displayName: '李工（专家，演示）', role: 'expert', org: 'experts' },
  { username: 'expert.zhang', displayName: '张工（专家，演示）', role: 'expert', org: 'experts' },
  { username: 'expert.chen', displayName: '陈工（专家，演示）', role: 'expert', org: 'experts' },
  { username: 'hunan.facility', displayName: '资源化中心过磅员（演示）', role: 'facility', org: 'hunan-facility' },
];

/** Seeds the demo organisations and one account per role; does nothing when they already exist. */
export async function seedDemo(database: Database, password: string): Promise<DemoUser[]> {
  const { db } = database;
  if (await findOrganisationByName(db, demoOrganisations[0]!.name)) return [];
  return db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const o of demoOrganisations) {
      const row = await createOrganisation(tx, DEMO, { name: o.name, kind: o.kind, regionCode: o.regionCode, isDemo: true });
      ids.set(o.key, row.id);
    }
    for (const u of demoUsers) {
      const org = demoOrganisations.find((o) => o.key === u.org);
      await createUser(tx, DEMO, {
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        organisationId: u.org ? ids.get(u.org)! : null,
        regionCode: org?.regionCode ?? null,
        password,
        isDemo: true,
      });
    }
    return demoUsers;
  });
}
