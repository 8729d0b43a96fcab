import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { DEMO_ORGS } from './fixtures.js';

// Who may own a project and who may be made its participant (issue 19, item 10).
let t: TestApp;
let admin: ApiClient;
let orgs: Map<string, { id: string; kind: string; regionCode: string | null }>;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
  admin = await t.login('admin');
  orgs = new Map(
    (await admin.get('/api/organisations?pageSize=500')).body.items.map(
      (o: { id: string; name: string; kind: string; regionCode: string | null }) => [o.name, o],
    ),
  );
});
afterAll(async () => t?.close());

const org = (name: string) => {
  const o = orgs.get(name);
  if (!o) throw new Error(`no organisation ${name}`);
  return o;
};

describe('project owner', () => {
  it('a regulator cannot register a project of their region owned by another region’s enterprise', async () => {
    const hunan = await t.login('hunan.regulator');
    const res = await hunan.post('/api/projects', {
      name: '跨区业主项目',
      regionCode: 'hunan',
      ownerOrganisationId: org(DEMO_ORGS.shenzhenEnterprise).id,
      category: 'building',
      floorAreaM2: 5000,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({
      path: 'ownerOrganisationId',
      code: 'owner_other_region',
      message: '项目单位应属于项目所在地区（或为全国性单位）',
    });
    expect((await admin.get(`/api/projects?q=${encodeURIComponent('跨区业主项目')}`)).body.total).toBe(0);
  });

  it('a region’s own enterprise, or a nationwide one, may own it', async () => {
    const hunan = await t.login('hunan.regulator');
    const own = await hunan.post('/api/projects', {
      name: '本地业主项目',
      regionCode: 'hunan',
      ownerOrganisationId: org(DEMO_ORGS.hunanEnterprise).id,
      category: 'building',
      floorAreaM2: 5000,
    });
    expect(own.status).toBe(201);
    const national = await admin.post('/api/organisations', { name: '中国测试建筑集团（全国）', kind: 'enterprise' });
    const res = await hunan.post('/api/projects', {
      name: '央企业主项目',
      regionCode: 'hunan',
      ownerOrganisationId: national.body.id,
      category: 'building',
      floorAreaM2: 5000,
    });
    expect(res.status).toBe(201);
  });
});

describe('project participants', () => {
  const hunanProject = async (c: ApiClient) =>
    (await c.get('/api/projects?pageSize=100')).body.items.find(
      (p: { ownerOrganisationId: string }) => p.ownerOrganisationId === org(DEMO_ORGS.hunanEnterprise).id,
    ).id as string;

  it('an enterprise cannot add another region’s organisation, an expert pool, an authority or a facility', async () => {
    const ent = await t.login('hunan.enterprise');
    const id = await hunanProject(ent);
    const before = (await ent.get(`/api/projects/${id}`)).body.participants;
    const shenzhen = await ent.put(`/api/projects/${id}/participants`, {
      participants: [{ organisationId: org(DEMO_ORGS.shenzhenEnterprise).id, role: 'construction' }],
    });
    expect(shenzhen.status).toBe(400);
    expect(shenzhen.body.error.details[0]).toMatchObject({ path: 'participants.0.organisationId', code: 'participant_other_region' });
    const pool = [...orgs.values()].find((o) => o.kind === 'expert_pool')!;
    const facility = org(DEMO_ORGS.hunanFacility);
    for (const o of [pool, facility]) {
      const res = await ent.put(`/api/projects/${id}/participants`, { participants: [{ organisationId: o.id, role: 'consulting' }] });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0]).toMatchObject({ path: 'participants.0.organisationId', code: 'participant_kind_refused' });
    }
    expect((await ent.get(`/api/projects/${id}`)).body.participants).toEqual(before);
    // Its own region's firms are fine.
    const local = await admin.post('/api/organisations', { name: '湖南测试监理有限公司', kind: 'enterprise', regionCode: 'hunan' });
    const ok = await ent.put(`/api/projects/${id}/participants`, {
      participants: [
        ...before
          .filter((p: { role: string }) => p.role !== 'owner')
          .map((p: { organisationId: string; role: string }) => ({ organisationId: p.organisationId, role: p.role })),
        { organisationId: local.body.id, role: 'supervision' },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.items.map((p: { organisationId: string }) => p.organisationId)).toContain(local.body.id);
  });

  it('the region’s regulator may add another region’s firm', async () => {
    const reg = await t.login('hunan.regulator');
    const id = await hunanProject(await t.login('hunan.enterprise'));
    const res = await reg.put(`/api/projects/${id}/participants`, {
      participants: [{ organisationId: org(DEMO_ORGS.shenzhenEnterprise).id, role: 'consulting' }],
    });
    expect(res.status).toBe(200);
  });
});
