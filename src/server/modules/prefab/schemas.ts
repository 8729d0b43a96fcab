import { z } from 'zod';
import { PREFAB_ITEM_IDS } from '../../../domain/prefab/index.js';
import { inputSources } from './tables.js';

/** A ratio as a fraction 0..1; null = the item does not exist in the building (its points go to Q4). */
const ratio = z.number().min(0, 'prefab_ratio_out_of_range').max(1, 'prefab_ratio_out_of_range').nullable();

const ratioFields = Object.fromEntries(PREFAB_ITEM_IDS.map((id) => [id, ratio])) as Record<(typeof PREFAB_ITEM_IDS)[number], typeof ratio>;

export const calculatorInput = z.object({ ...ratioFields, fullDecoration: z.boolean(), region: z.string().min(1).max(32).optional() });

const groupId = z.enum(['Q1', 'Q2', 'Q3']);

export const itemResult = z.object({
  item: z.string(),
  group: groupId,
  ratio: z.number().nullable(),
  score: z.number(),
  max: z.number(),
  applicable: z.boolean(),
  note: z.string(),
});

export const resultSchema = z.object({
  P: z.number(),
  Q1: z.number(),
  Q2: z.number(),
  Q3: z.number(),
  Q4: z.number(),
  recognised: z.boolean(),
  grade: z.enum(['A', 'AA', 'AAA']).nullable(),
  assessedPercent: z.number(),
  items: z.array(itemResult),
  reasons: z.array(z.object({ code: z.string(), clause: z.string(), message: z.string() })),
  table: z.object({ id: z.string(), version: z.string(), regionCode: z.string().nullable() }),
});

const confidence = z.enum(['verified', 'recalled-high', 'recalled-medium', 'recalled-low']);
const scoring = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('interpolated'),
    lower: z.number().min(0).max(1),
    upper: z.number().min(0).max(1),
    scoreLower: z.number().min(0),
    scoreUpper: z.number().min(0),
  }),
  z.object({ kind: z.literal('fixed'), lower: z.number().min(0).max(1), score: z.number().min(0) }),
]);

export const scoreTableSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/),
  version: z.string().min(1).max(32),
  region: z.string().min(1).max(32),
  source: z.string().min(1).max(1000),
  confidence,
  groups: z
    .array(z.object({ id: groupId, nameZh: z.string(), nameEn: z.string(), max: z.number().positive(), minimum: z.number().min(0) }))
    .length(3),
  items: z
    .array(z.object({ item: z.enum(PREFAB_ITEM_IDS), group: groupId, nameZh: z.string(), nameEn: z.string(), scoring }))
    .length(PREFAB_ITEM_IDS.length),
  fullDecoration: z.object({ group: groupId, score: z.number().min(0), nameZh: z.string(), nameEn: z.string() }),
  scoreDecimals: z.number().int().min(0).max(4),
  reportDecimals: z.number().int().min(0).max(4),
  recognition: z.object({ minRatioPercent: z.number().min(0).max(100), requireFullDecoration: z.boolean() }),
  grading: z.object({
    minQ1a: z.number().min(0).max(1),
    bands: z.array(z.object({ grade: z.enum(['A', 'AA', 'AAA']), min: z.number(), max: z.number().nullable() })).min(1),
    rounding: z.object({ mode: z.enum(['half-up', 'half-even', 'floor']), decimals: z.number().int().min(0).max(2) }),
  }),
});

/** A score table as users see it: its basis (依据) in Chinese, without the maintainers' source notes and confidence. */
export const publicScoreTable = scoreTableSchema.omit({ source: true, confidence: true });

export const tableInfo = z.object({
  id: z.string(),
  version: z.string(),
  regionCode: z.string().nullable(),
  basis: z.string(),
  createdAt: z.string(),
  data: publicScoreTable,
});

export const inputEntry = z.object({
  value: ratio,
  source: z.enum(inputSources),
  note: z.string().trim().max(500).nullable().default(null),
  numerator: z.number().min(0).nullable().default(null),
  denominator: z.number().positive().nullable().default(null),
});

export const assessmentInput = z.object({
  inputs: z.object(
    Object.fromEntries(PREFAB_ITEM_IDS.map((id) => [id, inputEntry])) as Record<(typeof PREFAB_ITEM_IDS)[number], typeof inputEntry>,
  ),
  fullDecoration: z.boolean(),
});

const modelRatio = z
  .object({
    value: z.number(),
    numerator: z.number(),
    denominator: z.number(),
    unit: z.string(),
    elements: z.number(),
    precastElements: z.number(),
    unmeasured: z.number(),
  })
  .nullable();

export const projectPrefabSchema = z.object({
  project: z.object({ id: z.string(), code: z.string(), name: z.string(), regionCode: z.string(), isPrefabricated: z.boolean() }),
  table: z.object({
    id: z.string(),
    version: z.string(),
    regionCode: z.string().nullable(),
    basis: z.string(),
    data: publicScoreTable,
  }),
  saved: z.object({ inputs: assessmentInput.shape.inputs, fullDecoration: z.boolean(), savedAt: z.string() }).nullable(),
  result: resultSchema.nullable(),
  model: z.object({ model: z.object({ id: z.string(), label: z.string() }).nullable(), q1a: modelRatio, q1b: modelRatio }),
  history: z.array(z.object({ savedAt: z.string(), P: z.number().nullable(), grade: z.string().nullable(), recognised: z.boolean() })),
});
