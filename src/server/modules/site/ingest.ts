// What every ingestion path shares: validation of canonical readings, counting what is rejected (per device,
// never silently), and handing the rest to the durable writer.
import { z } from 'zod';
import { sql, type Database } from '../../db/database.js';
import { readingKinds, type ReadingKindName } from './tables.js';
import type { DeviceCredentials } from './devices.js';
import type { IngestMetrics } from './metrics.js';
import { pgArray, type ReadingRow, type ReadingWriter, type WriteOutcome } from './writer.js';

export const METRIC_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
/** HJ 212 表8 flags, which the HTTP and MQTT paths use too so every path stores the same vocabulary. */
export const FLAG_PATTERN = /^[NFMSDCTB]$/;
/** Readings stamped further ahead than this are rejected: a device clock that far off is wrong. */
export const MAX_FUTURE_MS = 10 * 60_000;
/** Older readings than this are rejected (far beyond any plausible backfill). */
export const MAX_AGE_MS = 400 * 86_400_000;

export const readingInput = z.object({
  metric: z.string().regex(METRIC_PATTERN, 'metric_format'),
  time: z.iso.datetime({ offset: true }),
  value: z.number().refine(Number.isFinite, 'value_not_finite'),
  flag: z.string().regex(FLAG_PATTERN, 'flag_format').default('N'),
  kind: z.enum(readingKinds).default('rtd'),
});
export type ReadingInput = z.infer<typeof readingInput>;

export type ReadingError = { index: number; path: string; code: string; detail?: string };
export type Source = ReadingRow['source'];

export type RejectEntry = { deviceRef: string; source: Source; reason: string; count: number; detail?: string };

/** Checks a canonical reading's metric and time against the device; returns an error code or null. */
export function readingProblem(
  device: DeviceCredentials,
  metric: string,
  time: Date,
  now = Date.now(),
): { path: string; code: string } | null {
  if (Number.isNaN(time.getTime())) return { path: 'time', code: 'time_invalid' };
  if (time.getTime() > now + MAX_FUTURE_MS || time.getTime() < now - MAX_AGE_MS) return { path: 'time', code: 'time_out_of_range' };
  if (device.metrics && !device.metrics.has(metric)) return { path: 'metric', code: 'metric_not_declared' };
  return null;
}

/** Validates JSON readings (HTTP, MQTT): each item is checked on its own so one bad reading never sinks the batch. */
export function validateReadings(device: DeviceCredentials, items: unknown[], source: Source) {
  const rows: ReadingRow[] = [];
  const errors: ReadingError[] = [];
  const now = Date.now();
  items.forEach((item, index) => {
    const parsed = readingInput.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push({
        index,
        path: issue.path.map(String).join('.'),
        code: issue.message && /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code,
      });
      return;
    }
    const r = parsed.data;
    const time = new Date(r.time);
    const problem = readingProblem(device, r.metric, time, now);
    if (problem) {
      errors.push({ index, ...problem });
      return;
    }
    rows.push({
      deviceId: device.id,
      projectId: device.projectId,
      metric: r.metric,
      time,
      kind: r.kind as ReadingKindName,
      value: r.value,
      flag: r.flag,
      source,
    });
  });
  return { rows, errors };
}

/** Shared by the three paths: store valid rows durably and count the rejected ones. */
export class Ingestion {
  constructor(
    readonly database: Database,
    readonly writer: ReadingWriter,
    private readonly metrics?: IngestMetrics,
  ) {}

  async store(rows: ReadingRow[]): Promise<WriteOutcome> {
    const outcome = await this.writer.write(rows);
    this.metrics?.readingsWritten(rows, outcome);
    return outcome;
  }

  /** Counts rejected input per device (or sender), day (China time), path and reason; also on the device row. */
  async countRejects(entries: RejectEntry[]): Promise<void> {
    if (!entries.length) return;
    this.metrics?.rejects(entries);
    const merged = new Map<string, RejectEntry>();
    for (const e of entries) {
      const key = `${e.deviceRef}|${e.source}|${e.reason}`;
      const m = merged.get(key);
      if (m) {
        m.count += e.count;
        m.detail = e.detail ?? m.detail;
      } else merged.set(key, { ...e });
    }
    const list = [...merged.values()];
    const arr = pgArray;
    await this.database.db.execute(
      sql`with r as (
           select * from unnest(${arr(list.map((e) => e.deviceRef))}::text[], ${arr(list.map((e) => e.source))}::text[], ${arr(list.map((e) => e.reason))}::text[],
                                ${arr(list.map((e) => e.count))}::bigint[], ${arr(list.map((e) => e.detail ?? null))}::text[]) as t(device_ref, source, reason, count, detail)
         ), tally as (
           insert into site_rejects as s (device_ref, day, source, reason, count, last_detail, last_at)
           select device_ref, (now() at time zone 'UTC' + interval '8 hours')::date, source, reason, count, left(detail, 500), now() from r
           on conflict (device_ref, day, source, reason) do update set count = s.count + excluded.count,
             last_detail = coalesce(excluded.last_detail, s.last_detail), last_at = now()
         )
         update site_devices d set rejected_count = d.rejected_count + x.n
         from (select device_ref, sum(count) as n from r where device_ref ~ '^[0-9a-f-]{36}$' group by device_ref) x
         where d.id = x.device_ref::uuid`,
    );
  }
}
