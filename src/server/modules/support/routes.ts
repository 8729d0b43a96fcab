import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { requirePrincipal, visibleRegions, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { pageOf, pageQuery } from '../../platform/pagination.js';
import { projectForPrincipal, type ProjectRef } from '../projects/index.js';
import * as store from './store.js';
import { regionTotalsSchema, supportInput, supportSchema } from './schemas.js';
import { supportKinds } from './tables.js';

const idParams = z.object({ id: z.string().uuid() });
const STAFF = { roles: ['admin', 'regulator'] } as const;

/** Only the authority of the project's region (or the ministry / an administrator) records what it granted. */
function requireGrantor(p: Principal, project: ProjectRef) {
  if (p.role === 'admin') return;
  if (p.role === 'regulator' && (p.regionCode === null || p.regionCode === project.regionCode)) return;
  throw new AppError(403, 'forbidden');
}

/** Policy support received by pilot projects, and what each region granted. */
export const supportModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db } = ctx;

  app.get(
    '/api/support/records',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'listSupportRecords',
        tags: ['support'],
        summary: '政策支持记录 Policy support received',
        querystring: pageQuery.extend({
          projectId: z.string().uuid().optional(),
          regionCode: z.string().optional(),
          kind: z.enum(supportKinds).optional(),
        }),
        response: { 200: pageOf(supportSchema) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { page, pageSize, ...f } = req.query;
      if (f.projectId) await projectForPrincipal(db, p, f.projectId, 'read');
      return store.listSupport(db, p, f, { page, pageSize });
    },
  );

  app.post(
    '/api/support/records',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'createSupportRecord',
        tags: ['support'],
        summary: '登记政策支持 Record support granted',
        body: supportInput,
        response: { 201: supportSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const project = await projectForPrincipal(db, p, req.body.projectId, 'read');
      requireGrantor(p, project);
      return reply.status(201).send(await db.transaction((tx) => store.createSupport(tx, actorOf(req), project, req.body)));
    },
  );

  app.put(
    '/api/support/records/:id',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'updateSupportRecord',
        tags: ['support'],
        summary: '修改政策支持 Update',
        params: idParams,
        body: supportInput,
        response: { 200: supportSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const before = await store.getSupport(db, req.params.id);
      if (!before) throw notFound();
      const project = await projectForPrincipal(db, p, before.projectId, 'read');
      requireGrantor(p, project);
      if (req.body.projectId !== before.projectId)
        throw new AppError(400, 'validation_failed', {}, [{ path: 'projectId', code: 'invalid', message: 'projectId cannot change' }]);
      return db.transaction((tx) => store.updateSupport(tx, actorOf(req), project, before, req.body));
    },
  );

  app.delete(
    '/api/support/records/:id',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'deleteSupportRecord',
        tags: ['support'],
        summary: '删除政策支持 Delete',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const before = await store.getSupport(db, req.params.id);
      if (!before) throw notFound();
      const project = await projectForPrincipal(db, p, before.projectId, 'read');
      requireGrantor(p, project);
      await db.transaction((tx) => store.deleteSupport(tx, actorOf(req), project, before));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/support/summary',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getSupportSummary',
        tags: ['support'],
        summary: '各地区政策支持汇总 Regional totals',
        querystring: z.object({ regionCode: z.string().optional() }),
        response: { 200: z.object({ items: z.array(regionTotalsSchema) }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const regions = visibleRegions(p);
      const scope = req.query.regionCode ? (regions && !regions.includes(req.query.regionCode) ? [] : [req.query.regionCode]) : regions;
      return { items: await store.regionTotals(db, p, scope) };
    },
  );
};
