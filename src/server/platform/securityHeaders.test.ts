import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/harness.js';

// Low limits so a test can reach them; the other test files run with the limits out of the way (harness testConfig).
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { RATE_LIMIT_PUBLIC_PER_MINUTE: '20', RATE_LIMIT_LOGIN_PER_MINUTE: '5' } });
});
afterAll(async () => t?.close());

describe('security headers', () => {
  it('are on API answers, errors, the docs UI and the SPA fallback alike', async () => {
    for (const url of ['/api/regions', '/api/auth/me', '/api/no-such-route', '/api/docs/', '/projects/x']) {
      const res = await t.client().get(url);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect([url, csp]).toEqual([url, expect.stringContaining("default-src 'self'")]);
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/'unsafe-eval'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
    }
  });
});

describe('per-address limits on anonymous routes', () => {
  it('answers 429 with Retry-After and a message in the user’s language past the public limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await t.client().get('/api/public/pilots')).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const zh = await t.client().get('/api/public/pilots');
    expect(zh.status).toBe(429);
    const wait = Number(zh.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(zh.body.error).toMatchObject({ code: 'rate_limited', message: `请求过于频繁，请 ${wait} 秒后再试` });
    const en = await t.client().get('/api/public/pilots', { 'accept-language': 'en' });
    expect(en.status).toBe(429);
    expect(en.body.error.message).toMatch(/^Too many requests; try again in \d+ s$/);
    // Forged forwarding headers do not make a new client (no TRUST_PROXY here).
    expect((await t.client().get('/api/public/pilots', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
  });

  it('limits sign-in attempts per address before any password is checked, and leaves health checks alone', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await t.client().post('/api/auth/login', { username: `flood.${i}`, password: 'x' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    for (let i = 0; i < 30; i++) expect((await t.client().get('/api/health')).status).toBe(200);
  });
});
