import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';

let t: TestApp;
let hunan: ApiClient;
let hunanUserId: string;
let projectId: string;
let shenzhenOrg: string;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
  hunan = await t.login('hunan.enterprise');
  const me = (await hunan.get('/api/auth/me')).body;
  hunanUserId = me.id;
  projectId = (await hunan.get('/api/projects?pageSize=100')).body.items.find(
    (p: { ownerOrganisationId: string }) => p.ownerOrganisationId === me.organisationId,
  ).id;
  shenzhenOrg = (await (await t.login('shenzhen.enterprise')).get('/api/auth/me')).body.organisationId;
});
afterAll(async () => t?.close());

async function applicationClient(scopes: string[]) {
  const app = (await hunan.post('/api/partner-applications', { name: `对接 ${Math.random()}`, scopes })).body;
  const res = await fetch(`${t.url}/api/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token } = (await res.json()) as { access_token: string };
  return { app, client: t.client({ authorization: `Bearer ${access_token}` }) };
}

const grantBody = (purpose: string) => ({ granteeOrganisationId: shenzhenOrg, datasets: ['site'], purpose });
const grantCount = async (purpose: string) =>
  Number(
    (await selectRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from project_data_grants where purpose = ${purpose}`))[0]!
      .n,
  );

describe('Idempotency-Key on POST', () => {
  it('replays the first answer for the same key and body, once created', async () => {
    const first = await hunan.post(`/api/projects/${projectId}/grants`, grantBody('幂等 1'), { 'idempotency-key': 'k-1' });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    const again = await hunan.post(`/api/projects/${projectId}/grants`, grantBody('幂等 1'), { 'idempotency-key': 'k-1' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await grantCount('幂等 1')).toBe(1);
    // Without a key, or with another key, the request runs again.
    expect((await hunan.post(`/api/projects/${projectId}/grants`, grantBody('幂等 1'), { 'idempotency-key': 'k-2' })).body.id).not.toBe(
      first.body.id,
    );
    expect(await grantCount('幂等 1')).toBe(2);
  });

  it('answers 422 for the same key with another body, and keeps keys per caller', async () => {
    await hunan.post(`/api/projects/${projectId}/grants`, grantBody('幂等 2'), { 'idempotency-key': 'k-3' });
    const other = await hunan.post(`/api/projects/${projectId}/grants`, grantBody('幂等 2b'), {
      'idempotency-key': 'k-3',
      'accept-language': 'en',
    });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    expect(await grantCount('幂等 2b')).toBe(0);
    // Another caller's identical key is its own.
    const admin = await t.login('admin');
    const theirs = await admin.post(`/api/projects/${projectId}/grants`, grantBody('幂等 2c'), { 'idempotency-key': 'k-3' });
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('idempotency-replayed')).toBeNull();
  });

  it('answers 409 while the first request with the key is still running', async () => {
    // The first request holds the claim (as an instance still inside the handler does): no answer kept yet.
    const body = grantBody('幂等 3');
    const hash = createHash('sha256')
      .update(
        `POST /api/projects/${projectId}/grants\n${JSON.stringify({ datasets: ['site'], granteeOrganisationId: shenzhenOrg, purpose: '幂等 3' })}`,
      )
      .digest();
    await t.database.db.execute(
      sql`insert into idempotency_keys (caller, key, request_hash) values (${`u:${hunanUserId}`}, 'k-4', ${hash})`,
    );
    const busy = await hunan.post(`/api/projects/${projectId}/grants`, body, { 'idempotency-key': 'k-4' });
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('idempotency_in_progress');
    expect(await grantCount('幂等 3')).toBe(0);
    // Two at once on the real path: one runs, the other is told 409 or gets the replay; the grant exists once.
    const both = await Promise.all([
      hunan.post(`/api/projects/${projectId}/grants`, grantBody('幂等 4'), { 'idempotency-key': 'k-5' }),
      hunan.post(`/api/projects/${projectId}/grants`, grantBody('幂等 4'), { 'idempotency-key': 'k-5' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(expect.arrayContaining([201]));
    for (const r of both) expect([201, 409]).toContain(r.status);
    expect(await grantCount('幂等 4')).toBe(1);
  });

  it('does not keep an answer the client should retry, refuses a malformed key, and forgets keys after 24 h', async () => {
    const bad = await hunan.post(`/api/projects/${projectId}/grants`, grantBody('幂等 5'), { 'idempotency-key': 'bad key é' });
    expect(bad.status).toBe(400);
    await t.database.db.execute(sql`update idempotency_keys set created_at = now() - interval '25 hours' where key = 'k-1'`);
    const fresh = await hunan.post(`/api/projects/${projectId}/grants`, grantBody('幂等 1'), { 'idempotency-key': 'k-1' });
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get('idempotency-replayed')).toBeNull();
  });

  it('works for partner applications with their own scope', async () => {
    const { client } = await applicationClient(['projects:read']);
    // The application has no write scope here: refused before any key is claimed.
    const refused = await client.post(`/api/projects/${projectId}/grants`, grantBody('幂等 6'), { 'idempotency-key': 'k-6' });
    expect(refused.status).toBe(403);
  });
});

describe('keyset pagination with Link headers', () => {
  it('walks the register by cursor: every project once, in order, the last page without next', async () => {
    const regulator = await t.login('ministry');
    const all = (await regulator.get('/api/projects?pageSize=500')).body;
    const seen: string[] = [];
    let url = '/api/projects?pageSize=7';
    for (let i = 0; i < 50 && url; i++) {
      const res = await regulator.get(url);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((p: { id: string }) => p.id));
      const link = res.headers.get('link');
      if (res.body.next) {
        expect(link).toBe(`</api/projects?pageSize=7&cursor=${res.body.next}>; rel="next"`);
        url = link!.slice(1, link!.indexOf('>'));
      } else {
        expect(link).toBeNull();
        url = '';
      }
    }
    expect(seen).toEqual(all.items.map((p: { id: string }) => p.id));
    expect(new Set(seen).size).toBe(all.total);
    const bad = await regulator.get('/api/projects?cursor=nonsense');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'cursor', code: 'cursor_invalid' });
  });
});

describe('rate limits per application', () => {
  it('counts in PostgreSQL, answers RateLimit fields and 429 with Retry-After past the quota', async () => {
    const { app, client } = await applicationClient(['projects:read']);
    await t.database.db.execute(sql`update partner_applications set rate_limit_per_minute = 3 where id = ${app.id}`);
    t.ctx.principals.clear();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await client.get('/api/projects?pageSize=1'));
    // The window may roll over between requests; within one window the counts fall by one each time.
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 429).length).toBeLessThanOrEqual(1);
    const limited = answers.find((r) => r.status === 429) ?? (await client.get('/api/projects?pageSize=1'));
    expect(answers[0]!.headers.get('ratelimit-policy')).toBe('"default";q=3;w=60');
    expect(answers[0]!.headers.get('ratelimit')).toMatch(/^"default";r=2;t=\d+$/);
    if (limited.status === 429) {
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.headers.get('ratelimit')).toMatch(/^"default";r=0;t=\d+$/);
      expect(limited.body.error.code).toBe('rate_limited');
    }
    // Another application has its own count.
    const other = await applicationClient(['projects:read']);
    expect((await other.client.get('/api/projects?pageSize=1')).status).toBe(200);
  });
});
