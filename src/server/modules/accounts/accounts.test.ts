import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
});
afterAll(async () => t?.close());

describe('sign-in', () => {
  it('answers 200 with an HttpOnly SameSite=Lax session cookie for the right password', async () => {
    const c = t.client();
    const res = await c.post('/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('admin');
    const cookie = res.headers.getSetCookie().find((h) => h.startsWith('gb_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await c.get('/api/auth/me')).body.username).toBe('admin');
  });

  it('answers 401 for a wrong password and for an unknown user, with the same message', async () => {
    const a = await t.client().post('/api/auth/login', { username: 'admin', password: 'wrong-password' });
    const b = await t.client().post('/api/auth/login', { username: 'nobody', password: 'wrong-password' });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.body.error.message).toBe('用户名或密码错误');
    expect(b.body.error.message).toBe(a.body.error.message);
  });

  it('stores argon2id hashes and never the password', async () => {
    const rows = await selectRows<{ password_hash: string }>(t.database.db, sql`select password_hash from users where username = 'admin'`);
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(rows[0]!.password_hash).not.toContain(ADMIN_PASSWORD);
  });

  it('locks a username after 5 failures with 429 and Retry-After, even for the right password', async () => {
    for (let i = 0; i < 5; i++)
      expect((await t.client().post('/api/auth/login', { username: 'expert.chen', password: 'nope-nope' })).status).toBe(401);
    const res = await t.client().post('/api/auth/login', { username: 'expert.chen', password: 'Demo@2026' });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(res.body.error.code).toBe('too_many_attempts');
  });

  it('logout revokes the session server-side', async () => {
    const c = await t.login('hunan.enterprise');
    const stolen = c.cookie;
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    const replay = t.client();
    replay.cookie = stolen;
    expect((await replay.get('/api/auth/me')).status).toBe(401);
  });

  it('password change needs the current password and signs out other sessions', async () => {
    const a = await t.login('shenzhen.enterprise');
    const b = await t.login('shenzhen.enterprise');
    const bad = await a.post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'Another@2026' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'currentPassword', code: 'wrong_current_password' });
    expect((await a.post('/api/auth/password', { currentPassword: 'Demo@2026', newPassword: 'Another@2026' })).status).toBe(204);
    expect((await a.get('/api/auth/me')).status).toBe(200);
    expect((await b.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { username: 'shenzhen.enterprise', password: 'Another@2026' })).status).toBe(200);
  });
});

describe('default deny', () => {
  it('answers 401 on every non-public /api route without credentials', async () => {
    const routes: Array<{ method: string; url: string; isPublic: boolean }> = [];
    // Walk every API route through the OpenAPI document; public ones carry an empty security list.
    const doc = (await t.client().get('/api/openapi.json')).body;
    for (const [p, ops] of Object.entries<Record<string, { security?: unknown[] }>>(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        routes.push({
          method: method.toUpperCase(),
          url: p.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000'),
          isPublic: Array.isArray(op.security) && op.security.length === 0,
        });
      }
    }
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => r.isPublic).map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['POST /api/auth/login', 'GET /api/health', 'GET /api/regions']),
    );
    for (const r of routes) {
      if (r.isPublic) continue;
      const res = await t.client().request(r.method, r.url, ['GET', 'DELETE'].includes(r.method) ? undefined : {});
      expect([r.method, r.url, res.status]).toEqual([r.method, r.url, 401]);
    }
  });

  it('refuses to start when a route declares no access', async () => {
    const { default: Fastify } = await import('fastify');
    const { installAccessControl } = await import('../../platform/auth/principal.js');
    const { PrincipalCache } = await import('../../platform/auth/principalCache.js');
    const app = Fastify();
    installAccessControl(app, t.database.db, { sessionIdleHours: 1, cache: new PrincipalCache() });
    expect(() => app.get('/api/oops', async () => 'x')).toThrow(/does not declare config.access/);
    await app.close();
  });
});

describe('roles and regions', () => {
  it('lets a regulator list only their region and answers 404 for another region’s user', async () => {
    const hunan = await t.login('hunan.regulator');
    const list = await hunan.get('/api/users?pageSize=100');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(new Set(list.body.items.map((u: { regionCode: string }) => u.regionCode))).toEqual(new Set(['hunan']));
    const admin = await t.login('admin');
    const sz = (await admin.get('/api/users?q=shenzhen.regulator')).body.items[0];
    expect((await hunan.get(`/api/users/${sz.id}`)).status).toBe(404);
    expect((await admin.get(`/api/users/${sz.id}`)).status).toBe(200);
  });

  it('forbids non-admins from creating users (403) and enterprises from listing them', async () => {
    const hunan = await t.login('hunan.regulator');
    const res = await hunan.post('/api/users', { username: 'x.y', displayName: 'X', role: 'admin', password: 'Password1!' });
    expect(res.status).toBe(403);
    const ent = await t.login('hunan.enterprise');
    expect((await ent.get('/api/users')).status).toBe(403);
  });

  it('lets the ministry regulator see every region', async () => {
    const m = await t.login('ministry');
    const regions = new Set(
      (await m.get('/api/users?role=regulator&pageSize=50')).body.items.map((u: { regionCode: string | null }) => u.regionCode),
    );
    expect(regions).toEqual(new Set([null, 'hunan', 'shenzhen', 'changzhou']));
  });

  it('rejects a cookie-authenticated write from a foreign origin', async () => {
    const admin = await t.login('admin');
    const res = await admin.post('/api/organisations', { name: '外来单位', kind: 'enterprise' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('bad_origin');
    expect((await admin.get('/api/organisations?q=外来单位')).body.total).toBe(0);
  });
});

describe('organisation pages', () => {
  it('pages the register with the same total on every page, past the end and under a filter', async () => {
    const admin = await t.login('admin');
    for (let i = 0; i < 5; i++)
      expect(
        (await admin.post('/api/organisations', { name: `分页测试单位 ${i}`, kind: 'enterprise', regionCode: 'changzhou' })).status,
      ).toBe(201);
    const all = (await admin.get('/api/organisations?pageSize=500')).body;
    const pages = await Promise.all(
      [1, 2, 3].map(async (page) => (await admin.get(`/api/organisations?q=分页测试&page=${page}&pageSize=2`)).body),
    );
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect(pages.flatMap((p) => p.items.map((o: { name: string }) => o.name))).toEqual([0, 1, 2, 3, 4].map((i) => `分页测试单位 ${i}`));
    expect((await admin.get('/api/organisations?q=分页测试&page=9&pageSize=2')).body).toEqual({ items: [], total: 5 });
    expect((await admin.get('/api/organisations?page=2&pageSize=3')).body.total).toBe(all.total);
    // A regulator counts only their region's organisations (and those without a region).
    const cz = (await (await t.login('changzhou.regulator')).get('/api/organisations?pageSize=500')).body;
    expect(cz.total).toBe(cz.items.length);
    expect(cz.total).toBe(
      all.items.filter((o: { regionCode: string | null }) => o.regionCode === 'changzhou' || o.regionCode === null).length,
    );
  });
});

describe('users and organisations', () => {
  it('creates an organisation and a user and records both in the audit log with before/after', async () => {
    const admin = await t.login('admin');
    const org = await admin.post('/api/organisations', {
      name: '湖南测试建工有限公司',
      kind: 'enterprise',
      regionCode: 'hunan',
      creditCode: '91430100MA4L12345X',
    });
    expect(org.status).toBe(201);
    const user = await admin.post('/api/users', {
      username: 'test.pm',
      displayName: '测试经理',
      role: 'enterprise',
      organisationId: org.body.id,
      password: 'Password1!',
    });
    expect(user.status).toBe(201);
    expect(user.body.regionCode).toBe('hunan');
    const patched = await admin.patch(`/api/users/${user.body.id}`, { displayName: '测试经理二' });
    expect(patched.body.displayName).toBe('测试经理二');
    const audit = await admin.get(`/api/audit?entityId=${user.body.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['user.update', 'user.create']);
    const update = audit.body.items[0];
    expect(update.actorName).toBe('admin');
    expect(update.before.displayName).toBe('测试经理');
    expect(update.after.displayName).toBe('测试经理二');
    expect(update.after.passwordHash).toBe('[redacted]');
  });

  it('explains a bad user with field paths in the user’s language and writes nothing', async () => {
    const admin = await t.login('admin');
    const before = (await admin.get('/api/users')).body.total;
    const zh = await admin.post('/api/users', { username: 'a', displayName: 'A', role: 'boss', password: 'x' });
    expect(zh.status).toBe(400);
    const paths = zh.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['password', 'role', 'username']);
    expect(zh.body.error.details.find((d: { path: string }) => d.path === 'password').message).toBe('密码至少 8 个字符');
    const en = await admin.post(
      '/api/users',
      { username: 'ok.name', displayName: 'A', role: 'enterprise', password: 'Password1!' },
      { 'accept-language': 'en-US,en;q=0.9' },
    );
    expect(en.status).toBe(400);
    expect(en.body.error).toMatchObject({ code: 'validation_failed', message: 'The request is invalid' });
    expect(en.body.error.details[0]).toMatchObject({ path: 'organisationId', message: 'This role must belong to an organisation' });
    expect((await admin.get('/api/users')).body.total).toBe(before);
  });

  it('answers malformed JSON with 400 and an oversized body with 413', async () => {
    const admin = await t.login('admin');
    const bad = await admin.post('/api/organisations', '{"name": ', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_json');
    const big = await admin.post('/api/organisations', { name: 'x'.repeat(2 * 1024 * 1024), kind: 'enterprise' });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('body_too_large');
    const wrongType = await admin.post('/api/organisations', { name: 42, kind: 'enterprise' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.details[0].path).toBe('name');
  });

  it('rejects a duplicate username with a field error', async () => {
    const admin = await t.login('admin');
    const res = await admin.post('/api/users', { username: 'ADMIN', displayName: 'A', role: 'admin', password: 'Password1!' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'username', code: 'username_taken', message: '用户名已存在' });
  });
});

describe('API tokens', () => {
  it('are shown once, hashed at rest, scoped, and revocable', async () => {
    const ent = await t.login('changzhou.enterprise');
    const created = await ent.post('/api/tokens', { name: 'ERP 对接', scopes: ['read'], expiresInDays: 30 });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^gbt_/);
    const stored = await selectRows<{ secret_hash: Buffer }>(
      t.database.db,
      sql`select secret_hash from api_tokens where id = ${created.body.id}`,
    );
    expect(Buffer.from(stored[0]!.secret_hash).toString('utf8')).not.toContain(secret.slice(4));
    expect(stored[0]!.secret_hash.length).toBe(32);

    const machine = t.client({ authorization: `Bearer ${secret}` });
    expect((await machine.get('/api/auth/me')).body.username).toBe('changzhou.enterprise');
    // A read-only token cannot write, and needs no Origin since it is not a cookie.
    expect((await machine.post('/api/tokens', { name: 'x', scopes: ['read'] })).status).toBe(403);
    const listed = (await ent.get('/api/tokens')).body.items;
    expect(listed[0]).not.toHaveProperty('secret');
    expect((await ent.delete(`/api/tokens/${created.body.id}`)).status).toBe(204);
    expect((await machine.get('/api/auth/me')).status).toBe(401);
  });

  it('cannot be revoked by another user', async () => {
    const a = await t.login('hunan.enterprise');
    const tok = await a.post('/api/tokens', { name: 'a', scopes: ['read'] });
    const b = await t.login('changzhou.regulator');
    expect((await b.delete(`/api/tokens/${tok.body.id}`)).status).toBe(404);
  });
});
