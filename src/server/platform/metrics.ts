// Prometheus metrics through prom-client: one Registry per app instance (tests run several in one process), the
// client's default process/Node.js series, HTTP request counts and latency by route, and whatever capabilities
// register on `registry` (ingestion, listeners, queues). Names are documented in docs/operations.md; keep them stable.
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly durations: Histogram<'method' | 'route'>;

  constructor() {
    // process_resident_memory_bytes, process_cpu_seconds_total, nodejs_eventloop_lag_seconds, nodejs_heap_size_used_bytes, …
    collectDefaultMetrics({ register: this.registry });
    // prom-client also exports these three gauges under a "_total" name, which the Prometheus naming rules reserve
    // for counters (promtool check metrics flags them); the same values remain as nodejs_active_handles, … .
    for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total'])
      this.registry.removeSingleMetric(name);
    const registers = [this.registry];
    // Kept from the earlier hand-written exposition so existing dashboards keep working.
    new Gauge({
      name: 'nodejs_heap_used_bytes',
      help: 'V8 heap in use, bytes (process.memoryUsage().heapUsed)',
      registers,
      collect() {
        this.set(process.memoryUsage().heapUsed);
      },
    });
    new Gauge({
      name: 'process_uptime_seconds',
      help: 'Seconds since the process started',
      registers,
      collect() {
        this.set(process.uptime());
      },
    });
    this.requests = new Counter({
      name: 'greenbuild_http_requests_total',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.durations = new Histogram({
      name: 'greenbuild_http_request_duration_seconds',
      help: 'HTTP request latency by method and route, seconds',
      labelNames: ['method', 'route'],
      buckets: BUCKETS,
      registers,
    });
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    this.requests.inc({ method, route, status: String(status) });
    this.durations.observe({ method, route }, seconds);
  }

  /** Lets a capability publish a gauge read at scrape time (e.g. connected devices) without owning the endpoint. */
  gauge(name: string, help: string, read: () => number | Promise<number>): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  install(app: FastifyInstance): void {
    app.addHook('onResponse', async (req, reply) => {
      const route = req.routeOptions.url ?? 'unmatched';
      this.observe(req.method, route, reply.statusCode, reply.elapsedTime / 1000);
    });
  }
}
