import { z } from 'zod';
import { checkResults, inspectionStages, inspectionTopics, noticeStatuses, severities } from './tables.js';

const isoDateTime = z.string().datetime({ offset: true });
const nullableIso = z.string().nullable();

export const templateItemSchema = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[A-Za-z0-9_.-]+$/),
  text: z.string().trim().min(1).max(300),
  basis: z.string().trim().max(200).optional(),
});
export const templateSchema = z
  .object({
    id: z.string().uuid(),
    regionCode: z.string().nullable(),
    topic: z.enum(inspectionTopics),
    name: z.string(),
    items: z.array(templateItemSchema),
    active: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ChecklistTemplate' });
export const templateInput = z.object({
  regionCode: z.string().min(1).nullable().optional(),
  topic: z.enum(inspectionTopics),
  name: z.string().trim().min(2).max(100),
  items: z.array(templateItemSchema).min(1).max(100),
});
export const templatePatch = z.object({
  name: z.string().trim().min(2).max(100).optional(),
  items: z.array(templateItemSchema).min(1).max(100).optional(),
  active: z.boolean().optional(),
});

export const checkResultSchema = z.object({ key: z.string(), text: z.string(), result: z.enum(checkResults), note: z.string().optional() });

export const inspectionSchema = z
  .object({
    id: z.string().uuid(),
    projectId: z.string().uuid(),
    projectCode: z.string().nullable(),
    projectName: z.string().nullable(),
    regionCode: z.string(),
    templateId: z.string().uuid(),
    topic: z.enum(inspectionTopics),
    title: z.string(),
    stage: z.enum(inspectionStages),
    scheduledOn: z.string(),
    status: z.enum(['scheduled', 'recorded', 'cancelled']),
    inspectedAt: nullableIso,
    results: z.array(checkResultSchema),
    summary: z.string().nullable(),
    expertIds: z.array(z.string()),
    ledgerIndex: z.number().nullable(),
    ledgeredAt: nullableIso,
    createdAt: z.string(),
  })
  .meta({ id: 'Inspection' });
export const inspectionListItem = inspectionSchema.extend({ findings: z.object({ total: z.number(), open: z.number() }) });

export const inspectionInput = z.object({
  projectId: z.string().uuid(),
  templateId: z.string().uuid(),
  title: z.string().trim().max(200).optional(),
  stage: z.enum(inspectionStages).default('construction'),
  scheduledOn: z.string().date(),
  expertIds: z.array(z.string().uuid()).max(10).default([]),
});
export const recordInput = z.object({
  inspectedAt: isoDateTime,
  results: z
    .array(z.object({ key: z.string().min(1).max(20), result: z.enum(checkResults), note: z.string().trim().max(1000).optional() }))
    .max(100),
  summary: z.string().trim().max(4000).optional(),
});

export const photoSchema = z.object({
  id: z.string().uuid(),
  url: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  originalName: z.string().nullable(),
  capturedAt: z.string(),
  capturedSource: z.enum(['exif', 'client', 'received']),
});

export const noticeSchema = z
  .object({
    id: z.string().uuid(),
    code: z.string(),
    findingId: z.string().uuid(),
    projectId: z.string().uuid(),
    regionCode: z.string(),
    responsibleOrganisationId: z.string().uuid(),
    responsibleOrganisationName: z.string().nullable().optional(),
    requirement: z.string(),
    deadline: z.string(),
    status: z.enum(noticeStatuses),
    overdue: z.boolean(),
    escalationLevel: z.number(),
    escalatedAt: nullableIso,
    closedAt: nullableIso,
    createdAt: z.string(),
  })
  .meta({ id: 'RectificationNotice' });

export const findingSchema = z
  .object({
    id: z.string().uuid(),
    inspectionId: z.string().uuid(),
    projectId: z.string().uuid(),
    regionCode: z.string(),
    itemKey: z.string().nullable(),
    severity: z.enum(severities),
    description: z.string(),
    status: z.enum(['open', 'closed']),
    stopWork: z.boolean(),
    stopWorkActive: z.boolean(),
    stopWorkLiftedAt: nullableIso,
    closedAt: nullableIso,
    createdAt: z.string(),
    photos: z.array(photoSchema),
    notice: noticeSchema.nullable(),
  })
  .meta({ id: 'Finding' });
export const findingListItem = findingSchema.extend({
  projectCode: z.string().nullable(),
  projectName: z.string().nullable(),
  ageDays: z.number(),
});

export const inspectionDetail = inspectionSchema.extend({
  template: templateSchema.nullable(),
  findings: z.array(findingSchema),
  experts: z.array(z.object({ id: z.string(), displayName: z.string() })),
  mayRecord: z.boolean(),
  mayIssue: z.boolean(),
});

/** Fields of the multipart finding form (photos come as file parts named `photos`). */
export const findingForm = z
  .object({
    severity: z.enum(severities),
    description: z.string().trim().min(2).max(2000),
    itemKey: z
      .string()
      .trim()
      .max(20)
      .optional()
      .transform((v) => v || undefined),
    stopWork: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    lastModified: z.array(z.coerce.number().int().nonnegative()).default([]),
    responsibleOrganisationId: z
      .string()
      .uuid()
      .optional()
      .or(z.literal('').transform(() => undefined)),
    deadline: isoDateTime.optional().or(z.literal('').transform(() => undefined)),
    requirement: z.string().trim().max(2000).optional(),
  })
  .superRefine((v, ctx) => {
    // A notice is optional, but when one field of it is given the others must be too.
    const given = [v.responsibleOrganisationId, v.deadline].filter(Boolean).length;
    if (given === 1) {
      if (!v.responsibleOrganisationId) ctx.addIssue({ code: 'custom', path: ['responsibleOrganisationId'], message: 'Required' });
      if (!v.deadline) ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'Required' });
    }
  });

export const responseForm = z.object({
  message: z.string().trim().min(2).max(4000),
  lastModified: z.array(z.coerce.number().int().nonnegative()).default([]),
});

export const noticeInput = z.object({
  responsibleOrganisationId: z.string().uuid(),
  deadline: isoDateTime,
  requirement: z.string().trim().min(2).max(2000),
});
export const closeInput = z.object({ comment: z.string().trim().max(2000).optional() });
export const reopenInput = z.object({ comment: z.string().trim().min(2).max(2000), deadline: isoDateTime });

export const eventSchema = z.object({
  id: z.number(),
  kind: z.enum(['issued', 'responded', 'closed', 'reopened', 'escalated']),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  escalationLevel: z.number().nullable(),
  comment: z.string().nullable(),
  deadline: nullableIso,
  actorName: z.string(),
  organisationId: z.string().nullable(),
  at: z.string(),
  photos: z.array(photoSchema),
});
export const noticeDetail = noticeSchema.extend({
  projectCode: z.string(),
  projectName: z.string(),
  finding: findingSchema.omit({ notice: true }),
  events: z.array(eventSchema),
  mayRespond: z.boolean(),
  mayVerify: z.boolean(),
});

const severityCounts = z.object({ general: z.number(), major: z.number(), serious: z.number() });
export const dashboardSchema = z.object({
  openFindings: z.number(),
  bySeverity: severityCounts,
  overdueNotices: z.number(),
  openNotices: z.number(),
  stopWorkProjects: z.number(),
  byAge: z.array(severityCounts.extend({ bucket: z.string() })),
  byRegion: z.array(z.object({ regionCode: z.string(), open: z.number(), overdue: z.number(), serious: z.number() })),
});

export const supervisionStatusSchema = z.object({
  projectId: z.string().uuid(),
  stopWork: z.boolean(),
  since: nullableIso,
  findings: z.array(
    z.object({
      findingId: z.string(),
      description: z.string(),
      since: z.string(),
      noticeCode: z.string().nullable(),
      noticeStatus: z.enum(noticeStatuses).nullable(),
    }),
  ),
  openFindings: z.number(),
  openNotices: z.number(),
  overdueNotices: z.number(),
  maxEscalationLevel: z.number(),
});

export const participantSchema = z.object({ organisationId: z.string().uuid(), name: z.string(), roles: z.array(z.string()) });
