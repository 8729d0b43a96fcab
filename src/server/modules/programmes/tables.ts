import { boolean, date, doublePrecision, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const programmes = pgTable('programmes', {
  id: uuid('id').primaryKey(),
  regionCode: text('region_code').notNull(),
  title: text('title').notNull(),
  goals: text('goals').notNull().default(''),
  paths: text('paths').notNull().default(''),
  responsibleBodies: text('responsible_bodies').notNull().default(''),
  safeguards: text('safeguards').notNull().default(''),
  minProjects: integer('min_projects').notNull().default(10),
  minStructureTypes: integer('min_structure_types').notNull().default(3),
  minUseTypes: integer('min_use_types').notNull().default(3),
  minRenewalShare: doublePrecision('min_renewal_share').notNull().default(0.1),
  requireBothCategories: boolean('require_both_categories').notNull().default(true),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const programmePhases = pgTable('programme_phases', {
  id: uuid('id').primaryKey(),
  programmeId: uuid('programme_id').notNull(),
  seq: integer('seq').notNull(),
  name: text('name').notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
});

export const milestoneStatuses = ['planned', 'in_progress', 'done'] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

export const programmeMilestones = pgTable('programme_milestones', {
  id: uuid('id').primaryKey(),
  programmeId: uuid('programme_id').notNull(),
  phaseId: uuid('phase_id'),
  title: text('title').notNull(),
  owner: text('owner').notNull(),
  dueOn: date('due_on').notNull(),
  status: text('status').$type<MilestoneStatus>().notNull().default('planned'),
  completedOn: date('completed_on'),
  note: text('note'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The plan's three phases (《绿色建造试点工作方案》 四、实施步骤), the editable defaults of every programme. */
export const defaultPhases = [
  { name: '部署启动', startsOn: '2021-01-01', endsOn: '2021-03-31' },
  { name: '组织实施', startsOn: '2021-04-01', endsOn: '2023-09-30' },
  { name: '总结评估', startsOn: '2023-10-01', endsOn: '2023-12-31' },
];
