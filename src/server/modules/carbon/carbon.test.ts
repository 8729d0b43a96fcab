import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { materialsFromElements } from './calculate.js';
import { embodiedCarbonPerM2 } from './indicators.js';
import { IFC_TESTDATA_DIR } from '../../testing/sharedData.js';

const FZK = path.join(IFC_TESTDATA_DIR, 'AC20-FZK-Haus.ifc');

async function xlsx(rows: unknown[][]): Promise<FormData> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('清单');
  for (const r of rows) ws.addRow(r);
  const form = new FormData();
  form.append('file', new Blob([await wb.xlsx.writeBuffer()]), 'bom.xlsx');
  return form;
}

describe('embodied carbon (GB/T 51366-2019)', () => {
  let t: TestApp;
  let hunan: ApiClient;
  let admin: ApiClient;
  let projectId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    hunan = await t.login('hunan.enterprise');
    admin = await t.login('admin');
    projectId = await createProjectForTest(t.database.db, {
      ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
      regionCode: 'hunan',
      floorAreaM2: 1000,
    });
  }, 180_000);
  afterAll(async () => t?.close(), 120_000);

  it('seeds the factor library with its basis (not the maintainers’ confidence) and a first revision', async () => {
    const res = await hunan.get('/api/carbon/factors?kind=material');
    expect(res.status).toBe(200);
    expect(res.body.items.find((f: any) => f.id === 'concrete-c30')).toMatchObject({
      value: 295,
      unit: 'm3',
      revision: 1,
      basis: expect.stringContaining('51366'),
    });
    expect(res.body.items.find((f: any) => f.id === 'concrete-c30')).not.toHaveProperty('confidence');
    const grid = await hunan.get('/api/carbon/factors?kind=energy');
    expect(grid.body.items.map((f: any) => [f.id, f.region, f.year])).toContainEqual(['grid-cn-2022-mee', 'CN', 2022]);
    const rules = await hunan.get('/api/carbon/rules');
    expect(rules.body.items[0]).toMatchObject({ id: 'rebar-by-ifc-class', ifcClasses: ['IfcReinforcingBar', 'IfcReinforcingMesh'] });
  });

  it('computes the worked example from an Excel bill of materials, to the kg', async () => {
    const none = await hunan.get(`/api/projects/${projectId}/carbon`);
    expect(none.body).toMatchObject({ source: 'none', result: { total: 0 } });
    const before = new Date();
    await new Promise((r) => setTimeout(r, 20));
    const form = await xlsx([
      ['材料名称', 'IFC类别', '数量', '单位', '运距'],
      ['C30 混凝土', '', 100, 'm3', ''],
      ['HRB400 钢筋', 'IfcReinforcingBar', 10, '吨', ''],
    ]);
    const imp = await hunan.post(`/api/projects/${projectId}/carbon/bom`, form);
    expect(imp.status).toBe(200);
    expect(imp.body).toEqual({ imported: 2 });
    const res = await hunan.get(`/api/projects/${projectId}/carbon`);
    expect(res.status).toBe(200);
    const r = res.body.result;
    // C30 100 m³ × 295 = 29,500; rebar 10 t × 2,340 = 23,400 → 52,900.
    // Transport (30 t diesel truck, 0.078): 240 t × 40 km = 748.8; 10 t × 500 km = 390 → 1,138.8.
    expect(res.body.source).toBe('bom');
    expect(r.byStage).toEqual({ production: 52_900, transport: 1_138.8, construction: 0 });
    expect(r.total).toBe(54_038.8);
    expect(r.perM2).toBe(54.0388);
    expect(r.byMaterial.map((m: any) => [m.factorId, m.production, m.distanceKm])).toEqual([
      ['concrete-c30', 29_500, 40],
      ['rebar-hot-rolled', 23_400, 500],
    ]);
    expect(await embodiedCarbonPerM2(t.database.db, projectId, before)).toBeNull();
    expect(await embodiedCarbonPerM2(t.database.db, projectId)).toBe(54.0388);
  });

  it('adds construction energy entered by hand (C_JZ) with the chosen grid factor', async () => {
    const bad = await hunan.post(`/api/projects/${projectId}/carbon/energy`, {
      period: '2026-13',
      energyFactorId: 'grid-cn-2022-mee',
      quantity: 1,
      unit: 'kWh',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('period');
    const mismatch = await hunan.post(`/api/projects/${projectId}/carbon/energy`, {
      period: '2026-05',
      energyFactorId: 'grid-cn-2022-mee',
      quantity: 1,
      unit: 'L',
    });
    expect(mismatch.body.error.details[0]).toMatchObject({ path: 'unit', code: 'energy_unit_mismatch' });
    const ok = await hunan.post(`/api/projects/${projectId}/carbon/energy`, {
      period: '2026-05',
      energyFactorId: 'grid-cn-2022-mee',
      quantity: 10_000,
      unit: 'kWh',
      note: '施工用电',
    });
    expect(ok.status).toBe(201);
    const r = (await hunan.get(`/api/projects/${projectId}/carbon`)).body.result;
    expect(r.byStage.construction).toBe(5_703); // 10,000 kWh × 0.5703
    expect(r.total).toBe(59_741.8);
    expect(await embodiedCarbonPerM2(t.database.db, projectId)).toBe(59.7418);
  });

  it('exports the calculation with Chinese headers, units and numeric, rounded emissions', async () => {
    const res = await fetch(`${t.url}/api/projects/${projectId}/carbon.xlsx`, { headers: { cookie: hunan.cookie! } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const m = wb.getWorksheet('按材料')!;
    expect((m.getRow(1).values as unknown[]).slice(1)).toEqual([
      '材料',
      '因子编号',
      '数量',
      '单位',
      '折算数量（因子单位）',
      '因子单位',
      '排放因子（kgCO2e/因子单位）',
      '生产排放（kgCO2e）',
      '运输质量（t）',
      '运距（km）',
      '运输方式',
      '运输排放（kgCO2e）',
    ]);
    const concrete = (m.getRow(2).values as unknown[]).slice(1);
    expect([concrete[1], concrete[7], concrete[9]]).toEqual(['concrete-c30', 29_500, 40]);
    expect(m.getRow(2).getCell(8).numFmt).toBe('#,##0.00');
    const summary = wb.getWorksheet('汇总')!;
    expect((summary.getRow(3).values as unknown[]).slice(1)).toEqual(['数据来源', '材料清单']);
    expect((summary.getRow(7).values as unknown[]).slice(1)).toEqual(['合计（kgCO2e）', 59_741.8]);
    expect((wb.getWorksheet('未映射')!.getRow(1).values as unknown[]).slice(1)).toEqual(['阶段', '名称', '数量', '单位', '原因']);
  });

  it('lets only admins revise a factor, keeps every revision, and recomputes as of a date', async () => {
    expect((await hunan.patch('/api/carbon/factors/concrete-c30', { value: 300 })).status).toBe(403);
    const asOf = new Date();
    await new Promise((r) => setTimeout(r, 20));
    const res = await admin.patch('/api/carbon/factors/concrete-c30', {
      value: 300,
      source: 'test: mix design',
      confidence: 'recalled-high',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ value: 300, revision: 2, updatedBy: 'admin' });
    const revs = await hunan.get('/api/carbon/factors/concrete-c30/revisions');
    expect(revs.body.items.map((r: any) => [r.revision, r.value])).toEqual([
      [2, 300],
      [1, 295],
    ]);
    expect((await hunan.get(`/api/projects/${projectId}/carbon`)).body.result.byStage.production).toBe(53_400);
    expect((await hunan.get(`/api/projects/${projectId}/carbon?asOf=${asOf.toISOString()}`)).body.result.byStage.production).toBe(52_900);
    const audit = await t.database.db.execute(
      `select action, before->>'value' as b, after->>'value' as a from audit_log where entity_id = 'concrete-c30'` as never,
    );
    expect((audit as any).rows).toEqual([{ action: 'carbon.factor_revised', b: '295', a: '300' }]);
    await admin.patch('/api/carbon/factors/concrete-c30', { value: 295 });
  });

  it('rejects a bad bill with row-level errors and keeps the previous one', async () => {
    const form = await xlsx([
      ['Material', 'Quantity', 'Unit'],
      ['C30', 5, 'm3'],
      ['Rebar', -1, 't'],
      ['Glass', 2, 'pcs'],
    ]);
    const res = await hunan.post(`/api/projects/${projectId}/carbon/bom`, form, { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: any) => [d.path, d.code])).toEqual([
      ['rows.3.quantity', 'bom_quantity_invalid'],
      ['rows.4.unit', 'bom_unit_invalid'],
    ]);
    const notXlsx = new FormData();
    notXlsx.append('file', new Blob([Buffer.from('name,qty\nC30,1\n')]), 'bom.csv');
    expect((await hunan.post(`/api/projects/${projectId}/carbon/bom`, notXlsx)).body.error.details[0].code).toBe('bom_not_xlsx');
    expect((await hunan.get(`/api/projects/${projectId}/carbon/bom`)).body.total).toBe(2);
  });

  it('keeps other tenants out', async () => {
    const shenzhen = await t.login('shenzhen.enterprise');
    expect((await shenzhen.get(`/api/projects/${projectId}/carbon`)).status).toBe(404);
    expect(
      (
        await shenzhen.post(
          `/api/projects/${projectId}/carbon/bom`,
          await xlsx([
            ['材料', '数量', '单位'],
            ['C30', 1, 'm3'],
          ]),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await shenzhen.post(`/api/projects/${projectId}/carbon/energy`, {
          period: '2026-05',
          energyFactorId: 'grid-cn-2022-mee',
          quantity: 1,
          unit: 'kWh',
        })
      ).status,
    ).toBe(404);
    expect((await hunan.get(`/api/projects/${projectId}/carbon/bom`)).body.total).toBe(2);
    const regulator = await t.login('hunan.regulator');
    expect((await regulator.get(`/api/projects/${projectId}/carbon`)).status).toBe(200);
    expect((await regulator.put(`/api/projects/${projectId}/carbon/settings`, { gridFactorId: null, transportModeId: null })).status).toBe(
      403,
    );
  });

  it('uses the latest model when there is no bill: mapped by name, unmapped listed', async () => {
    const modelProject = await createProjectForTest(t.database.db, {
      ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
      regionCode: 'hunan',
      floorAreaM2: 250,
    });
    const form = new FormData();
    form.append('file', new Blob([fs.readFileSync(FZK)]), 'AC20-FZK-Haus.ifc');
    const up = await hunan.post(`/api/projects/${modelProject}/bim/models`, form);
    expect(up.status).toBe(202);
    for (let i = 0; i < 400; i++) {
      const m = await hunan.get(`/api/bim/models/${up.body.id}`);
      if (m.body.status !== 'queued' && m.body.status !== 'processing') break;
      await new Promise((r) => setTimeout(r, 300));
    }
    const res = await hunan.get(`/api/projects/${modelProject}/carbon`);
    expect(res.body.source).toBe('model');
    const r = res.body.result;
    const concrete = r.byMaterial.filter((m: any) => m.name.startsWith('Stahlbeton'));
    expect(concrete.length).toBeGreaterThan(0);
    expect(concrete.every((m: any) => m.factorId === 'concrete-c30' && m.ruleId === 'concrete-generic')).toBe(true);
    // Holz (timber) has no factor in 51366: listed as unmapped with its quantity, never dropped
    const holz = r.unmapped.filter((u: any) => u.name === 'Holz' && u.stage === 'production');
    expect(holz.length).toBeGreaterThan(0);
    expect(holz.every((u: any) => u.quantity > 0 && u.unit === 'm3')).toBe(true);
    expect(r.perM2).toBeCloseTo(r.total / 250, 6);

    // an admin maps timber to a new factor, and the same model now counts it
    expect(
      (
        await admin.post('/api/carbon/factors', {
          id: 'timber-test',
          kind: 'material',
          nameZh: '木材（测试）',
          nameEn: 'Timber (test)',
          unit: 'm3',
          value: 100,
          category: 'masonry',
          source: 'test fixture',
          confidence: 'recalled-low',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await admin.post('/api/carbon/rules', {
          id: 'timber',
          position: 5,
          pattern: 'holz|木',
          ifcClasses: null,
          factorId: 'timber-test',
          assumption: null,
          reason: null,
        })
      ).status,
    ).toBe(201);
    const after = (await hunan.get(`/api/projects/${modelProject}/carbon`)).body.result;
    expect(after.unmapped.filter((u: any) => u.name === 'Holz' && u.stage === 'production')).toEqual([]);
    // no density for the category: its transport is still listed, not guessed
    expect(
      after.unmapped.filter((u: any) => u.name === 'Holz' && u.stage === 'transport').every((u: any) => /no mass/.test(u.reason)),
    ).toBe(true);
    expect(after.byMaterial.filter((m: any) => m.factorId === 'timber-test').length).toBeGreaterThan(0);
    expect(
      (
        await admin.post('/api/carbon/rules', {
          id: 'bad',
          position: 1,
          pattern: '(',
          ifcClasses: null,
          factorId: null,
          assumption: null,
          reason: null,
        })
      ).status,
    ).toBe(400);
  }, 120_000);
});

describe('materialsFromElements', () => {
  it('splits volume by material share and lists elements without volume', () => {
    const { inputs, withoutQuantity } = materialsFromElements([
      {
        ifcClass: 'IfcWall',
        materials: [
          { name: 'C30', share: 0.8 },
          { name: 'EPS', share: 0.2 },
        ],
        volume: 10,
        material: 'C30 / EPS',
      },
      { ifcClass: 'IfcWall', materials: [{ name: 'C30', share: 1 }], volume: 2, material: 'C30' },
      { ifcClass: 'IfcWindow', materials: [], volume: null, material: null },
      { ifcClass: 'IfcSlab', materials: [], volume: 3, material: null },
    ]);
    expect(inputs.map((i) => [i.name, i.ifcClass, i.quantity])).toEqual([
      ['C30', 'IfcWall', 10],
      ['（未指定材料）', 'IfcSlab', 3],
      ['EPS', 'IfcWall', 2],
    ]);
    expect(withoutQuantity).toEqual([{ ifcClass: 'IfcWindow', material: null, count: 1 }]);
  });
});
