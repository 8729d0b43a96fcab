import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { AuditActor } from '../../platform/audit.js';
import type { DemoSeeder } from '../demo/index.js';
import { demoProjects, type ProjectRef } from '../projects/index.js';
import { createSupport } from '../support/index.js';
import type { SupportInput } from '../support/index.js';
import { createMeasure } from '../costs/index.js';
import type { MeasureInput } from '../costs/index.js';
import { addFinding, closeFindingDirectly, createInspection, issueNotice, recordInspection } from './store.js';
import { findings, inspections } from './tables.js';

const ACTOR: AuditActor = { id: null, name: 'demo-seed', role: null, ip: null };
// The seeder acts as the region's regulator for the permission checks inside the store.
const regulatorOf = (regionCode: string): Principal => ({
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'demo-seed',
  displayName: 'demo-seed',
  role: 'regulator',
  organisationId: null,
  regionCode,
  via: 'session',
  scopes: null,
  mustChangePassword: false,
});

const GREEN = '00000000-0000-4000-a000-000000000603';
const SAFETY = '00000000-0000-4000-a000-000000000602';
const DAY = 86_400_000;

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
const SUPPORT: Record<string, Array<DistributiveOmit<SupportInput, 'projectId'>>> = {
  hunan: [
    {
      kind: 'reward',
      grantedOn: '2022-03-15',
      grantedBy: '湖南省住房和城乡建设厅',
      documentNo: '湘建科〔2022〕35号（演示）',
      amountWanYuan: 100,
      batch: '第一批',
    },
    { kind: 'finance', grantedOn: '2021-09-10', lender: '长沙银行', product: '绿色建筑贷', amountWanYuan: 30000, rateDiscountPct: 0.4 },
    { kind: 'approval', grantedOn: '2021-05-20', approvalName: '施工许可', standardDays: 20, actualDays: 6 },
    { kind: 'award', grantedOn: '2023-11-02', awardName: '湖南省优质工程“芙蓉奖”', awardLevel: '省级' },
  ],
  shenzhen: [
    {
      kind: 'reward',
      grantedOn: '2022-06-30',
      grantedBy: '深圳市住房和建设局',
      documentNo: '深建科〔2022〕18号（演示）',
      amountWanYuan: 200,
      batch: '2022年度',
    },
    { kind: 'land', grantedOn: '2021-04-12', landParcel: '光明区 A618-0087 地块', landAreaM2: 86000 },
    { kind: 'approval', grantedOn: '2021-06-01', approvalName: '建设工程规划许可', standardDays: 15, actualDays: 5 },
    { kind: 'approval', grantedOn: '2021-07-08', approvalName: '施工许可', standardDays: 20, actualDays: 3 },
    {
      kind: 'finance',
      grantedOn: '2021-08-18',
      lender: '国家开发银行深圳分行',
      product: '保障性住房绿色贷款',
      amountWanYuan: 120000,
      rateDiscountPct: 0.25,
    },
  ],
  changzhou: [
    { kind: 'reward', grantedOn: '2022-09-20', grantedBy: '常州市住房和城乡建设局', amountWanYuan: 60, batch: '第二批' },
    { kind: 'approval', grantedOn: '2021-05-28', approvalName: '施工图审查', standardDays: 15, actualDays: 8 },
    { kind: 'award', grantedOn: '2023-10-15', awardName: '江苏省“扬子杯”优质工程', awardLevel: '省级' },
  ],
};

const MEASURES: Array<Omit<MeasureInput, 'benefits'> & { benefits: MeasureInput['benefits'] }> = [
  {
    discipline: '结构',
    name: '铝合金模板替代木模板',
    unit: 'm²',
    quantity: 52000,
    baselineUnitPrice: 45,
    greenUnitPrice: 51.5,
    benefits: [
      { source: 'manual', kind: 'disposal', quantity: 860, unit: 't', unitValue: 65, indicatorKey: 'waste.intensity' },
      { source: 'manual', kind: 'materials', quantity: 210000, unit: '元', unitValue: 1 },
    ],
  },
  {
    discipline: '结构',
    name: '预制叠合楼板',
    unit: 'm³',
    quantity: 3200,
    baselineUnitPrice: 3150,
    greenUnitPrice: 3420,
    benefits: [{ source: 'manual', kind: 'carbon', quantity: 410, unit: 'tCO2e', unitValue: 60 }],
  },
  {
    discipline: '机电',
    name: '施工临时用电 LED 照明及分项计量',
    unit: '项',
    quantity: 1,
    baselineUnitPrice: 0,
    greenUnitPrice: 38000,
    benefits: [
      { source: 'manual', kind: 'energy', quantity: 65000, unit: 'kWh', unitValue: 0.85 },
      { source: 'manual', kind: 'carbon', quantity: 37.765, unit: 'tCO2e', unitValue: 60 },
    ],
  },
  {
    discipline: '给排水',
    name: '基坑降水及雨水回收利用',
    unit: '套',
    quantity: 1,
    baselineUnitPrice: 0,
    greenUnitPrice: 46000,
    benefits: [{ source: 'manual', kind: 'water', quantity: 9800, unit: 'm³', unitValue: 4.2 }],
  },
];

async function seedInspections(tx: Tx, project: ProjectRef, now: Date, serious: boolean) {
  const p = regulatorOf(project.regionCode);
  const day = (offset: number) => new Date(now.getTime() + offset * DAY);
  const green = await createInspection(tx, ACTOR, project, {
    templateId: GREEN,
    stage: 'construction',
    scheduledOn: day(-12).toISOString().slice(0, 10),
    expertIds: [],
    isDemo: true,
  });
  const recorded = await recordInspection(tx, ACTOR, green, {
    inspectedAt: day(-12).toISOString(),
    results: [
      { key: 'g1', result: 'pass' },
      { key: 'g2', result: 'fail', note: '东侧土方裸露未覆盖' },
      { key: 'g3', result: 'pass' },
      { key: 'g4', result: 'na' },
      { key: 'g5', result: 'fail', note: '生活区未分项计量' },
      { key: 'g6', result: 'pass' },
    ],
    summary: '绿色施工总体受控，扬尘与计量两项需整改（演示）',
  });
  const dust = await addFinding(
    tx,
    ACTOR,
    p,
    recorded,
    { severity: 'major', description: '东侧土方裸露约 800 m² 未覆盖，雾炮未开启（演示）', itemKey: 'g2', stopWork: false },
    [],
  );
  await issueNotice(
    tx,
    ACTOR,
    project,
    dust.finding,
    {
      responsibleOrganisationId: project.ownerOrganisationId,
      deadline: day(7).toISOString(),
      requirement: '7 日内完成裸土覆盖并恢复喷淋，上传整改照片',
    },
    day(-12),
  );
  // Findings date from the inspection, so the dashboard's age chart shows their real age.
  const backdate = (id: string, days: number) =>
    tx
      .update(findings)
      .set({ createdAt: day(days) })
      .where(eq(findings.id, id));
  await backdate(dust.finding.id, -12);
  const meter = await addFinding(
    tx,
    ACTOR,
    p,
    recorded,
    { severity: 'general', description: '生活区临时用电未分项计量（演示）', itemKey: 'g5', stopWork: false },
    [],
  );
  await backdate(meter.finding.id, -12);
  // Overdue: the deadline passed; the scheduler escalates it on its next tick.
  await issueNotice(
    tx,
    ACTOR,
    project,
    meter.finding,
    { responsibleOrganisationId: project.ownerOrganisationId, deadline: day(-2).toISOString(), requirement: '加装分项计量电表' },
    day(-12),
  );
  const fixed = await addFinding(
    tx,
    ACTOR,
    p,
    recorded,
    { severity: 'general', description: '车辆冲洗台排水沟堵塞，已当场清理（演示）', itemKey: 'g2', stopWork: false },
    [],
  );
  await closeFindingDirectly(tx, ACTOR, fixed.finding);
  if (serious) {
    const safety = await createInspection(tx, ACTOR, project, {
      templateId: SAFETY,
      stage: 'construction',
      scheduledOn: day(-3).toISOString().slice(0, 10),
      expertIds: [],
      isDemo: true,
    });
    const rec = await recordInspection(tx, ACTOR, safety, {
      inspectedAt: day(-3).toISOString(),
      results: [
        { key: 's1', result: 'fail', note: '高支模未按论证方案搭设' },
        { key: 's2', result: 'pass' },
      ],
      summary: '高支模存在重大隐患，责令停工整改（演示）',
    });
    const danger = await addFinding(
      tx,
      ACTOR,
      p,
      rec,
      { severity: 'serious', description: '报告厅高支模立杆间距超出专项方案，未经验收即浇筑准备（演示）', itemKey: 's1', stopWork: true },
      [],
    );
    await backdate(danger.finding.id, -3);
    await issueNotice(
      tx,
      ACTOR,
      project,
      danger.finding,
      {
        responsibleOrganisationId: project.ownerOrganisationId,
        deadline: day(5).toISOString(),
        requirement: '立即停止该区域作业，按论证方案整改并经验收后申请复工',
      },
      day(-3),
    );
  }
  // A scheduled one, for the list.
  await createInspection(tx, ACTOR, project, {
    templateId: '00000000-0000-4000-a000-000000000605',
    stage: 'construction',
    scheduledOn: day(10).toISOString().slice(0, 10),
    expertIds: [],
    isDemo: true,
  });
}

/** Demo inspections, notices, policy support and cost items on the demo projects (after the 'projects' seeder). */
export const supervisionDemoSeeder: DemoSeeder = {
  name: 'supervision',
  async seed(database, { log }) {
    const { db } = database;
    const [done] = await db.select({ id: inspections.id }).from(inspections).where(eq(inspections.isDemo, true)).limit(1);
    if (done) return;
    const projects = await demoProjects(db);
    if (!projects.length) return;
    const now = new Date();
    await db.transaction(async (tx) => {
      for (const region of ['hunan', 'shenzhen', 'changzhou']) {
        const active = projects.filter((p) => p.regionCode === region && p.status === 'implementing' && p.category === 'building');
        for (const [i, project] of active.slice(0, 2).entries()) {
          await seedInspections(tx, project, now, region === 'hunan' && i === 1);
          for (const m of i === 0 ? MEASURES : MEASURES.slice(2)) await createMeasure(tx, ACTOR, project, m, { isDemo: true });
        }
        const supported = projects.filter(
          (p) => p.regionCode === region && ['implementing', 'completed', 'summarised', 'selected'].includes(p.status),
        );
        for (const [i, s] of (SUPPORT[region] ?? []).entries()) {
          const project = supported[i % Math.max(1, supported.length)];
          if (project) await createSupport(tx, ACTOR, project, { ...s, projectId: project.id } as SupportInput, { isDemo: true });
        }
      }
    });
    log('  监督检查演示数据：检查记录、整改通知单（含逾期与停工）、政策支持与增量成本清单');
  },
};
