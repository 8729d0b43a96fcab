import type { FastifyInstance } from 'fastify';

// A small Prometheus exposition: request counts and latency histogram by route, plus process gauges.
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Series = { count: number; sum: number; buckets: number[] };

export class HttpMetrics {
  private readonly requests = new Map<string, number>();
  private readonly durations = new Map<string, Series>();
  private readonly gauges = new Map<string, () => number>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${route.replace(/"/g, '\\"')}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const dkey = `method="${method}",route="${route.replace(/"/g, '\\"')}"`;
    let s = this.durations.get(dkey);
    if (!s) this.durations.set(dkey, (s = { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) }));
    s.count++;
    s.sum += seconds;
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) s!.buckets[i]!++;
    });
  }

  /** Lets a capability publish a gauge (e.g. connected devices) without owning the endpoint. */
  gauge(name: string, read: () => number): void {
    this.gauges.set(name, read);
  }

  render(): string {
    const out: string[] = [];
    out.push('# HELP greenbuild_http_requests_total HTTP requests by route and status', '# TYPE greenbuild_http_requests_total counter');
    for (const [k, v] of this.requests) out.push(`greenbuild_http_requests_total{${k}} ${v}`);
    out.push('# HELP greenbuild_http_request_duration_seconds HTTP request latency', '# TYPE greenbuild_http_request_duration_seconds histogram');
    for (const [k, s] of this.durations) {
      BUCKETS.forEach((b, i) => out.push(`greenbuild_http_request_duration_seconds_bucket{${k},le="${b}"} ${s.buckets[i]}`));
      out.push(`greenbuild_http_request_duration_seconds_bucket{${k},le="+Inf"} ${s.count}`);
      out.push(`greenbuild_http_request_duration_seconds_sum{${k}} ${s.sum}`);
      out.push(`greenbuild_http_request_duration_seconds_count{${k}} ${s.count}`);
    }
    const mem = process.memoryUsage();
    out.push('# TYPE process_resident_memory_bytes gauge', `process_resident_memory_bytes ${mem.rss}`);
    out.push('# TYPE nodejs_heap_used_bytes gauge', `nodejs_heap_used_bytes ${mem.heapUsed}`);
    out.push('# TYPE process_uptime_seconds gauge', `process_uptime_seconds ${process.uptime()}`);
    for (const [name, read] of this.gauges) out.push(`# TYPE ${name} gauge`, `${name} ${read()}`);
    return out.join('\n') + '\n';
  }

  install(app: FastifyInstance): void {
    app.addHook('onResponse', async (req, reply) => {
      const route = req.routeOptions.url ?? 'unmatched';
      this.observe(req.method, route, reply.statusCode, reply.elapsedTime / 1000);
    });
  }
}
