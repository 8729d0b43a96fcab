import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { sniffMediaType } from './attachments.js';

const LIMIT = 64 * 1024;
let t: TestApp;
let regulator: ApiClient;
let enterprise: ApiClient;
let roundId: string;
let applicationId: string;
let projectId: string;
const users: Record<string, string> = {};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]);

function upload(content: Buffer, name: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type }), name);
  return form;
}

function storedFiles(): string[] {
  const dir = path.join(t.dataDir, 'attachments');
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

beforeAll(async () => {
  t = await startTestApp({ demo: true, env: { UPLOAD_LIMIT_BYTES: String(LIMIT) } });
  regulator = await t.login('hunan.regulator');
  enterprise = await t.login('hunan.enterprise');
  const admin = await t.login('admin');
  for (const u of (await admin.get('/api/users?role=expert&pageSize=50')).body.items) users[u.username] = u.id;
});
afterAll(async () => t?.close());

describe('content sniffing', () => {
  it('knows PDF, JPEG and PNG by their first bytes and nothing else', () => {
    expect(sniffMediaType(PDF)).toBe('application/pdf');
    expect(sniffMediaType(PNG)).toBe('image/png');
    expect(sniffMediaType(JPEG)).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffMediaType(Buffer.from('%PD'))).toBeNull();
  });
});

describe('a round and an application', () => {
  it('a regulator opens a round; enterprises see it only once open', async () => {
    const created = await regulator.post('/api/rounds', { regionCode: 'hunan', title: '2026 年度测试批次', closesOn: '2026-12-31' });
    expect(created.status).toBe(201);
    roundId = created.body.id;
    expect(created.body.criteria.map((c: { maxScore: number }) => c.maxScore)).toEqual([25, 20, 20, 20, 15]);
    expect((await enterprise.get('/api/rounds')).body.items.some((r: { id: string }) => r.id === roundId)).toBe(false);
    expect((await regulator.post(`/api/rounds/${roundId}/open`)).body.status).toBe('open');
    expect((await enterprise.get('/api/rounds')).body.items.some((r: { id: string }) => r.id === roundId)).toBe(true);
    expect((await (await t.login('shenzhen.enterprise')).get('/api/rounds')).body.items.some((r: { id: string }) => r.id === roundId)).toBe(
      false,
    );
    expect((await (await t.login('shenzhen.regulator')).post(`/api/rounds/${roundId}/close`)).status).toBe(404);
  });

  it('an enterprise applies with a project; it enters the register as 申报', async () => {
    const design = (await (await t.login('ministry')).get(`/api/organisations?q=${encodeURIComponent('湖南省建筑设计院')}`)).body.items[0];
    const res = await enterprise.post('/api/applications', {
      roundId,
      project: {
        name: '开福区装配式安置房（测试）',
        category: 'building',
        structureType: 'concrete',
        useType: 'residential',
        floorAreaM2: 52000,
        isPrefabricated: true,
        organisationModel: 'epc',
        participants: [{ organisationId: design.id, role: 'design' }],
      },
    });
    expect(res.status).toBe(201);
    applicationId = res.body.id;
    projectId = res.body.project.id;
    expect(res.body).toMatchObject({
      status: 'submitted',
      regionCode: 'hunan',
      organisationName: '湖南湘江建设集团有限公司（演示）',
      assignments: [],
      aggregate: null,
    });
    expect(res.body.project).toMatchObject({ status: 'applied', regionCode: 'hunan' });
    expect(res.body.project.code).toMatch(/^HN-\d{4}-\d{3}$/);
  });

  it('refuses another region’s round and a closed round', async () => {
    const sz = await t.login('shenzhen.enterprise');
    const res = await sz.post('/api/applications', { roundId, project: { name: '深圳项目', category: 'building', floorAreaM2: 1000 } });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'roundId', code: 'round_other_region' });
    const closed = (await regulator.get('/api/rounds?status=closed')).body.items[0];
    const late = await enterprise.post('/api/applications', {
      roundId: closed.id,
      project: { name: '迟到的项目', category: 'building', floorAreaM2: 1000 },
    });
    expect(late.body.error.details[0]).toMatchObject({ path: 'roundId', code: 'round_not_open', message: '申报批次未开放' });
  });
});

describe('attachments', () => {
  it('stores a real PDF under DATA_DIR with its SHA-256 and serves it back to the regulator', async () => {
    const res = await enterprise.post(`/api/applications/${applicationId}/attachments`, upload(PDF, '绿色策划方案.pdf', 'application/pdf'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fileName: '绿色策划方案.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(storedFiles()).toHaveLength(1);
    const got = await fetch(`${t.url}/api/attachments/${res.body.id}`, { headers: { cookie: regulator.cookie! } });
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await got.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await (await t.login('shenzhen.enterprise')).get(`/api/attachments/${res.body.id}`)).status).toBe(404);
    const png = await enterprise.post(`/api/applications/${applicationId}/attachments`, upload(PNG, '现场照片.png', 'image/png'));
    expect(png.status).toBe(201);
  });

  it('rejects a file that lies about its type, and stores nothing', async () => {
    const files = storedFiles().length;
    const lie = await enterprise.post(`/api/applications/${applicationId}/attachments`, upload(PNG, '申报书.pdf', 'application/pdf'));
    expect(lie.status).toBe(400);
    expect(lie.body.error.code).toBe('attachment_type_mismatch');
    expect(lie.body.error.message).toBe('附件“申报书.pdf”声明为 PDF，但内容是 PNG，已拒绝');
    const exe = await enterprise.post(
      `/api/applications/${applicationId}/attachments`,
      upload(Buffer.from('MZ\x90\x00 not a pdf'), '方案.pdf', 'application/pdf'),
    );
    expect(exe.status).toBe(400);
    expect(exe.body.error.code).toBe('attachment_type_not_allowed');
    const big = await enterprise.post(
      `/api/applications/${applicationId}/attachments`,
      upload(Buffer.concat([PDF, Buffer.alloc(LIMIT)]), '大文件.pdf', 'application/pdf'),
    );
    expect(big.status).toBe(413);
    expect(storedFiles().length).toBe(files);
    expect(fs.readdirSync(path.join(t.dataDir, 'tmp'))).toEqual([]);
    const detail = (await regulator.get(`/api/applications/${applicationId}`)).body;
    expect(detail.attachmentList.map((a: { fileName: string }) => a.fileName)).toEqual(['绿色策划方案.pdf', '现场照片.png']);
  });
});

describe('who sees what', () => {
  it('an enterprise cannot see or touch another enterprise’s application', async () => {
    const sz = await t.login('shenzhen.enterprise');
    const list = (await sz.get('/api/applications?pageSize=100')).body.items;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((a: { regionCode: string }) => a.regionCode === 'shenzhen')).toBe(true);
    expect((await sz.get(`/api/applications/${applicationId}`)).status).toBe(404);
    expect((await sz.post(`/api/applications/${applicationId}/attachments`, upload(PDF, 'x.pdf', 'application/pdf'))).status).toBe(404);
    expect((await sz.get(`/api/projects/${projectId}`)).status).toBe(404);
  });

  it('an expert cannot see an application they are not assigned to', async () => {
    const chen = await t.login('expert.chen');
    expect((await chen.get(`/api/applications/${applicationId}`)).status).toBe(404);
    expect((await chen.get(`/api/projects/${projectId}`)).status).toBe(404);
    expect((await chen.get('/api/applications?pageSize=100')).body.items.some((a: { id: string }) => a.id === applicationId)).toBe(false);
  });

  it('another region’s regulator cannot assign experts', async () => {
    const sz = await t.login('shenzhen.regulator');
    const res = await sz.post(`/api/applications/${applicationId}/experts`, {
      expertUserIds: [users['expert.wang'], users['expert.li'], users['expert.zhang']],
    });
    expect(res.status).toBe(404);
  });
});

describe('expert review', () => {
  it('refuses fewer than three experts and a conflicted expert, assigning nobody', async () => {
    const two = await regulator.post(`/api/applications/${applicationId}/experts`, {
      expertUserIds: [users['expert.wang'], users['expert.li']],
    });
    expect(two.status).toBe(400);
    expect(two.body.error.details[0]).toMatchObject({ path: 'expertUserIds', message: '每个申报至少分配 3 名专家（当前 2 名）' });
    const candidates = (await regulator.get(`/api/applications/${applicationId}/expert-candidates`)).body.items;
    expect(candidates.find((c: { username: string }) => c.username === 'expert.zhao')).toMatchObject({ conflict: true });
    expect(candidates.find((c: { username: string }) => c.username === 'expert.wang')).toMatchObject({ conflict: false });
    const conflicted = await regulator.post(`/api/applications/${applicationId}/experts`, {
      expertUserIds: [users['expert.wang'], users['expert.zhao'], users['expert.li']],
    });
    expect(conflicted.status).toBe(400);
    expect(conflicted.body.error.code).toBe('expert_conflict');
    expect(conflicted.body.error.message).toBe(
      '利益冲突：专家“赵工（设计院专家，演示）”所在单位“湖南省建筑设计院集团股份有限公司（演示）”是该项目的参建单位，不能分配评审',
    );
    expect(conflicted.body.error.details[0].path).toBe('expertUserIds.1');
    const detail = (await regulator.get(`/api/applications/${applicationId}`)).body;
    expect(detail.assignments).toEqual([]);
    expect(detail.project.status).toBe('applied');
  });

  it('assigns three experts: the project goes to 评审中 and each expert can read it', async () => {
    const res = await regulator.post(`/api/applications/${applicationId}/experts`, {
      expertUserIds: [users['expert.wang'], users['expert.li'], users['expert.zhang']],
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('reviewing');
    expect(res.body.project.status).toBe('reviewing');
    expect(res.body.assignments.map((a: { expertName: string }) => a.expertName).sort()).toEqual(
      ['张工（专家，演示）', '李工（专家，演示）', '王工（专家，演示）'].sort(),
    );
    const wang = await t.login('expert.wang');
    expect((await wang.get(`/api/projects/${projectId}`)).status).toBe(200);
    expect((await wang.patch(`/api/projects/${projectId}`, { name: 'x' })).status).toBe(403);
  });

  it('experts score within the criteria; each sees only their own review', async () => {
    const detail = (await regulator.get(`/api/applications/${applicationId}`)).body;
    const criteria = detail.criteria as Array<{ id: string; maxScore: number }>;
    const sheets: Record<string, number[]> = {
      'expert.wang': [22, 18, 17, 16, 12],
      'expert.li': [20, 16, 18, 15, 13],
      'expert.zhang': [23, 17, 16, 18, 11],
    };
    const wang = await t.login('expert.wang');
    const mine = (await wang.get(`/api/applications/${applicationId}`)).body;
    expect(mine.assignments).toHaveLength(1);
    expect(mine.aggregate).toBeNull();
    const wangAssignment = mine.assignments[0].id;
    const over = await wang.put(`/api/reviews/${wangAssignment}`, { scores: [{ criterionId: criteria[0]!.id, score: 26 }], submit: false });
    expect(over.status).toBe(400);
    expect(over.body.error.details[0]).toMatchObject({ path: 'scores.0.score', message: '分数应在 0 到 25 之间' });
    const partial = await wang.put(`/api/reviews/${wangAssignment}`, {
      scores: [{ criterionId: criteria[0]!.id, score: 20 }],
      submit: true,
    });
    expect(partial.body.error.details[0]).toMatchObject({ path: 'scores', code: 'score_missing' });
    const chen = await t.login('expert.chen');
    expect((await chen.put(`/api/reviews/${wangAssignment}`, { scores: [], submit: false })).status).toBe(404);

    // A decision needs three submitted reviews.
    const early = await regulator.post(`/api/applications/${applicationId}/decision`, { decision: 'selected' });
    expect(early.status).toBe(400);
    expect(early.body.error.code).toBe('reviews_incomplete');

    for (const [username, scores] of Object.entries(sheets)) {
      const c = await t.login(username);
      const a = (await c.get(`/api/applications/${applicationId}`)).body.assignments[0];
      const res = await c.put(`/api/reviews/${a.id}`, {
        scores: criteria.map((cr, i) => ({ criterionId: cr.id, score: scores[i]! })),
        comment: `${username} 意见`,
        submit: true,
      });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('submitted');
    }
    const locked = await wang.put(`/api/reviews/${wangAssignment}`, { scores: [], submit: false });
    expect(locked.status).toBe(409);
    const reviews = (await wang.get('/api/reviews')).body.items;
    expect(reviews.find((r: { applicationId: string }) => r.applicationId === applicationId)).toMatchObject({
      status: 'submitted',
      total: 85,
    });
  });

  it('the regulator sees the aggregate and selects; the project is published', async () => {
    const detail = (await regulator.get(`/api/applications/${applicationId}`)).body;
    // Totals 85, 82, 85 → mean 84; per criterion means (22+20+23)/3 = 21.67 …
    expect(detail.aggregate).toMatchObject({ submitted: 3, assigned: 3, meanTotal: 84, minTotal: 82, maxTotal: 85 });
    expect(detail.aggregate.byCriterion.map((c: { mean: number }) => c.mean)).toEqual([21.67, 17, 17, 16.33, 12]);
    expect((await enterprise.get(`/api/applications/${applicationId}`)).body).toMatchObject({
      assignments: [],
      aggregate: null,
      meanTotal: null,
    });
    const res = await regulator.post(`/api/applications/${applicationId}/decision`, { decision: 'selected', note: '专家评审通过' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'decided', decision: 'selected', decisionNote: '专家评审通过' });
    expect(res.body.project.status).toBe('selected');
    const again = await regulator.post(`/api/applications/${applicationId}/decision`, { decision: 'rejected' });
    expect(again.status).toBe(409);
    const pub = (await t.client().get('/api/public/pilots?regionCode=hunan')).body.items;
    expect(pub.some((p: { id: string }) => p.id === projectId)).toBe(true);
    const [row] = await selectRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'project.transition' and entity_id = ${projectId}`,
    );
    expect(row!.n).toBe(2);
  });
});
