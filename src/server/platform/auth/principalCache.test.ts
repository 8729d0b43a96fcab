import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../testing/harness.js';
import { PrincipalCache } from './principalCache.js';
import type { Principal } from './principal.js';

const someone = (userId: string): Principal => ({
  userId,
  username: userId,
  displayName: userId,
  role: 'enterprise',
  organisationId: null,
  regionCode: null,
  via: 'session',
  scopes: null,
  mustChangePassword: false,
});

describe('PrincipalCache', () => {
  it('forgets an entry after its lifetime and never outlives the session itself', () => {
    const c = new PrincipalCache(5_000);
    c.set('a', { principal: someone('u1'), userId: 'u1', lastTouchedAt: 0 }, null, 1_000);
    c.set('b', { principal: someone('u2'), userId: 'u2', lastTouchedAt: 0 }, 2_000, 1_000);
    expect(c.get('a', 5_999)?.userId).toBe('u1');
    expect(c.get('a', 6_000)).toBeUndefined();
    expect(c.get('b', 1_999)?.userId).toBe('u2');
    expect(c.get('b', 2_000)).toBeUndefined();
  });

  it('drops every entry of one user and keeps the others', () => {
    const c = new PrincipalCache();
    c.set('s1', { principal: someone('u1'), userId: 'u1', lastTouchedAt: 0 }, null);
    c.set('t1', { principal: someone('u1'), userId: 'u1', lastTouchedAt: 0 }, null);
    c.set('s2', { principal: someone('u2'), userId: 'u2', lastTouchedAt: 0 }, null);
    c.dropUser('u1');
    expect(c.get('s1')).toBeUndefined();
    expect(c.get('t1')).toBeUndefined();
    expect(c.get('s2')?.userId).toBe('u2');
  });
});

// Another instance (here: plain SQL) revokes a session or deactivates a user; this instance must stop honouring it
// once NOTIFY principal_changed arrives, although the session was cached a moment before.
describe('changes made elsewhere reach the cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(async () => t?.close());

  async function statusSoon(c: Awaited<ReturnType<TestApp['login']>>, want: number) {
    for (let i = 0; i < 100; i++) {
      const s = (await c.get('/api/auth/me')).status;
      if (s === want) return s;
      await new Promise((r) => setTimeout(r, 20));
    }
    return (await c.get('/api/auth/me')).status;
  }

  it('a session revoked in the database is refused within the notification delay, not the cache lifetime', async () => {
    const c = await t.login('hunan.enterprise');
    expect((await c.get('/api/auth/me')).status).toBe(200);
    const t0 = Date.now();
    await t.database.db.execute(
      sql`update sessions set revoked_at = now() where user_id = (select id from users where username = 'hunan.enterprise')`,
    );
    expect(await statusSoon(c, 401)).toBe(401);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('a user deactivated in the database is refused, and a token too', async () => {
    const c = await t.login('shenzhen.enterprise');
    const token = (await c.post('/api/tokens', { name: 'cache test', scopes: ['read'], expiresInDays: 1 })).body.secret as string;
    const bearer = t.client({ authorization: `Bearer ${token}` });
    expect((await bearer.get('/api/auth/me')).status).toBe(200);
    await t.database.db.execute(sql`update users set active = false where username = 'shenzhen.enterprise'`);
    expect(await statusSoon(c, 401)).toBe(401);
    expect(await statusSoon(bearer, 401)).toBe(401);
  });

  it('signing out refuses the cookie on the very next request', async () => {
    const c = await t.login('changzhou.enterprise');
    expect((await c.get('/api/auth/me')).status).toBe(200);
    const cookie = c.cookie;
    expect((await c.post('/api/auth/logout')).status).toBeLessThan(300);
    c.cookie = cookie;
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });
});
