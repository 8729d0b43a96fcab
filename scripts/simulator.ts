// The demo sites' devices over the real protocols, as a library: `npm run simulate` (scripts/simulate.ts) runs it in a
// loop against a running GreenBuild, and the demo-facts test runs a few rounds against a test server. HJ 212 monitors
// speak TCP (CN=2011 every round, 2051 each minute), MQTT/HTTP monitors publish JSON, meters POST over HTTP. Demo
// device secrets are derived from the demo password. Only the devices of pilots under construction (实施中) are driven:
// a project still at 申报 or already finished has no live site.
import net from 'node:net';
import mqtt, { type MqttClient } from 'mqtt';
import { encodeFrame } from '../src/domain/hj212/index.js';
import { demoDeviceToken, demoHj212Password, demoSample } from '../src/server/modules/site/seed.js';

export type SimulatorOptions = {
  baseUrl: string;
  hj212Host?: string;
  hj212Port?: number;
  mqttUrl?: string;
  password: string;
  user?: string;
  /** Noisy and dusty readings, to make the alarms fire. */
  exceed?: boolean;
  /** Send MQTT devices over HTTP from the start (no broker in reach). */
  noMqtt?: boolean;
  warn?: (msg: string) => void;
};

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
type Stats = {
  hj212: { sent: number; acked: number };
  mqtt: { sent: number; acked: number };
  http: { sent: number; acked: number };
  errors: number;
};

const CST = 8 * 3_600_000;
const dataTime = (d: Date) => new Date(d.getTime() + CST).toISOString().replace(/[-:T]/g, '').slice(0, 14);
const rnd = Math.random;

export class DemoSimulator {
  readonly stats: Stats = { hj212: { sent: 0, acked: 0 }, mqtt: { sent: 0, acked: 0 }, http: { sent: 0, acked: 0 }, errors: 0 };
  devices: Device[] = [];
  private session: string | undefined;
  private readonly loggers = new Map<string, Hj212Logger>();
  private readonly mqttDevices = new Map<string, MqttDevice>();
  private readonly meters = new Map<string, number>();
  private mqttBroken: boolean;
  private readonly baseUrl: string;
  readonly host: string;
  readonly hjPort: number;
  readonly mqttUrl: string;
  private readonly warn: (msg: string) => void;

  constructor(private readonly opts: SimulatorOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/$/, '');
    this.host = opts.hj212Host ?? new URL(this.baseUrl).hostname;
    this.hjPort = opts.hj212Port ?? 9212;
    this.mqttUrl = opts.mqttUrl ?? `mqtt://${this.host}:1883`;
    this.mqttBroken = !!opts.noMqtt;
    this.warn = opts.warn ?? (() => undefined);
  }

  private async api<T>(path: string, cookie?: string, body?: unknown): Promise<{ status: number; body: T; cookie?: string }> {
    const res = await fetch(this.baseUrl + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', origin: this.baseUrl, ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('gb_session='));
    return { status: res.status, body: (await res.json().catch(() => null)) as T, cookie: set?.split(';')[0] };
  }

  /** Signs in and lists the active demo devices of the pilots under construction. */
  async discover(): Promise<Device[]> {
    const user = this.opts.user ?? 'ministry';
    const login = await this.api('/api/auth/login', undefined, { username: user, password: this.opts.password });
    if (login.status !== 200 || !login.cookie)
      throw new Error(`cannot sign in as ${user} at ${this.baseUrl} (${login.status}); is the server running with the demo on?`);
    this.session = login.cookie;
    const overview = await this.api<{ sites: Array<{ projectId: string }> }>('/api/site/overview', login.cookie);
    const devices: Device[] = [];
    for (const s of overview.body.sites) {
      const project = await this.api<{ status: string }>(`/api/projects/${s.projectId}`, login.cookie);
      if (project.body?.status !== 'implementing') continue;
      const list = await this.api<{ items: Device[] }>(`/api/projects/${s.projectId}/devices`, login.cookie);
      devices.push(...list.body.items.filter((d) => d.isDemo && d.active).map((d) => ({ ...d, projectId: s.projectId })));
    }
    this.devices = devices;
    return devices;
  }

  private sample(now: Date, dusty: boolean) {
    const s = demoSample(now, rnd, dusty);
    if (this.opts.exceed) {
      s.noise_leq = Math.round((78 + 4 * rnd()) * 10) / 10;
      s.pm10 = Math.round((180 + 40 * rnd()) * 10) / 10;
    }
    return s;
  }

  private async httpSend(device: Device, now: Date) {
    const token = demoDeviceToken(device.id, this.opts.password);
    let readings: Array<{ metric: string; time: string; value: number }>;
    if (device.kind === 'electricity_meter') {
      const energy = (this.meters.get(device.id) ?? 10_000) + 0.05 + 0.05 * rnd();
      this.meters.set(device.id, energy);
      readings = [{ metric: 'energy_kwh', time: now.toISOString(), value: Math.round(energy * 100) / 100 }];
    } else {
      const s = this.sample(now, false);
      readings = device.metrics
        .filter((m) => m in s)
        .map((metric) => ({ metric, time: now.toISOString(), value: s[metric as keyof typeof s] }));
    }
    this.stats.http.sent++;
    const res = await fetch(`${this.baseUrl}/api/ingest/readings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-token': token },
      body: JSON.stringify(readings),
    });
    if (res.ok) this.stats.http.acked++;
    else this.stats.errors++;
  }

  /** One reading from every device, each over its own protocol. */
  async round(now = new Date()): Promise<void> {
    await Promise.all(
      this.devices.map(async (d) => {
        try {
          if (d.protocols.includes('hj212') && d.mn) {
            if (!this.loggers.has(d.id)) this.loggers.set(d.id, new Hj212Logger(d, this));
            await this.loggers.get(d.id)!.send(now);
          } else if (d.protocols.includes('mqtt') && !this.mqttBroken) {
            if (!this.mqttDevices.has(d.id)) this.mqttDevices.set(d.id, new MqttDevice(d, this));
            await this.mqttDevices.get(d.id)!.send(now);
          } else if (d.protocols.includes('http')) {
            await this.httpSend(d, now);
          }
        } catch (err) {
          this.stats.errors++;
          if (d.protocols.includes('mqtt') && !this.mqttBroken && d.protocols.includes('http')) {
            // No broker reachable (e.g. the port is taken by another broker): fall back to HTTP for these devices.
            this.mqttBroken = true;
            this.warn(`MQTT at ${this.mqttUrl} not usable (${(err as Error).message}); sending MQTT devices over HTTP instead.`);
          } else this.warn(`${d.name}: ${(err as Error).message}`);
        }
      }),
    );
  }

  /**
   * A broker may accept our messages without GreenBuild ever reading them (e.g. GreenBuild's embedded broker is off
   * because another broker holds the port). Checks that MQTT devices were really heard; otherwise uses HTTP for them.
   */
  async checkMqttHeard(since: Date): Promise<void> {
    const mqttOnly = this.devices.filter((d) => !d.protocols.includes('hj212') && d.protocols.includes('mqtt'));
    if (!mqttOnly.length || this.mqttBroken) return;
    await new Promise((r) => setTimeout(r, 1500));
    const seen = await this.api<{ lastSeenAt: string | null }>(`/api/devices/${mqttOnly[0]!.id}`, this.session);
    if (!seen.body?.lastSeenAt || new Date(seen.body.lastSeenAt) < new Date(since.getTime() - 5000)) {
      this.mqttBroken = true;
      this.warn(
        `MQTT messages to ${this.mqttUrl} are not reaching GreenBuild (is its embedded broker off because the port is taken? see MQTT_PORT / MQTT_URL); sending MQTT devices over HTTP instead.`,
      );
    }
  }

  /** Runs rounds every `intervalMs` for `durationMs` (the test's "a few seconds"). */
  async runFor(durationMs: number, intervalMs: number): Promise<void> {
    const end = Date.now() + durationMs;
    do {
      await this.round();
      await new Promise((r) => setTimeout(r, intervalMs));
    } while (Date.now() < end);
  }

  close(): void {
    for (const l of this.loggers.values()) l.close();
    for (const m of this.mqttDevices.values()) m.close();
  }

  /** @internal used by the protocol devices */
  get password(): string {
    return this.opts.password;
  }
  /** @internal */
  sampleFor(now: Date, dusty: boolean) {
    return this.sample(now, dusty);
  }
}

/** One HJ 212 data logger: a TCP connection, uploads with Flag=5, waits for the 9014 like a real logger. */
class Hj212Logger {
  private socket: net.Socket | null = null;
  private replies = 0;
  private lastMinute = -1;
  constructor(
    private readonly device: Device,
    private readonly sim: DemoSimulator,
  ) {}
  private async connect() {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = net.connect(this.sim.hjPort, this.sim.host);
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
    const pw = demoHj212Password(mn, this.sim.password);
    const s = this.sim.sampleFor(now, this.device.name.includes('东门'));
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
    this.sim.stats.hj212.sent += frames.length;
    const deadline = Date.now() + 10_000; // HJ 212 表1: 10 s timeout
    while (this.replies < before + frames.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    this.sim.stats.hj212.acked += this.replies - before;
  }
  close() {
    this.socket?.destroy();
  }
}

class MqttDevice {
  private client: MqttClient | null = null;
  constructor(
    private readonly device: Device,
    private readonly sim: DemoSimulator,
  ) {}
  async send(now: Date) {
    const token = demoDeviceToken(this.device.id, this.sim.password);
    if (!this.client) {
      this.client = await mqtt.connectAsync(this.sim.mqttUrl, {
        username: this.device.id,
        password: token,
        reconnectPeriod: 2000,
        connectTimeout: 5000,
      });
    }
    const s = this.sim.sampleFor(now, false);
    const time = now.toISOString();
    const readings = this.device.metrics.filter((m) => m in s).map((metric) => ({ metric, time, value: s[metric as keyof typeof s] }));
    this.sim.stats.mqtt.sent++;
    // The token travels in the body too, for a platform subscribed to an external broker (MQTT_URL).
    await this.client.publishAsync(`greenbuild/devices/${this.device.id}/readings`, JSON.stringify({ token, readings }), { qos: 1 });
    this.sim.stats.mqtt.acked++;
  }
  close() {
    this.client?.end(true);
  }
}
