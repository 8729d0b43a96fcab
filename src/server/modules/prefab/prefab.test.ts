import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { GB51129_2017_NATIONAL } from '../../../domain/prefab/index.js';
import { prefabRatio } from './indicators.js';

let t: TestApp;
let enterprise: ApiClient;
beforeAll(async () => {
  // Demo accounts only: this file makes its own projects and does not depend on other capabilities' demo data.
  t = await startTestApp();
  await seedDemo(t.database, DEMO_PASSWORD);
  enterprise = await t.login('hunan.enterprise');
});
afterAll(async () => t?.close());

// The domain worked example (prefabRatio.test.ts) through the API: ratios are fractions, null = not applicable.
const worked = {
  q1a: 0.5,
  q1b: 0.75,
  q2a: 0.85,
  q2b: null,
  q2c: 0.6,
  q2d: 0.65,
  q3a: 0.5,
  q3b: 0.8,
  q3c: 0.7,
  q3d: null,
  fullDecoration: true,
};

describe('POST /api/prefab-ratio/calculate', () => {
  it('answers the worked example: interpolation, Q4 from the null items, P and grade A', async () => {
    const res = await enterprise.post('/api/prefab-ratio/calculate', worked);
    expect(res.status).toBe(200);
    const { P, Q1, Q2, Q3, Q4, recognised, grade } = res.body;
    // q1a 50% → 23.3, q1b 75% → 15; q2d 65% → 3.5; q3b 80% → 4.5; q3c 70% → 3; Q4 = 5 (q2b) + 6 (q3d)
    expect({ P, Q1, Q2, Q3, Q4, recognised, grade }).toEqual({
      P: 73.4,
      Q1: 38.3,
      Q2: 13.5,
      Q3: 13.5,
      Q4: 11,
      recognised: true,
      grade: 'A',
    });
    expect(res.body.items.find((i: { item: string }) => i.item === 'q1a')).toMatchObject({
      ratio: 0.5,
      score: 23.3,
      max: 30,
      applicable: true,
    });
    expect(res.body.table).toEqual({ id: 'gb51129-2017-national', version: '2017.1', regionCode: null });
  });

  it('scores the range ends exactly: q1a 35% → 20 and 80% → 30', async () => {
    const low = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, q1a: 0.35 });
    const high = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, q1a: 0.8 });
    expect(low.body.items[0]).toMatchObject({ item: 'q1a', score: 20 });
    expect(high.body.items[0]).toMatchObject({ item: 'q1a', score: 30 });
    expect(low.body.Q1).toBe(35);
    expect(high.body.Q1).toBe(45);
  });

  it('moves a null item into Q4 rather than scoring it 0', async () => {
    const present = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, q2b: 0, q3d: 0 });
    expect(present.body).toMatchObject({ Q4: 0, P: 65.3 });
    const missing = await enterprise.post('/api/prefab-ratio/calculate', worked);
    expect(missing.body).toMatchObject({ Q4: 11, P: 73.4 });
  });

  it('P = 75.5 rounds half-up to 76 and grades AA (documented rule)', async () => {
    const res = await enterprise.post('/api/prefab-ratio/calculate', {
      q1a: 0.35,
      q1b: 0.7,
      q2a: 0.8,
      q2b: 0.5,
      q2c: 0.5,
      q2d: 0.8,
      q3a: 0.7,
      q3b: null,
      q3c: 0.9,
      q3d: 0.7,
      fullDecoration: true,
    });
    expect(res.body).toMatchObject({ P: 75.5, Q1: 30, Q2: 17, Q3: 24, Q4: 6, assessedPercent: 76, recognised: true, grade: 'AA' });
  });

  it('P = 90.5 → AAA; 56 → recognised but below the lowest band', async () => {
    const aaa = await enterprise.post('/api/prefab-ratio/calculate', {
      q1a: 0.4,
      q1b: 0.8,
      q2a: 0.8,
      q2b: 0.8,
      q2c: 0.5,
      q2d: 0.8,
      q3a: 0.7,
      q3b: null,
      q3c: 0.9,
      q3d: 0.7,
      fullDecoration: true,
    });
    expect(aaa.body).toMatchObject({ P: 90.5, grade: 'AAA' });
    const low = await enterprise.post('/api/prefab-ratio/calculate', {
      q1a: 0.35,
      q1b: 0.7,
      q2a: 0.8,
      q2b: 0.5,
      q2c: 0.5,
      q2d: 0.8,
      q3a: 0,
      q3b: 0,
      q3c: 0.7,
      q3d: 0,
      fullDecoration: true,
    });
    expect(low.body).toMatchObject({ P: 56, recognised: true, grade: null });
    expect(low.body.reasons.map((r: { code: string }) => r.code)).toEqual(['BELOW_LOWEST_GRADE']);
  });

  it('q1a = 30% scores 0 for its item and blocks grading although the building is recognised', async () => {
    const res = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, q1a: 0.3, q1b: 0.85, q3a: 0.7, q3d: 0.7 });
    expect(res.body.items[0]).toMatchObject({ item: 'q1a', score: 0 });
    expect(res.body).toMatchObject({ Q1: 20, recognised: true, grade: null });
    expect(res.body.reasons.map((r: { code: string }) => r.code)).toEqual(['Q1A_BELOW_GRADING_MINIMUM']);
  });

  it('checks the 3.0.3 conditions: 全装修, Q1 ≥ 20, Q2 ≥ 10, P ≥ 50', async () => {
    const noDeco = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, fullDecoration: false });
    expect(noDeco.body).toMatchObject({ recognised: false, grade: null });
    expect(noDeco.body.reasons.map((r: { code: string }) => r.code)).toContain('NO_FULL_DECORATION');
    const q1 = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, q1a: 0.3 });
    expect(q1.body).toMatchObject({ Q1: 15, recognised: false });
    const q2 = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, q2a: 0.5, q2d: 0.4 });
    expect(q2.body).toMatchObject({ Q2: 5, recognised: false });
    const p = await enterprise.post('/api/prefab-ratio/calculate', {
      q1a: 0.35,
      q1b: 0.7,
      q2a: 0.8,
      q2b: 0,
      q2c: 0.5,
      q2d: 0,
      q3a: 0,
      q3b: 0,
      q3c: 0,
      q3d: 0,
      fullDecoration: true,
    });
    expect(p.body).toMatchObject({ P: 46, recognised: false });
    expect(p.body.reasons.map((r: { code: string }) => r.code)).toEqual(['RATIO_BELOW_RECOGNITION', 'NOT_RECOGNISED']);
  });

  it('takes fractions at the boundary: 35 (a percentage) is refused with the field path, 0.35 accepted', async () => {
    const bad = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, q1a: 35 }, { 'accept-language': 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'q1a', code: 'too_big', message: 'A ratio is a fraction from 0 to 1 (0.35 for 35%)' }]);
    const missing = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, q2c: undefined });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('q2c');
    const region = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, region: 'atlantis' });
    expect(region.status).toBe(400);
    expect(region.body.error.details[0]).toMatchObject({ path: 'region', code: 'region_unknown_code' });
  });

  it('uses a region’s own table when it has one, and the national one otherwise', async () => {
    const hunan = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, region: 'hunan' });
    expect(hunan.body.table.id).toBe('gb51129-2017-national');
    const admin = await t.login('admin');
    // A regional variant: q1a lower bound 30% (some provinces accept 30% for vertical members).
    const table = structuredClone(GB51129_2017_NATIONAL) as unknown as Record<string, any>;
    table.id = 'hunan-2024';
    table.version = '2024.1';
    table.region = 'hunan';
    table.items[0].scoring.lower = 0.3;
    table.grading.minQ1a = 0.3;
    const created = await admin.post('/api/prefab/score-tables', { regionCode: 'hunan', table });
    expect(created.status).toBe(201);
    const again = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, q1a: 0.3, region: 'hunan' });
    expect(again.body.table).toEqual({ id: 'hunan-2024', version: '2024.1', regionCode: 'hunan' });
    expect(again.body.items[0]).toMatchObject({ item: 'q1a', score: 20 });
    const national = await enterprise.post('/api/prefab-ratio/calculate', { ...worked, q1a: 0.3, region: 'shenzhen' });
    expect(national.body.items[0]).toMatchObject({ item: 'q1a', score: 0 });
    // An inconsistent table is refused with the domain's problems, and a regulator cannot write another region's table.
    const broken = {
      ...table,
      version: '2024.2',
      groups: table.groups.map((g: { id: string; max: number }) => (g.id === 'Q1' ? { ...g, max: 60 } : g)),
    };
    const refused = await admin.post('/api/prefab/score-tables', { regionCode: 'hunan', table: broken });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].message).toMatch(/group Q1: item maxima sum to 50, group max is 60/);
    const sz = await t.login('shenzhen.regulator');
    expect((await sz.post('/api/prefab/score-tables', { regionCode: 'hunan', table: { ...table, version: '2024.3' } })).status).toBe(403);
  });

  it('needs a signed-in user', async () => {
    expect((await t.client().post('/api/prefab-ratio/calculate', worked)).status).toBe(401);
  });
});

describe('project 装配率 sheet', () => {
  let projectId: string;
  const entry = (value: number | null) => ({ value, source: 'manual', note: null, numerator: null, denominator: null });
  const inputs = {
    q1a: { value: 0.5, source: 'model', note: 'BIM', numerator: 500, denominator: 1000 },
    q1b: entry(0.75),
    q2a: entry(0.85),
    q2b: entry(null),
    q2c: entry(0.6),
    q2d: entry(0.65),
    q3a: entry(0.5),
    q3b: entry(0.8),
    q3c: entry(0.7),
    q3d: entry(null),
  };

  beforeAll(async () => {
    projectId = await createProjectForTest(t.database.db, {
      ownerOrganisationName: DEMO_ORGS.shenzhenEnterprise,
      regionCode: 'shenzhen',
      isPrefabricated: true,
    });
  });

  it('saves inputs with their sources, answers the sheet and exports it to Excel', async () => {
    const owner = await t.login('shenzhen.enterprise');
    const saved = await owner.put(`/api/projects/${projectId}/prefab`, { inputs, fullDecoration: true });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ P: 73.4, grade: 'A' });
    const sheet = await owner.get(`/api/projects/${projectId}/prefab`);
    expect(sheet.status).toBe(200);
    expect(sheet.body.saved.inputs.q1a).toEqual({ value: 0.5, source: 'model', note: 'BIM', numerator: 500, denominator: 1000 });
    expect(sheet.body.result).toMatchObject({ P: 73.4, Q4: 11, grade: 'A' });
    expect(sheet.body.history).toHaveLength(1);
    expect(sheet.body.model).toEqual({ model: null, q1a: null, q1b: null });

    const xlsx = await fetch(`${t.url}/api/projects/${projectId}/prefab/export`, { headers: { cookie: owner.cookie! } });
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const texts: string[] = [];
    ws.eachRow((r) => texts.push((r.values as unknown[]).filter((v) => v !== undefined && v !== null).join('|')));
    // P and the ratios are numbers formatted as percentages, not text (issue 19 item 14).
    let pRow: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(1).value === 'P = (Q1+Q2+Q3)/(100−Q4)') pRow = r;
    });
    expect(pRow!.getCell(2).value).toBe(0.734);
    expect(pRow!.getCell(2).numFmt).toBe('0.0%');
    let ratios = 0;
    ws.eachRow((r) => {
      const ratio = r.getCell(5);
      if (typeof ratio.value === 'number') {
        ratios++;
        expect(ratio.numFmt).toBe('0.0%');
        expect(ratio.value).toBeGreaterThanOrEqual(0);
        expect(ratio.value).toBeLessThanOrEqual(1);
      }
    });
    expect(ratios).toBeGreaterThan(0);
    expect(texts.some((l) => l.includes('BIM 模型 500/1000') && l.includes('23.3'))).toBe(true);
    expect(texts.some((l) => l.includes('评价等级（5.0.2）|A'))).toBe(true);

    const audit = await selectRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${projectId} and action = 'prefab_assessment.save'`,
    );
    expect(audit).toHaveLength(1);
  });

  it('keeps other tenants out: 404 to read, nothing changes on a write attempt', async () => {
    const other = await t.login('hunan.enterprise');
    expect((await other.get(`/api/projects/${projectId}/prefab`)).status).toBe(404);
    expect((await other.put(`/api/projects/${projectId}/prefab`, { inputs, fullDecoration: false })).status).toBe(404);
    expect((await (await t.login('hunan.regulator')).get(`/api/projects/${projectId}/prefab`)).status).toBe(404);
    const expert = await t.login('expert.wang');
    expect((await expert.get(`/api/projects/${projectId}/prefab/export`)).status).toBe(404);
    const rows = await selectRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from prefab_assessments where project_id = ${projectId}`,
    );
    expect(rows[0]!.n).toBe(1);
    expect((await (await t.login('shenzhen.regulator')).get(`/api/projects/${projectId}/prefab`)).body.result.P).toBe(73.4);
  });

  it('prefabRatio(db, projectId, asOf) reproduces the figure as of a date', async () => {
    expect(await prefabRatio(t.database.db, projectId, new Date('2000-01-01'))).toBeNull();
    const now = await prefabRatio(t.database.db, projectId);
    expect(now).toMatchObject({ P: 73.4, grade: 'A', recognised: true, table: { id: 'gb51129-2017-national', version: '2017.1' } });
  });
});
