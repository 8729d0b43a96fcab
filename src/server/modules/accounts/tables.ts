import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const organisationKinds = ['ministry', 'authority', 'enterprise', 'expert_pool', 'facility', 'carrier', 'other'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  adminCode: text('admin_code'),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<OrganisationKind>().notNull(),
  regionCode: text('region_code'),
  creditCode: text('credit_code'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
