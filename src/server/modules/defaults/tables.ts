import { doublePrecision, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The defaults that can be adopted per region; each catalogue names its rows by its own key. */
export const defaultKinds = ['carbon_factor', 'evaluation_scheme', 'site_rule', 'prefab_score_table', 'waste_target'] as const;
export type DefaultKind = (typeof defaultKinds)[number];

export const defaultAdoptions = pgTable('default_adoptions', {
  id: uuid('id').primaryKey(),
  kind: text('kind').$type<DefaultKind>().notNull(),
  key: text('key').notNull(),
  regionCode: text('region_code').notNull(),
  value: doublePrecision('value'),
  adoptedBy: uuid('adopted_by'),
  adoptedByName: text('adopted_by_name').notNull(),
  organisationName: text('organisation_name'),
  adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull().defaultNow(),
});
