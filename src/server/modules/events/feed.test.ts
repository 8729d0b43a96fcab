import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { selectRows, sql } from '../../db/database.js';
import { pruneEvents } from '../../platform/events.js';

let t: TestApp;
let admin: ApiClient;
const as: Record<string, ApiClient> = {};

/** Every event the client may see after `after`, following `next` to the end. */
async function feed(c: ApiClient, after?: string, types?: string): Promise<{ items: any[]; next: string }> {
  // A transaction of another database on a shared server holds readers back for a moment; wait until ours is visible.
  for (let i = 0; i < 500; i++) {
    const [r] = await selectRows<{ ok: boolean }>(
      t.database.db,
      sql`select coalesce(max(txid) < pg_snapshot_xmin(pg_current_snapshot()), true) as ok from events`,
    );
    if (r?.ok) break;
    await new Promise((res) => setTimeout(res, 20));
  }
  const items: any[] = [];
  let cursor = after;
  for (;;) {
    const q = new URLSearchParams({ limit: '1000' });
    if (cursor) q.set('after', cursor);
    if (types) q.set('types', types);
    const res = await c.get(`/api/v1/events?${q}`);
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    if (res.body.items.length < 1000) return { items, next: res.body.next };
    cursor = res.body.next;
  }
}

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  admin = await t.login('admin');
  for (const u of [
    'hunan.enterprise',
    'shenzhen.enterprise',
    'hunan.regulator',
    'shenzhen.regulator',
    'ministry',
    'expert.chen',
    'hunan.facility',
  ])
    as[u] = await t.login(u);
});
afterAll(() => t?.close());

describe('event catalogue', () => {
  it('lists every type with the JSON Schema of its data, public', async () => {
    const res = await t.client().get('/api/events/types');
    expect(res.status).toBe(200);
    expect(res.body.version).toMatch(/^[0-9a-f]{16}$/);
    const updated = res.body.items.find((i: any) => i.type === 'cn.greenbuild.projects.project.updated.v1');
    expect(updated).toMatchObject({ version: 1, dataset: 'projects', title: { zh: '项目信息已修改', en: 'Project updated' } });
    expect(updated.schema).toMatchObject({ type: 'object', required: ['projectId', 'changed'] });
    for (const i of res.body.items) expect(i.type).toMatch(/^cn\.greenbuild\.[a-z]+\.[a-zA-Z]+\.[a-zA-Z]+\.v\d+$/);
  });
});

describe('change feed', () => {
  it('shows an enterprise its own project’s events and never another enterprise’s; regulators their region', async () => {
    const starts = Object.fromEntries(await Promise.all(Object.entries(as).map(async ([u, c]) => [u, (await feed(c)).next])));
    const own = (await as['hunan.enterprise']!.get('/api/projects?pageSize=1')).body.items[0];
    const res = await as['hunan.enterprise']!.patch(`/api/projects/${own.id}`, { name: `${own.name}（改）` });
    expect(res.status).toBe(200);
    const updated = (u: string) =>
      feed(as[u]!, starts[u]).then((f) => f.items.filter((e) => e.type === 'cn.greenbuild.projects.project.updated.v1'));
    const seen = await updated('hunan.enterprise');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      specversion: '1.0',
      source: '/greenbuild/projects',
      subject: `/projects/${own.id}`,
      data: { projectId: own.id, changed: ['name'] },
      projectId: own.id,
      dataset: 'projects',
    });
    expect(seen[0].organisationId).toBeUndefined();
    expect(await updated('shenzhen.enterprise')).toEqual([]);
    expect(await updated('shenzhen.regulator')).toEqual([]);
    // An expert sees it exactly when assigned to the project.
    const assigned = (await as['expert.chen']!.get(`/api/projects/${own.id}`)).status === 200;
    expect((await updated('expert.chen')).length).toBe(assigned ? 1 : 0);
    expect(await updated('hunan.facility')).toEqual([]);
    expect((await updated('hunan.regulator')).map((e) => e.id)).toEqual([seen[0].id]);
    expect((await updated('ministry')).map((e) => e.id)).toEqual([seen[0].id]);
    // The other enterprise's whole feed holds no row of this project.
    expect((await feed(as['shenzhen.enterprise']!)).items.some((e) => e.projectId === own.id)).toBe(false);
  });

  it('pages with next in the body and an RFC 8288 Link header, filtered by type', async () => {
    const start = (await feed(admin)).next;
    const own = (await as['hunan.enterprise']!.get('/api/projects?pageSize=1')).body.items[0];
    for (const n of [1, 2, 3])
      expect((await as['hunan.enterprise']!.patch(`/api/projects/${own.id}`, { name: `${own.name}-${n}` })).status).toBe(200);
    await feed(admin);
    const first = await admin.get(`/api/v1/events?limit=2&after=${start}&types=cn.greenbuild.projects.project.updated.v1`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items.map((e: any) => e.data.changed)).toEqual([['name'], ['name']]);
    const link = first.headers.get('link')!;
    expect(link).toMatch(/^<\/api\/v1\/events\?[^>]+>; rel="next"$/);
    const url = link.slice(1, link.indexOf('>'));
    expect(new URL(url, t.url).searchParams.get('after')).toBe(first.body.next);
    const second = await admin.get(url);
    expect(second.status).toBe(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].subject).toBe(`/projects/${own.id}`);
  });

  it('refuses an unknown type or a forged cursor with the field path, in the caller’s language', async () => {
    const bad = await admin.get('/api/v1/events?types=cn.greenbuild.nothing.here.v1', { 'accept-language': 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'types', message: expect.stringContaining('Unknown event type') });
    const forged = await admin.get('/api/v1/events?after=not-a-cursor');
    expect(forged.status).toBe(400);
    expect(forged.body.error.details[0]).toMatchObject({ path: 'after', message: expect.stringContaining('游标') });
    expect((await t.client().get('/api/v1/events')).status).toBe(401);
  });

  it('answers 410 cursor_expired with what to do once retention removed events after the cursor', async () => {
    const start = (await feed(admin)).next;
    const own = (await as['hunan.enterprise']!.get('/api/projects?pageSize=1')).body.items[0];
    expect((await as['hunan.enterprise']!.patch(`/api/projects/${own.id}`, { name: `${own.name}（再改）` })).status).toBe(200);
    await feed(admin);
    await t.database.db.execute(sql`update events set time = now() - interval '31 days'`);
    expect(await pruneEvents(t.database.db, t.config.eventRetentionDays)).toBeGreaterThan(0);
    const zh = await admin.get(`/api/v1/events?after=${start}`);
    expect(zh.status).toBe(410);
    expect(zh.body.error.code).toBe('cursor_expired');
    expect(zh.body.error.message).toContain('30 天');
    expect(zh.body.error.message).toContain('不带 after');
    const en = await admin.get(`/api/v1/events?after=${start}`, { 'accept-language': 'en' });
    expect(en.body.error.message).toContain('Read again without after');
    // Starting over is the way back.
    expect((await admin.get('/api/v1/events')).status).toBe(200);
  });
});
