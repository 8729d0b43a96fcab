import { z } from 'zod';
import { calendarDate } from '../../platform/dates.js';
import { directions, planAspects, planStages, versionStatuses } from './tables.js';

const isoDate = calendarDate;
const note = z.string().trim().max(1000).nullish();

export const targetInput = z.object({
  indicatorKey: z.string().trim().max(100).nullish(),
  name: z.string().trim().min(1).max(200),
  targetValue: z.number().finite(),
  unit: z.string().trim().min(1).max(30),
  direction: z.enum(directions).optional(),
  dueStage: z.enum(planStages).nullish(),
  dueDate: isoDate.nullish(),
  note,
});
export const measurePick = z.object({
  measureId: z.string().uuid(),
  responsibleOrganisationId: z.string().uuid().nullish(),
  dueStage: z.enum(planStages).nullish(),
  note,
});
export const aspectInput = z.object({
  summary: z.string().trim().max(4000).nullish(),
  targets: z.array(targetInput).max(50).default([]),
  measures: z.array(measurePick).max(60).default([]),
});
const emptyAspect = { targets: [], measures: [] };
export const planInput = z.object({
  aspects: z.object({
    design: aspectInput.default(emptyAspect),
    materials: aspectInput.default(emptyAspect),
    production: aspectInput.default(emptyAspect),
    construction: aspectInput.default(emptyAspect),
    delivery: aspectInput.default(emptyAspect),
  }),
});
export type PlanInput = z.infer<typeof planInput>;

export const reviewInput = z.object({ comment: z.string().trim().max(2000).nullish() });

const targetOut = z.object({
  id: z.string(),
  indicatorKey: z.string().nullable(),
  indicatorName: z.string().nullable(),
  name: z.string(),
  targetValue: z.number(),
  unit: z.string(),
  direction: z.enum(directions),
  dueStage: z.string().nullable(),
  dueDate: z.string().nullable(),
  note: z.string().nullable(),
  actual: z.number().nullable(),
  met: z.boolean().nullable(),
});
const measureOut = z.object({
  measureId: z.string(),
  measureCode: z.string(),
  measureTitle: z.string(),
  responsibleOrganisationId: z.string().nullable(),
  responsibleOrganisationName: z.string().nullable(),
  dueStage: z.string().nullable(),
  note: z.string().nullable(),
});
export const versionOut = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(versionStatuses),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewComment: z.string().nullable(),
  approvedAt: z.string().nullable(),
  aspects: z.array(
    z.object({ aspect: z.enum(planAspects), summary: z.string().nullable(), targets: z.array(targetOut), measures: z.array(measureOut) }),
  ),
});
export const planOut = z
  .object({
    project: z.object({ id: z.string(), code: z.string(), name: z.string(), regionCode: z.string(), status: z.string() }),
    planId: z.string().nullable(),
    current: versionOut.nullable(),
    draft: versionOut.nullable(),
    history: z.array(versionOut),
    participants: z.array(z.object({ organisationId: z.string(), organisationName: z.string(), role: z.string() })),
    permissions: z.object({ edit: z.boolean(), submit: z.boolean(), withdraw: z.boolean(), review: z.boolean() }),
  })
  .meta({ id: 'GreenPlan' });

export const measureOutRow = z.object({
  id: z.string(),
  regionCode: z.string().nullable(),
  aspect: z.enum(planAspects),
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  source: z.string().nullable(),
  defaultStage: z.string().nullable(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export const measureInput = z.object({
  regionCode: z.string().trim().max(40).nullish(),
  aspect: z.enum(planAspects),
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'measure_code_format')
    .optional(),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).nullish(),
  source: z.string().trim().max(500).nullish(),
  defaultStage: z.enum(planStages).nullish(),
});
export const measurePatch = measureInput.omit({ regionCode: true, code: true }).partial().extend({ active: z.boolean().optional() });

export const planListItem = z.object({
  projectId: z.string(),
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  projectStatus: z.string(),
  planId: z.string().nullable(),
  status: z.enum(['none', 'draft', 'submitted', 'returned', 'approved']),
  approvedVersion: z.number().nullable(),
  approvedAt: z.string().nullable(),
  workingVersion: z.number().nullable(),
  workingStatus: z.string().nullable(),
  targets: z.number(),
  measures: z.number(),
  updatedAt: z.string().nullable(),
});
