import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { addParticipantForTest, createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { gbt50640_2010Scheme } from '../../../domain/evaluation/index.js';
import { gate, hoursAgo } from '../waste/fixtures.js';

let t: TestApp;
let enterprise: ApiClient;
let regulator: ApiClient;
let facilityUser: ApiClient;
let szRegulator: ApiClient;
let szEnterprise: ApiClient;
let projectId: string;
let recyclingId: string;
let closedId: string;

const PROJECT_NAME = '评价测试项目';

async function issueAndReceive(tonnes: number) {
  const m = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(recyclingId, { gateTonnes: tonnes }));
  expect(m.status, m.text).toBe(201);
  const r = await facilityUser.post(`/api/waste/manifests/${m.body.id}/receive`, { weighbridgeTonnes: tonnes, at: hoursAgo(1) });
  expect(r.status, r.text).toBe(200);
}

/** Self-scores every expert/manual item at its best allowed score and marks indicator items without a value 不适用. */
async function fillSelf(evaluationId: string) {
  let detail = (await enterprise.get(`/api/evaluation/evaluations/${evaluationId}`)).body;
  for (const item of detail.items) {
    if (item.mode === 'indicator') {
      if (item.auto?.value === null) {
        const r = await enterprise.put(`/api/evaluation/evaluations/${evaluationId}/items/${item.itemId}`, {
          notApplicable: true,
          reason: '本月无监测数据',
        });
        expect(r.status, r.text).toBe(200);
      }
      continue;
    }
    const score = item.allowedScores ? Math.max(...item.allowedScores) : item.maxScore;
    const r = await enterprise.put(`/api/evaluation/evaluations/${evaluationId}/items/${item.itemId}`, { score, note: '自评' });
    expect(r.status, r.text).toBe(200);
    detail = r.body;
  }
  return detail;
}

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  enterprise = await t.login('hunan.enterprise');
  regulator = await t.login('hunan.regulator');
  facilityUser = await t.login('hunan.facility');
  szRegulator = await t.login('shenzhen.regulator');
  szEnterprise = await t.login('shenzhen.enterprise');
  projectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
    regionCode: 'hunan',
    name: PROJECT_NAME,
    floorAreaM2: 12_000,
  });
  const facilities = (await regulator.get('/api/waste/facilities?regionCode=hunan')).body.items;
  recyclingId = facilities.find((f: { name: string }) => f.name === DEMO_ORGS.hunanFacility).id;
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('schemes as versioned data', () => {
  it('seeds the three national schemes once; users see their basis, not the maintainers’ recalled flags', async () => {
    const list = (await regulator.get('/api/evaluation/schemes')).body.items;
    const national = list
      .filter((s: { regionCode: string | null }) => s.regionCode === null)
      .map((s: { code: string; version: number }) => `${s.code}@${s.version}`);
    expect(national.sort()).toEqual(['gbt50640-2010@1', 'green-construction-pilot@1', 'hunan-example@1']);
    const gbt = list.find((s: { code: string }) => s.code === 'gbt50640-2010');
    const doc = (await regulator.get(`/api/evaluation/schemes/${gbt.id}`)).body.document;
    expect(doc.stages.map((s: { weight: number }) => s.weight)).toEqual(gbt50640_2010Scheme.stages.map((s) => s.weight));
    // The stored document keeps `recalled` for maintainers; the API shows the basis (issue 20).
    expect(doc.stages[0].recalled).toBeUndefined();
    expect(gbt.basis).toBe('GB/T 50640-2010');
  });

  it('clones into a region, rejects invalid documents with paths, edits in place until used, then versions', async () => {
    const gbt = (await regulator.get('/api/evaluation/schemes')).body.items.find((s: { code: string }) => s.code === 'gbt50640-2010');
    const clone = await regulator.post(`/api/evaluation/schemes/${gbt.id}/clone`, {});
    expect(clone.status, clone.text).toBe(201);
    expect(clone.body).toMatchObject({ code: 'hunan-gbt50640-2010', version: 1, regionCode: 'hunan', frozen: false, derivedFrom: gbt.id });
    expect((await regulator.post(`/api/evaluation/schemes/${gbt.id}/clone`, {})).status).toBe(409);
    // Another region cannot see it; a regulator cannot clone into another region.
    expect((await szRegulator.get(`/api/evaluation/schemes/${clone.body.id}`)).status).toBe(404);
    expect((await szRegulator.post(`/api/evaluation/schemes/${gbt.id}/clone`, { regionCode: 'hunan' })).status).toBe(403);

    const bad = structuredClone(clone.body.document);
    bad.stages[1].weight = 0.6;
    const refused = await regulator.put(`/api/evaluation/schemes/${clone.body.id}`, { document: bad });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('scheme_invalid');
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toContain('document.stages');

    const renamed = { ...clone.body.document, name: '湖南省绿色施工评价（地方版）' };
    const inPlace = await regulator.put(`/api/evaluation/schemes/${clone.body.id}`, { document: renamed });
    expect(inPlace.status, inPlace.text).toBe(200);
    expect(inPlace.body).toMatchObject({ id: clone.body.id, version: 1, newVersion: false, name: '湖南省绿色施工评价（地方版）' });

    // A project evaluated under it freezes the version; the next edit makes version 2.
    const other = await createProjectForTest(t.database.db, {
      ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
      regionCode: 'hunan',
      name: '方案冻结测试',
    });
    expect((await regulator.put(`/api/evaluation/projects/${other}/scheme`, { schemeCode: 'hunan-gbt50640-2010' })).status).toBe(200);
    expect((await szRegulator.put(`/api/evaluation/projects/${other}/scheme`, { schemeCode: 'gbt50640-2010' })).status).toBe(404);
    const opened = await enterprise.post(`/api/evaluation/projects/${other}/evaluations`, { kind: 'monthly_self', stageId: 'foundation' });
    expect(opened.status, opened.text).toBe(201);
    expect(opened.body.scheme).toMatchObject({ id: clone.body.id, frozen: true });
    const versioned = await regulator.put(`/api/evaluation/schemes/${clone.body.id}`, {
      document: { ...renamed, name: '湖南省绿色施工评价（第二版）' },
    });
    expect(versioned.status, versioned.text).toBe(200);
    expect(versioned.body).toMatchObject({
      code: 'hunan-gbt50640-2010',
      version: 2,
      frozen: false,
      newVersion: true,
      derivedFrom: clone.body.id,
    });
    expect(versioned.body.document.version).toBe(2);
    const v1 = (await regulator.get(`/api/evaluation/schemes/${clone.body.id}`)).body;
    expect(v1).toMatchObject({ version: 1, frozen: true, name: '湖南省绿色施工评价（地方版）' });
    // A region's scheme cannot be given to a project of another region.
    const sz = await createProjectForTest(t.database.db, { ownerOrganisationName: DEMO_ORGS.shenzhenEnterprise, regionCode: 'shenzhen' });
    const wrong = await szRegulator.put(`/api/evaluation/projects/${sz}/scheme`, { schemeCode: 'hunan-gbt50640-2010' });
    expect(wrong.status).toBe(400);
  });
});

describe('monthly self-evaluation', () => {
  it('fills the waste intensity item with the waste page figure for the same date', async () => {
    await issueAndReceive(20);
    await issueAndReceive(16);
    const opened = await enterprise.post(`/api/evaluation/projects/${projectId}/evaluations`, { kind: 'monthly_self' });
    expect(opened.status, opened.text).toBe(201);
    expect(opened.body).toMatchObject({
      kind: 'monthly_self',
      stageId: 'construction',
      status: 'open',
      scheme: { code: 'green-construction-pilot' },
    });
    const item = opened.body.items.find((i: { itemId: string }) => i.itemId === 'construction.res.g1');
    expect(item.auto.indicator).toBe('waste.intensity');
    const page = (await enterprise.get(`/api/projects/${projectId}/waste?asOf=${encodeURIComponent(item.auto.asOf)}`)).body;
    // 36 t over 1.2 万m² = 30 t/万m²
    expect(page.intensity.intensity).toBeCloseTo(30, 9);
    expect(item.auto.value).toBe(page.intensity.intensity);
    const recycling = opened.body.items.find((i: { itemId: string }) => i.itemId === 'construction.res.g2');
    expect(recycling.auto.value).toBe(page.recycling.ratePercent);
    // The same month cannot be opened twice.
    expect((await enterprise.post(`/api/evaluation/projects/${projectId}/evaluations`, { kind: 'monthly_self' })).status).toBe(409);
    closedId = opened.body.id;
  });

  it('refuses scores outside the allowed values and scoring indicator items by hand', async () => {
    const detail = (await enterprise.get(`/api/evaluation/evaluations/${closedId}`)).body;
    const general = detail.items.find((i: { mode: string; kind: string }) => i.mode === 'expert' && i.kind === 'general');
    const off = await enterprise.put(`/api/evaluation/evaluations/${closedId}/items/${general.itemId}`, { score: 1.5 });
    expect(off.status).toBe(400);
    expect(off.body.error.details[0]).toMatchObject({ path: 'score', code: 'evaluation_score_not_allowed' });
    expect((await enterprise.put(`/api/evaluation/evaluations/${closedId}/items/construction.res.g1`, { score: 2 })).status).toBe(403);
    expect((await enterprise.post(`/api/evaluation/evaluations/${closedId}/close`)).status).toBe(409);
  });

  it('keeps evidence by magic bytes and shows it with the item', async () => {
    const pdf = new FormData();
    pdf.append('file', new Blob([Buffer.from('%PDF-1.4\n% 证明材料\n')], { type: 'application/pdf' }), '专项方案.pdf');
    const up = await enterprise.post(`/api/evaluation/evaluations/${closedId}/evidence?itemId=construction.res.c1`, pdf);
    expect(up.status, up.text).toBe(201);
    const fake = new FormData();
    fake.append('file', new Blob([Buffer.from('MZ not a pdf')], { type: 'application/pdf' }), 'x.pdf');
    expect((await enterprise.post(`/api/evaluation/evaluations/${closedId}/evidence?itemId=construction.res.c1`, fake)).status).toBe(415);
    const detail = (await enterprise.get(`/api/evaluation/evaluations/${closedId}`)).body;
    expect(detail.items.find((i: { itemId: string }) => i.itemId === 'construction.res.c1').evidenceIds).toEqual([up.body.id]);
    const dl = await enterprise.get(`/api/evaluation/evaluations/${closedId}/evidence/${up.body.id}`);
    expect(dl.status).toBe(200);
    expect(dl.text.startsWith('%PDF-')).toBe(true);
  });

  it('closes with frozen inputs and recomputes identically after new manifests arrive', async () => {
    await fillSelf(closedId);
    expect((await enterprise.post(`/api/evaluation/evaluations/${closedId}/submit`)).status).toBe(200);
    const closed = await enterprise.post(`/api/evaluation/evaluations/${closedId}/close`);
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body.status).toBe('closed');
    const item = closed.body.items.find((i: { itemId: string }) => i.itemId === 'construction.res.g1');
    // 30 t/万m² ≤ 200 → 2 (threshold lowerIsBetter)
    expect(item.score).toBe(2);
    expect(item.basis).toContain('waste.intensity=30');
    const before = closed.body.result;
    expect(closed.body.score).toBe(before.score);

    await issueAndReceive(150);
    await issueAndReceive(150);
    // The live figure has moved (36 t → 336 t over 1.2 万m²), the closed evaluation has not.
    expect((await enterprise.get(`/api/projects/${projectId}/waste`)).body.intensity.intensity).toBeCloseTo(280, 9);
    const re = await regulator.post(`/api/evaluation/evaluations/${closedId}/recompute`);
    expect(re.status, re.text).toBe(200);
    expect(re.body.identical).toBe(true);
    expect(re.body.score).toBe(before.score);
    expect(re.body.result).toEqual(before);
    // Closed inputs no longer change.
    expect((await enterprise.post(`/api/evaluation/evaluations/${closedId}/refresh`)).status).toBe(409);
    expect((await enterprise.put(`/api/evaluation/evaluations/${closedId}/items/construction.env.g3`, { score: 0 })).status).toBe(409);
    const after = (await enterprise.get(`/api/evaluation/evaluations/${closedId}`)).body;
    expect(after.items.find((i: { itemId: string }) => i.itemId === 'construction.res.g1').auto.value).toBe(item.auto.value);
  });
});

describe('stage expert evaluation', () => {
  let evaluationId: string;
  let users: Record<string, string>;

  it('refuses a conflicted expert and lets only assigned experts see and score', async () => {
    // Give the test project the design institute as a participant, so expert.zhao has a conflict.
    const admin = await t.login('admin');
    const experts = (await admin.get('/api/users?role=expert&pageSize=100')).body.items;
    users = Object.fromEntries(experts.map((u: { username: string; id: string }) => [u.username, u.id]));
    const opened = await regulator.post(`/api/evaluation/projects/${projectId}/evaluations`, {
      kind: 'stage_expert',
      stageId: 'construction',
    });
    expect(opened.status, opened.text).toBe(201);
    evaluationId = opened.body.id;
    expect((await enterprise.post(`/api/evaluation/projects/${projectId}/evaluations`, { kind: 'stage_expert' })).status).toBe(403);

    const zhaoOrg = experts.find((u: { username: string }) => u.username === 'expert.zhao').organisationId;
    await addParticipantForTest(t.database.db, projectId, zhaoOrg, 'design');
    const candidates = (await regulator.get(`/api/evaluation/evaluations/${evaluationId}/experts/candidates`)).body.items;
    expect(candidates.find((c: { username: string }) => c.username === 'expert.zhao')).toMatchObject({ conflict: true });
    expect(candidates.find((c: { username: string }) => c.username === 'expert.wang')).toMatchObject({ conflict: false });
    const refused = await regulator.post(`/api/evaluation/evaluations/${evaluationId}/experts`, {
      expertUserIds: [users['expert.wang'], users['expert.zhao']],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('expert_conflict');
    expect(refused.body.error.details[0].path).toBe('expertUserIds.1');
    expect((await regulator.get(`/api/evaluation/evaluations/${evaluationId}`)).body.experts).toEqual([]);

    const ok = await regulator.post(`/api/evaluation/evaluations/${evaluationId}/experts`, {
      expertUserIds: [users['expert.wang'], users['expert.li']],
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.experts.map((e: { userId: string }) => e.userId).sort()).toEqual([users['expert.wang'], users['expert.li']].sort());

    const wang = await t.login('expert.wang');
    const chen = await t.login('expert.chen');
    expect((await wang.get('/api/evaluation/mine')).body.items.map((e: { id: string }) => e.id)).toContain(evaluationId);
    expect((await chen.get(`/api/evaluation/evaluations/${evaluationId}`)).status).toBe(404);
    expect((await chen.put(`/api/evaluation/evaluations/${evaluationId}/expert-scores`, { scores: [], submit: false })).status).toBe(404);
  });

  it('scores expert items with the mean of the submitted experts and freezes who scored', async () => {
    const wang = await t.login('expert.wang');
    const li = await t.login('expert.li');
    const detail = (await wang.get(`/api/evaluation/evaluations/${evaluationId}`)).body;
    const expertItems = detail.items.filter((i: { mode: string }) => i.mode === 'expert');
    const best = (i: { allowedScores: number[] | null; maxScore: number }) => (i.allowedScores ? Math.max(...i.allowedScores) : i.maxScore);
    const incomplete = await wang.put(`/api/evaluation/evaluations/${evaluationId}/expert-scores`, {
      scores: [{ itemId: expertItems[0].itemId, score: best(expertItems[0]) }],
      submit: true,
    });
    expect(incomplete.status).toBe(400);
    const g3 = 'construction.env.g3';
    const wangScores = expertItems.map((i: { itemId: string }) => ({
      itemId: i.itemId,
      score: i.itemId === g3 ? 2 : best(i as never),
      comment: i.itemId === g3 ? '措施到位' : null,
    }));
    const liScores = expertItems.map((i: { itemId: string }) => ({ itemId: i.itemId, score: i.itemId === g3 ? 1 : best(i as never) }));
    expect(
      (
        await wang.put(`/api/evaluation/evaluations/${evaluationId}/expert-scores`, {
          scores: wangScores,
          comment: '总体良好',
          submit: true,
        })
      ).status,
    ).toBe(200);
    expect((await wang.put(`/api/evaluation/evaluations/${evaluationId}/expert-scores`, { scores: wangScores, submit: true })).status).toBe(
      409,
    );
    const lastExpert = await li.put(`/api/evaluation/evaluations/${evaluationId}/expert-scores`, { scores: liScores, submit: true });
    expect(lastExpert.status, lastExpert.text).toBe(200);
    expect(lastExpert.body.status).toBe('submitted');

    // Indicator items without data: the regulator judges them 不适用.
    let view = (await regulator.get(`/api/evaluation/evaluations/${evaluationId}`)).body;
    for (const i of view.items.filter(
      (x: { mode: string; auto: { value: number | null } | null }) => x.mode === 'indicator' && x.auto?.value === null,
    ))
      expect(
        (
          await regulator.put(`/api/evaluation/evaluations/${evaluationId}/items/${i.itemId}`, {
            notApplicable: true,
            reason: '无在线监测设备',
          })
        ).status,
      ).toBe(200);
    const closed = await regulator.post(`/api/evaluation/evaluations/${evaluationId}/close`);
    expect(closed.status, closed.text).toBe(200);
    view = closed.body;
    const item = view.items.find((i: { itemId: string }) => i.itemId === g3);
    expect(item.score).toBe(1.5);
    expect(item.expertScores.map((s: { score: number }) => s.score).sort()).toEqual([1, 2]);
    expect(item.expertScores.map((s: { expertName: string }) => s.expertName).every((n: string) => n.length > 0)).toBe(true);
    const re = await regulator.post(`/api/evaluation/evaluations/${evaluationId}/recompute`);
    expect(re.body.identical).toBe(true);
  });
});

describe('final evaluation', () => {
  it('combines the closed batches of every stage into the unit result with a four-grade scheme', async () => {
    const pid = await createProjectForTest(t.database.db, {
      ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
      regionCode: 'hunan',
      name: '四级评价测试项目',
    });
    expect((await regulator.put(`/api/evaluation/projects/${pid}/scheme`, { schemeCode: 'hunan-example' })).status).toBe(200);
    const month = (back: number) => {
      const d = new Date();
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
    };
    const stages = ['foundation', 'mainStructure', 'finishingMep'];
    const early = await regulator.post(`/api/evaluation/projects/${pid}/evaluations`, { kind: 'final' });
    expect(early.status, early.text).toBe(201);
    const refused = await regulator.post(`/api/evaluation/evaluations/${early.body.id}/close`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('evaluation_final_missing_stages');
    for (const [i, stageId] of stages.entries()) {
      const ev = await enterprise.post(`/api/evaluation/projects/${pid}/evaluations`, {
        kind: 'monthly_self',
        period: month(3 - i),
        stageId,
      });
      expect(ev.status, ev.text).toBe(201);
      await fillSelf(ev.body.id);
      expect((await enterprise.post(`/api/evaluation/evaluations/${ev.body.id}/submit`)).status).toBe(200);
      const c = await enterprise.post(`/api/evaluation/evaluations/${ev.body.id}/close`);
      expect(c.status, c.text).toBe(200);
    }
    const provisional = (await regulator.get(`/api/evaluation/projects/${pid}/result`)).body.result;
    expect(provisional).toMatchObject({ provisional: false, source: 'batches' });
    const closed = await regulator.post(`/api/evaluation/evaluations/${early.body.id}/close`);
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body.result.grade.code).toBe(provisional.grade.code);
    expect(closed.body.result.score).toBe(provisional.score);
    expect(closed.body.sourceEvaluationIds).toHaveLength(3);
    const result = (await regulator.get(`/api/evaluation/projects/${pid}/result`)).body.result;
    expect(result).toMatchObject({ source: 'final', provisional: false, closedEvaluations: 3, schemeId: 'hunan-example' });
    // Full self-scores and every 优选项 taken: 优秀, the highest of Hunan's four grades.
    expect(result.grade).toMatchObject({ code: 'outstanding', zh: '优秀', rank: 3 });
    expect(result.stages.map((s: { stageId: string }) => s.stageId)).toEqual(stages);
    // W = Σ G × w over the three stages (0.3 / 0.5 / 0.2)
    const w = result.stages.reduce((sum: number, s: { score: number; weight: number }) => sum + s.score * s.weight, 0);
    expect(result.score).toBeCloseTo(w, 9);
    expect((await regulator.post(`/api/evaluation/evaluations/${early.body.id}/recompute`)).body.identical).toBe(true);
  });
});

describe('scope, ranking and reports', () => {
  it('hides a Hunan evaluation from Shenzhen users', async () => {
    expect((await szRegulator.get(`/api/evaluation/evaluations/${closedId}`)).status).toBe(404);
    expect((await szEnterprise.get(`/api/evaluation/evaluations/${closedId}`)).status).toBe(404);
    expect((await szRegulator.post(`/api/evaluation/evaluations/${closedId}/recompute`)).status).toBe(404);
    expect((await szRegulator.get(`/api/evaluation/projects/${projectId}/report.pdf`)).status).toBe(404);
    expect((await szRegulator.get('/api/evaluation/ranking?region=hunan')).status).toBe(404);
    expect((await szRegulator.get('/api/evaluation/regions/hunan/summary.xlsx')).status).toBe(404);
  });

  it('ranks the region by the batch → stage → project formulas', async () => {
    const res = await regulator.get('/api/evaluation/ranking?region=hunan');
    expect(res.status).toBe(200);
    const row = res.body.items.find((r: { projectId: string }) => r.projectId === projectId);
    const result = (await regulator.get(`/api/evaluation/projects/${projectId}/result`)).body.result;
    expect(row).toMatchObject({ score: result.score, provisional: true, closedEvaluations: 2 });
    // Two construction batches, mean of their E; only the construction stage is covered, so W = G.
    const list = (await regulator.get(`/api/evaluation/projects/${projectId}/evaluations`)).body.items.filter(
      (e: { status: string }) => e.status === 'closed',
    );
    const mean = list.reduce((s: number, e: { score: number }) => s + e.score, 0) / list.length;
    expect(result.score).toBeCloseTo(mean, 9);
    expect(res.body.items.every((r: { regionCode: string }) => r.regionCode === 'hunan')).toBe(true);
    // Demo projects have closed monthly self-evaluations too.
    expect(res.body.items.filter((r: { score: number | null }) => r.score !== null).length).toBeGreaterThan(1);
    expect(res.body.items.filter((r: { rank: number | null }) => r.rank !== null).map((r: { rank: number }) => r.rank)).toEqual(
      res.body.items.filter((r: { rank: number | null }) => r.rank !== null).map((_: unknown, i: number) => i + 1),
    );
  });

  it('renders the project report PDF with Chinese text and the Excel with every item row', async () => {
    const pdf = await fetch(`${t.url}/api/evaluation/projects/${projectId}/report.pdf`, { headers: { cookie: regulator.cookie! } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-eval-'));
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('绿色建造项目评价报告');
    expect(text).toContain(PROJECT_NAME);
    expect(text).toContain('建筑垃圾排放强度');

    const xlsx = await fetch(`${t.url}/api/evaluation/projects/${projectId}/report.xlsx`, { headers: { cookie: regulator.cookie! } });
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['项目概况', '评价结果', '阶段得分', '评价记录', '指标得分', '目标对比', '典型做法']);
    const items = wb.getWorksheet('指标得分')!;
    // two closed construction batches × 14 items of the pilot scheme's construction stage
    expect(items.rowCount - 1).toBe(2 * 14);
    const g1 = items
      .getRows(2, items.rowCount - 1)!
      .find((r) => r.getCell(1).value === closedId && r.getCell(5).value === 'construction.res.g1')!;
    expect(g1.getCell(9).value).toBe(2);
    expect(String(g1.getCell(11).value)).toContain('waste.intensity = 30');
    expect(wb.getWorksheet('项目概况')!.getRow(2).getCell(2).value).toBe(PROJECT_NAME);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps policy recommendations and puts them in the regional summary', async () => {
    const sections = [
      { title: '完善绿色建造标准体系', body: '制定地方绿色建造评价细则。' },
      { title: '加大政策支持', body: '对评价优良的项目给予容积率奖励。' },
    ];
    const saved = await regulator.put('/api/evaluation/regions/hunan/policies', { sections });
    expect(saved.status, saved.text).toBe(200);
    expect((await szRegulator.put('/api/evaluation/regions/hunan/policies', { sections })).status).toBe(404);
    const xlsx = await fetch(`${t.url}/api/evaluation/regions/hunan/summary.xlsx`, { headers: { cookie: regulator.cookie! } });
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['试点进展', '试点项目', '目标对比', '评价结果', '典型做法', '政策建议']);
    const policies = wb.getWorksheet('政策建议')!;
    expect(
      policies
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[]).slice(1)),
    ).toEqual([
      [1, '完善绿色建造标准体系', '制定地方绿色建造评价细则。'],
      [2, '加大政策支持', '对评价优良的项目给予容积率奖励。'],
    ]);
    const pdf = await fetch(`${t.url}/api/evaluation/regions/hunan/summary.pdf`, { headers: { cookie: regulator.cookie! } });
    expect(pdf.status).toBe(200);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-eval-'));
    const file = path.join(dir, 'summary.pdf');
    fs.writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('总结评估报告');
    expect(text).toContain('加大政策支持');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
