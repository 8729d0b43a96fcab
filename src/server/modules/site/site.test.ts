import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { selectRows, sql } from '../../db/database.js';
import { ApiClient, DEMO_PASSWORD, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { evaluateAlarms } from './alarms.js';
import { screenDataQuality } from './quality.js';
import { deviceOnlineRate, noiseExceedanceRate, pm10ExceedanceRate, siteIndicators } from './indicators.js';
import { applyRetention, ensureReadingPartitions, readingPartitions } from './partitions.js';
import { foldPendingRollups } from './rollups.js';
import { ReadingWriter, type ReadingRow } from './writer.js';

let t: TestApp;
let hunan: ApiClient;
let shenzhen: ApiClient;
let projectId: string;
let otherProjectId: string;

const HOUR = 3_600_000;
// A fixed day-time hour in China (10:00 CST = 02:00 UTC) two days ago, so every test's data is in the past.
const base = new Date(Math.floor((Date.now() - 2 * 86_400_000) / 86_400_000) * 86_400_000 + 2 * HOUR);
const at = (minutes: number) => new Date(base.getTime() + minutes * 60_000).toISOString();

beforeAll(async () => {
  // Demo accounts only: other capabilities' demo seeders are not this file's concern.
  t = await startTestApp({ demo: false });
  await seedDemo(t.database, DEMO_PASSWORD);
  projectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
    regionCode: 'hunan',
    name: '长沙智慧工地测试项目',
  });
  otherProjectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: DEMO_ORGS.shenzhenEnterprise,
    regionCode: 'shenzhen',
  });
  hunan = await t.login('hunan.enterprise');
  shenzhen = await t.login('shenzhen.enterprise');
}, 240_000);
afterAll(async () => t?.close());

async function register(client: ApiClient, body: Record<string, unknown>, project = projectId) {
  const res = await client.post(`/api/projects/${project}/devices`, body);
  expect(res.status, res.text).toBe(201);
  return res.body as { device: { id: string; tokenPrefix: string | null }; token: string | null };
}

function ingest(token: string, body: unknown, contentType = 'application/json') {
  return t
    .client({ 'x-device-token': token, 'content-type': contentType })
    .post('/api/ingest/readings', typeof body === 'string' ? body : JSON.stringify(body));
}

const count = async (q: ReturnType<typeof sql>) => Number((await selectRows<{ n: number }>(t.database.db, q))[0]!.n);

describe('device registry', () => {
  it('registers a device, shows the token once and keeps only its digest', async () => {
    const { device, token } = await register(hunan, {
      name: '1号扬尘噪声监测仪',
      kind: 'dust_noise',
      protocols: ['http', 'mqtt'],
      metrics: ['pm10', 'pm2_5', 'noise_leq'],
    });
    expect(token).toMatch(/^gbd_[A-Za-z0-9_-]{43}$/);
    expect(device.tokenPrefix).toBe(token!.slice(0, 10));
    const stored = await selectRows<{ token_hash: Buffer }>(
      t.database.db,
      sql`select token_hash from site_devices where id = ${device.id}`,
    );
    expect(Buffer.from(stored[0]!.token_hash).toString('hex')).not.toContain(Buffer.from(token!).toString('hex'));
    const list = await hunan.get(`/api/projects/${projectId}/devices`);
    expect(list.body.items.find((d: { id: string }) => d.id === device.id)).toMatchObject({
      name: '1号扬尘噪声监测仪',
      status: 'never',
      hasHj212Password: false,
    });
    expect(JSON.stringify(list.body)).not.toContain(token!);
  });

  it('validates input with field paths and localised messages', async () => {
    const res = await hunan.post(`/api/projects/${projectId}/devices`, { name: '', kind: 'robot', protocols: [] });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['kind', 'name', 'protocols']);
    const hj = await hunan.post(`/api/projects/${projectId}/devices`, { name: 'HJ', kind: 'dust_noise', protocols: ['hj212'] });
    expect(hj.status).toBe(400);
    expect(hj.body.error.details[0]).toMatchObject({ path: 'mn', code: 'hj212_needs_mn', message: 'HJ 212 设备必须填写 MN 编码' });
  });

  it('rejects a second device with the same MN', async () => {
    await register(hunan, { name: 'HJ-A', kind: 'dust_noise', protocols: ['hj212'], mn: 'MNDUP0001', hj212Password: '123456' });
    const res = await hunan.post(`/api/projects/${projectId}/devices`, {
      name: 'HJ-B',
      kind: 'dust_noise',
      protocols: ['hj212'],
      mn: 'MNDUP0001',
      hj212Password: '654321',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].code).toBe('mn_taken');
  });

  it('rotates the token: the old one stops working, the new one works', async () => {
    const { device, token } = await register(hunan, { name: '电表', kind: 'electricity_meter', protocols: ['http'] });
    const reading = [{ metric: 'energy_kwh', time: at(0), value: 1 }];
    expect((await ingest(token!, reading)).status).toBe(200);
    const rotated = await hunan.post(`/api/projects/${projectId}/devices/${device.id}/token`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.token).not.toBe(token);
    expect((await ingest(token!, reading)).status).toBe(401);
    expect((await ingest(rotated.body.token, [{ metric: 'energy_kwh', time: at(1), value: 2 }])).status).toBe(200);
    const audit = await count(
      sql`select count(*)::int as n from audit_log where action = 'site.device.rotate_token' and entity_id = ${device.id}`,
    );
    expect(audit).toBe(1);
  });

  it('keeps tenants apart: another enterprise gets 404 and nothing changes; an expert cannot register', async () => {
    const { device } = await register(hunan, { name: '塔吊监测', kind: 'tower_crane', protocols: ['http'] });
    expect((await shenzhen.get(`/api/projects/${projectId}/devices`)).status).toBe(404);
    expect((await shenzhen.get(`/api/devices/${device.id}`)).status).toBe(404);
    expect((await shenzhen.get(`/api/devices/${device.id}/readings?from=${at(0)}&to=${at(60)}`)).status).toBe(404);
    expect((await shenzhen.post(`/api/projects/${projectId}/devices`, { name: 'x', kind: 'other', protocols: ['http'] })).status).toBe(404);
    expect((await shenzhen.patch(`/api/projects/${projectId}/devices/${device.id}`, { name: '改名' })).status).toBe(404);
    expect((await shenzhen.post(`/api/projects/${projectId}/devices/${device.id}/token`)).status).toBe(404);
    const expert = await t.login('expert.wang');
    expect((await expert.post(`/api/projects/${projectId}/devices`, { name: 'x', kind: 'other', protocols: ['http'] })).status).toBe(403);
    expect((await hunan.get(`/api/devices/${device.id}`)).body.name).toBe('塔吊监测');
    // The Hunan regulator sees the Hunan site, the Shenzhen regulator does not.
    expect((await (await t.login('hunan.regulator')).get(`/api/projects/${projectId}/site`)).status).toBe(200);
    expect((await (await t.login('shenzhen.regulator')).get(`/api/projects/${projectId}/site`)).status).toBe(404);
  });
});

describe('HTTP batch ingestion', () => {
  let token: string;
  let deviceId: string;
  beforeAll(async () => {
    const r = await register(hunan, {
      name: '2号扬尘监测仪',
      kind: 'dust_noise',
      protocols: ['http'],
      metrics: ['pm10', 'pm2_5', 'humidity', 'noise_leq'],
    });
    token = r.token!;
    deviceId = r.device.id;
  });

  it('stores a JSON array and reports each bad reading by index, path and localised message', async () => {
    const res = await ingest(token, [
      { metric: 'pm10', time: at(0), value: 80 },
      { metric: 'pm10', time: at(0.5), value: 100, flag: 'N' },
      { metric: 'PM10', time: at(1), value: 1 },
      { metric: 'pm10', time: '2024-01-01 10:00', value: 1 },
      { metric: 'pm10', time: at(2), value: 5, flag: 'X' },
      { metric: 'tsp', time: at(2), value: 5 },
      { metric: 'pm10', time: new Date(Date.now() + 86_400_000).toISOString(), value: 5 },
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ stored: 2, duplicates: 0, rejected: 5 });
    expect(res.body.errors.map((e: { index: number; path: string; code: string }) => [e.index, e.path, e.code])).toEqual([
      [2, 'metric', 'metric_format'],
      [3, 'time', 'invalid_format'],
      [4, 'flag', 'flag_format'],
      [5, 'metric', 'metric_not_declared'],
      [6, 'time', 'time_out_of_range'],
    ]);
    expect(res.body.errors[4].message).toBe('时间超出可接受范围（未来 10 分钟至 400 天前）');
    const dev = (await hunan.get(`/api/devices/${deviceId}`)).body;
    expect(dev).toMatchObject({ acceptedCount: 2, rejectedCount: 5, status: 'online' });
    const rejects = (await hunan.get(`/api/devices/${deviceId}/rejects`)).body.items;
    expect(rejects.map((r: { reason: string; count: number }) => `${r.reason}:${r.count}`).sort()).toEqual([
      'flag_format:1',
      'invalid_format:1',
      'metric_format:1',
      'metric_not_declared:1',
      'time_out_of_range:1',
    ]);
  });

  it('stores NDJSON, with a broken line reported and the rest kept', async () => {
    const body = [
      JSON.stringify({ metric: 'pm10', time: at(1), value: 120 }),
      '{not json',
      JSON.stringify({ metric: 'pm2_5', time: at(1), value: 40 }),
    ].join('\n');
    const res = await ingest(token, body, 'application/x-ndjson');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ stored: 2, duplicates: 0, rejected: 1 });
    expect(res.body.errors[0]).toMatchObject({ index: 1, code: 'invalid_json' });
  });

  it('a duplicate delivery stores one row', async () => {
    const batch = [{ metric: 'noise_leq', time: at(3), value: 62.5 }];
    expect((await ingest(token, batch)).body).toMatchObject({ stored: 1, duplicates: 0 });
    expect((await ingest(token, batch)).body).toMatchObject({ stored: 0, duplicates: 1 });
    // Two copies in one batch, and two concurrent deliveries, still make one row.
    const twice = [
      { metric: 'noise_leq', time: at(4), value: 61 },
      { metric: 'noise_leq', time: at(4), value: 61 },
    ];
    const [a, b] = await Promise.all([ingest(token, twice), ingest(token, twice)]);
    expect(a.body.stored + b.body.stored).toBe(1);
    expect(await count(sql`select count(*)::int as n from site_readings where device_id = ${deviceId} and metric = 'noise_leq'`)).toBe(2);
    // The rollup counted each sample once.
    const roll = await selectRows<{ n: number; sum: number }>(
      t.database.db,
      sql`select n, sum from site_rollups_live where device_id = ${deviceId} and metric = 'noise_leq' and resolution = 'hour'`,
    );
    expect(roll).toEqual([{ n: 2, sum: 123.5 }]);
  });

  it('answers 401 without a device token, 400 when nothing is valid, and never stores a half batch', async () => {
    expect((await t.client({ 'content-type': 'application/json' }).post('/api/ingest/readings', '[]')).status).toBe(401);
    expect((await ingest('gbd_wrong', [])).status).toBe(401);
    const bad = await ingest(token, [{ metric: 'pm10', time: at(5) }]);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'readings_rejected', details: [{ path: '0.value', code: 'invalid_type' }] });
  });

  it('releases the queue room of a write exactly once, also when the live fan-out fails after the commit', async () => {
    const meter = await register(hunan, { name: '写入器测试电表', kind: 'electricity_meter', protocols: ['http'] });
    const projectOfMeter = (
      await selectRows<{ project_id: string }>(t.database.db, sql`select project_id from site_devices where id = ${meter.device.id}`)
    )[0]!.project_id;
    const rows = (n: number, from: number): ReadingRow[] =>
      Array.from({ length: n }, (_, i) => ({
        deviceId: meter.device.id,
        projectId: projectOfMeter,
        metric: 'energy_kwh',
        time: new Date(Date.parse(at(0)) - 30 * HOUR + (from + i) * 1000),
        kind: 'rtd',
        value: i,
        flag: 'N',
        source: 'http',
      }));
    const writer = new ReadingWriter(t.database, {
      onCommitted: () => {
        throw new Error('fan-out down');
      },
    });
    expect(await writer.write(rows(10, 0))).toEqual({ stored: 10, duplicates: 0 });
    expect(writer.backlog).toBe(0);
    // A bad entry (a time that is no time) fails alone, its neighbour in the same statement is stored; the room of
    // each is given back once.
    const bad = rows(2, 200_000).map((r) => ({ ...r, time: new Date(Number.NaN) }));
    const [good, failed] = await Promise.allSettled([writer.write(rows(3, 300_000)), writer.write(bad)]);
    expect(good).toEqual({ status: 'fulfilled', value: { stored: 3, duplicates: 0 } });
    expect(failed.status).toBe('rejected');
    expect(writer.backlog).toBe(0);
  });

  it('serves raw readings and minute/hour/day rollups with exact values', async () => {
    const from = at(0);
    const to = at(60);
    const raw = await hunan.get(`/api/devices/${deviceId}/readings?metric=pm10&from=${from}&to=${to}&resolution=raw`);
    expect(raw.body.items.map((i: { time: string; value: number; flag: string }) => [i.time, i.value, i.flag])).toEqual([
      [at(0), 80, 'N'],
      [at(0.5), 100, 'N'],
      [at(1), 120, 'N'],
    ]);
    const minute = await hunan.get(`/api/devices/${deviceId}/readings?metric=pm10&from=${from}&to=${to}&resolution=minute`);
    expect(minute.body.items).toMatchObject([
      { metric: 'pm10', time: at(0), value: 90, flag: 'N', min: 80, max: 100, count: 2 },
      { metric: 'pm10', time: at(1), value: 120, flag: 'N', min: 120, max: 120, count: 1 },
    ]);
    const hour = await hunan.get(`/api/devices/${deviceId}/readings?metric=pm10&from=${from}&to=${to}&resolution=hour`);
    expect(hour.body.items).toMatchObject([{ time: at(0), value: 100, min: 80, max: 120, count: 3 }]);
    // 10:00 China time: the China-local day starts at 16:00 UTC the day before.
    const dayStart = new Date(base.getTime() - 10 * HOUR).toISOString();
    const day = await hunan.get(`/api/devices/${deviceId}/readings?metric=pm10&from=${dayStart}&to=${at(600)}&resolution=day`);
    expect(day.body.items).toMatchObject([{ time: dayStart, value: 100, count: 3 }]);
    // auto picks raw for an hour, hours for a month.
    expect((await hunan.get(`/api/devices/${deviceId}/readings?from=${from}&to=${to}`)).body.resolution).toBe('raw');
    expect((await hunan.get(`/api/devices/${deviceId}/readings?from=${at(-30 * 1440)}&to=${to}`)).body.resolution).toBe('hour');
    const badRange = await hunan.get(`/api/devices/${deviceId}/readings?from=${to}&to=${from}`);
    expect(badRange.status).toBe(400);
    expect(badRange.body.error.details[0].path).toBe('to');
  });

  it('folds queued rollup contributions exactly once, without changing what readers see', async () => {
    const rollups = (table: 'site_rollups' | 'site_rollups_live') =>
      selectRows(
        t.database.db,
        sql`select resolution, n, sum, min, max, total from ${sql.raw(table)}
        where device_id = ${deviceId} and metric = 'humidity' order by resolution`,
      );
    await ingest(token, [
      { metric: 'humidity', time: at(20), value: 50 },
      { metric: 'humidity', time: at(20.5), value: 60 },
    ]);
    const two = { n: 2, sum: 110, min: 50, max: 60, total: 2 };
    expect(await rollups('site_rollups_live')).toEqual([
      { resolution: 'day', ...two },
      { resolution: 'hour', ...two },
      { resolution: 'minute', ...two },
    ]);
    await foldPendingRollups(t.database.db);
    expect(await count(sql`select count(*)::int as n from site_rollup_pending where device_id = ${deviceId}`)).toBe(0);
    expect(await rollups('site_rollups')).toEqual(await rollups('site_rollups_live'));
    // A late sample for the same minute joins the folded row; folding again adds it once.
    await ingest(token, [{ metric: 'humidity', time: at(20.75), value: 40 }]);
    const three = { n: 3, sum: 150, min: 40, max: 60, total: 3 };
    expect(await rollups('site_rollups_live')).toEqual([
      { resolution: 'day', ...three },
      { resolution: 'hour', ...three },
      { resolution: 'minute', ...three },
    ]);
    await foldPendingRollups(t.database.db);
    await foldPendingRollups(t.database.db);
    expect(await rollups('site_rollups')).toEqual([
      { resolution: 'day', ...three },
      { resolution: 'hour', ...three },
      { resolution: 'minute', ...three },
    ]);
    // Folds running while batches commit lose nothing and count nothing twice.
    const batches = Array.from({ length: 20 }, (_, b) =>
      Array.from({ length: 30 }, (_, i) => ({ metric: 'humidity', time: at(100 + b * 30 + i), value: 40 + (((b * 30 + i) * 7) % 23) })),
    );
    await Promise.all([...batches.map((batch) => ingest(token, batch)), ...batches.map(() => foldPendingRollups(t.database.db))]);
    await foldPendingRollups(t.database.db);
    const minutes = await selectRows<{ total: number }>(
      t.database.db,
      sql`select sum(total)::int as total from site_rollups where device_id = ${deviceId} and metric = 'humidity' and resolution = 'minute'`,
    );
    expect(minutes[0]!.total).toBe(3 + 600);
  });
});

describe('data quality', () => {
  it('marks flatlined, out-of-range and PM2.5-above-PM10 readings, keeps them, and reports the share', async () => {
    const { device, token } = await register(hunan, { name: '3号扬尘监测仪', kind: 'dust_noise', protocols: ['http'] });
    const readings = [];
    // 12 identical PM10 values (flatline), one PM10 of 20000 µg/m³ (out of range), and PM2.5 above PM10 once.
    for (let i = 0; i < 12; i++) readings.push({ metric: 'pm10', time: at(100 + i), value: 55 });
    readings.push({ metric: 'pm10', time: at(112), value: 20000 });
    readings.push({ metric: 'pm2_5', time: at(100), value: 30 }, { metric: 'pm2_5', time: at(101), value: 70 });
    expect((await ingest(token!, readings)).body.stored).toBe(15);
    await screenDataQuality(t.database);
    const rows = await selectRows<{ metric: string; time: Date; quality: string | null }>(
      t.database.db,
      sql`select metric, time, quality from site_readings where device_id = ${device.id} and quality is not null order by metric, time`,
    );
    const byRule = (rule: string) =>
      rows.filter((r) => r.quality!.split(',').includes(rule)).map((r) => `${r.metric}@${new Date(r.time).toISOString()}`);
    expect(byRule('flatline')).toEqual(Array.from({ length: 12 }, (_, i) => `pm10@${at(100 + i)}`));
    expect(byRule('outOfRange')).toEqual([`pm10@${at(112)}`]);
    expect(byRule('pm25AbovePm10')).toEqual([`pm2_5@${at(101)}`]);
    expect(await count(sql`select count(*)::int as n from site_readings where device_id = ${device.id}`)).toBe(15);
    const view = (await hunan.get(`/api/devices/${device.id}`)).body;
    expect(view.quality).toMatchObject({ checked: 15, flagged: 14 });
    expect(view.quality.share).toBeCloseTo(14 / 15, 10);
    const overview = (await (await t.login('hunan.regulator')).get('/api/site/overview')).body;
    expect(overview.worstDevices[0]).toMatchObject({ deviceId: device.id, flagged: 14, checked: 15 });
    // A second pass finds nothing new to screen.
    expect(await screenDataQuality(t.database)).toEqual({ checked: 0, flagged: 0 });
  });
});

describe('thresholds and alarms', () => {
  it('opens one alarm per rule and device, then acknowledges and closes it with who and when', async () => {
    const { device, token } = await register(hunan, { name: '4号噪声监测仪', kind: 'dust_noise', protocols: ['http'] });
    const now = new Date();
    expect(
      (await ingest(token!, [{ metric: 'noise_leq', time: new Date(now.getTime() - 60_000).toISOString(), value: 88.5 }])).status,
    ).toBe(200);
    await evaluateAlarms(t.database);
    await evaluateAlarms(t.database);
    const list = await hunan.get(`/api/projects/${projectId}/site/alarms?state=active`);
    const mine = list.body.items.filter((a: { deviceId: string }) => a.deviceId === device.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      kind: 'threshold',
      metric: 'noise_leq',
      observedValue: 88.5,
      state: 'open',
      deviceName: '4号噪声监测仪',
    });
    expect([70, 55]).toContain(mine[0].limitValue);
    // Another tenant cannot touch it.
    expect((await shenzhen.post(`/api/site/alarms/${mine[0].id}/acknowledge`, {})).status).toBe(404);
    const ack = await hunan.post(`/api/site/alarms/${mine[0].id}/acknowledge`, { note: '已安排洒水降噪' });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'hunan.enterprise', note: '已安排洒水降噪' });
    expect((await hunan.post(`/api/site/alarms/${mine[0].id}/acknowledge`, {})).status).toBe(409);
    // Still over the limit: no second alarm while this one is acknowledged.
    await evaluateAlarms(t.database);
    expect(await count(sql`select count(*)::int as n from site_alarms where device_id = ${device.id}`)).toBe(1);
    const closed = await hunan.post(`/api/site/alarms/${mine[0].id}/close`, {});
    expect(closed.body).toMatchObject({ state: 'closed', closedBy: 'hunan.enterprise' });
    expect(await count(sql`select count(*)::int as n from audit_log where entity_id = ${mine[0].id}`)).toBe(2);
    // The condition persists, so the next pass opens a new alarm; a quiet reading closes it by itself.
    await evaluateAlarms(t.database);
    expect(await count(sql`select count(*)::int as n from site_alarms where device_id = ${device.id} and state = 'open'`)).toBe(1);
    await ingest(token!, [{ metric: 'noise_leq', time: new Date().toISOString(), value: 45 }]);
    await evaluateAlarms(t.database);
    const after = await selectRows<{ state: string; closed_by: string | null; note: string | null }>(
      t.database.db,
      sql`select state, closed_by, note from site_alarms where device_id = ${device.id} order by opened_at`,
    );
    expect(after).toEqual([
      { state: 'closed', closed_by: 'hunan.enterprise', note: '已安排洒水降噪' },
      { state: 'closed', closed_by: null, note: 'cleared' },
    ]);
  });

  it('raises a PM10 alarm only when the limit is sustained for the rule duration', async () => {
    const admin = await t.login('admin');
    const rule = await admin.post('/api/site/rules', { projectId, metric: 'pm10', limitValue: 150, sustainedMinutes: 4, basis: '测试' });
    expect(rule.status, rule.text).toBe(201);
    const { device, token } = await register(hunan, { name: '5号扬尘监测仪', kind: 'dust_noise', protocols: ['http'] });
    const now = Date.now();
    const minuteAgo = (m: number) => new Date(Math.floor(now / 60_000) * 60_000 - m * 60_000 + 5_000).toISOString();
    await ingest(token!, [
      { metric: 'pm10', time: minuteAgo(2), value: 200 },
      { metric: 'pm10', time: minuteAgo(1), value: 210 },
    ]);
    await evaluateAlarms(t.database);
    expect(await count(sql`select count(*)::int as n from site_alarms where device_id = ${device.id}`)).toBe(0);
    await ingest(token!, [
      { metric: 'pm10', time: minuteAgo(3), value: 180 },
      { metric: 'pm10', time: minuteAgo(0), value: 190 },
    ]);
    await evaluateAlarms(t.database);
    const rows = await selectRows<{ rule_key: string; observed_value: number; limit_value: number }>(
      t.database.db,
      sql`select rule_key, observed_value, limit_value from site_alarms where device_id = ${device.id}`,
    );
    expect(rows).toEqual([{ rule_key: rule.body.id, observed_value: 180, limit_value: 150 }]);
    // Rules: a regulator may not write another region's rule; the enterprise may not write rules at all.
    expect(
      (await (await t.login('shenzhen.regulator')).post('/api/site/rules', { regionCode: 'hunan', metric: 'pm10', limitValue: 1 })).status,
    ).toBe(403);
    expect((await hunan.post('/api/site/rules', { projectId, metric: 'pm10', limitValue: 1 })).status).toBe(403);
    expect((await admin.patch(`/api/site/rules/${rule.body.id}`, { enabled: false })).body.enabled).toBe(false);
  });

  it('raises an offline alarm after the configured silence and closes it when the device is back', async () => {
    const { device, token } = await register(hunan, { name: '6号监测仪', kind: 'other', protocols: ['http'], offlineAfterS: 60 });
    await ingest(token!, [{ metric: 'temperature', time: at(0), value: 21 }]);
    await t.database.db.execute(sql`update site_devices set last_seen_at = now() - interval '5 minutes' where id = ${device.id}`);
    await evaluateAlarms(t.database);
    expect(await selectRows(t.database.db, sql`select kind, state from site_alarms where device_id = ${device.id}`)).toEqual([
      { kind: 'offline', state: 'open' },
    ]);
    expect((await hunan.get(`/api/devices/${device.id}`)).body.status).toBe('offline');
    await ingest(token!, [{ metric: 'temperature', time: at(1), value: 21 }]);
    await evaluateAlarms(t.database);
    expect(await selectRows(t.database.db, sql`select kind, state, note from site_alarms where device_id = ${device.id}`)).toEqual([
      { kind: 'offline', state: 'closed', note: 'back_online' },
    ]);
  });
});

describe('indicators for the evaluation', () => {
  it('computes PM10 and noise exceedance rates and the online rate from hourly data', async () => {
    const pid = await createProjectForTest(t.database.db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
    const { device, token } = await register(hunan, { name: '指标监测仪', kind: 'dust_noise', protocols: ['http'] }, pid);
    // Registered "long ago" so the online rate has a full window.
    await t.database.db.execute(sql`update site_devices set created_at = now() - interval '40 days' where id = ${device.id}`);
    const asOf = new Date(base.getTime() + 10 * HOUR);
    // Ten hours from 10:00 to 19:00 CST: PM10 over 150 in hours 2 and 3 only; noise over 70 (day) in hours 0 and 9.
    const readings = [];
    for (let h = 0; h < 10; h++) {
      readings.push({ metric: 'pm10', time: at(h * 60), value: h === 2 || h === 3 ? 200 : 100 });
      readings.push({ metric: 'noise_leq', time: at(h * 60 + 1), value: h === 0 || h === 9 ? 75 : 60 });
    }
    expect((await ingest(token!, readings)).body.stored).toBe(20);
    // Hunan's seeded PM10 rule needs 60 minutes sustained = 1 hour, so both hours count.
    expect(await pm10ExceedanceRate(t.database.db, pid, asOf)).toMatchObject({ rate: 0.2, totalHours: 10, exceededHours: 2, limit: 150 });
    expect(await noiseExceedanceRate(t.database.db, pid, asOf)).toMatchObject({ rate: 0.2, totalHours: 10, exceededHours: 2 });
    const online = await deviceOnlineRate(t.database.db, pid, asOf);
    expect(online).toMatchObject({ onlineHours: 10, expectedHours: 720, devices: 1 });
    expect(online.rate).toBeCloseTo(10 / 720, 12);
    expect(Object.keys(siteIndicators).sort()).toEqual(['deviceOnlineRate', 'noiseExceedanceRate', 'pm10ExceedanceRate']);
    expect((await pm10ExceedanceRate(t.database.db, otherProjectId, asOf)).rate).toBeNull();
  });
});

describe('export and live updates', () => {
  it('streams a CSV and an Excel file of the readings in a range', async () => {
    const { token } = await register(hunan, { name: '导出测试仪', kind: 'dust_noise', protocols: ['http'] });
    await ingest(token!, [
      { metric: 'pm10', time: at(700), value: 33.5 },
      { metric: 'pm10', time: at(701), value: 34.5 },
    ]);
    const url = `/api/projects/${projectId}/site/export?from=${at(700)}&to=${at(702)}&format=csv`;
    const csv = await hunan.get(url);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('设备,指标,指标代码,时间（北京时间）,数值,单位,数据标记,类型,质量标记');
    expect(lines.slice(1)).toEqual([
      `导出测试仪,可吸入颗粒物 PM10,pm10,${cst(at(700))},33.5,µg/m³,N,实时,`,
      `导出测试仪,可吸入颗粒物 PM10,pm10,${cst(at(701))},34.5,µg/m³,N,实时,`,
    ]);
    const res = await fetch(t.url + url.replace('format=csv', 'format=xlsx'), { headers: { cookie: hunan.cookie! } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(3);
    const row = ws.getRow(3);
    expect((row.values as unknown[]).slice(1, 4)).toEqual(['导出测试仪', '可吸入颗粒物 PM10', 'pm10']);
    // A real date cell holding the Beijing wall-clock time, a numeric value and its unit.
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(4).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect((row.getCell(4).value as Date).toISOString().replace('T', ' ').slice(0, 19)).toBe(cst(at(701)));
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect((row.values as unknown[]).slice(5, 9)).toEqual([34.5, 'µg/m³', 'N', '实时']);
    expect((await shenzhen.get(url)).status).toBe(404);
  });

  it('neutralises formula-like device names in the CSV and keeps negative numbers numeric', async () => {
    const name = '=HYPERLINK("http://evil.example/x","click")';
    const { token } = await register(hunan, { name, kind: 'other', protocols: ['http'] });
    await ingest(token!, [{ metric: 'temperature', time: at(800), value: -3.5 }]);
    const csv = await hunan.get(`/api/projects/${projectId}/site/export?from=${at(800)}&to=${at(801)}&format=csv`);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines.slice(1)).toEqual([`"'=HYPERLINK(""http://evil.example/x"",""click"")",温度,temperature,${cst(at(800))},-3.5,°C,N,实时,`]);
  });

  it('pushes stored readings and alarms to subscribed browsers over SSE', async () => {
    const { token } = await register(hunan, { name: '实时推送测试仪', kind: 'dust_noise', protocols: ['http'] });
    const controller = new AbortController();
    const res = await fetch(`${t.url}/api/site/live?projectId=${projectId}`, {
      headers: { cookie: hunan.cookie! },
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    let text = '';
    const until = async (needle: string) => {
      const deadline = Date.now() + 15_000;
      while (!text.includes(needle) && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return text.includes(needle);
    };
    expect(await until('event: hello')).toBe(true);
    await ingest(token!, [{ metric: 'pm10', time: new Date().toISOString(), value: 77.25 }]);
    expect(await until('77.25')).toBe(true);
    controller.abort();
    // Another tenant's stream hears nothing of this project.
    expect((await fetch(`${t.url}/api/site/live?projectId=${projectId}`, { headers: { cookie: shenzhen.cookie! } })).status).toBe(404);
  });
});

describe('retention', () => {
  it('drops whole expired partitions, deletes expired rows of the default partition and keeps the rollups', async () => {
    const { device, token } = await register(hunan, { name: '保留期测试仪', kind: 'other', protocols: ['http'] });
    const twentyDaysAgo = new Date(Date.now() - 20 * 86_400_000);
    // The week 20 days back gets its partition (as the scheduler would after a backfill); 60 days back stays in the
    // default partition.
    await ensureReadingPartitions(t.database.db, twentyDaysAgo, twentyDaysAgo);
    const oldWeek = (await readingPartitions(t.database.db)).find((p) => p.from <= twentyDaysAgo && twentyDaysAgo < p.to)!;
    expect(oldWeek).toBeDefined();
    await ingest(token!, [
      { metric: 'temperature', time: new Date(Date.now() - 60 * 86_400_000).toISOString(), value: 17 },
      { metric: 'temperature', time: twentyDaysAgo.toISOString(), value: 18 },
      { metric: 'temperature', time: at(0), value: 19 },
    ]);
    expect(await count(sql`select count(*)::int as n from site_readings_default where device_id = ${device.id}`)).toBe(1);
    await t.database.db.execute(sql`update site_settings set value = '10' where key = 'raw_retention_days'`);
    const outcome = await applyRetention(t.database);
    expect(outcome.droppedPartitions).toContain(oldWeek.name);
    expect(outcome.deletedDefaultRows).toBeGreaterThanOrEqual(1);
    expect((await readingPartitions(t.database.db)).map((p) => p.name)).not.toContain(oldWeek.name);
    expect(await count(sql`select count(*)::int as n from site_readings where device_id = ${device.id}`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from site_rollups_live where device_id = ${device.id} and resolution = 'day'`)).toBe(
      3,
    );
    await t.database.db.execute(sql`update site_settings set value = '400' where key = 'raw_retention_days'`);
  });

  it('lets an admin or a ministry regulator change the retention periods, audited, and no one else', async () => {
    const ministry = await t.login('ministry');
    const regional = await t.login('hunan.regulator');
    const shown = await regional.get('/api/site/retention');
    expect(shown.status, shown.text).toBe(200);
    expect(shown.body).toMatchObject({ rawDays: 400, minuteDays: null, hourDays: null, dayDays: null, canEdit: false });
    expect(shown.body.partitions.count).toBeGreaterThanOrEqual(5);
    const change = { rawDays: 180, minuteDays: 90, hourDays: 730, dayDays: null };
    expect((await regional.put('/api/site/retention', change)).status).toBe(403);
    expect((await hunan.put('/api/site/retention', change)).status).toBe(403);
    expect((await hunan.get('/api/site/retention')).status).toBe(403);
    const bad = await ministry.put('/api/site/retention', { ...change, rawDays: 3 });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('rawDays');
    const ok = await ministry.put('/api/site/retention', change);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({ ...change, canEdit: true });
    expect(await count(sql`select count(*)::int as n from audit_log where action = 'site.retention.update'`)).toBe(1);
    // Minute rollups older than 90 days go; the hour and day rollups of the same time stay.
    const { device, token } = await register(hunan, { name: '汇总保留测试仪', kind: 'other', protocols: ['http'] });
    await ingest(token!, [{ metric: 'temperature', time: new Date(Date.now() - 120 * 86_400_000).toISOString(), value: 5 }]);
    const { foldPendingRollups } = await import('./rollups.js');
    await foldPendingRollups(t.database.db);
    const outcome = await applyRetention(t.database);
    expect(outcome.deletedRollups).toBeGreaterThanOrEqual(1);
    const left = await selectRows<{ resolution: string }>(
      t.database.db,
      sql`select resolution from site_rollups where device_id = ${device.id} order by resolution`,
    );
    expect(left.map((r) => r.resolution)).toEqual(['day', 'hour']);
    const admin = await t.login('admin');
    expect((await admin.put('/api/site/retention', { rawDays: 400, minuteDays: null, hourDays: null, dayDays: null })).status).toBe(200);
  });
});

function cst(iso: string) {
  return new Date(new Date(iso).getTime() + 8 * HOUR).toISOString().replace('T', ' ').slice(0, 19);
}
