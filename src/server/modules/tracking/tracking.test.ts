import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { createProjectForTest } from '../projects/fixtures.js';
import { createOrganisation, createUser } from '../accounts/index.js';
import type { IndicatorRegistry } from '../../platform/indicators.js';
import type { PlanTarget } from '../planning/index.js';
import { latestSnapshots, monthsDue, runSnapshots } from './store.js';
import { trackingSnapshots } from './tables.js';

// Plan targets come from the planning capability; here they are fixed per project so the dashboard rows are known.
// (Test files share modules in a worker, so the source is replaced through the module's seam, not vi.mock, and restored.)

let t: TestApp;
let registry: IndicatorRegistry;
const c: Record<string, ApiClient> = {};
let A: string; // Hunan, owned by the Hunan enterprise
let B: string; // Hunan
let C: string; // Shenzhen
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ORGS = { hunan: '湖南湘江建设集团有限公司（测试）', shenzhen: '深圳鹏城建工集团有限公司（测试）' };

type TargetInput = Omit<PlanTarget, 'planId' | 'aspect'>;
const target = (indicatorKey: string, targetValue: number, direction: PlanTarget['direction'], unit = '%'): TargetInput => ({
  indicatorKey,
  name: indicatorKey,
  targetValue,
  unit,
  direction,
  dueDate: '2026-06-30',
});

async function upsert(rows: Array<{ projectId: string; month: string; indicatorKey: string; value: number | null }>) {
  const { sql } = await import('drizzle-orm');
  await t.database.db
    .insert(trackingSnapshots)
    .values(rows)
    .onConflictDoUpdate({
      target: [trackingSnapshots.projectId, trackingSnapshots.month, trackingSnapshots.indicatorKey],
      set: { value: sql`excluded.value` },
    });
}

/** Gives a project an approved 绿色策划 with these construction targets, the way users do: draft, submit, approve. */
async function approvePlan(projectId: string, targets: TargetInput[]) {
  const draft = await c['hunan.enterprise']!.put(`/api/planning/projects/${projectId}/plan`, { aspects: { construction: { targets } } });
  expect(draft.status, draft.text).toBe(200);
  const submitted = await c['hunan.enterprise']!.post(`/api/planning/projects/${projectId}/plan/submit`, {});
  expect(submitted.status, submitted.text).toBe(200);
  const approved = await c['hunan.regulator']!.post(`/api/planning/projects/${projectId}/plan/approve`, {});
  expect(approved.status, approved.text).toBe(200);
}

async function upload(client: ApiClient, project: string, bytes: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return client.post(`/api/tracking/projects/${project}/evidence`, form);
}

beforeAll(async () => {
  t = await startTestApp({ env: { UPLOAD_LIMIT_BYTES: '4096' } });
  const actor = { id: null, name: 'test', role: null, ip: null };
  await t.database.db.transaction(async (tx) => {
    const hn = await createOrganisation(tx, actor, { name: ORGS.hunan, kind: 'enterprise', regionCode: 'hunan' });
    const sz = await createOrganisation(tx, actor, { name: ORGS.shenzhen, kind: 'enterprise', regionCode: 'shenzhen' });
    const ministry = await createOrganisation(tx, actor, { name: '住房和城乡建设部（测试）', kind: 'ministry' });
    const user = (username: string, role: 'enterprise' | 'regulator', organisationId: string | null, regionCode: string | null = null) =>
      createUser(tx, actor, { username, displayName: username, role, organisationId, regionCode, password: DEMO_PASSWORD });
    await user('hunan.enterprise', 'enterprise', hn.id);
    await user('shenzhen.enterprise', 'enterprise', sz.id);
    await user('hunan.regulator', 'regulator', null, 'hunan');
    await user('shenzhen.regulator', 'regulator', null, 'shenzhen');
    await user('ministry', 'regulator', ministry.id, null);
  });
  A = await createProjectForTest(t.database.db, { ownerOrganisationName: ORGS.hunan, regionCode: 'hunan', name: 'A 长沙' });
  B = await createProjectForTest(t.database.db, { ownerOrganisationName: ORGS.hunan, regionCode: 'hunan', name: 'B 株洲' });
  C = await createProjectForTest(t.database.db, { ownerOrganisationName: ORGS.shenzhen, regionCode: 'shenzhen', name: 'C 深圳' });
  for (const name of ['admin', 'hunan.enterprise', 'shenzhen.enterprise', 'hunan.regulator', 'shenzhen.regulator', 'ministry'])
    c[name] = await t.login(name);
  for (const [id, start] of [
    [A, '2025-01-15'],
    [B, '2025-06-01'],
    [C, '2025-03-01'],
  ] as const) {
    const r = await c.admin!.patch(`/api/projects/${id}`, { plannedStart: start, actualStart: start, plannedFinish: '2026-12-31' });
    expect(r.status, r.text).toBe(200);
  }
  registry = t.ctx.indicators;
  await approvePlan(A, [
    target('waste.intensity', 300, 'lowerIsBetter', 't/万m²'),
    target('waste.recyclingRate', 50, 'higherIsBetter'),
    target('site.deviceOnlineRate', 95, 'higherIsBetter'),
    { ...target('materials.greenCertifiedShare', 60, 'higherIsBetter'), dueDate: '2025-08-31' },
  ]);
  await approvePlan(B, [target('waste.intensity', 300, 'lowerIsBetter', 't/万m²'), target('waste.recyclingRate', 50, 'higherIsBetter')]);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('indicator catalogue', () => {
  it('lists every registered indicator with the units the evaluation seeds use, manual ones flagged', async () => {
    const r = await c['hunan.enterprise']!.get('/api/indicators');
    expect(r.status).toBe(200);
    const byKey = Object.fromEntries(r.body.items.map((i: { key: string }) => [i.key, i]));
    const units: Record<string, string> = {
      'waste.intensity': 't/万m²',
      'waste.recyclingRate': '%',
      'waste.manifestConfirmationRate': '%',
      'site.pm10ExceedanceRate': '%',
      'site.noiseExceedanceRate': '%',
      'site.deviceOnlineRate': '%',
      'carbon.embodiedPerM2': 'kgCO2e/m²',
      'prefab.ratio': '%',
      'prefab.standardisationRate': '%',
      'bim.coverage': '%',
      'quality.ledgerVerifiedShare': '%',
      'quality.recordCount': '条',
      'materials.greenCertifiedShare': '%',
    };
    for (const [key, unit] of Object.entries(units)) expect(byKey[key], key).toMatchObject({ key, unit });
    expect(byKey['prefab.standardisationRate'].module).toBe('components');
    expect(byKey['materials.greenCertifiedShare']).toMatchObject({
      manual: true,
      module: 'tracking',
      minValue: 0,
      maxValue: 100,
      direction: 'higherIsBetter',
    });
    expect(byKey['waste.intensity']).toMatchObject({ manual: false, direction: 'lowerIsBetter' });
    expect(byKey['waste.intensity'].definition['zh-CN']).toContain('万m²');
    // The catalogue lists every indicator the app registered (every module plus the manual catalogue).
    expect(r.body.items.map((i: { key: string }) => i.key).filter((k: string) => registry.get(k))).toHaveLength(registry.list().length);
  });
});

describe('manual indicators with evidence', () => {
  it('rejects evidence whose bytes are not PDF/PNG/JPEG, whatever its name', async () => {
    const r = await upload(c['hunan.enterprise']!, A, Buffer.from('MZ\x90\x00 not a pdf at all'), 'certificate.pdf');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('evidence_type_unsupported');
    const big = await upload(c['hunan.enterprise']!, A, Buffer.concat([PDF, Buffer.alloc(5000)]), 'big.pdf');
    expect(big.status).toBe(413);
  });

  it('records values with evidence; valueFor gives the latest entry on or before the date', async () => {
    const hn = c['hunan.enterprise']!;
    const noEvidence = await hn.post(`/api/tracking/projects/${A}/manual-values`, {
      indicatorKey: 'materials.greenCertifiedShare',
      value: 30,
      asOf: '2025-03-10',
      evidenceIds: [],
    });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.error.details[0]).toMatchObject({ path: 'evidenceIds' });

    const e1 = await upload(hn, A, PDF, '绿色建材认证.pdf');
    expect(e1.status).toBe(201);
    expect(e1.body).toMatchObject({ mediaType: 'application/pdf', sizeBytes: PDF.length });
    const outOfRange = await hn.post(`/api/tracking/projects/${A}/manual-values`, {
      indicatorKey: 'materials.greenCertifiedShare',
      value: 130,
      asOf: '2025-03-10',
      evidenceIds: [e1.body.id],
    });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.error.details[0]).toMatchObject({ path: 'value', code: 'manual_value_out_of_range' });
    const unknown = await hn.post(`/api/tracking/projects/${A}/manual-values`, {
      indicatorKey: 'waste.intensity',
      value: 1,
      asOf: '2025-03-10',
      evidenceIds: [e1.body.id],
    });
    expect(unknown.status).toBe(400);

    const v1 = await hn.post(`/api/tracking/projects/${A}/manual-values`, {
      indicatorKey: 'materials.greenCertifiedShare',
      value: 30,
      asOf: '2025-03-10',
      note: '首批',
      evidenceIds: [e1.body.id],
    });
    expect(v1.status, v1.text).toBe(201);
    expect(v1.body).toMatchObject({ value: 30, asOf: '2025-03-10', evidence: [{ id: e1.body.id, fileName: '绿色建材认证.pdf' }] });
    // The same evidence cannot back a second entry.
    const reused = await hn.post(`/api/tracking/projects/${A}/manual-values`, {
      indicatorKey: 'materials.greenCertifiedShare',
      value: 35,
      asOf: '2025-04-10',
      evidenceIds: [e1.body.id],
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error.details[0].code).toBe('evidence_unavailable');
    const e2 = await upload(hn, A, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'scan.png');
    expect(e2.body.mediaType).toBe('image/png');
    expect(
      (
        await hn.post(`/api/tracking/projects/${A}/manual-values`, {
          indicatorKey: 'materials.greenCertifiedShare',
          value: 45,
          asOf: '2025-06-05',
          evidenceIds: [e2.body.id],
        })
      ).status,
    ).toBe(201);

    const def = registry.get('materials.greenCertifiedShare')!;
    expect(await def.valueFor(t.database.db, A, new Date('2025-03-01T00:00:00+08:00'))).toBeNull();
    expect(await def.valueFor(t.database.db, A, new Date('2025-05-31T23:59:59+08:00'))).toBe(30);
    expect(await def.valueFor(t.database.db, A, new Date('2025-06-30T23:59:59+08:00'))).toBe(45);

    // Regulators and the ministry read them with the evidence; other enterprises cannot.
    const list = await c['hunan.regulator']!.get(`/api/tracking/projects/${A}/manual-values`);
    expect(list.body.items.map((v: { value: number }) => v.value)).toEqual([45, 30]);
    expect(list.body.canEnter).toBe(false);
    const file = await c.ministry!.get(`/api/tracking/projects/${A}/evidence/${e1.body.id}`);
    expect(file.status).toBe(200);
    expect(file.text).toBe(PDF.toString());
    expect((await c['shenzhen.enterprise']!.get(`/api/tracking/projects/${A}/evidence/${e1.body.id}`)).status).toBe(404);
    expect((await upload(c['shenzhen.enterprise']!, A, PDF, 'x.pdf')).status).toBe(404);
    expect(
      (
        await c['hunan.regulator']!.post(`/api/tracking/projects/${A}/manual-values`, {
          indicatorKey: 'materials.greenCertifiedShare',
          value: 1,
          asOf: '2025-06-05',
          evidenceIds: [e2.body.id],
        })
      ).status,
    ).toBe(403);
  });
});

describe('monthly snapshots', () => {
  it('backfills every due month once, idempotently', async () => {
    const now = new Date('2025-10-15T04:00:00Z');
    const keys = registry.list().length;
    const first = await runSnapshots(t.database.db, registry, { now });
    // A 2025-01..09 (9), B 2025-06..09 (4), C 2025-03..09 (7).
    expect(first).toEqual({ computed: 20, remaining: 0 });
    const rows = async () => Number((await t.database.db.select({ n: count() }).from(trackingSnapshots))[0]!.n);
    expect(await rows()).toBe(20 * keys);
    expect(await runSnapshots(t.database.db, registry, { now })).toEqual({ computed: 0, remaining: 0 });
    expect(await rows()).toBe(20 * keys);
    // The manual value as of each month end.
    const manual = await t.database.db
      .select({ month: trackingSnapshots.month, value: trackingSnapshots.value })
      .from(trackingSnapshots)
      .where(and(eq(trackingSnapshots.projectId, A), eq(trackingSnapshots.indicatorKey, 'materials.greenCertifiedShare')))
      .orderBy(trackingSnapshots.month);
    expect(manual.map((m) => m.value)).toEqual([null, null, 30, 30, 30, 45, 45, 45, 45]);
    // An entry made now for an earlier date updates the months already snapshotted from that date on.
    const e3 = await upload(c['hunan.enterprise']!, A, PDF, '补充.pdf');
    expect(
      (
        await c['hunan.enterprise']!.post(`/api/tracking/projects/${A}/manual-values`, {
          indicatorKey: 'materials.greenCertifiedShare',
          value: 50,
          asOf: '2025-08-20',
          evidenceIds: [e3.body.id],
        })
      ).status,
    ).toBe(201);
    const refreshed = await t.database.db
      .select({ value: trackingSnapshots.value })
      .from(trackingSnapshots)
      .where(and(eq(trackingSnapshots.projectId, A), eq(trackingSnapshots.indicatorKey, 'materials.greenCertifiedShare')))
      .orderBy(trackingSnapshots.month);
    expect(refreshed.map((m) => m.value)).toEqual([null, null, 30, 30, 30, 45, 45, 50, 50]);
    // A budget of zero still computes one month (progress) and reports the rest; a month later only the new month is due.
    const later = await runSnapshots(t.database.db, registry, { now: new Date('2025-12-02T00:00:00Z'), budgetMs: 0 });
    expect(later).toEqual({ computed: 1, remaining: 5 });
  });

  it('knows which months are due', () => {
    const now = new Date('2025-10-15T04:00:00Z');
    expect(monthsDue({ status: 'implementing', actualStart: '2025-08-20', plannedStart: null }, now)).toEqual(['2025-08', '2025-09']);
    expect(monthsDue({ status: 'completed', actualStart: null, plannedStart: '2025-07-02' }, now)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
    ]);
    expect(monthsDue({ status: 'applied', actualStart: '2025-01-02', plannedStart: null }, now)).toEqual([]);
    expect(monthsDue({ status: 'implementing', actualStart: null, plannedStart: null }, now)).toEqual([]);
    const long = monthsDue({ status: 'summarised', actualStart: '2019-01-01', plannedStart: null }, now);
    expect([long.length, long[0], long.at(-1)]).toEqual([36, '2022-10', '2025-09']);
  });

  it('recomputes one project for admins and regulators of its region only', async () => {
    expect((await c['hunan.enterprise']!.post(`/api/tracking/projects/${A}/snapshots/recompute`)).status).toBe(403);
    expect((await c['shenzhen.regulator']!.post(`/api/tracking/projects/${A}/snapshots/recompute`)).status).toBe(404);
  });
});

describe('dashboard, regions, warnings, trends', () => {
  beforeAll(async () => {
    await upsert([
      { projectId: A, month: '2026-01', indicatorKey: 'waste.intensity', value: 250 },
      { projectId: A, month: '2026-01', indicatorKey: 'waste.recyclingRate', value: 46 },
      { projectId: B, month: '2026-01', indicatorKey: 'waste.intensity', value: 400 },
      { projectId: B, month: '2026-01', indicatorKey: 'waste.recyclingRate', value: 30 },
      { projectId: C, month: '2026-01', indicatorKey: 'waste.intensity', value: 150 },
      { projectId: C, month: '2026-01', indicatorKey: 'waste.recyclingRate', value: 70 },
      // Device online rate of A falling 2 points a month: forecast for 2026-06 = 80 − 6·2 = 68 < 95.
      ...[90, 88, 86, 84, 82, 80].map((value, i) => ({
        projectId: A,
        month: `2025-${String(7 + i).padStart(2, '0')}`,
        indicatorKey: 'site.deviceOnlineRate',
        value,
      })),
    ]);
  });

  it('gives a regulator the projects × indicators table of their region with traffic lights and ranking', async () => {
    const r = await c['hunan.regulator']!.get('/api/tracking/dashboard?month=2026-01&region=shenzhen');
    expect(r.status).toBe(200);
    expect(r.body.region).toBe('hunan');
    expect(r.body.rows.map((x: { projectId: string }) => x.projectId)).toEqual([A, B]);
    const [a, b] = r.body.rows;
    expect(a.cells['waste.intensity']).toEqual({ value: 250, month: '2026-01', target: 300, light: 'green' });
    expect(a.cells['waste.recyclingRate']).toEqual({ value: 46, month: '2026-01', target: 50, light: 'amber' });
    expect(a.cells['site.deviceOnlineRate']).toEqual({ value: null, month: null, target: 95, light: 'grey' });
    expect(a.cells['prefab.ratio'].light).toBe('grey');
    expect(b.cells['waste.intensity']).toMatchObject({ value: 400, light: 'red' });
    expect(b.cells['waste.recyclingRate']).toMatchObject({ value: 30, light: 'red' });
    expect([a.score, a.met, a.targets, a.rank]).toEqual([50, 1, 4, 1]);
    expect([b.score, b.met, b.targets, b.rank]).toEqual([0, 0, 2, 2]);
    expect(r.body.lights).toMatchObject({ green: 1, amber: 1, red: 2 });
    expect(r.body.distributions['waste.intensity']).toMatchObject({ count: 2, min: 250, max: 400, median: 325, mean: 325 });
    expect(r.body.distributions['prefab.ratio']).toBeNull();

    const byIntensity = await c['hunan.regulator']!.get('/api/tracking/dashboard?month=2026-01&rankBy=waste.intensity');
    expect(byIntensity.body.rows.map((x: { projectId: string; rank: number }) => [x.projectId, x.rank])).toEqual([
      [A, 1],
      [B, 2],
    ]);
    const byRecycling = await c['hunan.regulator']!.get('/api/tracking/dashboard?month=2026-01&rankBy=waste.recyclingRate');
    expect(byRecycling.body.rows.map((x: { projectId: string }) => x.projectId)).toEqual([A, B]);
  });

  it('scopes the dashboard: ministry all regions or one, enterprises their own projects', async () => {
    const all = await c.ministry!.get('/api/tracking/dashboard?month=2026-01');
    expect(all.body.rows.map((x: { projectId: string }) => x.projectId).sort()).toEqual([A, B, C].sort());
    expect(all.body.rows[0].projectId).toBe(A); // C has no targets: unranked, listed last
    const sz = await c.ministry!.get('/api/tracking/dashboard?month=2026-01&region=shenzhen');
    expect(sz.body.rows.map((x: { projectId: string }) => x.projectId)).toEqual([C]);
    const own = await c['shenzhen.enterprise']!.get('/api/tracking/dashboard?month=2026-01');
    expect(own.body.rows.map((x: { projectId: string }) => x.projectId)).toEqual([C]);
    // A project without rows in the month shows its last snapshot (here: none later than 2025-09 for the other keys).
    const late = await c.ministry!.get('/api/tracking/dashboard?month=2026-03');
    expect(late.body.rows.find((x: { projectId: string }) => x.projectId === B).cells['waste.intensity']).toMatchObject({
      value: 400,
      month: '2026-01',
    });
    expect((await c.ministry!.get('/api/tracking/dashboard?month=2026-13')).status).toBe(400);
  });

  it('compares the regions for the ministry only', async () => {
    const r = await c.ministry!.get('/api/tracking/regions?month=2026-01');
    expect(r.status).toBe(200);
    const hunan = r.body.regions.find((x: { regionCode: string }) => x.regionCode === 'hunan');
    expect(hunan.projects).toBe(2);
    expect(hunan.indicators['waste.intensity']).toEqual({ count: 2, median: 325, mean: 325, withTarget: 2, met: 1, metShare: 50 });
    expect(hunan.indicators['waste.recyclingRate']).toMatchObject({ count: 2, median: 38, met: 0, metShare: 0 });
    const shenzhen = r.body.regions.find((x: { regionCode: string }) => x.regionCode === 'shenzhen');
    expect(shenzhen.indicators['waste.intensity']).toEqual({ count: 1, median: 150, mean: 150, withTarget: 0, met: 0, metShare: null });
    expect((await c['hunan.regulator']!.get('/api/tracking/regions')).status).toBe(403);
    expect((await c['hunan.enterprise']!.get('/api/tracking/regions')).status).toBe(403);
  });

  it('warns when the linear trend of the last six months misses a plan target', async () => {
    const r = await c['hunan.enterprise']!.get(`/api/tracking/projects/${A}/warnings`);
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(1);
    const w = r.body.items[0];
    expect(w).toMatchObject({
      indicatorKey: 'site.deviceOnlineRate',
      target: 95,
      dueMonth: '2026-06',
      dueSource: 'plan',
      latest: { month: '2025-12', value: 80 },
      pointsUsed: 6,
    });
    expect(w.forecast).toBeCloseTo(68, 9);
    expect(w.slopePerMonth).toBeCloseTo(-2, 9);
    // The certified-materials target was due 2025-08 and missed (45 < 60), but it is history, not a warning.
    const region = await c['hunan.regulator']!.get('/api/tracking/warnings');
    expect(region.body.items.map((x: { projectId: string; projectCode: string }) => x.projectId)).toEqual([A]);
    expect((await c['shenzhen.regulator']!.get('/api/tracking/warnings')).body.total).toBe(0);
  });

  it('gives trends with the plan target, and hides other regions and enterprises', async () => {
    const r = await c['hunan.regulator']!.get(
      `/api/tracking/projects/${A}/trends?keys=site.deviceOnlineRate,materials.greenCertifiedShare`,
    );
    expect(r.status).toBe(200);
    const online = r.body.series.find((s: { key: string }) => s.key === 'site.deviceOnlineRate');
    expect(online.target).toMatchObject({ value: 95, dueDate: '2026-06-30' });
    expect(online.points.filter((p: { value: number | null }) => p.value !== null)).toEqual([
      { month: '2025-07', value: 90 },
      { month: '2025-08', value: 88 },
      { month: '2025-09', value: 86 },
      { month: '2025-10', value: 84 },
      { month: '2025-11', value: 82 },
      { month: '2025-12', value: 80 },
    ]);
    const manual = r.body.series.find((s: { key: string }) => s.key === 'materials.greenCertifiedShare');
    expect(manual).toMatchObject({ manual: true, target: { value: 60, dueDate: '2025-08-31' } });
    expect((await c['shenzhen.regulator']!.get(`/api/tracking/projects/${A}/trends`)).status).toBe(404);
    expect((await c['shenzhen.enterprise']!.get(`/api/tracking/projects/${A}/trends`)).status).toBe(404);
    expect((await c['shenzhen.enterprise']!.get(`/api/tracking/projects/${A}/warnings`)).status).toBe(404);
    expect((await c['hunan.enterprise']!.get(`/api/tracking/projects/${C}/manual-values`)).status).toBe(404);
  });

  it('exports the latest snapshots for other capabilities', async () => {
    const m = await latestSnapshots(t.database.db, [A, C], '2026-01');
    expect(m.get(A)!.get('waste.intensity')).toEqual({ value: 250, month: '2026-01' });
    expect(m.get(C)!.get('waste.recyclingRate')).toEqual({ value: 70, month: '2026-01' });
  });
});
