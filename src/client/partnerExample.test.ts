import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../server/testing/harness.js';
import { partnerExample } from '../../docs/examples/partner-client.js';

// docs/api-client.md's example, run as a partner would: a token and a device made through the API, then the example.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
}, 240_000);
afterAll(async () => t?.close());

describe('the partner client example (docs/examples/partner-client.ts)', () => {
  it('logs in with an API token, lists projects and posts readings with a device token', async () => {
    const enterprise = await t.login('hunan.enterprise');
    const projects = (await enterprise.get('/api/projects?pageSize=100')).body.items as Array<{ id: string; code: string; name: string }>;
    expect(projects.length).toBeGreaterThan(0);
    const token = await enterprise.post('/api/tokens', { name: 'ERP 对接示例', scopes: ['read'], expiresInDays: 1 });
    expect(token.status, token.text).toBe(201);
    const device = await enterprise.post(`/api/projects/${projects[0]!.id}/devices`, {
      name: '示例扬尘监测仪',
      kind: 'dust_noise',
      protocols: ['http'],
      metrics: ['pm10'],
    });
    expect(device.status, device.text).toBe(201);

    const now = Date.now();
    const readings = [0, 1, 2].map((i) => ({ metric: 'pm10', time: new Date(now - (3 - i) * 60_000).toISOString(), value: 40 + i }));
    const outcome = await partnerExample(t.url, token.body.secret, device.body.token, readings);

    expect(outcome.username).toBe('hunan.enterprise');
    expect(outcome.projects).toEqual(projects.map((p) => `${p.code} ${p.name}`));
    expect(outcome).toMatchObject({ stored: 3, rejected: 0 });
    const stored = await enterprise.get(
      `/api/devices/${device.body.device.id}/readings?metric=pm10&from=${new Date(now - 3_600_000).toISOString()}&to=${new Date(now).toISOString()}`,
    );
    expect(stored.status, stored.text).toBe(200);
    expect(stored.body.items.map((r: { value: number }) => r.value)).toEqual([40, 41, 42]);
  });

  it("reports the server's message when a token is wrong", async () => {
    await expect(partnerExample(t.url, 'gbt_not-a-token', 'gbd_nope', [])).rejects.toThrow(/^who am I: HTTP 401 \w+: /);
  });
});
