import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { assignExpertForTest, createProjectForTest } from '../projects/fixtures.js';
import { createOrganisation, createUser } from '../accounts/index.js';
import { approvedPlanTargets, planSummary } from './index.js';

let t: TestApp;
let hunanEnt: ApiClient;
let hunanReg: ApiClient;
let shenzhenEnt: ApiClient;
let shenzhenReg: ApiClient;
let wang: ApiClient;
let li: ApiClient;
let projectId: string;
let otherProjectId: string;
let ownerOrgId: string;
const ORGS = { hunan: '湖南湘江建设集团有限公司（策划测试）', shenzhen: '深圳鹏城建工集团有限公司（策划测试）' };
// National measures seeded by migration 0082.
const M = {
  bim: '8a1f0000-0000-4000-8000-000000000102',
  wastePlan: '8a1f0000-0000-4000-8000-000000000401',
  recycledProducts: '8a1f0000-0000-4000-8000-000000000202',
  digitalDelivery: '8a1f0000-0000-4000-8000-000000000501',
};

beforeAll(async () => {
  t = await startTestApp();
  // Indicators with known values, so plan against actual is checked on exact numbers.
  t.ctx.indicators.register({
    key: 'test.wasteIntensity',
    module: 'test',
    name: { 'zh-CN': '测试排放强度', en: 'Test intensity' },
    unit: 't/万m²',
    direction: 'lowerIsBetter',
    definition: { 'zh-CN': '', en: '' },
    valueFor: async () => 250,
  });
  t.ctx.indicators.register({
    key: 'test.recyclingRate',
    module: 'test',
    name: { 'zh-CN': '测试资源化率', en: 'Test rate' },
    unit: '%',
    direction: 'higherIsBetter',
    definition: { 'zh-CN': '', en: '' },
    valueFor: async () => 42.5,
  });
  t.ctx.indicators.register({
    key: 'test.unmeasured',
    module: 'test',
    name: { 'zh-CN': '尚无数据', en: 'No data yet' },
    unit: '%',
    direction: 'higherIsBetter',
    definition: { 'zh-CN': '', en: '' },
    valueFor: async () => null,
  });
  const actor = { id: null, name: 'test', role: null, ip: null };
  let wangId = '';
  await t.database.db.transaction(async (tx) => {
    const hn = await createOrganisation(tx, actor, { name: ORGS.hunan, kind: 'enterprise', regionCode: 'hunan' });
    const sz = await createOrganisation(tx, actor, { name: ORGS.shenzhen, kind: 'enterprise', regionCode: 'shenzhen' });
    const pool = await createOrganisation(tx, actor, { name: '专家库（策划测试）', kind: 'expert_pool' });
    ownerOrgId = hn.id;
    const user = (
      username: string,
      role: 'enterprise' | 'regulator' | 'expert',
      organisationId: string | null,
      regionCode: string | null = null,
    ) => createUser(tx, actor, { username, displayName: username, role, organisationId, regionCode, password: DEMO_PASSWORD });
    await user('hunan.enterprise', 'enterprise', hn.id);
    await user('shenzhen.enterprise', 'enterprise', sz.id);
    await user('hunan.regulator', 'regulator', null, 'hunan');
    await user('shenzhen.regulator', 'regulator', null, 'shenzhen');
    wangId = (await user('expert.wang', 'expert', pool.id)).id;
    await user('expert.li', 'expert', pool.id);
  });
  projectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: ORGS.hunan,
    regionCode: 'hunan',
    name: '长沙绿色策划试点',
  });
  otherProjectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: ORGS.shenzhen,
    regionCode: 'shenzhen',
    name: '深圳策划试点',
  });
  await assignExpertForTest(t.database.db, projectId, wangId, 'planning');
  [hunanEnt, hunanReg, shenzhenEnt, shenzhenReg, wang, li] = await Promise.all(
    ['hunan.enterprise', 'hunan.regulator', 'shenzhen.enterprise', 'shenzhen.regulator', 'expert.wang', 'expert.li'].map((u) => t.login(u)),
  );
}, 120_000);
afterAll(async () => t?.close());

const plan = (over: { wasteTarget?: number; extra?: boolean } = {}) => ({
  aspects: {
    design: {
      summary: 'BIM 正向设计',
      targets: [],
      measures: [{ measureId: M.bim, responsibleOrganisationId: ownerOrgId, dueStage: 'design', note: '全专业' }],
    },
    materials: {
      targets: [
        { indicatorKey: null, name: '绿色建材应用比例', targetValue: 60, unit: '%', direction: 'higherIsBetter', dueStage: 'construction' },
      ],
      measures: [{ measureId: M.recycledProducts }],
    },
    construction: {
      targets: [
        {
          indicatorKey: 'test.wasteIntensity',
          name: '建筑垃圾排放强度',
          targetValue: over.wasteTarget ?? 300,
          unit: 't/万m²',
          dueDate: '2027-06-30',
        },
        { indicatorKey: 'test.recyclingRate', name: '资源化利用率', targetValue: 50, unit: '%' },
        ...(over.extra ? [{ indicatorKey: 'test.unmeasured', name: '尚无数据指标', targetValue: 90, unit: '%' }] : []),
      ],
      measures: [{ measureId: M.wastePlan, responsibleOrganisationId: ownerOrgId }],
    },
    delivery: { targets: [], measures: [{ measureId: M.digitalDelivery, dueStage: 'delivery' }] },
  },
});
const url = (id = projectId) => `/api/planning/projects/${id}/plan`;
const auditActions = async () =>
  (
    await selectRows<{ action: string; actor_name: string }>(
      t.database.db,
      sql`select action, actor_name from audit_log where entity_type = 'planning_plan' order by id`,
    )
  ).map((r) => `${r.action}:${r.actor_name}`);

describe('green plan workflow', () => {
  it('starts without a plan; the enterprise may edit, nothing to review', async () => {
    const res = await hunanEnt.get(url());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      planId: null,
      current: null,
      draft: null,
      history: [],
      permissions: { edit: true, submit: false, withdraw: false, review: false },
    });
    expect(res.body.participants).toEqual([{ organisationId: ownerOrgId, organisationName: ORGS.hunan, role: 'owner' }]);
  });

  it('refuses unknown indicators, units that differ from the indicator and foreign participants, with field paths', async () => {
    const body = plan();
    body.aspects.construction.targets[0]!.indicatorKey = 'no.such';
    body.aspects.construction.targets[1]!.unit = 't';
    (body.aspects.design.measures[0] as { responsibleOrganisationId: string }).responsibleOrganisationId =
      '00000000-0000-4000-8000-000000000000';
    const res = await hunanEnt.put(url(), body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string; code: string }) => `${d.path} ${d.code}`).sort()).toEqual([
      'aspects.construction.targets.0.indicatorKey planning_indicator_unknown',
      'aspects.construction.targets.1.unit indicator_unit_mismatch',
      'aspects.design.measures.0.responsibleOrganisationId participant_unknown',
    ]);
    const wrongAspect = plan();
    wrongAspect.aspects.delivery.measures[0]!.measureId = M.bim;
    const res2 = await hunanEnt.put(url(), wrongAspect);
    expect(res2.status).toBe(400);
    expect(res2.body.error.details).toMatchObject([{ path: 'aspects.delivery.measures.0.measureId', code: 'measure_aspect_mismatch' }]);
    const zodErr = await hunanEnt.put(url(), { aspects: { construction: { targets: [{ name: '', targetValue: 'x', unit: '%' }] } } });
    expect(zodErr.status).toBe(400);
    expect(zodErr.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'aspects.construction.targets.0.name',
      'aspects.construction.targets.0.targetValue',
    ]);
    expect((await hunanEnt.get(url())).body.planId).toBeNull();
  });

  it('drafts version 1, measures snapshot their library title and default stage', async () => {
    const res = await hunanEnt.put(url(), plan());
    expect(res.status).toBe(200);
    expect(res.body.current).toBeNull();
    expect(res.body.draft).toMatchObject({ version: 1, status: 'draft', createdByName: 'hunan.enterprise' });
    const construction = res.body.draft.aspects.find((a: { aspect: string }) => a.aspect === 'construction');
    expect(construction.measures).toEqual([
      {
        measureId: M.wastePlan,
        measureCode: 'CN-CON-01',
        measureTitle: '编制建筑垃圾减量化专项方案',
        responsibleOrganisationId: ownerOrgId,
        responsibleOrganisationName: ORGS.hunan,
        dueStage: 'construction',
        note: null,
      },
    ]);
    // Direction defaults to the indicator's; the draft is already compared with the live values.
    expect(
      construction.targets.map((x: Record<string, unknown>) => [
        x.indicatorKey,
        x.direction,
        x.targetValue,
        x.actual,
        x.met,
        x.indicatorName,
      ]),
    ).toEqual([
      ['test.wasteIntensity', 'lowerIsBetter', 300, 250, true, '测试排放强度'],
      ['test.recyclingRate', 'higherIsBetter', 50, 42.5, false, '测试资源化率'],
    ]);
    expect(res.body.permissions).toEqual({ edit: true, submit: true, withdraw: false, review: false });
  });

  it('allows only the listed transitions (409 otherwise) and keeps reviewers to their scope', async () => {
    expect((await hunanReg.post(`${url()}/approve`, {})).status).toBe(409);
    expect((await hunanReg.post(`${url()}/return`, { comment: 'x' })).status).toBe(409);
    expect((await hunanEnt.post(`${url()}/withdraw`)).status).toBe(409);
    expect((await hunanEnt.post(`${url()}/submit`)).status).toBe(200);
    const again = await hunanEnt.post(`${url()}/submit`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('plan_transition_refused');
    const edit = await hunanEnt.put(url(), plan());
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('plan_not_editable');
    // The enterprise cannot review its own plan; other regions and unassigned experts do not see it.
    expect((await hunanEnt.post(`${url()}/approve`, {})).status).toBe(403);
    expect((await shenzhenReg.post(`${url()}/approve`, {})).status).toBe(404);
    expect((await li.post(`${url()}/approve`, {})).status).toBe(404);
    // Returning needs a comment.
    const noComment = await hunanReg.post(`${url()}/return`, {});
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.details).toMatchObject([{ path: 'comment', code: 'return_comment_required' }]);
    const ret = await hunanReg.post(`${url()}/return`, { comment: '请补充绿色建材目标依据' });
    expect(ret.status).toBe(200);
    expect(ret.body.draft).toMatchObject({
      version: 1,
      status: 'returned',
      reviewComment: '请补充绿色建材目标依据',
      reviewedByName: 'hunan.regulator',
    });
    expect(ret.body.permissions.review).toBe(false);
  });

  it('a returned plan is edited back to draft, resubmitted and approved by the regulator', async () => {
    const edited = await hunanEnt.put(url(), plan({ extra: true }));
    expect(edited.status).toBe(200);
    expect(edited.body.draft).toMatchObject({ version: 1, status: 'draft' });
    expect((await hunanEnt.post(`${url()}/submit`)).body.draft.status).toBe('submitted');
    const approved = await hunanReg.post(`${url()}/approve`, { comment: '同意' });
    expect(approved.status).toBe(200);
    expect(approved.body.draft).toBeNull();
    expect(approved.body.current).toMatchObject({ version: 1, status: 'approved', reviewComment: '同意' });
    expect(approved.body.current.approvedAt).toEqual(expect.any(String));
    const unmeasured = approved.body.current.aspects[3].targets[2];
    expect(unmeasured).toMatchObject({ indicatorKey: 'test.unmeasured', actual: null, met: null });
    expect((await hunanReg.post(`${url()}/approve`, {})).status).toBe(409);
  });

  it('approvedPlanTargets returns the approved targets in aspect order', async () => {
    const map = await approvedPlanTargets(t.database.db, [projectId, otherProjectId]);
    expect([...map.keys()]).toEqual([projectId]);
    const planId = (await hunanEnt.get(url())).body.planId;
    expect(map.get(projectId)).toEqual([
      {
        planId,
        aspect: 'materials',
        indicatorKey: null,
        name: '绿色建材应用比例',
        targetValue: 60,
        unit: '%',
        direction: 'higherIsBetter',
        dueDate: null,
      },
      {
        planId,
        aspect: 'construction',
        indicatorKey: 'test.wasteIntensity',
        name: '建筑垃圾排放强度',
        targetValue: 300,
        unit: 't/万m²',
        direction: 'lowerIsBetter',
        dueDate: '2027-06-30',
      },
      {
        planId,
        aspect: 'construction',
        indicatorKey: 'test.recyclingRate',
        name: '资源化利用率',
        targetValue: 50,
        unit: '%',
        direction: 'higherIsBetter',
        dueDate: null,
      },
      {
        planId,
        aspect: 'construction',
        indicatorKey: 'test.unmeasured',
        name: '尚无数据指标',
        targetValue: 90,
        unit: '%',
        direction: 'higherIsBetter',
        dueDate: null,
      },
    ]);
  });

  it('a change after approval is version 2; version 1 stays current until an assigned expert approves it', async () => {
    const v2 = await hunanEnt.put(url(), plan({ wasteTarget: 200 }));
    expect(v2.status).toBe(200);
    expect(v2.body.current).toMatchObject({ version: 1, status: 'approved' });
    expect(v2.body.draft).toMatchObject({ version: 2, status: 'draft' });
    // Targets kept across versions keep their ids, so the history can be compared target by target.
    const ids = (v: { aspects: Array<{ targets: Array<{ id: string; name: string }> }> }) =>
      v.aspects.flatMap((a) => a.targets.map((x) => `${x.name}:${x.id}`));
    expect(ids(v2.body.draft).slice(0, 3)).toEqual(ids(v2.body.current).slice(0, 3));
    let targets = (await approvedPlanTargets(t.database.db, [projectId])).get(projectId)!;
    expect(targets.find((x) => x.indicatorKey === 'test.wasteIntensity')!.targetValue).toBe(300);
    expect(await planSummary(t.database.db, projectId)).toMatchObject({ status: 'approved', version: 1, pendingChange: true });

    await hunanEnt.post(`${url()}/submit`);
    expect((await li.get(url())).status).toBe(404);
    // An expert assigned only to review the project's application sees the plan but may not decide on it.
    const [liRow] = await selectRows<{ id: string }>(t.database.db, sql`select id from users where username = 'expert.li'`);
    await assignExpertForTest(t.database.db, projectId, liRow!.id, 'review');
    const seen = await li.get(url());
    expect(seen.status).toBe(200);
    expect(seen.body.permissions.review).toBe(false);
    for (const action of ['approve', 'return']) {
      const refused = await li.post(`${url()}/${action}`, { comment: '应用评审专家' });
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ code: 'plan_review_not_assigned', message: '您未被指派审核该项目的绿色策划' });
    }
    expect((await wang.get(url())).body.permissions.review).toBe(true);
    const ok = await wang.post(`${url()}/approve`, { comment: '专家同意' });
    expect(ok.status).toBe(200);
    expect(ok.body.current).toMatchObject({ version: 2, status: 'approved', reviewedByName: 'expert.wang' });
    expect(ok.body.history.map((v: { version: number; status: string }) => `${v.version}:${v.status}`)).toEqual([
      '2:approved',
      '1:superseded',
    ]);
    targets = (await approvedPlanTargets(t.database.db, [projectId])).get(projectId)!;
    expect(targets.find((x) => x.indicatorKey === 'test.wasteIntensity')!.targetValue).toBe(200);
    const summary = await planSummary(t.database.db, projectId);
    expect(summary).toMatchObject({ status: 'approved', version: 2, pendingChange: false });
    expect(summary!.aspects.map((a) => [a.aspect, a.targets.length, a.measures.map((m) => m.code)])).toEqual([
      ['design', 0, ['CN-DES-02']],
      ['materials', 1, ['CN-MAT-02']],
      ['production', 0, []],
      ['construction', 2, ['CN-CON-01']],
      ['delivery', 0, ['CN-DEL-01']],
    ]);
  });

  it('audits every edit and transition with before and after', async () => {
    expect(await auditActions()).toEqual([
      'planning.plan.create:hunan.enterprise',
      'planning.plan.submit:hunan.enterprise',
      'planning.plan.return:hunan.regulator',
      'planning.plan.edit:hunan.enterprise',
      'planning.plan.submit:hunan.enterprise',
      'planning.plan.approve:hunan.regulator',
      'planning.plan.new_version:hunan.enterprise',
      'planning.plan.submit:hunan.enterprise',
      'planning.plan.approve:expert.wang',
    ]);
    const [last] = await selectRows<{
      before: { version: number; status: string; supersedes: number };
      after: { version: number; status: string; comment: string };
    }>(t.database.db, sql`select before, after from audit_log where entity_type = 'planning_plan' order by id desc limit 1`);
    expect(last!.before).toMatchObject({ version: 2, status: 'submitted', supersedes: 1 });
    expect(last!.after).toMatchObject({ version: 2, status: 'approved', comment: '专家同意' });
  });

  it('keeps other regions out: 404 for Shenzhen users, and the plan list shows only plans in scope', async () => {
    expect((await shenzhenEnt.get(url())).status).toBe(404);
    expect((await shenzhenReg.get(url())).status).toBe(404);
    expect((await shenzhenEnt.put(url(), plan())).status).toBe(404);
    expect((await shenzhenEnt.post(`${url()}/submit`)).status).toBe(404);
    expect((await hunanEnt.get(url(otherProjectId))).status).toBe(404);
    const list = await hunanReg.get('/api/planning/plans');
    expect(
      list.body.items.map((i: { name: string; status: string; approvedVersion: number | null }) => [i.name, i.status, i.approvedVersion]),
    ).toEqual([['长沙绿色策划试点', 'approved', 2]]);
    const sz = await shenzhenReg.get('/api/planning/plans');
    expect(sz.body.items.map((i: { name: string; status: string }) => [i.name, i.status])).toEqual([['深圳策划试点', 'none']]);
    expect((await hunanReg.get('/api/planning/plans?status=submitted')).body.items).toEqual([]);
  });
});

describe('measure library', () => {
  let measureId: string;
  it('seeds national measures for every aspect', async () => {
    const res = await hunanEnt.get('/api/planning/measures');
    const counts: Record<string, number> = {};
    for (const m of res.body.items) counts[m.aspect] = (counts[m.aspect] ?? 0) + 1;
    expect(counts).toEqual({ design: 7, materials: 5, production: 5, construction: 7, delivery: 5 });
  });

  it('regulators add measures for their own region only; other regions neither see nor edit them', async () => {
    const res = await hunanReg.post('/api/planning/measures', {
      aspect: 'construction',
      title: '湘江流域施工泥浆脱水处理',
      defaultStage: 'construction',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ regionCode: 'hunan', code: 'HUNAN-CON-01', active: true });
    measureId = res.body.id;
    expect((await shenzhenReg.post('/api/planning/measures', { regionCode: 'hunan', aspect: 'design', title: 'x' })).status).toBe(403);
    expect((await hunanEnt.post('/api/planning/measures', { aspect: 'design', title: 'x' })).status).toBe(403);
    expect((await shenzhenReg.patch(`/api/planning/measures/${measureId}`, { title: '改' })).status).toBe(404);
    expect((await shenzhenReg.patch('/api/planning/measures/8a1f0000-0000-4000-8000-000000000101', { title: '改' })).status).toBe(403);
    const sz = await shenzhenEnt.get('/api/planning/measures?aspect=construction');
    expect(sz.body.items.some((m: { id: string }) => m.id === measureId)).toBe(false);
    const hn = await hunanEnt.get('/api/planning/measures?aspect=construction');
    expect(hn.body.items.at(-1)).toMatchObject({ id: measureId, code: 'HUNAN-CON-01' });
    const dup = await hunanReg.post('/api/planning/measures', { aspect: 'design', code: 'HUNAN-CON-01', title: 'dup' });
    expect(dup.status).toBe(400);
    expect(dup.body.error.details).toMatchObject([{ path: 'code', code: 'measure_code_taken' }]);
  });

  it('a Shenzhen project cannot pick a Hunan measure; a retired measure leaves the library', async () => {
    const body = { aspects: { construction: { targets: [], measures: [{ measureId }] } } };
    const res = await shenzhenEnt.put(url(otherProjectId), body);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject([{ path: 'aspects.construction.measures.0.measureId', code: 'measure_unknown' }]);
    const retired = await hunanReg.patch(`/api/planning/measures/${measureId}`, { active: false });
    expect(retired.body.active).toBe(false);
    expect(
      (await hunanEnt.get('/api/planning/measures?aspect=construction')).body.items.some((m: { id: string }) => m.id === measureId),
    ).toBe(false);
    const [row] = await selectRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity_type = 'planning_measure'`,
    );
    expect(row!.n).toBe(2);
  });

  it('lists the indicators a target can link to', async () => {
    const res = await hunanEnt.get('/api/planning/indicator-options');
    expect(
      res.body.items
        .filter((i: { key: string }) => i.key.startsWith('test.'))
        .map((i: { key: string; unit: string }) => `${i.key} ${i.unit}`),
    ).toEqual(['test.recyclingRate %', 'test.unmeasured %', 'test.wasteIntensity t/万m²']);
  });
});
