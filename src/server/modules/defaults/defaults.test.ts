// 默认值采用 (issue 20): a regional regulator adopts a standards-derived default for its region, as published or with
// its own value; the decision is audited with who and when, and the catalogues show a basis in Chinese, never the
// maintainers' research notes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { INTERNAL_PROVENANCE } from '../../../domain/standards/index.js';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';

let t: TestApp;
let hunan: ApiClient;
let shenzhen: ApiClient;
let ministry: ApiClient;

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  hunan = await t.login('hunan.regulator');
  shenzhen = await t.login('shenzhen.regulator');
  ministry = await t.login('ministry');
}, 300_000);
afterAll(() => t?.close());

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('adopting a default for a region', () => {
  it('records a regional regulator’s adoption with who and when, shows it, and audits it', async () => {
    const factor = (await hunan.get('/api/carbon/factors?kind=material')).body.items[0] as { id: string; value: number };
    const res = await hunan.post('/api/defaults/adoptions', { kind: 'carbon_factor', key: factor.id });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'carbon_factor', key: factor.id, regionCode: 'hunan', value: null });
    expect(res.body.label).toBe(`湖南省住房和城乡建设厅（演示） ${chinaToday()} 采用`);

    const list = await shenzhen.get(`/api/defaults/adoptions?kind=carbon_factor&regionCode=hunan`);
    expect(list.body.items.map((a: { key: string }) => a.key)).toEqual([factor.id]);

    const audit = await ministry.get(`/api/audit?action=default.adopt&entityId=${res.body.id}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ actorName: 'hunan.regulator', regionCode: 'hunan' });

    // Editing: the region adopts its own value; the row is replaced, the audit keeps both decisions.
    const edited = await hunan.post('/api/defaults/adoptions', { kind: 'carbon_factor', key: factor.id, value: factor.value * 0.9 });
    expect(edited.status).toBe(201);
    expect(edited.body.id).toBe(res.body.id);
    expect(edited.body.label).toContain(`修改为 ${factor.value * 0.9} 并采用`);
    expect((await ministry.get(`/api/audit?action=default.adopt&entityId=${res.body.id}`)).body.items).toHaveLength(2);

    const withdrawn = await hunan.delete(`/api/defaults/adoptions/${res.body.id}`);
    expect(withdrawn.status).toBe(204);
    expect((await hunan.get('/api/defaults/adoptions?kind=carbon_factor&regionCode=hunan')).body.items).toEqual([]);
  });

  it('keeps a regulator to its own region, and asks the ministry which region', async () => {
    const other = await shenzhen.post('/api/defaults/adoptions', { kind: 'site_rule', key: 'pm10', regionCode: 'hunan' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('default_region_forbidden');

    const noRegion = await ministry.post('/api/defaults/adoptions', { kind: 'site_rule', key: 'pm10' });
    expect(noRegion.status).toBe(400);
    expect(noRegion.body.error.details[0].path).toBe('regionCode');

    const unknown = await ministry.post('/api/defaults/adoptions', { kind: 'site_rule', key: 'pm10', regionCode: 'atlantis' });
    expect(unknown.status).toBe(400);

    const byMinistry = await ministry.post('/api/defaults/adoptions', { kind: 'site_rule', key: 'pm10', regionCode: 'changzhou' });
    expect(byMinistry.status).toBe(201);
    expect(byMinistry.body.label).toMatch(/^住房和城乡建设部（演示） \d{4}-\d{2}-\d{2} 采用$/);

    const enterprise = await t.login('hunan.enterprise');
    expect((await enterprise.post('/api/defaults/adoptions', { kind: 'site_rule', key: 'pm10' })).status).toBe(403);

    const badKind = await hunan.post('/api/defaults/adoptions', { kind: 'recipes', key: 'x' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.details[0].path).toBe('kind');

    // Shenzhen cannot withdraw Changzhou's decision.
    expect((await shenzhen.delete(`/api/defaults/adoptions/${byMinistry.body.id}`)).status).toBe(403);
  });
});

describe('catalogues show a basis in Chinese, never internal provenance', () => {
  it('carbon factors, evaluation schemes, PM10 rules, 装配率 score tables and waste targets', async () => {
    const reader = await t.login('hunan.enterprise');
    const bodies: Array<[string, unknown]> = [];
    for (const kind of ['material', 'transport', 'energy'])
      bodies.push([`factors ${kind}`, (await reader.get(`/api/carbon/factors?kind=${kind}`)).body]);
    const factor = (bodies[0]![1] as { items: Array<{ id: string; basis: string }> }).items[0]!;
    expect(factor.basis.length).toBeGreaterThan(0);
    bodies.push(['revisions', (await reader.get(`/api/carbon/factors/${factor.id}/revisions`)).body]);
    const schemes = await reader.get('/api/evaluation/schemes');
    bodies.push(['schemes', schemes.body]);
    for (const s of schemes.body.items as Array<{ id: string }>)
      bodies.push([`scheme ${s.id}`, (await reader.get(`/api/evaluation/schemes/${s.id}`)).body]);
    bodies.push(['site rules', (await reader.get('/api/site/rules')).body]);
    bodies.push(['score tables', (await reader.get('/api/prefab/score-tables')).body]);
    bodies.push(['waste targets', (await reader.get('/api/waste/targets')).body]);
    for (const [name, body] of bodies) {
      const text = JSON.stringify(body);
      expect(text.length, name).toBeGreaterThan(20);
      expect(text.match(INTERNAL_PROVENANCE)?.[0] ?? null, name).toBeNull();
    }
    const hunanPm10 = (
      bodies.find(([n]) => n === 'site rules')![1] as { items: Array<{ regionCode: string | null; metric: string; basis: string | null }> }
    ).items.find((r) => r.regionCode === 'hunan' && r.metric === 'pm10');
    expect(hunanPm10?.basis).toBe('地方默认值');
  });

  it('the 装配率 Excel names the table and its basis in row 2, with no research notes or web address', async () => {
    const projects = (await ministry.get('/api/prefab/projects')).body.items as Array<{ id: string }>;
    const res = await fetch(`${t.url}/api/projects/${projects[0]!.id}/prefab/export`, { headers: { cookie: ministry.cookie! } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const row2 = String(wb.worksheets[0]!.getRow(2).getCell(1).value);
    expect(row2).toMatch(/^评分表 .+；依据：GB\/T 51129-2017/);
    const all = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join('\n');
    expect(all.match(INTERNAL_PROVENANCE)?.[0] ?? null).toBeNull();
  });
});
