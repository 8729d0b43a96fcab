import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { manifestConfirmationRate, recyclingRate, wasteIntensity } from './indicators.js';
import { runManifestDeadlines } from './manifests.js';
import { gate, hoursAgo } from './fixtures.js';

let t: TestApp;
let enterprise: ApiClient;
let facilityUser: ApiClient;
let regulator: ApiClient;
let admin: ApiClient;
let projectId: string;
let recyclingId: string;
let disposalId: string;

const count = async (table: string) =>
  Number((await selectRows<{ n: string }>(t.database.db, sql.raw(`select count(*)::text as n from ${table}`)))[0]!.n);
// Other capabilities may audit background work meanwhile (seeders, monitors), so only this module's audit rows are compared.
const snapshot = async () => ({
  manifests: await count('waste_manifests'),
  alerts: await count('waste_alerts'),
  records: await count('waste_site_records'),
  plans: await count('waste_plans'),
  audit: await count(`audit_log where action like 'waste.%'`),
});

async function issueAndReceive(facilityId: string, over: Record<string, unknown>, weighbridgeTonnes: number) {
  const m = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(facilityId, over));
  expect(m.status, m.text).toBe(201);
  const r = await facilityUser.post(`/api/waste/manifests/${m.body.id}/receive`, { weighbridgeTonnes, at: hoursAgo(1) });
  expect(r.status, r.text).toBe(200);
  return r.body;
}

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  enterprise = await t.login('hunan.enterprise');
  facilityUser = await t.login('hunan.facility');
  regulator = await t.login('hunan.regulator');
  admin = await t.login('admin');
  projectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
    regionCode: 'hunan',
    name: '减量化测试项目',
    floorAreaM2: 12_000,
  });
  const facilities = (await regulator.get('/api/waste/facilities?regionCode=hunan')).body.items;
  recyclingId = facilities.find((f: { name: string }) => f.name === DEMO_ORGS.hunanFacility).id;
  // A disposal site run by the same facility organisation, accepting every category, with no capacity limit.
  const orgId = facilities.find((f: { name: string }) => f.name === DEMO_ORGS.hunanFacility).organisationId;
  const d = await regulator.post('/api/waste/facilities', {
    organisationId: orgId,
    name: '测试消纳场',
    kind: 'disposal',
    regionCode: 'hunan',
    licenceNo: '湘测消字001',
    licenceValidFrom: '2020-01-01',
    licenceValidUntil: '2099-12-31',
    acceptedCategories: ['engineeringSpoil', 'engineeringMud', 'constructionWaste', 'demolitionWaste', 'decorationWaste'],
  });
  expect(d.status, d.text).toBe(201);
  disposalId = d.body.id;
}, 120_000);
afterAll(async () => t?.close());

describe('worked example through the API (12,000 m², 320 t countable + 5,000 t 渣土)', () => {
  it('counts received manifests and on-site records into 266.7 t/万m², 50.0 % recycling and per-stage figures', async () => {
    // Electronic manifests: 60 t metal to recycling (3 × 20), 40 t fit-out waste to disposal (2 × 20).
    for (let i = 0; i < 3; i++) await issueAndReceive(recyclingId, {}, 20);
    for (let i = 0; i < 2; i++)
      await issueAndReceive(disposalId, { category: 'decorationWaste', subClass: null, stage: 'finishingAndServices' }, 20);
    // Historical discharge before electronic manifests, reuse on site, and 渣土 that the target excludes.
    const records = [
      {
        kind: 'historical',
        recordDate: '2025-01-10',
        stage: 'underground',
        category: 'constructionWaste',
        subClass: 'inorganicNonMetal',
        route: 'disposal',
        tonnes: 60,
        reference: 'ZL-001',
      },
      {
        kind: 'historical',
        recordDate: '2025-02-10',
        stage: 'superstructure',
        category: 'constructionWaste',
        subClass: 'inorganicNonMetal',
        route: 'disposal',
        tonnes: 100,
        reference: 'ZL-002',
      },
      {
        kind: 'historical',
        recordDate: '2025-03-10',
        stage: 'finishingAndServices',
        category: 'decorationWaste',
        route: 'recycling',
        tonnes: 60,
        reference: 'ZL-003',
      },
      {
        kind: 'reused',
        recordDate: '2025-02-20',
        stage: 'superstructure',
        category: 'constructionWaste',
        subClass: 'inorganicNonMetal',
        tonnes: 80,
      },
      {
        kind: 'historical',
        recordDate: '2024-12-01',
        stage: 'underground',
        category: 'engineeringSpoil',
        route: 'disposal',
        tonnes: 5000,
        reference: 'TF-001',
      },
      // Sorted on site, still on site: informational, never counted.
      { kind: 'sorted', recordDate: '2025-03-01', stage: 'superstructure', category: 'constructionWaste', subClass: 'other', tonnes: 9 },
    ];
    for (const r of records) expect((await enterprise.post(`/api/projects/${projectId}/waste/records`, r)).status).toBe(201);

    const res = await enterprise.get(`/api/projects/${projectId}/waste`);
    expect(res.status).toBe(200);
    expect(res.body.intensity).toMatchObject({
      floorAreaM2: 12000,
      tonnes: 320,
      intensity: 266.7,
      excludedTonnes: 5000,
      byStage: {
        underground: { tonnes: 60, intensity: 50 },
        superstructure: { tonnes: 160, intensity: 133.3 },
        finishingAndServices: { tonnes: 100, intensity: 83.3 },
      },
      target: { applied: 300, regional: 300, basis: 'conventional', fromPlan: false },
      meetsTarget: true,
    });
    expect(res.body.recycling).toMatchObject({ generatedTonnes: 400, reusedOnSiteTonnes: 80, recycledTonnes: 120, ratePercent: 50 });
    expect(res.body.confirmation).toMatchObject({ dispatched: 5, received: 5, pending: 0, ratePercent: 100 });
    expect(res.body.byStageCategory.constructionWaste).toEqual({ underground: 60, superstructure: 160, finishingAndServices: 0 });
    expect(res.body.byStageCategory.decorationWaste).toEqual({ underground: 0, superstructure: 0, finishingAndServices: 100 });
    expect(res.body.monthly.at(-1).total).toBe(266.7);

    // The exported indicator functions (for the evaluation) give the page's figures exactly.
    const direct = await wasteIntensity(t.database.db, projectId);
    expect({ ...direct, asOf: undefined }).toEqual({ ...res.body.intensity, asOf: undefined });
    expect((await recyclingRate(t.database.db, projectId)).ratePercent).toBe(50);
    expect((await manifestConfirmationRate(t.database.db, projectId)).ratePercent).toBe(100);
    // As of before anything was received, only the records dated earlier count.
    expect((await wasteIntensity(t.database.db, projectId, new Date('2025-01-31T00:00:00+08:00'))).tonnes).toBe(60);
  });

  it('forecasts at completion from progress and compares with the plan estimate', async () => {
    const plan = await enterprise.put(`/api/projects/${projectId}/waste/plan`, {
      estimates: [
        { stage: 'underground', category: 'constructionWaste', tonnes: 50 },
        { stage: 'underground', category: 'engineeringSpoil', tonnes: 6000 },
        { stage: 'superstructure', category: 'constructionWaste', tonnes: 250 },
      ],
      measures: [{ title: '铝模周转', detail: '减少木模板' }],
      estimateBasis: 'generated',
      progressPercent: 40,
    });
    expect(plan.status, plan.text).toBe(200);
    expect(plan.body.regionalTarget).toMatchObject({ targetTPer10kM2: 300, basis: 'conventional' });
    const res = (await enterprise.get(`/api/projects/${projectId}/waste`)).body;
    // 320 t at 40 % → 800 t → 666.7 t/万m² > 300; allowance 360 t, 40 t left.
    expect(res.forecast).toMatchObject({
      forecastTonnes: 800,
      forecastIntensity: 666.7,
      allowanceTonnes: 360,
      remainingAllowanceTonnes: 40,
      exceedsTarget: true,
      progressPercent: 40,
    });
    // Estimates exclude 渣土 like the actuals: underground 50 vs 60 generated, superstructure 250 vs 240.
    expect(res.actualVsEstimate.byStage.underground).toEqual({
      estimatedTonnes: 50,
      actualTonnes: 60,
      varianceTonnes: 10,
      variancePercent: 20,
    });
    expect(res.actualVsEstimate.byStage.superstructure).toEqual({
      estimatedTonnes: 250,
      actualTonnes: 240,
      varianceTonnes: -10,
      variancePercent: -4,
    });
  });

  it('holds a prefabricated project to 200 and follows a regional target set by its regulator', async () => {
    const prefab = await createProjectForTest(t.database.db, {
      ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
      regionCode: 'hunan',
      floorAreaM2: 12_000,
      isPrefabricated: true,
    });
    expect((await enterprise.get(`/api/projects/${prefab}/waste/plan`)).body.regionalTarget).toMatchObject({
      targetTPer10kM2: 200,
      basis: 'prefabricated',
    });

    const body = {
      conventionalMax: 250,
      prefabricatedMax: 180,
      targetYear: 2025,
      source: '湖南省地方目标（测试）',
      weightToleranceShare: 0.05,
      receiptDeadlineHours: 24,
      expireAfterHours: 72,
    };
    expect((await t.login('shenzhen.regulator').then((c) => c.put('/api/waste/targets/hunan', body))).status).toBe(403);
    expect((await enterprise.put('/api/waste/targets/hunan', body)).status).toBe(403);
    expect((await regulator.put('/api/waste/targets/hunan', body)).status).toBe(200);
    const res = (await enterprise.get(`/api/projects/${projectId}/waste`)).body;
    expect(res.intensity).toMatchObject({ intensity: 266.7, target: { applied: 250, regional: 250 }, meetsTarget: false });
    // A plan can commit to a stricter target than the region's, never a looser one.
    const plan = (await enterprise.get(`/api/projects/${projectId}/waste/plan`)).body;
    const withOverride = (targetOverride: number) =>
      enterprise.put(`/api/projects/${projectId}/waste/plan`, {
        estimates: plan.estimates,
        measures: plan.measures,
        estimateBasis: plan.estimateBasis,
        progressPercent: plan.progressPercent,
        targetOverride,
      });
    expect((await withOverride(220)).status).toBe(200);
    expect((await enterprise.get(`/api/projects/${projectId}/waste`)).body.intensity.target).toMatchObject({
      applied: 220,
      regional: 250,
      fromPlan: true,
    });
    expect((await withOverride(400)).status).toBe(200);
    expect((await enterprise.get(`/api/projects/${projectId}/waste`)).body.intensity.target).toMatchObject({
      applied: 250,
      fromPlan: false,
    });
    expect((await withOverride(-1)).status).toBe(400);
    // Back to the national figures for the rest of the file.
    expect((await regulator.put('/api/waste/targets/hunan', { ...body, conventionalMax: 300, prefabricatedMax: 200 })).status).toBe(200);
  });
});

describe('manifest flow, QR code and alerts', () => {
  it('issues a manifest with a QR code that opens the facility confirmation page', async () => {
    const m = await enterprise.post(
      `/api/projects/${projectId}/waste/manifests`,
      gate(recyclingId, { vehiclePlate: '湘a 88888'.replace(' ', '') }),
    );
    expect(m.status, m.text).toBe(201);
    expect(m.body).toMatchObject({
      state: 'in_transit',
      vehiclePlate: 'HA88888'.replace('HA', '湘A'),
      route: 'recycling',
      canDispatch: false,
      canReceive: false,
    });
    expect(m.body.number).toMatch(/^LD\d{8}\d{6}$/);
    expect(m.body.confirmUrl).toBe(`${t.url}/facility/manifests/${m.body.id}`);
    expect(m.body.qrSvg).toMatch(/^<svg/);
    expect(m.body.qrPng).toMatch(/^data:image\/png;base64,/);
    // The facility finds it by the number typed in, and sees it in its inbox.
    expect((await facilityUser.get(`/api/waste/manifests/lookup?number=${m.body.number}`)).body).toEqual({ id: m.body.id });
    const inbox = (await facilityUser.get('/api/waste/facility/manifests?state=in_transit')).body;
    expect(inbox.items.map((x: { id: string }) => x.id)).toContain(m.body.id);
    const detail = (await facilityUser.get(`/api/waste/manifests/${m.body.id}`)).body;
    expect(detail.canReceive).toBe(true);
  });

  it('keeps a manifest created at the gate until released, then in transit', async () => {
    const m = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(recyclingId, { dispatch: false }));
    expect(m.body).toMatchObject({ state: 'created', canDispatch: true });
    expect((await facilityUser.post(`/api/waste/manifests/${m.body.id}/receive`, { weighbridgeTonnes: 20 })).status).toBe(409);
    const d = await enterprise.post(`/api/waste/manifests/${m.body.id}/dispatch`, {});
    expect(d.status, d.text).toBe(200);
    expect(d.body.state).toBe('in_transit');
    expect((await enterprise.post(`/api/waste/manifests/${m.body.id}/dispatch`, {})).status).toBe(409);
  });

  it('raises alerts for weight discrepancy, unlicensed destination, category not accepted and over capacity', async () => {
    // 20 t at the gate, 17 t at the weighbridge: 3 / 17 = 17.6 % > 5 %.
    const received = await issueAndReceive(disposalId, { gateTonnes: 20, stage: 'finishingAndServices' }, 17);
    expect(received.alerts).toEqual([
      {
        kind: 'weight_discrepancy',
        details: { gateTonnes: 20, weighbridgeTonnes: 17, differenceTonnes: -3, share: 0.176471, allowedShare: 0.05 },
      },
    ]);

    const orgId = (await regulator.get(`/api/waste/facilities?regionCode=hunan`)).body.items[0].organisationId;
    const small = await regulator.post('/api/waste/facilities', {
      organisationId: orgId,
      name: '无证小场',
      kind: 'disposal',
      regionCode: 'hunan',
      acceptedCategories: ['engineeringSpoil'],
      dailyCapacityTonnes: 10,
    });
    expect(small.status, small.text).toBe(201);
    expect(small.body.licenceStatus).toBe('unlicensed');
    const m = await enterprise.post(
      `/api/projects/${projectId}/waste/manifests`,
      gate(small.body.id, { gateTonnes: 12, at: hoursAgo(0.5) }),
    );
    expect(m.status).toBe(201);
    expect(m.body.alerts.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'category_not_accepted',
      'facility_unlicensed',
      'over_capacity',
    ]);
    const alerts = (await regulator.get(`/api/waste/alerts?projectId=${projectId}`)).body.items;
    expect(alerts.filter((a: { manifestId: string }) => a.manifestId === m.body.id)).toHaveLength(3);
  });

  it('the deadline job flags loads not received in N hours and expires them later, once', async () => {
    const late = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(recyclingId, { at: hoursAgo(30) }));
    const lost = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(recyclingId, { at: hoursAgo(80) }));
    const first = await runManifestDeadlines(t.database.db);
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    expect(first.expired).toBeGreaterThanOrEqual(1);
    expect((await runManifestDeadlines(t.database.db)).overdue).toBe(0);
    const lateView = (await enterprise.get(`/api/waste/manifests/${late.body.id}`)).body;
    expect(lateView.state).toBe('in_transit');
    expect(lateView.alerts.map((a: { kind: string }) => a.kind)).toEqual(['not_received']);
    const lostView = (await enterprise.get(`/api/waste/manifests/${lost.body.id}`)).body;
    expect(lostView.state).toBe('expired');
    // An expired load can no longer be confirmed (and so never counts).
    expect((await facilityUser.post(`/api/waste/manifests/${lost.body.id}/receive`, { weighbridgeTonnes: 20 })).status).toBe(409);
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  it.each([
    ['negative tonnage', { gateTonnes: -5 }, 'gateTonnes'],
    ['absurd tonnage (kg as t)', { gateTonnes: 18_000 }, 'gateTonnes'],
    ['unknown category', { category: 'asbestos' }, 'category'],
    ['sub-class on fit-out waste', { category: 'decorationWaste', subClass: 'metal' }, 'subClass'],
    ['a bad plate', { vehiclePlate: 'ABC' }, 'vehiclePlate'],
    ['a future time', { at: new Date(Date.now() + 86400_000).toISOString() }, 'at'],
    ['an unknown facility', { facilityId: '00000000-0000-4000-8000-000000000000' }, 'facilityId'],
  ])('rejects %s with 400 on %s', async (_label, over, field) => {
    const before = await snapshot();
    const res = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(recyclingId, over));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
    expect(await snapshot()).toEqual(before);
  });

  it('answers absurd tonnage with a message that names the likely mistake', async () => {
    const res = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(recyclingId, { gateTonnes: 18_000 }));
    expect(res.body.error.details[0].message).toContain('千克');
    const en = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(recyclingId, { gateTonnes: 18_000 }), {
      'accept-language': 'en',
    });
    expect(en.body.error.details[0].message).toContain('kg entered as t');
  });

  it('a manifest confirmed twice answers 409 and keeps the first weighbridge figure', async () => {
    const m = await issueAndReceive(recyclingId, {}, 19.8);
    const before = await snapshot();
    const again = await facilityUser.post(`/api/waste/manifests/${m.id}/receive`, { weighbridgeTonnes: 30 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('waste_manifest_already_closed');
    expect(again.body.error.message).toContain('不能重复确认');
    expect(await snapshot()).toEqual(before);
    expect((await enterprise.get(`/api/waste/manifests/${m.id}`)).body.weighbridgeTonnes).toBe(19.8);
  });

  it('rejects negative or absurd weighbridge tonnes and a receipt before dispatch', async () => {
    const m = (await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(recyclingId, { at: hoursAgo(2) }))).body;
    const before = await snapshot();
    expect((await facilityUser.post(`/api/waste/manifests/${m.id}/receive`, { weighbridgeTonnes: -1 })).status).toBe(400);
    expect((await facilityUser.post(`/api/waste/manifests/${m.id}/receive`, { weighbridgeTonnes: 5000 })).status).toBe(400);
    const early = await facilityUser.post(`/api/waste/manifests/${m.id}/receive`, { weighbridgeTonnes: 20, at: hoursAgo(5) });
    expect(early.status).toBe(400);
    expect(early.body.error.details[0]).toMatchObject({ path: 'at', code: 'waste_time_invalid' });
    expect(await snapshot()).toEqual(before);
  });

  it('a facility that is not the destination cannot see or confirm the manifest (404); the site cannot confirm its own load (403)', async () => {
    const org = await admin.post('/api/organisations', { name: '株洲市建筑垃圾处置场（测试）', kind: 'facility', regionCode: 'hunan' });
    expect(org.status, org.text).toBe(201);
    const u = await admin.post('/api/users', {
      username: 'zz.facility',
      displayName: '株洲过磅员',
      role: 'facility',
      organisationId: org.body.id,
      password: 'Facility@2026',
    });
    expect(u.status, u.text).toBe(201);
    const other = await t.login('zz.facility', 'Facility@2026');
    const m = (await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(recyclingId))).body;
    const before = await snapshot();
    expect((await other.post(`/api/waste/manifests/${m.id}/receive`, { weighbridgeTonnes: 20 })).status).toBe(404);
    expect((await other.post(`/api/waste/manifests/${m.id}/dispute`, { reason: '不是我们的车' })).status).toBe(404);
    expect((await other.get(`/api/waste/manifests/${m.id}`)).status).toBe(404);
    expect((await other.get(`/api/waste/manifests/lookup?number=${m.number}`)).status).toBe(404);
    expect((await other.get('/api/waste/facility/manifests')).body.total).toBe(0);
    expect((await enterprise.post(`/api/waste/manifests/${m.id}/receive`, { weighbridgeTonnes: 20 })).status).toBe(403);
    expect(await snapshot()).toEqual(before);
    expect((await enterprise.get(`/api/waste/manifests/${m.id}`)).body.state).toBe('in_transit');
  });

  it('another tenant gets 404 for the manifest, the project waste data and its writes', async () => {
    const m = (await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(recyclingId, { dispatch: false }))).body;
    // Sign-ins are audited too, so everyone signs in before the snapshot.
    const clients = await Promise.all(
      ['shenzhen.enterprise', 'shenzhen.regulator', 'expert.wang'].map(async (who) => [who, await t.login(who)] as const),
    );
    const before = await snapshot();
    for (const [who, c] of clients) {
      expect((await c.get(`/api/waste/manifests/${m.id}`)).status, who).toBe(404);
      expect((await c.get(`/api/projects/${projectId}/waste`)).status, who).toBe(404);
      expect((await c.get(`/api/projects/${projectId}/waste/manifests`)).status, who).toBe(404);
      expect((await c.post(`/api/waste/manifests/${m.id}/dispatch`, {})).status, who).toBeOneOf([403, 404]);
      expect((await c.post(`/api/projects/${projectId}/waste/manifests`, gate(recyclingId))).status, who).toBeOneOf([403, 404]);
      expect(
        (
          await c.post(`/api/projects/${projectId}/waste/records`, {
            kind: 'reused',
            recordDate: '2025-01-01',
            stage: 'underground',
            category: 'constructionWaste',
            tonnes: 1,
          })
        ).status,
        who,
      ).toBeOneOf([403, 404]);
    }
    expect(await snapshot()).toEqual(before);
    // The own region's regulator reads it.
    expect((await regulator.get(`/api/waste/manifests/${m.id}`)).status).toBe(200);
  });
});

describe('Excel import and export', () => {
  async function sheet(rows: unknown[][]): Promise<Blob> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('历史记录');
    ws.addRow(['记录类型', '日期', '阶段', '类别', '子类', '去向', '吨数', '凭证号', '备注']);
    for (const r of rows) ws.addRow(r);
    return new Blob([await wb.xlsx.writeBuffer()]);
  }
  const upload = (blob: Blob, name = 'records.xlsx') => {
    const form = new FormData();
    form.append('file', blob, name);
    return enterprise.post(`/api/projects/${projectId}/waste/records/import`, form);
  };
  const importsDir = () => path.join(t.dataDir, 'waste', 'imports');
  const filesIn = () => (fs.existsSync(importsDir()) ? fs.readdirSync(importsDir()).length : 0);

  it('imports nothing when any row is wrong, and reports every bad cell by row', async () => {
    const before = await snapshot();
    const files = filesIn();
    const res = await upload(
      await sheet([
        ['历史外运', '2024-11-02', '地下结构', '工程垃圾', '无机非金属类', '填埋/消纳处置', 12.5, 'IMP-001', ''],
        ['历史外运', '2024-11-03', '地下结构', '工程垃圾', '', '填埋/消纳处置', -4, 'IMP-002', ''],
        ['现场再利用', '2024-11-04', '主体结构', '石棉', '', '', 3, '', ''],
        ['历史外运', '2024-11-05', '屋面', '装修垃圾', '金属类', '填埋/消纳处置', 2, 'ZL-001', ''],
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('waste_import_invalid');
    expect(res.body.error.message).toContain('3 行有错误');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'row.3.tonnes',
      'row.4.category',
      'row.5.stage',
      'row.5.subClass',
    ]);
    expect(await snapshot()).toEqual(before);
    expect(filesIn()).toBe(files);
  });

  it('refuses references already counted (paper or electronic) as row errors', async () => {
    const manifestNo = (await enterprise.get(`/api/projects/${projectId}/waste/manifests?pageSize=1`)).body.items[0].number;
    const before = await snapshot();
    const res = await upload(
      await sheet([
        ['历史外运', '2024-11-02', '地下结构', '工程垃圾', '', '资源化利用（持证单位）', 10, 'ZL-001', ''],
        ['历史外运', '2024-11-02', '地下结构', '工程垃圾', '', 'recycling', 10, manifestNo, ''],
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['row.2.reference', 'waste_reference_taken'],
      ['row.3.reference', 'waste_reference_is_manifest'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file that is not xlsx by its content (415)', async () => {
    const before = await snapshot();
    const res = await upload(new Blob(['记录类型,日期\n历史外运,2024-01-01']), 'fake.xlsx');
    expect(res.status).toBe(415);
    expect(await snapshot()).toEqual(before);
  });

  it('imports a valid sheet in one go, keeps the file, and the indicators include it', async () => {
    const before = (await enterprise.get(`/api/projects/${projectId}/waste`)).body.intensity.tonnes;
    const template = await enterprise.get('/api/waste/records/template.xlsx');
    expect(template.status).toBe(200);
    const res = await upload(
      await sheet([
        ['历史外运', '2024-11-02', '地下结构', '工程垃圾', '无机非金属类', '填埋/消纳处置', 12.5, 'IMP-001', '纸质联单'],
        ['现场再利用', new Date('2024-11-04T00:00:00Z'), '主体结构', '工程垃圾', '', '', 3, '', ''],
        ['现场分类', '2024-11-05', 'superstructure', 'constructionWaste', 'metal', '', 1.2, '', ''],
      ]),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ imported: 3, tonnes: 16.7 });
    expect(fs.existsSync(path.join(importsDir(), `${res.body.batch}.xlsx`))).toBe(true);
    const after = (await enterprise.get(`/api/projects/${projectId}/waste`)).body.intensity.tonnes;
    expect(Math.round((after - before) * 1000) / 1000).toBe(12.5);
  });

  it('exports manifests and the league table as Excel with the same figures', async () => {
    const res = await fetch(`${t.url}/api/projects/${projectId}/waste/manifests.xlsx`, { headers: { cookie: enterprise.cookie! } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const total = (await enterprise.get(`/api/projects/${projectId}/waste/manifests?pageSize=1`)).body.total;
    expect(wb.worksheets[0]!.rowCount).toBe(total + 1);
    expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('联单号');

    const league = (await regulator.get('/api/waste/projects?regionCode=hunan')).body.items;
    const own = league.find((r: { projectId: string }) => r.projectId === projectId);
    const direct = await wasteIntensity(t.database.db, projectId);
    expect(own.intensity).toBe(direct.intensity);
    const x = await fetch(`${t.url}/api/waste/projects.xlsx?regionCode=hunan`, { headers: { cookie: regulator.cookie! } });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(await x.arrayBuffer()) as never);
    expect(wb2.worksheets[0]!.rowCount).toBe(league.length + 1);
    // Another region's regulator does not see this project in their league.
    const sz = (await (await t.login('shenzhen.regulator')).get('/api/waste/projects')).body.items;
    expect(sz.some((r: { projectId: string }) => r.projectId === projectId)).toBe(false);
  });
});

describe('demo data', () => {
  it('seeds facilities linked to facility organisations, and plans and manifests on demo projects', async () => {
    const facilities = (await facilityUser.get('/api/waste/facilities')).body.items;
    expect(facilities.map((f: { name: string }) => f.name)).toContain(DEMO_ORGS.hunanFacility);
    // A facility user sees only its own organisation's sites.
    expect(new Set(facilities.map((f: { organisationName: string }) => f.organisationName))).toEqual(new Set([DEMO_ORGS.hunanFacility]));
    const league = (await regulator.get('/api/waste/projects')).body.items as Array<{ manifests: number; intensity: number | null }>;
    expect(league.filter((r) => r.manifests > 0).length).toBeGreaterThanOrEqual(2);
  });
});

describe('access control', () => {
  it('answers 401 on every waste route without credentials', async () => {
    const doc = (await t.client().get('/api/openapi.json')).body;
    const routes = Object.entries<Record<string, unknown>>(doc.paths)
      .filter(([p]) => p.includes('waste'))
      .flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => [m.toUpperCase(), p.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000')] as const),
      );
    expect(routes.length).toBeGreaterThanOrEqual(25);
    for (const [method, url] of routes) {
      const res = await t.client().request(method, url, ['GET', 'DELETE'].includes(method) ? undefined : {});
      expect([method, url, res.status]).toEqual([method, url, 401]);
    }
  });
});
