// Prometheus series of device ingestion (names listed in docs/operations.md; keep them stable). Counters are bumped
// where readings are stored or rejected (Ingestion, the one path all three protocols share); gauges are read at
// scrape time from the listeners, the writer and one count of the rollup queue.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { selectRows, sql, type Database } from '../../db/database.js';
import { CONNECTION_CLOSE_REASONS, type Hj212Server } from './hj212Server.js';
import type { EmbeddedBroker, ExternalBrokerSubscriber } from './mqtt.js';
import type { RejectEntry } from './ingest.js';
import type { ReadingRow, ReadingWriter, WriteOutcome } from './writer.js';

export class IngestMetrics {
  private readonly accepted: Counter<'protocol'>;
  private readonly stored: Counter<'protocol'>;
  private readonly rejected: Counter<'protocol' | 'reason'>;
  private readonly batchSeconds: Histogram;
  private readonly batchRows: Histogram;

  constructor(registry: Registry) {
    const registers = [registry];
    this.accepted = new Counter({
      name: 'greenbuild_ingest_readings_accepted_total',
      help: 'Readings accepted and committed, by protocol (hj212, mqtt, http); re-deliveries of stored readings included',
      labelNames: ['protocol'],
      registers,
    });
    this.stored = new Counter({
      name: 'greenbuild_ingest_readings_stored_total',
      help: 'Readings newly stored, by protocol (accepted minus re-deliveries)',
      labelNames: ['protocol'],
      registers,
    });
    this.rejected = new Counter({
      name: 'greenbuild_ingest_rejected_total',
      help: 'Rejected readings, frames and messages, by protocol and reason (the same counts as site_rejects)',
      labelNames: ['protocol', 'reason'],
      registers,
    });
    this.batchSeconds = new Histogram({
      name: 'greenbuild_ingest_write_batch_duration_seconds',
      help: 'Time of one batched insert statement of the readings writer, seconds',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.batchRows = new Histogram({
      name: 'greenbuild_ingest_write_batch_rows',
      help: 'Readings per batched insert statement',
      buckets: [1, 10, 100, 500, 1000, 2500, 5000, 10000],
      registers,
    });
    // Every protocol appears from the start, so a rate() over a quiet path is 0 rather than absent.
    for (const protocol of ['hj212', 'mqtt', 'http']) {
      this.accepted.inc({ protocol }, 0);
      this.stored.inc({ protocol }, 0);
    }
  }

  readingsWritten(rows: ReadingRow[], outcome: WriteOutcome): void {
    if (!rows.length) return;
    const protocol = rows[0]!.source;
    this.accepted.inc({ protocol }, outcome.stored + outcome.duplicates);
    this.stored.inc({ protocol }, outcome.stored);
  }

  rejects(entries: RejectEntry[]): void {
    for (const e of entries) this.rejected.inc({ protocol: e.source, reason: e.reason }, e.count);
  }

  batchWritten(seconds: number, rows: number): void {
    this.batchSeconds.observe(seconds);
    this.batchRows.observe(rows);
  }
}

type Listeners = {
  hj212: Hj212Server | null;
  broker: EmbeddedBroker | null;
  external: ExternalBrokerSubscriber | null;
  writer: ReadingWriter;
};

/** Gauges read at scrape time: connections per listener, the writer's backlog and the rollup queue. */
export function registerSiteGauges(registry: Registry, database: Database, runtime: Listeners): void {
  const registers = [registry];
  new Gauge({
    name: 'greenbuild_listener_connections',
    help: 'Open device connections per listener (hj212 TCP, mqtt embedded broker)',
    labelNames: ['listener'],
    registers,
    collect() {
      this.set({ listener: 'hj212' }, runtime.hj212?.openConnections ?? 0);
      this.set({ listener: 'mqtt' }, runtime.broker?.connectedClients ?? 0);
    },
  });
  new Gauge({
    name: 'greenbuild_hj212_connections_pending',
    help: 'HJ 212 connections that have not yet sent a frame from a registered device',
    registers,
    collect() {
      const hj212 = runtime.hj212;
      this.set(hj212 ? hj212.openConnections - hj212.authenticatedConnections : 0);
    },
  });
  new Counter({
    name: 'greenbuild_hj212_connections_closed_total',
    help: 'HJ 212 connections closed by the receiver, by reason (first_frame_timeout, idle_timeout, address_limit, evicted, full, errors)',
    labelNames: ['reason'],
    registers,
    collect() {
      // The receiver keeps the totals; mirror them (reset + inc is how prom-client sets a counter it does not own).
      this.reset();
      for (const reason of CONNECTION_CLOSE_REASONS) this.inc({ reason }, runtime.hj212?.stats.closed[reason] ?? 0);
    },
  });
  new Counter({
    name: 'greenbuild_hj212_frames_total',
    help: 'HJ 212 frames received (including rejected ones)',
    registers,
    collect() {
      this.reset();
      this.inc(runtime.hj212?.stats.frames ?? 0);
    },
  });
  new Gauge({
    name: 'greenbuild_ingest_write_backlog_rows',
    help: 'Readings queued or being written by this instance',
    registers,
    collect() {
      this.set(runtime.writer.backlog);
    },
  });
  new Gauge({
    name: 'greenbuild_site_rollup_pending_rows',
    help: 'Rows in site_rollup_pending waiting to be folded into the rollups (the site.rollups job folds every second)',
    registers,
    async collect() {
      // A count of a queue that the fold job keeps short; left at its last value if the database does not answer.
      const rows = await selectRows<{ n: number }>(database.db, sql`select count(*)::int as n from site_rollup_pending`).catch(() => null);
      if (rows) this.set(Number(rows[0]?.n ?? 0));
    },
  });
}
