import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The five integrated aspects of 绿色策划: 绿色设计, 绿色建材, 绿色生产, 绿色施工, 绿色交付. */
export const planAspects = ['design', 'materials', 'production', 'construction', 'delivery'] as const;
export type PlanAspect = (typeof planAspects)[number];
export const aspectLabels: Record<PlanAspect, string> = {
  design: '绿色设计',
  materials: '绿色建材',
  production: '绿色生产',
  construction: '绿色施工',
  delivery: '绿色交付',
};

/** The stage a measure or target is due by. */
export const planStages = ['planning', 'design', 'production', 'construction', 'acceptance', 'delivery'] as const;
export type PlanStage = (typeof planStages)[number];
export const stageLabels: Record<PlanStage, string> = {
  planning: '策划',
  design: '设计',
  production: '生产',
  construction: '施工',
  acceptance: '验收',
  delivery: '交付',
};

export const versionStatuses = ['draft', 'submitted', 'returned', 'approved', 'superseded'] as const;
export type VersionStatus = (typeof versionStatuses)[number];
/** A version being worked on (at most one per plan at a time). */
export const workingStatuses: readonly VersionStatus[] = ['draft', 'submitted', 'returned'];

export const directions = ['higherIsBetter', 'lowerIsBetter'] as const;
export type Direction = (typeof directions)[number];

export type TargetItem = {
  id: string;
  indicatorKey: string | null;
  name: string;
  targetValue: number;
  unit: string;
  direction: Direction;
  dueStage: PlanStage | null;
  dueDate: string | null;
  note: string | null;
};
export type MeasureItem = {
  measureId: string;
  measureCode: string;
  measureTitle: string;
  responsibleOrganisationId: string | null;
  responsibleOrganisationName: string | null;
  dueStage: PlanStage | null;
  note: string | null;
};
export type AspectContent = { summary: string | null; targets: TargetItem[]; measures: MeasureItem[] };
export type PlanContent = Record<PlanAspect, AspectContent>;

export const planningMeasures = pgTable('planning_measures', {
  id: uuid('id').primaryKey(),
  regionCode: text('region_code'), // null = national default
  aspect: text('aspect').$type<PlanAspect>().notNull(),
  code: text('code').notNull(),
  title: text('title').notNull(),
  description: text('description'),
  source: text('source'),
  defaultStage: text('default_stage').$type<PlanStage>(),
  active: boolean('active').notNull().default(true),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const planningPlans = pgTable('planning_plans', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  isDemo: boolean('is_demo').notNull().default(false),
});

export const planningVersions = pgTable('planning_plan_versions', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  version: integer('version').notNull(),
  status: text('status').$type<VersionStatus>().notNull(),
  content: jsonb('content').$type<PlanContent>().notNull(),
  createdBy: uuid('created_by'),
  createdByName: text('created_by_name'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  reviewedBy: uuid('reviewed_by'),
  reviewedByName: text('reviewed_by_name'),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  reviewComment: text('review_comment'),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  isDemo: boolean('is_demo').notNull().default(false),
});
