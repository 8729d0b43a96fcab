import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../server/testing/harness.js';
import { clientCredentialsToken, partnerOAuthExample } from '../../docs/examples/partner-oauth.js';

// docs/api-client.md's OAuth example, run as a partner would: an application registered through the API, then the example.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
}, 240_000);
afterAll(async () => t?.close());

describe('the partner OAuth example (docs/examples/partner-oauth.ts)', () => {
  it('gets a client_credentials token with openapi-fetch and reads every visible project by cursor', async () => {
    const enterprise = await t.login('hunan.enterprise');
    const app = await enterprise.post('/api/partner-applications', { name: '湘江 ERP', scopes: ['projects:read', 'events:read'] });
    expect(app.status, app.text).toBe(201);
    const outcome = await partnerOAuthExample(t.url, app.body.clientId, app.body.clientSecret);
    const visible = (await enterprise.get('/api/projects?pageSize=100')).body.items as Array<{ code: string; name: string }>;
    expect(visible.length).toBeGreaterThan(5);
    expect(outcome).toMatchObject({ scope: 'projects:read', expiresIn: 600 });
    expect(outcome.projects).toEqual(visible.map((p) => `${p.code} ${p.name}`));
    expect(outcome.rateLimit).toMatch(/^"default";r=\d+;t=\d+$/);
    await expect(clientCredentialsToken(t.url, app.body.clientId, 'gbcs_wrong')).rejects.toThrow(/HTTP 401 .*invalid_client/);
  });
});
