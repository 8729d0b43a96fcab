import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';

let t: TestApp;
let hunan: ApiClient;
let ministry: ApiClient;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
  hunan = await t.login('hunan.regulator');
  ministry = await t.login('ministry');
});
afterAll(async () => t?.close());

const byCode = async (c: ApiClient, code: string) =>
  (await c.get(`/api/projects?q=${code}`)).body.items.find((p: { code: string }) => p.code === code);

async function xlsx(rows: unknown[][]): Promise<FormData> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('登记表');
  ws.addRow([
    '项目编号',
    '项目名称',
    '地区',
    '工程类别',
    '结构类型',
    '使用性质',
    '城市更新',
    '装配式',
    '地址',
    '经度',
    '纬度',
    '建筑面积(m²)',
    '长度(m)',
    '总投资(万元)',
    '组织模式',
    '计划开工',
    '计划竣工',
    '状态',
    '建设单位',
  ]);
  for (const r of rows) ws.addRow(r);
  const form = new FormData();
  form.append('file', new Blob([await wb.xlsx.writeBuffer()]), 'projects.xlsx');
  return form;
}
const OWNER = '湖南湘江建设集团有限公司（演示）';

describe('the register contract', () => {
  it('GET /api/projects lists the caller’s projects as {items,total} with id, name, region and status', async () => {
    const res = await hunan.get('/api/projects?pageSize=100');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(14);
    for (const p of res.body.items) {
      expect(p).toMatchObject({
        id: expect.any(String),
        name: expect.any(String),
        region: 'hunan',
        regionCode: 'hunan',
        status: expect.any(String),
      });
    }
    expect(new Set(res.body.items.map((p: { status: string }) => p.status))).toEqual(
      new Set(['applied', 'reviewing', 'selected', 'rejected', 'implementing', 'completed', 'summarised']),
    );
    expect((await ministry.get('/api/projects?pageSize=1')).body.total).toBe(42);
    expect((await t.client().get('/api/projects')).status).toBe(401);
  });

  it('filters by status list, category and renewal', async () => {
    const res = await hunan.get('/api/projects?status=selected,implementing&category=municipal');
    expect(res.body.items.map((p: { code: string }) => p.code)).toEqual(['HN-2021-006', 'HN-2021-007', 'HN-2021-010']);
    expect((await hunan.get('/api/projects?isRenewal=true')).body.items.map((p: { code: string }) => p.code)).toEqual([
      'HN-2021-004',
      'HN-2021-008',
      'HN-2026-001',
    ]);
    expect((await hunan.get('/api/projects?status=finished')).status).toBe(400);
  });

  it('an enterprise sees its own projects only; another region’s project answers 404', async () => {
    const sz = await t.login('shenzhen.enterprise');
    const mine = await sz.get('/api/projects?pageSize=100');
    expect(mine.body.total).toBe(14);
    expect(mine.body.items.every((p: { regionCode: string }) => p.regionCode === 'shenzhen')).toBe(true);
    const other = await byCode(hunan, 'HN-2021-001');
    expect((await sz.get(`/api/projects/${other.id}`)).status).toBe(404);
    expect((await sz.patch(`/api/projects/${other.id}`, { name: '篡改' })).status).toBe(404);
    expect((await byCode(hunan, 'HN-2021-001')).name).toBe('长沙梅溪湖国际新城二期安置房');
  });

  it('the detail page has participants with roles and the audited lifecycle history', async () => {
    const p = await byCode(hunan, 'HN-2021-001');
    const res = await hunan.get(`/api/projects/${p.id}`);
    expect(res.body.participants.map((x: { role: string }) => x.role).sort()).toEqual(['construction', 'design', 'epc', 'supervision']);
    expect(res.body.history.map((h: { to: string }) => h.to)).toEqual([
      'applied',
      'reviewing',
      'selected',
      'implementing',
      'completed',
      'summarised',
    ]);
    expect(res.body.allowedTransitions).toEqual([]);
  });
});

describe('the lifecycle', () => {
  it('moves 实施中 → 已完工 and audits it as project.transition', async () => {
    const p = await byCode(hunan, 'HN-2021-006');
    expect(p.status).toBe('implementing');
    const res = await hunan.post(`/api/projects/${p.id}/transition`, { to: 'completed', note: '竣工验收合格' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('completed');
    expect(res.body.actualFinish).toBe(new Date().toISOString().slice(0, 10));
    const [audit] = await selectRows<{ before: unknown; after: unknown; actor_name: string }>(
      t.database.db,
      sql`select before, after, actor_name from audit_log where action = 'project.transition' and entity_id = ${p.id} order by id desc limit 1`,
    );
    expect(audit).toEqual({
      before: { status: 'implementing' },
      after: { status: 'completed', note: '竣工验收合格' },
      actor_name: 'hunan.regulator',
    });
  });

  it('refuses a step that does not exist, with a clear message, and changes nothing', async () => {
    const p = await byCode(hunan, 'HN-2026-002');
    expect(p.status).toBe('applied');
    const res = await hunan.post(`/api/projects/${p.id}/transition`, { to: 'implementing' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('transition_not_allowed');
    expect(res.body.error.message).toBe('不允许的状态变更：申报 (applied) → 实施中 (implementing)');
    const done = await byCode(hunan, 'HN-2021-001');
    expect(
      (await hunan.post(`/api/projects/${done.id}/transition`, { to: 'completed' }, { 'accept-language': 'en' })).body.error.message,
    ).toBe('Status change not allowed: 已总结 (summarised) → 已完工 (completed)');
    expect((await byCode(hunan, 'HN-2026-002')).status).toBe('applied');
  });

  it('keeps review steps in the review: reviewing → selected by hand is refused', async () => {
    const p = await byCode(hunan, 'HN-2026-001');
    const res = await hunan.post(`/api/projects/${p.id}/transition`, { to: 'selected' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('transition_via_review');
  });

  it('another region’s regulator gets 404 and the status stays', async () => {
    const p = await byCode(hunan, 'HN-2021-007');
    const sz = await t.login('shenzhen.regulator');
    expect((await sz.post(`/api/projects/${p.id}/transition`, { to: 'completed' })).status).toBe(404);
    expect((await byCode(hunan, 'HN-2021-007')).status).toBe('implementing');
    const ent = await t.login('hunan.enterprise');
    expect((await ent.post(`/api/projects/${p.id}/transition`, { to: 'completed' })).status).toBe(403);
  });
});

describe('register entry', () => {
  it('validates a new project: a building needs its floor area', async () => {
    const owner = (await ministry.get(`/api/organisations?q=${encodeURIComponent('湘江建设')}`)).body.items[0];
    const res = await hunan.post('/api/projects', {
      name: '测试厂房',
      regionCode: 'hunan',
      ownerOrganisationId: owner.id,
      category: 'building',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { path: 'floorAreaM2', code: 'custom', message: '房屋建筑须填写建筑面积，市政工程须填写建筑面积或长度' },
    ]);
    const other = await hunan.post('/api/projects', {
      name: '跨区项目',
      regionCode: 'shenzhen',
      ownerOrganisationId: owner.id,
      category: 'building',
      floorAreaM2: 100,
    });
    expect(other.status).toBe(400);
    expect(other.body.error.details[0]).toMatchObject({ path: 'regionCode', code: 'region_out_of_scope' });
  });
});

describe('Excel', () => {
  it('exports the visible register with one row per project', async () => {
    const res = await fetch(`${t.url}/api/projects/export.xlsx`, { headers: { cookie: hunan.cookie! } });
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(15);
    expect(ws.getRow(1).getCell(1).value).toBe('项目编号');
    expect(ws.getRow(2).values).toEqual(
      expect.arrayContaining([
        'HN-2021-001',
        '长沙梅溪湖国际新城二期安置房',
        '湖南省',
        '房屋建筑',
        '混凝土',
        '住宅',
        '否',
        '是',
        '已总结',
        OWNER,
      ]),
    );
  });

  it('imports nothing when any row is bad, naming row, field and reason', async () => {
    const before = (await ministry.get('/api/projects?pageSize=1')).body.total;
    const form = await xlsx([
      [
        '',
        '岳麓区社区服务中心',
        '湖南省',
        '房屋建筑',
        '框架',
        '公共建筑',
        '否',
        '是',
        '',
        112.9,
        28.2,
        8000,
        '',
        3000,
        '工程总承包',
        '2026-01-01',
        '2026-12-31',
        '申报',
        OWNER,
      ],
      ['HN-2021-001', '', '湖南省', '桥梁工程', '钢', '桥梁', '否', '否', '', '', '', '', 300, '', '', '2026-13-01', '', '', OWNER],
      ['', '长沙某道路', '深圳市', '市政基础设施', '混凝土', '道路', '否', '否', '', '', '', '', 1200, '', '', '', '', '', '不存在的公司'],
      ['', '正确的一行', '湖南省', '房屋建筑', '混凝土', '住宅', '是', '否', '', '', '', 5000, '', '', '', '', '', '', OWNER],
    ]);
    const res = await hunan.post('/api/projects/import', form);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('import_rejected');
    expect(res.body.error.message).toBe('导入被拒绝：3 行有错误，未导入任何项目');
    expect(res.body.error.details.map((d: { path: string; message: string }) => `${d.path}: ${d.message}`)).toEqual([
      'rows.2.structureType: 取值无效：框架',
      'rows.3.code: 项目编号已存在',
      'rows.3.name: 必填',
      'rows.3.category: 取值无效：桥梁工程',
      'rows.3.plannedStart: 日期格式应为 YYYY-MM-DD：2026-13-01',
      'rows.4.region: 不能在其他地区登记项目',
      'rows.4.owner: 单位不存在',
    ]);
    expect((await ministry.get('/api/projects?pageSize=1')).body.total).toBe(before);
  });

  it('imports a clean file in one go, audited as project.import', async () => {
    const form = await xlsx([
      [
        'HN-IMP-001',
        '岳麓区社区服务中心',
        '湖南省',
        '房屋建筑',
        '钢结构',
        '公共建筑',
        '否',
        '是',
        '长沙市岳麓区',
        112.9,
        28.2,
        8000,
        '',
        3000,
        '工程总承包',
        '2026-01-01',
        '2026-12-31',
        '入选',
        OWNER,
      ],
      ['', '雨花区雨污分流管网', 'hunan', '市政基础设施', '', '管网', '是', '否', '', '', '', '', 5400, '', '传统', '', '', '', OWNER],
    ]);
    const res = await hunan.post('/api/projects/import', form);
    expect(res.status).toBe(200);
    expect(res.body.imported).toBe(2);
    expect(res.body.codes[0]).toBe('HN-IMP-001');
    const p = await byCode(hunan, 'HN-IMP-001');
    expect(p).toMatchObject({
      status: 'selected',
      structureType: 'steel',
      useType: 'public',
      isPrefabricated: true,
      floorAreaM2: 8000,
      organisationModel: 'epc',
      ownerOrganisationName: OWNER,
    });
    const [n] = await selectRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'project.import'`,
    );
    expect(n!.n).toBe(2);
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const form = new FormData();
    form.append('file', new Blob(['name,region\n']), 'projects.xlsx');
    const res = await hunan.post('/api/projects/import', form);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('import_file_unreadable');
  });
});

describe('public pilots', () => {
  it('answer without login with ≥10 published pilots per region and no internal fields', async () => {
    const res = await t.client().get('/api/public/pilots');
    expect(res.status).toBe(200);
    for (const region of ['hunan', 'shenzhen', 'changzhou']) {
      const mine = res.body.items.filter((p: { regionCode: string }) => p.regionCode === region);
      expect(mine.length).toBeGreaterThanOrEqual(10);
    }
    expect(new Set(res.body.items.map((p: { status: string }) => p.status))).toEqual(
      new Set(['selected', 'implementing', 'completed', 'summarised']),
    );
    expect(res.body.items[0]).not.toHaveProperty('description');
    expect(res.body.items[0]).not.toHaveProperty('ownerOrganisationId');
    const sz = await t.client().get('/api/public/pilots?regionCode=shenzhen');
    expect(sz.body.total).toBe(11);
  });
});

describe('programmes', () => {
  it('a region starts from the plan’s three phases', async () => {
    const res = await hunan.get('/api/programmes/hunan');
    expect(res.status).toBe(200);
    expect(res.body.phases.map((p: { name: string; startsOn: string; endsOn: string }) => [p.name, p.startsOn, p.endsOn])).toEqual([
      ['部署启动', '2021-01-01', '2021-03-31'],
      ['组织实施', '2021-04-01', '2023-09-30'],
      ['总结评估', '2023-10-01', '2023-12-31'],
    ]);
    expect(res.body.milestones.filter((m: { overdue: boolean }) => m.overdue).map((m: { title: string }) => m.title)).toEqual([
      '建立本地区标准部品构件库',
      '提出绿色建造政策建议并报住房和城乡建设部',
    ]);
  });

  it('a regulator cannot read or change another region’s programme', async () => {
    const before = (await ministry.get('/api/programmes/shenzhen')).body;
    expect((await hunan.get('/api/programmes/shenzhen')).status).toBe(404);
    const put = await hunan.put('/api/programmes/shenzhen', {
      title: '湖南改深圳',
      phases: before.phases.map(({ id, name, startsOn, endsOn }: Record<string, string>) => ({ id, name, startsOn, endsOn })),
      rules: before.rules,
    });
    expect(put.status).toBe(404);
    expect((await hunan.post('/api/programmes/shenzhen/milestones', { title: 'x', owner: 'y', dueOn: '2026-01-01' })).status).toBe(404);
    const after = (await ministry.get('/api/programmes/shenzhen')).body;
    expect(after.title).toBe(before.title);
    expect(after.milestones.length).toBe(before.milestones.length);
    expect((await (await t.login('expert.wang')).get('/api/programmes/hunan')).status).toBe(403);
  });

  it('edits its own programme and rules; the panel warns under the new rules', async () => {
    const cur = (await hunan.get('/api/programmes/hunan')).body;
    const phases = cur.phases.map(({ id, name, startsOn, endsOn }: Record<string, string>) => ({ id, name, startsOn, endsOn }));
    const overlap = await hunan.put('/api/programmes/hunan', {
      title: cur.title,
      phases: [phases[0], { ...phases[1], startsOn: '2021-03-01' }, phases[2]],
      rules: cur.rules,
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.details[0]).toMatchObject({ path: 'phases.1.startsOn', code: 'custom' });
    const res = await hunan.put('/api/programmes/hunan', {
      ...cur,
      phases: [...phases.slice(0, 2), { ...phases[2], endsOn: '2024-03-31' }],
      rules: { ...cur.rules, minProjects: 14, minRenewalShare: 0.2 },
    });
    expect(res.status).toBe(200);
    expect(res.body.phases[2].endsOn).toBe('2024-03-31');
    expect(res.body.milestones.length).toBe(cur.milestones.length);
    const panel = (await hunan.get('/api/programmes/hunan/representativeness')).body;
    // 11 demo pilots + HN-IMP-001 imported as 入选 = 12; renewal: 望月湖, 坡子街 → 2/12.
    expect(panel.total).toBe(12);
    expect(panel.byCategory).toEqual({ building: 9, municipal: 3 });
    expect(panel.renewal).toBe(2);
    expect(panel.warnings).toEqual([
      { code: 'too_few_projects', count: 12, min: 14 },
      { code: 'low_renewal_share', share: 0.1667, min: 0.2 },
    ]);
  });

  it('adds a milestone and marks it done', async () => {
    const m = await hunan.post('/api/programmes/hunan/milestones', {
      title: '第二批试点现场观摩会',
      owner: '湖南省住房和城乡建设厅',
      dueOn: '2020-06-30',
    });
    expect(m.status).toBe(201);
    expect(m.body).toMatchObject({ status: 'planned', overdue: true });
    const done = await hunan.patch(`/api/programmes/hunan/milestones/${m.body.id}`, { status: 'done' });
    expect(done.body).toMatchObject({
      status: 'done',
      overdue: false,
      completedOn: new Date().toISOString().slice(0, 10),
      title: '第二批试点现场观摩会',
    });
  });

  it('the ministry sees the three regions side by side; a regional regulator only their own', async () => {
    const all = (await ministry.get('/api/programmes/overview')).body;
    expect(all.items.map((r: { regionCode: string }) => r.regionCode)).toEqual(['hunan', 'shenzhen', 'changzhou']);
    expect(all.items.map((r: { overdueMilestones: unknown[] }) => r.overdueMilestones.length)).toEqual([2, 1, 3]);
    expect(all.items[1].pilots).toBe(11);
    expect(all.items[1].representativeness.warnings).toEqual([]);
    expect((await hunan.get('/api/programmes/overview')).body.items.map((r: { regionCode: string }) => r.regionCode)).toEqual(['hunan']);
  });
});
