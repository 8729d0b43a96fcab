import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

/** Liveness and readiness for load balancers, and Prometheus metrics for operators. */
export const healthModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
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
      try {
        await ctx.db.execute(sql`select 1`);
        return { status: 'ok' as const, database: ctx.database.kind, version: ctx.config.version };
      } catch {
        return reply.status(503).send({ status: 'degraded' as const, database: ctx.database.kind, version: ctx.config.version });
      }
    },
  );
  app.get('/metrics', { config: { access: { roles: ['admin'], scope: 'metrics' } }, schema: { hide: true } }, async (_req, reply) =>
    reply.type(ctx.metrics.contentType).send(await ctx.metrics.render()),
  );
};
