import { z } from 'zod';
import { evaluationSchemeSchema } from '../../../domain/evaluation/index.js';
import { evaluationKinds, evaluationStatuses } from './tables.js';

// Response shapes of the evaluation routes, after store.ts (schemeOut, evaluationOut, evaluationDetail, …) and the
// engine's result types (domain/evaluation/score.ts). Fastify serialises through them, so they also strip the rest.

/** A scheme document as stored (validated on save). Named: many answers carry it. */
export const schemeDocument = evaluationSchemeSchema.meta({
  id: 'EvaluationScheme',
  description: '评价方案 An evaluation scheme: grades, stages → elements → items, grade rules and formulas',
});

export const schemeSchema = z.object({
  id: z.string(),
  regionCode: z.string().nullable(),
  code: z.string(),
  version: z.number(),
  name: z.string(),
  frozen: z.boolean().meta({ description: 'Used by an evaluation: an edit makes version+1' }),
  derivedFrom: z.string().nullable(),
  standard: z.string(),
  basis: z.string().meta({ description: '依据: the standard the scheme follows, or 地方默认值' }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const schemeWithDocument = schemeSchema.extend({ document: schemeDocument });

const gradeCondition = z.discriminatedUnion('type', [
  z.object({ type: z.literal('allControlItemsPassed') }),
  z.object({ type: z.literal('unitScoreAtLeast'), min: z.number() }),
  z.object({ type: z.literal('stageScoreAtLeast'), stageId: z.string(), min: z.number() }),
  z.object({ type: z.literal('everyElementScoreAtLeast'), min: z.number() }),
  z.object({ type: z.literal('bonusItemsScoredPerElement'), min: z.number(), scope: z.enum(['unit', 'stage']) }),
]);
const itemSource = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('indicator'),
    indicator: z.string(),
    value: z.union([z.number(), z.boolean()]),
    asOf: z.string(),
    evidenceIds: z.array(z.string()),
  }),
  z.object({
    type: z.literal('expert'),
    expertId: z.string(),
    score: z.number(),
    evidenceIds: z.array(z.string()),
    note: z.string().optional(),
  }),
  z.object({
    type: z.literal('manual'),
    enteredBy: z.string(),
    score: z.number(),
    evidenceIds: z.array(z.string()),
    note: z.string().optional(),
  }),
  z.object({ type: z.literal('notApplicable'), decidedBy: z.string(), reason: z.string(), evidenceIds: z.array(z.string()) }),
]);
const controlFailure = z.object({ batchId: z.string(), stageId: z.string(), elementId: z.string(), itemId: z.string(), name: z.string() });
const itemKind = z.enum(['control', 'general', 'bonus']);
const grade = z.object({ code: z.string(), label: z.object({ zh: z.string(), en: z.string() }), rank: z.number() });

export const batchResult = z
  .object({
    batchId: z.string(),
    stageId: z.string(),
    evaluatedOn: z.string(),
    score: z.number(),
    reportedScore: z.number(),
    appliedWeight: z.number(),
    elements: z.array(
      z.object({
        elementId: z.string(),
        name: z.string(),
        weight: z.number(),
        applicable: z.boolean(),
        generalEarned: z.number(),
        generalPossible: z.number(),
        generalScore: z.number().nullable(),
        bonusRaw: z.number(),
        bonusCap: z.number().nullable(),
        bonusApplied: z.number(),
        bonusItemsScored: z.array(z.string()),
        score: z.number().nullable(),
        reportedScore: z.number().nullable(),
        items: z.array(
          z.object({
            itemId: z.string(),
            name: z.string(),
            kind: itemKind,
            maxScore: z.number(),
            applicable: z.boolean(),
            score: z.number().nullable(),
            passed: z.boolean().nullable(),
            basis: z.string(),
            source: itemSource,
          }),
        ),
      }),
    ),
    controlFailures: z.array(controlFailure),
  })
  .meta({ id: 'BatchResult', description: '评价批次结果 One batch (a dated evaluation of one stage): E = Σ element score × weight' });

export const unitResult = z
  .object({
    schemeId: z.string(),
    schemeVersion: z.number(),
    standard: z.string(),
    score: z.number(),
    reportedScore: z.number(),
    stages: z.array(
      z.object({
        stageId: z.string(),
        name: z.string(),
        weight: z.number(),
        score: z.number(),
        reportedScore: z.number(),
        batches: z.array(batchResult),
        elementMeans: z.array(z.object({ elementId: z.string(), name: z.string(), meanScore: z.number().nullable() })),
      }),
    ),
    controlItemsPassed: z.boolean(),
    controlFailures: z.array(controlFailure),
    grade,
    gradeDecision: z.object({
      grade,
      reason: z.enum(['controlItemFailed', 'ruleMet', 'noRuleMet']),
      trace: z.array(
        z.object({
          grade: z.string(),
          rank: z.number(),
          met: z.boolean(),
          conditions: z.array(
            z.object({
              condition: gradeCondition,
              holds: z.boolean(),
              actual: z.number(),
              detail: z.array(z.object({ stageId: z.string().optional(), elementId: z.string(), value: z.number() })).optional(),
            }),
          ),
        }),
      ),
    }),
  })
  .meta({ id: 'UnitResult', description: '单位工程评价结果 The final result: W = Σ stage score × weight, and the grade with its trace' });

/** A closed evaluation's stored result: a batch result, or the unit result of a final evaluation. */
const storedResult = z.union([batchResult, unitResult]).nullable();

export const evaluationSummary = z
  .object({
    id: z.string(),
    projectId: z.string(),
    projectCode: z.string().nullable(),
    projectName: z.string().nullable(),
    schemeId: z.string(),
    kind: z.enum(evaluationKinds),
    period: z.string().nullable(),
    stageId: z.string().nullable(),
    evaluatedOn: z.string(),
    status: z.enum(evaluationStatuses),
    score: z.number().nullable(),
    grade: z.string().nullable(),
    submittedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    isDemo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'EvaluationSummary' });

export const evidenceSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
});

const itemEntry = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('score'),
    score: z.number(),
    note: z.string().nullable().optional(),
    by: z.string(),
    byName: z.string(),
    at: z.string(),
  }),
  z.object({ type: z.literal('notApplicable'), reason: z.string(), by: z.string(), byName: z.string(), at: z.string() }),
]);

export const evaluationDetailSchema = evaluationSummary
  .extend({
    scheme: schemeSchema,
    experts: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        status: z.enum(['assigned', 'submitted']),
        comment: z.string().nullable(),
        submittedAt: z.string().nullable(),
      }),
    ),
    evidence: z.array(evidenceSchema),
    stageName: z.string().nullable(),
    items: z.array(
      z.object({
        itemId: z.string(),
        elementId: z.string(),
        elementName: z.string(),
        elementWeight: z.number(),
        name: z.string(),
        kind: itemKind,
        maxScore: z.number(),
        mode: z.enum(['indicator', 'expert', 'manual']),
        indicator: z.string().nullable(),
        unit: z.string().nullable(),
        allowedScores: z.array(z.number()).nullable(),
        auto: z.object({ indicator: z.string(), value: z.number().nullable(), asOf: z.string(), reason: z.string().optional() }).nullable(),
        entry: itemEntry.nullable(),
        expertScores: z.array(
          z.object({ expertUserId: z.string(), expertName: z.string(), score: z.number(), comment: z.string().nullable() }),
        ),
        myScore: z
          .object({ score: z.number(), comment: z.string().nullable() })
          .nullable()
          .meta({ description: "An expert's own draft score, shown to that expert only" }),
        evidenceIds: z.array(z.string()),
        score: z.number().nullable(),
        passed: z.boolean().nullable(),
        basis: z.string().nullable(),
      }),
    ),
    missing: z.array(z.object({ itemId: z.string(), name: z.string(), reason: z.string() })),
    issues: z.array(z.object({ path: z.string(), message: z.string() })),
    result: storedResult,
    preview: batchResult.nullable().meta({ description: 'The batch scored from the current inputs (the stored result once closed)' }),
    sourceEvaluationIds: z.array(z.string()),
  })
  .meta({ id: 'EvaluationDetail' });

export const projectResultSchema = z
  .object({
    schemeId: z.string(),
    schemeVersion: z.number(),
    schemeName: z.string(),
    provisional: z.boolean(),
    score: z.number(),
    reportedScore: z.number(),
    grade: z.object({ code: z.string(), zh: z.string(), en: z.string(), rank: z.number() }),
    stages: z.array(
      z.object({
        stageId: z.string(),
        name: z.string(),
        weight: z.number(),
        score: z.number().nullable(),
        reportedScore: z.number().nullable(),
        batches: z.number(),
      }),
    ),
    controlItemsPassed: z.boolean(),
    source: z.enum(['final', 'batches']),
    closedEvaluations: z.number(),
    lastEvaluatedOn: z.string().nullable(),
  })
  .nullable();

export const rankingRow = z.object({
  rank: z.number().nullable(),
  projectId: z.string(),
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  status: z.string(),
  score: z.number().nullable(),
  reportedScore: z.number().nullable(),
  grade: z.object({ code: z.string(), zh: z.string(), en: z.string(), rank: z.number() }).nullable(),
  provisional: z.boolean().nullable(),
  source: z.enum(['final', 'batches']).nullable(),
  closedEvaluations: z.number(),
  lastEvaluatedOn: z.string().nullable(),
  schemeName: z.string().nullable(),
});

export const policySchema = z.object({ id: z.string(), title: z.string(), body: z.string(), sortOrder: z.number(), updatedAt: z.string() });

export const expertCandidate = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  organisationName: z.string().nullable(),
  conflict: z.boolean(),
  assigned: z.boolean(),
});

export const myEvaluation = evaluationSummary.extend({
  myStatus: z.enum(['assigned', 'submitted']),
  assignedAt: z.string(),
  mySubmittedAt: z.string().nullable(),
});

export const recomputeSchema = z.object({
  identical: z.boolean().meta({ description: 'Recomputed result equals the stored one (RFC 8785 canonical JSON)' }),
  score: z.number(),
  storedScore: z.number().nullable(),
  result: z.union([batchResult, unitResult]),
});

/** The regional summary report's data (report.ts summaryReportData). */
export const regionSummaryReport = z.object({
  generatedAt: z.string(),
  region: z.object({ code: z.string(), name: z.string() }),
  programme: z
    .object({ regionCode: z.string(), regionName: z.string(), totalProjects: z.number(), pilots: z.number() })
    .loose()
    .nullable()
    .meta({ description: 'The region’s programme summary, as GET /api/programmes/{regionCode}/dashboard' }),
  projects: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      regionCode: z.string(),
      ownerOrganisationId: z.string(),
      status: z.string(),
      statusLabel: z.string(),
      floorAreaM2: z.number().nullable(),
      isPrefabricated: z.boolean(),
      category: z.string(),
    }),
  ),
  targets: z.array(
    z.object({
      projectCode: z.string(),
      projectName: z.string(),
      aspect: z.string(),
      name: z.string(),
      indicatorKey: z.string().nullable(),
      targetValue: z.number(),
      unit: z.string(),
      direction: z.string(),
      actual: z.number().nullable(),
      met: z.boolean().nullable(),
      dueDate: z.string().nullable(),
    }),
  ),
  ranking: z.array(rankingRow),
  practices: z.array(
    z.object({ id: z.string(), title: z.string(), aspect: z.string().nullable(), summary: z.string().nullable(), projects: z.string() }),
  ),
  policies: z.array(policySchema),
});
