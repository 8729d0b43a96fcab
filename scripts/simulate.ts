// `npm run simulate`: drives the demo sites' devices over the real protocols against a running GreenBuild, so the
// smart-site dashboards are alive. HJ 212 monitors speak TCP (CN=2011 every interval, 2051 each minute), MQTT/HTTP
// monitors publish JSON, meters POST over HTTP. Demo device secrets are derived from the demo password.
//
//   GREENBUILD_URL=http://localhost:3000  HJ212_HOST=<host of the URL>  HJ212_PORT=9212
//   MQTT_URL=mqtt://<host>:1883 (the embedded broker, or your broker)  GREENBUILD_DEMO_PASSWORD=Demo@2026
//   JT808_PORT=6808 (demo muck trucks over JT/T 808)
//   SIMULATE_INTERVAL_S=10   SIMULATE_USER=ministry   flags: --once (one round, then exit)  --exceed (noisy, dusty)
import net from 'node:net';
import mqtt, { type MqttClient } from 'mqtt';
import { encodeFrame } from '../src/domain/hj212/index.js';
import { demoDeviceToken, demoHj212Password, demoSample } from '../src/server/modules/site/seed.js';
import { startTrucks, truckStats } from './simulateTrucks.js';

const baseUrl = (process.env.GREENBUILD_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const host = process.env.HJ212_HOST ?? new URL(baseUrl).hostname;
const hjPort = Number(process.env.HJ212_PORT ?? 9212);
const mqttUrl = process.env.MQTT_URL ?? `mqtt://${host}:${process.env.MQTT_PORT ?? 1883}`;
const password = process.env.GREENBUILD_DEMO_PASSWORD ?? 'Demo@2026';
const intervalMs = Number(process.env.SIMULATE_INTERVAL_S ?? 10) * 1000;
const user = process.env.SIMULATE_USER ?? 'ministry';
const once = process.argv.includes('--once');
const trucks = startTrucks({
  host,
  port: Number(process.env.JT808_PORT ?? 6808),
  intervalMs: Number(process.env.SIMULATE_INTERVAL_S ?? 10) * 1000,
});
const exceed = process.argv.includes('--exceed');

type Device = {
  id: string;
  projectId: string;
  name: string;
  kind: string;
  protocols: string[];
  mn: string | null;
  metrics: string[];
  isDemo: boolean;
  active: boolean;
};
const stats = { hj212: { sent: 0, acked: 0 }, mqtt: { sent: 0, acked: 0 }, http: { sent: 0, acked: 0 }, errors: 0 };

async function api<T>(path: string, cookie?: string, body?: unknown): Promise<{ status: number; body: T; cookie?: string }> {
  const res = await fetch(baseUrl + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const set = res.headers.getSetCookie().find((c) => c.startsWith('gb_session='));
  return { status: res.status, body: (await res.json().catch(() => null)) as T, cookie: set?.split(';')[0] };
}

let session: string | undefined;
async function demoDevices(): Promise<Device[]> {
  const login = await api('/api/auth/login', undefined, { username: user, password });
  if (login.status !== 200 || !login.cookie)
    throw new Error(`cannot sign in as ${user} at ${baseUrl} (${login.status}); is the server running with the demo on?`);
  session = login.cookie;
  const overview = await api<{ sites: Array<{ projectId: string }> }>('/api/site/overview', login.cookie);
  const devices: Device[] = [];
  for (const s of overview.body.sites) {
    const list = await api<{ items: Device[] }>(`/api/projects/${s.projectId}/devices`, login.cookie);
    devices.push(...list.body.items.filter((d) => d.isDemo && d.active).map((d) => ({ ...d, projectId: s.projectId })));
  }
  return devices;
}

const CST = 8 * 3_600_000;
const dataTime = (d: Date) => new Date(d.getTime() + CST).toISOString().replace(/[-:T]/g, '').slice(0, 14);
const rnd = Math.random;

function sample(now: Date, dusty: boolean) {
  const s = demoSample(now, rnd, dusty);
  if (exceed) {
    s.noise_leq = Math.round((78 + 4 * rnd()) * 10) / 10;
    s.pm10 = Math.round((180 + 40 * rnd()) * 10) / 10;
  }
  return s;
}

/** One HJ 212 data logger: a TCP connection, uploads with Flag=5, waits for the 9014 like a real logger. */
class Hj212Logger {
  private socket: net.Socket | null = null;
  private replies = 0;
  private lastMinute = -1;
  constructor(private readonly device: Device) {}
  private async connect() {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = net.connect(hjPort, host);
    socket.setNoDelay(true);
    socket.on('data', (d) => (this.replies += (d.toString().match(/CN=9014/g) ?? []).length));
    socket.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('error', reject);
    });
    this.socket = socket;
    return socket;
  }
  async send(now: Date) {
    const mn = this.device.mn!;
    const pw = demoHj212Password(mn, password);
    const s = sample(now, this.device.name.includes('东门'));
    const cp = `DataTime=${dataTime(now)};a34002-Rtd=${s.pm10},a34002-Flag=N;a34004-Rtd=${s.pm2_5},a34004-Flag=N;a34001-Rtd=${s.tsp},a34001-Flag=N;Leq-Rtd=${s.noise_leq},Leq-Flag=N;a01001-Rtd=${s.temperature},a01001-Flag=N;a01002-Rtd=${s.humidity},a01002-Flag=N;a01007-Rtd=${s.wind_speed},a01007-Flag=N`;
    const qn = dataTime(now) + String(now.getUTCMilliseconds()).padStart(3, '0');
    const frames = [encodeFrame(`QN=${qn};ST=39;CN=2011;PW=${pw};MN=${mn};Flag=5;CP=&&${cp}&&`)];
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.lastMinute !== -1 && minute !== this.lastMinute) {
      // The logger's own minute aggregate for the minute that just ended (CN=2051, DataTime = start of the minute).
      const start = new Date((minute - 1) * 60_000);
      frames.push(
        encodeFrame(
          `QN=${qn};ST=39;CN=2051;PW=${pw};MN=${mn};Flag=5;CP=&&DataTime=${dataTime(start)};a34002-Avg=${s.pm10},a34002-Flag=N;Leq-Avg=${s.noise_leq},Leq-Flag=N&&`,
        ),
      );
    }
    this.lastMinute = minute;
    const socket = await this.connect();
    const before = this.replies;
    for (const f of frames) socket.write(f);
    stats.hj212.sent += frames.length;
    const deadline = Date.now() + 10_000; // HJ 212 表1: 10 s timeout
    while (this.replies < before + frames.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    stats.hj212.acked += this.replies - before;
  }
  close() {
    this.socket?.destroy();
  }
}

class MqttDevice {
  private client: MqttClient | null = null;
  constructor(private readonly device: Device) {}
  async send(now: Date) {
    const token = demoDeviceToken(this.device.id, password);
    if (!this.client) {
      this.client = await mqtt.connectAsync(mqttUrl, {
        username: this.device.id,
        password: token,
        reconnectPeriod: 2000,
        connectTimeout: 5000,
      });
    }
    const s = sample(now, false);
    const time = now.toISOString();
    const readings = this.device.metrics.filter((m) => m in s).map((metric) => ({ metric, time, value: s[metric as keyof typeof s] }));
    stats.mqtt.sent++;
    // The token travels in the body too, for a platform subscribed to an external broker (MQTT_URL).
    await this.client.publishAsync(`greenbuild/devices/${this.device.id}/readings`, JSON.stringify({ token, readings }), { qos: 1 });
    stats.mqtt.acked++;
  }
  close() {
    this.client?.end(true);
  }
}

const meters = new Map<string, number>();
async function httpSend(device: Device, now: Date) {
  const token = demoDeviceToken(device.id, password);
  let readings: Array<{ metric: string; time: string; value: number }>;
  if (device.kind === 'electricity_meter') {
    const energy = (meters.get(device.id) ?? 10_000) + 0.05 + 0.05 * rnd();
    meters.set(device.id, energy);
    readings = [{ metric: 'energy_kwh', time: now.toISOString(), value: Math.round(energy * 100) / 100 }];
  } else {
    const s = sample(now, false);
    readings = device.metrics
      .filter((m) => m in s)
      .map((metric) => ({ metric, time: now.toISOString(), value: s[metric as keyof typeof s] }));
  }
  stats.http.sent++;
  const res = await fetch(`${baseUrl}/api/ingest/readings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-device-token': token },
    body: JSON.stringify(readings),
  });
  if (res.ok) stats.http.acked++;
  else stats.errors++;
}

const devices = await demoDevices();
if (!devices.length) {
  console.error('No demo devices found. Start the server with the demo on (npm start on PGlite, or GREENBUILD_DEMO=1).');
  process.exit(1);
}
console.log(
  `Simulating ${devices.length} demo devices against ${baseUrl} (HJ 212 ${host}:${hjPort}, MQTT ${mqttUrl}), every ${intervalMs / 1000} s${exceed ? ', over the limits' : ''}.`,
);
const loggers = new Map<string, Hj212Logger>();
const mqttDevices = new Map<string, MqttDevice>();
let mqttBroken = false;

async function round() {
  await trucks.round();
  const now = new Date();
  await Promise.all(
    devices.map(async (d) => {
      try {
        if (d.protocols.includes('hj212') && d.mn) {
          if (!loggers.has(d.id)) loggers.set(d.id, new Hj212Logger(d));
          await loggers.get(d.id)!.send(now);
        } else if (d.protocols.includes('mqtt') && !mqttBroken) {
          if (!mqttDevices.has(d.id)) mqttDevices.set(d.id, new MqttDevice(d));
          await mqttDevices.get(d.id)!.send(now);
        } else if (d.protocols.includes('http')) {
          await httpSend(d, now);
        }
      } catch (err) {
        stats.errors++;
        if (d.protocols.includes('mqtt') && !mqttBroken && d.protocols.includes('http')) {
          // No broker reachable (e.g. the port is taken by another broker): fall back to HTTP for these devices.
          mqttBroken = true;
          console.warn(`MQTT at ${mqttUrl} not usable (${(err as Error).message}); sending MQTT devices over HTTP instead.`);
        } else console.warn(`${d.name}: ${(err as Error).message}`);
      }
    }),
  );
  const f = (p: { sent: number; acked: number }) => `${p.acked}/${p.sent}`;
  console.log(
    `${new Date().toLocaleTimeString('zh-CN', { hour12: false })}  HJ 212 ${f(stats.hj212)}  MQTT ${f(stats.mqtt)}  HTTP ${f(stats.http)}  JT/T 808 ${f(truckStats)}  errors ${stats.errors + truckStats.errors}`,
  );
}

const stop = () => {
  trucks.stop();
  for (const l of loggers.values()) l.close();
  for (const m of mqttDevices.values()) m.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const firstRound = new Date();
await round();
// A broker may accept our messages without GreenBuild ever reading them (e.g. GreenBuild's embedded broker is off
// because another broker holds the port). Check that MQTT devices were really heard; otherwise use HTTP for them.
const mqttOnly = devices.filter((d) => !d.protocols.includes('hj212') && d.protocols.includes('mqtt'));
if (mqttOnly.length && !mqttBroken) {
  await new Promise((r) => setTimeout(r, 1500));
  const seen = await api<{ lastSeenAt: string | null }>(`/api/devices/${mqttOnly[0]!.id}`, session);
  if (!seen.body?.lastSeenAt || new Date(seen.body.lastSeenAt) < new Date(firstRound.getTime() - 5000)) {
    mqttBroken = true;
    console.warn(
      `MQTT messages to ${mqttUrl} are not reaching GreenBuild (is its embedded broker off because the port is taken? see MQTT_PORT / MQTT_URL); sending MQTT devices over HTTP instead.`,
    );
  }
}
if (once) stop();
setInterval(() => void round(), intervalMs);
