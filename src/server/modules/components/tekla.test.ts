// The shared Tekla model (ISSUE_021_Mini_Project.ifc): upload it through the bim module, build a library from its own
// beam and column profiles, and match. Expected numbers are counted independently from the bim element rows, then
// pinned to the values observed (1,949 beams and 26 columns per testdata/ifc/SOURCES.md).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { listModelElements } from '../bim/index.js';
import { IFC_TESTDATA_DIR } from '../../testing/sharedData.js';

const TEKLA = path.join(IFC_TESTDATA_DIR, 'ISSUE_021_Mini_Project.ifc');

let t: TestApp;
let owner: ApiClient;
let regulator: ApiClient;
let projectId: string;
const beams = new Map<string, number>(); // profile → instances
const columns = new Map<string, number>();
let unprofiled = 0;

async function upload(c: ApiClient, url: string, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.append('file', new Blob([bytes as BlobPart]), name);
  return c.post(url, form);
}

async function libraryXlsx(specs: Array<{ code: string; type: string; profile: string }>) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('lib');
  ws.addRow(['编码', '构件类型', '名称', '尺寸1 长(mm)', '尺寸2 宽(mm)', '尺寸3 高/厚(mm)', '型材规格', '材料']);
  for (const s of specs) ws.addRow([s.code, s.type, `${s.type} ${s.profile}`, null, null, null, s.profile, '钢材']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.database, DEMO_PASSWORD);
  owner = await t.login('hunan.enterprise');
  regulator = await t.login('hunan.regulator');
  projectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
    regionCode: 'hunan',
    isPrefabricated: true,
  });
  const up = await upload(owner, `/api/projects/${projectId}/bim/models`, fs.readFileSync(TEKLA), 'ISSUE_021_Mini_Project.ifc');
  expect(up.status).toBe(202);
  const deadline = Date.now() + 170_000;
  for (;;) {
    const m = await owner.get(`/api/bim/models/${up.body.id}`);
    if (m.body.status === 'ready') break;
    if (m.body.status === 'failed' || Date.now() > deadline) throw new Error(`model ${m.body.status}: ${m.body.errorDetail}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  // Independent count from the element rows: instances per profile designation (IfcObject.ObjectType).
  const { items } = await listModelElements(t.database.db, projectId, { ifcClass: ['IfcBeam', 'IfcColumn'] });
  for (const el of items) {
    const profile = el.objectType?.trim();
    if (!profile || !/\d/.test(profile)) {
      unprofiled++;
      continue;
    }
    const m = el.ifcClass === 'IfcBeam' ? beams : columns;
    m.set(profile, (m.get(profile) ?? 0) + 1);
  }
}, 200_000);
afterAll(async () => t?.close());

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('Tekla model matched against a library built from its own profiles', () => {
  it('finds the model’s beams and columns (SOURCES.md: 1,949 beams, 26 columns)', () => {
    expect(sum(beams) + unprofiled).toBe(1949 + 26 - sum(columns));
    expect(sum(columns)).toBe(26);
    expect(sum(beams)).toBe(1949);
    expect(unprofiled).toBe(0);
    expect(beams.size).toBe(78);
    expect(columns.size).toBe(5);
  });

  it('with every profile in the library: 100% standard, 78 beam specs and 5 column specs', async () => {
    const specs = [
      ...[...beams.keys()].sort().map((p, i) => ({ code: `TK-B-${String(i + 1).padStart(3, '0')}`, type: '预制梁', profile: p })),
      ...[...columns.keys()].sort().map((p, i) => ({ code: `TK-C-${String(i + 1).padStart(3, '0')}`, type: '预制柱', profile: p })),
    ];
    const imported = await upload(regulator, '/api/components/import?library=hunan', await libraryXlsx(specs), 'tekla-library.xlsx');
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ rowsTotal: 83, created: 83 });

    const rules = [
      { componentType: 'beam', ifcClass: 'IfcBeam', dimsFrom: 'profile' },
      { componentType: 'column', ifcClass: 'IfcColumn', dimsFrom: 'profile' },
    ];
    expect((await owner.put(`/api/projects/${projectId}/components/settings`, { rules, toleranceMm: 0 })).status).toBe(204);
    const extracted = await owner.post(`/api/projects/${projectId}/components/extract`);
    expect(extracted.status).toBe(200);
    expect(extracted.body).toMatchObject({ instances: 1975, withoutDimensions: 0 });

    const s = (await owner.get(`/api/projects/${projectId}/components/summary`)).body;
    expect(s).toMatchObject({
      instances: 1975,
      matched: 1975,
      exact: 1975,
      withinTolerance: 0,
      rate: 1,
      librarySpecs: 83,
      nonStandard: [],
    });
    expect(s.model.label).toBe('ISSUE_021_Mini_Project.ifc v1');
    expect(s.specCountByType).toEqual({ beam: beams.size, column: columns.size });
    expect(s.specCountByType).toEqual({ beam: 78, column: 5 });
    const beamRep = s.repetition.find((r: { type: string }) => r.type === 'beam');
    expect(beamRep).toMatchObject({ instances: 1949, specs: 78, repetition: 24.99 });
    // The most used beam profile is PL5*30 with 322 instances (counted above from the element rows).
    const top = [...beams.entries()].sort((a, b) => b[1] - a[1])[0]!;
    expect(top).toEqual(['PL5*30', 322]);
    expect(beamRep.perSpec[0]).toMatchObject({ instances: 322 });
    expect(s.repetition.find((r: { type: string }) => r.type === 'column')).toMatchObject({ instances: 26, specs: 5, repetition: 5.2 });
  });

  it('with only the profiles used at least 10 times: the rate and the non-standard list follow exactly', async () => {
    const rare = (m: Map<string, number>) => [...m.entries()].filter(([, n]) => n < 10);
    const rareBeams = rare(beams);
    const rareColumns = rare(columns);
    const rareUnits = [...rareBeams, ...rareColumns].reduce((a, [, n]) => a + n, 0);
    // Withdraw the rare profiles from the library (specs stay, but only active specs are matched).
    const lib = (await regulator.get('/api/components/specs?library=hunan&pageSize=500')).body.items as Array<{
      id: string;
      code: string;
      profile: string;
      type: string;
    }>;
    const rareSet = new Set([...rareBeams.map(([p]) => `beam|${p}`), ...rareColumns.map(([p]) => `column|${p}`)]);
    for (const spec of lib.filter((s) => rareSet.has(`${s.type}|${s.profile}`))) {
      expect((await regulator.patch(`/api/components/specs/${spec.id}`, { status: 'withdrawn' })).status).toBe(200);
    }
    const s = (await owner.get(`/api/projects/${projectId}/components/summary`)).body;
    expect(s.matched).toBe(1975 - rareUnits);
    expect(s.rate).toBeCloseTo((1975 - rareUnits) / 1975, 12);
    expect(s.nonStandard).toHaveLength(rareBeams.length + rareColumns.length);
    // Observed: 45 beam profiles and 4 column profiles are used fewer than 10 times, 168 instances in all.
    expect([rareBeams.length, rareColumns.length, rareUnits]).toEqual([45, 4, 168]);
    expect(s).toMatchObject({ matched: 1807, instances: 1975, librarySpecs: 34 });
    expect(s.rate).toBeCloseTo(1807 / 1975, 12);
    // Spec counts do not change: an unmatched size is still one more 规格 in the project.
    expect(s.specCountByType).toEqual({ beam: 78, column: 5 });
    // Each non-standard size names the nearest remaining spec of its section family, when the family has one.
    const family = (p: string) => /^[^0-9]*/.exec(p.toUpperCase())![0];
    const profileOf = new Map(lib.map((l) => [l.code, l.profile]));
    const withNearest = s.nonStandard.filter((g: { nearest: unknown }) => g.nearest);
    expect(withNearest.length).toBeGreaterThan(0);
    for (const g of withNearest) expect(family(profileOf.get(g.nearest.code)!)).toBe(family(g.profile));
    // PL250*3000 (9 beams) is rare; its nearest remaining plate is PL200*3200, 200 mm off on the length.
    const pl = s.nonStandard.find((g: { profile: string }) => g.profile === 'PL250*3000');
    expect({ n: pl.instances, dims: pl.dimsMm, nearest: profileOf.get(pl.nearest.code), d: pl.nearest.distanceMm }).toEqual({
      n: 9,
      dims: [250, 3000],
      nearest: 'PL200*3200',
      d: 200,
    });
    expect(pl.modelInstances).toBe(9);

    // For the 3D highlight: every non-standard instance's GlobalId, per size, in the model they were recognised in.
    const hl = (await owner.get(`/api/projects/${projectId}/components/non-standard-elements`)).body;
    expect(hl).toMatchObject({ modelId: s.model.id, latest: true, modelInstances: 1975, scheduleInstances: 0 });
    expect(hl.groups.map((g: { specKey: string }) => g.specKey)).toEqual(s.nonStandard.map((g: { specKey: string }) => g.specKey));
    const ids = hl.groups.flatMap((g: { globalIds: string[] }) => g.globalIds) as string[];
    expect(ids).toHaveLength(168);
    expect(new Set(ids).size).toBe(168);
    const { items } = await listModelElements(t.database.db, projectId, { ifcClass: ['IfcBeam', 'IfcColumn'] });
    const profileByGuid = new Map(items.map((el) => [el.globalId, el.objectType?.trim()]));
    const plIds = hl.groups.find((g: { specKey: string }) => g.specKey === pl.specKey).globalIds as string[];
    expect(plIds.map((id) => profileByGuid.get(id))).toEqual(Array(9).fill('PL250*3000'));
  });

  it('derives q1a from the model: precast share of vertical member volume', async () => {
    const sheet = (await owner.get(`/api/projects/${projectId}/prefab`)).body;
    expect(sheet.model.model.label).toBe('ISSUE_021_Mini_Project.ifc v1');
    // Every column is recognised as precast by the rules, so q1a = 1; the total is the columns' volume (SOURCES.md 15.02 m³).
    expect(sheet.model.q1a).toMatchObject({ value: 1, unit: 'm3', elements: 26, precastElements: 26, unmeasured: 0 });
    expect(sheet.model.q1a.denominator).toBeCloseTo(15.02, 2);
  });
});
