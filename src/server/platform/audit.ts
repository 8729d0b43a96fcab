import { bigserial, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../db/database.js';

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  actorRole: text('actor_role'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  regionCode: text('region_code'),
  organisationId: uuid('organisation_id'),
  before: jsonb('before'),
  after: jsonb('after'),
  ip: text('ip'),
});

export type AuditActor = { id: string | null; name: string; role: string | null; ip: string | null };

/** The actor of a request, or the system itself for start-up work and schedulers. */
export function actorOf(req?: FastifyRequest): AuditActor {
  if (!req?.principal) return { id: null, name: req ? 'anonymous' : 'system', role: null, ip: req?.ip ?? null };
  const p = req.principal;
  return { id: p.userId, name: p.username, role: p.role, ip: req.ip };
}

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  regionCode?: string | null;
  organisationId?: string | null;
  before?: unknown;
  after?: unknown;
};

// Secrets never reach the audit log, even hashed.
const REDACTED_KEYS = new Set(['passwordHash', 'password_hash', 'password', 'secretHash', 'secret_hash', 'token', 'hj212Password']);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return '[bytes]';
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, REDACTED_KEYS.has(k) ? '[redacted]' : redact(v)]),
    );
  }
  return value;
}

/** Records one change; call it inside the same transaction as the change so neither lands without the other. */
export async function recordAudit(tx: DbOrTx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    ip: actor.ip,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    regionCode: entry.regionCode ?? null,
    organisationId: entry.organisationId ?? null,
    before: redact(entry.before) as never,
    after: redact(entry.after) as never,
  });
}
