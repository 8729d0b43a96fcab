import { bigint, boolean, doublePrecision, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MaterialShare, SpatialNode } from './extract.js';

export const modelStatuses = ['queued', 'processing', 'ready', 'failed'] as const;
export type ModelStatus = (typeof modelStatuses)[number];

export type ModelSummary = {
  counts: Record<string, number>;
  entities: Record<string, number>;
  quantities: Record<
    string,
    {
      count: number;
      volume: number;
      area: number;
      declaredCount: number;
      geometryCount: number;
      bothCount: number;
      bothDeclaredVolume: number;
      bothGeometryVolume: number;
    }
  >;
  materials: string[];
  entityTotal: number;
  timings?: Record<string, number>;
  /** Why the take-off was read from web-ifc after the geometry pass instead of by the take-off thread beside it. */
  takeoffFallback?: string;
};

export const bimModels = pgTable('bim_models', {
  id: uuid('id').primaryKey(),
  projectId: uuid('project_id').notNull(),
  version: integer('version').notNull(),
  fileName: text('file_name').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  ifcSchema: text('ifc_schema').notNull(),
  status: text('status').$type<ModelStatus>().notNull().default('queued'),
  progress: doublePrecision('progress').notNull().default(0),
  stage: text('stage'),
  attempts: integer('attempts').notNull().default(0),
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
  /** The claiming attempt's token and how long its claim holds unless renewed (migration 0160). */
  leaseOwner: text('lease_owner'),
  leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
  errorCode: text('error_code'),
  errorDetail: text('error_detail'),
  uploadedBy: uuid('uploaded_by'),
  uploadedByName: text('uploaded_by_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  processedAt: timestamp('processed_at', { withTimezone: true }),
  processingMs: integer('processing_ms'),
  elementCount: integer('element_count'),
  /** Size of the viewer's geometry file (null for a model processed before migration 0085 until it is rebuilt). */
  geometryBytes: bigint('geometry_bytes', { mode: 'number' }),
  spatial: jsonb('spatial').$type<SpatialNode[]>(),
  summary: jsonb('summary').$type<ModelSummary>(),
  isDemo: boolean('is_demo').notNull().default(false),
});

export const bimElements = pgTable(
  'bim_elements',
  {
    modelId: uuid('model_id').notNull(),
    expressId: integer('express_id').notNull(),
    projectId: uuid('project_id').notNull(),
    globalId: text('global_id').notNull(),
    ifcClass: text('ifc_class').notNull(),
    entity: text('entity').notNull(),
    name: text('name'),
    objectType: text('object_type'),
    tag: text('tag'),
    storey: text('storey'),
    material: text('material'),
    materials: jsonb('materials').$type<MaterialShare[]>().notNull().default([]),
    declaredVolume: doublePrecision('declared_volume'),
    declaredArea: doublePrecision('declared_area'),
    geometryVolume: doublePrecision('geometry_volume'),
    geometrySurfaceArea: doublePrecision('geometry_surface_area'),
    volume: doublePrecision('volume'),
    area: doublePrecision('area'),
    volumeSource: text('volume_source').$type<'declared' | 'geometry'>(),
    volumeDifference: doublePrecision('volume_difference'),
    psets: jsonb('psets').$type<Record<string, Record<string, string | number | boolean | null>>>().notNull().default({}),
    quantitySets: jsonb('quantity_sets').$type<Record<string, Record<string, number>>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.expressId] })],
);
