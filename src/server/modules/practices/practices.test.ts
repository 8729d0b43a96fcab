import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { createProjectForTest } from '../projects/fixtures.js';
import { createOrganisation, createUser } from '../accounts/index.js';
import { listPractices } from './index.js';

let t: TestApp;
let hunanReg: ApiClient;
let shenzhenReg: ApiClient;
let hunanEnt: ApiClient;
let projectId: string;
let appliedProjectId: string;
let szProjectId: string;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ORGS = { hunan: '湖南湘江建设集团有限公司（经验测试）', shenzhen: '深圳鹏城建工集团有限公司（经验测试）' };

beforeAll(async () => {
  t = await startTestApp({ env: { UPLOAD_LIMIT_BYTES: '4096' } });
  const actor = { id: null, name: 'test', role: null, ip: null };
  await t.database.db.transaction(async (tx) => {
    const hn = await createOrganisation(tx, actor, { name: ORGS.hunan, kind: 'enterprise', regionCode: 'hunan' });
    await createOrganisation(tx, actor, { name: ORGS.shenzhen, kind: 'enterprise', regionCode: 'shenzhen' });
    const user = (username: string, role: 'enterprise' | 'regulator', organisationId: string | null, regionCode: string | null = null) =>
      createUser(tx, actor, { username, displayName: username, role, organisationId, regionCode, password: DEMO_PASSWORD });
    await user('hunan.enterprise', 'enterprise', hn.id);
    await user('hunan.regulator', 'regulator', null, 'hunan');
    await user('shenzhen.regulator', 'regulator', null, 'shenzhen');
  });
  projectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: ORGS.hunan,
    regionCode: 'hunan',
    name: '长沙装配式住宅试点',
  });
  appliedProjectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: ORGS.hunan,
    regionCode: 'hunan',
    name: '尚在申报的项目',
    status: 'applied',
  });
  szProjectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: ORGS.shenzhen,
    regionCode: 'shenzhen',
    name: '深圳试点',
  });
  [hunanReg, shenzhenReg, hunanEnt] = await Promise.all(
    ['hunan.regulator', 'shenzhen.regulator', 'hunan.enterprise'].map((u) => t.login(u)),
  );
}, 120_000);
afterAll(async () => t?.close());

const draft = {
  title: '施工现场建筑垃圾分类收集与就地资源化',
  summary: '现场设置分类池，碎混凝土破碎后用作临时道路垫层',
  body: '做法要点……',
  tags: ['建筑垃圾减量化', '资源化', ' 资源化 '],
  aspect: 'construction',
};

describe('practice library', () => {
  let id: string;
  let attachmentId: string;

  it('a regulator records a draft for their region with source projects; others are refused', async () => {
    const bad = await hunanReg.post('/api/practices', { ...draft, sourceProjectIds: [projectId, szProjectId] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toMatchObject([{ path: 'sourceProjectIds.1', code: 'practice_project_unknown' }]);
    expect((await hunanReg.post('/api/practices', { ...draft, regionCode: 'shenzhen' })).status).toBe(403);
    expect((await hunanEnt.post('/api/practices', draft)).status).toBe(403);
    const res = await hunanReg.post('/api/practices', { ...draft, sourceProjectIds: [projectId, appliedProjectId] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      regionCode: 'hunan',
      regionName: '湖南省',
      status: 'draft',
      publishedAt: null,
      tags: ['建筑垃圾减量化', '资源化'],
      aspect: 'construction',
    });
    expect(res.body.projects.map((p: { name: string }) => p.name)).toEqual(['长沙装配式住宅试点', '尚在申报的项目']);
    id = res.body.id;
    expect((await shenzhenReg.get(`/api/practices/${id}`)).status).toBe(404);
    expect((await shenzhenReg.patch(`/api/practices/${id}`, { title: 'x' })).status).toBe(404);
    expect((await shenzhenReg.get('/api/practices')).body.items).toEqual([]);
  });

  it('evidence files are checked by content and size', async () => {
    const form = (bytes: Buffer, name: string) => {
      const f = new FormData();
      f.append('file', new Blob([new Uint8Array(bytes)]), name);
      return f;
    };
    const fake = await hunanReg.post(`/api/practices/${id}/attachments`, form(Buffer.from('MZ not a pdf at all'), '做法.pdf'));
    expect(fake.status).toBe(415);
    const big = await hunanReg.post(`/api/practices/${id}/attachments`, form(Buffer.concat([PDF, Buffer.alloc(5000)]), 'big.pdf'));
    expect(big.status).toBe(413);
    const ok = await hunanReg.post(`/api/practices/${id}/attachments`, form(PDF, '现场照片说明.pdf'));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      fileName: '现场照片说明.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    attachmentId = ok.body.id;
    expect(fs.readdirSync(path.join(t.dataDir, 'practices', id))).toEqual([attachmentId]);
    expect((await shenzhenReg.post(`/api/practices/${id}/attachments`, form(PDF, 'x.pdf'))).status).toBe(404);
  });

  it('the public list shows published practices only, without internal fields', async () => {
    let pub = await t.client().get('/api/public/practices');
    expect(pub.body).toEqual({ items: [], total: 0, tags: [] });
    expect((await t.client().get(`/api/public/practices/${id}`)).status).toBe(404);
    expect((await t.client().get(`/api/public/practices/${id}/attachments/${attachmentId}`)).status).toBe(404);

    expect((await hunanReg.post(`/api/practices/${id}/publish`)).body.status).toBe('published');
    expect((await hunanReg.post(`/api/practices/${id}/publish`)).status).toBe(409);
    await hunanReg.post('/api/practices', { title: '仍是草稿', summary: '不公开', tags: ['BIM'], aspect: 'design' });

    pub = await t.client().get('/api/public/practices');
    expect(pub.body.total).toBe(1);
    expect(pub.body.tags).toEqual(['建筑垃圾减量化', '资源化']);
    const item = pub.body.items[0];
    expect(Object.keys(item).sort()).toEqual([
      'aspect',
      'attachments',
      'body',
      'id',
      'projects',
      'publishedAt',
      'regionCode',
      'regionName',
      'summary',
      'tags',
      'title',
    ]);
    // Only pilots are named in public; a project still applying is not.
    expect(item.projects).toEqual([{ code: expect.stringMatching(/^T-/), name: '长沙装配式住宅试点' }]);
    expect(pub.text).not.toContain('仍是草稿');
    expect(pub.text).not.toContain(projectId);
    expect((await t.client().get('/api/public/practices?tag=BIM')).body.total).toBe(0);
    expect((await t.client().get('/api/public/practices?tag=资源化')).body.total).toBe(1);
    expect((await t.client().get('/api/public/practices?regionCode=shenzhen')).body.total).toBe(0);
    expect((await t.client().get('/api/public/practices?aspect=construction&q=垫层')).body.total).toBe(1);
    const file = await t.client().get(`/api/public/practices/${id}/attachments/${attachmentId}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
  });

  it('listPractices filters by region, source projects and publication', async () => {
    expect((await listPractices(t.database.db, { regionCode: 'hunan' })).map((p) => p.title).sort()).toEqual([
      '仍是草稿',
      '施工现场建筑垃圾分类收集与就地资源化',
    ]);
    expect((await listPractices(t.database.db, { regionCode: 'hunan', publishedOnly: true })).map((p) => p.title)).toEqual([
      '施工现场建筑垃圾分类收集与就地资源化',
    ]);
    expect((await listPractices(t.database.db, { projectIds: [appliedProjectId] })).map((p) => p.id)).toEqual([id]);
    expect(await listPractices(t.database.db, { projectIds: [szProjectId] })).toEqual([]);
    expect(await listPractices(t.database.db, { projectIds: [] })).toEqual([]);
  });

  it('unpublishing takes it off the public site; every change is audited', async () => {
    expect((await hunanReg.post(`/api/practices/${id}/unpublish`)).body.status).toBe('draft');
    expect((await t.client().get('/api/public/practices')).body.total).toBe(0);
    const rows = await selectRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_type = 'practice' and entity_id = ${id} order by id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['practice.create', 'practice.attachment.add', 'practice.publish', 'practice.unpublish']);
    expect((await hunanReg.delete(`/api/practices/${id}`)).status).toBe(204);
    expect(fs.existsSync(path.join(t.dataDir, 'practices', id, attachmentId))).toBe(false);
  });
});
