import { z } from 'zod';
import { deliveryStatuses, disabledReasons, endpointStatuses } from './tables.js';

const eventType = z.string().trim().min(1).max(200);

export const endpointInput = z.object({
  url: z.string().trim().min(1).max(2000),
  description: z.string().trim().max(500).optional(),
  eventTypes: z.array(eventType).min(1).max(200),
  projectIds: z.array(z.string().uuid()).max(200).nullish(),
  regionCodes: z.array(z.string().trim().min(1).max(40)).max(50).nullish(),
  /** Administrators only: a private address (and ports 8000–9999) for an on-premise partner. */
  allowPrivate: z.boolean().optional(),
  /** Administrators only: the organisation the endpoint belongs to (enterprise users create for their own). */
  organisationId: z.string().uuid().optional(),
});
export type EndpointInputBody = z.infer<typeof endpointInput>;

export const endpointPatch = endpointInput
  .omit({ organisationId: true })
  .partial()
  .extend({ status: z.enum(endpointStatuses).optional() });

export const endpointOut = z
  .object({
    id: z.string(),
    organisationId: z.string().nullable(),
    regionCode: z.string().nullable(),
    ownerRole: z.enum(['admin', 'regulator', 'enterprise']),
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(z.string()),
    projectIds: z.array(z.string()).nullable(),
    regionCodes: z.array(z.string()).nullable(),
    allowPrivate: z.boolean(),
    secretPrefix: z.string(),
    rotationOverlapUntil: z.string().nullable(),
    status: z.enum(endpointStatuses),
    disabledReason: z.enum(disabledReasons).nullable(),
    disabledAt: z.string().nullable(),
    failingSince: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'WebhookEndpoint' });

export const endpointCreated = z.object({ endpoint: endpointOut, secret: z.string() }).meta({ id: 'WebhookEndpointCreated' });

export const rotateInput = z.object({
  /** Hours the old secret keeps signing beside the new one (0 = stop at once). */
  overlapHours: z.number().int().min(0).max(168).default(24),
});
export const rotated = z.object({ secret: z.string(), overlapUntil: z.string().nullable() });

export const deliveryOut = z
  .object({
    id: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    status: z.enum(deliveryStatuses),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    lastLatencyMs: z.number().int().nullable(),
    createdAt: z.string(),
    succeededAt: z.string().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });

export const attemptOut = z
  .object({
    id: z.number().int(),
    attemptedAt: z.string(),
    statusCode: z.number().int().nullable(),
    latencyMs: z.number().int(),
    outcome: z.enum(['succeeded', 'failed']),
    error: z.string().nullable(),
    responseExcerpt: z.string(),
  })
  .meta({ id: 'WebhookAttempt' });

export const deliveryQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  status: z.enum(deliveryStatuses).optional(),
  eventType: z.string().max(200).optional(),
});

export const recoverInput = z.object({ since: z.iso.datetime({ offset: true }) });
export const idParams = z.object({ id: z.string().uuid() });
export const deliveryParams = z.object({ id: z.string().uuid(), deliveryId: z.string().uuid() });
