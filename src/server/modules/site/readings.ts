// Reading queries: raw samples or rollups, with the resolution picked to fit the requested range.
import { selectRows, sql, type DbOrTx } from '../../db/database.js';

export const resolutions = ['raw', 'minute', 'hour', 'day'] as const;
export type Resolution = (typeof resolutions)[number];

const HOUR = 3_600_000;
/** Most points one query returns; the UI zooms in for more detail. */
export const MAX_POINTS = 20_000;

/** `device_id = any(…)` over validated ids, as one array parameter. */
export function anyDevice(ids: string[]) {
  const clean = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  return sql`device_id = any(${`{${clean.join(',')}}`}::uuid[])`;
}

/** The finest resolution that keeps a range to a few thousand points per metric. */
export function resolutionFor(from: Date, to: Date): Resolution {
  const span = to.getTime() - from.getTime();
  if (span <= 6 * HOUR) return 'raw';
  if (span <= 3 * 24 * HOUR) return 'minute';
  if (span <= 90 * 24 * HOUR) return 'hour';
  return 'day';
}

export type SeriesPoint = {
  metric: string;
  time: string;
  value: number;
  /** HJ 212 表8 flag: as sent for raw samples; for rollups N when ≥ 75 % of the bucket's samples were N (C.16), else D. */
  flag: string;
  kind?: string;
  quality?: string | null;
  min?: number | null;
  max?: number | null;
  count?: number;
};

type Filter = { deviceId: string; metric?: string; from: Date; to: Date; resolution: Resolution; limit?: number };

/** A device's series: raw readings, or our rollups of its samples filled in with the device's own aggregates. */
export async function readingSeries(db: DbOrTx, f: Filter): Promise<SeriesPoint[]> {
  const limit = Math.min(f.limit ?? MAX_POINTS, MAX_POINTS);
  const metricCond = f.metric ? sql`and metric = ${f.metric}` : sql``;
  if (f.resolution === 'raw') {
    const rows = await selectRows<{
      metric: string;
      time: Date | string;
      value: number;
      flag: string;
      kind: string;
      quality: string | null;
    }>(
      db,
      sql`select metric, time, value, flag, kind, quality from site_readings
          where device_id = ${f.deviceId} ${metricCond} and time >= ${f.from.toISOString()} and time < ${f.to.toISOString()}
          order by time, metric limit ${limit}`,
    );
    return rows.map((r) => ({
      metric: r.metric,
      time: new Date(r.time).toISOString(),
      value: Number(r.value),
      flag: r.flag,
      kind: r.kind,
      quality: r.quality,
    }));
  }
  const rows = await selectRows<{
    metric: string;
    time: Date | string;
    value: number;
    min: number | null;
    max: number | null;
    n: number;
    total: number;
    own: boolean;
  }>(
    db,
    sql`select metric, bucket as time, sum / n as value, min, max, n, total, false as own from site_rollups_live
          where device_id = ${f.deviceId} and resolution = ${f.resolution} ${metricCond}
            and bucket >= ${f.from.toISOString()} and bucket < ${f.to.toISOString()} and n > 0
        union all
        select metric, time, value, null, null, 1, 1, true from site_readings r
          where device_id = ${f.deviceId} and kind = ${f.resolution} ${metricCond}
            and time >= ${f.from.toISOString()} and time < ${f.to.toISOString()}
            and not exists (select 1 from site_rollups_live u where u.device_id = r.device_id and u.metric = r.metric
                              and u.resolution = ${f.resolution} and u.bucket = r.time and u.n > 0)
        order by time, metric limit ${limit}`,
  );
  return rows.map((r) => ({
    metric: r.metric,
    time: new Date(r.time).toISOString(),
    value: Number(r.value),
    flag: r.own ? 'N' : Number(r.n) >= 0.75 * Number(r.total) ? 'N' : 'D',
    kind: r.own ? f.resolution : 'rollup',
    min: r.min === null ? null : Number(r.min),
    max: r.max === null ? null : Number(r.max),
    count: Number(r.n),
  }));
}

/** Hourly values (hour start, value) of one metric for several devices, valid hours only (C.16 75 % rule). */
export async function hourlyValues(db: DbOrTx, deviceIds: string[], metric: string, from: Date, to: Date) {
  if (!deviceIds.length) return [];
  const rows = await selectRows<{ device_id: string; hour: Date | string; value: number }>(
    db,
    sql`select device_id, bucket as hour, sum / n as value from site_rollups_live
          where ${anyDevice(deviceIds)}
            and resolution = 'hour' and metric = ${metric} and bucket >= ${from.toISOString()} and bucket < ${to.toISOString()}
            and n > 0 and n >= 0.75 * total
        union all
        select device_id, time, value from site_readings r
          where ${anyDevice(deviceIds)}
            and kind = 'hour' and metric = ${metric} and flag = 'N' and time >= ${from.toISOString()} and time < ${to.toISOString()}
            and not exists (select 1 from site_rollups_live u where u.device_id = r.device_id and u.metric = r.metric and u.resolution = 'hour' and u.bucket = r.time and u.n > 0)`,
  );
  return rows.map((r) => ({ deviceId: r.device_id, hourStart: new Date(r.hour), value: Number(r.value) }));
}

/** Latest real-time value per device and metric within the last day, for live tiles. */
export async function latestValues(db: DbOrTx, deviceIds: string[]) {
  if (!deviceIds.length) return [];
  const rows = await selectRows<{ device_id: string; metric: string; time: Date | string; value: number; flag: string }>(
    db,
    sql`select distinct on (device_id, metric) device_id, metric, time, value, flag from site_readings
          where ${anyDevice(deviceIds)}
            and kind = 'rtd' and time > now() - interval '1 day'
          order by device_id, metric, time desc`,
  );
  return rows.map((r) => ({
    deviceId: r.device_id,
    metric: r.metric,
    time: new Date(r.time).toISOString(),
    value: Number(r.value),
    flag: r.flag,
  }));
}

/** Share of screened readings that the data-quality rules flagged, per device, over the last `days` days. */
export async function qualityShares(db: DbOrTx, deviceIds: string[], days = 30) {
  if (!deviceIds.length)
    return new Map<string, { checked: number; flagged: number; share: number | null; byRule: Record<string, number> }>();
  const rows = await selectRows<{ device_id: string; checked: number; flagged: number; by_rule: Record<string, number>[] | null }>(
    db,
    sql`select device_id, sum(checked)::int as checked, sum(flagged)::int as flagged, array_agg(by_rule) as by_rule from site_quality_tally
          where ${anyDevice(deviceIds)}
            and day > (now() at time zone 'UTC' + interval '8 hours')::date - ${days}::int
          group by device_id`,
  );
  const map = new Map<string, { checked: number; flagged: number; share: number | null; byRule: Record<string, number> }>();
  for (const r of rows) {
    const byRule: Record<string, number> = {};
    for (const part of r.by_rule ?? []) for (const [k, v] of Object.entries(part ?? {})) byRule[k] = (byRule[k] ?? 0) + Number(v);
    const checked = Number(r.checked);
    map.set(r.device_id, { checked, flagged: Number(r.flagged), share: checked ? Number(r.flagged) / checked : null, byRule });
  }
  return map;
}

/** Readings accepted per device: every stored sample (the day rollups' totals) plus the device's own aggregates. */
export async function acceptedCounts(db: DbOrTx, deviceIds: string[]): Promise<Map<string, number>> {
  if (!deviceIds.length) return new Map();
  const rows = await selectRows<{ device_id: string; n: number }>(
    db,
    sql`select device_id, sum(n)::bigint as n from (
          select device_id, sum(total) as n from site_rollups_live where ${anyDevice(deviceIds)} and resolution = 'day' group by device_id
          union all
          select device_id, count(*) from site_readings where ${anyDevice(deviceIds)} and kind <> 'rtd' group by device_id) x
        group by device_id`,
  );
  return new Map(rows.map((r) => [r.device_id, Number(r.n)]));
}
