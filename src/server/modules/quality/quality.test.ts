import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { assignExpertForTest, createProjectForTest } from '../projects/fixtures.js';
import { createOrganisation, createUser } from '../accounts/index.js';
import { canonicalize } from '../../../domain/ledger/canonicalJson.js';
import { decodeBase64 } from '../../../domain/ledger/bytes.js';
import { openCheckpoint } from '../../../domain/ledger/checkpoint.js';
import { leafHash, verifyInclusion } from '../../../domain/ledger/merkle.js';

let t: TestApp;
let hunan: ApiClient;
let shenzhen: ApiClient;
let projectId: string;
let otherProjectId: string;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const ORGS = { hunan: '湖南湘江建设集团有限公司（测试）', shenzhen: '深圳鹏城建工集团有限公司（测试）' };

// Own accounts instead of the demo, so this file does not depend on other capabilities' demo data.
async function seedAccounts() {
  const actor = { id: null, name: 'test', role: null, ip: null };
  await t.database.db.transaction(async (tx) => {
    const hn = await createOrganisation(tx, actor, { name: ORGS.hunan, kind: 'enterprise', regionCode: 'hunan' });
    const sz = await createOrganisation(tx, actor, { name: ORGS.shenzhen, kind: 'enterprise', regionCode: 'shenzhen' });
    const pool = await createOrganisation(tx, actor, { name: '专家库（测试）', kind: 'expert_pool' });
    const user = (
      username: string,
      role: 'enterprise' | 'regulator' | 'expert',
      organisationId: string | null,
      regionCode: string | null = null,
    ) => createUser(tx, actor, { username, displayName: username, role, organisationId, regionCode, password: DEMO_PASSWORD });
    await user('hunan.enterprise', 'enterprise', hn.id);
    await user('shenzhen.enterprise', 'enterprise', sz.id);
    await user('hunan.regulator', 'regulator', null, 'hunan');
    await user('shenzhen.regulator', 'regulator', null, 'shenzhen');
    await user('expert.wang', 'expert', pool.id);
  });
}

beforeAll(async () => {
  t = await startTestApp({ env: { UPLOAD_LIMIT_BYTES: '4096' } });
  await seedAccounts();
  projectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: ORGS.hunan,
    regionCode: 'hunan',
    name: '长沙装配式住宅试点',
  });
  otherProjectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: ORGS.shenzhen,
    regionCode: 'shenzhen',
    name: '深圳试点',
  });
  hunan = await t.login('hunan.enterprise');
  shenzhen = await t.login('shenzhen.enterprise');
}, 120_000);
afterAll(async () => t?.close());

async function upload(c: ApiClient, project: string, bytes: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return c.post(`/api/projects/${project}/quality/attachments`, form);
}

const inspection = {
  kind: 'material_inspection',
  recordDate: '2026-03-02',
  subject: 'HRB400E 钢筋 Φ20',
  location: '3# 楼',
  batchNo: 'GJ-2026-031',
  quantity: '25.6 t',
  supplier: '湘钢',
  result: 'pass',
  inspectorName: '张监理',
  inspectorPhone: '13800138000',
  notes: '复试合格',
};

describe('quality records on the ledger', () => {
  let recordId: string;
  let ledgerIndex: number;

  it('uploads an attachment checked by content, then records an inspection that cites its hash', async () => {
    const up = await upload(hunan, projectId, PDF, '钢筋复试报告.pdf');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      fileName: '钢筋复试报告.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(fs.readFileSync(path.join(t.dataDir, 'quality', projectId, up.body.id))).toEqual(PDF);

    const res = await hunan.post(`/api/projects/${projectId}/quality/records`, { ...inspection, attachmentIds: [up.body.id] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'material_inspection',
      subject: 'HRB400E 钢筋 Φ20',
      result: 'pass',
      organisationName: ORGS.hunan,
      correctedById: null,
    });
    expect(res.body.attachments).toHaveLength(1);
    recordId = res.body.id;
    ledgerIndex = res.body.ledgerIndex;
    const cp = openCheckpoint(res.body.checkpoint, (await t.client().get('/api/ledger/vkey')).text.trim());
    expect(cp.size).toBe(res.body.treeSize);

    // The entry holds the public facts and the file hash; personal data only as a salted digest.
    const entryRes = await fetch(`${t.url}/api/ledger/entries/${ledgerIndex}`);
    const bytes = new Uint8Array(await entryRes.arrayBuffer());
    const text = Buffer.from(bytes).toString();
    const doc = JSON.parse(text);
    expect(canonicalize(doc)).toBe(text);
    expect(doc).toMatchObject({
      schema: 'greenbuild.quality-record/v1',
      recordId,
      kind: 'material_inspection',
      date: '2026-03-02',
      subject: 'HRB400E 钢筋 Φ20',
      batchNo: 'GJ-2026-031',
      result: 'pass',
      organisation: ORGS.hunan,
      component: null,
      corrects: null,
      attachments: [{ sha256: up.body.sha256, size: PDF.length, mediaType: 'application/pdf' }],
    });
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('张监理');
    expect(text).not.toContain('钢筋复试报告');
    const [{ private_salt: salt }] = await selectRows<{ private_salt: string }>(
      t.database.db,
      sql`select private_salt from quality_records where id = ${recordId}`,
    );
    const expected = createHash('sha256')
      .update(
        canonicalize({
          salt,
          inspectorName: '张监理',
          inspectorPhone: '13800138000',
          notes: '复试合格',
          attachmentNames: ['钢筋复试报告.pdf'],
        }),
      )
      .digest('hex');
    expect(doc.privateDigest).toBe(expected);

    const proof = (await t.client().get(`/api/ledger/proof/inclusion?index=${ledgerIndex}&treeSize=${cp.size}`)).body.hashes.map(
      (h: string) => decodeBase64(h)!,
    );
    expect(verifyInclusion(leafHash(bytes), ledgerIndex, cp.size, proof, cp.root)).toBe(true);

    const audit = await selectRows<{ action: string; entity_id: string }>(
      t.database.db,
      sql`select action, entity_id from audit_log where entity_type = 'quality_record'`,
    );
    expect(audit).toEqual([{ action: 'quality.record_created', entity_id: recordId }]);
  });

  it('shows anyone only the public facts of a record', async () => {
    const res = await t.client().get(`/api/quality/public/${recordId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      recordId,
      ledgerIndex,
      kind: 'material_inspection',
      recordDate: '2026-03-02',
      result: 'pass',
      projectName: '长沙装配式住宅试点',
      supersededBy: null,
    });
    expect(res.text).not.toContain('13800138000');
    expect((await t.client().get('/api/quality/public/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.client().get('/api/quality/public/not-a-uuid')).status).toBe(400);
  });

  it('corrects a record with a new entry that references it, once', async () => {
    const res = await hunan.post(`/api/projects/${projectId}/quality/records`, {
      ...inspection,
      result: 'fail',
      notes: '复试屈服强度不合格，更正',
      correctsId: recordId,
    });
    expect(res.status).toBe(201);
    const doc = JSON.parse(await (await fetch(`${t.url}/api/ledger/entries/${res.body.ledgerIndex}`)).text());
    expect(doc.corrects).toEqual({ recordId, index: ledgerIndex });
    const old = (await hunan.get(`/api/projects/${projectId}/quality/records/${recordId}`)).body;
    expect(old.correctedById).toBe(res.body.id);
    expect((await t.client().get(`/api/quality/public/${recordId}`)).body.supersededBy).toEqual({
      recordId: res.body.id,
      ledgerIndex: res.body.ledgerIndex,
    });
    // The original entry is untouched: corrections never edit.
    const original = JSON.parse(await (await fetch(`${t.url}/api/ledger/entries/${ledgerIndex}`)).text());
    expect(original.result).toBe('pass');

    const again = await hunan.post(`/api/projects/${projectId}/quality/records`, { ...inspection, correctsId: recordId });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('quality_record_already_corrected');
    const current = (await hunan.get(`/api/projects/${projectId}/quality/records?current=1`)).body;
    expect(current.items.map((r: { id: string }) => r.id)).toEqual([res.body.id]);
  });

  it('links component records by component ID and validates kind-specific fields with field paths', async () => {
    const base = { recordDate: '2026-03-05', subject: '预制叠合板 YB-1', result: 'pass', specId: 'LIB-YB-3630' };
    const prod = await hunan.post(`/api/projects/${projectId}/quality/records`, {
      ...base,
      kind: 'component_production',
      componentId: 'PC-YB-0001',
      supplier: '远大住工',
    });
    expect(prod.status).toBe(201);
    const inst = await hunan.post(`/api/projects/${projectId}/quality/records`, {
      ...base,
      kind: 'component_installation',
      componentId: 'PC-YB-0001',
      location: '5 层',
    });
    expect(inst.status).toBe(201);
    const history = (await t.client().get(`/api/quality/public/${inst.body.id}`)).body.componentHistory;
    expect(history.map((h: { kind: string }) => h.kind)).toEqual(['component_production', 'component_installation']);
    const entry = JSON.parse(await (await fetch(`${t.url}/api/ledger/entries/${prod.body.ledgerIndex}`)).text());
    expect(entry.component).toEqual({ id: 'PC-YB-0001', specId: 'LIB-YB-3630' });

    const missing = await hunan.post(`/api/projects/${projectId}/quality/records`, { ...base, kind: 'component_installation' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([{ path: 'componentId', code: 'custom', message: '构件生产和安装记录必须填写构件编号' }]);
    const wrong = await hunan.post(
      `/api/projects/${projectId}/quality/records`,
      { ...base, kind: 'concealed_acceptance', componentId: 'X1', recordDate: '2099-01-01' },
      { 'accept-language': 'en' },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.map((d: { path: string; message: string }) => [d.path, d.message])).toEqual([
      ['recordDate', 'The date cannot be in the future'],
      ['componentId', 'Only component production and installation records take a component ID'],
    ]);
    const bad = await hunan.post(`/api/projects/${projectId}/quality/records`, {
      ...base,
      kind: 'test_report',
      result: 'ok',
      inspectorPhone: 'call me',
    });
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['inspectorPhone', 'result']);
  });

  it('refuses files that are not PDF/images by content, too large, or reused, leaving nothing behind', async () => {
    const dir = path.join(t.dataDir, 'quality', projectId);
    const before = fs.readdirSync(dir).sort();
    const txt = await upload(hunan, projectId, Buffer.from('just text pretending.pdf'), 'fake.pdf');
    expect(txt.status).toBe(415);
    expect(txt.body.error.code).toBe('attachment_type_unsupported');
    expect(txt.body.error.details).toEqual([
      { path: 'file', code: 'attachment_type_unsupported', message: '只接受 PDF、PNG、JPEG 或 WebP 文件' },
    ]);
    const big = await upload(hunan, projectId, Buffer.concat([PDF, Buffer.alloc(5000, 0x20)]), 'big.pdf');
    expect(big.status).toBe(413);
    expect(fs.readdirSync(dir).sort()).toEqual(before);

    const png = await upload(hunan, projectId, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), '现场照片.png');
    expect(png.body.mediaType).toBe('image/png');
    const ok = await hunan.post(`/api/projects/${projectId}/quality/records`, {
      ...inspection,
      kind: 'concealed_acceptance',
      subject: '5 层梁板钢筋隐蔽',
      attachmentIds: [png.body.id],
    });
    expect(ok.status).toBe(201);
    const reuse = await hunan.post(`/api/projects/${projectId}/quality/records`, { ...inspection, attachmentIds: [png.body.id] });
    expect(reuse.status).toBe(400);
    expect(reuse.body.error.details[0]).toMatchObject({ path: 'attachmentIds', code: 'attachment_unavailable' });
    // Another tenant cannot cite this project's upload either.
    const foreign = await upload(shenzhen, otherProjectId, PDF, 'sz.pdf');
    const cross = await hunan.post(`/api/projects/${projectId}/quality/records`, { ...inspection, attachmentIds: [foreign.body.id] });
    expect(cross.status).toBe(400);

    const dl = await hunan.get(`/api/projects/${projectId}/quality/attachments/${png.body.id}`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('image/png');
  });

  it('keeps tenants apart: other enterprises get 404 and nothing changes; experts read only when assigned', async () => {
    const count = async () => (await selectRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from quality_records`))[0].n;
    const n = await count();
    expect((await shenzhen.get(`/api/projects/${projectId}/quality/records`)).status).toBe(404);
    expect((await shenzhen.post(`/api/projects/${projectId}/quality/records`, inspection)).status).toBe(404);
    expect((await upload(shenzhen, projectId, PDF, 'x.pdf')).status).toBe(404);
    expect((await shenzhen.get(`/api/projects/${projectId}/quality/records/${recordId}`)).status).toBe(404);
    expect(await count()).toBe(n);

    expect((await (await t.login('shenzhen.regulator')).get(`/api/projects/${projectId}/quality/records`)).status).toBe(404);
    expect((await (await t.login('hunan.regulator')).get(`/api/projects/${projectId}/quality/records`)).body.total).toBe(n);
    const expert = await t.login('expert.wang');
    expect((await expert.get(`/api/projects/${projectId}/quality/records`)).status).toBe(404);
    const [{ id: expertId }] = await selectRows<{ id: string }>(t.database.db, sql`select id from users where username = 'expert.wang'`);
    await assignExpertForTest(t.database.db, projectId, expertId);
    expect((await expert.get(`/api/projects/${projectId}/quality/records`)).status).toBe(200);
    expect((await expert.post(`/api/projects/${projectId}/quality/records`, inspection)).status).toBe(403);
    expect((await t.client().get(`/api/projects/${projectId}/quality/records`)).status).toBe(401);

    const mine = (await hunan.get('/api/quality/projects')).body;
    expect(mine.items.map((p: { id: string }) => p.id)).toEqual([projectId]);
    expect(mine.items[0].records).toBe(n);
  });

  it('concurrent records get distinct, consecutive ledger indices', async () => {
    const before = (await t.client().get('/api/ledger/status')).body.treeSize;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => hunan.post(`/api/projects/${projectId}/quality/records`, { ...inspection, batchNo: `B-${i}` })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const indices = results.map((r) => r.body.ledgerIndex).sort((a, b) => a - b);
    expect(indices).toEqual(Array.from({ length: 30 }, (_, i) => before + i));
    const admin = await t.login('admin');
    expect((await admin.post('/api/ledger/check', {})).body).toMatchObject({ ok: true, treeSize: before + 30 });
  });
});
