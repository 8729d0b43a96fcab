import { z } from 'zod';
import { isoDate, applicantProjectInput, projectRowSchema } from '../projects/index.js';
import { applicationStatuses, decisions, roundStatuses } from './tables.js';

export const criterionInput = z.object({
  name: z.string().trim().min(1).max(100),
  description: z.string().max(500).nullable().optional(),
  maxScore: z.number().positive().max(1000),
});
const criteriaList = z
  .array(criterionInput)
  .min(1)
  .max(20)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: 'criteria_names_unique' });
      seen.add(c.name);
    });
  });

export const roundInput = z.object({
  regionCode: z.string().min(1).max(32),
  title: z.string().trim().min(2).max(200),
  closesOn: isoDate.nullable().optional(),
  criteria: criteriaList.optional(),
});
export const roundPatch = z.object({
  title: z.string().trim().min(2).max(200).optional(),
  closesOn: isoDate.nullable().optional(),
  criteria: criteriaList.optional(),
});

export const criterionSchema = z.object({
  id: z.string(),
  seq: z.number(),
  name: z.string(),
  description: z.string().nullable(),
  maxScore: z.number(),
});
export const roundSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    title: z.string(),
    status: z.enum(roundStatuses),
    closesOn: z.string().nullable(),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    criteria: z.array(criterionSchema),
    applications: z.number(),
    maxTotal: z.number(),
  })
  .meta({ id: 'ApplicationRound' });

export const applicationInput = z.object({ roundId: z.string().uuid(), project: applicantProjectInput });

export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const assignmentSchema = z.object({
  id: z.string(),
  expertUserId: z.string(),
  expertName: z.string(),
  expertOrganisation: z.string().nullable(),
  status: z.enum(['assigned', 'submitted']),
  comment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  scores: z.array(z.object({ criterionId: z.string(), score: z.number() })),
  total: z.number().nullable(),
});

export const aggregateSchema = z.object({
  submitted: z.number(),
  assigned: z.number(),
  meanTotal: z.number().nullable(),
  minTotal: z.number().nullable(),
  maxTotal: z.number().nullable(),
  byCriterion: z.array(z.object({ criterionId: z.string(), name: z.string(), maxScore: z.number(), mean: z.number().nullable() })),
});

export const applicationRowSchema = z
  .object({
    id: z.string(),
    roundId: z.string(),
    roundTitle: z.string(),
    regionCode: z.string(),
    projectId: z.string(),
    projectCode: z.string(),
    projectName: z.string(),
    projectStatus: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    status: z.enum(applicationStatuses),
    decision: z.enum(decisions).nullable(),
    submittedAt: z.string(),
    attachments: z.number(),
    expertsAssigned: z.number().nullable(),
    reviewsSubmitted: z.number().nullable(),
    meanTotal: z.number().nullable(),
    myAssignmentId: z.string().nullable(),
    myReviewStatus: z.string().nullable(),
  })
  .meta({ id: 'Application' });

export const applicationDetailSchema = applicationRowSchema
  .extend({
    decisionNote: z.string().nullable(),
    decidedAt: z.string().nullable(),
    project: projectRowSchema,
    criteria: z.array(criterionSchema),
    maxTotal: z.number(),
    attachmentList: z.array(attachmentSchema),
    assignments: z.array(assignmentSchema),
    aggregate: aggregateSchema.nullable(),
  })
  .meta({ id: 'ApplicationDetail' });

export const applicationListQuery = z.object({
  roundId: z.string().uuid().optional(),
  status: z.enum(applicationStatuses).optional(),
  regionCode: z.string().max(32).optional(),
  q: z.string().max(100).optional(),
});

export const assignInput = z.object({ expertUserIds: z.array(z.string().uuid()).min(1).max(20) });
export const scoreInput = z.object({
  scores: z.array(z.object({ criterionId: z.string().uuid(), score: z.number().min(0) })).max(20),
  comment: z.string().max(4000).nullable().optional(),
  submit: z.boolean().default(false),
});
export const decisionInput = z.object({ decision: z.enum(decisions), note: z.string().max(2000).nullable().optional() });

export const candidateSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  username: z.string(),
  organisationName: z.string().nullable(),
  conflict: z.boolean(),
  assigned: z.boolean(),
});
