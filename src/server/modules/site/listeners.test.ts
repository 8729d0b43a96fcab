// The HJ 212 TCP receiver and the MQTT paths, through the real server: real sockets, the embedded aedes broker,
// and the machine's Mosquitto on 127.0.0.1:1883 as the external broker.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import mqtt from 'mqtt';
import mqttPacket from 'mqtt-packet';
import { encodeFrame, hj212Crc } from '../../../domain/hj212/index.js';
import { selectRows, sql } from '../../db/database.js';
import { ApiClient, DEMO_PASSWORD, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { siteRuntimes } from './runtime.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

let t: TestApp;
let enterprise: ApiClient;
let projectId: string;
let hjPort: number;
let mqttPort: number;
const MN = 'GB0001A8900016F000169DC0';
const PW = '123456';
let hjDeviceId: string;

beforeAll(async () => {
  hjPort = await freePort();
  mqttPort = await freePort();
  t = await startTestApp({
    demo: false,
    env: { GREENBUILD_LISTENERS: '1', HJ212_PORT: String(hjPort), MQTT_PORT: String(mqttPort), HOST: '127.0.0.1' },
  });
  await seedDemo(t.database, DEMO_PASSWORD);
  projectId = await createProjectForTest(t.database.db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
  enterprise = await t.login('hunan.enterprise');
  const res = await enterprise.post(`/api/projects/${projectId}/devices`, {
    name: 'HJ 212 扬尘噪声',
    kind: 'dust_noise',
    protocols: ['hj212'],
    mn: MN,
    hj212Password: PW,
  });
  expect(res.status, res.text).toBe(201);
  expect(res.body.token).toBeNull();
  hjDeviceId = res.body.device.id;
}, 240_000);
afterAll(async () => t?.close());

// ---------- HJ 212 helpers ----------
const CST = 8 * 3_600_000;
function dataTime(d: Date) {
  return new Date(d.getTime() + CST).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
const qnOf = (d: Date) => dataTime(d) + String(d.getUTCMilliseconds()).padStart(3, '0');
function segment(opts: { cn?: string; flag?: number; pw?: string; mn?: string; time: Date; cp: string }) {
  return `QN=${qnOf(opts.time)};ST=39;CN=${opts.cn ?? '2011'};PW=${opts.pw ?? PW};MN=${opts.mn ?? MN};Flag=${opts.flag ?? 5};CP=&&DataTime=${dataTime(opts.time)};${opts.cp}&&`;
}

/** Polls a condition for at most 10 s (tests assert the outcome afterwards, never the time it took). */
async function waitUntil(done: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

/** A TCP client that collects reply frames. */
class Logger {
  socket!: net.Socket;
  buffer = '';
  closed = false;
  async connect() {
    this.socket = net.connect(hjPort, '127.0.0.1');
    this.socket.on('data', (d) => (this.buffer += d.toString('utf8')));
    this.socket.on('close', () => (this.closed = true));
    this.socket.on('error', () => undefined);
    await new Promise((r) => this.socket.once('connect', r));
    return this;
  }
  replies(): string[] {
    return this.buffer.split('\r\n').filter(Boolean);
  }
  async waitFor(n: number, ms = 10_000) {
    const end = Date.now() + ms;
    while (this.replies().length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    return this.replies();
  }
  write(b: Buffer | string) {
    this.socket.write(b);
  }
  end() {
    this.socket.destroy();
  }
}

const readings = (deviceId: string) =>
  selectRows<{ metric: string; time: Date; kind: string; value: number; flag: string; source: string }>(
    t.database.db,
    sql`select metric, time, kind, value, flag, source from site_readings where device_id = ${deviceId} order by time, metric, kind`,
  );

describe('HJ 212 over TCP', () => {
  const t0 = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000);

  it('reassembles a frame split across packets and answers 9014 after storing', async () => {
    const c = await new Logger().connect();
    const frame = encodeFrame(
      segment({ time: t0, cp: 'a34002-Rtd=85.5,a34002-Flag=N;a34004-Rtd=41.2,a34004-Flag=N;LA-Rtd=66.3,LA-Flag=M' }),
    );
    for (const part of [frame.subarray(0, 7), frame.subarray(7, 60), frame.subarray(60)]) {
      c.write(part);
      await new Promise((r) => setTimeout(r, 50));
    }
    const [reply] = await c.waitFor(1);
    const seg = `QN=${qnOf(t0)};ST=91;CN=9014;PW=${PW};MN=${MN};Flag=4;CP=&&&&`;
    expect(reply).toBe(`##${String(seg.length).padStart(4, '0')}${seg}${hj212Crc(seg)}`);
    expect((await readings(hjDeviceId)).map((r) => [r.metric, new Date(r.time).toISOString(), r.kind, r.value, r.flag, r.source])).toEqual([
      ['noise_la', t0.toISOString(), 'rtd', 66.3, 'M', 'hj212'],
      ['pm10', t0.toISOString(), 'rtd', 85.5, 'N', 'hj212'],
      ['pm2_5', t0.toISOString(), 'rtd', 41.2, 'N', 'hj212'],
    ]);
    c.end();
  });

  it('separates frames joined in one packet, keeps minute/hour/day kinds apart, and replies only when Flag asks', async () => {
    const c = await new Logger().connect();
    const t1 = new Date(t0.getTime() + 60_000);
    const hour = new Date(Math.floor(t0.getTime() / 3_600_000) * 3_600_000);
    const joined = Buffer.concat([
      encodeFrame(segment({ time: t1, flag: 4, cp: 'a34002-Rtd=90.0,a34002-Flag=N' })),
      encodeFrame(segment({ time: t1, cn: '2051', flag: 5, cp: 'a34002-Avg=88.0,a34002-Min=80.0,a34002-Max=95.0,a34002-Flag=N' })),
      encodeFrame(segment({ time: hour, cn: '2061', flag: 5, cp: 'a34002-Avg=87.5,a34002-Flag=N;Leq-Avg=61.0,Leq-Flag=N' })),
      encodeFrame(segment({ time: hour, cn: '2031', flag: 5, cp: 'a34002-Avg=70.0,a34002-Flag=N' })),
    ]);
    c.write(joined);
    const replies = await c.waitFor(3);
    await new Promise((r) => setTimeout(r, 200));
    expect(c.replies()).toHaveLength(3); // Flag=4 asks for no reply
    expect(replies.every((r) => r.includes('CN=9014'))).toBe(true);
    const rows = (await readings(hjDeviceId)).filter((r) => r.metric === 'pm10' || r.metric === 'noise_leq');
    expect(rows.map((r) => [r.metric, new Date(r.time).toISOString(), r.kind, r.value])).toEqual(
      [
        ['pm10', hour.toISOString(), 'day', 70],
        ['noise_leq', hour.toISOString(), 'hour', 61],
        ['pm10', hour.toISOString(), 'hour', 87.5],
        ['pm10', t0.toISOString(), 'rtd', 85.5],
        ['pm10', t1.toISOString(), 'minute', 88],
        ['pm10', t1.toISOString(), 'rtd', 90],
      ].sort(
        (a, b) =>
          String(a[1]).localeCompare(String(b[1])) || String(a[0]).localeCompare(String(b[0])) || String(a[2]).localeCompare(String(b[2])),
      ),
    );
    c.end();
  });

  it('stores one row when the logger re-sends the same upload', async () => {
    const c = await new Logger().connect();
    const t2 = new Date(t0.getTime() + 120_000);
    const frame = encodeFrame(segment({ time: t2, cp: 'a34001-Rtd=150.0,a34001-Flag=N' }));
    c.write(frame);
    await c.waitFor(1);
    c.write(frame);
    await c.waitFor(2);
    const rows = (await readings(hjDeviceId)).filter((r) => r.metric === 'tsp');
    expect(rows).toHaveLength(1);
    c.end();
  });

  it('answers QnRtn 9 for a bad CRC, 3 for a wrong PW, 4 for an unknown MN, and counts every reject', async () => {
    const c = await new Logger().connect();
    const t3 = new Date(t0.getTime() + 180_000);
    const good = encodeFrame(segment({ time: t3, cp: 'a34002-Rtd=10,a34002-Flag=N' }));
    const badCrc = Buffer.from(
      good.toString('ascii').replace(/[0-9A-F]{4}\r\n$/, (m) => (m.startsWith('0000') ? '1111' : '0000') + '\r\n'),
      'ascii',
    );
    c.write(badCrc);
    c.write(encodeFrame(segment({ time: t3, pw: 'wrong!', cp: 'a34002-Rtd=10' })));
    c.write(encodeFrame(segment({ time: t3, mn: 'NOSUCHDEVICE', cp: 'a34002-Rtd=10' })));
    const replies = await c.waitFor(3);
    expect(replies.map((r) => /CN=(\d+).*QnRtn=(\d+)/.exec(r)?.slice(1).join(':'))).toEqual(['9011:9', '9011:3', '9011:4']);
    expect((await readings(hjDeviceId)).filter((r) => new Date(r.time).getTime() === t3.getTime())).toHaveLength(0);
    const rejects = await selectRows<{ device_ref: string; reason: string; count: number }>(
      t.database.db,
      sql`select device_ref, reason, count::int as count from site_rejects where source = 'hj212' order by reason`,
    );
    expect(rejects).toEqual([
      { device_ref: hjDeviceId, reason: 'frame_crc', count: 1 },
      { device_ref: 'unknown', reason: 'mn_unknown', count: 1 },
      { device_ref: hjDeviceId, reason: 'pw_wrong', count: 1 },
    ]);
    expect((await enterprise.get(`/api/devices/${hjDeviceId}`)).body.rejectedCount).toBe(2);
    c.end();
  });

  it('drops a connection that sends only noise, and one that stays idle', async () => {
    const server = siteRuntimes.get(t.database)!.hj212!;
    const noisy = await new Logger().connect();
    noisy.write('##9999' + 'x'.repeat(200)); // declares a 9999-byte segment: refused
    noisy.write('#garbage\r\n'.repeat(600)); // 6 kB of noise with no frame in it
    const end = Date.now() + 5000;
    while (!noisy.closed && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(noisy.closed).toBe(true);

    server.limits.idleTimeoutMs = 300;
    const idle = await new Logger().connect();
    await waitUntil(() => idle.closed);
    expect(idle.closed).toBe(true);
    server.limits.idleTimeoutMs = 600_000;
  });

  it('answers what it does not store with 9011 instead of 9014, and counts it against the device', async () => {
    const c = await new Logger().connect();
    const t4 = new Date(t0.getTime() + 240_000);
    const withoutCn = segment({ time: t4, cp: 'a34002-Rtd=11,a34002-Flag=N' }).replace('CN=2011;', '');
    c.write(encodeFrame(withoutCn));
    c.write(encodeFrame(segment({ time: t4, cn: '9999', cp: 'a34002-Rtd=12,a34002-Flag=N' })));
    c.write(encodeFrame(segment({ time: t4, cn: '2081', cp: 'RestartTime=20260101000000' })));
    c.write(encodeFrame(segment({ time: t4, cn: '9014', flag: 4, cp: '' }))); // a logger's own reply: never answered
    c.write(encodeFrame(segment({ time: t4, cp: 'a34002-Rtd=13,a34002-Flag=N' })));
    const replies = await c.waitFor(4);
    expect(replies.map((r) => /CN=(\d+)[^&]*&&(?:QnRtn=(\d+))?/.exec(r)?.slice(1).filter(Boolean).join(':'))).toEqual([
      '9011:8',
      '9011:8',
      '9011:2',
      '9014',
    ]);
    expect(replies[0]).toContain(`QN=${qnOf(t4)};ST=91;CN=9011;PW=${PW};MN=${MN}`);
    expect((await readings(hjDeviceId)).filter((r) => new Date(r.time).getTime() === t4.getTime()).map((r) => r.value)).toEqual([13]);
    const rejects = await selectRows<{ reason: string; count: number }>(
      t.database.db,
      sql`select reason, count::int as count from site_rejects where device_ref = ${hjDeviceId} and reason like 'cn_%' order by reason`,
    );
    expect(rejects).toEqual([
      { reason: 'cn_missing', count: 1 },
      { reason: 'cn_not_handled', count: 1 },
      { reason: 'cn_unsupported', count: 1 },
    ]);
    c.end();
  });

  it('answers a frame over 1024 bytes or with a wrong length field, and counts it against the device it names', async () => {
    const c = await new Logger().connect();
    const t5 = new Date(t0.getTime() + 300_000);
    const big = segment({ time: t5, cp: Array.from({ length: 80 }, (_, i) => `a34002-Rtd=${i}.0`).join(';') });
    expect(big.length).toBeGreaterThan(1024);
    c.write(`##${big.length}${big}${hj212Crc(big)}\r\n`);
    const short = segment({ time: t5, cp: 'a34002-Rtd=14,a34002-Flag=N' });
    c.write(`##${String(short.length - 5).padStart(4, '0')}${short}${hj212Crc(short)}\r\n`); // length field 5 too small
    c.write(encodeFrame(segment({ time: t5, cp: 'a34002-Rtd=15,a34002-Flag=N' })));
    const replies = await c.waitFor(3);
    expect(replies.map((r) => /CN=(\d+)[^&]*&&(?:QnRtn=(\d+))?/.exec(r)?.slice(1).filter(Boolean).join(':'))).toEqual([
      '9011:100',
      '9011:100',
      '9014',
    ]);
    expect(replies[0]).toContain(`QN=${qnOf(t5)};ST=91;CN=9011;PW=${PW};MN=${MN}`);
    expect((await readings(hjDeviceId)).filter((r) => new Date(r.time).getTime() === t5.getTime()).map((r) => r.value)).toEqual([15]);
    const rejects = await selectRows<{ device_ref: string; reason: string; count: number }>(
      t.database.db,
      sql`select device_ref, reason, count::int as count from site_rejects where reason in ('frame_tooLarge', 'frame_length') order by reason`,
    );
    expect(rejects).toEqual([
      { device_ref: hjDeviceId, reason: 'frame_length', count: 1 },
      { device_ref: hjDeviceId, reason: 'frame_tooLarge', count: 1 },
    ]);
    c.end();
  });

  it('registers an MN with underscores, as real monitors send, and stores its frames', async () => {
    const mn = 'XXXX01_AIR01_0001';
    const res = await enterprise.post(`/api/projects/${projectId}/devices`, {
      name: '下划线 MN 监测仪',
      kind: 'dust_noise',
      protocols: ['hj212'],
      mn,
      hj212Password: PW,
    });
    expect(res.status, res.text).toBe(201);
    const c = await new Logger().connect();
    const t6 = new Date(t0.getTime() + 360_000);
    c.write(encodeFrame(segment({ time: t6, mn, cp: 'a34002-Rtd=16,a34002-Flag=N' })));
    expect(await c.waitFor(1)).toEqual([expect.stringContaining(`CN=9014;PW=${PW};MN=${mn};`)]);
    expect((await readings(res.body.device.id)).map((r) => [r.metric, r.value])).toEqual([['pm10', 16]]);
    c.end();
  });

  it('counts frames from ever new unregistered MNs under one counter, not a row per MN', async () => {
    const c = await new Logger().connect();
    const before = await selectRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from site_rejects`);
    for (let i = 0; i < 15; i++)
      c.write(encodeFrame(segment({ time: t0, mn: `RANDOM${i}${Math.random().toString(36).slice(2, 10)}`, cp: 'a34002-Rtd=1' })));
    const replies = await c.waitFor(15);
    expect(replies.every((r) => r.includes('QnRtn=4'))).toBe(true);
    const after = await selectRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from site_rejects`);
    expect(after[0]!.n).toBe(before[0]!.n); // the 'unknown' / mn_unknown row exists already
    const [unknown] = await selectRows<{ count: number; last_detail: string }>(
      t.database.db,
      sql`select count::int as count, last_detail from site_rejects where device_ref = 'unknown' and reason = 'mn_unknown'`,
    );
    expect(unknown!.count).toBe(16);
    expect(unknown!.last_detail).toMatch(/^MN=RANDOM14/);
    c.end();
  });
});

describe('HJ 212 connection exhaustion', () => {
  /** A device's connection: sends one valid frame and waits for its 9014. */
  async function deviceConnection(at: Date): Promise<Logger> {
    const c = await new Logger().connect();
    c.write(encodeFrame(segment({ time: at, cp: 'a34001-Rtd=1,a34001-Flag=N' })));
    await c.waitFor(1);
    expect(c.replies()[0]).toContain('CN=9014');
    return c;
  }
  const idleConnections = (n: number) => Promise.all(Array.from({ length: n }, () => new Logger().connect()));
  const at = (i: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 - 7_200_000 + i * 1000);

  it('closes a connection that sends no valid frame in time, however it trickles, but keeps a device that did', async () => {
    const server = siteRuntimes.get(t.database)!.hj212!;
    server.limits.firstFrameTimeoutMs = 400;
    try {
      const silent = await new Logger().connect();
      const trickler = await new Logger().connect();
      const device = await deviceConnection(at(1));
      const timer = setInterval(() => trickler.write('x'), 100); // activity without a frame
      await waitUntil(() => silent.closed && trickler.closed);
      clearInterval(timer);
      expect([silent.closed, trickler.closed]).toEqual([true, true]);
      await new Promise((r) => setTimeout(r, 500));
      expect(device.closed).toBe(false);
      device.write(encodeFrame(segment({ time: at(2), cp: 'a34001-Rtd=2,a34001-Flag=N' })));
      expect((await device.waitFor(2))[1]).toContain('CN=9014');
      device.end();
    } finally {
      server.limits.firstFrameTimeoutMs = 30_000;
    }
  });

  it('caps the connections one address holds before they authenticate', async () => {
    const server = siteRuntimes.get(t.database)!.hj212!;
    server.limits.maxPendingPerAddress = 3;
    try {
      const device = await deviceConnection(at(3)); // authenticated: not counted against the address
      const idle = await idleConnections(4);
      await waitUntil(() => idle.some((c) => c.closed));
      expect(idle.map((c) => c.closed)).toEqual([false, false, false, true]);
      expect(device.closed).toBe(false);
      for (const c of [device, ...idle]) c.end();
    } finally {
      server.limits.maxPendingPerAddress = 64;
    }
  });

  it('keeps devices connected and lets a device in when idle connections fill every slot', async () => {
    const server = siteRuntimes.get(t.database)!.hj212!;
    await waitUntil(() => server.openConnections === 0);
    server.setMaxConnections(20);
    server.limits.maxPendingPerAddress = 1000;
    try {
      const devices = [await deviceConnection(at(4)), await deviceConnection(at(5))];
      // 4× the slots of silent connections: each new one displaces the oldest silent one, never a device.
      const flood = await idleConnections(80);
      await waitUntil(() => flood.filter((c) => !c.closed).length <= 18);
      expect(server.openConnections).toBe(20);
      expect(devices.map((d) => d.closed)).toEqual([false, false]);
      const late = await deviceConnection(at(6)); // a device reconnecting while the listener is full still gets in
      expect(late.closed).toBe(false);
      expect(server.authenticatedConnections).toBe(3);
      expect(server.stats.closed.evicted).toBeGreaterThanOrEqual(61);
      for (const c of [...devices, late, ...flood]) c.end();
    } finally {
      server.setMaxConnections(5000);
      server.limits.maxPendingPerAddress = 64;
    }
  });

  it('refuses a new connection only when every slot holds a device', async () => {
    const server = siteRuntimes.get(t.database)!.hj212!;
    await waitUntil(() => server.openConnections === 0);
    server.setMaxConnections(2);
    try {
      const devices = [await deviceConnection(at(7)), await deviceConnection(at(8))];
      const extra = await new Logger().connect();
      await waitUntil(() => extra.closed);
      expect([extra.closed, ...devices.map((d) => d.closed)]).toEqual([true, false, false]);
      for (const c of devices) c.end();
    } finally {
      server.setMaxConnections(5000);
    }
  });
});

describe('MQTT on the embedded broker', () => {
  let deviceId: string;
  let token: string;
  let otherId: string;
  beforeAll(async () => {
    const a = await enterprise.post(`/api/projects/${projectId}/devices`, {
      name: 'MQTT 环境监测',
      kind: 'dust_noise',
      protocols: ['mqtt'],
    });
    const b = await enterprise.post(`/api/projects/${projectId}/devices`, { name: 'MQTT 其他设备', kind: 'other', protocols: ['mqtt'] });
    deviceId = a.body.device.id;
    token = a.body.token;
    otherId = b.body.device.id;
  });

  it('acknowledges QoS 1 only once the readings are stored', async () => {
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${mqttPort}`, { username: deviceId, password: token, reconnectPeriod: 0 });
    const time = new Date(Date.now() - 60_000).toISOString();
    await client.publishAsync(
      `greenbuild/devices/${deviceId}/readings`,
      JSON.stringify([
        { metric: 'pm10', time, value: 55.5 },
        { metric: 'humidity', time, value: 61 },
      ]),
      { qos: 1 },
    );
    // The PUBACK has arrived, so the rows must already be there (no waiting).
    expect((await readings(deviceId)).map((r) => [r.metric, r.value, r.source])).toEqual([
      ['humidity', 61, 'mqtt'],
      ['pm10', 55.5, 'mqtt'],
    ]);
    // Re-delivery of the same message stores nothing new.
    await client.publishAsync(
      `greenbuild/devices/${deviceId}/readings`,
      JSON.stringify({ readings: [{ metric: 'pm10', time, value: 55.5 }] }),
      { qos: 1 },
    );
    expect(await readings(deviceId)).toHaveLength(2);
    await client.endAsync();
  });

  it('reports bad readings on the device error topic and counts them', async () => {
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${mqttPort}`, { username: deviceId, password: token, reconnectPeriod: 0 });
    const errors = new Promise<string>((resolve) => client.on('message', (_topic, payload) => resolve(payload.toString())));
    await client.subscribeAsync(`greenbuild/devices/${deviceId}/errors`, { qos: 0 });
    await client.publishAsync(
      `greenbuild/devices/${deviceId}/readings`,
      JSON.stringify([{ metric: 'pm10', time: 'yesterday', value: 1 }]),
      { qos: 1 },
    );
    expect(JSON.parse(await errors)).toEqual({ errors: [{ index: 0, path: 'time', code: 'invalid_format' }] });
    expect((await enterprise.get(`/api/devices/${deviceId}`)).body.rejectedCount).toBe(1);
    await client.endAsync();
  });

  it("refuses a wrong token, another device's topic, and subscriptions outside the device", async () => {
    await expect(
      mqtt.connectAsync(`mqtt://127.0.0.1:${mqttPort}`, { username: deviceId, password: 'gbd_wrong', reconnectPeriod: 0 }),
    ).rejects.toThrow(/Bad username or password|Not authorized/i);
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${mqttPort}`, { username: deviceId, password: token, reconnectPeriod: 0 });
    // Refused in the SUBACK (return code 0x80), which mqtt.js reports as an error; the connection stays up.
    await expect(client.subscribeAsync('greenbuild/devices/#', { qos: 0 })).rejects.toThrow(/Subscribe error/);
    expect(client.connected).toBe(true);
    const closed = new Promise<void>((r) => client.once('close', () => r()));
    client.publish(
      `greenbuild/devices/${otherId}/readings`,
      JSON.stringify([{ metric: 'pm10', time: new Date().toISOString(), value: 1 }]),
      { qos: 1 },
    );
    await closed;
    expect(await readings(otherId)).toHaveLength(0);
    client.end(true);
  });
});

describe('MQTT limits on the embedded broker', () => {
  let deviceId: string;
  let token: string;
  beforeAll(async () => {
    const a = await enterprise.post(`/api/projects/${projectId}/devices`, { name: 'MQTT 大消息设备', kind: 'other', protocols: ['mqtt'] });
    deviceId = a.body.device.id;
    token = a.body.token;
  });

  it('refuses a message over the 1 MB limit as its header arrives, without buffering it, and counts it', async () => {
    const sock = net.connect(mqttPort, '127.0.0.1');
    let closed = false;
    let received = 0;
    sock.on('close', () => (closed = true));
    sock.on('error', () => undefined);
    sock.on('data', (d) => (received += d.length));
    await new Promise((r) => sock.once('connect', r));
    sock.write(
      mqttPacket.generate({
        cmd: 'connect',
        protocolId: 'MQTT',
        protocolVersion: 4,
        clean: true,
        clientId: 'oversized',
        keepalive: 60,
        username: deviceId,
        password: Buffer.from(token),
      }),
    );
    await waitUntil(() => received >= 4); // CONNACK
    // A QoS 1 PUBLISH whose fixed header declares 100 MB, then its first megabytes.
    const declared = 100 * 1024 * 1024;
    const length: number[] = [];
    for (let n = declared; n > 0; n = Math.floor(n / 128)) length.push((n % 128) | (n >= 128 ? 0x80 : 0));
    const topic = Buffer.from(`greenbuild/devices/${deviceId}/readings`);
    sock.write(Buffer.concat([Buffer.from([0x32, ...length, topic.length >> 8, topic.length & 0xff]), topic, Buffer.from([0, 1])]));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    for (let sent = 0; sent < 4 * 1024 * 1024 && !closed; sent += chunk.length) {
      if (!sock.write(chunk)) await new Promise((r) => setTimeout(r, 5));
    }
    await waitUntil(() => closed);
    expect(closed).toBe(true);
    const rejects = await selectRows<{ count: number; last_detail: string }>(
      t.database.db,
      sql`select count::int as count, last_detail from site_rejects where device_ref = ${deviceId} and reason = 'payload_too_large'`,
    );
    expect(rejects).toEqual([{ count: 1, last_detail: `MQTT packet of ${declared} bytes (at most ${1024 * 1024 + 1024})` }]);
  });

  it('still takes a message just under the limit', async () => {
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${mqttPort}`, { username: deviceId, password: token, reconnectPeriod: 0 });
    const time = new Date(Date.now() - 30_000).toISOString();
    const body = JSON.stringify([{ metric: 'pm10', time, value: 1 }]);
    await client.publishAsync(`greenbuild/devices/${deviceId}/readings`, body + ' '.repeat(1024 * 1024 - body.length), { qos: 1 });
    expect((await readings(deviceId)).map((r) => r.value)).toEqual([1]);
    await client.endAsync();
  });

  it('refuses an MQTT 5 client (aedes speaks 3.1.1) and counts the refusal', async () => {
    await expect(
      mqtt.connectAsync(`mqtt://127.0.0.1:${mqttPort}`, { protocolVersion: 5, username: deviceId, password: token, reconnectPeriod: 0 }),
    ).rejects.toThrow();
    await waitUntil(() => false, 200);
    const rejects = await selectRows<{ count: number }>(
      t.database.db,
      sql`select count::int as count from site_rejects where device_ref = 'unknown' and reason = 'protocol_mqtt5'`,
    );
    expect(rejects).toEqual([{ count: 1 }]);
  });
});

describe("MQTT through the machine's Mosquitto (MQTT_URL)", () => {
  let m: TestApp;
  beforeAll(async () => {
    m = await startTestApp({
      demo: false,
      env: { GREENBUILD_LISTENERS: '1', HJ212_PORT: String(await freePort()), MQTT_URL: 'mqtt://127.0.0.1:1883', HOST: '127.0.0.1' },
    });
    await seedDemo(m.database, DEMO_PASSWORD);
  }, 240_000);
  afterAll(async () => m?.close());

  it('stores readings published to Mosquitto with the device token, once each, and ignores a wrong token', async () => {
    const pid = await createProjectForTest(m.database.db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
    const c = await m.login('hunan.enterprise');
    const res = await c.post(`/api/projects/${pid}/devices`, { name: 'Mosquitto 设备', kind: 'dust_noise', protocols: ['mqtt'] });
    const { device, token } = res.body as { device: { id: string }; token: string };
    // Wait until the platform's shared subscription is in place.
    const deadline = Date.now() + 15_000;
    while (!siteRuntimes.get(m.database)?.external && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1500));
    const pub = await mqtt.connectAsync('mqtt://127.0.0.1:1883', { reconnectPeriod: 0 });
    const topic = `greenbuild/devices/${device.id}/readings`;
    const base = Date.now() - 120_000;
    for (let i = 0; i < 20; i++) {
      await pub.publishAsync(
        topic,
        JSON.stringify({ token, readings: [{ metric: 'pm10', time: new Date(base + i * 1000).toISOString(), value: 40 + i }] }),
        { qos: 1 },
      );
    }
    // Sent twice (an at-least-once re-delivery) and once with a wrong token.
    await pub.publishAsync(
      topic,
      JSON.stringify({ token, readings: [{ metric: 'pm10', time: new Date(base).toISOString(), value: 40 }] }),
      { qos: 1 },
    );
    await pub.publishAsync(
      topic,
      JSON.stringify({ token: 'gbd_forged', readings: [{ metric: 'pm10', time: new Date(base + 99_000).toISOString(), value: 1 }] }),
      { qos: 1 },
    );
    await pub.endAsync();
    const until = Date.now() + 15_000;
    let rows: Array<{ value: number }> = [];
    while (Date.now() < until) {
      rows = await selectRows<{ value: number }>(
        m.database.db,
        sql`select value from site_readings where device_id = ${device.id} order by time`,
      );
      const rejected = await selectRows<{ n: number }>(
        m.database.db,
        sql`select coalesce(sum(count), 0)::int as n from site_rejects where device_ref = ${device.id} and reason = 'token_wrong'`,
      );
      if (rows.length >= 20 && Number(rejected[0]!.n) >= 1) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(rows.map((r) => r.value)).toEqual(Array.from({ length: 20 }, (_, i) => 40 + i));
  });

  it('ingests what an MQTT 5 device publishes through Mosquitto (mosquitto_pub -V mqttv5)', async () => {
    const pid = await createProjectForTest(m.database.db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
    const c = await m.login('hunan.enterprise');
    const res = await c.post(`/api/projects/${pid}/devices`, { name: 'MQTT 5 设备', kind: 'dust_noise', protocols: ['mqtt'] });
    const { device, token } = res.body as { device: { id: string }; token: string };
    const time = new Date(Date.now() - 90_000).toISOString();
    await promisify(execFile)('mosquitto_pub', [
      '-V',
      'mqttv5',
      '-h',
      '127.0.0.1',
      '-p',
      '1883',
      '-q',
      '1',
      '-t',
      `greenbuild/devices/${device.id}/readings`,
      '-m',
      JSON.stringify({ token, readings: [{ metric: 'pm10', time, value: 77.5 }] }),
    ]);
    let rows: Array<{ value: number; source: string }> = [];
    const until = Date.now() + 15_000;
    while (rows.length === 0 && Date.now() < until) {
      rows = await selectRows<{ value: number; source: string }>(
        m.database.db,
        sql`select value, source from site_readings where device_id = ${device.id}`,
      );
      if (!rows.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(rows).toEqual([{ value: 77.5, source: 'mqtt' }]);
  });
});
