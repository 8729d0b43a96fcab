// Rejected JT/T 808 frames, counted per terminal and reason. Counts are summed in memory for at most a second and
// then added to haulage_rejects, so a flood of bad frames costs one statement a second, and every instance's counts
// land in the same table (the page and the API read it).
import { sql, type Database } from '../../db/database.js';

export const REJECT_REASONS = [
  'badEscape',
  'truncated',
  'checkCode',
  'bodyLength',
  'badPhone',
  'badSubpackage',
  'tooLarge',
  'garbage',
  'unknownTerminal',
  'authFailed',
  'unauthenticated',
  'badBody',
  'encrypted',
  'unsupported',
  'storageFailed',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export class RejectCounter {
  private pending = new Map<string, { phone: string; reason: RejectReason; count: number; at: Date; detail: string }>();
  private timer: NodeJS.Timeout | null = null;
  readonly totals: Record<string, number> = {};

  constructor(private readonly database: Database) {}

  start(): void {
    this.timer = setInterval(() => void this.flush().catch(() => undefined), 1000);
    this.timer.unref();
  }

  count(phone: string, reason: RejectReason, detail: string): void {
    this.totals[reason] = (this.totals[reason] ?? 0) + 1;
    const key = `${phone}\u0000${reason}`;
    const e = this.pending.get(key);
    if (e) {
      e.count++;
      e.at = new Date();
      e.detail = detail.slice(0, 300);
    } else this.pending.set(key, { phone, reason, count: 1, at: new Date(), detail: detail.slice(0, 300) });
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const entries = [...this.pending.values()];
    this.pending = new Map();
    for (const e of entries) {
      await this.database.db.execute(
        sql`insert into haulage_rejects (terminal_phone, reason, count, last_at, last_detail) values (${e.phone}, ${e.reason}, ${e.count}, ${e.at.toISOString()}, ${e.detail})
            on conflict (terminal_phone, reason) do update set count = haulage_rejects.count + excluded.count, last_at = excluded.last_at, last_detail = excluded.last_detail`,
      );
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }
}
