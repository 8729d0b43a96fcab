// Per-project smart-site indicators for the evaluation capability: PM10 and noise exceedance rates (share of valid
// hours over the limit in force) and the device online rate, over a window ending at `asOf`.
import { eq, and, lte } from 'drizzle-orm';
import { noiseExceedance, pm10Exceedance, type HourlyValue } from '../../../domain/siteQuality/index.js';
import { selectRows, sql, type DbOrTx } from '../../db/database.js';
import { projectRefs } from '../projects/index.js';
import { loadRules, rulesForProject } from './alarms.js';
import { hourlyValues, anyDevice } from './readings.js';
import { siteDevices } from './tables.js';
import type { IndicatorDefinition } from '../../platform/indicators.js';
import { roundHalfUp } from '../../../domain/rounding.js';

const HOUR = 3_600_000;
export type IndicatorOptions = { days?: number };
export type RateResult = { rate: number | null; totalHours: number; exceededHours: number; devices: number };

async function projectSetup(db: DbOrTx, projectId: string, asOf: Date) {
  const project = (await projectRefs(db, [projectId])).get(projectId);
  const devices = project
    ? await db
        .select({ id: siteDevices.id, createdAt: siteDevices.createdAt })
        .from(siteDevices)
        .where(and(eq(siteDevices.projectId, projectId), eq(siteDevices.active, true), lte(siteDevices.createdAt, asOf)))
    : [];
  const rules = project ? rulesForProject(await loadRules(db), project) : [];
  return { project, devices, rules };
}

function hoursWindow(asOf: Date, days: number) {
  const to = new Date(Math.floor(asOf.getTime() / HOUR) * HOUR);
  return { from: new Date(to.getTime() - days * 24 * HOUR), to };
}

function byDevice(rows: Array<{ deviceId: string; hourStart: Date; value: number }>) {
  const map = new Map<string, HourlyValue[]>();
  for (const r of rows) {
    const list = map.get(r.deviceId) ?? [];
    list.push({ hourStart: r.hourStart, value: r.value });
    map.set(r.deviceId, list);
  }
  return map;
}

/** Share of valid device-hours whose PM10 hourly mean was over the regional limit (sustained as the rule says). */
export async function pm10ExceedanceRate(
  db: DbOrTx,
  projectId: string,
  asOf: Date = new Date(),
  opts: IndicatorOptions = {},
): Promise<RateResult & { limit: number | null }> {
  const { devices, rules } = await projectSetup(db, projectId, asOf);
  const rule = rules.find((r) => r.metric === 'pm10' && r.period === 'all');
  if (!rule || !devices.length)
    return { rate: null, totalHours: 0, exceededHours: 0, devices: devices.length, limit: rule?.limitValue ?? null };
  const { from, to } = hoursWindow(asOf, opts.days ?? 30);
  const series = byDevice(
    await hourlyValues(
      db,
      devices.map((d) => d.id),
      'pm10',
      from,
      to,
    ),
  );
  let total = 0;
  let exceeded = 0;
  for (const hours of series.values()) {
    const r = pm10Exceedance(hours, { limit: rule.limitValue, sustainedHours: Math.max(1, Math.ceil(rule.sustainedMinutes / 60)) });
    total += r.totalHours;
    exceeded += r.exceededHours;
  }
  return {
    rate: total ? exceeded / total : null,
    totalHours: total,
    exceededHours: exceeded,
    devices: devices.length,
    limit: rule.limitValue,
  };
}

/** Share of valid device-hours whose hourly Leq was over the GB 12523 limit of its period (day 70 / night 55 by default). */
export async function noiseExceedanceRate(
  db: DbOrTx,
  projectId: string,
  asOf: Date = new Date(),
  opts: IndicatorOptions = {},
): Promise<RateResult> {
  const { devices, rules } = await projectSetup(db, projectId, asOf);
  const day = rules.find((r) => r.metric === 'noise_leq' && r.period === 'day');
  const night = rules.find((r) => r.metric === 'noise_leq' && r.period === 'night');
  if (!day || !night || !devices.length) return { rate: null, totalHours: 0, exceededHours: 0, devices: devices.length };
  const { from, to } = hoursWindow(asOf, opts.days ?? 30);
  const series = byDevice(
    await hourlyValues(
      db,
      devices.map((d) => d.id),
      'noise_leq',
      from,
      to,
    ),
  );
  let total = 0;
  let exceeded = 0;
  for (const hours of series.values()) {
    const r = noiseExceedance(
      hours,
      { dayLeq: day.limitValue, nightLeq: night.limitValue, nightLmaxExcess: 15 },
      { dayStartMinute: day.dayStartMinute, dayEndMinute: day.dayEndMinute, utcOffsetMinutes: 480 },
    );
    total += r.totalHours;
    exceeded += r.exceededHours;
  }
  return { rate: total ? exceeded / total : null, totalHours: total, exceededHours: exceeded, devices: devices.length };
}

/** Share of device-hours (since each device was registered, within the window) in which the device sent data. */
export async function deviceOnlineRate(
  db: DbOrTx,
  projectId: string,
  asOf: Date = new Date(),
  opts: IndicatorOptions = {},
): Promise<{ rate: number | null; onlineHours: number; expectedHours: number; devices: number }> {
  const { devices } = await projectSetup(db, projectId, asOf);
  if (!devices.length) return { rate: null, onlineHours: 0, expectedHours: 0, devices: 0 };
  const { from, to } = hoursWindow(asOf, opts.days ?? 30);
  let expected = 0;
  for (const d of devices) {
    const start = Math.max(from.getTime(), Math.ceil(d.createdAt.getTime() / HOUR) * HOUR);
    expected += Math.max(0, (to.getTime() - start) / HOUR);
  }
  const rows = await selectRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (
          select device_id, bucket from site_rollups_live where ${anyDevice(devices.map((d) => d.id))} and resolution = 'hour'
            and bucket >= ${from.toISOString()} and bucket < ${to.toISOString()}
          union
          select device_id, date_trunc('hour', time) from site_readings where ${anyDevice(devices.map((d) => d.id))} and kind <> 'rtd'
            and time >= ${from.toISOString()} and time < ${to.toISOString()}) h`,
  );
  const online = Math.min(Number(rows[0]?.n ?? 0), expected);
  return { rate: expected ? online / expected : null, onlineHours: online, expectedHours: expected, devices: devices.length };
}

/** The functions the evaluation capability calls, by name. */
export const siteIndicators = { pm10ExceedanceRate, noiseExceedanceRate, deviceOnlineRate };

// ─── Registered indicators (issue 9): rates in % (0–100, 2 decimals) over the 30 days up to the date ───

const percent = (rate: number | null) => (rate === null ? null : roundHalfUp(rate * 100, 2));

export const siteIndicatorDefinitions: IndicatorDefinition[] = [
  {
    key: 'site.pm10ExceedanceRate',
    module: 'site',
    name: { 'zh-CN': 'PM10 超标时长占比', en: 'PM10 exceedance rate' },
    unit: '%',
    direction: 'lowerIsBetter',
    definition: {
      'zh-CN': '截至当日前 30 天内，PM10 小时均值超过地区限值的有效设备小时 ÷ 有效设备小时',
      en: 'Valid device-hours with the PM10 hourly mean over the regional limit ÷ valid device-hours, 30 days up to the date',
    },
    valueFor: async (db, projectId, asOf) => percent((await pm10ExceedanceRate(db, projectId, asOf)).rate),
  },
  {
    key: 'site.noiseExceedanceRate',
    module: 'site',
    name: { 'zh-CN': '场界噪声超标时长占比', en: 'Noise exceedance rate' },
    unit: '%',
    direction: 'lowerIsBetter',
    definition: {
      'zh-CN': '截至当日前 30 天内，小时 Leq 超过 GB 12523 昼/夜限值的有效设备小时 ÷ 有效设备小时',
      en: 'Valid device-hours with hourly Leq over the GB 12523 day/night limit ÷ valid device-hours, 30 days up to the date',
    },
    valueFor: async (db, projectId, asOf) => percent((await noiseExceedanceRate(db, projectId, asOf)).rate),
  },
  {
    key: 'site.deviceOnlineRate',
    module: 'site',
    name: { 'zh-CN': '智慧工地设备在线率', en: 'Device online rate' },
    unit: '%',
    direction: 'higherIsBetter',
    definition: {
      'zh-CN': '截至当日前 30 天内，设备有数据上报的小时 ÷ 设备应在线小时（自登记起）',
      en: 'Device-hours with data ÷ expected device-hours since registration, 30 days up to the date',
    },
    valueFor: async (db, projectId, asOf) => percent((await deviceOnlineRate(db, projectId, asOf)).rate),
  },
];
