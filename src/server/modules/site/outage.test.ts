// A database outage during ingestion loses nothing that was acknowledged. The server reaches PostgreSQL through a
// TCP proxy this test controls; mid-stream the proxy cuts every connection and refuses new ones for a few seconds,
// then comes back. Afterwards the readings acknowledged (HTTP 200, HJ 212 9014) must equal the rows stored.
// PostgreSQL only: PGlite runs inside the process and cannot lose its connection.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { encodeFrame } from '../../../domain/hj212/index.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { siteRuntimes } from './runtime.js';

const upstreamUrl = process.env.DATABASE_URL;

/** A TCP proxy in front of PostgreSQL that can be switched off (cuts all connections) and on again. */
class SwitchableProxy {
  private server!: net.Server;
  private readonly sockets = new Set<net.Socket>();
  up = true;
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}
  async start() {
    this.server = net.createServer((client) => {
      if (!this.up) return client.destroy();
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as net.AddressInfo).port;
  }
  down() {
    this.up = false;
    for (const s of this.sockets) s.destroy();
  }
  restore() {
    this.up = true;
  }
  async close() {
    this.down();
    await new Promise((r) => this.server.close(r));
  }
}

describe.skipIf(!upstreamUrl)('database outage during ingestion', () => {
  let proxy: SwitchableProxy;
  let t: TestApp;
  let hjPort: number;
  let startedAt = 0;
  beforeAll(async () => {
    const u = new URL(upstreamUrl!);
    proxy = new SwitchableProxy({ host: u.hostname, port: Number(u.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(upstreamUrl!);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    hjPort = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    // The harness creates the test database from DATABASE_URL; pointing it at the proxy puts the whole server behind it.
    process.env.DATABASE_URL = viaProxy.toString();
    try {
      t = await startTestApp({
        demo: false,
        env: { GREENBUILD_LISTENERS: '1', HJ212_PORT: String(hjPort), MQTT_PORT: String(hjPort + 1), HOST: '127.0.0.1' },
      });
    } finally {
      process.env.DATABASE_URL = upstreamUrl;
    }
    await seedDemo(t.database, DEMO_PASSWORD);
    startedAt = Date.now();
  }, 240_000);
  afterAll(async () => {
    proxy?.restore();
    await t?.close();
    await proxy?.close();
  });

  it('acknowledged readings == stored rows, over HTTP and HJ 212, across a cut and a reconnect', async () => {
    const projectId = await createProjectForTest(t.database.db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
    const c = await t.login('hunan.enterprise');
    const http = (await c.post(`/api/projects/${projectId}/devices`, { name: 'HTTP', kind: 'dust_noise', protocols: ['http'] })).body;
    const hj = (
      await c.post(`/api/projects/${projectId}/devices`, {
        name: 'HJ',
        kind: 'dust_noise',
        protocols: ['hj212'],
        mn: 'OUTAGE0001',
        hj212Password: 'pw1234',
      })
    ).body;
    const start = Date.now() - 3_600_000;
    let httpAcked = 0;
    let httpFailed = 0;
    let hjAcked = 0;
    let stop = false;

    const httpLoop = (async () => {
      for (let batch = 0; !stop; batch++) {
        const readings = Array.from({ length: 50 }, (_, i) => ({
          metric: 'pm10',
          time: new Date(start + (batch * 50 + i) * 100).toISOString(),
          value: i,
        }));
        try {
          const res = await fetch(`${t.url}/api/ingest/readings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-device-token': http.token },
            body: JSON.stringify(readings),
          });
          // Acknowledged = every reading in a 200 answer (a retried commit reports its rows as duplicates).
          if (res.status === 200) {
            const body = (await res.json()) as { stored: number; duplicates: number };
            httpAcked += body.stored + body.duplicates;
          } else httpFailed++;
        } catch {
          httpFailed++;
        }
      }
    })();

    const hjLoop = (async () => {
      const socket = net.connect(hjPort, '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      let buffered = '';
      socket.on('data', (d) => (buffered += d.toString()));
      for (let n = 0; !stop; n++) {
        const time = new Date(start + n * 1000);
        const dt = new Date(time.getTime() + 8 * 3_600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
        const frame = encodeFrame(
          `QN=${dt}000;ST=39;CN=2011;PW=pw1234;MN=OUTAGE0001;Flag=5;CP=&&DataTime=${dt};a34002-Rtd=${n},a34002-Flag=N;LA-Rtd=60,LA-Flag=N&&`,
        );
        // Like a data logger (HJ 212 表1 timeout and retries): re-send until the 9014 arrives. Even after the
        // test stops, the last frame is seen through, so every frame ends either acknowledged or never sent.
        for (let attempt = 0; !buffered.includes('CN=9014') && attempt < 20; attempt++) {
          socket.write(frame);
          const deadline = Date.now() + 5_000;
          while (!buffered.includes('CN=9014') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        }
        if (buffered.includes('CN=9014')) hjAcked += 2;
        buffered = '';
      }
      socket.destroy();
    })();

    // The platform scheduler holds a checked-out client without an error listener while a job runs; a cut then
    // surfaces as an uncaught error (reported to the platform). Its jobs are not under test here, so stop them.
    // (Another module also fires one scheduler tick 5 s after start outside the timers; let it pass first.)
    await siteRuntimes.get(t.database)!.scheduler.stop();
    await new Promise((r) => setTimeout(r, Math.max(1500, 8000 - (Date.now() - startedAt))));
    const beforeCut = httpAcked + hjAcked;
    proxy.down();
    await new Promise((r) => setTimeout(r, 3000));
    proxy.restore();
    await new Promise((r) => setTimeout(r, 3000));
    stop = true;
    await Promise.all([httpLoop, hjLoop]);

    const directUrl = new URL(upstreamUrl!);
    directUrl.pathname = new URL(t.config.databaseUrl!).pathname;
    const direct = new pg.Client({ connectionString: directUrl.toString() });
    await direct.connect();
    const { rows } = await direct.query<{ device_id: string; n: number }>(
      'select device_id, count(*)::int as n from site_readings group by device_id',
    );
    await direct.end();
    const stored = new Map(rows.map((r) => [r.device_id, Number(r.n)]));
    expect(beforeCut).toBeGreaterThan(0);
    expect(siteRuntimes.get(t.database)!.writer.stats.retries).toBeGreaterThan(0);
    expect(
      stored.get(http.device.id) ?? 0,
      `HTTP: ${httpAcked} readings acknowledged, ${httpFailed} posts refused or cut during the outage`,
    ).toBe(httpAcked);
    expect(stored.get(hj.device.id) ?? 0).toBe(hjAcked);
    expect(httpAcked + hjAcked).toBeGreaterThan(beforeCut);
  }, 180_000);
});
