// /metrics as a Prometheus user sees it: scraped with an admin token of the `metrics` scope after real HJ 212, MQTT
// and HTTP ingestion, checked by promtool (Debian package `prometheus`), and carrying the ingestion counts.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mqtt from 'mqtt';
import { encodeFrame } from '../../../domain/hj212/index.js';
import { ApiClient, DEMO_PASSWORD, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const PROMTOOL = '/usr/bin/promtool';
const MN = 'GBMETRICS000000000000001';
const PW = '654321';
const CST = 8 * 3_600_000;
const dataTime = (d: Date) => new Date(d.getTime() + CST).toISOString().replace(/[-:T]/g, '').slice(0, 14);
const segment = (time: Date, cn: string, mn: string, cp: string) =>
  `QN=${dataTime(time)}000;ST=39;CN=${cn};PW=${PW};MN=${mn};Flag=5;CP=&&DataTime=${dataTime(time)};${cp}&&`;

/** The value of one series in a text exposition, e.g. series(text, 'x_total{a="b"}'). */
function series(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

let t: TestApp;
let hjPort: number;
let mqttPort: number;
let scraper: ApiClient;
let logger: net.Socket;
let exposition: string;

beforeAll(async () => {
  hjPort = await freePort();
  mqttPort = await freePort();
  t = await startTestApp({
    demo: false,
    env: { GREENBUILD_LISTENERS: '1', HJ212_PORT: String(hjPort), MQTT_PORT: String(mqttPort), HOST: '127.0.0.1' },
  });
  await seedDemo(t.database, DEMO_PASSWORD);
  const projectId = await createProjectForTest(t.database.db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
  const enterprise = await t.login('hunan.enterprise');
  const register = async (body: object) => {
    const res = await enterprise.post(`/api/projects/${projectId}/devices`, body);
    expect(res.status, res.text).toBe(201);
    return res.body as { device: { id: string }; token: string | null };
  };
  await register({ name: 'HJ 212 指标', kind: 'dust_noise', protocols: ['hj212'], mn: MN, hj212Password: PW });
  const mq = await register({ name: 'MQTT 指标', kind: 'dust_noise', protocols: ['mqtt'] });
  const http = await register({ name: 'HTTP 指标', kind: 'dust_noise', protocols: ['http'] });
  const time = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 120_000);

  // HJ 212: one upload of 2 readings, one frame from an unregistered MN, one with an unknown CN.
  logger = net.connect(hjPort, '127.0.0.1');
  let replies = '';
  logger.on('data', (d) => (replies += d.toString()));
  await new Promise((r) => logger.once('connect', r));
  logger.write(encodeFrame(segment(time, '2011', MN, 'a34002-Rtd=50.1,a34002-Flag=N;a34004-Rtd=20.2,a34004-Flag=N')));
  logger.write(encodeFrame(segment(time, '2011', 'GBNOSUCHDEVICE', 'a34002-Rtd=1')));
  logger.write(encodeFrame(segment(time, '9999', MN, 'a34002-Rtd=1')));
  for (let i = 0; i < 500 && replies.split('\r\n').length < 4; i++) await new Promise((r) => setTimeout(r, 20));
  expect(replies.split('\r\n').filter(Boolean)).toHaveLength(3);

  // MQTT: 3 readings, then a message with one bad reading.
  const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${mqttPort}`, {
    username: mq.device.id,
    password: mq.token!,
    reconnectPeriod: 0,
  });
  const readings = [0, 1, 2].map((i) => ({ metric: 'pm10', time: new Date(time.getTime() + i * 1000).toISOString(), value: 30 + i }));
  await client.publishAsync(`greenbuild/devices/${mq.device.id}/readings`, JSON.stringify(readings), { qos: 1 });
  await client.publishAsync(
    `greenbuild/devices/${mq.device.id}/readings`,
    JSON.stringify([{ metric: 'pm10', time: 'yesterday', value: 1 }]),
    { qos: 1 },
  );

  // HTTP: 4 readings, one of them twice (a re-delivery), and one bad.
  const post = (body: unknown) =>
    t.client({ 'x-device-token': http.token!, 'content-type': 'application/json' }).post('/api/ingest/readings', JSON.stringify(body));
  const four = [0, 1, 2, 3].map((i) => ({ metric: 'pm10', time: new Date(time.getTime() + i * 1000).toISOString(), value: 40 + i }));
  expect((await post(four)).status).toBe(200);
  const again = await post([four[0], { metric: 'pm10', time: 'not a time', value: 1 }]);
  expect(again.status, again.text).toBeLessThan(500);

  const admin = await t.login('admin');
  const token = await admin.post('/api/tokens', { name: 'Prometheus', scopes: ['metrics'], expiresInDays: 30 });
  expect(token.status, token.text).toBe(201);
  scraper = t.client({ authorization: `Bearer ${token.body.secret}` });
  await client.endAsync();
  const res = await scraper.get('/metrics');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  exposition = res.text;
}, 240_000);
afterAll(async () => {
  logger?.destroy();
  await t?.close();
});

describe('/metrics', () => {
  it('passes promtool check metrics with 0 problems', () => {
    const check = spawnSync(PROMTOOL, ['check', 'metrics'], { input: exposition, encoding: 'utf8' });
    expect(check.error, `${PROMTOOL} is needed (Debian package prometheus)`).toBeUndefined();
    expect({ status: check.status, problems: `${check.stdout}${check.stderr}`.trim() }).toEqual({ status: 0, problems: '' }); // prints the problems when it fails
  });

  it('carries the readings accepted and rejected per protocol and reason', () => {
    const accepted = (p: string) => series(exposition, `greenbuild_ingest_readings_accepted_total{protocol="${p}"}`);
    const stored = (p: string) => series(exposition, `greenbuild_ingest_readings_stored_total{protocol="${p}"}`);
    const rejected = (p: string, reason: string) =>
      series(exposition, `greenbuild_ingest_rejected_total{protocol="${p}",reason="${reason}"}`);
    expect([accepted('hj212'), accepted('mqtt'), accepted('http')]).toEqual([2, 3, 5]);
    expect([stored('hj212'), stored('mqtt'), stored('http')]).toEqual([2, 3, 4]);
    expect([
      rejected('hj212', 'mn_unknown'),
      rejected('hj212', 'cn_unsupported'),
      rejected('mqtt', 'invalid_format'),
      rejected('http', 'invalid_format'),
    ]).toEqual([1, 1, 1, 1]);
  });

  it('carries connections per listener, write batches, the rollup queue and BIM jobs by state', () => {
    expect(series(exposition, 'greenbuild_listener_connections{listener="hj212"}')).toBe(1); // the logger is still connected
    expect(series(exposition, 'greenbuild_listener_connections{listener="mqtt"}')).toBe(0);
    expect(series(exposition, 'greenbuild_hj212_connections_pending')).toBe(0);
    expect(series(exposition, 'greenbuild_hj212_frames_total')).toBe(3);
    // 2 + 3 + 4 + 1 readings reached the writer in at least 4 statements.
    expect(series(exposition, 'greenbuild_ingest_write_batch_duration_seconds_count')).toBeGreaterThanOrEqual(4);
    expect(series(exposition, 'greenbuild_ingest_write_batch_rows_sum')).toBe(10);
    expect(series(exposition, 'greenbuild_site_rollup_pending_rows')).toEqual(expect.any(Number));
    expect(['queued', 'processing', 'ready', 'failed'].map((s) => series(exposition, `greenbuild_bim_models{status="${s}"}`))).toEqual([
      0, 0, 0, 0,
    ]);
    expect(series(exposition, 'greenbuild_http_requests_total{method="POST",route="/api/ingest/readings",status="200"}')).toBe(2);
    expect(series(exposition, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('is refused without a metrics-scoped admin token', async () => {
    expect((await t.client().get('/metrics')).status).toBe(401);
  });
});
