import { z } from 'zod';
import { isoDate } from '../projects/index.js';
import { milestoneStatuses } from './tables.js';

export const rulesSchema = z.object({
  minProjects: z.number().int().min(0).max(1000),
  minStructureTypes: z.number().int().min(0).max(20),
  minUseTypes: z.number().int().min(0).max(20),
  minRenewalShare: z.number().min(0).max(1),
  requireBothCategories: z.boolean(),
});

export const phaseInput = z
  .object({ id: z.string().uuid().optional(), name: z.string().trim().min(1).max(100), startsOn: isoDate, endsOn: isoDate })
  .refine((p) => p.endsOn >= p.startsOn, { path: ['endsOn'], message: 'phase_dates_order' });

export const programmeInput = z
  .object({
    title: z.string().trim().min(2).max(200),
    goals: z.string().max(8000).default(''),
    paths: z.string().max(8000).default(''),
    responsibleBodies: z.string().max(8000).default(''),
    safeguards: z.string().max(8000).default(''),
    phases: z.array(phaseInput).min(1).max(12),
    rules: rulesSchema,
  })
  .superRefine((v, ctx) => {
    for (let i = 1; i < v.phases.length; i++) {
      if (v.phases[i]!.startsOn <= v.phases[i - 1]!.endsOn)
        ctx.addIssue({ code: 'custom', path: ['phases', i, 'startsOn'], message: 'phases_overlap' });
    }
  });
export type ProgrammeInput = z.infer<typeof programmeInput>;

const milestoneFields = z.object({
  title: z.string().trim().min(1).max(200),
  owner: z.string().trim().min(1).max(200),
  dueOn: isoDate,
  phaseId: z.string().uuid().nullable().optional(),
  status: z.enum(milestoneStatuses),
  completedOn: isoDate.nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
});
export const milestoneInput = milestoneFields.extend({ status: z.enum(milestoneStatuses).default('planned') });
// No defaults in a patch: a missing field keeps its value.
export const milestonePatch = milestoneFields.partial();
export type MilestoneInput = z.infer<typeof milestoneInput>;

export const phaseSchema = z.object({
  id: z.string().nullable(),
  seq: z.number(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  state: z.enum(['done', 'current', 'upcoming']),
  /** Share of the phase's time that has passed today, 0–1. */
  elapsed: z.number(),
  milestonesDone: z.number(),
  milestonesTotal: z.number(),
});

export const milestoneSchema = z.object({
  id: z.string(),
  phaseId: z.string().nullable(),
  title: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  status: z.enum(milestoneStatuses),
  completedOn: z.string().nullable(),
  note: z.string().nullable(),
  overdue: z.boolean(),
});

export const programmeSchema = z.object({
  id: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  title: z.string(),
  goals: z.string(),
  paths: z.string(),
  responsibleBodies: z.string(),
  safeguards: z.string(),
  rules: rulesSchema,
  phases: z.array(phaseSchema),
  milestones: z.array(milestoneSchema),
  currentPhase: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

const count = z.record(z.string(), z.number());
export const representativenessSchema = z.object({
  regionCode: z.string(),
  rules: rulesSchema,
  total: z.number(),
  byCategory: count,
  byStructure: count,
  byUse: count,
  renewal: z.number(),
  renewalShare: z.number(),
  warnings: z.array(
    z.object({
      code: z.string(),
      count: z.number().optional(),
      min: z.number().optional(),
      share: z.number().optional(),
      category: z.string().optional(),
    }),
  ),
});

export const regionSummarySchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  byStatus: count,
  totalProjects: z.number(),
  pilots: z.number(),
  currentPhase: z.string().nullable(),
  phases: z.array(phaseSchema),
  overdueMilestones: z.array(milestoneSchema.extend({ regionCode: z.string() })),
  milestonesDone: z.number(),
  milestonesTotal: z.number(),
  representativeness: representativenessSchema,
});
