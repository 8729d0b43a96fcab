import { z } from 'zod';
import { CONSTRUCTION_WASTE_SUBCLASS_IDS, WASTE_CATEGORY_IDS, WASTE_ROUTE_IDS, WASTE_STAGE_IDS } from '../../../domain/waste/index.js';
import { alertKinds, facilityKinds, siteRecordKinds } from './tables.js';

export const categorySchema = z.enum(WASTE_CATEGORY_IDS as [string, ...string[]]);
export const stageSchema = z.enum(WASTE_STAGE_IDS as [string, ...string[]]);
export const subClassSchema = z.enum(CONSTRUCTION_WASTE_SUBCLASS_IDS as [string, ...string[]]);
export const routeSchema = z.enum(WASTE_ROUTE_IDS as [string, ...string[]]);
export const manifestStateSchema = z.enum(['created', 'in_transit', 'received', 'disputed', 'expired']);

/** Largest plausible single truckload; above it the figure is almost always kg typed as t. */
export const MAX_LOAD_TONNES = 200;
/** Largest plausible on-site record (a period aggregate). */
export const MAX_RECORD_TONNES = 100_000;

const day = z.iso.date();
const isoTime = z.iso.datetime({ offset: true });
// 机动车号牌: province character, letter, then 5 (fuel) or 6 (new energy) letters/digits.
const plate = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/, 'plate_format'));

export const targetSchema = z.object({
  regionCode: z.string(),
  conventionalMax: z.number(),
  prefabricatedMax: z.number(),
  targetYear: z.number(),
  source: z.string().meta({ description: '依据: the standard and clause, the authority’s document, or 地方默认值' }),
  weightToleranceShare: z.number(),
  receiptDeadlineHours: z.number(),
  expireAfterHours: z.number(),
  updatedAt: z.string(),
});
export const targetInput = z.object({
  conventionalMax: z.number().positive().max(10_000),
  prefabricatedMax: z.number().positive().max(10_000),
  targetYear: z.number().int().min(2020).max(2100),
  source: z.string().trim().min(2).max(500),
  weightToleranceShare: z.number().min(0).max(1),
  receiptDeadlineHours: z.number().int().min(1).max(720),
  expireAfterHours: z.number().int().min(1).max(2160),
});

export const estimateSchema = z.object({
  stage: stageSchema,
  category: categorySchema,
  tonnes: z
    .number()
    .min(0)
    .max(MAX_RECORD_TONNES * 10, 'tonnes_implausible'),
});
export const measureSchema = z.object({ title: z.string().trim().min(1).max(200), detail: z.string().trim().max(2000).optional() });
export const planInput = z.object({
  estimates: z.array(estimateSchema).max(15),
  measures: z.array(measureSchema).max(50),
  targetOverride: z.number().positive().max(10_000).nullable().optional(),
  estimateBasis: z.enum(['generated', 'discharged']).default('generated'),
  progressPercent: z.number().gt(0).max(100).nullable().optional(),
  notes: z.string().max(5000).nullable().optional(),
});
export const planSchema = z
  .object({
    projectId: z.string(),
    exists: z.boolean(),
    estimates: z.array(z.object({ stage: z.string(), category: z.string(), tonnes: z.number() })),
    measures: z.array(z.object({ title: z.string(), detail: z.string().optional() })),
    targetOverride: z.number().nullable(),
    estimateBasis: z.enum(['generated', 'discharged']),
    progressPercent: z.number().nullable(),
    notes: z.string().nullable(),
    regionalTarget: z.object({ targetTPer10kM2: z.number(), basis: z.enum(['conventional', 'prefabricated']), configId: z.string() }),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'WastePlan' });

export const facilitySchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string().nullable(),
    name: z.string(),
    kind: z.enum(facilityKinds),
    regionCode: z.string(),
    address: z.string().nullable(),
    licenceNo: z.string().nullable(),
    licenceValidFrom: z.string().nullable(),
    licenceValidUntil: z.string().nullable(),
    licenceStatus: z.enum(['valid', 'expiring', 'expired', 'unlicensed']),
    acceptedCategories: z.array(z.string()),
    dailyCapacityTonnes: z.number().nullable(),
    active: z.boolean(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'WasteFacility' });
export const facilityInput = z.object({
  organisationId: z.string().uuid(),
  name: z.string().trim().min(2).max(200),
  kind: z.enum(facilityKinds),
  regionCode: z.string().min(1),
  address: z.string().trim().max(300).nullable().optional(),
  licenceNo: z.string().trim().min(1).max(100).nullable().optional(),
  licenceValidFrom: day.nullable().optional(),
  licenceValidUntil: day.nullable().optional(),
  acceptedCategories: z.array(categorySchema).min(1).max(5),
  dailyCapacityTonnes: z.number().positive().max(1_000_000).nullable().optional(),
  active: z.boolean().optional(),
});
export const facilityPatch = facilityInput.partial();

export const manifestInput = z.object({
  facilityId: z.string().uuid(),
  category: categorySchema,
  subClass: subClassSchema.nullable().optional(),
  stage: stageSchema,
  vehiclePlate: plate,
  driverName: z.string().trim().min(1).max(50),
  driverPhone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/)
    .nullable()
    .optional(),
  gateWeighing: z.enum(['estimated', 'weighed']),
  gateTonnes: z.number().gt(0, 'load_implausible').max(MAX_LOAD_TONNES, 'load_implausible'),
  /** Departure time at the gate; defaults to now. */
  at: isoTime.optional(),
  /** Release the truck at once (the usual gate flow); false keeps the manifest as created. */
  dispatch: z.boolean().default(true),
  notes: z.string().max(500).nullable().optional(),
});
export const receiveInput = z.object({
  weighbridgeTonnes: z.number().min(0, 'load_implausible').max(MAX_LOAD_TONNES, 'load_implausible'),
  at: isoTime.optional(),
});
export const disputeInput = z.object({ reason: z.string().trim().min(2).max(500), at: isoTime.optional() });
export const dispatchInput = z.object({ at: isoTime.optional() });

export const alertSchema = z.object({
  id: z.string(),
  kind: z.enum(alertKinds),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
  manifestId: z.string().nullable(),
  manifestNumber: z.string().nullable(),
  facilityId: z.string().nullable(),
  facilityName: z.string().nullable(),
  regionCode: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  raisedAt: z.string(),
});

export const manifestSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    projectId: z.string(),
    projectName: z.string().nullable(),
    projectCode: z.string().nullable(),
    regionCode: z.string(),
    facilityId: z.string(),
    facilityName: z.string(),
    facilityKind: z.enum(facilityKinds),
    category: z.string(),
    subClass: z.string().nullable(),
    stage: z.string(),
    route: z.string(),
    vehiclePlate: z.string(),
    driverName: z.string(),
    driverPhone: z.string().nullable(),
    gateWeighing: z.enum(['estimated', 'weighed']),
    gateTonnes: z.number(),
    state: manifestStateSchema,
    createdAt: z.string(),
    dispatchedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    weighbridgeTonnes: z.number().nullable(),
    disputeReason: z.string().nullable(),
    notes: z.string().nullable(),
    alerts: z.array(z.object({ kind: z.enum(alertKinds), details: z.record(z.string(), z.unknown()) })),
  })
  .meta({ id: 'Manifest' });
export const manifestDetailSchema = manifestSchema
  .extend({ confirmUrl: z.string(), qrSvg: z.string(), qrPng: z.string(), canReceive: z.boolean(), canDispatch: z.boolean() })
  .meta({ id: 'ManifestDetail' });

export const siteRecordInput = z.object({
  kind: z.enum(siteRecordKinds),
  recordDate: day,
  stage: stageSchema,
  category: categorySchema,
  subClass: subClassSchema.nullable().optional(),
  route: routeSchema.nullable().optional(),
  tonnes: z.number().gt(0, 'tonnes_implausible').max(MAX_RECORD_TONNES, 'tonnes_implausible'),
  reference: z.string().trim().min(1).max(100).nullable().optional(),
  notes: z.string().max(500).nullable().optional(),
});
export const siteRecordSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    kind: z.enum(siteRecordKinds),
    recordDate: z.string(),
    stage: z.string(),
    category: z.string(),
    subClass: z.string().nullable(),
    route: z.string().nullable(),
    tonnes: z.number(),
    reference: z.string().nullable(),
    notes: z.string().nullable(),
    importBatch: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'WasteSiteRecord' });

// The project waste page (indicators.ts projectWasteIndicators); maps are keyed by stage or category id.
const estimateVariance = z.object({
  estimatedTonnes: z.number(),
  actualTonnes: z.number(),
  varianceTonnes: z.number(),
  variancePercent: z.number().nullable(),
});
export const projectWasteSchema = z
  .object({
    project: z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      regionCode: z.string(),
      floorAreaM2: z.number().nullable(),
      isPrefabricated: z.boolean(),
      status: z.string(),
    }),
    intensity: z.object({
      asOf: z.string(),
      floorAreaM2: z.number().nullable(),
      intensity: z.number().nullable().meta({ description: 't/万m²; null without a floor area' }),
      tonnes: z.number(),
      excludedTonnes: z.number(),
      byStage: z.record(z.string(), z.object({ tonnes: z.number(), intensity: z.number().nullable() })),
      target: z.object({
        applied: z.number(),
        regional: z.number(),
        basis: z.enum(['conventional', 'prefabricated']),
        configId: z.string(),
        fromPlan: z.boolean(),
      }),
      meetsTarget: z.boolean().nullable(),
    }),
    recycling: z.object({
      generatedTonnes: z.number(),
      reusedOnSiteTonnes: z.number(),
      recycledTonnes: z.number(),
      recoveredTonnes: z.number(),
      rate: z.number().nullable(),
      ratePercent: z.number().nullable(),
    }),
    confirmation: z.object({
      dispatched: z.number(),
      received: z.number(),
      disputed: z.number(),
      expired: z.number(),
      pending: z.number(),
      overdue: z.number(),
      rate: z.number().nullable(),
      ratePercent: z.number().nullable(),
    }),
    actualVsEstimate: z
      .object({ basis: z.enum(['generated', 'discharged']), byStage: z.record(z.string(), estimateVariance), total: estimateVariance })
      .nullable(),
    forecast: z
      .object({
        forecastTonnes: z.number(),
        forecastIntensity: z.number(),
        targetTPer10kM2: z.number(),
        allowanceTonnes: z.number(),
        remainingAllowanceTonnes: z.number(),
        exceedsTarget: z.boolean(),
        progressPercent: z.number(),
      })
      .nullable(),
    byStageCategory: z
      .record(z.string(), z.record(z.string(), z.number()))
      .meta({ description: 'Discharged tonnes by category, then stage' }),
    monthly: z.array(z.object({ month: z.string(), byCategory: z.record(z.string(), z.number()), total: z.number() })),
    monthlyUnit: z.string(),
    plan: z.object({ exists: z.boolean(), progressPercent: z.number().nullable(), estimateBasis: z.enum(['generated', 'discharged']) }),
  })
  .meta({ id: 'ProjectWaste' });
