import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import type { DemoSeeder } from '../demo/index.js';
import { demoProjects } from '../projects/index.js';
import { getOrganisation } from '../accounts/index.js';
import { ledgerOf } from '../ledger/index.js';
import { createRecord, type RecordInput } from './store.js';
import { qualityRecords } from './tables.js';

const DEMO_ACTOR = { id: null, name: 'demo-seed', role: null, ip: null };

// A plausible trail for a prefabricated residential block: material checks, two precast slabs made and set,
// a concealed-works acceptance and a lab report; one failed check corrected by a re-test.
// Dated relative to today (China calendar), so the trail is always the last few weeks of a pilot under construction.
const chinaDay = (ago: number) => new Date(Date.now() + 8 * 3_600_000 - ago * 86_400_000).toISOString().slice(0, 10);
const LAB: Record<string, string> = {
  hunan: '湖南省建设工程质量检测中心（演示）',
  shenzhen: '深圳市建设工程质量检测中心（演示）',
  changzhou: '常州市建设工程质量检测中心（演示）',
};
const trail = (i: number, region: string): RecordInput[] => [
  {
    kind: 'material_inspection',
    recordDate: chinaDay(40),
    subject: 'HRB400E 钢筋 Φ20',
    location: `${i + 1}# 楼`,
    batchNo: `GJ-${chinaDay(40).replace(/-/g, '')}`,
    quantity: '32.5 t',
    supplier: '湘潭钢铁集团（演示）',
    result: 'pass',
    inspectorName: '王监理',
    inspectorPhone: '13800000001',
  },
  {
    kind: 'material_inspection',
    recordDate: chinaDay(38),
    subject: 'C35 商品混凝土',
    location: `${i + 1}# 楼 基础`,
    batchNo: 'HNT-0212-03',
    quantity: '180 m³',
    supplier: '中建商砼（演示）',
    result: 'rectify',
    notes: '坍落度偏大，退场一车',
  },
  {
    kind: 'component_production',
    recordDate: chinaDay(30),
    subject: '预制叠合板 YB-3630',
    componentId: `PC-YB-${i + 1}001`,
    specId: 'LIB-YB-3630',
    supplier: '远大住工（演示）',
    batchNo: 'YB-0220',
    result: 'pass',
  },
  {
    kind: 'component_production',
    recordDate: chinaDay(29),
    subject: '预制楼梯 LT-2',
    componentId: `PC-LT-${i + 1}001`,
    specId: 'LIB-LT-2',
    supplier: '远大住工（演示）',
    batchNo: 'LT-0221',
    result: 'pass',
  },
  {
    kind: 'component_installation',
    recordDate: chinaDay(19),
    subject: '预制叠合板 YB-3630 吊装',
    componentId: `PC-YB-${i + 1}001`,
    location: '5 层 3-5/A-C 轴',
    result: 'pass',
  },
  {
    kind: 'concealed_acceptance',
    recordDate: chinaDay(17),
    subject: '5 层梁板钢筋隐蔽验收',
    location: '5 层',
    result: 'pass',
    inspectorName: '李总监',
  },
  {
    kind: 'test_report',
    recordDate: chinaDay(14),
    subject: '钢筋套筒灌浆饱满度检测',
    batchNo: `JC-${chinaDay(14).replace(/-/g, '')}`,
    supplier: LAB[region] ?? LAB.hunan!,
    result: 'pass',
  },
];

/** Demo quality records on the first two pilots under construction (实施中) of each region, appended to the log like any other record. */
export const qualityDemoSeeder: DemoSeeder = {
  name: 'quality',
  async seed(database: Database, { log }) {
    const ledger = ledgerOf(database);
    if (!ledger) return log('quality demo: the ledger is not open yet, skipped');
    const { db } = database;
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(qualityRecords)
      .where(eq(qualityRecords.isDemo, true));
    if (Number(n) > 0) return;
    const implementing = (await demoProjects(db)).filter((p) => p.status === 'implementing');
    const projects = ['hunan', 'shenzhen', 'changzhou'].flatMap((r) => implementing.filter((p) => p.regionCode === r).slice(0, 2));
    for (const [i, project] of projects.entries()) {
      const org = await getOrganisation(db, project.ownerOrganisationId);
      const actor = { ...DEMO_ACTOR, organisationId: project.ownerOrganisationId, organisationName: org?.name ?? null };
      for (const input of trail(i, project.regionCode)) await createRecord(db, ledger, actor, project, input, { isDemo: true });
    }
    if (projects.length) log(`quality demo: ${projects.length * trail(0, 'hunan').length} records appended to the quality log`);
  },
};
