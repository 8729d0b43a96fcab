import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { standardisationRate } from './indicators.js';

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  // Demo accounts only: this file makes its own library and projects.
  t = await startTestApp();
  await seedDemo(t.database, DEMO_PASSWORD);
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

const HEADER = [
  '编码',
  '构件类型',
  '名称',
  '尺寸1 长(mm)',
  '尺寸2 宽(mm)',
  '尺寸3 高/厚(mm)',
  '型材规格',
  '接缝(mm)',
  '材料',
  '强度等级',
  '生产厂家',
  '版本',
  '状态',
];

async function xlsx(rows: unknown[][], header = HEADER): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('库');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function upload(c: ApiClient, url: string, bytes: Uint8Array, name = 'library.xlsx') {
  const form = new FormData();
  form.append('file', new Blob([bytes as BlobPart]), name);
  return c.post(url, form);
}

const GOOD = [
  ['DBS-3012-60', '叠合板', '叠合板 3000×1200', 3000, 1200, 60, null, 10, '混凝土', 'C30', '远大住工；中建科技', '1.0', '启用'],
  ['DBS-3015-60', '叠合板', '叠合板 3000×1500', 3000, 1500, 60, null, 10, '混凝土', 'C30', '远大住工', '1.0', '启用'],
  ['DBS-3012-X', 'composite_slab', '叠合板 非模数', 3000, 1250, 60, null, null, '混凝土', 'C30', null, '1.0', '草稿'],
  ['LT-29-12', '预制楼梯', '双跑楼梯 层高 2900', 2600, 1200, 2900, null, null, '混凝土', 'C35', null, null, null],
  ['YTB-30-14', '预制阳台板', '阳台板 3000×1400', 3000, 1400, 130, null, null, '混凝土', 'C30', null, '1.0', '启用'],
];

async function specCount() {
  return (await selectRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from component_specs`))[0]!.n;
}

describe('library import (all or nothing)', () => {
  it('imports a valid sheet into the national base library', async () => {
    const res = await upload(admin, '/api/components/import?library=national', await xlsx(GOOD));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rowsTotal: 5, created: 5, updated: 0 });
    const list = await admin.get('/api/components/specs?library=national&pageSize=50');
    expect(list.body.total).toBe(5);
    const slab = list.body.items.find((s: { code: string }) => s.code === 'DBS-3012-60');
    expect(slab).toMatchObject({
      type: 'composite_slab',
      dimsMm: [3000, 1200, 60],
      actualDimsMm: [2990, 1190, 50],
      manufacturers: ['远大住工', '中建科技'],
      status: 'active',
      library: 'national',
    });
    expect(slab.modular).toMatchObject({ applicable: true, ok: true });
    expect(list.body.items.find((s: { code: string }) => s.code === 'LT-29-12')).toMatchObject({
      type: 'stair',
      version: '1.0',
      status: 'active',
    });
  });

  it('flags a non-modular dimension with the module it should follow and the nearest modular sizes', async () => {
    const res = await admin.get('/api/components/specs?modular=no');
    expect(res.body.total).toBe(1);
    const spec = res.body.items[0];
    expect(spec.code).toBe('DBS-3012-X');
    expect(spec.modular.ok).toBe(false);
    expect(spec.modular.dims[1]).toEqual({
      dim: 'width',
      label: '宽度',
      dimMm: 1250,
      expected: ['3M', '2M'],
      ok: false,
      module: null,
      reason: '宽度 1250 mm 不是 3M、2M 的整数倍，最近的模数尺寸为 1200 或 1400 mm',
      nearest: [
        { module: '3M', dimMm: 1200, deltaMm: -50 },
        { module: '2M', dimMm: 1400, deltaMm: 150 },
      ],
    });
    expect(spec.modular.dims[0]).toMatchObject({ ok: true, module: '3M', expected: ['3M', '2M'] });
    expect(spec.modular.dims[2]).toMatchObject({ ok: true, module: 'M/5', expected: ['M/2', 'M/5', 'M/10'] });
    const en = await admin.get(`/api/components/specs/${spec.id}`, { 'accept-language': 'en' });
    expect(en.body.modular.reason).toBe('Width 1250 mm is not a multiple of 3M, 2M; nearest modular size 1200 or 1400 mm');
    // The stateless check gives the same answer before a spec exists.
    const check = await admin.post('/api/components/check', { type: 'wall_panel', dimsMm: [3000, 2950, 200] });
    expect(check.body.ok).toBe(false);
    expect(check.body.dims[1]).toMatchObject({ dim: 'height', expected: ['1M'], nearest: [{ dimMm: 2900 }, { dimMm: 3000 }] });
  });

  it('rejects a sheet with bad rows, imports nothing, and names every bad cell', async () => {
    const before = await specCount();
    const rows = [
      ['NEW-OK-1', '叠合板', '本行正确', 3000, 1200, 60, null, null, null, null, null, null, null],
      ['', '叠合板', '缺编码', 3000, 1200, 60, null, null, null, null, null, null, null],
      ['BAD-2', '楼板', '未知类型', 3000, 'abc', -5, null, null, null, null, null, null, '作废'],
      ['NEW-OK-1', '预制柱', '重复编码', 600, 600, 2900, null, 700, null, null, null, null, null],
      ['BAD-4', '预制梁', '型材无尺寸', null, null, null, 'HEA', null, null, null, null, null, null],
    ];
    const res = await upload(admin, '/api/components/import?library=national', await xlsx(rows));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('component_import_rejected');
    expect(res.body.error.message).toBe('导入被拒绝：8 个单元格有误，未导入任何数据');
    expect(res.body.error.details.map((d: { path: string; code: string }) => `${d.path} ${d.code}`)).toEqual([
      'A3 cell_required',
      'B4 cell_type_unknown',
      'E4 cell_not_positive',
      'F4 cell_not_positive',
      'M4 cell_status_unknown',
      'A5 cell_code_duplicate',
      'H5 cell_joint_too_large',
      'G6 cell_profile_unparsed',
    ]);
    expect(res.body.error.details[2].message).toBe('E4 尺寸2 宽(mm)：「abc」应为大于 0 的数值（mm）');
    expect(res.body.error.details[5].message).toBe('A5 编码：编码「NEW-OK-1」在第 2 行已出现');
    expect(await specCount()).toBe(before);
    const imports = await admin.get('/api/components/imports');
    expect(imports.body.items[0]).toMatchObject({ status: 'rejected', rowsTotal: 5, created: 0 });
    expect(imports.body.items[0].errors).toHaveLength(8);
    expect(fs.readdirSync(path.join(t.dataDir, 'components', 'imports'))).toHaveLength(1); // only the accepted file stays
  });

  it('names a missing column, and refuses a file that is not a workbook by its content', async () => {
    const res = await upload(
      admin,
      '/api/components/import?library=national',
      await xlsx([['X', '叠合板', 'x', 1, 2]], ['编码', '构件类型', '名称', '尺寸1 长(mm)']),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { message: string }) => d.message)).toEqual([
      '缺少列「尺寸2 宽(mm)」',
      '缺少列「尺寸3 高/厚(mm)」',
    ]);
    const pdf = await upload(
      admin,
      '/api/components/import?library=national',
      new TextEncoder().encode('%PDF-1.7 not a sheet'),
      'library.xlsx',
    );
    expect(pdf.status).toBe(415);
    expect(pdf.body.error.code).toBe('import_not_xlsx');
    expect(fs.readdirSync(path.join(t.dataDir, 'components', 'imports')).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('lets a region extend the base library; regulators write only their own region', async () => {
    const hunan = await t.login('hunan.regulator');
    const own = await upload(
      hunan,
      '/api/components/import?library=hunan',
      await xlsx([
        ['DBS-3012-60', '叠合板', '湖南版 3000×1200（70 厚）', 3000, 1200, 70, null, null, '混凝土', 'C30', null, '2.0', '启用'],
        ['HN-KTB-1', '空调板', '空调板', 1100, 700, 80, null, null, null, null, null, null, null],
      ]),
    );
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ created: 2 });
    expect((await upload(hunan, '/api/components/import?library=national', await xlsx(GOOD))).status).toBe(403);
    expect((await upload(hunan, '/api/components/import?library=shenzhen', await xlsx(GOOD))).status).toBe(403);
    expect((await upload(await t.login('hunan.enterprise'), '/api/components/import?library=hunan', await xlsx(GOOD))).status).toBe(403);
    // Effective library for Hunan: 5 national + 2 regional − 1 national code overridden = 6.
    const eff = await hunan.get('/api/components/specs?effectiveFor=hunan&pageSize=50');
    expect(eff.body.total).toBe(6);
    expect(eff.body.items.find((s: { code: string }) => s.code === 'DBS-3012-60')).toMatchObject({
      library: 'regional',
      dimsMm: [3000, 1200, 70],
      version: '2.0',
    });
    expect((await hunan.get('/api/components/specs?effectiveFor=shenzhen&pageSize=50')).body.total).toBe(5);
  });

  it('exports the library in the import layout, so the export imports again', async () => {
    const res = await fetch(`${t.url}/api/components/export?library=national`, { headers: { cookie: admin.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(6);
    expect((ws.getRow(1).values as unknown[]).slice(1, 14)).toEqual(HEADER);
    const again = await upload(admin, '/api/components/import?library=changzhou', bytes);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: 5, updated: 0 });
  });
});

describe('project component usage', () => {
  let projectId: string;
  const SCHEDULE_HEADER = ['构件类型', '构件编号', '尺寸1(mm)', '尺寸2(mm)', '尺寸3(mm)', '型材规格', '数量', '楼层'];
  // Shenzhen uses the national library (5 specs, one of them a draft that is not matched against).
  const schedule = [
    ['叠合板', 'DB1', 3000, 1200, 60, null, 40, '3F'], // exact DBS-3012-60
    ['叠合板', 'DB2', 1200, 3000, 60, null, 20, '3F'], // exact, other orientation
    ['叠合板', 'DB3', 3003, 1500, 60, null, 10, '4F'], // within 5 mm of DBS-3015-60
    ['叠合板', 'DB4', 3300, 1200, 60, null, 8, '4F'], // non-standard, nearest DBS-3012-60 (300 mm)
    ['预制楼梯', 'LT1', 2600, 1200, 2900, null, 12, null], // exact LT-29-12
    ['预制阳台板', 'YT1', 3000, 1450, 130, null, 10, null], // non-standard, nearest YTB-30-14 (50 mm)
  ];

  beforeAll(async () => {
    projectId = await createProjectForTest(t.database.db, {
      ownerOrganisationName: DEMO_ORGS.shenzhenEnterprise,
      regionCode: 'shenzhen',
      isPrefabricated: true,
    });
  });

  it('imports a schedule and reports the standardisation rate, spec counts, repetition and non-standard specs', async () => {
    const owner = await t.login('shenzhen.enterprise');
    const res = await upload(
      owner,
      `/api/projects/${projectId}/components/schedule`,
      await xlsx(schedule, SCHEDULE_HEADER),
      'schedule.xlsx',
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ rows: 6, units: 100 });
    const s = (await owner.get(`/api/projects/${projectId}/components/summary`)).body;
    // matched = 40 + 20 + 10 + 12 = 82 of 100
    expect(s).toMatchObject({
      instances: 100,
      matched: 82,
      exact: 72,
      withinTolerance: 10,
      rate: 0.82,
      toleranceMm: 5,
      librarySpecs: 4,
      bySource: { model: 0, schedule: 100 },
    });
    expect(s.specCountByType).toEqual({ composite_slab: 3, stair: 1, balcony: 1 });
    const slabs = s.repetition.find((r: { type: string }) => r.type === 'composite_slab');
    expect(slabs).toMatchObject({ instances: 78, specs: 3, repetition: 26 });
    expect(slabs.perSpec.map((p: { code: string; instances: number }) => `${p.code}:${p.instances}`)).toEqual([
      'DBS-3012-60:60',
      'DBS-3015-60:10',
      '3300x1200x60:8',
    ]);
    expect(s.nonStandard).toHaveLength(2);
    expect(s.nonStandard[0]).toMatchObject({
      type: 'balcony',
      dimsMm: [3000, 1450, 130],
      instances: 10,
      nearest: { code: 'YTB-30-14', distanceMm: 50, name: '阳台板 3000×1400' },
    });
    expect(s.nonStandard[0].modular.ok).toBe(false);
    expect(s.nonStandard[1]).toMatchObject({
      type: 'composite_slab',
      dimsMm: [3300, 1200, 60],
      instances: 8,
      nearest: { code: 'DBS-3012-60', distanceMm: 300 },
      modular: { ok: true },
    });
    // Schedule lines have no GlobalId: nothing to highlight in a model, and the page says why.
    expect(s.nonStandard.map((g: { modelInstances: number }) => g.modelInstances)).toEqual([0, 0]);
    expect(s.instancesModelId).toBeNull();
    expect((await owner.get(`/api/projects/${projectId}/components/non-standard-elements`)).body).toEqual({
      modelId: null,
      latest: false,
      modelInstances: 0,
      scheduleInstances: 100,
      groups: [],
    });
    const inst = await owner.get(`/api/projects/${projectId}/components/instances?match=none`);
    expect(inst.body.total).toBe(2);
    expect(inst.body.items.map((i: { name: string }) => i.name).sort()).toEqual(['DB4', 'YT1']);
  });

  it('changes the result when the tolerance changes (0 mm: the 3003 mm slab no longer matches)', async () => {
    const owner = await t.login('shenzhen.enterprise');
    const settings = (await owner.get(`/api/projects/${projectId}/components/settings`)).body;
    expect(settings.custom).toBe(false);
    expect((await owner.put(`/api/projects/${projectId}/components/settings`, { rules: settings.rules, toleranceMm: 0 })).status).toBe(204);
    expect((await owner.get(`/api/projects/${projectId}/components/summary`)).body).toMatchObject({ matched: 72, rate: 0.72 });
    expect((await owner.put(`/api/projects/${projectId}/components/settings`, { rules: settings.rules, toleranceMm: 5 })).status).toBe(204);
    const bad = await owner.put(`/api/projects/${projectId}/components/settings`, {
      rules: [{ componentType: 'beam', ifcClass: 'beam', dimsFrom: 'profile' }],
      toleranceMm: -1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['rules.0.ifcClass', 'toleranceMm']);
  });

  it('refuses a schedule with bad cells and keeps the previous instances', async () => {
    const owner = await t.login('shenzhen.enterprise');
    const res = await upload(
      owner,
      `/api/projects/${projectId}/components/schedule`,
      await xlsx(
        [
          ['叠合板', 'X', 3000, 1200, 60, null, 0, null],
          ['桁架', 'Y', 1, 1, 1, null, 1, null],
        ],
        SCHEDULE_HEADER,
      ),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['G2', 'A3']);
    expect((await owner.get(`/api/projects/${projectId}/components/summary`)).body.instances).toBe(100);
  });

  it('keeps other tenants out: 404 on read and write, nothing changes', async () => {
    const hunanEnt = await t.login('hunan.enterprise');
    expect((await hunanEnt.get(`/api/projects/${projectId}/components/summary`)).status).toBe(404);
    expect((await hunanEnt.get(`/api/projects/${projectId}/components/instances`)).status).toBe(404);
    expect(
      (
        await upload(
          hunanEnt,
          `/api/projects/${projectId}/components/schedule`,
          await xlsx([['叠合板', 'X', 3000, 1200, 60, null, 1, null]], SCHEDULE_HEADER),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await hunanEnt.put(`/api/projects/${projectId}/components/settings`, {
          rules: [{ componentType: 'beam', ifcClass: 'IfcBeam', dimsFrom: 'profile' }],
          toleranceMm: 1,
        })
      ).status,
    ).toBe(404);
    expect((await hunanEnt.post(`/api/projects/${projectId}/components/extract`)).status).toBe(404);
    expect((await hunanEnt.get(`/api/projects/${projectId}/components/non-standard-elements`)).status).toBe(404);
    expect((await (await t.login('hunan.regulator')).get(`/api/projects/${projectId}/components/summary`)).status).toBe(404);
    expect((await (await t.login('expert.li')).get(`/api/projects/${projectId}/components/summary`)).status).toBe(404);
    const owner = await t.login('shenzhen.enterprise');
    const s = (await owner.get(`/api/projects/${projectId}/components/summary`)).body;
    expect(s).toMatchObject({ instances: 100, matched: 82, toleranceMm: 5 });
    expect((await (await t.login('shenzhen.regulator')).get(`/api/projects/${projectId}/components/summary`)).body.rate).toBe(0.82);
    // The overview lists it for Shenzhen and not for Hunan.
    expect((await owner.get('/api/prefab/projects')).body.items.map((p: { id: string }) => p.id)).toContain(projectId);
    expect((await hunanEnt.get('/api/prefab/projects')).body.items.map((p: { id: string }) => p.id)).not.toContain(projectId);
  });

  it('answers 409 when asked to read a model the project does not have', async () => {
    const owner = await t.login('shenzhen.enterprise');
    const res = await owner.post(`/api/projects/${projectId}/components/extract`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('no_bim_model');
  });

  it('standardisationRate(db, projectId, asOf) for the evaluation', async () => {
    expect(await standardisationRate(t.database.db, projectId)).toMatchObject({
      rate: 0.82,
      matched: 82,
      total: 100,
      specCountByType: { composite_slab: 3, stair: 1, balcony: 1 },
    });
    expect(await standardisationRate(t.database.db, projectId, new Date('2000-01-01'))).toMatchObject({ rate: null, total: 0 });
  });
});

describe('demo seeder', () => {
  it('seeds the national demo library and prefabricated demo projects once', async () => {
    const { componentsDemoSeeder } = await import('./seed.js');
    // The 装配率 inputs of the same demo projects are the prefab module's demo, run after this one.
    const { prefabDemoSeeder } = await import('../prefab/index.js');
    const demoId = await createProjectForTest(t.database.db, {
      ownerOrganisationName: DEMO_ORGS.changzhouEnterprise,
      regionCode: 'changzhou',
      isPrefabricated: true,
    });
    // Test-only: mark the fixture project as a demo project, as the projects seeder would.
    await t.database.db.execute(sql`update projects set is_demo = true where id = ${demoId}`);
    const logs: string[] = [];
    for (const seeder of [componentsDemoSeeder, prefabDemoSeeder, componentsDemoSeeder, prefabDemoSeeder])
      await seeder.seed(t.database, { password: DEMO_PASSWORD, log: (m) => logs.push(m) });
    // DBS-3012-60 and DBS-3015-60 were imported above, so the seeder leaves them and adds the other 18.
    expect(logs).toEqual(['  构件库：国家基础库演示规格 18 条', '  构件标准化：演示项目 1 个', '  装配率：演示项目 1 个']);
    const demo = await admin.get('/api/components/specs?library=national&q=KTB&pageSize=50');
    expect(demo.body.items.map((s: { code: string; modular: { ok: boolean } }) => `${s.code}:${s.modular.ok}`)).toEqual([
      'KTB-1100-630:false',
      'KTB-1100-700:true',
    ]);
    const owner = await t.login('changzhou.enterprise');
    const s = (await owner.get(`/api/projects/${demoId}/components/summary`)).body;
    expect(s.instances).toBe(1680);
    expect(s.nonStandard.map((g: { instances: number }) => g.instances)).toEqual([48, 36]);
    expect((await owner.get(`/api/projects/${demoId}/prefab`)).body.result).toMatchObject({ P: 84.1, grade: 'AA', recognised: true });
  });
});

describe('one spec at a time (the library page form)', () => {
  const auditOf = (id: string) =>
    selectRows<{
      action: string;
      before: { dimsMm?: number[]; version?: string } | null;
      after: { dimsMm?: number[]; version?: string; status?: string };
    }>(
      t.database.db,
      sql`select action, before, after from audit_log where entity_type = 'component_spec' and entity_id = ${id} order by id`,
    );
  let hunanSpecId: string;

  it('adds a regional spec and answers its modular check; the audit log keeps it', async () => {
    const hunan = await t.login('hunan.regulator');
    const res = await hunan.post('/api/components/specs', {
      regionCode: 'hunan',
      code: 'HN-YTB-3014',
      type: 'balcony',
      name: '湖南阳台板 3000×1450',
      dimsMm: [3000, 1450, 130],
      jointMm: 10,
      material: '混凝土',
      grade: 'C30',
      manufacturers: ['湖南远大（演示）'],
      version: '2024.1',
    });
    expect(res.status).toBe(201);
    hunanSpecId = res.body.id;
    expect(res.body).toMatchObject({
      regionCode: 'hunan',
      library: 'regional',
      code: 'HN-YTB-3014',
      status: 'active',
      dimsMm: [3000, 1450, 130],
      actualDimsMm: [2990, 1440, 120],
      jointMm: 10,
      manufacturers: ['湖南远大（演示）'],
      version: '2024.1',
    });
    // 1450 mm is on neither 3M nor 2M: flagged on that dimension with the nearest modular sizes.
    expect(res.body.modular.ok).toBe(false);
    expect(res.body.modular.dims.map((d: { ok: boolean }) => d.ok)).toEqual([true, false, true]);
    expect(res.body.modular.dims[1].nearest.map((n: { dimMm: number }) => n.dimMm).sort()).toEqual([1400, 1500]);
    expect(res.body.modular.reason).toContain('挑出深度 1450 mm 不是 3M、2M 的整数倍');
    expect(
      (await hunan.get('/api/components/specs?library=hunan&q=HN-YTB&pageSize=50')).body.items.map((x: { code: string }) => x.code),
    ).toEqual(['HN-YTB-3014']);
    expect((await auditOf(hunanSpecId)).map((a) => [a.action, a.after.dimsMm])).toEqual([['component_spec.create', [3000, 1450, 130]]]);
  });

  it('reads a steel section’s sizes from its designation (no modular check) in the national library', async () => {
    const res = await admin.post('/api/components/specs', {
      code: 'GB-HN400',
      type: 'beam',
      name: '热轧 H 型钢梁',
      profile: 'HN400*200',
      material: 'Q355B',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      regionCode: null,
      library: 'national',
      profile: 'HN400*200',
      dimsMm: [400, 200],
      modular: { applicable: false, ok: null },
    });
  });

  it('refuses bad fields with one detail per field, and writes nothing', async () => {
    const hunan = await t.login('hunan.regulator');
    const before = await specCount();
    const base = { regionCode: 'hunan', type: 'stair', name: '楼梯', code: 'HN-LT-1' };
    const zodBad = await hunan.post('/api/components/specs', { ...base, code: 'bad code', name: '', dimsMm: [2600, -1, 2900] });
    expect(zodBad.status).toBe(400);
    expect(zodBad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['code', 'dimsMm.1', 'name']);
    expect(zodBad.body.error.details.find((d: { path: string }) => d.path === 'code').message).toBe(
      '编码只能包含字母、数字和 - _ . /，且以字母或数字开头',
    );
    const cross = await hunan.post('/api/components/specs', { ...base, dimsMm: [2600, 800], jointMm: 900 });
    expect(cross.status).toBe(400);
    expect(cross.body.error.details).toEqual([
      { path: 'dimsMm', code: 'spec_needs_three_dims', message: '预制构件需填写三个尺寸（长、宽、高/厚）' },
      { path: 'jointMm', code: 'spec_joint_too_large', message: '接缝 900 mm 不小于构件尺寸' },
    ]);
    const profile = await hunan.post('/api/components/specs', { ...base, type: 'beam', profile: 'HALFEN' }, { 'accept-language': 'en' });
    expect(profile.body.error.details).toEqual([
      { path: 'profile', code: 'spec_profile_unparsed', message: 'No dimensions can be read from profile "HALFEN"' },
    ]);
    const taken = await hunan.post('/api/components/specs', { ...base, code: 'hn-ytb-3014', dimsMm: [2600, 1200, 2900] });
    expect(taken.status).toBe(400);
    expect(taken.body.error.details).toMatchObject([{ path: 'code', code: 'component_code_taken' }]);
    const region = await hunan.post('/api/components/specs', { ...base, regionCode: 'atlantis', dimsMm: [2600, 1200, 2900] });
    expect(region.body.error.details).toMatchObject([{ path: 'regionCode', code: 'region_unknown_code' }]);
    expect(await specCount()).toBe(before);
  });

  it('lets a regulator write their own region only; other roles are refused', async () => {
    const hunan = await t.login('hunan.regulator');
    const body = { type: 'stair', name: '楼梯', code: 'HN-LT-2', dimsMm: [2600, 1200, 2900] };
    expect((await hunan.post('/api/components/specs', { ...body, regionCode: 'shenzhen' })).body.error.code).toBe('library_forbidden');
    expect((await hunan.post('/api/components/specs', { ...body, regionCode: null })).status).toBe(403);
    expect((await (await t.login('hunan.enterprise')).post('/api/components/specs', { ...body, regionCode: 'hunan' })).status).toBe(403);
    expect((await (await t.login('expert.li')).patch(`/api/components/specs/${hunanSpecId}`, { version: 'x' })).status).toBe(403);
    expect((await (await t.login('shenzhen.regulator')).patch(`/api/components/specs/${hunanSpecId}`, { version: 'x' })).status).toBe(403);
    expect((await hunan.patch('/api/components/specs/00000000-0000-4000-8000-000000000000', { version: 'x' })).status).toBe(404);
    expect((await hunan.get(`/api/components/specs/${hunanSpecId}`)).body.version).toBe('2024.1');
  });

  it('edits a spec: the check follows the new sizes, code and type stay, and the audit keeps before and after', async () => {
    const hunan = await t.login('hunan.regulator');
    const res = await hunan.patch(`/api/components/specs/${hunanSpecId}`, {
      dimsMm: [3000, 1400, 130],
      version: '2024.2',
      status: 'draft',
      manufacturers: ['湖南远大（演示）', '中建科技'],
      code: 'CHANGED',
      type: 'stair',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code: 'HN-YTB-3014',
      type: 'balcony',
      dimsMm: [3000, 1400, 130],
      version: '2024.2',
      status: 'draft',
      manufacturers: ['湖南远大（演示）', '中建科技'],
      modular: { ok: true, reason: null },
    });
    const badJoint = await hunan.patch(`/api/components/specs/${hunanSpecId}`, { jointMm: 130 });
    expect(badJoint.body.error.details).toMatchObject([{ path: 'jointMm', code: 'spec_joint_too_large' }]);
    // A steel section edited to another designation takes that designation's sizes.
    const steel = (await admin.get('/api/components/specs?library=national&q=GB-HN400')).body.items[0];
    expect((await admin.patch(`/api/components/specs/${steel.id}`, { profile: 'HN300*150' })).body).toMatchObject({
      profile: 'HN300*150',
      dimsMm: [300, 150],
    });
    expect((await auditOf(hunanSpecId)).map((a) => [a.action, a.before?.dimsMm ?? null, a.after.dimsMm, a.after.version])).toEqual([
      ['component_spec.create', null, [3000, 1450, 130], '2024.1'],
      ['component_spec.update', [3000, 1450, 130], [3000, 1400, 130], '2024.2'],
    ]);
  });
});
