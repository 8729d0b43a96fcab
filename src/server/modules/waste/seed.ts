// Demo data for construction waste reduction: facilities (always, so the demo facility account has a site),
// and plans, manifests and on-site records on the demo projects once the project register has seeded them.
import { eq, inArray } from 'drizzle-orm';
import type { Database, Tx } from '../../db/database.js';
import type { DemoSeeder } from '../demo/index.js';
import { createOrganisation, findOrganisationByName } from '../accounts/index.js';
import { demoProjects, type ProjectRef } from '../projects/index.js';
import type { WasteCategory, WasteStage } from '../../../domain/waste/index.js';
import { createFacility } from './facilities.js';
import { createManifest, disputeManifest, receiveManifest, runManifestDeadlines } from './manifests.js';
import { savePlan } from './plans.js';
import { createRecords } from './records.js';
import { wasteFacilities, wasteManifests, wastePlans } from './tables.js';

const DEMO = { id: null, name: 'demo-seed', role: null, ip: null };
const ALL_BUT_SPOIL: WasteCategory[] = ['constructionWaste', 'demolitionWaste', 'decorationWaste'];

export const DEMO_FACILITIES = [
  {
    org: '长沙市建筑垃圾资源化利用中心（演示）',
    name: '长沙市建筑垃圾资源化利用中心（演示）',
    kind: 'recycling',
    regionCode: 'hunan',
    licenceNo: '湘长建垃资字〔2023〕015号',
    from: '2023-01-01',
    until: '2027-12-31',
    accepted: ALL_BUT_SPOIL,
    capacity: 2000,
    address: '长沙市望城区铜官循环经济园',
  },
  {
    org: '长沙市黑麋峰建筑垃圾消纳场（演示）',
    name: '长沙市黑麋峰建筑垃圾消纳场（演示）',
    kind: 'disposal',
    regionCode: 'hunan',
    licenceNo: '湘长建垃消字〔2021〕008号',
    from: '2021-06-01',
    until: null,
    accepted: ['engineeringSpoil', 'engineeringMud', 'constructionWaste'] as WasteCategory[],
    capacity: 5000,
    address: '长沙市望城区黑麋峰',
  },
  {
    org: '深圳市建筑废弃物综合利用厂（演示）',
    name: '深圳市建筑废弃物综合利用厂（演示）',
    kind: 'recycling',
    regionCode: 'shenzhen',
    licenceNo: '深建废综字〔2022〕031号',
    from: '2022-03-01',
    until: '2026-02-28',
    accepted: ALL_BUT_SPOIL,
    capacity: 3000,
    address: '深圳市龙岗区坪地街道',
  },
  {
    org: '常州市建筑垃圾资源化处置中心（演示）',
    name: '常州市建筑垃圾资源化处置中心（演示）',
    kind: 'recycling',
    regionCode: 'changzhou',
    licenceNo: '常建垃处字〔2024〕002号',
    from: '2024-01-01',
    until: '2028-12-31',
    accepted: [...ALL_BUT_SPOIL, 'engineeringMud'] as WasteCategory[],
    capacity: 1500,
    address: '常州市武进区',
  },
] as const;

/** A small deterministic generator, so every demo start produces the same figures. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const PLATES: Record<string, string> = { hunan: '湘A', shenzhen: '粤B', changzhou: '苏D' };

async function seedFacilities(database: Database) {
  const { db } = database;
  const existing = new Set((await db.select({ name: wasteFacilities.name }).from(wasteFacilities)).map((r) => r.name));
  for (const f of DEMO_FACILITIES) {
    if (existing.has(f.name)) continue;
    await db.transaction(async (tx) => {
      const org =
        (await findOrganisationByName(tx, f.org)) ??
        (await createOrganisation(tx, DEMO, { name: f.org, kind: 'facility', regionCode: f.regionCode, isDemo: true }));
      // The disposal site's licence runs out in three weeks, so the demo shows an expiry alert.
      const until = f.until ?? new Date(Date.now() + 21 * 86400_000).toISOString().slice(0, 10);
      await createFacility(tx, DEMO, {
        organisationId: org.id,
        name: f.name,
        kind: f.kind,
        regionCode: f.regionCode,
        address: f.address,
        licenceNo: f.licenceNo,
        licenceValidFrom: f.from,
        licenceValidUntil: until,
        acceptedCategories: [...f.accepted],
        dailyCapacityTonnes: f.capacity,
        isDemo: true,
      });
    });
  }
}

async function seedProject(database: Database, project: ProjectRef, index: number) {
  // One transaction per project: the whole demo project appears at once, and start-up stays quick.
  await database.db.transaction((db) => seedProjectIn(db, project, index));
}

async function seedProjectIn(db: Tx, project: ProjectRef, index: number) {
  const facilities = await db.select().from(wasteFacilities).where(eq(wasteFacilities.regionCode, project.regionCode));
  const recycling = facilities.find((f) => f.kind === 'recycling');
  if (!recycling) return;
  const disposal = facilities.find((f) => f.kind === 'disposal') ?? recycling;
  const area = project.floorAreaM2 && project.floorAreaM2 > 0 ? project.floorAreaM2 : 30_000;
  const rand = lcg(17 + index * 7919);
  // Estimated generation ~ 350 t/万m² of countable waste, split 20 / 50 / 30 across the stages.
  const per10k = area / 10_000;
  const est = (stage: WasteStage, category: WasteCategory, share: number) => ({
    stage,
    category,
    tonnes: Math.round(350 * per10k * share),
  });
  await savePlan(db, DEMO, project, {
    estimates: [
      est('underground', 'constructionWaste', 0.2),
      { stage: 'underground', category: 'engineeringSpoil', tonnes: Math.round(4000 * per10k) },
      est('superstructure', 'constructionWaste', 0.45),
      est('superstructure', 'demolitionWaste', 0.05),
      est('finishingAndServices', 'decorationWaste', 0.25),
      est('finishingAndServices', 'constructionWaste', 0.05),
    ],
    measures: [
      { title: '铝模与定型化围挡周转使用', detail: '主体结构采用铝合金模板，减少木模板废料' },
      { title: '钢筋集中加工与余料再利用', detail: '短料制作马凳筋、预埋件' },
      { title: '碎混凝土现场破碎回填', detail: '移动式破碎机处理，用于临时道路和基坑回填' },
      { title: '分类收集点与电子联单全覆盖', detail: '设置金属类、无机非金属类、其他类三类收集点' },
    ],
    targetOverride: null,
    estimateBasis: 'generated',
    progressPercent: 40 + (index % 5) * 10,
    notes: '演示方案',
    isDemo: true,
  });
  const now = Date.now();
  const loads = 6 + Math.round(rand() * 4);
  for (let i = 0; i < loads; i++) {
    const daysAgo = Math.round(((loads - i) / loads) * 150) + 1;
    const at = new Date(now - daysAgo * 86400_000 + 9 * 3600_000);
    const stage: WasteStage = daysAgo > 100 ? 'underground' : daysAgo > 30 ? 'superstructure' : 'finishingAndServices';
    const toRecycling = rand() < 0.55;
    const category: WasteCategory =
      stage === 'finishingAndServices' ? 'decorationWaste' : i % 5 === 4 && toRecycling ? 'demolitionWaste' : 'constructionWaste';
    const facility = toRecycling || !disposal.acceptedCategories.includes(category) ? recycling : disposal;
    const gate = Math.round((12 + rand() * 14) * 10) / 10;
    {
      const m = await createManifest(
        db,
        DEMO,
        project,
        {
          facilityId: facility.id,
          category,
          subClass: category === 'constructionWaste' ? (toRecycling ? 'metal' : 'inorganicNonMetal') : null,
          stage,
          vehiclePlate: `${PLATES[project.regionCode] ?? '京A'}${String(10000 + Math.round(rand() * 89999))}`,
          driverName: ['王师傅', '李师傅', '张师傅', '刘师傅'][i % 4]!,
          gateWeighing: 'weighed',
          gateTonnes: gate,
          at: at.toISOString(),
          dispatch: true,
        },
        { now: new Date(now), isDemo: true },
      );
      const arrival = new Date(at.getTime() + (60 + rand() * 60) * 60_000).toISOString();
      if (i === loads - 2)
        await disputeManifest(db, DEMO, m.id, { reason: '车辆所载为混合垃圾，未按类别分拣', at: arrival }, new Date(now));
      // One load with a short weighbridge figure shows the weight-discrepancy alert.
      else
        await receiveManifest(
          db,
          DEMO,
          m.id,
          { weighbridgeTonnes: Math.round(gate * (i === 3 ? 0.85 : 0.98 + rand() * 0.03) * 10) / 10, at: arrival },
          new Date(now),
        );
    }
  }
  // One load on the road right now, for the facility's inbox.
  await createManifest(
    db,
    DEMO,
    project,
    {
      facilityId: recycling.id,
      category: 'constructionWaste',
      subClass: 'inorganicNonMetal',
      stage: 'finishingAndServices',
      vehiclePlate: `${PLATES[project.regionCode] ?? '京A'}D${String(1000 + index)}8`,
      driverName: '赵师傅',
      gateWeighing: 'estimated',
      gateTonnes: 16,
      at: new Date(now - 40 * 60_000).toISOString(),
      dispatch: true,
    },
    { now: new Date(now), isDemo: true },
  );
  const day = (ago: number) => new Date(now - ago * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  await createRecords(
    db,
    DEMO,
    project,
    [
      {
        kind: 'reused',
        recordDate: day(110),
        stage: 'underground',
        category: 'constructionWaste',
        subClass: 'inorganicNonMetal',
        tonnes: Math.round(60 * per10k),
        notes: '碎混凝土基坑回填',
      },
      {
        kind: 'reused',
        recordDate: day(60),
        stage: 'superstructure',
        category: 'constructionWaste',
        subClass: 'metal',
        tonnes: Math.round(12 * per10k),
        notes: '钢筋短料再利用',
      },
      {
        kind: 'sorted',
        recordDate: day(20),
        stage: 'superstructure',
        category: 'constructionWaste',
        subClass: 'other',
        tonnes: 8.5,
        notes: '木方、包装材料分拣待运',
      },
      {
        kind: 'historical',
        recordDate: day(170),
        stage: 'underground',
        category: 'engineeringSpoil',
        route: 'disposal',
        tonnes: Math.min(90_000, Math.round(3500 * per10k)),
        reference: `ZL-DEMO-${index}-001`,
        notes: '土方外运（纸质联单）',
      },
      // Paper-manifest discharge from before the platform, sized to the project so intensities look like real sites
      // (one project in two runs ahead of its target, so the forecast warning shows).
      {
        kind: 'historical',
        recordDate: day(130),
        stage: 'underground',
        category: 'constructionWaste',
        subClass: 'inorganicNonMetal',
        route: 'disposal',
        tonnes: Math.round((40 + index * 15) * per10k),
        reference: `ZL-DEMO-${index}-002`,
        notes: '纸质联单汇总',
      },
      {
        kind: 'historical',
        recordDate: day(70),
        stage: 'superstructure',
        category: 'constructionWaste',
        subClass: 'inorganicNonMetal',
        route: 'disposal',
        tonnes: Math.round((50 + (index % 2) * 45) * per10k),
        reference: `ZL-DEMO-${index}-003`,
        notes: '纸质联单汇总',
      },
      {
        kind: 'historical',
        recordDate: day(70),
        stage: 'superstructure',
        category: 'constructionWaste',
        subClass: 'metal',
        route: 'recycling',
        tonnes: Math.round(25 * per10k),
        reference: `ZL-DEMO-${index}-004`,
        notes: '废钢筋回收',
      },
    ],
    { isDemo: true },
  );
}

export const wasteSeeder: DemoSeeder = {
  name: 'waste',
  async seed(database, { log }) {
    await seedFacilities(database);
    // Licence alerts at once, rather than at the deadline job's first tick a few minutes after start.
    await runManifestDeadlines(database.db);
    const projects = await demoProjects(database.db);
    if (!projects.length) return;
    // Idempotent: a project that already has a plan or a manifest is left as it is.
    const ids = projects.map((p) => p.id);
    const done = new Set([
      ...(await database.db.select({ id: wastePlans.projectId }).from(wastePlans).where(inArray(wastePlans.projectId, ids))).map(
        (r) => r.id,
      ),
      ...(
        await database.db.select({ id: wasteManifests.projectId }).from(wasteManifests).where(inArray(wasteManifests.projectId, ids))
      ).map((r) => r.id),
    ]);
    // The pilots under construction (实施中): their loads and records all fall in the last half year, inside their
    // construction period (they started in 2022 and finish in 2027). Finished pilots get no 2026 manifests.
    let seeded = 0;
    for (const p of projects) {
      if (p.status !== 'implementing') continue;
      if (done.has(p.id)) continue;
      await seedProject(database, p, seeded++);
    }
    if (seeded) log(`  建筑垃圾演示数据：${seeded} 个项目的专项方案、电子联单和现场记录`);
  },
};
