import { bigint, boolean, customType, doublePrecision, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

export const deviceKinds = ['dust_noise', 'water_meter', 'electricity_meter', 'tower_crane', 'hoist', 'other'] as const;
export type DeviceKind = (typeof deviceKinds)[number];
export const protocols = ['hj212', 'mqtt', 'http'] as const;
export type Protocol = (typeof protocols)[number];
export const readingKinds = ['rtd', 'minute', 'hour', 'day'] as const;
export type ReadingKindName = (typeof readingKinds)[number];
export const alarmStates = ['open', 'acknowledged', 'closed'] as const;
export type AlarmState = (typeof alarmStates)[number];
export const rulePeriods = ['all', 'day', 'night'] as const;

export const siteDevices = pgTable('site_devices', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  name: text('name').notNull(),
  kind: text('kind').$type<DeviceKind>().notNull(),
  protocols: text('protocols').array().$type<Protocol[]>().notNull(),
  mn: text('mn'),
  hj212PasswordHash: bytea('hj212_password_hash'),
  tokenHash: bytea('token_hash'),
  tokenPrefix: text('token_prefix'),
  metrics: text('metrics').array().notNull().default([]),
  location: text('location'),
  lenientCrc: boolean('lenient_crc').notNull().default(false),
  offlineAfterS: integer('offline_after_s').notNull().default(900),
  active: boolean('active').notNull().default(true),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
  rejectedCount: bigint('rejected_count', { mode: 'number' }).notNull().default(0),
  qualityCheckedUntil: timestamp('quality_checked_until', { withTimezone: true }),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const siteThresholdRules = pgTable('site_threshold_rules', {
  id: uuid('id').primaryKey(),
  regionCode: text('region_code'),
  projectId: uuid('project_id'),
  metric: text('metric').notNull(),
  period: text('period').$type<(typeof rulePeriods)[number]>().notNull().default('all'),
  limitValue: doublePrecision('limit_value').notNull(),
  sustainedMinutes: integer('sustained_minutes').notNull().default(0),
  dayStartMinute: integer('day_start_minute').notNull().default(360),
  dayEndMinute: integer('day_end_minute').notNull().default(1320),
  basis: text('basis'),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const siteAlarms = pgTable('site_alarms', {
  id: uuid('id').primaryKey(),
  deviceId: uuid('device_id').notNull(),
  projectId: uuid('project_id').notNull(),
  ruleKey: text('rule_key').notNull(),
  kind: text('kind').$type<'threshold' | 'offline'>().notNull(),
  metric: text('metric'),
  limitValue: doublePrecision('limit_value'),
  observedValue: doublePrecision('observed_value'),
  state: text('state').$type<AlarmState>().notNull().default('open'),
  openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
  acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  acknowledgedBy: text('acknowledged_by'),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closedBy: text('closed_by'),
  note: text('note'),
});
