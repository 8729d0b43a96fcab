import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['pglite', 'postgres']),
  /** The object store (platform/storage.ts): local directory or S3, and whether it answered. */
  storage: z.object({ kind: z.enum(['local', 's3']), available: z.boolean() }),
  version: z.string(),
});

/** How long one probe of the object store is trusted, so frequent load-balancer checks do not each call it. */
const STORAGE_PROBE_MS = 5_000;

/** Liveness and readiness for load balancers, and Prometheus metrics for operators. */
export const healthModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  let probe: { at: number; result: Promise<boolean> } | null = null;
  const storageAvailable = () => {
    if (!probe || Date.now() - probe.at > STORAGE_PROBE_MS)
      probe = {
        at: Date.now(),
        result: ctx.objects.check().then(
          () => true,
          () => false,
        ),
      };
    return probe.result;
  };
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getHealth',
        tags: ['platform'],
        summary: '健康检查 Health check',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_req, reply) => {
      const storage = { kind: ctx.objects.kind, available: await storageAvailable() };
      try {
        await ctx.db.execute(sql`select 1`);
        // Storage down is shared by every instance: still 200 (the instance serves everything but files), degraded.
        return {
          status: storage.available ? ('ok' as const) : ('degraded' as const),
          database: ctx.database.kind,
          storage,
          version: ctx.config.version,
        };
      } catch {
        return reply.status(503).send({ status: 'degraded' as const, database: ctx.database.kind, storage, version: ctx.config.version });
      }
    },
  );
  app.get('/metrics', { config: { access: { roles: ['admin'], scope: 'metrics' } }, schema: { hide: true } }, async (_req, reply) =>
    reply.type(ctx.metrics.contentType).send(await ctx.metrics.render()),
  );
};
