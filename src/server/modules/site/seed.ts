// Demo data for smart sites: monitors on a few demo projects (HJ 212, MQTT/HTTP, an electricity meter) with a month
// of history, so the dashboards have something to show before `npm run simulate` brings them to life. Demo device
// secrets are derived from the demo password, so the simulator can compute them instead of reading them anywhere.
import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { selectRows, sql } from '../../db/database.js';
import { secretDigest } from '../../platform/auth/secrets.js';
import type { DemoSeeder } from '../demo/index.js';
import { demoProjects } from '../projects/index.js';
import { createDevice } from './devices.js';
import { siteDevices } from './tables.js';
import { ReadingWriter, type ReadingRow } from './writer.js';

/** The HTTP/MQTT token of a demo device (derived, so the simulator can compute it). */
export function demoDeviceToken(deviceId: string, demoPassword: string): string {
  return 'gbd_' + createHash('sha256').update(`greenbuild-demo-token:${deviceId}:${demoPassword}`).digest('base64url');
}
/** The HJ 212 PW of a demo device. */
export function demoHj212Password(mn: string, demoPassword: string): string {
  return createHash('sha256').update(`greenbuild-demo-pw:${mn}:${demoPassword}`).digest('hex').slice(0, 6);
}

const SYSTEM = { id: null, name: 'system', role: null, ip: null };

/** Small deterministic generator, so the demo looks the same on every machine. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Plausible site readings at an instant: dust peaks in working hours, noise follows the GB 12523 day/night rhythm. */
export function demoSample(t: Date, rnd: () => number, dusty: boolean) {
  const hourCst = (t.getUTCHours() + 8) % 24;
  const working = hourCst >= 7 && hourCst < 19;
  const dustBase = working ? (dusty ? 115 : 70) : 40;
  const pm10 = Math.max(
    5,
    dustBase + 25 * Math.sin((t.getTime() / 3_600_000) * 0.7) + 20 * (rnd() - 0.5) + (dusty && working && rnd() < 0.04 ? 90 : 0),
  );
  const noise = working ? 62 + 8 * rnd() : hourCst >= 22 || hourCst < 6 ? 47 + 6 * rnd() : 55 + 6 * rnd();
  const humidity = 55 + 20 * Math.sin((t.getTime() / 86_400_000) * 2 * Math.PI) + 5 * rnd();
  return {
    pm10: Math.round(pm10 * 10) / 10,
    pm2_5: Math.round(pm10 * (0.45 + 0.1 * rnd()) * 10) / 10,
    tsp: Math.round(pm10 * (1.6 + 0.2 * rnd()) * 10) / 10,
    noise_leq: Math.round(noise * 10) / 10,
    temperature: Math.round((18 + 6 * Math.sin(((hourCst - 9) / 24) * 2 * Math.PI) + rnd()) * 10) / 10,
    humidity: Math.round(Math.min(98, Math.max(20, humidity)) * 10) / 10,
    wind_speed: Math.round(3 * rnd() * 10) / 10,
  };
}

export const siteDemoSeeder: DemoSeeder = {
  name: 'site',
  async seed(database: Database, { password, log }) {
    const { db } = database;
    const existing = await db.select({ id: siteDevices.id }).from(siteDevices).where(eq(siteDevices.isDemo, true)).limit(1);
    if (existing.length) return;
    // Live sites are the pilots under construction (实施中): a project at 申报 has not started and a finished one has
    // taken its monitors down. The first of each region gets the full set (HJ 212, MQTT/HTTP, a meter) with two weeks
    // of history; the others one HTTP monitor with a day of history. `npm run simulate` keeps them all alive.
    const implementing = (await demoProjects(db)).filter((p) => p.status === 'implementing');
    const chosen = [...new Map(implementing.map((p) => [p.regionCode, p])).values()].slice(0, 3);
    if (!chosen.length) return;
    const devices: DemoDevice[] = [];
    for (const [i, project] of implementing.filter((p) => !chosen.includes(p)).entries()) {
      await db.transaction(async (tx) => {
        const monitor = await createDevice(
          tx,
          SYSTEM,
          project,
          {
            name: '1号扬尘噪声监测仪（大门）',
            kind: 'dust_noise',
            protocols: ['http'],
            location: '大门围挡内侧',
            metrics: ['pm10', 'pm2_5', 'noise_leq', 'temperature', 'humidity'],
          },
          { isDemo: true },
        );
        const token = demoDeviceToken(monitor.device.id, password);
        await tx
          .update(siteDevices)
          .set({ tokenHash: secretDigest(token), tokenPrefix: token.slice(0, 10), createdAt: new Date(Date.now() - 2 * 86_400_000) })
          .where(eq(siteDevices.id, monitor.device.id));
        devices.push({ id: monitor.device.id, projectId: project.id, dusty: i % 3 === 1, flatline: false, kind: 'dust', recentOnly: true });
      });
    }
    for (const [i, project] of chosen.entries()) {
      const mn = `GBDEMO${String(i + 1).padStart(2, '0')}0001A8900016F00`;
      await db.transaction(async (tx) => {
        const hj = await createDevice(
          tx,
          SYSTEM,
          project,
          {
            name: '1号扬尘噪声监测仪（东门）',
            kind: 'dust_noise',
            protocols: ['hj212'],
            mn,
            hj212Password: demoHj212Password(mn, password),
            location: '东门围挡内侧',
            metrics: ['pm10', 'pm2_5', 'tsp', 'noise_leq', 'temperature', 'humidity', 'wind_speed'],
          },
          { isDemo: true },
        );
        const mq = await createDevice(
          tx,
          SYSTEM,
          project,
          {
            name: '2号扬尘噪声监测仪（西侧）',
            kind: 'dust_noise',
            protocols: ['mqtt', 'http'],
            location: '西侧施工道路',
            metrics: ['pm10', 'pm2_5', 'noise_leq', 'temperature', 'humidity'],
          },
          { isDemo: true },
        );
        const meter = await createDevice(
          tx,
          SYSTEM,
          project,
          { name: '施工用电总表', kind: 'electricity_meter', protocols: ['http'], location: '配电房', metrics: ['energy_kwh'] },
          { isDemo: true },
        );
        // Installed before the history starts, so online rates over the history make sense.
        await tx
          .update(siteDevices)
          .set({ createdAt: new Date(Date.now() - 15 * 86_400_000) })
          .where(eq(siteDevices.projectId, project.id));
        for (const d of [mq.device, meter.device]) {
          const token = demoDeviceToken(d.id, password);
          await tx
            .update(siteDevices)
            .set({ tokenHash: secretDigest(token), tokenPrefix: token.slice(0, 10) })
            .where(eq(siteDevices.id, d.id));
        }
        devices.push({ id: hj.device.id, projectId: project.id, dusty: i === 0, flatline: false, kind: 'dust' });
        devices.push({ id: mq.device.id, projectId: project.id, dusty: false, flatline: i === 1, kind: 'dust' });
        devices.push({ id: meter.device.id, projectId: project.id, dusty: false, flatline: false, kind: 'meter' });
      });
    }
    // History is written in the background so the server does not wait for it to start; demo only.
    void writeHistory(database, devices, log).catch((err) => log(`  智慧工地演示历史数据写入失败：${(err as Error).message}`));
  },
};

type DemoDevice = { id: string; projectId: string; dusty: boolean; flatline: boolean; kind: string; recentOnly?: boolean };

async function writeHistory(database: Database, devices: DemoDevice[], log: (msg: string) => void): Promise<void> {
  const { db } = database;
  const writer = new ReadingWriter(database, { maxBatchRows: 5000 });
  const now = Date.now();
  let n = 0;
  // History: every 10 minutes for the last day, hourly before that back to 14 days (kept small).
  const times: number[] = [];
  const fine = Math.floor(now / 600_000) * 600_000 - 86_400_000;
  for (let t = Math.floor((now - 14 * 86_400_000) / 3_600_000) * 3_600_000; t < fine; t += 3_600_000) times.push(t);
  for (let t = fine; t < now - 600_000; t += 600_000) times.push(t);
  for (const [k, d] of devices.entries()) {
    const rnd = random(1234 + k);
    let rows: ReadingRow[] = [];
    let energy = 0;
    for (const [j, t] of times.entries()) {
      if (d.recentOnly && t < fine) continue;
      const time = new Date(t);
      if (d.kind === 'meter') {
        energy += 20 + 10 * rnd();
        rows.push({
          deviceId: d.id,
          projectId: d.projectId,
          metric: 'energy_kwh',
          time,
          kind: 'rtd',
          value: Math.round(energy * 10) / 10,
          flag: 'N',
          source: 'seed',
        });
      } else {
        const s = demoSample(time, rnd, d.dusty);
        // One monitor froze for a while two days ago: the data-quality screen should catch it.
        const frozen = d.flatline && j > times.length - 120 && j < times.length - 100;
        for (const [metric, value] of Object.entries(s)) {
          if (metric === 'tsp' || metric === 'wind_speed') continue;
          rows.push({
            deviceId: d.id,
            projectId: d.projectId,
            metric,
            time,
            kind: 'rtd',
            value: frozen && metric === 'pm10' ? 88 : value,
            flag: 'N',
            source: 'seed',
          });
        }
      }
      if (rows.length >= 5000) {
        n += (await writer.write(rows)).stored;
        rows = [];
      }
    }
    n += (await writer.write(rows)).stored;
  }
  await writer.close();
  // A little alarm history for the alarm pages.
  const hj = devices.find((d) => !d.recentOnly)!;
  await db.execute(sql`insert into site_alarms (id, device_id, project_id, rule_key, kind, metric, limit_value, observed_value, state, opened_at, acknowledged_at, acknowledged_by, closed_at, closed_by, note)
    values (${randomUUID()}, ${hj.id}, ${hj.projectId}, 'demo-noise-night', 'threshold', 'noise_leq', 55, 61.4, 'closed', now() - interval '2 days 3 hours', now() - interval '2 days 2 hours 50 minutes', 'hunan.enterprise', now() - interval '2 days 1 hour', 'hunan.enterprise', '夜间混凝土浇筑已停止（演示）')`);
  const [{ count } = { count: 0 }] = await selectRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from site_devices where is_demo`,
  );
  log(`  智慧工地演示：${count} 台设备，${n} 条历史读数`);
}
