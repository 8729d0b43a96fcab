import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { selectRows, sql, type Db } from '../db/database.js';
import { AppError } from './errors.js';
import type { Scheduler } from './scheduler.js';

/** How long a first answer is kept for replay (draft-ietf-httpapi-idempotency-key-header: "24 hours" is the usual). */
export const IDEMPOTENCY_HOURS = 24;
/** A claim whose request never finished (its instance died) is taken over after this long instead of answering 409 for a day. */
const ABANDONED_SECONDS = 300;

type Claim = { caller: string; key: string };
declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim?: Claim;
  }
}

/** RFC 8785-like stable JSON: the same body with keys in another order is the same request. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The key as sent: a structured-field string ("…") per the draft, or the bare value many clients send. */
function keyOf(header: string): string {
  const bare = header.startsWith('"') && header.endsWith('"') && header.length >= 2 ? header.slice(1, -1) : header;
  if (!/^[\x21-\x7e]{1,255}$/.test(bare)) throw new AppError(400, 'idempotency_key_invalid');
  return bare;
}

/**
 * Idempotency-Key on every POST of a signed-in caller (person, personal token or partner application): the first answer
 * is kept in PostgreSQL for 24 h, scoped to the caller, so any instance replays it. Same key and same body → the first
 * answer again with `Idempotency-Replayed: true`; same key, other body → 422; the first still running → 409.
 * Answers the client should retry rather than see again (5xx, 409, 429) are not kept. Multipart uploads are not covered:
 * their body is streamed by the handler, so it cannot be compared.
 */
export function installIdempotency(app: FastifyInstance, db: Db, scheduler: Scheduler): void {
  scheduler.add({
    name: 'idempotency.expire',
    everyMs: 15 * 60_000,
    run: async (database) => {
      await database.db.execute(sql`delete from idempotency_keys where created_at < now() - make_interval(hours => ${IDEMPOTENCY_HOURS})`);
    },
  });

  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    const header = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof header !== 'string' || !req.principal || req.isMultipart?.()) return;
    const key = keyOf(header.trim());
    const p = req.principal;
    const caller = `${p.via === 'application' ? 'a' : 'u'}:${p.userId}`;
    const hash = createHash('sha256')
      .update(`${req.method} ${req.url}\n${stableJson(req.body ?? null)}`)
      .digest();
    // One statement claims the key, or takes over one that expired or was abandoned mid-request.
    const [claimed] = await selectRows<{ key: string }>(
      db,
      sql`insert into idempotency_keys (caller, key, request_hash) values (${caller}, ${key}, ${hash})
          on conflict (caller, key) do update set request_hash = excluded.request_hash, status = null, body = null,
            content_type = null, created_at = now(), completed_at = null
          where idempotency_keys.created_at < now() - make_interval(hours => ${IDEMPOTENCY_HOURS})
             or (idempotency_keys.status is null and idempotency_keys.created_at < now() - make_interval(secs => ${ABANDONED_SECONDS}))
          returning key`,
    );
    if (claimed) {
      req.idempotencyClaim = { caller, key };
      return;
    }
    const [first] = await selectRows<{
      request_hash: Buffer | Uint8Array;
      status: number | null;
      content_type: string | null;
      body: Buffer | Uint8Array | null;
    }>(db, sql`select request_hash, status, content_type, body from idempotency_keys where caller = ${caller} and key = ${key}`);
    if (!first) throw new AppError(409, 'idempotency_in_progress');
    if (!Buffer.from(first.request_hash).equals(hash)) throw new AppError(422, 'idempotency_key_reused');
    if (first.status === null) {
      reply.header('retry-after', '1');
      throw new AppError(409, 'idempotency_in_progress');
    }
    reply.code(first.status).header('idempotency-replayed', 'true');
    if (first.content_type) reply.header('content-type', first.content_type);
    return reply.send(first.body ? Buffer.from(first.body) : null);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = req.idempotencyClaim;
    if (!claim) return payload;
    req.idempotencyClaim = undefined;
    const status = reply.statusCode;
    const keep =
      status < 500 && status !== 409 && status !== 429 && (payload === null || typeof payload === 'string' || Buffer.isBuffer(payload));
    if (keep) {
      const body = payload === null ? null : Buffer.isBuffer(payload) ? payload : Buffer.from(payload as string, 'utf8');
      const contentType = reply.getHeader('content-type');
      await db.execute(sql`update idempotency_keys set status = ${status}, body = ${body},
          content_type = ${typeof contentType === 'string' ? contentType : null}, completed_at = now()
          where caller = ${claim.caller} and key = ${claim.key}`);
    } else {
      await db.execute(sql`delete from idempotency_keys where caller = ${claim.caller} and key = ${claim.key}`);
    }
    return payload;
  });
}
