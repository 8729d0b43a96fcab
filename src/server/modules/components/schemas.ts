import { z } from 'zod';
import { componentTypes } from './types.js';
import { specStatuses } from './tables.js';

const dimCheck = z.object({
  dim: z.string(),
  label: z.string(),
  dimMm: z.number(),
  expected: z.array(z.string()),
  ok: z.boolean(),
  module: z.string().nullable(),
  reason: z.string().nullable(),
  nearest: z.array(z.object({ module: z.string(), dimMm: z.number(), deltaMm: z.number() })),
});

export const modularSchema = z.object({
  applicable: z.boolean(),
  ok: z.boolean().nullable(),
  reason: z.string().nullable(),
  dims: z.array(dimCheck),
});

export const specSchema = z
  .object({
    id: z.string(),
    regionCode: z.string().nullable(),
    library: z.enum(['national', 'regional']),
    code: z.string(),
    type: z.enum(componentTypes),
    name: z.string(),
    profile: z.string().nullable(),
    dimsMm: z.array(z.number()),
    actualDimsMm: z.array(z.number()),
    jointMm: z.number().nullable(),
    material: z.string().nullable(),
    grade: z.string().nullable(),
    manufacturers: z.array(z.string()),
    version: z.string(),
    status: z.enum(specStatuses),
    source: z.string().nullable(),
    isDemo: z.boolean(),
    modular: modularSchema,
    updatedAt: z.string(),
  })
  .meta({ id: 'ComponentSpec' });

const dimMm = z.number().positive().max(100_000);

// Cross-field rules (three dimensions for precast specs, joint smaller than the component, dimensions read from a
// profile designation) are checked in checkSpecFields, after a patch is merged with the stored spec.
export const specInput = z.object({
  regionCode: z.string().min(1).nullable().default(null),
  code: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9\-_./]*$/, 'spec_code_format'),
  type: z.enum(componentTypes),
  name: z.string().trim().min(1).max(200),
  profile: z.string().trim().max(64).nullable().default(null),
  /** May be empty for a steel section: the dimensions are read from its designation. */
  dimsMm: z.array(dimMm).max(6).default([]),
  jointMm: z.number().min(0).max(1000).nullable().default(null),
  material: z.string().trim().max(64).nullable().default(null),
  grade: z.string().trim().max(32).nullable().default(null),
  manufacturers: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  version: z.string().trim().min(1).max(16).default('1.0'),
  status: z.enum(specStatuses).default('active'),
});

/** Code, type and library identify a spec (a regional code overrides the national one), so they are not changed. */
export const specPatch = z
  .object({
    name: z.string().trim().min(1).max(200),
    profile: z.string().trim().max(64).nullable(),
    dimsMm: z.array(dimMm).max(6),
    jointMm: z.number().min(0).max(1000).nullable(),
    material: z.string().trim().max(64).nullable(),
    grade: z.string().trim().max(32).nullable(),
    manufacturers: z.array(z.string().trim().min(1).max(200)).max(50),
    version: z.string().trim().min(1).max(16),
    status: z.enum(specStatuses),
  })
  .partial();

export const ruleSchema = z.object({
  componentType: z.enum(componentTypes),
  ifcClass: z
    .string()
    .trim()
    .regex(/^Ifc[A-Za-z]+$/)
    .nullable()
    .optional(),
  nameContains: z.string().trim().max(100).nullable().optional(),
  propertySet: z.string().trim().max(100).nullable().optional(),
  propertyName: z.string().trim().max(100).nullable().optional(),
  propertyValue: z.string().trim().max(200).nullable().optional(),
  dimsFrom: z.enum(['profile', 'quantities']),
});

export const settingsInput = z.object({
  rules: z.array(ruleSchema).min(1).max(50),
  toleranceMm: z.number().min(0).max(100),
});

export const summarySchema = z.object({
  project: z.object({ id: z.string(), code: z.string(), name: z.string(), regionCode: z.string() }),
  model: z.object({ id: z.string(), label: z.string() }).nullable(),
  /** The model version the model-sourced instances were recognised in (may be older than `model`). */
  instancesModelId: z.string().nullable(),
  bimAvailable: z.boolean(),
  toleranceMm: z.number(),
  librarySpecs: z.number(),
  instances: z.number(),
  matched: z.number(),
  exact: z.number(),
  withinTolerance: z.number(),
  rate: z.number().nullable(),
  specCountByType: z.record(z.string(), z.number()),
  repetition: z.array(
    z.object({
      type: z.string(),
      instances: z.number(),
      specs: z.number(),
      repetition: z.number(),
      perSpec: z.array(z.object({ specKey: z.string(), code: z.string(), library: z.boolean(), instances: z.number() })),
    }),
  ),
  nonStandard: z.array(
    z.object({
      specKey: z.string(),
      type: z.string(),
      profile: z.string().nullable(),
      dimsMm: z.array(z.number()),
      instances: z.number(),
      sourceRefs: z.array(z.string()),
      modelInstances: z.number(),
      nearest: z
        .object({ specId: z.string(), code: z.string(), name: z.string(), dimsMm: z.array(z.number()), distanceMm: z.number() })
        .nullable(),
      modular: z.object({ applicable: z.boolean(), ok: z.boolean().nullable(), reason: z.string().nullable() }),
    }),
  ),
  bySource: z.object({ model: z.number(), schedule: z.number() }),
});

export const nonStandardElementsSchema = z.object({
  /** The model version the GlobalIds belong to; null when no instance comes from a BIM model. */
  modelId: z.string().nullable(),
  /** Whether that is the project's latest processed model. */
  latest: z.boolean(),
  modelInstances: z.number(),
  scheduleInstances: z.number(),
  groups: z.array(z.object({ specKey: z.string(), globalIds: z.array(z.string()) })),
});
