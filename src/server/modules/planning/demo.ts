import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import type { AuditActor } from '../../platform/audit.js';
import { findUserByUsername } from '../accounts/index.js';
import { IndicatorRegistry } from '../../platform/indicators.js';
import type { DemoSeeder } from '../demo/index.js';
import { demoProjects, type ProjectRef } from '../projects/index.js';
import { pilotStatuses } from '../projects/index.js';
import { participantsOf } from '../projects/index.js';
import type { PlanInput } from './schemas.js';
import { savePlan, transitionPlan } from './store.js';
import { planningPlans } from './tables.js';

/** The Hunan pilot left without a plan, so a walk-through (and the e2e test) can draft one. */
export const DEMO_PROJECT_WITHOUT_PLAN = '星沙街道保障性租赁住房';

// The demo accounts of the project's region draft and approve, so the history reads like the walk-through it stands for.
async function demoActor(db: Database['db'], username: string): Promise<AuditActor> {
  const u = await findUserByUsername(db, username);
  return u ? { id: u.id, name: u.username, role: u.role, ip: null } : { id: null, name: 'demo-seed', role: null, ip: null };
}

// Keys and units of the indicators the capabilities register (checked again by the registry when a plan is edited).
const KNOWN: Array<[string, string, 'higherIsBetter' | 'lowerIsBetter']> = [
  ['waste.intensity', 't/万m²', 'lowerIsBetter'],
  ['waste.recyclingRate', '%', 'higherIsBetter'],
  ['site.pm10ExceedanceRate', '%', 'lowerIsBetter'],
  ['site.deviceOnlineRate', '%', 'higherIsBetter'],
  ['carbon.embodiedPerM2', 'kgCO2e/m²', 'lowerIsBetter'],
  ['prefab.ratio', '%', 'higherIsBetter'],
  ['prefab.standardisationRate', '%', 'higherIsBetter'],
  ['bim.coverage', '%', 'higherIsBetter'],
];
function seedRegistry() {
  const r = new IndicatorRegistry();
  for (const [key, unit, direction] of KNOWN)
    r.register({
      key,
      module: 'demo',
      name: { 'zh-CN': key, en: key },
      unit,
      direction,
      definition: { 'zh-CN': '', en: '' },
      valueFor: async () => null,
    });
  return r;
}

const M = (n: string) => `8a1f0000-0000-4000-8000-000000000${n}`;

/** A plausible plan: waste ≤300 t/万m² (≤200 for prefabricated works), recycling, dust, devices, embodied carbon, 装配率. */
async function demoPlan(database: Database, p: ProjectRef, i: number): Promise<PlanInput> {
  const parts = await participantsOf(database.db, p.id);
  const org = (...roles: string[]) => parts.find((x) => roles.includes(x.role))?.organisationId ?? p.ownerOrganisationId;
  const designer = org('design', 'epc', 'owner');
  const builder = org('construction', 'epc', 'owner');
  const owner = org('owner');
  const building = p.category === 'building';
  const prefab = p.isPrefabricated;
  return {
    aspects: {
      design: {
        summary: `${p.name}以绿色策划统筹设计、建材、生产、施工、交付，BIM 正向设计贯穿全过程。`,
        targets: [{ indicatorKey: 'bim.coverage', name: 'BIM 应用覆盖率', targetValue: 80, unit: '%', dueStage: 'design', dueDate: null }],
        measures: [
          { measureId: M('101'), responsibleOrganisationId: owner, dueStage: 'planning', note: null },
          { measureId: M('102'), responsibleOrganisationId: designer, dueStage: 'design', note: '全专业协同，模型传递至施工' },
          ...(prefab
            ? [
                {
                  measureId: M('103'),
                  responsibleOrganisationId: designer,
                  dueStage: 'design' as const,
                  note: '优先选用标准部品构件库构件',
                },
              ]
            : []),
          { measureId: M('106'), responsibleOrganisationId: owner, dueStage: 'planning', note: null },
        ],
      },
      materials: {
        summary: '选用绿色建材认证产品，使用再生骨料等资源化产品。',
        targets: [
          {
            indicatorKey: null,
            name: '绿色建材应用比例',
            targetValue: 60,
            unit: '%',
            direction: 'higherIsBetter',
            dueStage: 'construction',
            dueDate: null,
          },
          ...(building
            ? [
                {
                  indicatorKey: 'carbon.embodiedPerM2',
                  name: '建材生产及运输碳排放强度',
                  targetValue: prefab ? 420 : 480,
                  unit: 'kgCO2e/m²',
                  dueStage: 'design' as const,
                  dueDate: null,
                },
              ]
            : []),
        ],
        measures: [
          { measureId: M('201'), responsibleOrganisationId: builder, dueStage: 'construction', note: null },
          { measureId: M('202'), responsibleOrganisationId: builder, dueStage: 'construction', note: '路基与临时道路垫层' },
          ...(building ? [{ measureId: M('205'), responsibleOrganisationId: designer, dueStage: 'design' as const, note: null }] : []),
        ],
      },
      production: prefab
        ? {
            summary: '主要构件工厂化生产，构件赋码可追溯。',
            targets: [
              { indicatorKey: 'prefab.ratio', name: '装配率', targetValue: i % 2 ? 60 : 50, unit: '%', dueStage: 'design', dueDate: null },
              {
                indicatorKey: 'prefab.standardisationRate',
                name: '构件标准化率',
                targetValue: 70,
                unit: '%',
                dueStage: 'production',
                dueDate: null,
              },
            ],
            measures: [
              { measureId: M('301'), responsibleOrganisationId: builder, dueStage: 'production', note: null },
              { measureId: M('302'), responsibleOrganisationId: builder, dueStage: 'production', note: null },
              { measureId: M('303'), responsibleOrganisationId: designer, dueStage: 'production', note: null },
            ],
          }
        : { summary: null, targets: [], measures: [] },
      construction: {
        summary: '落实建筑垃圾减量化专项方案，建设智慧工地。',
        targets: [
          {
            indicatorKey: 'waste.intensity',
            name: '施工现场建筑垃圾排放量',
            targetValue: prefab ? 200 : 300,
            unit: 't/万m²',
            dueStage: 'construction',
            dueDate: null,
            note: '不含工程渣土、工程泥浆',
          },
          {
            indicatorKey: 'waste.recyclingRate',
            name: '建筑垃圾资源化利用率',
            targetValue: 55,
            unit: '%',
            dueStage: 'construction',
            dueDate: null,
          },
          {
            indicatorKey: 'site.pm10ExceedanceRate',
            name: 'PM10 超标率',
            targetValue: 5,
            unit: '%',
            dueStage: 'construction',
            dueDate: null,
          },
          {
            indicatorKey: 'site.deviceOnlineRate',
            name: '监测设备在线率',
            targetValue: 95,
            unit: '%',
            dueStage: 'construction',
            dueDate: null,
          },
        ],
        measures: [
          { measureId: M('401'), responsibleOrganisationId: builder, dueStage: 'construction', note: null },
          { measureId: M('402'), responsibleOrganisationId: builder, dueStage: 'construction', note: null },
          { measureId: M('403'), responsibleOrganisationId: builder, dueStage: 'construction', note: null },
          { measureId: M('404'), responsibleOrganisationId: builder, dueStage: 'construction', note: '扬尘、噪声在线监测联网' },
          ...(prefab ? [{ measureId: M('406'), responsibleOrganisationId: builder, dueStage: 'construction' as const, note: null }] : []),
        ],
      },
      delivery: {
        summary: '数字化交付 BIM 竣工模型和绿色建筑使用说明书。',
        targets: [
          {
            indicatorKey: null,
            name: '竣工 BIM 模型交付完整率',
            targetValue: 100,
            unit: '%',
            direction: 'higherIsBetter',
            dueStage: 'delivery',
            dueDate: null,
          },
        ],
        measures: [
          { measureId: M('501'), responsibleOrganisationId: designer, dueStage: 'delivery', note: null },
          { measureId: M('503'), responsibleOrganisationId: owner, dueStage: 'delivery', note: null },
          { measureId: M('505'), responsibleOrganisationId: owner, dueStage: 'delivery', note: null },
        ],
      },
    },
  };
}

/**
 * Every demo pilot gets an approved plan, except one Hunan pilot (DEMO_PROJECT_WITHOUT_PLAN). One Shenzhen and one
 * Changzhou pilot also have a change (version 2) waiting for review, so the regulators' queues are not empty.
 */
export const planningDemoSeeder: DemoSeeder = {
  name: 'planning',
  async seed(database, { log }) {
    const { db } = database;
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(planningPlans)
      .where(eq(planningPlans.isDemo, true));
    if (Number(n) > 0) return;
    const registry = seedRegistry();
    const pilots = (await demoProjects(db)).filter(
      (p) => pilotStatuses.includes(p.status as never) && p.name !== DEMO_PROJECT_WITHOUT_PLAN,
    );
    let pending = 0;
    for (const [i, p] of pilots.entries()) {
      const input = await demoPlan(database, p, i);
      const [ent, reg] = [await demoActor(db, `${p.regionCode}.enterprise`), await demoActor(db, `${p.regionCode}.regulator`)];
      await db.transaction(async (tx) => {
        await savePlan(tx, ent, registry, p, input, { isDemo: true });
        await transitionPlan(tx, ent, p, 'submit', null);
        await transitionPlan(tx, reg, p, 'approve', '符合试点要求，同意');
      });
    }
    for (const region of ['shenzhen', 'changzhou']) {
      const p = pilots.find((x) => x.regionCode === region && x.status === 'implementing');
      if (!p) continue;
      const input = await demoPlan(database, p, 1);
      input.aspects.construction.targets[1]!.targetValue = 60;
      const ent = await demoActor(db, `${p.regionCode}.enterprise`);
      await db.transaction(async (tx) => {
        await savePlan(tx, ent, registry, p, input, { isDemo: true });
        await transitionPlan(tx, ent, p, 'submit', null);
      });
      pending++;
    }
    log(`planning demo: ${pilots.length} approved plans, ${pending} changes awaiting review`);
  },
};
