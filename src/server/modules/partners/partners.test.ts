import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createRemoteJWKSet, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { rotateSigningKey } from './keys.js';

let t: TestApp;
let hunan: ApiClient;
let shenzhen: ApiClient;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
  hunan = await t.login('hunan.enterprise');
  shenzhen = await t.login('shenzhen.enterprise');
});
afterAll(async () => t?.close());

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

async function token(form: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/api/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
}

async function register(c: ApiClient, scopes: string[], extra: Record<string, unknown> = {}) {
  const res = await c.post('/api/partner-applications', { name: `平台 ${randomUUID().slice(0, 4)}`, scopes, ...extra });
  expect(res.status).toBe(201);
  return res.body as { id: string; clientId: string; clientSecret: string; secretId: string };
}

const bearer = (accessToken: string) => t.client({ authorization: `Bearer ${accessToken}` });

describe('partner applications and the client_credentials grant', () => {
  it('issues a 10-minute ES256 JWT for client_secret_basic that verifies against /.well-known/jwks.json', async () => {
    const app = await register(hunan, ['projects:read', 'manifests:read']);
    expect(app.clientSecret).toMatch(/^gbcs_/);
    const res = await token({ grant_type: 'client_credentials' }, { authorization: basic(app.clientId, app.clientSecret) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 600, scope: 'projects:read manifests:read' });
    const jwks = createRemoteJWKSet(new URL(`${t.url}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(res.body.access_token, jwks, {
      audience: 'greenbuild-api',
      issuer: 'urn:greenbuild',
    });
    expect(protectedHeader.alg).toBe('ES256');
    expect(payload.sub).toBe(app.clientId);
    expect(payload.exp! - payload.iat!).toBe(600);
    // The listing never shows the secret again, only its prefix.
    const listed = (await hunan.get('/api/partner-applications')).body.items.find((a: { id: string }) => a.id === app.id);
    expect(JSON.stringify(listed)).not.toContain(app.clientSecret);
    expect(listed.secrets[0].prefix).toBe(app.clientSecret.slice(0, 10));
  });

  it('answers RFC 6749 §5.2 errors: invalid_client 401 with WWW-Authenticate, unsupported_grant_type, invalid_scope', async () => {
    const app = await register(hunan, ['projects:read']);
    const wrong = await token({ grant_type: 'client_credentials' }, { authorization: basic(app.clientId, 'gbcs_wrong') });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_client');
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic realm="greenbuild"/);
    const unknown = await token({ grant_type: 'client_credentials' }, { authorization: basic('gbc_nobody', app.clientSecret) });
    expect(unknown.body.error).toBe('invalid_client');
    const none = await token({ grant_type: 'client_credentials' });
    expect([none.status, none.body.error]).toEqual([401, 'invalid_client']);
    const post = await token({ grant_type: 'client_credentials', client_id: app.clientId, client_secret: app.clientSecret });
    expect([post.status, post.body.error]).toEqual([401, 'invalid_client']);
    const grant = await token({ grant_type: 'password' }, { authorization: basic(app.clientId, app.clientSecret) });
    expect([grant.status, grant.body.error]).toEqual([400, 'unsupported_grant_type']);
    const scope = await token(
      { grant_type: 'client_credentials', scope: 'projects:read webhooks:manage' },
      { authorization: basic(app.clientId, app.clientSecret) },
    );
    expect([scope.status, scope.body.error]).toEqual([400, 'invalid_scope']);
    const twice = await fetch(`${t.url}/api/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(app.clientId, app.clientSecret) },
      body: 'grant_type=client_credentials&grant_type=client_credentials',
    });
    expect([twice.status, ((await twice.json()) as { error: string }).error]).toEqual([400, 'invalid_request']);
  });

  it('accepts private_key_jwt (RFC 7523) once per jti, with aud = the token endpoint and exp at most 5 minutes ahead', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
    const app = await register(hunan, ['projects:read'], { jwks: { keys: [jwk] } });
    const assertion = (claims: { aud?: string; exp?: string; jti?: string; iss?: string }) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setIssuer(claims.iss ?? app.clientId)
        .setSubject(app.clientId)
        .setAudience(claims.aud ?? `${t.url}/api/oauth/token`)
        .setIssuedAt()
        .setExpirationTime(claims.exp ?? '2m')
        .setJti(claims.jti ?? randomUUID())
        .sign(privateKey);
    const form = (a: string) => ({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: a,
    });
    const jti = randomUUID();
    const first = await token(form(await assertion({ jti })));
    expect(first.status).toBe(200);
    const replay = await token(form(await assertion({ jti })));
    expect([replay.status, replay.body.error]).toEqual([401, 'invalid_client']);
    expect(replay.body.error_description).toContain('jti');
    expect((await token(form(await assertion({ aud: `${t.url}/api/other` })))).status).toBe(401);
    expect((await token(form(await assertion({ exp: '10m' })))).body.error_description).toContain('5 minutes');
    expect((await token(form(await assertion({ iss: 'gbc_other' })))).status).toBe(401);
    // A private key in the "public" key set is refused: it would be a shared secret.
    const priv = await hunan.patch(`/api/partner-applications/${app.id}`, {
      jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'p' }] },
    });
    expect(priv.status).toBe(400);
    // Removing the key set ends the tokens obtained with it at once.
    const ok = bearer(first.body.access_token);
    expect((await ok.get('/api/projects')).status).toBe(200);
    expect((await hunan.patch(`/api/partner-applications/${app.id}`, { jwks: null })).status).toBe(200);
    expect((await ok.get('/api/projects')).status).toBe(401);
  });

  it('acts within its organisation’s rights and scopes; other routes answer 403 insufficient_scope', async () => {
    const app = await register(hunan, ['projects:read']);
    const { access_token } = (await token({ grant_type: 'client_credentials' }, { authorization: basic(app.clientId, app.clientSecret) }))
      .body;
    const partner = bearer(access_token);
    const asApp = await partner.get('/api/projects?pageSize=100');
    const asPerson = await hunan.get('/api/projects?pageSize=100');
    expect(asApp.status).toBe(200);
    expect(asApp.body.total).toBe(asPerson.body.total);
    expect(asApp.body.total).toBeGreaterThan(0);
    // A Shenzhen project is as invisible to the Hunan application as to its people.
    const sz = (await shenzhen.get('/api/projects?pageSize=1')).body.items[0];
    expect((await partner.get(`/api/projects/${sz.id}`)).status).toBe(404);
    // Routes partners do not call, and scopes the token lacks.
    const tokens = await partner.get('/api/tokens');
    expect(tokens.status).toBe(403);
    expect(tokens.body.error.code).toBe('insufficient_scope');
    expect(tokens.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope"');
    const own = asApp.body.items[0];
    const manifests = await partner.get(`/api/projects/${own.id}/waste/manifests`);
    expect(manifests.status).toBe(403);
    expect(manifests.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope", scope="manifests:read"');
    // Rate-limit fields on every application request (IETF draft structured fields).
    expect(asApp.headers.get('ratelimit-policy')).toBe('"default";q=600;w=60');
    expect(asApp.headers.get('ratelimit')).toMatch(/^"default";r=\d+;t=\d+$/);
    // An application cannot manage applications (no partner scope names it), nor a forged token pass.
    expect((await partner.get('/api/partner-applications')).status).toBe(403);
    expect((await bearer(`${access_token.slice(0, -4)}AAAA`).get('/api/projects')).status).toBe(401);
  });

  it('revoking a secret or the application ends its tokens on the next request; personal tokens keep working', async () => {
    const app = await register(hunan, ['projects:read']);
    const second = (await hunan.post(`/api/partner-applications/${app.id}/secrets`)).body as { id: string; clientSecret: string };
    const t1 = (await token({ grant_type: 'client_credentials' }, { authorization: basic(app.clientId, app.clientSecret) })).body
      .access_token;
    const t2 = (await token({ grant_type: 'client_credentials' }, { authorization: basic(app.clientId, second.clientSecret) })).body
      .access_token;
    expect((await bearer(t1).get('/api/projects')).status).toBe(200);
    expect((await hunan.delete(`/api/partner-applications/${app.id}/secrets/${app.secretId}`)).status).toBe(204);
    expect((await bearer(t1).get('/api/projects')).status).toBe(401);
    expect((await bearer(t2).get('/api/projects')).status).toBe(200);
    expect((await token({ grant_type: 'client_credentials' }, { authorization: basic(app.clientId, app.clientSecret) })).status).toBe(401);
    // Another organisation neither sees nor revokes it.
    expect((await shenzhen.get(`/api/partner-applications/${app.id}`)).status).toBe(404);
    expect((await shenzhen.delete(`/api/partner-applications/${app.id}`)).status).toBe(404);
    expect((await hunan.delete(`/api/partner-applications/${app.id}`)).status).toBe(204);
    expect((await bearer(t2).get('/api/projects')).status).toBe(401);
    // The personal API token path is unchanged.
    const personal = (await hunan.post('/api/tokens', { name: 'sync', scopes: ['read'], expiresInDays: 30 })).body.secret as string;
    expect((await bearer(personal).get('/api/projects')).status).toBe(200);
    const audit = await (await t.login('admin')).get(`/api/audit?entityType=partner_application&entityId=${app.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'partner_application.create',
        'partner_application.secret_create',
        'partner_application.secret_revoke',
        'partner_application.revoke',
      ]),
    );
  });

  it('keeps accepting tokens signed by the previous key after a rotation, and publishes both keys', async () => {
    const app = await register(hunan, ['projects:read']);
    const before = (await token({ grant_type: 'client_credentials' }, { authorization: basic(app.clientId, app.clientSecret) })).body
      .access_token;
    const newKid = await rotateSigningKey(t.database.db);
    const after = (await token({ grant_type: 'client_credentials' }, { authorization: basic(app.clientId, app.clientSecret) })).body
      .access_token;
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    expect(decodeProtectedHeader(before).kid).not.toBe(newKid);
    const kids = (await t.client().get('/.well-known/jwks.json')).body.keys.map((k: { kid: string; d?: string }) => {
      expect(k.d).toBeUndefined();
      return k.kid;
    });
    expect(kids).toEqual(expect.arrayContaining([newKid, decodeProtectedHeader(before).kid]));
    t.ctx.principals.clear();
    expect((await bearer(before).get('/api/projects')).status).toBe(200);
    expect((await bearer(after).get('/api/projects')).status).toBe(200);
  });

  it('refuses an application for another organisation unless an administrator registers it, and validates input', async () => {
    const bad = await hunan.post('/api/partner-applications', { name: '', scopes: ['everything'] }, { 'accept-language': 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['name', 'scopes.0']));
    const sz = await shenzhen.get('/api/auth/me');
    const res = await register(hunan, ['projects:read'], { organisationId: sz.body.organisationId });
    expect((await shenzhen.get(`/api/partner-applications/${res.id}`)).status).toBe(404);
  });
});
