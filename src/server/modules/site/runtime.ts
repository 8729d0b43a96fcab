// The site capability's moving parts, wired once per instance: device directory, durable writer, live hub, the
// HJ 212 and MQTT listeners, and the scheduled jobs (alarms, data quality, retention).
import { createHash } from 'node:crypto';
import os from 'node:os';
import { DEFAULT_FACTOR_ALIASES } from '../../../domain/hj212/index.js';
import { selectRows, sql, type Database } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import { rollupFoldJob } from './rollups.js';
import { evaluateAlarms } from './alarms.js';
import { DeviceDirectory } from './devices.js';
import { Hj212Server } from './hj212Server.js';
import { Ingestion } from './ingest.js';
import { LiveHub } from './live.js';
import { IngestMetrics, registerSiteGauges } from './metrics.js';
import { EmbeddedBroker, ExternalBrokerSubscriber } from './mqtt.js';
import { screenDataQuality } from './quality.js';
import { applyRetention, maintainReadingPartitions } from './partitions.js';
import { pgArray, ReadingWriter } from './writer.js';

/** The editable vendor alias map, re-read every 30 s so edits reach every instance. */
export class FactorAliases {
  private map: Readonly<Record<string, string>> = DEFAULT_FACTOR_ALIASES;
  private timer: NodeJS.Timeout | null = null;
  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    // First start: seed the table with the domain's defaults so they can be edited.
    const values = Object.entries(DEFAULT_FACTOR_ALIASES);
    await this.database.db.execute(
      sql`insert into site_factor_aliases (code, metric) select * from unnest(${pgArray(values.map(([k]) => k))}::text[], ${pgArray(values.map(([, v]) => v))}::text[])
          where not exists (select 1 from site_factor_aliases) on conflict do nothing`,
    );
    await this.reload();
    this.timer = setInterval(() => void this.reload().catch(() => undefined), 30_000);
    this.timer.unref();
  }

  async reload(): Promise<void> {
    const rows = await selectRows<{ code: string; metric: string }>(this.database.db, sql`select code, metric from site_factor_aliases`);
    this.map = Object.fromEntries(rows.map((r) => [r.code, r.metric]));
  }

  current(): Readonly<Record<string, string>> {
    return this.map;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

export type SiteRuntime = {
  directory: DeviceDirectory;
  writer: ReadingWriter;
  ingestion: Ingestion;
  hub: LiveHub;
  aliases: FactorAliases;
  hj212: Hj212Server | null;
  broker: EmbeddedBroker | null;
  external: ExternalBrokerSubscriber | null;
  scheduler: AppContext['scheduler'];
};

/** The runtime serving each open database, for tests and benchmarks that need to look inside. */
export const siteRuntimes = new WeakMap<Database, SiteRuntime>();

export async function startSiteRuntime(
  ctx: AppContext,
  log: { info(o: unknown, m?: string): void; warn(o: unknown, m?: string): void },
): Promise<SiteRuntime> {
  const directory = new DeviceDirectory(ctx.db);
  const hub = new LiveHub(ctx.database);
  const metrics = new IngestMetrics(ctx.metrics.registry);
  const writer = new ReadingWriter(ctx.database, {
    onCommitted: (rows) => hub.readingsCommitted(rows),
    onStatement: (seconds, rows) => metrics.batchWritten(seconds, rows),
  });
  const ingestion = new Ingestion(ctx.database, writer, metrics);
  const aliases = new FactorAliases(ctx.database);
  await aliases.start();
  await hub.start();
  const runtime: SiteRuntime = {
    directory,
    writer,
    ingestion,
    hub,
    aliases,
    hj212: null,
    broker: null,
    external: null,
    scheduler: ctx.scheduler,
  };
  siteRuntimes.set(ctx.database, runtime);
  registerSiteGauges(ctx.metrics.registry, ctx.database, runtime);

  ctx.scheduler.add(rollupFoldJob);
  ctx.scheduler.add({ name: 'site.alarms', everyMs: 10_000, run: async (d) => void (await evaluateAlarms(d)) });
  ctx.scheduler.add({ name: 'site.quality', everyMs: 60_000, run: async (d) => void (await screenDataQuality(d)) });
  ctx.scheduler.add({ name: 'site.retention', everyMs: 3_600_000, run: async (d) => void (await applyRetention(d)) });
  // Weekly partitions ahead of time (migration 0150); also once at start, so a fresh instance never waits an hour.
  const partitionJob = {
    name: 'site.partitions',
    everyMs: 3_600_000,
    run: async (d: Database) => void (await maintainReadingPartitions(d)),
  };
  ctx.scheduler.add(partitionJob);
  void ctx.scheduler.tick(partitionJob);

  if (ctx.config.listeners) {
    const hj212 = new Hj212Server(ingestion, directory, {
      port: ctx.config.hj212Port,
      host: ctx.config.host,
      firstFrameTimeoutMs: ctx.config.hj212FirstFrameTimeoutMs,
      maxPendingPerAddress: ctx.config.hj212MaxPendingPerAddress,
      maxConnections: ctx.config.hj212MaxConnections,
      aliases: () => aliases.current(),
      log,
    });
    if (await hj212.start()) runtime.hj212 = hj212;
    if (ctx.config.mqttUrl) {
      // Same deployment (database) → same share group; instance = host + port within it, stable across restarts.
      const deployment = createHash('sha256')
        .update(ctx.config.databaseUrl ?? ctx.config.dataDir)
        .digest('hex')
        .slice(0, 10);
      const instanceKey = `${deployment}-${createHash('sha256').update(`${os.hostname()}:${ctx.config.port}:${ctx.config.dataDir}`).digest('hex').slice(0, 8)}`;
      const external = new ExternalBrokerSubscriber(ingestion, directory, { url: ctx.config.mqttUrl, instanceKey, log });
      void external.start();
      runtime.external = external;
    } else {
      const broker = new EmbeddedBroker(ingestion, directory, { port: ctx.config.mqttPort, host: ctx.config.host, log });
      if (await broker.start()) runtime.broker = broker;
    }
  }

  ctx.onShutdown(async () => {
    // Stop taking data first, then let what was accepted finish its write.
    await runtime.hj212?.stop();
    await runtime.broker?.stop();
    await runtime.external?.stop();
    await writer.close();
    await hub.stop();
    aliases.stop();
  });
  return runtime;
}
