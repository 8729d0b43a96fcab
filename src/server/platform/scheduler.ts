import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';

/** A periodic job; `run` gets the database and should be idempotent (it may run again after a crash). */
export type ScheduledJob = { name: string; everyMs: number; run(database: Database): Promise<void> };

const lockKey = (name: string) => createHash('sha256').update(`greenbuild:job:${name}`).digest().readInt32BE(0);

/**
 * Runs jobs on an interval in every instance, but each tick runs only where it wins a transaction-scoped
 * advisory lock, so with several instances a job runs once per tick and a crashed holder frees it at once.
 */
export class Scheduler {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<unknown>>();
  constructor(
    private readonly database: Database,
    private readonly log: { error(obj: unknown, msg: string): void },
  ) {}

  add(job: ScheduledJob): void {
    const timer = setInterval(() => void this.tick(job), job.everyMs);
    timer.unref();
    this.timers.push(timer);
  }

  /** Runs a job now if no other instance is running it; returns whether it ran. */
  async tick(job: ScheduledJob): Promise<boolean> {
    let ran = false;
    // PGlite is one process with one session: there is no other instance to exclude, and a manual BEGIN
    // on its only connection would swallow concurrent requests into this transaction.
    const p =
      this.database.kind === 'pglite'
        ? job.run(this.database).then(
            () => void (ran = true),
            (err) => this.log.error({ err, job: job.name }, 'scheduled job failed'),
          )
        : this.database.withConnection(async (c) => {
            await c.exec('begin');
            try {
              const { rows } = await c.query<{ ok: boolean }>('select pg_try_advisory_xact_lock($1) as ok', [lockKey(job.name)]);
              if (rows[0]?.ok) {
                ran = true;
                await job.run(this.database);
              }
            } catch (err) {
              this.log.error({ err, job: job.name }, 'scheduled job failed');
            } finally {
              await c.exec('commit').catch(() => undefined);
            }
          });
    // A database outage makes the connection itself fail; the next tick tries again.
    const settled = p.catch((err) => this.log.error({ err, job: job.name }, 'scheduled job could not start'));
    this.running.add(settled);
    await settled.finally(() => this.running.delete(settled));
    return ran;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    await Promise.allSettled([...this.running]);
  }
}
