import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { selectedPilots } from '../projects/index.js';
import { projectRowSchema } from '../projects/index.js';

// Only what the public register of pilots shows: no people, no scores, no internal notes.
// The public projection is a subset of the register's own row schema, so the two cannot drift; parse() drops the rest
// (owner id, description, demo flag, timestamps).
const publicPilotSchema = projectRowSchema.pick({
  id: true,
  code: true,
  name: true,
  region: true,
  regionCode: true,
  regionName: true,
  status: true,
  category: true,
  structureType: true,
  useType: true,
  isRenewal: true,
  isPrefabricated: true,
  address: true,
  latitude: true,
  longitude: true,
  floorAreaM2: true,
  lengthM: true,
  investmentWanYuan: true,
  organisationModel: true,
  plannedStart: true,
  plannedFinish: true,
  ownerOrganisationName: true,
});

/** Public pages: the selected pilots, without signing in. */
export const publicModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db } = ctx;

  app.get(
    '/api/public/pilots',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listPublicPilots',
        tags: ['public'],
        summary: '公开试点项目 Selected pilots (no sign-in)',
        querystring: z.object({ regionCode: z.string().max(32).optional() }),
        response: { 200: z.object({ items: z.array(publicPilotSchema), total: z.number() }) },
      },
    },
    async (req, reply) => {
      const rows = await selectedPilots(db, req.query.regionCode);
      const items = rows.map((r) => publicPilotSchema.parse(r));
      // Public and identical for everyone: let browsers and proxies keep it for a minute.
      reply.header('cache-control', 'public, max-age=60');
      return { items, total: items.length };
    },
  );
};
