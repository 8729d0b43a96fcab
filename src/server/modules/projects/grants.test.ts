import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';

let t: TestApp;
let hunan: ApiClient;
let shenzhen: ApiClient;
let changzhou: ApiClient;
let projectId: string;
let shenzhenOrg: string;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
  hunan = await t.login('hunan.enterprise');
  shenzhen = await t.login('shenzhen.enterprise');
  changzhou = await t.login('changzhou.enterprise');
  const me = (await hunan.get('/api/auth/me')).body;
  projectId = (await hunan.get('/api/projects?pageSize=100')).body.items.find(
    (p: { ownerOrganisationId: string }) => p.ownerOrganisationId === me.organisationId,
  ).id;
  shenzhenOrg = (await shenzhen.get('/api/auth/me')).body.organisationId;
});
afterAll(async () => t?.close());

const reads = (c: ApiClient) =>
  Promise.all([
    c.get(`/api/projects/${projectId}/site`).then((r) => r.status),
    c.get(`/api/projects/${projectId}/waste/manifests`).then((r) => r.status),
    c.get(`/api/projects/${projectId}`).then((r) => r.status),
  ]);

describe('data-sharing grants between two enterprises', () => {
  it('grant, access and revoke: the grantee reads exactly the granted dataset, logged, until revoked', async () => {
    // Before: Shenzhen sees nothing of the Hunan project, and cannot grant it either.
    expect(await reads(shenzhen)).toEqual([404, 404, 404]);
    const hunanOrg = (await hunan.get('/api/auth/me')).body.organisationId;
    expect(
      (await shenzhen.post(`/api/projects/${projectId}/grants`, { granteeOrganisationId: hunanOrg, datasets: ['site'], purpose: 'x' }))
        .status,
    ).toBe(404);

    const created = await hunan.post(`/api/projects/${projectId}/grants`, {
      granteeOrganisationId: shenzhenOrg,
      datasets: ['site'],
      purpose: '绿色金融贷后监测',
      validUntil: '2099-12-31',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'active', datasets: ['site'], granteeOrganisationId: shenzhenOrg, accessCount: 0 });
    const grantId = created.body.id as string;

    // After: the site dataset reads; manifests (not granted) and the project record itself stay 404.
    expect(await reads(shenzhen)).toEqual([200, 404, 404]);
    // A third enterprise still sees nothing, neither the data nor the grant.
    expect(await reads(changzhou)).toEqual([404, 404, 404]);
    expect((await changzhou.get(`/api/grants/${grantId}/accesses`)).status).toBe(404);
    expect((await changzhou.get('/api/grants')).body.items.map((g: { id: string }) => g.id)).not.toContain(grantId);

    // The grantee finds it among the grants it received; the grantor among those it gave, with the access log.
    expect((await shenzhen.get('/api/grants?direction=received')).body.items.map((g: { id: string }) => g.id)).toContain(grantId);
    expect((await shenzhen.get('/api/grants?direction=given')).body.items.map((g: { id: string }) => g.id)).not.toContain(grantId);
    const given = (await hunan.get('/api/grants?direction=given')).body.items.find((g: { id: string }) => g.id === grantId);
    expect(given.accessCount).toBe(1);
    const log = (await hunan.get(`/api/grants/${grantId}/accesses`)).body;
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({ dataset: 'site', method: 'GET', route: '/api/projects/:projectId/site', via: 'session' });
    expect(log.items[0].actorName).toContain('shenzhen.enterprise');

    // Regulators see the grants of their region only.
    expect((await (await t.login('hunan.regulator')).get('/api/grants')).body.items.map((g: { id: string }) => g.id)).toContain(grantId);
    expect((await (await t.login('shenzhen.regulator')).get('/api/grants')).body.items.map((g: { id: string }) => g.id)).not.toContain(
      grantId,
    );

    // Only the grantor revokes; effective on the very next request.
    expect((await shenzhen.delete(`/api/grants/${grantId}`)).status).toBe(403);
    expect((await hunan.delete(`/api/grants/${grantId}`)).status).toBe(204);
    expect(await reads(shenzhen)).toEqual([404, 404, 404]);
    expect((await hunan.delete(`/api/grants/${grantId}`)).status).toBe(409);
    expect((await hunan.get(`/api/grants?direction=given&status=revoked`)).body.items.map((g: { id: string }) => g.id)).toContain(grantId);
    const audit = await (await t.login('admin')).get(`/api/audit?entityType=project_data_grant&entityId=${grantId}`);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['project.grant', 'project.grant_revoke']);
  });

  it('a grant of waste opens the manifests to the grantee’s partner application too, and ends with its date', async () => {
    const grant = (
      await hunan.post(`/api/projects/${projectId}/grants`, {
        granteeOrganisationId: shenzhenOrg,
        datasets: ['waste'],
        purpose: '联单对账',
      })
    ).body;
    const app = (await shenzhen.post('/api/partner-applications', { name: '鹏城数据平台', scopes: ['manifests:read', 'site:read'] })).body;
    const tok = await fetch(`${t.url}/api/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const partner = t.client({ authorization: `Bearer ${tok.access_token}` });
    expect(await reads(partner)).toEqual([404, 200, 403]);
    const log = (await hunan.get(`/api/grants/${grant.id}/accesses`)).body.items;
    expect(log[0]).toMatchObject({ via: 'application', dataset: 'waste', route: '/api/projects/:projectId/waste/manifests' });
    // An end date in the past ends the grant (set directly: the form refuses a past date).
    await t.database.db.execute(`update project_data_grants set valid_until = current_date - 2 where id = '${grant.id}'` as never);
    expect(await reads(partner)).toEqual([404, 404, 403]);
    expect((await hunan.get(`/api/grants?direction=given&status=expired`)).body.items.map((g: { id: string }) => g.id)).toContain(grant.id);
  });

  it('the feed shows the grantee the granted dataset’s events of that project only, until revoked', async () => {
    const { sql } = await import('drizzle-orm');
    const { randomUUID } = await import('node:crypto');
    const ids: Record<string, string> = { waste: randomUUID(), site: randomUUID() };
    for (const dataset of ['waste', 'site'])
      await t.database.db.execute(sql`insert into events (id, type, source, subject, data, project_id, region_code, dataset)
        values (${ids[dataset]}, ${`cn.greenbuild.test.${dataset}.v1`}, '/greenbuild', ${`/projects/${projectId}`}, '{}'::jsonb, ${projectId}, 'hunan', ${dataset})`);
    const seen = async (c: ApiClient) => {
      const res = await c.get('/api/v1/events?limit=1000');
      expect(res.status).toBe(200);
      return res.body.items.map((e: { id: string }) => e.id).filter((id: string) => Object.values(ids).includes(id));
    };
    expect(await seen(shenzhen)).toEqual([]);
    const grant = (
      await hunan.post(`/api/projects/${projectId}/grants`, {
        granteeOrganisationId: shenzhenOrg,
        datasets: ['waste'],
        purpose: '事件订阅',
      })
    ).body;
    expect(await seen(shenzhen)).toEqual([ids.waste]);
    expect(await seen(changzhou)).toEqual([]);
    expect((await seen(hunan)).sort()).toEqual(Object.values(ids).sort());
    await hunan.delete(`/api/grants/${grant.id}`);
    expect(await seen(shenzhen)).toEqual([]);
  });

  it('validates a grant: datasets from the list, a purpose, no past date, never to oneself', async () => {
    const hunanOrg = (await hunan.get('/api/auth/me')).body.organisationId;
    const bad = await hunan.post(
      `/api/projects/${projectId}/grants`,
      { granteeOrganisationId: shenzhenOrg, datasets: ['salaries'], purpose: '' },
      { 'accept-language': 'en' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['datasets.0', 'purpose']));
    const self = await hunan.post(`/api/projects/${projectId}/grants`, {
      granteeOrganisationId: hunanOrg,
      datasets: ['site'],
      purpose: 'x',
    });
    expect(self.body.error.details[0]).toMatchObject({ path: 'granteeOrganisationId', code: 'grant_to_self' });
    const past = await hunan.post(`/api/projects/${projectId}/grants`, {
      granteeOrganisationId: shenzhenOrg,
      datasets: ['site'],
      purpose: 'x',
      validUntil: '2020-01-01',
    });
    expect(past.body.error.details[0]).toMatchObject({ path: 'validUntil', code: 'grant_until_past' });
    // An organisation picker for the form, without the caller's own organisation.
    const orgs = (await hunan.get('/api/grants/organisations')).body.items.map((o: { id: string }) => o.id);
    expect(orgs).toContain(shenzhenOrg);
    expect(orgs).not.toContain(hunanOrg);
  });
});
