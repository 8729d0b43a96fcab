import type { Principal } from './principal.js';

type Entry = { principal: Principal; userId: string; expiresAt: number; lastTouchedAt: number; tokenId?: string };

/**
 * Who a session cookie or API token belongs to, remembered for a few seconds so a request costs one query, not two.
 * It is a cache, not state: every change that could alter the answer fires NOTIFY principal_changed (migration 0004)
 * and each instance drops that user's entries; the short lifetime bounds staleness if a notification is ever lost.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();
  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, now = Date.now()): Entry | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  /** `validUntil` is when the session or token itself ends; the entry never outlives it. */
  set(key: string, entry: Omit<Entry, 'expiresAt'>, validUntil: number | null, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { ...entry, expiresAt: Math.min(now + this.ttlMs, validUntil ?? Infinity) });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  dropUser(userId: string): void {
    for (const [k, e] of this.entries) if (e.userId === userId) this.entries.delete(k);
  }

  clear(): void {
    this.entries.clear();
  }
}
