import type { Config } from '../config.js';
import type { Database, Db } from '../db/database.js';
import type { Metrics } from './metrics.js';
import type { Scheduler } from './scheduler.js';
import type { IndicatorRegistry } from './indicators.js';
import type { PrincipalCache } from './auth/principalCache.js';
import type { EventRelay } from './events.js';
import type { ObjectKeyspaces, ObjectStore } from './storage.js';

/** What every capability module is given when it is registered. */
export type AppContext = {
  config: Config;
  database: Database;
  db: Db;
  metrics: Metrics;
  /** Periodic jobs (alarms, expiry, consistency checks) that run once per tick across all instances. */
  scheduler: Scheduler;
  /** Indicators each capability registers for planning, tracking and evaluation. */
  indicators: IndicatorRegistry;
  /** Who sessions and tokens belong to, cached briefly; account writes drop it (see principalCache.ts). */
  principals: PrincipalCache;
  /** Durable consumers of the event log (webhooks, notifications): `ctx.events.consume(name, handler)`. */
  events: EventRelay;
  /** Where every stored file lives (a directory or an S3 bucket), shared by all instances. */
  objects: ObjectStore;
  /** Which module owns which object keys, for the orphan sweep. */
  objectKeyspaces: ObjectKeyspaces;
  /** Work to run at shutdown (listeners, timers), in reverse order of registration. */
  onShutdown(fn: () => Promise<void> | void): void;
};
