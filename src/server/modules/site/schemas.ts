import { z } from 'zod';
import { alarmStates, deviceKinds, protocols, rulePeriods } from './tables.js';
import { resolutions } from './readings.js';
import { METRIC_PATTERN } from './ingest.js';

const metric = z.string().regex(METRIC_PATTERN, 'metric_format');

export const deviceInput = z.object({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(deviceKinds),
  protocols: z.array(z.enum(protocols)).min(1).max(3),
  // HJ 212 MN: 24 hex chars per the standard; real loggers use other letters and digits, hyphens and underscores
  // (e.g. XXXX01_AIR01_0001), so stay permissive — but never a character that separates 表3 fields (; = & ,).
  mn: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z_-]{1,32}$/, 'mn_format')
    .nullable()
    .optional(),
  hj212Password: z.string().min(1).max(32).nullable().optional(),
  metrics: z.array(metric).max(40).optional(),
  location: z.string().trim().max(200).nullable().optional(),
  lenientCrc: z.boolean().optional(),
  offlineAfterS: z.number().int().min(60).max(604_800).optional(),
});
export const devicePatch = deviceInput.partial().extend({ active: z.boolean().optional() });

export const deviceSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    name: z.string(),
    kind: z.enum(deviceKinds),
    protocols: z.array(z.string()),
    mn: z.string().nullable(),
    hasHj212Password: z.boolean(),
    tokenPrefix: z.string().nullable(),
    metrics: z.array(z.string()),
    location: z.string().nullable(),
    lenientCrc: z.boolean(),
    offlineAfterS: z.number(),
    active: z.boolean(),
    status: z.enum(['online', 'offline', 'never', 'inactive']),
    lastSeenAt: z.string().nullable(),
    acceptedCount: z.number(),
    rejectedCount: z.number(),
    isDemo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Device' });

export const deviceListItem = deviceSchema.extend({
  latest: z.array(z.object({ metric: z.string(), time: z.string(), value: z.number(), flag: z.string() })),
  quality: z
    .object({ checked: z.number(), flagged: z.number(), share: z.number().nullable(), byRule: z.record(z.string(), z.number()) })
    .nullable(),
});

export const readingsQuery = z
  .object({
    metric: metric.optional(),
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    resolution: z.enum([...resolutions, 'auto']).default('auto'),
  })
  .refine((q) => new Date(q.to) > new Date(q.from), { message: 'range_order', path: ['to'] });

export const pointSchema = z.object({
  metric: z.string(),
  time: z.string(),
  value: z.number(),
  flag: z.string(),
  kind: z.string().optional(),
  quality: z.string().nullable().optional(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  count: z.number().optional(),
});

export const alarmSchema = z
  .object({
    id: z.string(),
    deviceId: z.string(),
    projectId: z.string(),
    deviceName: z.string().nullable(),
    projectName: z.string().nullable(),
    kind: z.enum(['threshold', 'offline']),
    ruleKey: z.string(),
    metric: z.string().nullable(),
    limitValue: z.number().nullable(),
    observedValue: z.number().nullable(),
    state: z.enum(alarmStates),
    openedAt: z.string(),
    acknowledgedAt: z.string().nullable(),
    acknowledgedBy: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedBy: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'SiteAlarm' });

export const alarmQuery = z.object({
  state: z.enum([...alarmStates, 'active']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  regionCode: z.string().max(40).optional(),
});

export const alarmAction = z.object({ note: z.string().trim().max(500).nullable().optional() });

export const ruleInput = z.object({
  regionCode: z.string().min(1).max(40).nullable().optional(),
  projectId: z.string().uuid().nullable().optional(),
  metric,
  period: z.enum(rulePeriods).default('all'),
  limitValue: z.number(),
  sustainedMinutes: z.number().int().min(0).max(1440).default(0),
  dayStartMinute: z.number().int().min(0).max(1440).default(360),
  dayEndMinute: z.number().int().min(0).max(1440).default(1320),
  basis: z.string().trim().max(200).nullable().optional(),
  enabled: z.boolean().default(true),
});
export const rulePatch = z.object({
  limitValue: z.number().optional(),
  sustainedMinutes: z.number().int().min(0).max(1440).optional(),
  dayStartMinute: z.number().int().min(0).max(1440).optional(),
  dayEndMinute: z.number().int().min(0).max(1440).optional(),
  basis: z.string().trim().max(200).nullable().optional(),
  enabled: z.boolean().optional(),
});
export const ruleSchema = z
  .object({
    id: z.string(),
    regionCode: z.string().nullable(),
    projectId: z.string().nullable(),
    metric: z.string(),
    period: z.enum(rulePeriods),
    limitValue: z.number(),
    sustainedMinutes: z.number(),
    dayStartMinute: z.number(),
    dayEndMinute: z.number(),
    basis: z.string().nullable(),
    enabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SiteRule' });

export const exportQuery = z
  .object({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    format: z.enum(['csv', 'xlsx']).default('csv'),
    resolution: z.enum(resolutions).default('raw'),
    metric: metric.optional(),
    deviceId: z.string().uuid().optional(),
  })
  .refine((q) => new Date(q.to) > new Date(q.from), { message: 'range_order', path: ['to'] });

export const aliasesBody = z.object({ aliases: z.record(z.string().regex(/^[A-Za-z0-9_.]{1,32}$/), metric) });

/** Retention periods (issue 18): raw readings at least two weeks (partitions are weekly), rollups kept or for a period. */
const retentionDays = z.number().int('retention_days').min(1, 'retention_days').max(36_500, 'retention_days');
export const retentionBody = z.object({
  rawDays: z.number().int('retention_raw_days').min(14, 'retention_raw_days').max(3650, 'retention_raw_days'),
  minuteDays: retentionDays.nullable(),
  hourDays: retentionDays.nullable(),
  dayDays: retentionDays.nullable(),
});
export const retentionSchema = retentionBody.extend({
  canEdit: z.boolean(),
  partitions: z.object({ count: z.number(), oldest: z.string().nullable(), newest: z.string().nullable() }),
});
