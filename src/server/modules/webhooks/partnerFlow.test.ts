// The partner flow of issue 16, end to end over HTTP: an enterprise registers a partner application, the partner system
// gets an OAuth 2.0 access token (client credentials, client_secret_basic) and subscribes to manifest events, the site issues and the
// facility receives a manifest, the signed deliveries are verified by standardwebhooks on the receiver, the same events
// are read from the change feed, and a delivery is recovered after the receiver was down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { ApiClient, startTestApp, type TestApp } from '../../testing/harness.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { gate, hoursAgo } from '../waste/fixtures.js';
import { startReceiver, waitUntil } from './fixtures.js';

let t: TestApp;
let partner: ApiClient;
let projectId: string;
let facilityId: string;

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  const enterprise = await t.login('hunan.enterprise');
  const registered = await enterprise.post('/api/partner-applications', {
    name: '湘江企业平台',
    scopes: ['webhooks:manage', 'events:read', 'manifests:write', 'manifests:read'],
  });
  expect(registered.status, registered.text).toBe(201);
  const { clientId, clientSecret } = registered.body;
  const tokenRes = await fetch(`${t.url}/api/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
    },
    body: 'grant_type=client_credentials',
  });
  expect(tokenRes.status).toBe(200);
  const token = (await tokenRes.json()) as { access_token: string; token_type: string };
  expect(token.token_type.toLowerCase()).toBe('bearer');
  partner = t.client({ authorization: `Bearer ${token.access_token}` });
  projectId = await createProjectForTest(t.database.db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
  const facilities = (await enterprise.get('/api/waste/facilities?regionCode=hunan')).body.items;
  facilityId = facilities.find((f: { name: string }) => f.name === DEMO_ORGS.hunanFacility).id;
}, 120_000);
afterAll(async () => t?.close());

describe('partner flow', () => {
  it('subscribes, receives signed manifest events, reads the feed, and recovers after downtime', async () => {
    const receiver = await startReceiver();
    const catalogue = await partner.get('/api/events/types');
    expect(catalogue.status).toBe(200);
    const manifestTypes: string[] = catalogue.body.items
      .map((x: { type: string }) => x.type)
      .filter((x: string) => x.includes('.waste.manifest.'));
    expect(manifestTypes.length).toBeGreaterThanOrEqual(2);

    // The partner subscribes with its token; its system runs on premise, so an administrator allows the private address.
    const created = await partner.post('/api/webhooks/endpoints', {
      url: 'https://partner.example.com/greenbuild',
      eventTypes: manifestTypes,
      projectIds: [projectId],
    });
    expect(created.status, created.text).toBe(201);
    const endpointId = created.body.endpoint.id;
    const secret: string = created.body.secret;
    const admin = await t.login('admin');
    const allowed = await admin.patch(`/api/webhooks/endpoints/${endpointId}`, { url: receiver.url, allowPrivate: true });
    expect(allowed.status, allowed.text).toBe(200);

    // The site issues a manifest (with the partner's token) and the facility receives it.
    const issued = await partner.post(`/api/projects/${projectId}/waste/manifests`, gate(facilityId, { at: hoursAgo(2) }));
    expect(issued.status, issued.text).toBe(201);
    const facility = await t.login('hunan.facility');
    const received = await facility.post(`/api/waste/manifests/${issued.body.id}/receive`, { weighbridgeTonnes: 19.5, at: hoursAgo(1) });
    expect(received.status, received.text).toBe(200);

    await waitUntil(() => receiver.received.some((r) => r.body.includes('.waste.manifest.received.')), 30_000, 'the received event');
    const wh = new Webhook(secret);
    const deliveredIds = receiver.received.map((r) => {
      const e = wh.verify(r.body, r.headers) as { id: string; type: string; data: Record<string, unknown>; subject: string };
      expect(r.headers['webhook-id']).toBe(e.id);
      expect(e.subject).toContain(issued.body.id);
      return e.id;
    });
    expect(receiver.received.map((r) => JSON.parse(r.body).type)).toContain(manifestTypes.find((x) => x.includes('received')));

    // The same events from the change feed with the same token.
    const feed = await partner.get(`/api/v1/events?types=${manifestTypes.join(',')}&limit=100`);
    expect(feed.status, feed.text).toBe(200);
    const feedIds = feed.body.items.filter((e: { subject: string }) => e.subject.includes(issued.body.id)).map((e: { id: string }) => e.id);
    // Webhooks are sent in parallel (no order promised, as in Standard Webhooks); the feed gives the commit order.
    expect(feedIds).toHaveLength(deliveredIds.length);
    expect([...feedIds].sort()).toEqual([...deliveredIds].sort());

    // The receiver goes down; the next manifest's delivery fails and waits for a retry.
    await receiver.close();
    const before = new Date(Date.now() - 1000).toISOString();
    const second = await partner.post(`/api/projects/${projectId}/waste/manifests`, gate(facilityId, { at: hoursAgo(1) }));
    expect(second.status).toBe(201);
    await waitUntil(
      async () => {
        const log = await partner.get(`/api/webhooks/endpoints/${endpointId}/deliveries?status=pending`);
        return log.body.items.some((d: { attempts: number; lastError: string | null }) => d.attempts >= 1 && d.lastError);
      },
      30_000,
      'the failed attempt',
    );
    // Back up (same address), the partner recovers what it missed since before the outage.
    const back = await startReceiver(undefined, receiver.port);
    const rec = await partner.post(`/api/webhooks/endpoints/${endpointId}/recover`, { since: before });
    expect(rec.status, rec.text).toBe(202);
    expect(rec.body.deliveries).toBeGreaterThanOrEqual(1);
    await waitUntil(() => back.received.some((r) => r.body.includes(second.body.id)), 30_000, 'the recovered delivery');
    const recovered = back.received.find((r) => r.body.includes(second.body.id))!;
    expect(wh.verify(recovered.body, recovered.headers)).toMatchObject({ subject: expect.stringContaining(second.body.id) });
    const log = await partner.get(`/api/webhooks/endpoints/${endpointId}/deliveries`);
    const d = log.body.items.find((x: { eventId: string }) => x.eventId === recovered.headers['webhook-id']);
    expect(d).toMatchObject({ status: 'succeeded', lastStatusCode: 200 });
    await back.close();
  }, 120_000);
});

describe('application scopes', () => {
  it('an application without webhooks:manage is refused; another organisation’s application sees none of these endpoints', async () => {
    const token = async (user: string, scopes: string[]) => {
      const c = await t.login(user);
      const app = (await c.post('/api/partner-applications', { name: `平台 ${Math.random()}`, scopes })).body;
      const res = await fetch(`${t.url}/api/oauth/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
        },
        body: 'grant_type=client_credentials',
      });
      return t.client({ authorization: `Bearer ${((await res.json()) as { access_token: string }).access_token}` });
    };
    const readOnly = await token('hunan.enterprise', ['events:read']);
    const refused = await readOnly.get('/api/webhooks/endpoints');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('insufficient_scope');
    const mine = (await partner.get('/api/webhooks/endpoints')).body.items as Array<{ id: string }>;
    expect(mine.length).toBeGreaterThanOrEqual(1);
    const other = await token('shenzhen.enterprise', ['webhooks:manage']);
    expect((await other.get('/api/webhooks/endpoints')).body.items).toEqual([]);
    expect((await other.get(`/api/webhooks/endpoints/${mine[0]!.id}`)).status).toBe(404);
  });
});
