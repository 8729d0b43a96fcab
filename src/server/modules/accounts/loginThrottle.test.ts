import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../testing/harness.js';

// Two servers: one with the default (no trusted proxy), one behind a trusted proxy on 127.0.0.1 so a test can speak
// for several client addresses through X-Forwarded-For (addresses from the documentation ranges; nothing is sent there).
let direct: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  [direct, proxied] = await Promise.all([startTestApp({ demo: true }), startTestApp({ demo: true, env: { TRUST_PROXY: '127.0.0.1' } })]);
});
afterAll(async () => {
  await direct?.close();
  await proxied?.close();
});

const login = (t: TestApp, username: string, password: string, from?: string, cookie?: string) => {
  const headers: Record<string, string> = {};
  if (from) headers['x-forwarded-for'] = from;
  if (cookie) headers.cookie = cookie;
  return t.client().post('/api/auth/login', { username, password }, headers);
};

const auditAddresses = async (t: TestApp, name: string) =>
  (
    await selectRows<{ ip: string }>(
      t.database.db,
      sql`select ip from audit_log where action = 'auth.login_failed' and actor_name = ${name} order by id`,
    )
  ).map((r) => r.ip);

describe('client address (TRUST_PROXY)', () => {
  it('ignores X-Forwarded-For from a peer that is not a configured proxy: throttling and the audit log see the real peer', async () => {
    for (let i = 0; i < 5; i++) expect((await login(direct, 'expert.wang', 'wrong-one', `203.0.113.${i + 1}`)).status).toBe(401);
    // Five different forged addresses are still one client: its pair is locked.
    const res = await login(direct, 'expert.wang', DEMO_PASSWORD, '203.0.113.99');
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('too_many_attempts');
    expect(await auditAddresses(direct, 'expert.wang')).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1', '127.0.0.1', '127.0.0.1']);
  });

  it('locks a client address that fails on many usernames, whatever X-Forwarded-For says', async () => {
    // The test above left 5 failures on 127.0.0.1; 25 more make the 30 that lock the address.
    for (let i = 0; i < 25; i++) expect((await login(direct, `nobody.${i}`, 'wrong-one', `203.0.113.${i + 1}`)).status).toBe(401);
    const res = await login(direct, 'expert.zhang', DEMO_PASSWORD, '203.0.113.200');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(800);
  });

  it('believes X-Forwarded-For from a configured proxy', async () => {
    expect((await login(proxied, 'nobody.audit', 'wrong-one', '198.51.100.7')).status).toBe(401);
    expect(await auditAddresses(proxied, 'nobody.audit')).toEqual(['198.51.100.7']);
  });
});

describe('sign-in throttling by (username, client) with a per-username delay', () => {
  it('locks the failing client only: the owner elsewhere signs in with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login(proxied, 'expert.wang', 'wrong-one', '198.51.100.1')).status).toBe(401);
    const attacker = await login(proxied, 'expert.wang', DEMO_PASSWORD, '198.51.100.1');
    expect(attacker.status).toBe(429);
    expect(attacker.body.error).toMatchObject({ code: 'too_many_attempts' });
    expect(Number(attacker.headers.get('retry-after'))).toBeGreaterThan(800);
    const owner = await login(proxied, 'expert.wang', DEMO_PASSWORD, '198.51.100.2');
    expect(owner.status).toBe(200);
    expect(owner.body.username).toBe('expert.wang');
  });

  it('slows a username failing from many addresses (at most 60 s), but not on the owner’s known device, and lets the owner in after the cool-down', async () => {
    // The owner signed in once from this browser: it gets the long-lived known-device cookie.
    const first = await login(proxied, 'expert.li', DEMO_PASSWORD, '198.51.100.50');
    expect(first.status).toBe(200);
    const device = first.headers.getSetCookie().find((c) => c.startsWith('gb_device='))!;
    expect(device).toMatch(/HttpOnly/i);
    expect(device).toMatch(/Path=\/api\/auth\/login/);
    const deviceCookie = device.split(';')[0]!;

    // 16 failures, one from each of 16 addresses, so no pair and no address is locked. Past the free 10, each waits out
    // the delay (moved into the past here instead of sleeping).
    for (let i = 0; i < 16; i++) {
      if (i >= 10)
        await proxied.database.db.execute(
          sql`update login_failures set last_failure_at = now() - interval '2 minutes' where key = 'u:expert.li'`,
        );
      expect((await login(proxied, 'expert.li', 'wrong-one', `198.51.100.${100 + i}`)).status).toBe(401);
    }
    const stranger = await login(proxied, 'expert.li', DEMO_PASSWORD, '198.51.100.200');
    expect(stranger.status).toBe(429);
    expect(stranger.body.error.code).toBe('login_slowed');
    expect(stranger.body.error.message).toMatch(/秒后再试/);
    const wait = Number(stranger.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(30);
    expect(wait).toBeLessThanOrEqual(60);

    // The owner's known device, even from a new address, is not slowed.
    const owner = await login(proxied, 'expert.li', DEMO_PASSWORD, '198.51.100.201', deviceCookie);
    expect(owner.status).toBe(200);
    // A device cookie of another user counts for nothing here.
    const other = await login(proxied, 'expert.zhang', DEMO_PASSWORD, '198.51.100.202');
    const otherCookie = other.headers
      .getSetCookie()
      .find((c) => c.startsWith('gb_device='))!
      .split(';')[0]!;
    expect((await login(proxied, 'expert.li', DEMO_PASSWORD, '198.51.100.203', otherCookie)).status).toBe(429);

    // A minute after the last failure anyone with the right password gets in: a delay, never a lock.
    await proxied.database.db.execute(
      sql`update login_failures set last_failure_at = now() - interval '61 seconds' where key = 'u:expert.li'`,
    );
    expect((await login(proxied, 'expert.li', DEMO_PASSWORD, '198.51.100.204')).status).toBe(200);
  });

  it('answers in English too', async () => {
    await proxied.database.db.execute(sql`update login_failures set last_failure_at = now() where key = 'u:expert.li'`);
    const res = await proxied
      .client()
      .post('/api/auth/login', { username: 'expert.li', password: 'x' }, { 'x-forwarded-for': '198.51.100.205', 'accept-language': 'en' });
    expect(res.status).toBe(429);
    expect(res.body.error.message).toMatch(/^This account has had many failed sign-ins recently; try again in \d+ s/);
  });
});
