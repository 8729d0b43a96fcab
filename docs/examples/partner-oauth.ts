/**
 * A partner application reading GreenBuild with OAuth 2.0 client credentials and the generated, typed client
 * (docs/api-client.md, "Partner applications"). Run it against a server:
 *   GREENBUILD_URL=… GREENBUILD_CLIENT_ID=gbc_… GREENBUILD_CLIENT_SECRET=gbcs_… npx tsx docs/examples/partner-oauth.ts
 * src/client/partnerOAuth.test.ts runs the same function against a real test server.
 */
import { createGreenBuildClient, type paths } from '../../src/client/index.js';

type Project = paths['/api/projects']['get']['responses'][200]['content']['application/json']['items'][number];

/** 1. A 10-minute access token for the application (client_secret_basic: HTTP Basic with the form-encoded id and secret). */
export async function clientCredentialsToken(baseUrl: string, clientId: string, clientSecret: string, scope?: string) {
  const anonymous = createGreenBuildClient({ baseUrl });
  const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64');
  const { data, error, response } = await anonymous.POST('/api/oauth/token', {
    body: { grant_type: 'client_credentials', ...(scope ? { scope } : {}) },
    bodySerializer: (form) => new URLSearchParams(form as Record<string, string>).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
  });
  // Errors follow RFC 6749 §5.2: {"error":"invalid_client","error_description":"…"}.
  if (!data) throw new Error(`token: HTTP ${response.status} ${JSON.stringify(error)}`);
  return data;
}

/** 2. Every project the application may see, page by page with the keyset cursor (`next`, also in the Link header). */
export async function partnerOAuthExample(baseUrl: string, clientId: string, clientSecret: string) {
  const token = await clientCredentialsToken(baseUrl, clientId, clientSecret, 'projects:read');
  const api = createGreenBuildClient({ baseUrl, token: token.access_token, language: 'en' });
  const projects: Project[] = [];
  let cursor: string | undefined;
  let rateLimit: string | null = null;
  for (;;) {
    const { data, error, response } = await api.GET('/api/projects', { params: { query: { pageSize: 5, ...(cursor ? { cursor } : {}) } } });
    if (!data) throw new Error(`projects: HTTP ${response.status} ${JSON.stringify(error)}`);
    rateLimit = response.headers.get('ratelimit');
    projects.push(...data.items);
    if (!data.next) break;
    cursor = data.next;
  }
  return { scope: token.scope, expiresIn: token.expires_in, projects: projects.map((p) => `${p.code} ${p.name}`), rateLimit };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { GREENBUILD_URL, GREENBUILD_CLIENT_ID, GREENBUILD_CLIENT_SECRET } = process.env;
  if (!GREENBUILD_URL || !GREENBUILD_CLIENT_ID || !GREENBUILD_CLIENT_SECRET)
    throw new Error('set GREENBUILD_URL, GREENBUILD_CLIENT_ID and GREENBUILD_CLIENT_SECRET');
  console.log(await partnerOAuthExample(GREENBUILD_URL, GREENBUILD_CLIENT_ID, GREENBUILD_CLIENT_SECRET));
}
