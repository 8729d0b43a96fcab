import { bigserial, boolean, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const severities = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof severities)[number];

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  kind: text('kind').notNull(),
  category: text('category').notNull(),
  severity: text('severity').$type<Severity>().notNull(),
  params: jsonb('params').$type<Record<string, string | number | null>>().notNull(),
  link: text('link'),
  projectId: uuid('project_id'),
  eventId: uuid('event_id'),
  dedupeKey: text('dedupe_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  readAt: timestamp('read_at', { withTimezone: true }),
  clearedAt: timestamp('cleared_at', { withTimezone: true }),
});

export const ruleSettings = pgTable('notification_rule_settings', {
  ruleKey: text('rule_key').notNull(),
  regionCode: text('region_code').notNull(),
  enabled: boolean('enabled').notNull(),
  minutes: integer('minutes'),
  days: integer('days'),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const channels = ['email', 'gateway'] as const;
export type Channel = (typeof channels)[number];

export const preferences = pgTable('notification_preferences', {
  userId: uuid('user_id').primaryKey(),
  channels: jsonb('channels').$type<Partial<Record<string, Channel[]>>>().notNull(),
  quietStart: smallint('quiet_start'),
  quietEnd: smallint('quiet_end'),
  dailyDigest: boolean('daily_digest').notNull().default(false),
  language: text('language').$type<'zh-CN' | 'en'>().notNull().default('zh-CN'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const deliveries = pgTable('notification_deliveries', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  notificationId: uuid('notification_id'),
  userId: uuid('user_id').notNull(),
  channel: text('channel').$type<Channel | 'digest'>().notNull(),
  status: text('status').$type<'pending' | 'sent' | 'failed'>().notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAt: timestamp('next_at', { withTimezone: true }).notNull().defaultNow(),
  lastError: text('last_error'),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const gateways = pgTable('notification_gateways', {
  organisationId: uuid('organisation_id').primaryKey(),
  url: text('url').notNull(),
  secret: text('secret').notNull(),
  allowPrivate: boolean('allow_private').notNull().default(false),
  enabled: boolean('enabled').notNull().default(true),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
