import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { selectRows } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { offsetOf, type Page, type PageQuery } from '../../platform/pagination.js';
import { DELIVERY_CHANNEL, disableEndpoint } from './dispatch.js';
import { newSigningSecret } from './signing.js';
import { webhookAttempts, webhookDeliveries, webhookEndpoints, type DeliveryStatus, type OwnerRole } from './tables.js';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;

/** Default overlap after a rotation during which the old secret still signs. */
export const ROTATION_OVERLAP_HOURS = 24;
export const TEST_EVENT_TYPE = 'cn.greenbuild.webhook.test.v1';

/** Which endpoints a caller manages: admin all, a regulator those regulators made in its region, an enterprise its organisation's. */
export function manageableCondition(p: Principal): SQL {
  switch (p.role) {
    case 'admin':
      return sql`true`;
    case 'regulator':
      return p.regionCode
        ? and(eq(webhookEndpoints.ownerRole, 'regulator'), eq(webhookEndpoints.regionCode, p.regionCode))!
        : eq(webhookEndpoints.ownerRole, 'regulator');
    case 'enterprise':
      return p.organisationId ? eq(webhookEndpoints.organisationId, p.organisationId) : sql`false`;
    default:
      return sql`false`;
  }
}

/** The endpoint, if the caller manages it; 404 otherwise so another tenant's endpoints do not leak. */
export async function endpointFor(db: DbOrTx, p: Principal, id: string): Promise<EndpointRow> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), manageableCondition(p)));
  if (!row) throw notFound();
  return row;
}

export type EndpointView = Omit<
  EndpointRow,
  'secret' | 'previousSecret' | 'createdBy' | 'previousSecretUntil' | 'disabledAt' | 'failingSince' | 'createdAt' | 'updatedAt'
> & {
  secretPrefix: string;
  rotationOverlapUntil: string | null;
  disabledAt: string | null;
  failingSince: string | null;
  createdAt: string;
  updatedAt: string;
};

/** What the API shows of an endpoint: never the secret (it is shown once, at creation and rotation). */
export function endpointView(r: EndpointRow): EndpointView {
  const { secret, previousSecret: _p, createdBy: _c, previousSecretUntil, ...rest } = r;
  return {
    ...rest,
    secretPrefix: `${secret.slice(0, 10)}…`,
    rotationOverlapUntil: previousSecretUntil && previousSecretUntil.getTime() > Date.now() ? previousSecretUntil.toISOString() : null,
    disabledAt: r.disabledAt?.toISOString() ?? null,
    failingSince: r.failingSince?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function listEndpoints(db: DbOrTx, p: Principal, q: PageQuery): Promise<Page<EndpointView>> {
  const where = manageableCondition(p);
  const rows = await db
    .select()
    .from(webhookEndpoints)
    .where(where)
    .orderBy(desc(webhookEndpoints.createdAt))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(webhookEndpoints)
    .where(where);
  return { items: rows.map(endpointView), total: Number(count?.n ?? 0) };
}

export type EndpointInput = {
  url: string;
  description?: string;
  eventTypes: string[];
  projectIds?: string[] | null;
  regionCodes?: string[] | null;
  allowPrivate?: boolean;
};

const auditable = (r: EndpointRow) => endpointView(r);

export async function createEndpoint(
  tx: DbOrTx,
  actor: AuditActor,
  owner: { role: OwnerRole; organisationId: string | null; regionCode: string | null; userId: string | null },
  input: EndpointInput,
): Promise<{ endpoint: EndpointView; secret: string }> {
  const secret = newSigningSecret();
  const [row] = await tx
    .insert(webhookEndpoints)
    .values({
      id: randomUUID(),
      organisationId: owner.organisationId,
      regionCode: owner.regionCode,
      ownerRole: owner.role,
      url: input.url,
      description: input.description ?? '',
      eventTypes: [...new Set(input.eventTypes)],
      projectIds: input.projectIds?.length ? input.projectIds : null,
      regionCodes: input.regionCodes?.length ? input.regionCodes : null,
      allowPrivate: input.allowPrivate ?? false,
      secret,
      createdBy: owner.userId,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'webhook.endpoint.create',
    entityType: 'webhook_endpoint',
    entityId: row!.id,
    organisationId: row!.organisationId,
    regionCode: row!.regionCode,
    after: auditable(row!),
  });
  return { endpoint: endpointView(row!), secret };
}

export async function updateEndpoint(
  tx: DbOrTx,
  actor: AuditActor,
  before: EndpointRow,
  patch: Partial<EndpointInput> & { status?: 'active' | 'disabled' },
): Promise<EndpointView> {
  const set: Partial<typeof webhookEndpoints.$inferInsert> = { updatedAt: new Date() };
  if (patch.url !== undefined) set.url = patch.url;
  if (patch.description !== undefined) set.description = patch.description;
  if (patch.eventTypes !== undefined) set.eventTypes = [...new Set(patch.eventTypes)];
  if (patch.projectIds !== undefined) set.projectIds = patch.projectIds?.length ? patch.projectIds : null;
  if (patch.regionCodes !== undefined) set.regionCodes = patch.regionCodes?.length ? patch.regionCodes : null;
  if (patch.allowPrivate !== undefined) set.allowPrivate = patch.allowPrivate;
  if (patch.status === 'active' && before.status === 'disabled') {
    Object.assign(set, { status: 'active', disabledReason: null, disabledAt: null, failingSince: null });
  }
  const [row] = await tx.update(webhookEndpoints).set(set).where(eq(webhookEndpoints.id, before.id)).returning();
  await recordAudit(tx, actor, {
    action: 'webhook.endpoint.update',
    entityType: 'webhook_endpoint',
    entityId: before.id,
    organisationId: before.organisationId,
    regionCode: before.regionCode,
    before: auditable(before),
    after: auditable(row!),
  });
  if (patch.status === 'disabled' && before.status === 'active') await disableEndpoint(tx, actor, before.id, 'manual');
  const [fresh] = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, before.id));
  return endpointView(fresh!);
}

export async function deleteEndpoint(tx: DbOrTx, actor: AuditActor, before: EndpointRow): Promise<void> {
  await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, before.id));
  await recordAudit(tx, actor, {
    action: 'webhook.endpoint.delete',
    entityType: 'webhook_endpoint',
    entityId: before.id,
    organisationId: before.organisationId,
    regionCode: before.regionCode,
    before: auditable(before),
  });
}

/** A new secret; the current one keeps signing beside it for `overlapHours` so receivers can switch without a gap. */
export async function rotateSecret(
  tx: DbOrTx,
  actor: AuditActor,
  before: EndpointRow,
  overlapHours: number,
): Promise<{ secret: string; overlapUntil: string | null }> {
  const secret = newSigningSecret();
  const until = overlapHours > 0 ? new Date(Date.now() + overlapHours * 3600_000) : null;
  await tx
    .update(webhookEndpoints)
    .set({ secret, previousSecret: until ? before.secret : null, previousSecretUntil: until, updatedAt: new Date() })
    .where(eq(webhookEndpoints.id, before.id));
  await recordAudit(tx, actor, {
    action: 'webhook.endpoint.rotate_secret',
    entityType: 'webhook_endpoint',
    entityId: before.id,
    organisationId: before.organisationId,
    regionCode: before.regionCode,
    after: { overlapUntil: until?.toISOString() ?? null },
  });
  return { secret, overlapUntil: until?.toISOString() ?? null };
}

export type DeliveryView = {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  lastLatencyMs: number | null;
  createdAt: string;
  succeededAt: string | null;
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function listDeliveries(
  db: DbOrTx,
  endpointId: string,
  q: PageQuery & { status?: DeliveryStatus; eventType?: string },
): Promise<Page<DeliveryView>> {
  const conds: SQL[] = [sql`d.endpoint_id = ${endpointId}::uuid`];
  if (q.status) conds.push(sql`d.status = ${q.status}`);
  if (q.eventType) conds.push(sql`d.event_type = ${q.eventType}`);
  const where = sql.join(conds, sql` and `);
  const rows = await selectRows<{
    id: string;
    event_id: string;
    event_type: string;
    status: DeliveryStatus;
    attempts: number;
    next_attempt_at: string | null;
    last_status_code: number | null;
    last_error: string | null;
    last_attempt_at: string | null;
    latency_ms: number | null;
    created_at: string;
    succeeded_at: string | null;
  }>(
    db,
    sql`select d.id, d.event_id, d.event_type, d.status, d.attempts, d.next_attempt_at, d.last_status_code, d.last_error,
               d.last_attempt_at, d.created_at, d.succeeded_at,
               (select a.latency_ms from webhook_attempts a where a.delivery_id = d.id order by a.id desc limit 1) as latency_ms
          from webhook_deliveries d where ${where}
         order by d.created_at desc, d.id limit ${q.pageSize} offset ${offsetOf(q)}`,
  );
  const [count] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from webhook_deliveries d where ${where}`);
  return {
    items: rows.map((r) => ({
      id: r.id,
      eventId: r.event_id,
      eventType: r.event_type,
      status: r.status,
      attempts: Number(r.attempts),
      // While an attempt is in flight next_attempt_at is its claim, not a retry time.
      nextAttemptAt: r.status === 'pending' ? iso(r.next_attempt_at) : null,
      lastStatusCode: r.last_status_code,
      lastError: r.last_error,
      lastAttemptAt: iso(r.last_attempt_at),
      lastLatencyMs: r.latency_ms === null ? null : Number(r.latency_ms),
      createdAt: iso(r.created_at)!,
      succeededAt: iso(r.succeeded_at),
    })),
    total: Number(count?.n ?? 0),
  };
}

export type AttemptView = {
  id: number;
  attemptedAt: string;
  statusCode: number | null;
  latencyMs: number;
  outcome: 'succeeded' | 'failed';
  error: string | null;
  responseExcerpt: string;
};

export async function listAttempts(db: DbOrTx, endpointId: string, deliveryId: string): Promise<AttemptView[]> {
  const rows = await db
    .select()
    .from(webhookAttempts)
    .where(and(eq(webhookAttempts.deliveryId, deliveryId), eq(webhookAttempts.endpointId, endpointId)))
    .orderBy(webhookAttempts.id);
  return rows.map((r) => ({
    id: r.id,
    attemptedAt: r.attemptedAt.toISOString(),
    statusCode: r.statusCode,
    latencyMs: r.latencyMs,
    outcome: r.outcome,
    error: r.error,
    responseExcerpt: r.responseExcerpt,
  }));
}

async function wakeDispatchers(tx: DbOrTx) {
  await tx.execute(sql`select pg_notify(${DELIVERY_CHANNEL}, '')`);
}

/** Sends one delivery again now (a fresh schedule of attempts), whatever its state. */
export async function resendDelivery(tx: DbOrTx, actor: AuditActor, ep: EndpointRow, deliveryId: string): Promise<void> {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`update webhook_deliveries set status = 'pending', attempts = 0, next_attempt_at = now(), claim = null
         where id = ${deliveryId}::uuid and endpoint_id = ${ep.id}::uuid returning id`,
  );
  if (!rows.length) throw notFound();
  await recordAudit(tx, actor, {
    action: 'webhook.delivery.resend',
    entityType: 'webhook_delivery',
    entityId: deliveryId,
    organisationId: ep.organisationId,
    regionCode: ep.regionCode,
  });
  await wakeDispatchers(tx);
}

/**
 * Sends again, now and with a fresh schedule, every delivery to the endpoint since `since` that failed or is waiting for
 * a retry (after the receiver was down); attempts in flight are left alone.
 */
export async function recoverSince(tx: DbOrTx, actor: AuditActor, ep: EndpointRow, since: Date): Promise<number> {
  const rows = await selectRows<{ n: number }>(
    tx,
    sql`with r as (
          update webhook_deliveries set status = 'pending', attempts = 0, next_attempt_at = now(), claim = null
           where endpoint_id = ${ep.id}::uuid and created_at >= ${since.toISOString()}::timestamptz
             and (status = 'failed' or (status = 'pending' and attempts > 0 and claim is null))
          returning 1)
        select count(*)::int as n from r`,
  );
  const n = Number(rows[0]?.n ?? 0);
  await recordAudit(tx, actor, {
    action: 'webhook.delivery.recover',
    entityType: 'webhook_endpoint',
    entityId: ep.id,
    organisationId: ep.organisationId,
    regionCode: ep.regionCode,
    after: { since: since.toISOString(), deliveries: n },
  });
  await wakeDispatchers(tx);
  return n;
}

/** Queues a `cn.greenbuild.webhook.test.v1` ping to the endpoint, signed like any delivery. */
export async function queueTestPing(tx: DbOrTx, actor: AuditActor, ep: EndpointRow): Promise<string> {
  const id = randomUUID();
  const deliveryId = randomUUID();
  const body = JSON.stringify({
    specversion: '1.0',
    id,
    source: '/greenbuild/webhooks',
    type: TEST_EVENT_TYPE,
    subject: `/webhooks/endpoints/${ep.id}`,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    data: { endpointId: ep.id, message: 'GreenBuild webhook test' },
  });
  await tx.insert(webhookDeliveries).values({
    id: deliveryId,
    endpointId: ep.id,
    eventId: id,
    eventType: TEST_EVENT_TYPE,
    payload: body,
    nextAttemptAt: new Date(),
  });
  await recordAudit(tx, actor, {
    action: 'webhook.endpoint.test',
    entityType: 'webhook_endpoint',
    entityId: ep.id,
    organisationId: ep.organisationId,
    regionCode: ep.regionCode,
    after: { deliveryId },
  });
  await wakeDispatchers(tx);
  return deliveryId;
}
