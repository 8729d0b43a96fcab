import { boolean, date, doublePrecision, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  ConstructionWasteSubClass,
  ManifestRoute,
  ManifestState,
  WasteCategory,
  WasteRoute,
  WasteStage,
} from '../../../domain/waste/index.js';

export const wasteTargets = pgTable('waste_targets', {
  regionCode: text('region_code').primaryKey(),
  conventionalMax: doublePrecision('conventional_max').notNull(),
  prefabricatedMax: doublePrecision('prefabricated_max').notNull(),
  targetYear: integer('target_year').notNull(),
  source: text('source').notNull(),
  confidence: text('confidence').notNull(),
  weightToleranceShare: doublePrecision('weight_tolerance_share').notNull(),
  receiptDeadlineHours: integer('receipt_deadline_hours').notNull(),
  expireAfterHours: integer('expire_after_hours').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type WasteMeasure = { title: string; detail?: string };

export const wastePlans = pgTable('waste_plans', {
  projectId: uuid('project_id').primaryKey(),
  measures: jsonb('measures').$type<WasteMeasure[]>().notNull(),
  targetOverride: doublePrecision('target_override'),
  estimateBasis: text('estimate_basis').$type<'generated' | 'discharged'>().notNull(),
  progressPercent: doublePrecision('progress_percent'),
  notes: text('notes'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const wastePlanEstimates = pgTable(
  'waste_plan_estimates',
  {
    projectId: uuid('project_id').notNull(),
    stage: text('stage').$type<WasteStage>().notNull(),
    category: text('category').$type<WasteCategory>().notNull(),
    tonnes: doublePrecision('tonnes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.stage, t.category] })],
);

export const facilityKinds = ['recycling', 'disposal'] as const;
export type FacilityKind = (typeof facilityKinds)[number];

export const wasteFacilities = pgTable('waste_facilities', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id').notNull(),
  name: text('name').notNull(),
  kind: text('kind').$type<FacilityKind>().notNull(),
  regionCode: text('region_code').notNull(),
  address: text('address'),
  licenceNo: text('licence_no'),
  licenceValidFrom: date('licence_valid_from'),
  licenceValidUntil: date('licence_valid_until'),
  acceptedCategories: text('accepted_categories').array().$type<WasteCategory[]>().notNull(),
  dailyCapacityTonnes: doublePrecision('daily_capacity_tonnes'),
  active: boolean('active').notNull().default(true),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const wasteManifests = pgTable('waste_manifests', {
  id: uuid('id').primaryKey(),
  number: text('number').notNull(),
  projectId: uuid('project_id').notNull(),
  regionCode: text('region_code').notNull(),
  facilityId: uuid('facility_id').notNull(),
  category: text('category').$type<WasteCategory>().notNull(),
  subClass: text('sub_class').$type<ConstructionWasteSubClass>(),
  stage: text('stage').$type<WasteStage>().notNull(),
  route: text('route').$type<ManifestRoute>().notNull(),
  vehiclePlate: text('vehicle_plate').notNull(),
  driverName: text('driver_name').notNull(),
  driverPhone: text('driver_phone'),
  gateWeighing: text('gate_weighing').$type<'estimated' | 'weighed'>().notNull(),
  gateTonnes: doublePrecision('gate_tonnes').notNull(),
  state: text('state').$type<ManifestState>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  weighbridgeTonnes: doublePrecision('weighbridge_tonnes'),
  receivedBy: uuid('received_by'),
  disputeReason: text('dispute_reason'),
  notes: text('notes'),
  isDemo: boolean('is_demo').notNull().default(false),
});

export const siteRecordKinds = ['sorted', 'reused', 'historical'] as const;
export type SiteRecordKind = (typeof siteRecordKinds)[number];

export const wasteSiteRecords = pgTable('waste_site_records', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  kind: text('kind').$type<SiteRecordKind>().notNull(),
  recordDate: date('record_date').notNull(),
  stage: text('stage').$type<WasteStage>().notNull(),
  category: text('category').$type<WasteCategory>().notNull(),
  subClass: text('sub_class').$type<ConstructionWasteSubClass>(),
  route: text('route').$type<WasteRoute>(),
  tonnes: doublePrecision('tonnes').notNull(),
  reference: text('reference'),
  notes: text('notes'),
  importBatch: uuid('import_batch'),
  createdBy: uuid('created_by'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const alertKinds = [
  'weight_discrepancy',
  'not_received',
  'manifest_expired',
  'facility_unlicensed',
  'licence_expired',
  'licence_expiring',
  'category_not_accepted',
  'over_capacity',
] as const;
export type WasteAlertKind = (typeof alertKinds)[number];

export const wasteAlerts = pgTable('waste_alerts', {
  id: uuid('id').primaryKey(),
  kind: text('kind').$type<WasteAlertKind>().notNull(),
  dedupeKey: text('dedupe_key').notNull(),
  projectId: uuid('project_id'),
  manifestId: uuid('manifest_id'),
  facilityId: uuid('facility_id'),
  regionCode: text('region_code'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
});
