import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { addParticipantForTest, createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { jpegWithExif } from './exif.js';
import { escalateOverdueNotices, projectStopWork, stopWorkProjectIds } from './store.js';

const LIMIT = 200_000;
const GREEN_TEMPLATE = '00000000-0000-4000-a000-000000000603';
const DAY = 86_400_000;

let t: TestApp;
let hunanReg: ApiClient;
let shenzhenReg: ApiClient;
let hunanEnt: ApiClient;
let changzhouEnt: ApiClient;
let expert: ApiClient;
let projectId: string;
let ids: Record<string, string>;

async function orgId(name: string) {
  const [row] = await selectRows<{ id: string }>(t.database.db, sql`select id from organisations where name = ${name}`);
  return row!.id;
}
async function userId(username: string) {
  const [row] = await selectRows<{ id: string }>(t.database.db, sql`select id from users where username = ${username}`);
  return row!.id;
}
async function countRows(table: string) {
  const [row] = await selectRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`));
  return Number(row!.n);
}
/** Every file under DATA_DIR/supervision, to prove that a failed upload leaves nothing behind. */
function storedFiles(): string[] {
  const root = path.join(t.dataDir, 'supervision');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(root, f)).isFile()).sort();
}

function findingForm(
  fields: Record<string, string>,
  files: Array<{ bytes: Uint8Array; name: string; type?: string; lastModified?: number }> = [],
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) {
    form.append('lastModified', String(f.lastModified ?? ''));
    form.append('photos', new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.type ?? 'image/jpeg' }), f.name);
  }
  return form;
}

async function scheduleAndRecord(client: ApiClient, extra: Record<string, unknown> = {}) {
  const res = await client.post('/api/supervision/inspections', {
    projectId,
    templateId: GREEN_TEMPLATE,
    stage: 'construction',
    scheduledOn: '2026-04-20',
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

beforeAll(async () => {
  // Demo accounts only: other capabilities' demo seeders are not this file's concern.
  t = await startTestApp({ env: { UPLOAD_LIMIT_BYTES: String(LIMIT) } });
  await seedDemo(t.database, DEMO_PASSWORD);
  projectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
    regionCode: 'hunan',
    name: '湘江新区绿色建造试点住宅',
  });
  // A second participant (the designer) sees the project but is not the one a notice is addressed to.
  await addParticipantForTest(t.database.db, projectId, await orgId(DEMO_ORGS.changzhouEnterprise), 'design');
  ids = {
    hunanEnterprise: await orgId(DEMO_ORGS.hunanEnterprise),
    changzhouEnterprise: await orgId(DEMO_ORGS.changzhouEnterprise),
    expertWang: await userId('expert.wang'),
  };
  [hunanReg, shenzhenReg, hunanEnt, changzhouEnt, expert] = await Promise.all(
    ['hunan.regulator', 'shenzhen.regulator', 'hunan.enterprise', 'changzhou.enterprise', 'expert.wang'].map((u) => t.login(u)),
  );
});
afterAll(async () => t?.close());

describe('checklist templates', () => {
  it('offers the five national defaults and keeps a region’s own template to that region', async () => {
    const national = (await hunanReg.get('/api/supervision/templates?activeOnly=true')).body.items.filter(
      (x: any) => x.regionCode === null,
    );
    expect(national.map((x: any) => x.topic).sort()).toEqual(['green_construction', 'quality', 'safety', 'smart_site', 'waste']);
    const created = await hunanReg.post('/api/supervision/templates', {
      topic: 'waste',
      name: '湖南省建筑垃圾减量化检查表',
      items: [
        { key: 'w1', text: '减量化专项方案' },
        { key: 'w9', text: '湖南省电子联单系统上传' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.regionCode).toBe('hunan');
    expect((await shenzhenReg.get('/api/supervision/templates')).body.items.some((x: any) => x.id === created.body.id)).toBe(false);
    expect((await shenzhenReg.patch(`/api/supervision/templates/${created.body.id}`, { name: '改名' })).status).toBe(404);
    const dup = await hunanReg.post('/api/supervision/templates', {
      topic: 'waste',
      name: '重复编号',
      items: [
        { key: 'a', text: 'x' },
        { key: 'a', text: 'y' },
      ],
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.details[0]).toMatchObject({ path: 'items', code: 'template_items_duplicate' });
  });
});

describe('inspection → finding → notice → rectification → verification', () => {
  let inspectionId: string;
  let findingId: string;
  let noticeId: string;

  it('lets the regulator schedule an inspection and entrust an expert, who then reads the project and records results', async () => {
    expect((await expert.get(`/api/projects/${projectId}/supervision-status`)).status).toBe(404);
    inspectionId = await scheduleAndRecord(hunanReg, { expertIds: [ids.expertWang] });
    expect((await expert.get(`/api/projects/${projectId}/supervision-status`)).status).toBe(200);
    expect((await shenzhenReg.get(`/api/supervision/inspections/${inspectionId}`)).status).toBe(404);
    expect(
      (
        await hunanEnt.post(`/api/supervision/inspections/${inspectionId}/record`, {
          inspectedAt: '2026-04-20T09:00:00+08:00',
          results: [],
        })
      ).status,
    ).toBe(403);
    const rec = await expert.post(`/api/supervision/inspections/${inspectionId}/record`, {
      inspectedAt: '2026-04-20T09:00:00+08:00',
      results: [
        { key: 'g1', result: 'pass' },
        { key: 'g2', result: 'fail', note: '北侧裸土未覆盖' },
      ],
      summary: '扬尘控制不到位',
    });
    expect(rec.status).toBe(200);
    expect(rec.body.results).toEqual([
      { key: 'g1', text: '绿色施工专项方案已审批并有实施记录', result: 'pass' },
      { key: 'g2', text: '扬尘控制：围挡、喷淋、裸土覆盖、车辆冲洗', result: 'fail', note: '北侧裸土未覆盖' },
    ]);
    const bad = await expert.post(`/api/supervision/inspections/${inspectionId}/record`, {
      inspectedAt: '2026-04-20T09:00:00+08:00',
      results: [{ key: 'zz', result: 'pass' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'results.0.key', code: 'template_item_unknown' });
  });

  it('records a serious finding with a photo, a stop-work flag and a notice to the responsible participant', async () => {
    const deadline = new Date(Date.now() + 5 * DAY).toISOString();
    const res = await hunanReg.post(
      `/api/supervision/inspections/${inspectionId}/findings`,
      findingForm(
        {
          severity: 'serious',
          description: '北侧基坑边裸土大面积未覆盖，扬尘超标',
          itemKey: 'g2',
          stopWork: 'true',
          responsibleOrganisationId: ids.hunanEnterprise,
          deadline,
          requirement: '立即覆盖裸土并增设喷淋',
        },
        [{ bytes: jpegWithExif('2026:04:20 09:12:30'), name: 'IMG_0001.jpg', lastModified: Date.parse('2026-04-21T00:00:00Z') }],
      ),
    );
    expect(res.status).toBe(201);
    findingId = res.body.id;
    noticeId = res.body.notice.id;
    expect(res.body).toMatchObject({ severity: 'serious', stopWork: true, stopWorkActive: true, status: 'open' });
    expect(res.body.notice).toMatchObject({
      status: 'issued',
      responsibleOrganisationId: ids.hunanEnterprise,
      escalationLevel: 0,
      overdue: false,
      deadline,
    });
    expect(res.body.notice.code).toMatch(/^ZG-HU-\d{4}-\d{4}$/);
    // EXIF wins over the client's lastModified.
    expect(res.body.photos).toHaveLength(1);
    expect(res.body.photos[0]).toMatchObject({
      contentType: 'image/jpeg',
      capturedAt: '2026-04-20T01:12:30.000Z',
      capturedSource: 'exif',
      originalName: 'IMG_0001.jpg',
    });
    const img = await hunanEnt.get(res.body.photos[0].url);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/jpeg');
    expect((await shenzhenReg.get(res.body.photos[0].url)).status).toBe(404);
  });

  it('shows the stop-work flag on the project, to the enterprise too, and through the exported functions', async () => {
    const status = await hunanEnt.get(`/api/projects/${projectId}/supervision-status`);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ projectId, stopWork: true, openFindings: 1, openNotices: 1, overdueNotices: 0 });
    expect(status.body.findings[0]).toMatchObject({ findingId, noticeStatus: 'issued' });
    expect((await projectStopWork(t.database.db, projectId)).stopWork).toBe(true);
    const other = await createProjectForTest(t.database.db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
    expect([...(await stopWorkProjectIds(t.database.db, [projectId, other]))]).toEqual([projectId]);
    expect((await shenzhenReg.get(`/api/projects/${projectId}/supervision-status`)).status).toBe(404);
  });

  it('allows only the transitions of the state machine', async () => {
    const early = await hunanReg.post(`/api/supervision/notices/${noticeId}/close`, {});
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('notice_transition');
    expect(
      (
        await hunanReg.post(`/api/supervision/notices/${noticeId}/reopen`, {
          comment: '未整改',
          deadline: new Date(Date.now() + DAY).toISOString(),
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await hunanReg.post(`/api/supervision/findings/${findingId}/notice`, {
          responsibleOrganisationId: ids.hunanEnterprise,
          deadline: new Date(Date.now() + DAY).toISOString(),
          requirement: '再发一次',
        })
      ).status,
    ).toBe(409);
  });

  it('lets only the responsible participant answer, with evidence photos', async () => {
    const photo = [{ bytes: jpegWithExif(null), name: 'after.jpg', lastModified: Date.parse('2026-04-22T03:00:00Z') }];
    const form = () => findingForm({ message: '已全部覆盖防尘网并增设 4 台雾炮' }, photo);
    // The designer sees the project but is not named on the notice; another region's enterprise cannot even see it.
    const notMine = await changzhouEnt.post(`/api/supervision/notices/${noticeId}/responses`, form());
    expect(notMine.status).toBe(403);
    expect(notMine.body.error.code).toBe('not_responsible_participant');
    expect(
      (await t.login('shenzhen.enterprise').then((c) => c.post(`/api/supervision/notices/${noticeId}/responses`, form()))).status,
    ).toBe(404);
    expect((await hunanReg.post(`/api/supervision/notices/${noticeId}/responses`, form())).status).toBe(403);
    const noPhoto = await hunanEnt.post(`/api/supervision/notices/${noticeId}/responses`, findingForm({ message: '已整改' }));
    expect(noPhoto.status).toBe(400);
    expect(noPhoto.body.error.details[0]).toMatchObject({ path: 'photos', code: 'photos_required' });

    const ok = await hunanEnt.post(`/api/supervision/notices/${noticeId}/responses`, form());
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('responded');
    const again = await hunanEnt.post(`/api/supervision/notices/${noticeId}/responses`, form());
    expect(again.status).toBe(409);
    const detail = await hunanEnt.get(`/api/supervision/notices/${noticeId}`);
    const responded = detail.body.events.find((e: any) => e.kind === 'responded');
    // No EXIF: the phone's lastModified is the capture time.
    expect(responded.photos[0]).toMatchObject({ capturedAt: '2026-04-22T03:00:00.000Z', capturedSource: 'client' });
    expect(detail.body.mayRespond).toBe(false);
  });

  it('lets only the regulator of the region verify: reopen with a new deadline, then close, lifting the stop-work flag', async () => {
    expect((await hunanEnt.post(`/api/supervision/notices/${noticeId}/close`, {})).status).toBe(403);
    expect((await expert.post(`/api/supervision/notices/${noticeId}/close`, {})).status).toBe(403);
    expect((await shenzhenReg.post(`/api/supervision/notices/${noticeId}/close`, {})).status).toBe(404);

    const newDeadline = new Date(Date.now() + 3 * DAY).toISOString();
    const reopened = await hunanReg.post(`/api/supervision/notices/${noticeId}/reopen`, { comment: '西侧仍有裸土', deadline: newDeadline });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'reopened', deadline: newDeadline, escalationLevel: 0 });
    expect((await hunanEnt.get(`/api/projects/${projectId}/supervision-status`)).body.stopWork).toBe(true);

    const form = findingForm({ message: '西侧已覆盖' }, [{ bytes: jpegWithExif('2026:04:23 16:00:00'), name: 'west.jpg' }]);
    expect((await hunanEnt.post(`/api/supervision/notices/${noticeId}/responses`, form)).status).toBe(200);
    const closed = await hunanReg.post(`/api/supervision/notices/${noticeId}/close`, { comment: '复查合格，准予复工' });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(
      (await hunanReg.post(`/api/supervision/notices/${noticeId}/reopen`, { comment: '仍不合格', deadline: newDeadline })).status,
    ).toBe(409);

    const status = (await hunanEnt.get(`/api/projects/${projectId}/supervision-status`)).body;
    expect(status).toMatchObject({ stopWork: false, openFindings: 0, openNotices: 0 });
    const events = (await hunanReg.get(`/api/supervision/notices/${noticeId}`)).body.events.map((e: any) => `${e.kind}:${e.toStatus}`);
    expect(events).toEqual(['issued:issued', 'responded:responded', 'reopened:reopened', 'responded:responded', 'closed:closed']);
  });

  it('audits every step', async () => {
    const rows = await selectRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where action like 'supervision.%' and (entity_id = ${noticeId} or entity_id = ${findingId} or entity_id = ${inspectionId} or entity_id = ${projectId}) order by id`,
    );
    expect(rows.map((r) => r.action)).toEqual([
      'supervision.inspection.schedule',
      'supervision.inspection.record',
      'supervision.finding.create',
      'supervision.stop_work.impose',
      'supervision.notice.issue',
      'supervision.notice.respond',
      'supervision.notice.reopen',
      'supervision.notice.respond',
      'supervision.notice.close',
      'supervision.stop_work.lift',
    ]);
  });

  it('enters the recorded inspection into the quality ledger once', async () => {
    const res = await hunanReg.post(`/api/supervision/inspections/${inspectionId}/ledger`);
    expect(res.status).toBe(200);
    expect(res.body.ledgerIndex).toBeTypeOf('number');
    const [entry] = await selectRows<{ body: Buffer }>(
      t.database.db,
      sql`select body from ledger_entries where idx = ${res.body.ledgerIndex}`,
    );
    const doc = JSON.parse(Buffer.from(entry!.body).toString('utf8'));
    expect(doc).toMatchObject({
      schema: 'greenbuild.supervision-inspection/v1',
      inspectionId,
      topic: 'green_construction',
      results: [
        { key: 'g1', result: 'pass' },
        { key: 'g2', result: 'fail' },
      ],
    });
    expect(doc.findings[0]).toMatchObject({ id: findingId, severity: 'serious', stopWork: true });
    expect(JSON.stringify(doc)).not.toContain('北侧');
    expect((await hunanReg.post(`/api/supervision/inspections/${inspectionId}/ledger`)).status).toBe(409);
  });
});

describe('overdue escalation', () => {
  it('escalates at the deadline, again at +3 and +7 days, once each, and never a notice already answered', async () => {
    const inspectionId = await scheduleAndRecord(hunanReg);
    const deadline = new Date(Date.now() + 2 * DAY);
    const make = async (description: string) =>
      (
        await hunanReg.post(
          `/api/supervision/inspections/${inspectionId}/findings`,
          findingForm({
            severity: 'major',
            description,
            responsibleOrganisationId: ids.hunanEnterprise,
            deadline: deadline.toISOString(),
            requirement: '限期整改',
          }),
        )
      ).body.notice.id as string;
    const late = await make('临时用电未分项计量');
    const answered = await make('喷淋系统未运行');
    expect(
      (
        await hunanEnt.post(
          `/api/supervision/notices/${answered}/responses`,
          findingForm({ message: '已修复' }, [{ bytes: jpegWithExif(null), name: 'a.jpg' }]),
        )
      ).status,
    ).toBe(200);

    const db = t.database.db;
    const at = (ms: number) => new Date(deadline.getTime() + ms);
    const mine = (r: Array<{ id: string; level: number }>) => r.filter((x) => x.id === late || x.id === answered);
    expect(mine(await escalateOverdueNotices(db, at(-1000)))).toEqual([]);
    expect(mine(await escalateOverdueNotices(db, at(0)))).toEqual([{ id: late, code: expect.any(String), level: 1 }]);
    expect(mine(await escalateOverdueNotices(db, at(60_000)))).toEqual([]);
    expect(mine(await escalateOverdueNotices(db, at(3 * DAY)))).toEqual([{ id: late, code: expect.any(String), level: 2 }]);
    expect(mine(await escalateOverdueNotices(db, at(7 * DAY)))).toEqual([{ id: late, code: expect.any(String), level: 3 }]);
    expect(mine(await escalateOverdueNotices(db, at(30 * DAY)))).toEqual([]);

    const audits = await selectRows<{ after: { escalationLevel: number } }>(
      db,
      sql`select after from audit_log where action = 'supervision.notice.escalate' and entity_id = ${late} order by id`,
    );
    expect(audits.map((a) => a.after.escalationLevel)).toEqual([1, 2, 3]);
    const n = (await hunanReg.get(`/api/supervision/notices/${late}`)).body;
    expect(n).toMatchObject({ escalationLevel: 3, status: 'issued' });
    expect(n.events.filter((e: any) => e.kind === 'escalated').map((e: any) => e.escalationLevel)).toEqual([1, 2, 3]);
    expect((await hunanReg.get(`/api/supervision/notices/${answered}`)).body.escalationLevel).toBe(0);
  });
});

describe('photo uploads', () => {
  let inspectionId: string;
  beforeAll(async () => {
    inspectionId = await scheduleAndRecord(hunanReg);
  });

  async function assertNothingStored(before: { files: string[]; findings: number; photos: number; notices: number }) {
    expect(storedFiles()).toEqual(before.files);
    expect(await countRows('inspection_findings')).toBe(before.findings);
    expect(await countRows('supervision_photos')).toBe(before.photos);
    expect(await countRows('rectification_notices')).toBe(before.notices);
  }
  const snapshot = async () => ({
    files: storedFiles(),
    findings: await countRows('inspection_findings'),
    photos: await countRows('supervision_photos'),
    notices: await countRows('rectification_notices'),
  });

  it('refuses a non-image disguised as a JPEG, and keeps nothing', async () => {
    const before = await snapshot();
    const fake = new TextEncoder().encode('%PDF-1.4\n' + 'x'.repeat(5000));
    const res = await hunanReg.post(
      `/api/supervision/inspections/${inspectionId}/findings`,
      findingForm({ severity: 'general', description: '现场照片' }, [
        { bytes: jpegWithExif(null), name: 'ok.jpg' },
        { bytes: fake, name: 'site.jpg', type: 'image/jpeg' },
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({
      path: 'photos',
      code: 'photo_not_image',
      message: '只接受 JPEG、PNG 或 WebP 图片：site.jpg 的内容不是图片',
    });
    await assertNothingStored(before);
  });

  it('answers an oversized photo with 413 and a message naming the limit, and keeps nothing', async () => {
    const before = await snapshot();
    const big = jpegWithExif('2026:04:20 10:00:00', undefined, LIMIT + 10);
    const res = await hunanReg.post(
      `/api/supervision/inspections/${inspectionId}/findings`,
      findingForm({ severity: 'general', description: '大照片' }, [{ bytes: big, name: 'huge.jpg' }]),
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('photo_too_large');
    expect(res.body.error.message).toBe(
      'Photo too large: huge.jpg exceeds the 0 MB limit per photo; compress it or lower the resolution and upload again'.replace(
        '0 MB',
        `${(LIMIT / 1048576).toFixed(0)} MB`,
      ),
    );
    await assertNothingStored(before);
  });

  it('keeps nothing when the database refuses the record after the photos arrived', async () => {
    const before = await snapshot();
    const res = await hunanReg.post(
      `/api/supervision/inspections/${inspectionId}/findings`,
      // A notice to an organisation that takes no part in the project fails inside the transaction.
      findingForm(
        {
          severity: 'major',
          description: '问题',
          responsibleOrganisationId: randomUUID(),
          deadline: new Date(Date.now() + DAY).toISOString(),
        },
        [{ bytes: jpegWithExif(null), name: 'a.jpg' }],
      ),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'responsibleOrganisationId', code: 'responsible_not_participant' });
    await assertNothingStored(before);
  });

  it('refuses a stop-work flag on a finding that is not serious, and any write by an expert not entrusted', async () => {
    const res = await hunanReg.post(
      `/api/supervision/inspections/${inspectionId}/findings`,
      findingForm({ severity: 'major', description: '较重问题', stopWork: 'true' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'stopWork', code: 'stop_work_needs_serious' });
    const li = await t.login('expert.li');
    expect(
      (await li.post(`/api/supervision/inspections/${inspectionId}/findings`, findingForm({ severity: 'general', description: 'x' })))
        .status,
    ).toBe(404);
  });

  it('stores a PNG and keeps the client capture time when there is no EXIF', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(100).fill(7)]);
    const res = await hunanReg.post(
      `/api/supervision/inspections/${inspectionId}/findings`,
      findingForm({ severity: 'general', description: '围挡破损' }, [
        { bytes: png, name: 'fence.png', type: 'image/png', lastModified: Date.parse('2026-04-20T02:03:04Z') },
      ]),
    );
    expect(res.status).toBe(201);
    expect(res.body.photos[0]).toMatchObject({
      contentType: 'image/png',
      capturedAt: '2026-04-20T02:03:04.000Z',
      capturedSource: 'client',
      sizeBytes: 108,
    });
    const files = storedFiles();
    // Nothing left in this instance's scratch directory once the photo is stored.
    expect(fs.existsSync(path.join(t.dataDir, 'tmp')) ? fs.readdirSync(path.join(t.dataDir, 'tmp')) : []).toEqual([]);
    expect(files.some((f) => f.endsWith(`${res.body.photos[0].id}.png`))).toBe(true);
  });
});

describe('dashboard', () => {
  it('counts open findings by severity and overdue notices, and drops when a finding closes', async () => {
    const before = (await hunanReg.get('/api/supervision/dashboard')).body;
    const inspectionId = await scheduleAndRecord(hunanReg);
    const f = (
      await hunanReg.post(
        `/api/supervision/inspections/${inspectionId}/findings`,
        findingForm({ severity: 'general', description: '材料堆放杂乱' }),
      )
    ).body;
    const mid = (await hunanReg.get('/api/supervision/dashboard')).body;
    expect(mid.openFindings).toBe(before.openFindings + 1);
    expect(mid.bySeverity.general).toBe(before.bySeverity.general + 1);
    expect(mid.byAge[0].general).toBe(before.byAge[0].general + 1);
    expect((await hunanReg.post(`/api/supervision/findings/${f.id}/close`)).status).toBe(200);
    expect((await hunanReg.get('/api/supervision/dashboard')).body.openFindings).toBe(before.openFindings);
    // The Shenzhen regulator's dashboard does not include Hunan's findings.
    expect((await shenzhenReg.get('/api/supervision/dashboard')).body.byRegion.map((r: any) => r.regionCode)).not.toContain('hunan');
    expect((await hunanEnt.get('/api/supervision/dashboard')).status).toBe(403);
  });
});
