import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { selectRows } from '../../db/database.js';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { evaluateAlarms } from '../site/fixtures.js';

// A real SMTP server, started by the test: every message the platform sends is captured here.
type Mail = { to: string[]; raw: string };
const mails: Mail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, done) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
      done();
    });
  },
});

let t: TestApp;
let admin: ApiClient;
let enterprise: ApiClient;
let regulator: ApiClient;
let otherRegulator: ApiClient;
let projectId: string;
let deviceToken: string;
let alarmId: string;

const one = async <T>(q: ReturnType<typeof sql>) => (await selectRows<T>(t.database.db, q))[0]!;

/** The decoded text of a captured mail (nodemailer sends UTF-8 bodies quoted-printable or base64). */
function bodyOf(m: Mail): string {
  const [, body = ''] = m.raw.split(/\r?\n\r?\n/, 2).length === 2 ? [null, m.raw.slice(m.raw.search(/\r?\n\r?\n/))] : [null, m.raw];
  if (/Content-Transfer-Encoding: base64/i.test(m.raw)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  const qp = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(qp, 'latin1').toString('utf8');
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as { port: number }).port;
  t = await startTestApp({ demo: true, env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'GreenBuild <noreply@greenbuild.test>' } });
  await t.database.db.execute(
    sql`update users set email = username || '@greenbuild.test' where username in ('hunan.enterprise', 'hunan.regulator')`,
  );
  admin = await t.login('admin');
  enterprise = await t.login('hunan.enterprise');
  regulator = await t.login('hunan.regulator');
  otherRegulator = await t.login('shenzhen.regulator');
  const project = await one<{ id: string }>(sql`
    select p.id from projects p join organisations o on o.id = p.owner_organisation_id
     where o.name = (select o2.name from users u join organisations o2 on o2.id = u.organisation_id where u.username = 'hunan.enterprise')
     order by p.code limit 1`);
  projectId = project.id;
  const reg = await enterprise.post(`/api/projects/${projectId}/devices`, {
    name: '东门噪声监测仪',
    kind: 'dust_noise',
    protocols: ['http'],
  });
  expect(reg.status, reg.text).toBe(201);
  deviceToken = reg.body.token;
}, 240_000);
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const todoCount = async (c: ApiClient, kind: string) =>
  ((await c.get('/api/me/todos')).body.items as { kind: string; count: number }[])
    .filter((i) => i.kind === kind)
    .reduce((n, i) => n + i.count, 0);

describe('alarm → to-do → escalation → acknowledgement', () => {
  it('an unacknowledged alarm is a to-do for the enterprise and, counted the same way, on the alarm list', async () => {
    const before = await todoCount(enterprise, 'alarm.unacknowledged');
    const r = await t
      .client({ 'x-device-token': deviceToken, 'content-type': 'application/json' })
      .post(
        '/api/ingest/readings',
        JSON.stringify([{ metric: 'noise_leq', time: new Date(Date.now() - 60_000).toISOString(), value: 91.5 }]),
      );
    expect(r.status, r.text).toBe(200);
    await evaluateAlarms(t.database);
    const alarm = await one<{ id: string }>(
      sql`select a.id from site_alarms a join site_devices d on d.id = a.device_id where d.name = '东门噪声监测仪'`,
    );
    alarmId = alarm.id;
    expect(await todoCount(enterprise, 'alarm.unacknowledged')).toBe(before + 1);
    const list = await enterprise.get('/api/site/alarms?state=open&pageSize=1');
    expect(list.body.total).toBe(before + 1);
    const todos = (await enterprise.get('/api/me/todos')).body.items;
    expect(todos.find((i: { kind: string }) => i.kind === 'alarm.unacknowledged')).toMatchObject({
      title: '未确认的现场告警',
      link: '/site?alarmState=open',
      severity: 'critical',
    });
    // In English for a client that asks for it.
    const en = (await enterprise.get('/api/me/todos', { 'accept-language': 'en' })).body.items;
    expect(en.find((i: { kind: string }) => i.kind === 'alarm.unacknowledged').title).toBe('Site alarms not acknowledged');
  });

  it('escalates to the region’s regulators after the rule’s minutes, once, with an e-mail captured by the SMTP server', async () => {
    // Younger than the rule's 30 minutes: nothing yet.
    await admin.post('/api/notifications/run');
    const key = `alarm:${alarmId}`;
    const count = async () =>
      Number(
        (await one<{ n: number }>(sql`select count(*)::int as n from notifications where dedupe_key = ${key} and kind = 'alarm.escalated'`))
          .n,
      );
    expect(await count()).toBe(0);
    await t.database.db.execute(sql`update site_alarms set opened_at = now() - interval '31 minutes' where id = ${alarmId}`);
    const run = await admin.post('/api/notifications/run');
    expect(run.status, run.text).toBe(200);
    // Both Hunan regulators' accounts in the demo get it; Shenzhen's does not.
    const inbox = await regulator.get('/api/me/notifications');
    const escalated = inbox.body.items.find((i: { kind: string }) => i.kind === 'alarm.escalated');
    expect(escalated).toMatchObject({ severity: 'critical', read: false, link: `/projects/${projectId}/site`, categoryLabel: '现场告警' });
    expect(escalated.text).toMatch(/已 30 分钟无人确认：东门噪声监测仪 噪声 Leq 91\.5 dB\(A\)，超过限值 \d+ dB\(A\)/);
    expect((await otherRegulator.get('/api/me/notifications')).body.items.some((i: { kind: string }) => i.kind === 'alarm.escalated')).toBe(
      false,
    );
    // Running again (another instance, another minute) creates nothing new.
    const n = await count();
    await admin.post('/api/notifications/run');
    expect(await count()).toBe(n);
    // The e-mail went out through the real SMTP server, in Chinese.
    const toRegulator = mails.filter((m) => m.to.includes('hunan.regulator@greenbuild.test')).map(bodyOf);
    expect(toRegulator.filter((b) => b.includes('东门噪声监测仪') && b.includes('分钟无人确认'))).toHaveLength(1);
    const status = (await admin.get('/api/notifications/status')).body;
    expect(status.email.configured).toBe(true);
    expect(status.channels.find((c: { channel: string }) => c.channel === 'email').sentLastDay).toBeGreaterThanOrEqual(1);
  });

  it('acknowledging the alarm removes the to-do for both and clears the condition', async () => {
    const before = await todoCount(enterprise, 'alarm.unacknowledged');
    const ack = await enterprise.post(`/api/site/alarms/${alarmId}/acknowledge`, { note: '已洒水降噪' });
    expect(ack.status, ack.text).toBe(200);
    expect(await todoCount(enterprise, 'alarm.unacknowledged')).toBe(before - 1);
    await admin.post('/api/notifications/run');
    const open = await one<{ n: number }>(
      sql`select count(*)::int as n from notifications where dedupe_key = ${`alarm:${alarmId}`} and cleared_at is null`,
    );
    expect(Number(open.n)).toBe(0);
  });
});

describe('event rules', () => {
  it('a plan submitted by the enterprise reaches the region’s regulators once, in words, live over SSE', async () => {
    const url = `/api/planning/projects/${projectId}/plan`;
    const saved = await enterprise.put(url, {
      aspects: { construction: { targets: [{ name: '施工现场建筑垃圾排放量', targetValue: 300, unit: 't/万m²' }], measures: [] } },
    });
    expect(saved.status, saved.text).toBe(200);
    // A browser of the regulator listening on the stream hears the unread count change.
    const stream = await fetch(`${t.url}/api/me/notifications/stream`, { headers: { cookie: regulator.cookie! } });
    const reader = stream.body!.getReader();
    const submitted = await enterprise.post(`${url}/submit`);
    expect(submitted.status, submitted.text).toBe(200);
    let item: { kind: string; text: string; link: string } | undefined;
    for (let i = 0; i < 240 && !item; i++) {
      item = (await regulator.get('/api/me/notifications')).body.items.find((n: { kind: string }) => n.kind === 'plan.submitted');
      if (!item) await new Promise((r) => setTimeout(r, 250));
    }
    expect(item).toMatchObject({ link: `/projects/${projectId}/plan` });
    expect(item!.text).toMatch(/^.+（HN-[0-9-]+） 提交了绿色策划，请审核$/);
    let heard = '';
    while (!heard.includes('event: unread')) heard += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    const rows = await one<{ n: number; users: number }>(
      sql`select count(*)::int as n, count(distinct user_id)::int as users from notifications where kind = 'plan.submitted'`,
    );
    expect(rows.n).toBe(rows.users);
    // The enterprise itself is not told about its own submission.
    expect((await enterprise.get('/api/me/notifications')).body.items.some((n: { kind: string }) => n.kind === 'plan.submitted')).toBe(
      false,
    );
  });
});

describe('inbox', () => {
  it('marks read, counts unread, and never shows another user’s notification', async () => {
    const inbox = (await regulator.get('/api/me/notifications')).body;
    expect(inbox.unread).toBeGreaterThan(0);
    const id = inbox.items[0].id;
    expect((await otherRegulator.post(`/api/me/notifications/${id}/read`)).status).toBe(404);
    const read = await regulator.post(`/api/me/notifications/${id}/read`);
    expect(read.body.unread).toBe(inbox.unread - 1);
    expect((await regulator.post('/api/me/notifications/read-all')).body.unread).toBe(0);
    expect((await regulator.get('/api/me/notifications?unread=true')).body.items).toEqual([]);
  });

  it('validates preferences and rules with the field path', async () => {
    const bad = await enterprise.put('/api/me/notification-preferences', {
      channels: { alarm: ['email'] },
      quietStart: 22,
      quietEnd: null,
      dailyDigest: false,
      language: 'zh-CN',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('quietEnd');
    const wrongChannel = await enterprise.put('/api/me/notification-preferences', {
      channels: { alarm: ['pigeon'] },
      quietStart: null,
      quietEnd: null,
      dailyDigest: false,
      language: 'zh-CN',
    });
    expect(wrongChannel.status).toBe(400);
    expect(wrongChannel.body.error.details[0].path).toBe('channels.alarm.0');
    expect((await enterprise.get('/api/notifications/rules')).status).toBe(403);
    const noMinutes = await regulator.put('/api/notifications/rules/plan.approved', { enabled: true, minutes: 5 });
    expect(noMinutes.status).toBe(400);
    expect(noMinutes.body.error.details[0].path).toBe('minutes');
    expect((await regulator.put('/api/notifications/rules/alarm.escalated', { enabled: true, minutes: 10 })).status).toBe(200);
    const rules = (await regulator.get('/api/notifications/rules')).body;
    expect(rules.regionCode).toBe('hunan');
    expect(rules.items.find((r: { key: string }) => r.key === 'alarm.escalated')).toMatchObject({ minutes: 10, changedForRegion: true });
    // Shenzhen keeps the national default.
    expect(
      (await otherRegulator.get('/api/notifications/rules')).body.items.find((r: { key: string }) => r.key === 'alarm.escalated').minutes,
    ).toBe(30);
  });
});
