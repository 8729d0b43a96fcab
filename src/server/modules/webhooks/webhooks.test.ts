import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Webhook } from 'standardwebhooks';
import { defineEventType, recordEvent } from '../../platform/events.js';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { findOrganisationByName } from '../accounts/index.js';
import { selectRows, sql } from '../../db/database.js';
import { startReceiver, waitUntil } from './fixtures.js';
import { knownEventTypes } from './catalogue.js';
import { WebhookDispatcher, nextDelayMs, retryAfterMs, RETRY_DELAYS_MS } from './dispatch.js';
import { webhookDispatcherOf } from './routes.js';

let t: TestApp;
let admin: ApiClient;
let hunan: ApiClient;
let shenzhen: ApiClient;
let projectA: string;
let projectB: string;
let orgA: string;
let orgB: string;
let TYPE: string;
let OTHER_TYPE: string;

/** Records an event of a catalogue type as a module would, in its own transaction. */
async function emit(type: string, projectId: string, organisationId: string, data: Record<string, unknown> = {}) {
  const def = defineEventType({ type, dataset: 'waste', title: { zh: type, en: type }, schema: z.record(z.string(), z.unknown()) });
  return t.database.db.transaction((tx) =>
    recordEvent(tx, def, {
      subject: `/projects/${projectId}/test`,
      data: { projectId, ...data },
      projectId,
      organisationId,
      regionCode: null,
    }),
  );
}

async function deliveryRows(endpointId: string) {
  return selectRows<{ event_id: string; status: string; attempts: number }>(
    t.database.db,
    sql`select event_id, status, attempts from webhook_deliveries where endpoint_id = ${endpointId}::uuid order by created_at`,
  );
}

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  admin = await t.login('admin');
  hunan = await t.login('hunan.enterprise');
  shenzhen = await t.login('shenzhen.enterprise');
  orgA = (await findOrganisationByName(t.database.db, DEMO_ORGS.hunanEnterprise))!.id;
  orgB = (await findOrganisationByName(t.database.db, DEMO_ORGS.shenzhenEnterprise))!.id;
  projectA = await createProjectForTest(t.database.db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
  projectB = await createProjectForTest(t.database.db, { ownerOrganisationName: DEMO_ORGS.shenzhenEnterprise, regionCode: 'shenzhen' });
  const types = [...knownEventTypes()].sort();
  TYPE = types.find((x) => x.includes('manifest')) ?? types[0]!;
  OTHER_TYPE = types.find((x) => x !== TYPE)!;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('retry schedule', () => {
  it('follows immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h with ±10 % jitter, then gives up', () => {
    expect(RETRY_DELAYS_MS).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]);
    expect(nextDelayMs(1, null, () => 0)).toBe(4_500);
    expect(nextDelayMs(1, null, () => 1)).toBe(5_500);
    expect(nextDelayMs(7, null, () => 0.5)).toBe(36_000_000);
    expect(nextDelayMs(8, null)).toBeNull();
    expect(nextDelayMs(2, 3_000)).toBe(3_000);
    expect(nextDelayMs(2, 999 * 3600_000)).toBe(10 * 3600_000);
  });
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('7')).toBe(7_000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(undefined)).toBeNull();
  });
});

describe('subscriptions', () => {
  it('refuses bad subscriptions with the field path', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ url: 'ftp://partner.example.com/x', eventTypes: [TYPE] }, 'url', 'outbound_scheme'],
      [{ url: 'https://127.0.0.1/hook', eventTypes: [TYPE] }, 'url', 'outbound_address_private'],
      [{ url: 'https://2130706433/hook', eventTypes: [TYPE] }, 'url', 'outbound_address_private'],
      [{ url: 'http://169.254.169.254/latest', eventTypes: [TYPE] }, 'url', 'outbound_address_forbidden'],
      [{ url: 'https://partner.example.com:8443/x', eventTypes: [TYPE] }, 'url', 'outbound_port'],
      [
        { url: 'https://partner.example.com/x', eventTypes: [TYPE, 'cn.greenbuild.nothing.here.v1'] },
        'eventTypes.1',
        'webhook_event_type_unknown',
      ],
      [{ url: 'https://partner.example.com/x', eventTypes: [TYPE], projectIds: [projectB] }, 'projectIds.0', 'webhook_project_unknown'],
      [{ url: 'https://partner.example.com/x', eventTypes: [TYPE], allowPrivate: true }, 'allowPrivate', 'webhook_private_admin_only'],
    ];
    for (const [body, path, code] of cases) {
      const res = await hunan.post('/api/webhooks/endpoints', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details, JSON.stringify(body)).toContainEqual(expect.objectContaining({ path, code }));
    }
    const en = await hunan.post('/api/webhooks/endpoints', { url: 'https://127.0.0.1/', eventTypes: [TYPE] }, { 'accept-language': 'en' });
    expect(en.body.error.details[0].message).toMatch(/administrator must allow/);
    const zh = await hunan.post('/api/webhooks/endpoints', { url: 'https://127.0.0.1/', eventTypes: [TYPE] });
    expect(zh.body.error.details[0].message).toMatch(/内网或本机地址/);
  });

  it('facility and expert users cannot manage endpoints', async () => {
    const facility = await t.login('hunan.facility');
    expect((await facility.get('/api/webhooks/endpoints')).status).toBe(403);
  });

  it('an enterprise creates an endpoint for its organisation; the secret is shown once', async () => {
    const res = await hunan.post('/api/webhooks/endpoints', {
      url: 'https://partner.example.com/hooks',
      eventTypes: [TYPE],
      description: '湘江平台',
    });
    expect(res.status).toBe(201);
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(res.body.secret.slice(6), 'base64').length).toBe(32);
    expect(res.body.endpoint).toMatchObject({ organisationId: orgA, ownerRole: 'enterprise', status: 'active', allowPrivate: false });
    const got = await hunan.get(`/api/webhooks/endpoints/${res.body.endpoint.id}`);
    expect(got.status).toBe(200);
    expect(got.text).not.toContain(res.body.secret);
    const audit = await selectRows<{ action: string; after: unknown }>(
      t.database.db,
      sql`select action, after from audit_log where entity_id = ${res.body.endpoint.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['webhook.endpoint.create']);
    expect(JSON.stringify(audit[0]!.after)).not.toContain(res.body.secret);
    expect((await hunan.delete(`/api/webhooks/endpoints/${res.body.endpoint.id}`)).status).toBe(204);
  });
});

describe('signed delivery to a real receiver', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let endpointId: string;
  let secret: string;
  beforeAll(async () => {
    receiver = await startReceiver();
    const res = await admin.post('/api/webhooks/endpoints', {
      url: receiver.url,
      eventTypes: [TYPE],
      organisationId: orgA,
      allowPrivate: true,
    });
    expect(res.status).toBe(201);
    endpointId = res.body.endpoint.id;
    secret = res.body.secret;
    expect(res.body.endpoint).toMatchObject({ organisationId: orgA, ownerRole: 'enterprise', allowPrivate: true });
  });
  afterAll(() => receiver.close());

  it('delivers only what the organisation may see, signed, verified by standardwebhooks', async () => {
    const mine = await emit(TYPE, projectA, orgA, { n: 1 });
    await emit(TYPE, projectB, orgB, { n: 2 }); // another organisation's project: never sent to A
    await emit(OTHER_TYPE, projectA, orgA, { n: 3 }); // not subscribed
    await waitUntil(() => receiver.received.length >= 1, 20_000, 'the delivery');
    await t.ctx.events.drain();
    await webhookDispatcherOf(t.ctx)!.drain();
    expect(receiver.received).toHaveLength(1);
    const r = receiver.received[0]!;
    expect(r.headers['webhook-id']).toBe(mine);
    expect(r.headers['content-type']).toBe('application/json');
    const verified = new Webhook(secret).verify(r.body, r.headers) as Record<string, unknown>;
    expect(verified).toMatchObject({
      specversion: '1.0',
      id: mine,
      type: TYPE,
      datacontenttype: 'application/json',
      data: { projectId: projectA, n: 1 },
    });
    expect(() => new Webhook('whsec_' + Buffer.alloc(32, 7).toString('base64')).verify(r.body, r.headers)).toThrow();
    const log = await hunan.get(`/api/webhooks/endpoints/${endpointId}/deliveries`);
    expect(log.status).toBe(200);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ eventId: mine, status: 'succeeded', attempts: 1, lastStatusCode: 200 });
    expect(log.body.items[0].lastLatencyMs).toBeGreaterThanOrEqual(0);
  });

  it('another organisation cannot see or touch the endpoint (404)', async () => {
    expect((await shenzhen.get(`/api/webhooks/endpoints/${endpointId}`)).status).toBe(404);
    expect((await shenzhen.get(`/api/webhooks/endpoints/${endpointId}/deliveries`)).status).toBe(404);
    expect((await shenzhen.patch(`/api/webhooks/endpoints/${endpointId}`, { status: 'disabled' })).status).toBe(404);
    expect((await shenzhen.post(`/api/webhooks/endpoints/${endpointId}/test`)).status).toBe(404);
    expect((await shenzhen.post(`/api/webhooks/endpoints/${endpointId}/rotate-secret`, {})).status).toBe(404);
    expect((await shenzhen.delete(`/api/webhooks/endpoints/${endpointId}`)).status).toBe(404);
    const list = await shenzhen.get('/api/webhooks/endpoints');
    expect(list.body.items.map((e: { id: string }) => e.id)).not.toContain(endpointId);
    expect((await hunan.get('/api/webhooks/endpoints')).body.items.map((e: { id: string }) => e.id)).toContain(endpointId);
  });

  it('an enterprise cannot give itself the private-address allowance', async () => {
    const res = await hunan.patch(`/api/webhooks/endpoints/${endpointId}`, { allowPrivate: false });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'allowPrivate', code: 'webhook_private_admin_only' });
  });

  it('retries a 503 after its Retry-After, then succeeds; the log keeps both attempts', async () => {
    let calls = 0;
    receiver.respondWith((_r, res) => {
      calls++;
      if (calls === 1) res.writeHead(503, { 'retry-after': '1' }).end('busy');
      else res.end('ok');
    });
    const id = await emit(TYPE, projectA, orgA, { n: 4 });
    await waitUntil(
      async () => (await deliveryRows(endpointId)).some((d) => d.event_id === id && d.status === 'succeeded'),
      30_000,
      'the retry',
    );
    const log = await hunan.get(`/api/webhooks/endpoints/${endpointId}/deliveries`);
    const d = log.body.items.find((x: { eventId: string }) => x.eventId === id);
    expect(d).toMatchObject({ status: 'succeeded', attempts: 2, lastStatusCode: 200 });
    const attempts = await hunan.get(`/api/webhooks/endpoints/${endpointId}/deliveries/${d.id}/attempts`);
    expect(attempts.body.items.map((a: { statusCode: number; outcome: string }) => [a.statusCode, a.outcome])).toEqual([
      [503, 'failed'],
      [200, 'succeeded'],
    ]);
    expect(attempts.body.items[0].responseExcerpt).toBe('busy');
    // Retry-After: 1 was honoured instead of the 5 s step of the schedule.
    const gap = Date.parse(attempts.body.items[1].attemptedAt) - Date.parse(attempts.body.items[0].attemptedAt);
    expect(gap).toBeLessThan(4_500);
    const both = receiver.received.filter((r) => r.headers['webhook-id'] === id);
    expect(both).toHaveLength(2);
    receiver.respondWith((_r, res) => res.end('ok'));
  });

  it('during a rotation overlap deliveries carry both signatures; each secret verifies', async () => {
    const rot = await hunan.post(`/api/webhooks/endpoints/${endpointId}/rotate-secret`, { overlapHours: 24 });
    expect(rot.status).toBe(200);
    expect(rot.body.secret).not.toBe(secret);
    const id = await emit(TYPE, projectA, orgA, { n: 5 });
    await waitUntil(() => receiver.received.some((r) => r.headers['webhook-id'] === id), 20_000, 'the rotated delivery');
    const r = receiver.received.find((x) => x.headers['webhook-id'] === id)!;
    expect(r.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(new Webhook(rot.body.secret).verify(r.body, r.headers)).toMatchObject({ id });
    expect(new Webhook(secret).verify(r.body, r.headers)).toMatchObject({ id });
    // Without overlap the old secret stops at once.
    const rot2 = await hunan.post(`/api/webhooks/endpoints/${endpointId}/rotate-secret`, { overlapHours: 0 });
    const id2 = await emit(TYPE, projectA, orgA, { n: 6 });
    await waitUntil(() => receiver.received.some((x) => x.headers['webhook-id'] === id2), 20_000, 'the next delivery');
    const r2 = receiver.received.find((x) => x.headers['webhook-id'] === id2)!;
    expect(r2.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(new Webhook(rot2.body.secret).verify(r2.body, r2.headers)).toMatchObject({ id: id2 });
    expect(() => new Webhook(rot.body.secret).verify(r2.body, r2.headers)).toThrow();
    secret = rot2.body.secret;
  });

  it('test-send delivers a signed cn.greenbuild.webhook.test.v1 ping', async () => {
    const res = await hunan.post(`/api/webhooks/endpoints/${endpointId}/test`);
    expect(res.status).toBe(202);
    await waitUntil(() => receiver.received.some((r) => r.body.includes('cn.greenbuild.webhook.test.v1')), 20_000, 'the ping');
    const r = receiver.received.find((x) => x.body.includes('cn.greenbuild.webhook.test.v1'))!;
    expect(new Webhook(secret).verify(r.body, r.headers)).toMatchObject({ type: 'cn.greenbuild.webhook.test.v1', data: { endpointId } });
  });

  it('resend one sends the same webhook-id again', async () => {
    const log = await hunan.get(`/api/webhooks/endpoints/${endpointId}/deliveries?status=succeeded`);
    const d = log.body.items.at(-1);
    const before = receiver.received.filter((r) => r.headers['webhook-id'] === d.eventId).length;
    expect((await hunan.post(`/api/webhooks/endpoints/${endpointId}/deliveries/${d.id}/resend`)).status).toBe(202);
    await waitUntil(
      () => receiver.received.filter((r) => r.headers['webhook-id'] === d.eventId).length === before + 1,
      20_000,
      'the resend',
    );
    expect((await shenzhen.post(`/api/webhooks/endpoints/${endpointId}/deliveries/${d.id}/resend`)).status).toBe(404);
  });

  it('a redirect is a failure and is not followed', async () => {
    receiver.respondWith((_r, res) => res.writeHead(302, { location: 'http://169.254.169.254/' }).end());
    const id = await emit(TYPE, projectA, orgA, { n: 7 });
    await waitUntil(
      async () => (await deliveryRows(endpointId)).some((d) => d.event_id === id && d.attempts >= 1 && d.status === 'pending'),
      20_000,
      'the failed attempt',
    );
    const log = await hunan.get(`/api/webhooks/endpoints/${endpointId}/deliveries?status=pending`);
    expect(log.body.items.find((x: { eventId: string }) => x.eventId === id)).toMatchObject({ lastStatusCode: 302, status: 'pending' });
    expect(receiver.received.filter((r) => r.headers['webhook-id'] === id)).toHaveLength(1);
    // The next attempt (5 s later) succeeds.
    receiver.respondWith((_r, res) => res.end('ok'));
    await waitUntil(
      async () => (await deliveryRows(endpointId)).find((d) => d.event_id === id)?.status === 'succeeded',
      30_000,
      'the retry',
    );
  });

  it('410 Gone disables the endpoint, audited, and nothing more is queued for it', async () => {
    receiver.respondWith((_r, res) => res.writeHead(410).end('gone'));
    const id = await emit(TYPE, projectA, orgA, { n: 8 });
    await waitUntil(
      async () => (await hunan.get(`/api/webhooks/endpoints/${endpointId}`)).body.status === 'disabled',
      30_000,
      'the disable',
    );
    const ep = (await hunan.get(`/api/webhooks/endpoints/${endpointId}`)).body;
    expect(ep).toMatchObject({ status: 'disabled', disabledReason: 'gone' });
    const rows = await deliveryRows(endpointId);
    expect(rows.find((d) => d.event_id === id)?.status).toBe('failed');
    expect(rows.filter((d) => d.status === 'pending')).toHaveLength(0);
    const audit = await selectRows<{ actor_name: string }>(
      t.database.db,
      sql`select actor_name from audit_log where entity_id = ${endpointId} and action = 'webhook.endpoint.disable'`,
    );
    expect(audit).toEqual([{ actor_name: 'system' }]);
    expect((await hunan.post(`/api/webhooks/endpoints/${endpointId}/test`)).status).toBe(409);
    // Enabled again, "recover since" sends what failed meanwhile.
    receiver.respondWith((_r, res) => res.end('ok'));
    expect((await hunan.patch(`/api/webhooks/endpoints/${endpointId}`, { status: 'active' })).body.status).toBe('active');
    const since = new Date(Date.now() - 3600_000).toISOString();
    const rec = await hunan.post(`/api/webhooks/endpoints/${endpointId}/recover`, { since });
    expect(rec.status).toBe(202);
    expect(rec.body.deliveries).toBeGreaterThanOrEqual(1);
    await waitUntil(
      async () => (await deliveryRows(endpointId)).find((d) => d.event_id === id)?.status === 'succeeded',
      20_000,
      'the recovery',
    );
    const future = await hunan.post(`/api/webhooks/endpoints/${endpointId}/recover`, {
      since: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].path).toBe('since');
  });
});

describe('failing for five days', () => {
  it('an endpoint failing since more than five days is disabled at its next failure, audited', async () => {
    const down = await startReceiver((_r, res) => res.writeHead(500).end('down'));
    const res = await admin.post('/api/webhooks/endpoints', {
      url: down.url,
      eventTypes: [TYPE],
      organisationId: orgA,
      allowPrivate: true,
    });
    const id = res.body.endpoint.id as string;
    await t.database.db.execute(
      sql`update webhook_endpoints set failing_since = now() - interval '5 days 1 minute' where id = ${id}::uuid`,
    );
    await emit(TYPE, projectA, orgA, { n: 9 });
    await waitUntil(async () => (await hunan.get(`/api/webhooks/endpoints/${id}`)).body.status === 'disabled', 30_000, 'the disable');
    expect((await hunan.get(`/api/webhooks/endpoints/${id}`)).body).toMatchObject({ status: 'disabled', disabledReason: 'failing' });
    const audit = await selectRows<{ after: { reason: string } }>(
      t.database.db,
      sql`select after from audit_log where entity_id = ${id} and action = 'webhook.endpoint.disable'`,
    );
    expect(audit.map((a) => a.after.reason)).toEqual(['failing']);
    await down.close();
  });
});

describe('regulators', () => {
  it('a regulator subscribes region-wide; another region’s regulator cannot see it', async () => {
    const hunanReg = await t.login('hunan.regulator');
    const res = await hunanReg.post('/api/webhooks/endpoints', { url: 'https://supervision.example.gov.cn/hooks', eventTypes: [TYPE] });
    expect(res.status, res.text).toBe(201);
    expect(res.body.endpoint).toMatchObject({ ownerRole: 'regulator', regionCode: 'hunan', organisationId: null });
    const outside = await hunanReg.post('/api/webhooks/endpoints', {
      url: 'https://supervision.example.gov.cn/hooks',
      eventTypes: [TYPE],
      regionCodes: ['shenzhen'],
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.details[0]).toMatchObject({ path: 'regionCodes.0', code: 'webhook_region_outside' });
    const szReg = await t.login('shenzhen.regulator');
    expect((await szReg.get(`/api/webhooks/endpoints/${res.body.endpoint.id}`)).status).toBe(404);
    expect((await hunan.get(`/api/webhooks/endpoints/${res.body.endpoint.id}`)).status).toBe(404);
    await hunanReg.delete(`/api/webhooks/endpoints/${res.body.endpoint.id}`);
  });
});

describe('a slow receiver and two senders', () => {
  it('a hanging endpoint never holds up another; two dispatchers never send the same attempt twice', async () => {
    // The app's own sender steps aside so the two below are the only ones.
    await webhookDispatcherOf(t.ctx)!.stop();
    const hanging = await startReceiver(() => undefined); // never answers
    const fast = await startReceiver();
    const mk = async (url: string) =>
      (await admin.post('/api/webhooks/endpoints', { url, eventTypes: [OTHER_TYPE], organisationId: orgA, allowPrivate: true })).body
        .endpoint.id as string;
    await mk(hanging.url);
    const fastId = await mk(fast.url);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await emit(OTHER_TYPE, projectA, orgA, { i }));
    await t.ctx.events.drain();
    const log = { error: () => undefined };
    const one = new WebhookDispatcher(t.database, log, { concurrency: 6, perEndpoint: 2, timeoutMs: 60_000 });
    const two = new WebhookDispatcher(t.database, log, { concurrency: 6, perEndpoint: 2, timeoutMs: 60_000 });
    await Promise.all([one.start(), two.start()]);
    try {
      await waitUntil(() => new Set(fast.received.map((r) => r.headers['webhook-id'])).size === 40, 30_000, 'the fast endpoint');
      // Every event reached the fast receiver exactly once although two senders competed for the rows.
      expect(fast.received).toHaveLength(40);
      expect(new Set(fast.received.map((r) => r.headers['webhook-id']))).toEqual(new Set(ids));
      // The hanging one holds at most its per-endpoint slots on each sender.
      expect(hanging.received.length).toBeLessThanOrEqual(4);
      // The receiver has answered; the senders record the outcomes just after.
      await waitUntil(async () => (await deliveryRows(fastId)).every((r) => r.status === 'succeeded'), 20_000, 'the outcomes');
      const rows = await deliveryRows(fastId);
      expect(rows).toHaveLength(40);
      expect(rows.filter((r) => r.attempts !== 1)).toEqual([]);
    } finally {
      await hanging.close();
      await Promise.all([one.stop(), two.stop()]);
      await fast.close();
    }
  }, 60_000);
});
