import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
});
afterAll(async () => t?.close());

const bearer = (secret: string) => t.client({ authorization: `Bearer ${secret}` });

describe('API tokens and passwords', () => {
  it('revokes every token of a user who changes their password', async () => {
    const ent = await t.login('hunan.enterprise');
    const a = await ent.post('/api/tokens', { name: 'ERP', scopes: ['read'], expiresInDays: 30 });
    const b = await ent.post('/api/tokens', { name: 'BI', scopes: ['write'], expiresInDays: 30 });
    expect((await bearer(a.body.secret).get('/api/auth/me')).status).toBe(200);
    expect((await ent.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'Changed@2026' })).status).toBe(204);
    expect((await bearer(a.body.secret).get('/api/auth/me')).status).toBe(401);
    expect((await bearer(b.body.secret).get('/api/auth/me')).status).toBe(401);
    const listed = (await ent.get('/api/tokens')).body.items;
    expect(listed.filter((x: { revokedAt: string | null }) => x.revokedAt === null)).toEqual([]);
    const audit = await selectRows<{ after: { tokens: string[] } }>(
      t.database.db,
      sql`select after from audit_log where action = 'token.revoke_all' order by id desc limit 1`,
    );
    expect(audit[0]!.after.tokens.sort()).toEqual([a.body.id, b.body.id].sort());
  });

  it('revokes every token of a user whose password an administrator resets', async () => {
    const ent = await t.login('changzhou.enterprise');
    const tok = await ent.post('/api/tokens', { name: 'ERP', scopes: ['read'], expiresInDays: 30 });
    const admin = await t.login('admin');
    const user = (await admin.get('/api/users?q=changzhou.enterprise')).body.items[0];
    expect((await admin.post(`/api/users/${user.id}/reset-password`)).status).toBe(200);
    expect((await bearer(tok.body.secret).get('/api/auth/me')).status).toBe(401);
  });

  it('does not let a token create tokens', async () => {
    const ent = await t.login('shenzhen.enterprise');
    const tok = await ent.post('/api/tokens', { name: 'write', scopes: ['read', 'write'], expiresInDays: 30 });
    const res = await bearer(tok.body.secret).post('/api/tokens', { name: 'forever', scopes: ['write'], expiresInDays: 30 });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'token_cannot_create_token', message: 'API 令牌不能用来创建令牌，请登录后在页面上创建' });
  });

  it('caps a token’s lifetime at TOKEN_MAX_DAYS (365 by default): no never-expiring tokens', async () => {
    const ent = await t.login('shenzhen.enterprise');
    const never = await ent.post('/api/tokens', { name: 'never', scopes: ['read'], expiresInDays: null });
    expect(never.status).toBe(400);
    expect(never.body.error.details[0]).toMatchObject({
      path: 'expiresInDays',
      code: 'token_lifetime_too_long',
      message: '令牌有效期最长 365 天',
    });
    const long = await ent.post('/api/tokens', { name: 'long', scopes: ['read'], expiresInDays: 366 }, { 'accept-language': 'en' });
    expect(long.status).toBe(400);
    expect(long.body.error.details[0].message).toBe('A token may be valid for 365 days at most');
    const year = await ent.post('/api/tokens', { name: 'year', scopes: ['read'], expiresInDays: 365 });
    expect(year.status).toBe(201);
    const days = (new Date(year.body.expiresAt).getTime() - Date.now()) / 86400_000;
    expect(days).toBeGreaterThan(364.9);
    expect(days).toBeLessThanOrEqual(365);
  });
});

describe('tokens made before the cap', () => {
  it('stop working TOKEN_MAX_DAYS after creation, even without an expiry of their own', async () => {
    const ent = await t.login('changzhou.regulator');
    const tok = await ent.post('/api/tokens', { name: 'old', scopes: ['read'], expiresInDays: 30 });
    expect((await bearer(tok.body.secret).get('/api/auth/me')).status).toBe(200);
    // As a token minted before this release could be: no expiry, created 400 days ago.
    await t.database.db.execute(
      sql`update api_tokens set expires_at = null, created_at = now() - interval '400 days' where id = ${tok.body.id}`,
    );
    t.ctx.principals.clear();
    expect((await bearer(tok.body.secret).get('/api/auth/me')).status).toBe(401);
  });
});

describe('a password that must be changed', () => {
  it('allows only the profile, the change and sign-out until it is changed', async () => {
    const admin = await t.login('admin');
    const user = (await admin.get('/api/users?q=expert.zhang')).body.items[0];
    const reset = await admin.post(`/api/users/${user.id}/reset-password`);
    const c = await t.login('expert.zhang', reset.body.password);
    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.mustChangePassword).toBe(true);
    for (const res of [
      await c.get('/api/projects'),
      await c.post('/api/tokens', { name: 'x', scopes: ['read'], expiresInDays: 30 }),
      await c.get('/api/tokens'),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'password_change_required', message: '请先修改密码，再进行其他操作' });
    }
    expect((await selectRows(t.database.db, sql`select id from api_tokens where user_id = ${user.id}`)).length).toBe(0);
    expect((await c.post('/api/auth/password', { currentPassword: reset.body.password, newPassword: 'Mine@2026!' })).status).toBe(204);
    expect((await c.get('/api/projects')).status).toBe(200);
    expect((await c.get('/api/auth/me')).body.mustChangePassword).toBe(false);
  });

  it('lets such a user sign out', async () => {
    const admin = await t.login('admin');
    const user = (await admin.get('/api/users?q=expert.wang')).body.items[0];
    const reset = await admin.post(`/api/users/${user.id}/reset-password`);
    const c = await t.login('expert.wang', reset.body.password);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });
});
