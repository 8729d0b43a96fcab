/**
 * A partner system talking to GreenBuild with the generated, typed client (docs/api-client.md).
 * Run it against a server: GREENBUILD_URL=… GREENBUILD_TOKEN=gbt_… GREENBUILD_DEVICE_TOKEN=gbd_… npx tsx docs/examples/partner-client.ts
 * src/client/partnerExample.test.ts runs the same function against a real test server.
 */
import { createGreenBuildClient, type paths } from '../../src/client/index.js';

type Project = paths['/api/projects']['get']['responses'][200]['content']['application/json']['items'][number];
type Reading = paths['/api/ingest/readings']['post']['requestBody']['content']['application/json'][number];

/** Fails loudly with the server's own message (`{"error":{"code","message","details"}}`). */
function fail(step: string, status: number, error: unknown): never {
  const e = (error as { error?: { code: string; message: string } } | undefined)?.error;
  throw new Error(`${step}: HTTP ${status} ${e ? `${e.code}: ${e.message}` : ''}`.trim());
}

export async function partnerExample(baseUrl: string, apiToken: string, deviceToken: string, readings: Reading[]) {
  // 1. Log in with an API token: every call carries `Authorization: Bearer gbt_…`.
  const api = createGreenBuildClient({ baseUrl, token: apiToken, language: 'en' });
  const me = await api.GET('/api/auth/me');
  if (!me.data) fail('who am I', me.response.status, me.error);

  // 2. List the projects this token may see (paths, query parameters and the answer are all typed).
  const listed = await api.GET('/api/projects', { params: { query: { pageSize: 100 } } });
  if (!listed.data) fail('list projects', listed.response.status, listed.error);
  const projects: Project[] = listed.data.items;

  // 3. Post readings as a device: devices are not users, they send their own token in X-Device-Token.
  const device = createGreenBuildClient({ baseUrl });
  const posted = await device.POST('/api/ingest/readings', {
    params: { header: { 'x-device-token': deviceToken } },
    // A JSON array of readings (the document also accepts the same rows as NDJSON text).
    body: readings,
  });
  if (!posted.data) fail('post readings', posted.response.status, posted.error);

  return {
    username: me.data.username,
    projects: projects.map((p) => `${p.code} ${p.name}`),
    stored: posted.data.stored,
    rejected: posted.data.rejected,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { GREENBUILD_URL, GREENBUILD_TOKEN, GREENBUILD_DEVICE_TOKEN } = process.env;
  if (!GREENBUILD_URL || !GREENBUILD_TOKEN || !GREENBUILD_DEVICE_TOKEN)
    throw new Error('set GREENBUILD_URL, GREENBUILD_TOKEN and GREENBUILD_DEVICE_TOKEN');
  const now = new Date().toISOString();
  console.log(await partnerExample(GREENBUILD_URL, GREENBUILD_TOKEN, GREENBUILD_DEVICE_TOKEN, [{ metric: 'pm10', time: now, value: 42 }]));
}
