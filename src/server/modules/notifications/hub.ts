import type { Database } from '../../db/database.js';
import { NOTIFY_CHANNEL } from './store.js';

/**
 * Live arrival of notifications: every instance LISTENs on one PostgreSQL channel whose payloads are the ids of users
 * who just got one (sent on commit by store.createNotifications), and pokes that user's open streams on this instance.
 */
export class NotificationHub {
  private readonly subscribers = new Map<string, Set<() => void>>();
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(NOTIFY_CHANNEL, (payload) => {
      if (!this.subscribers.size) return;
      for (const id of payload.split(',')) this.subscribers.get(id)?.forEach((poke) => poke());
    });
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.subscribers.clear();
  }

  subscribe(userId: string, poke: () => void): () => void {
    let set = this.subscribers.get(userId);
    if (!set) this.subscribers.set(userId, (set = new Set()));
    set.add(poke);
    return () => {
      set.delete(poke);
      if (!set.size) this.subscribers.delete(userId);
    };
  }
}
