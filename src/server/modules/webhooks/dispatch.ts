import { randomUUID } from 'node:crypto';
import type { Database, DbOrTx, Tx } from '../../db/database.js';
import { selectRows, sql } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { sendOutbound, type OutboundResult } from '../../platform/outboundHttp.js';
import { signedHeaders } from './signing.js';

/**
 * Delivery of webhook messages. Rows of `webhook_deliveries` are the queue: any instance claims due rows with
 * FOR UPDATE SKIP LOCKED and stamps them with a claim that lasts longer than one attempt can (15 s), sends outside
 * the transaction, then records the outcome only if its claim still holds. A crashed sender's claim lapses and the
 * row is sent again — at least once; the receiver deduplicates on webhook-id (= the event id).
 */

/** Waits after the 1st … 7th failure (Standard Webhooks' usual schedule); the 8th failure gives up. */
export const RETRY_DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 5 * 3600_000, 10 * 3600_000, 10 * 3600_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** An endpoint that has failed without a success for this long is disabled. */
export const FAILING_DISABLE_MS = 5 * 24 * 3600_000;
const ATTEMPT_TIMEOUT_MS = 15_000;
/** A claim outlives the longest attempt with room for a slow database write. */
const CLAIM_MS = ATTEMPT_TIMEOUT_MS + 15_000;
const EXCERPT_CHARS = 2_000;
export const DELIVERY_CHANNEL = 'webhook_due';
const SYSTEM: AuditActor = { id: null, name: 'system', role: null, ip: null };

/** When to try again after failure number `failures` (1-based): the schedule ±10 % jitter, or the receiver's Retry-After. */
export function nextDelayMs(failures: number, retryAfterMs: number | null, random = Math.random): number | null {
  if (failures >= MAX_ATTEMPTS) return null;
  if (retryAfterMs !== null) return Math.min(Math.max(retryAfterMs, 1_000), 10 * 3600_000);
  const base = RETRY_DELAYS_MS[failures - 1]!;
  return Math.round(base * (0.9 + 0.2 * random()));
}

/** Retry-After as seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return null;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

type Claimed = {
  id: string;
  endpoint_id: string;
  event_id: string;
  payload: string | null;
  claim: string;
  attempts: number;
  url: string;
  allow_private: boolean;
  secret: string;
  previous_secret: string | null;
  previous_valid: boolean;
  // From the event log (null for test pings, whose payload is kept on the delivery).
  e_id: string | null;
  e_source: string | null;
  e_type: string | null;
  e_subject: string | null;
  e_time: string | null;
  e_data: unknown;
};

/** The body as sent: the CloudEvents 1.0 envelope (structured mode) of the event. */
export function envelopeBody(e: { id: string; source: string; type: string; subject: string; time: string; data: unknown }): string {
  return JSON.stringify({
    specversion: '1.0',
    id: e.id,
    source: e.source,
    type: e.type,
    subject: e.subject,
    time: e.time,
    datacontenttype: 'application/json',
    data: e.data,
  });
}

export type DispatcherOptions = {
  /** Attempts in flight on this instance at most (WEBHOOK_CONCURRENCY). */
  concurrency: number;
  /** Attempts in flight to one endpoint on this instance at most, so a slow receiver holds only its own slots. */
  perEndpoint: number;
  pollMs?: number;
  timeoutMs?: number;
};

type Log = { error(obj: unknown, msg: string): void };

export class WebhookDispatcher {
  private inFlight = 0;
  private readonly perEndpoint = new Map<string, number>();
  private readonly sending = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private claiming: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  /** Attempts sent by this instance (for tests and the benchmark). */
  sent = 0;

  constructor(
    private readonly database: Database,
    private readonly log: Log,
    private readonly opts: DispatcherOptions,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    this.unlisten = await this.database.listen(DELIVERY_CHANNEL, () => this.wake());
    this.timer = setInterval(() => this.wake(), this.opts.pollMs ?? 1000);
    this.timer.unref();
    this.wake();
  }

  /** Stops claiming and waits for the attempts in flight to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.unlisten?.();
    await this.claiming;
    await Promise.allSettled([...this.sending]);
  }

  /** Claims and sends until nothing is due (tests). */
  async drain(): Promise<void> {
    for (;;) {
      await this.claiming;
      const n = await this.claimAndSend();
      await Promise.allSettled([...this.sending]);
      if (n === 0 && this.sending.size === 0) return;
    }
  }

  wake(): void {
    if (this.stopped) return;
    if (this.claiming) {
      this.again = true;
      return;
    }
    this.claiming = this.claimAndSend()
      .then(() => undefined)
      .catch((err) => this.log.error({ err }, 'webhook claim failed; retrying on the next tick'))
      .finally(() => {
        this.claiming = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async claimAndSend(): Promise<number> {
    const free = this.opts.concurrency - this.inFlight;
    if (free <= 0) return 0;
    const saturated = [...this.perEndpoint.entries()].filter(([, n]) => n >= this.opts.perEndpoint).map(([id]) => id);
    const rows = await this.database.db.transaction(async (tx) => {
      const candidates = await selectRows<{ id: string; endpoint_id: string }>(
        tx,
        sql`select d.id, d.endpoint_id from webhook_deliveries d
             where d.status = 'pending' and d.next_attempt_at <= now()
               ${
                 saturated.length
                   ? sql`and d.endpoint_id not in (${sql.join(
                       saturated.map((s) => sql`${s}::uuid`),
                       sql`, `,
                     )})`
                   : sql``
               }
             order by d.next_attempt_at
             limit ${free * 2}
             for update skip locked`,
      );
      // Keep within the per-endpoint bound; rows left out stay due and unlocked when this transaction ends.
      const taken = new Map<string, number>();
      const chosen = candidates.filter((c) => {
        const n = (this.perEndpoint.get(c.endpoint_id) ?? 0) + (taken.get(c.endpoint_id) ?? 0);
        if (n >= this.opts.perEndpoint) return false;
        taken.set(c.endpoint_id, (taken.get(c.endpoint_id) ?? 0) + 1);
        return true;
      });
      if (!chosen.length) return [] as Claimed[];
      const claim = randomUUID();
      return selectRows<Claimed>(
        tx,
        sql`with claimed as (
              update webhook_deliveries d
                 set claim = ${claim}::uuid, attempts = d.attempts + 1, last_attempt_at = now(),
                     next_attempt_at = now() + make_interval(secs => ${CLAIM_MS / 1000})
               where d.id in (${sql.join(
                 chosen.slice(0, free).map((c) => sql`${c.id}::uuid`),
                 sql`, `,
               )})
              returning d.id, d.endpoint_id, d.event_id, d.payload, d.claim, d.attempts)
            select c.id, c.endpoint_id, c.event_id, c.payload, c.claim::text as claim, c.attempts,
                   w.url, w.allow_private, w.secret, w.previous_secret,
                   coalesce(w.previous_secret_until > now(), false) as previous_valid,
                   e.id as e_id, e.source as e_source, e.type as e_type, e.subject as e_subject,
                   to_char(e.time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as e_time, e.data as e_data
              from claimed c
              join webhook_endpoints w on w.id = c.endpoint_id
              left join events e on e.id = c.event_id`,
      );
    });
    for (const row of rows) {
      this.inFlight++;
      this.perEndpoint.set(row.endpoint_id, (this.perEndpoint.get(row.endpoint_id) ?? 0) + 1);
      const p = this.attempt(row)
        .catch((err) => this.log.error({ err, delivery: row.id }, 'webhook attempt could not be recorded; its claim will lapse'))
        .finally(() => {
          this.inFlight--;
          const n = (this.perEndpoint.get(row.endpoint_id) ?? 1) - 1;
          if (n <= 0) this.perEndpoint.delete(row.endpoint_id);
          else this.perEndpoint.set(row.endpoint_id, n);
          this.sending.delete(p);
          this.wake();
        });
      this.sending.add(p);
    }
    return rows.length;
  }

  private async attempt(row: Claimed): Promise<void> {
    let body = row.payload;
    if (body === null && row.e_id) {
      body = envelopeBody({
        id: row.e_id,
        source: row.e_source!,
        type: row.e_type!,
        subject: row.e_subject!,
        time: row.e_time!,
        data: row.e_data,
      });
    }
    let result: OutboundResult;
    if (body === null) {
      // Retention removed the event before it could be delivered (an endpoint down for weeks).
      result = {
        status: null,
        headers: {},
        body: '',
        truncated: false,
        error: 'event_expired',
        errorMessage: 'event no longer kept',
        latencyMs: 0,
      };
    } else {
      const secrets = [row.secret, ...(row.previous_secret && row.previous_valid ? [row.previous_secret] : [])];
      result = await sendOutbound({
        url: row.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signedHeaders(secrets, row.event_id, new Date(), body) },
        body,
        policy: { allowPrivate: row.allow_private },
        timeoutMs: this.opts.timeoutMs ?? ATTEMPT_TIMEOUT_MS,
      });
      this.sent++;
    }
    if (classify(result) === 'succeeded') return this.recordSuccess(row, result);
    await this.database.db.transaction((tx) => recordOutcome(tx, row, result));
  }

  private successes: Array<{ row: Claimed; result: OutboundResult; done: (err?: unknown) => void }> = [];
  private flushing: Promise<void> | null = null;

  /**
   * Successes — nearly every attempt — are recorded together: one transaction for all that finished meanwhile instead
   * of one per delivery, so at thousands of deliveries a second the database does a few statements per batch.
   */
  private recordSuccess(row: Claimed, result: OutboundResult): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.successes.push({ row, result, done: (err) => (err ? reject(err) : resolve()) });
      if (!this.flushing) this.flushing = this.flushSuccesses().finally(() => (this.flushing = null));
    });
  }

  private async flushSuccesses(): Promise<void> {
    while (this.successes.length) {
      const batch = this.successes.splice(0, 500);
      try {
        await this.database.db.transaction((tx) => recordSuccesses(tx, batch));
        for (const b of batch) b.done();
      } catch (err) {
        for (const b of batch) b.done(err);
      }
    }
  }
}

/** Several successful attempts at once (each only if its claim still holds). */
async function recordSuccesses(tx: Tx, batch: Array<{ row: Claimed; result: OutboundResult }>): Promise<void> {
  const values = batch.map(
    ({ row, result }) =>
      sql`(${row.id}::uuid, ${row.claim}::uuid, ${row.endpoint_id}::uuid, ${result.status}::int, ${result.latencyMs}::int, ${result.body.slice(0, EXCERPT_CHARS)})`,
  );
  const updated = await selectRows<{ id: string; endpoint_id: string; status_code: number; latency_ms: number; excerpt: string }>(
    tx,
    sql`with v (id, claim, endpoint_id, status_code, latency_ms, excerpt) as (values ${sql.join(values, sql`, `)})
        update webhook_deliveries d
           set status = 'succeeded', next_attempt_at = null, claim = null, last_status_code = v.status_code,
               last_error = null, succeeded_at = now()
          from v
         where d.id = v.id and d.claim = v.claim
        returning d.id, v.endpoint_id, v.status_code, v.latency_ms, v.excerpt`,
  );
  if (!updated.length) return;
  await tx.execute(sql`insert into webhook_attempts (delivery_id, endpoint_id, status_code, latency_ms, outcome, response_excerpt)
    values ${sql.join(
      updated.map((u) => sql`(${u.id}::uuid, ${u.endpoint_id}::uuid, ${u.status_code}, ${u.latency_ms}, 'succeeded', ${u.excerpt})`),
      sql`, `,
    )}`);
  const endpoints = [...new Set(updated.map((u) => u.endpoint_id))];
  await tx.execute(sql`update webhook_endpoints set failing_since = null
    where id in (${sql.join(
      endpoints.map((e) => sql`${e}::uuid`),
      sql`, `,
    )}) and failing_since is not null`);
}

type Outcome = 'succeeded' | 'retry' | 'failed' | 'gone';

function classify(result: OutboundResult): Outcome {
  if (result.error === 'event_expired') return 'failed';
  if (result.status === null) return 'retry';
  if (result.status >= 200 && result.status < 300 && result.error === null) return 'succeeded';
  if (result.status === 410) return 'gone';
  return 'retry';
}

/** Writes an attempt's outcome — only if this sender's claim still holds (a lapsed claim was handed to another). */
async function recordOutcome(tx: Tx, row: Claimed, result: OutboundResult): Promise<void> {
  const outcome = classify(result);
  const error = result.error ? `${result.error}${result.errorMessage ? `: ${result.errorMessage}` : ''}` : null;
  const excerpt = result.body.slice(0, EXCERPT_CHARS);
  let status: 'pending' | 'succeeded' | 'failed';
  let next: Date | null = null;
  if (outcome === 'succeeded') status = 'succeeded';
  else if (outcome === 'gone' || outcome === 'failed') status = 'failed';
  else {
    const honour = result.status !== null && [429, 502, 503, 504].includes(result.status);
    const delay = nextDelayMs(row.attempts, honour ? retryAfterMs(result.headers['retry-after']) : null);
    status = delay === null ? 'failed' : 'pending';
    next = delay === null ? null : new Date(Date.now() + delay);
  }
  const updated = await selectRows<{ id: string }>(
    tx,
    sql`update webhook_deliveries
           set status = ${status}, next_attempt_at = ${next ? next.toISOString() : null}::timestamptz, claim = null,
               last_status_code = ${result.status}, last_error = ${error},
               succeeded_at = ${status === 'succeeded' ? sql`now()` : sql`succeeded_at`}
         where id = ${row.id}::uuid and claim = ${row.claim}::uuid
         returning id`,
  );
  if (!updated.length) return;
  await tx.execute(sql`insert into webhook_attempts (delivery_id, endpoint_id, status_code, latency_ms, outcome, error, response_excerpt)
    values (${row.id}::uuid, ${row.endpoint_id}::uuid, ${result.status}, ${result.latencyMs},
            ${outcome === 'succeeded' ? 'succeeded' : 'failed'}, ${error}, ${excerpt})`);
  if (outcome === 'succeeded') {
    await tx.execute(
      sql`update webhook_endpoints set failing_since = null where id = ${row.endpoint_id}::uuid and failing_since is not null`,
    );
    return;
  }
  if (outcome === 'gone') {
    await disableEndpoint(tx, SYSTEM, row.endpoint_id, 'gone');
    return;
  }
  const failing = await selectRows<{ failing_since: string }>(
    tx,
    sql`update webhook_endpoints set failing_since = coalesce(failing_since, now())
         where id = ${row.endpoint_id}::uuid returning failing_since::text`,
  );
  const since = failing[0] ? Date.parse(failing[0].failing_since) : Date.now();
  if (Date.now() - since >= FAILING_DISABLE_MS) await disableEndpoint(tx, SYSTEM, row.endpoint_id, 'failing');
}

/**
 * Disables an endpoint (by its owner, or the system after 410 Gone / five days of failures): what is still queued for
 * it is marked failed, so "recover since" after re-enabling sends it again. Audited, so the owner sees why.
 */
export async function disableEndpoint(
  tx: DbOrTx,
  actor: AuditActor,
  endpointId: string,
  reason: 'manual' | 'gone' | 'failing',
): Promise<void> {
  const rows = await selectRows<{ id: string; organisation_id: string | null; region_code: string | null; url: string }>(
    tx,
    sql`update webhook_endpoints set status = 'disabled', disabled_reason = ${reason}, disabled_at = now(), updated_at = now()
         where id = ${endpointId}::uuid and status = 'active'
         returning id, organisation_id, region_code, url`,
  );
  const ep = rows[0];
  if (!ep) return;
  await tx.execute(sql`update webhook_deliveries set status = 'failed', next_attempt_at = null, claim = null,
      last_error = coalesce(last_error, 'endpoint disabled')
    where endpoint_id = ${endpointId}::uuid and status = 'pending'`);
  await recordAudit(tx, actor, {
    action: 'webhook.endpoint.disable',
    entityType: 'webhook_endpoint',
    entityId: endpointId,
    organisationId: ep.organisation_id,
    regionCode: ep.region_code,
    before: { status: 'active' },
    after: { status: 'disabled', reason, url: ep.url },
  });
}
