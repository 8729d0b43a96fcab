import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { allProjects } from '../projects/store.js';
import { pilotStatuses } from '../projects/lifecycle.js';
import { projects } from '../projects/tables.js';

// Only what the public register of pilots shows: no people, no scores, no internal notes.
const publicPilotSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  region: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  status: z.string(),
  category: z.string(),
  structureType: z.string().nullable(),
  useType: z.string().nullable(),
  isRenewal: z.boolean(),
  isPrefabricated: z.boolean(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  floorAreaM2: z.number().nullable(),
  lengthM: z.number().nullable(),
  investmentWanYuan: z.number().nullable(),
  organisationModel: z.string().nullable(),
  plannedStart: z.string().nullable(),
  plannedFinish: z.string().nullable(),
  ownerOrganisationName: z.string().nullable(),
});

/** Public pages: the selected pilots, without signing in. */
export const publicModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db } = ctx;

  app.get(
    '/api/public/pilots',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '公开试点项目 Selected pilots (no sign-in)',
        querystring: z.object({ regionCode: z.string().max(32).optional() }),
        response: { 200: z.object({ items: z.array(publicPilotSchema), total: z.number() }) },
      },
    },
    async (req, reply) => {
      const where = [inArray(projects.status, [...pilotStatuses])];
      if (req.query.regionCode) where.push(eq(projects.regionCode, req.query.regionCode));
      const rows = await allProjects(db, and(...where)!);
      const items = rows.map((r) => publicPilotSchema.parse(r));
      // Public and identical for everyone: let browsers and proxies keep it for a minute.
      reply.header('cache-control', 'public, max-age=60');
      return { items, total: items.length };
    },
  );
};
