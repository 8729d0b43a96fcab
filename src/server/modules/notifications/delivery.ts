import { and, count, desc, eq, isNull, max, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/database.js';
import { selectRows } from '../../db/database.js';
import type { Mailer } from '../../platform/mail.js';
import { getUser } from '../accounts/index.js';
import { categoryLabels } from './messages.js';
import { preferencesOf, renderText } from './store.js';
import { deliveries, notifications } from './tables.js';

/** Retry delays after the 1st, 2nd… failed attempt; after the last one the delivery is marked failed. */
export const RETRY_DELAYS_S = [30, 120, 600, 1800, 3600, 3 * 3600, 6 * 3600];
/** A claimed delivery is someone else's for this long; a worker that died frees it when the lease runs out. */
const LEASE_S = 120;

type Claimed = { id: number; notification_id: string | null; user_id: string; channel: string; attempts: number };

export type GatewaySender = (organisationId: string, payload: Record<string, unknown>) => Promise<void>;

/**
 * Sends due deliveries: any instance may run it; each row is claimed with FOR UPDATE SKIP LOCKED and a lease, so two
 * instances never send the same attempt, and one slow channel never holds the others (each delivery has its own
 * time limit and failures only reschedule that row).
 */
export class DeliveryWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly database: Database,
    private readonly mailer: Mailer | null,
    private readonly gateway: GatewaySender | null,
    private readonly log: { warn(obj: unknown, msg: string): void },
  ) {}

  start(everyMs = 2000): void {
    this.timer = setInterval(() => {
      if (!this.running)
        this.running = this.runOnce()
          .catch((err: unknown) =>
            this.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'notification deliveries: will retry'),
          )
          .finally(() => (this.running = null));
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    // A send in flight finishes or is abandoned after 5 s; its lease lets another instance send it later.
    await Promise.race([this.running?.catch(() => undefined), new Promise((r) => setTimeout(r, 5000).unref())]);
    this.mailer?.close();
  }

  async runOnce(limit = 50, now = new Date()): Promise<number> {
    const claimed = await selectRows<Claimed>(
      this.database.db,
      sql`update notification_deliveries d set attempts = d.attempts + 1, next_at = ${now}::timestamptz + make_interval(secs => ${LEASE_S})
          where d.id in (select id from notification_deliveries
                          where status = 'pending' and next_at <= ${now}
                            and (channel <> 'email' or ${this.mailer ? 1 : 0} = 1)
                            and (channel <> 'gateway' or ${this.gateway ? 1 : 0} = 1)
                          order by next_at limit ${limit} for update skip locked)
          returning d.id, d.notification_id, d.user_id, d.channel, d.attempts`,
    );
    await Promise.all(claimed.map((c) => this.deliver(c)));
    return claimed.length;
  }

  private async deliver(c: Claimed): Promise<void> {
    const db = this.database.db;
    try {
      const user = await getUser(db, c.user_id);
      if (!user) throw new Error('user gone');
      const pref = await preferencesOf(db, c.user_id);
      if (c.channel === 'digest') {
        await this.sendDigest(db, user, pref.language);
      } else {
        const [n] = c.notification_id ? await db.select().from(notifications).where(eq(notifications.id, c.notification_id)) : [];
        if (!n) throw new Error('notification gone');
        const text = renderText(n.kind, n.params, pref.language);
        const category = categoryLabels[n.category]?.[pref.language] ?? n.category;
        if (c.channel === 'email') {
          if (!user.email) throw new Error('no e-mail address');
          await withTimeout(
            this.mailer!.send({
              to: user.email,
              subject: `[GreenBuild ${pref.language === 'en' ? 'notice' : '提醒'}] ${category}`,
              text: `${text}\n\n${n.link ?? ''}`.trim(),
            }),
            30_000,
          );
        } else if (c.channel === 'gateway') {
          if (!user.organisationId) throw new Error('no organisation');
          await withTimeout(
            this.gateway!(user.organisationId, {
              id: n.id,
              severity: n.severity,
              category,
              text,
              link: n.link,
              to: { name: user.displayName, phone: user.phone ?? null },
              createdAt: n.createdAt.toISOString(),
            }),
            20_000,
          );
        }
      }
      await db.update(deliveries).set({ status: 'sent', sentAt: new Date(), lastError: null }).where(eq(deliveries.id, c.id));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const delay = RETRY_DELAYS_S[c.attempts - 1];
      await db
        .update(deliveries)
        .set(
          delay === undefined
            ? { status: 'failed', lastError: message.slice(0, 500) }
            : { nextAt: new Date(Date.now() + delay * 1000), lastError: message.slice(0, 500) },
        )
        .where(eq(deliveries.id, c.id));
      this.log.warn({ delivery: c.id, channel: c.channel, attempt: c.attempts, err: message }, 'notification delivery failed');
    }
  }

  private async sendDigest(db: DbOrTx, user: { id: string; email: string | null }, lang: 'zh-CN' | 'en'): Promise<void> {
    if (!user.email) throw new Error('no e-mail address');
    const since = new Date(Date.now() - 86_400_000);
    const rows = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt), sql`${notifications.createdAt} >= ${since}`))
      .orderBy(desc(notifications.createdAt))
      .limit(100);
    if (!rows.length) return;
    const lines = rows.map((n) => `· ${renderText(n.kind, n.params, lang)}`);
    await withTimeout(
      this.mailer!.send({
        to: user.email,
        subject: lang === 'en' ? `[GreenBuild] ${rows.length} unread notifications today` : `[GreenBuild] 今日 ${rows.length} 条未读提醒`,
        text: lines.join('\n'),
      }),
      30_000,
    );
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => (t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(t));
}

/** Queue one digest per user who asked for it (run daily at 08:00 China time by the scheduler). */
export async function queueDigests(db: DbOrTx): Promise<number> {
  const rows = await selectRows<{ user_id: string }>(
    db,
    sql`insert into notification_deliveries (user_id, channel)
        select p.user_id, 'digest' from notification_preferences p where p.daily_digest
        returning user_id`,
  );
  return rows.length;
}

/** What the channel status view shows: per channel, queued, failed and sent in the last day, the last error. */
export async function channelStatus(db: DbOrTx) {
  const rows = await db
    .select({ channel: deliveries.channel, status: deliveries.status, n: count(), last: max(deliveries.sentAt) })
    .from(deliveries)
    .where(sql`${deliveries.createdAt} >= now() - interval '1 day' or ${deliveries.status} = 'pending'`)
    .groupBy(deliveries.channel, deliveries.status);
  const lastErrors = await selectRows<{ channel: string; last_error: string; at: Date }>(
    db,
    sql`select distinct on (channel) channel, last_error, next_at as at from notification_deliveries
        where last_error is not null order by channel, next_at desc`,
  );
  return { rows, lastErrors };
}
