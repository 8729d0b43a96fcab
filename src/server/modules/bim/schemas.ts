import { z } from 'zod';
import { modelStatuses } from './tables.js';

export const modelListItem = z
  .object({
    id: z.string(),
    projectId: z.string(),
    projectCode: z.string().nullable(),
    projectName: z.string().nullable(),
    version: z.number(),
    fileName: z.string(),
    sizeBytes: z.number(),
    ifcSchema: z.string(),
    status: z.enum(modelStatuses),
    progress: z.number(),
    stage: z.string().nullable(),
    errorCode: z.string().nullable(),
    errorMessage: z.string().nullable(),
    uploadedByName: z.string(),
    createdAt: z.date(),
    processedAt: z.date().nullable(),
    processingMs: z.number().nullable(),
    elementCount: z.number().nullable(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'BimModel' });

// A recursive tree: named (meta id), so the OpenAPI document gives it one component that refers to itself.
const spatialNode: z.ZodType<unknown> = z
  .lazy(() =>
    z.object({
      expressId: z.number(),
      globalId: z.string(),
      entity: z.string(),
      name: z.string().nullable(),
      longName: z.string().nullable(),
      elevation: z.number().nullable(),
      area: z.number().nullable(),
      elementCount: z.number(),
      children: z.array(spatialNode),
    }),
  )
  .meta({ id: 'SpatialNode', description: 'A node of the IFC spatial structure (site, building, storey, space) with its children' });

/** What processing measured (tables.ts ModelSummary): counts by class and entity, take-off quantities per class. */
const modelSummary = z.object({
  counts: z.record(z.string(), z.number()),
  entities: z.record(z.string(), z.number()),
  quantities: z.record(
    z.string(),
    z.object({
      count: z.number(),
      volume: z.number(),
      area: z.number(),
      declaredCount: z.number(),
      geometryCount: z.number(),
      bothCount: z.number(),
      bothDeclaredVolume: z.number(),
      bothGeometryVolume: z.number(),
    }),
  ),
  materials: z.array(z.string()),
  entityTotal: z.number(),
  timings: z.record(z.string(), z.number()).optional(),
  takeoffFallback: z.string().optional(),
});

export const modelDetail = modelListItem
  .extend({
    sha256: z.string(),
    spatial: z.array(spatialNode).nullable(),
    summary: modelSummary.nullable(),
    storeys: z.array(z.string()),
    classes: z.array(z.string()),
  })
  .meta({ id: 'BimModelDetail' });

export const elementSchema = z
  .object({
    expressId: z.number(),
    globalId: z.string(),
    ifcClass: z.string(),
    entity: z.string(),
    name: z.string().nullable(),
    objectType: z.string().nullable(),
    tag: z.string().nullable(),
    storey: z.string().nullable(),
    material: z.string().nullable(),
    materials: z.array(z.object({ name: z.string(), share: z.number() })),
    declaredVolume: z.number().nullable(),
    declaredArea: z.number().nullable(),
    geometryVolume: z.number().nullable(),
    geometrySurfaceArea: z.number().nullable(),
    volume: z.number().nullable(),
    area: z.number().nullable(),
    volumeSource: z.enum(['declared', 'geometry']).nullable(),
    volumeDifference: z.number().nullable(),
  })
  .meta({ id: 'BimElement' });

export const elementDetail = elementSchema
  .extend({
    psets: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
    quantitySets: z.record(z.string(), z.record(z.string(), z.number())),
  })
  .meta({ id: 'BimElementDetail' });

export const elementQuery = z.object({
  ifcClass: z
    .string()
    .max(64)
    .regex(/^Ifc[A-Za-z0-9]+$/, 'ifc_class_format')
    .optional(),
  storey: z.string().max(200).optional(),
  material: z.string().max(200).optional(),
  volumeSource: z.enum(['declared', 'geometry', 'none']).optional(),
  q: z.string().max(200).optional(),
});
