import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { requirePrincipal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { getOrganisation, regionExists } from '../accounts/index.js';
import * as store from './store.js';
import { defaultKinds } from './tables.js';

const ADOPTERS = { roles: ['admin', 'regulator'] } as const;

const adoptionOut = z.object({
  id: z.string(),
  kind: z.enum(defaultKinds),
  key: z.string(),
  regionCode: z.string(),
  value: z.number().nullable(),
  adoptedByName: z.string(),
  organisationName: z.string().nullable(),
  adoptedAt: z.string(),
  label: z.string().meta({ description: 'e.g. 湖南省住房和城乡建设厅 2026-12-07 采用' }),
});

/**
 * 默认值采用: a regional regulator reviews a standards-derived default (carbon factor, evaluation scheme, PM10 rule,
 * 装配率 score table, waste target) and adopts it for the region as published, or with the region's own value.
 */
export const defaultsModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db } = ctx;

  app.get(
    '/api/defaults/adoptions',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'listDefaultAdoptions',
        tags: ['defaults'],
        summary: '默认值采用记录 Which regions adopted which defaults',
        querystring: z.object({ kind: z.enum(defaultKinds), regionCode: z.string().max(40).optional() }),
        response: { 200: z.object({ items: z.array(adoptionOut), total: z.number() }) },
      },
    },
    async (req) => {
      const items = await store.adoptionsOf(db, req.query.kind, req.query.regionCode ? [req.query.regionCode] : null);
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/defaults/adoptions',
    {
      config: { access: ADOPTERS },
      schema: {
        operationId: 'adoptDefault',
        tags: ['defaults'],
        summary: '采用默认值（或修改后采用）Adopt a default for a region, as published or with the region’s value',
        body: z.object({
          kind: z.enum(defaultKinds),
          key: z.string().trim().min(1).max(120),
          regionCode: z
            .string()
            .trim()
            .max(40)
            .nullish()
            .meta({ description: 'Required for the ministry and admins; a regional regulator adopts for its own region' }),
          value: z.number().min(0).max(1e9).nullish(),
        }),
        response: { 201: adoptionOut },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const own = p.role === 'regulator' ? p.regionCode : null;
      const regionCode = req.body.regionCode ?? own;
      if (!regionCode) throw invalidField('regionCode', 'default_region_required');
      if (own && regionCode !== own) throw new AppError(403, 'default_region_forbidden');
      if (!(await regionExists(db, regionCode))) throw invalidField('regionCode', 'default_region_unknown');
      const org = p.organisationId ? await getOrganisation(db, p.organisationId) : null;
      const adoption = await db.transaction((tx) =>
        store.adoptDefault(tx, actorOf(req), {
          kind: req.body.kind,
          key: req.body.key,
          regionCode,
          value: req.body.value ?? null,
          adoptedBy: p.userId,
          adoptedByName: p.displayName || p.username,
          organisationName: org?.name ?? null,
        }),
      );
      return reply.status(201).send(adoption);
    },
  );

  app.delete(
    '/api/defaults/adoptions/:id',
    {
      config: { access: ADOPTERS },
      schema: {
        operationId: 'withdrawDefaultAdoption',
        tags: ['defaults'],
        summary: '撤回采用 Withdraw a region’s adoption',
        params: z.object({ id: z.string().uuid() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const row = await store.adoptionRow(db, req.params.id);
      if (!row) throw notFound();
      if (p.role === 'regulator' && p.regionCode && row.regionCode !== p.regionCode) throw new AppError(403, 'default_region_forbidden');
      await db.transaction((tx) => store.withdrawAdoption(tx, actorOf(req), row));
      return reply.status(204).send(null);
    },
  );
};
