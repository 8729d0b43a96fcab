import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';

let t: TestApp;
let hunanReg: ApiClient;
let hunanProject: string;
let shenzhenProject: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.database, DEMO_PASSWORD);
  hunanProject = await createProjectForTest(t.database.db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
  shenzhenProject = await createProjectForTest(t.database.db, {
    ownerOrganisationName: DEMO_ORGS.shenzhenEnterprise,
    regionCode: 'shenzhen',
  });
  hunanReg = await t.login('hunan.regulator');
});
afterAll(async () => t?.close());

describe('policy support received', () => {
  it('records each kind with its own facts, and computes days saved', async () => {
    const base = { projectId: hunanProject, grantedOn: '2026-06-30', grantedBy: '湖南省住房和城乡建设厅' };
    const inputs = [
      { ...base, kind: 'reward', amountWanYuan: 50, batch: '2026年第一批', documentNo: '湘建科〔2026〕12号' },
      { ...base, kind: 'finance', lender: '长沙银行', product: '绿色建筑贷', amountWanYuan: 8000, rateDiscountPct: 0.35 },
      { ...base, kind: 'land', landParcel: '长沙湘江新区 A-12 地块', landAreaM2: 32000 },
      { ...base, kind: 'approval', approvalName: '施工许可', standardDays: 20, actualDays: 7 },
      { ...base, kind: 'approval', approvalName: '规划许可', standardDays: 15, actualDays: 10 },
      { ...base, kind: 'award', awardName: '芙蓉奖', awardLevel: '省级' },
    ];
    for (const body of inputs) expect((await hunanReg.post('/api/support/records', body)).status).toBe(201);
    const list = (await hunanReg.get(`/api/support/records?projectId=${hunanProject}&kind=approval`)).body;
    expect(list.items.map((r: any) => [r.approvalName, r.daysSaved]).sort()).toEqual([
      ['施工许可', 13],
      ['规划许可', 5],
    ]);
    const missing = await hunanReg.post('/api/support/records', { ...base, kind: 'finance', amountWanYuan: 10 });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('lender');
    const slower = await hunanReg.post('/api/support/records', {
      ...base,
      kind: 'approval',
      approvalName: '竣工验收',
      standardDays: 5,
      actualDays: 9,
    });
    expect(slower.body.error.details[0]).toMatchObject({ path: 'actualDays', code: 'support_actual_exceeds_standard' });
  });

  it('answers regional totals, with all three regions side by side for the ministry', async () => {
    const sz = await t.login('shenzhen.regulator');
    expect(
      (await sz.post('/api/support/records', { projectId: shenzhenProject, kind: 'reward', grantedOn: '2026-07-01', amountWanYuan: 120 }))
        .status,
    ).toBe(201);
    expect(
      (await sz.post('/api/support/records', { projectId: hunanProject, kind: 'reward', grantedOn: '2026-07-01', amountWanYuan: 1 }))
        .status,
    ).toBe(404);

    const hunan = (await hunanReg.get('/api/support/summary')).body.items;
    expect(hunan).toEqual([
      {
        regionCode: 'hunan',
        projectsSupported: 1,
        rewardCount: 1,
        rewardWanYuan: 50,
        financeCount: 1,
        financeWanYuan: 8000,
        avgRateDiscountPct: 0.35,
        landCount: 1,
        landAreaM2: 32000,
        approvalCount: 2,
        approvalDaysSaved: 18,
        avgDaysSavedPerApproval: 9,
        awardCount: 1,
      },
    ]);
    const ministry = (await (await t.login('ministry')).get('/api/support/summary')).body.items;
    expect(ministry.map((r: any) => [r.regionCode, r.rewardWanYuan, r.approvalDaysSaved])).toEqual([
      ['changzhou', 0, 0],
      ['hunan', 50, 18],
      ['shenzhen', 120, 0],
    ]);
  });

  it('lets only the region’s authority write; enterprises read their own project and nothing else', async () => {
    const ent = await t.login('hunan.enterprise');
    expect(
      (await ent.post('/api/support/records', { projectId: hunanProject, kind: 'award', grantedOn: '2026-07-01', awardName: '鲁班奖' }))
        .status,
    ).toBe(403);
    expect((await ent.get(`/api/support/records?projectId=${hunanProject}`)).body.total).toBe(6);
    expect((await ent.get(`/api/support/records?projectId=${shenzhenProject}`)).status).toBe(404);
    expect((await ent.get('/api/support/summary')).status).toBe(403);
    const [rec] = (await hunanReg.get(`/api/support/records?projectId=${hunanProject}&kind=reward`)).body.items;
    const sz = await t.login('shenzhen.regulator');
    expect((await sz.delete(`/api/support/records/${rec.id}`)).status).toBe(404);
    const upd = await hunanReg.put(`/api/support/records/${rec.id}`, {
      projectId: hunanProject,
      kind: 'reward',
      grantedOn: '2026-06-30',
      amountWanYuan: 60,
      batch: '2026年第一批',
    });
    expect(upd.status).toBe(200);
    expect(upd.body.amountWanYuan).toBe(60);
    const audits = await selectRows<{ action: string; before: any; after: any }>(
      t.database.db,
      sql`select action, before, after from audit_log where entity_id = ${rec.id} order by id`,
    );
    expect(audits.map((a) => a.action)).toEqual(['support.create', 'support.update']);
    expect([audits[1]!.before.amountWanYuan, audits[1]!.after.amountWanYuan]).toEqual([50, 60]);
  });
});
