import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { projectFigures } from './calc.js';
import { BENEFIT_COLUMNS, COST_ITEM_COLUMNS } from './excel.js';

// The worked example: a 20 000 m² residential pilot with three green measures.
//   A 结构  铝合金模板替代木模板   15 000 m² × (52.00 − 45.00) = 105 000.00; 240 t disposal × 60 = 14 400.00; materials 36 000.00
//   B 机电  临时用电LED及分项计量      1 项 × (28 000 − 0)     =  28 000.00; 42 000 kWh × 0.85 = 35 700.00; 24.402 tCO2e × 60 = 1 464.12
//   C 给排水 雨水回收利用系统          1 套 × (65 000.50 − 0)  =  65 000.50; 3 600 m³ × 4.20 = 15 120.00
//   incremental 198 000.50 (9.90 元/m²), benefit 102 684.12 (5.13 元/m²), net −95 316.38, carbon 1.22 kg/m², ratio 0.519
const MEASURES = [
  {
    discipline: '结构',
    name: '铝合金模板替代木模板',
    unit: 'm²',
    quantity: 15000,
    baselineUnitPrice: 45,
    greenUnitPrice: 52,
    benefits: [
      { source: 'manual', kind: 'disposal', quantity: 240, unit: 't', unitValue: 60, indicatorKey: 'waste.intensity' },
      { source: 'manual', kind: 'materials', quantity: 36000, unit: '元', unitValue: 1 },
    ],
  },
  {
    discipline: '机电',
    name: '施工临时用电 LED 照明及分项计量',
    unit: '项',
    quantity: 1,
    baselineUnitPrice: 0,
    greenUnitPrice: 28000,
    benefits: [
      { source: 'manual', kind: 'energy', quantity: 42000, unit: 'kWh', unitValue: 0.85 },
      { source: 'manual', kind: 'carbon', quantity: 24.402, unit: 'tCO2e', unitValue: 60 },
    ],
  },
  {
    discipline: '给排水',
    name: '雨水回收利用系统',
    unit: '套',
    quantity: 1,
    baselineUnitPrice: 0,
    greenUnitPrice: 65000.5,
    benefits: [{ source: 'manual', kind: 'water', quantity: 3600, unit: 'm³', unitValue: 4.2 }],
  },
];

const TOTALS = {
  incrementalCost: 198000.5,
  benefitValue: 102684.12,
  benefitByKind: { disposal: 14400, materials: 36000, energy: 35700, water: 15120, carbon: 1464.12 },
  carbonTonnes: 24.402,
  net: -95316.38,
  floorAreaM2: 20000,
  incrementalCostPerM2: 9.9,
  benefitPerM2: 5.13,
  carbonKgPerM2: 1.22,
  benefitCostRatio: 0.519,
};

let t: TestApp;
let ent: ApiClient;
let reg: ApiClient;
let projectId: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.database, DEMO_PASSWORD);
  projectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
    regionCode: 'hunan',
    floorAreaM2: 20000,
    name: '增量成本示例项目',
  });
  [ent, reg] = await Promise.all([t.login('hunan.enterprise'), t.login('hunan.regulator')]);
});
afterAll(async () => t?.close());

describe('incremental cost and benefit: the worked example', () => {
  it('computes the example exactly as pure figures', () => {
    const { lines, ...totals } = projectFigures(
      MEASURES.map((m) => ({ ...m, benefits: m.benefits.map((b) => ({ ...b, kind: b.kind as never })) })),
      20000,
    );
    expect(lines.map((l) => [l.incrementalUnitPrice, l.incrementalCost, l.benefitValue])).toEqual([
      [7, 105000, 50400],
      [28000, 28000, 37164.12],
      [65000.5, 65000.5, 15120],
    ]);
    expect(totals).toEqual(TOTALS);
  });

  it('stores the measures through the API and answers the same totals, per m²', async () => {
    for (const m of MEASURES) expect((await ent.post(`/api/costs/projects/${projectId}/measures`, m)).status).toBe(201);
    const res = await reg.get(`/api/costs/projects/${projectId}`);
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual(TOTALS);
    expect(res.body.measures.map((m: any) => [m.discipline, m.incrementalCost, m.net])).toEqual([
      ['结构', 105000, -54600],
      ['机电', 28000, 9164.12],
      ['给排水', 65000.5, -49880.5],
    ]);
    expect(res.body.measures[0].benefits[0]).toMatchObject({ source: 'manual', indicatorKey: 'waste.intensity', value: 14400 });
  });

  it('exports one row per measure in the fixed 计价依据 layout', async () => {
    const res = await fetch(`${t.url}/api/costs/projects/${projectId}/export.xlsx`, { headers: { cookie: reg.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('增量成本清单')!;
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(row(4)).toEqual([...COST_ITEM_COLUMNS]);
    expect(row(5)).toEqual([
      1,
      '结构',
      '铝合金模板替代木模板',
      'm²',
      15000,
      45,
      52,
      7,
      105000,
      14400,
      36000,
      0,
      0,
      0,
      0,
      50400,
      -54600,
      '手工填报',
      '',
    ]);
    expect(row(8).slice(0, 17)).toEqual([
      '合计',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      198000.5,
      14400,
      36000,
      35700,
      15120,
      1464.12,
      24.402,
      102684.12,
      -95316.38,
    ]);
    expect(row(9)[8]).toBe(9.9);
    expect(row(9)[15]).toBe(5.13);
    // The per-m² carbon is a number (1.22 kg/m²) whose format carries its unit, not the text "1.22 kg/m²".
    expect(ws.getRow(9).getCell(15).value).toBe(1.22);
    expect(ws.getRow(9).getCell(15).numFmt).toBe('0.00" kgCO2e/m²"');
    const detail = wb.getWorksheet('效益明细')!;
    expect((detail.getRow(1).values as unknown[]).slice(1)).toEqual([...BENEFIT_COLUMNS]);
    expect(detail.rowCount).toBe(1 + 5);
  });

  it('summarises the region per m² over projects with cost data, for the regulator only', async () => {
    const res = await reg.get('/api/costs/summary');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        regionCode: 'hunan',
        projects: 1,
        measures: 3,
        floorAreaM2: 20000,
        incrementalCost: 198000.5,
        benefitValue: 102684.12,
        carbonTonnes: 24.402,
        incrementalCostPerM2: 9.9,
        benefitPerM2: 5.13,
        byDiscipline: [
          { discipline: '结构', incrementalCost: 105000, benefitValue: 50400 },
          { discipline: '给排水', incrementalCost: 65000.5, benefitValue: 15120 },
          { discipline: '机电', incrementalCost: 28000, benefitValue: 37164.12 },
        ],
      },
    ]);
    expect((await ent.get('/api/costs/summary')).status).toBe(403);
    const ministry = await (await t.login('ministry')).get('/api/costs/summary');
    expect(ministry.body.items.map((r: any) => r.regionCode).sort()).toEqual(['changzhou', 'hunan', 'shenzhen']);
  });
});

describe('benefits linked to platform indicators', () => {
  it('refuses an indicator link while the platform has no value, and snapshots it once data exists', async () => {
    const measure = { discipline: '施工', name: '建筑垃圾源头减量', unit: '项', quantity: 1, baselineUnitPrice: 0, greenUnitPrice: 30000 };
    const benefit = { source: 'indicator', kind: 'disposal', indicatorKey: 'waste.intensity', baseline: 500, unitValue: 60 };
    const none = await ent.post(`/api/costs/projects/${projectId}/measures`, { ...measure, benefits: [benefit] });
    expect(none.status).toBe(400);
    expect(none.body.error.details[0]).toMatchObject({ path: 'benefits.0.indicatorKey', code: 'indicator_unavailable' });
    const wrongKind = await ent.post(`/api/costs/projects/${projectId}/measures`, {
      ...measure,
      benefits: [{ ...benefit, kind: 'water' }],
    });
    expect(wrongKind.body.error.details[0]).toMatchObject({ code: 'indicator_kind_mismatch' });

    // 400 t of site waste discharged on 20 000 m² = 200 t/万m²; against a conventional 500 t/万m² that is 600 t avoided.
    await t.database.db
      .execute(sql`insert into waste_site_records (id, project_id, kind, record_date, stage, category, sub_class, route, tonnes)
      values (${randomUUID()}, ${projectId}, 'historical', '2026-01-10', 'superstructure', 'constructionWaste', 'other', 'disposal', 400)`);
    const ok = await ent.post(`/api/costs/projects/${projectId}/measures`, { ...measure, benefits: [benefit] });
    expect(ok.status).toBe(201);
    expect(ok.body.benefits[0]).toMatchObject({ source: 'indicator', kind: 'disposal', quantity: 600, unit: 't', value: 36000 });
    expect(ok.body.benefits[0].indicatorSnapshot).toMatchObject({
      key: 'waste.intensity',
      value: 200,
      unit: 't/万m²',
      baseline: 500,
      floorAreaM2: 20000,
      quantity: 600,
    });
    expect(ok.body.incrementalCost).toBe(30000);
    await ent.delete(`/api/costs/measures/${ok.body.id}`);
  });

  it('validates inputs with field paths and keeps carbon in tCO2e', async () => {
    const res = await ent.post(`/api/costs/projects/${projectId}/measures`, {
      discipline: '',
      name: 'x',
      unit: 'm',
      quantity: -1,
      baselineUnitPrice: 1,
      greenUnitPrice: 2,
      benefits: [{ source: 'manual', kind: 'carbon', quantity: 5, unit: 'kg', unitValue: null }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: any) => d.path).sort()).toEqual(['benefits.0.unit', 'discipline', 'quantity']);
    expect(res.body.error.details.find((d: any) => d.path === 'benefits.0.unit').message).toBe('减碳量的单位应为 tCO2e');
  });
});

describe('cost data isolation', () => {
  it('hides another region’s project and lets experts and other tenants change nothing', async () => {
    const sz = await t.login('shenzhen.enterprise');
    const szReg = await t.login('shenzhen.regulator');
    expect((await sz.get(`/api/costs/projects/${projectId}`)).status).toBe(404);
    expect((await szReg.post(`/api/costs/projects/${projectId}/measures`, MEASURES[0])).status).toBe(404);
    const measureId = (await reg.get(`/api/costs/projects/${projectId}`)).body.measures[0].id;
    expect((await sz.delete(`/api/costs/measures/${measureId}`)).status).toBe(404);
    const [{ n }] = (await selectRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from cost_measures where project_id = ${projectId}`,
    )) as [{ n: number }];
    expect(n).toBe(3);
    const audits = await selectRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where action like 'costs.%' order by id`,
    );
    expect(audits.map((a) => a.action)).toEqual([
      'costs.measure.create',
      'costs.measure.create',
      'costs.measure.create',
      'costs.measure.create',
      'costs.measure.delete',
    ]);
  });
});
