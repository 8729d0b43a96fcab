// Bad input answers 400/409 with the field path, never 500 (issue 19 item 9): NUL bytes and lone surrogates anywhere in a
// request, unknown region codes, impossible calendar dates, and any constraint violation the database still reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestApp, type ApiClient, type ApiResponse, type TestApp } from '../testing/harness.js';

let t: TestApp;
let admin: ApiClient;
let schemeId: string;
let projectId: string;

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  admin = await t.login('admin');
  schemeId = (await admin.get('/api/evaluation/schemes')).body.items[0].id;
  projectId = (await admin.get('/api/projects?pageSize=1')).body.items[0].id;
});
afterAll(async () => t?.close());

/** Sends a JSON text as is, so escapes like \u0000 and \ud800 reach the server's JSON parser untouched. */
function rawJson(client: ApiClient, method: string, url: string, json: string, lang = 'zh-CN'): Promise<ApiResponse> {
  return client.request(method, url, json, { 'content-type': 'application/json', 'accept-language': lang });
}

function expectField(res: ApiResponse, status: number, path: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  for (const d of res.body.error.details) expect(d.message).toBeTruthy();
}

describe('NUL bytes and lone surrogates', () => {
  it('rejects a NUL byte in an anonymous sign-in with the field path, in the user’s language', async () => {
    const zh = await rawJson(t.client(), 'POST', '/api/auth/login', '{"username":"a\\u0000b","password":"x"}');
    expectField(zh, 400, 'username');
    expect(zh.body.error.details[0].code).toBe('text_invalid_character');
    expect(zh.body.error.details[0].message).toMatch(/字符/);
    const en = await rawJson(t.client(), 'POST', '/api/auth/login', '{"username":"a\\u0000b","password":"x"}', 'en');
    expect(en.body.error.details[0].message).toMatch(/character/);
  });

  it('rejects a lone surrogate in a jsonb field (scheme document, checklist items) with its nested path', async () => {
    expectField(
      await rawJson(admin, 'PUT', `/api/evaluation/schemes/${schemeId}`, '{"document":{"name":"x\\ud800y"}}'),
      400,
      'document.name',
    );
    const items = '[{"key":"a1","text":"ok"},{"key":"a2","text":"bad \\udc00 text"}]';
    expectField(
      await rawJson(admin, 'POST', '/api/supervision/templates', `{"topic":"safety","name":"检查表","items":${items}}`),
      400,
      'items.1.text',
    );
  });

  it('rejects NUL in a query string and in a path parameter', async () => {
    expectField(await admin.get('/api/projects?q=a%00b'), 400, 'q');
    expectField(await admin.get('/api/evaluation/regions/hu%00nan/policies'), 400, 'code');
  });

  it('rejects NUL in an object key', async () => {
    expectField(
      await rawJson(admin, 'PUT', `/api/evaluation/schemes/${schemeId}`, '{"document":{"na\\u0000me":"x"}}'),
      400,
      'document.na\u0000me',
    );
  });
});

describe('unknown region codes', () => {
  it('round', async () => {
    const res = await admin.post('/api/rounds', { regionCode: 'atlantis', title: '第一批' });
    expect(res.body.error.details[0]).toMatchObject({ path: 'regionCode', code: 'region_unknown', message: '地区不存在' });
    expectField(await admin.post('/api/rounds', { regionCode: 'atlantis', title: '第一批' }), 400, 'regionCode');
  });
  it('supervision template', async () => {
    expectField(
      await admin.post('/api/supervision/templates', {
        regionCode: 'atlantis',
        topic: 'safety',
        name: '检查表',
        items: [{ key: 'a1', text: '围挡' }],
      }),
      400,
      'regionCode',
    );
  });
  it('scheme clone', async () => {
    expectField(await admin.post(`/api/evaluation/schemes/${schemeId}/clone`, { regionCode: 'atlantis' }), 400, 'regionCode');
  });
  it('policies', async () => {
    expectField(await admin.put('/api/evaluation/regions/atlantis/policies', { sections: [{ title: '建议', body: '内容' }] }), 400, 'code');
  });
});

describe('calendar dates', () => {
  it('refuses 2026-02-30 and accepts 2028-02-29', async () => {
    const bad = await admin.post('/api/rounds', { regionCode: 'hunan', title: '第二批', closesOn: '2026-02-30' });
    expectField(bad, 400, 'closesOn');
    expect((await admin.post('/api/rounds', { regionCode: 'hunan', title: '第三批', closesOn: '2028-02-29' })).status).toBe(201);
    expectField(await admin.patch(`/api/projects/${projectId}`, { plannedStart: '2026-02-30' }), 400, 'plannedStart');
  });
});

describe('fuzz: NUL and lone surrogates never answer 500', () => {
  const bad = fc.oneof(
    fc.constantFrom('\u0000', '\ud800', '\udfff', 'a\u0000', '\udc00b'),
    fc
      .tuple(fc.string({ maxLength: 5 }), fc.constantFrom('\u0000', '\ud83d', '\ude00'), fc.string({ maxLength: 5 }))
      .map(([a, b, c]) => a + b + c),
  );
  const targets: Array<{ method: string; url: () => string; body: (s: string) => unknown }> = [
    { method: 'POST', url: () => '/api/auth/login', body: (s) => ({ username: s, password: s }) },
    {
      method: 'POST',
      url: () => '/api/rounds',
      body: (s) => ({ regionCode: 'hunan', title: `批次${s}`, criteria: [{ name: s, maxScore: 10 }] }),
    },
    { method: 'PUT', url: () => `/api/evaluation/schemes/${schemeId}`, body: (s) => ({ document: { [s]: s, list: [s] } }) },
    {
      method: 'POST',
      url: () => '/api/supervision/templates',
      body: (s) => ({ topic: 'safety', name: `表${s}`, items: [{ key: 'k1', text: s }] }),
    },
    { method: 'PATCH', url: () => `/api/projects/${projectId}`, body: (s) => ({ name: `项目${s}` }) },
    { method: 'PUT', url: () => '/api/evaluation/regions/hunan/policies', body: (s) => ({ sections: [{ title: s, body: s }] }) },
  ];
  it('answers 4xx for every sample', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), bad, async (target, s) => {
        // JSON.stringify keeps lone surrogates as \uXXXX escapes, so the server sees exactly these code units.
        const res = await rawJson(admin, target.method, target.url(), JSON.stringify(target.body(s)));
        expect(res.status, `${target.method} ${target.url()} ${JSON.stringify(s)}: ${res.text}`).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 60, seed: 19 },
    );
  });
});
