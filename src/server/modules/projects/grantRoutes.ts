import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { requirePrincipal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { calendarDate } from '../../platform/dates.js';
import { pageOf, pageQuery } from '../../platform/pagination.js';
import { listOrganisations } from '../accounts/index.js';
import { projectForPrincipal } from './access.js';
import * as grants from './grants.js';
import { grantDatasets } from './tables.js';

const SIGNED_IN = { roles: 'any' } as const;
const datasetSchema = z.enum(grantDatasets).meta({
  id: 'GrantDataset',
  description: 'site 现场监测读数 · waste 建筑垃圾与联单 · carbon 碳排放 · bim BIM 工程量 · quality 质量追溯记录 · evaluation 评价结果',
});

export const grantSchema = z
  .object({
    id: z.string().uuid(),
    projectId: z.string().uuid(),
    projectCode: z.string(),
    projectName: z.string(),
    regionCode: z.string(),
    grantorOrganisationId: z.string().uuid(),
    grantorOrganisationName: z.string(),
    granteeOrganisationId: z.string().uuid(),
    granteeOrganisationName: z.string(),
    datasets: z.array(datasetSchema),
    purpose: z.string(),
    validUntil: z.string().nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    accessCount: z.number().int(),
    lastAccessAt: z.string().nullable(),
  })
  .meta({ id: 'ProjectDataGrant' });

const grantInput = z.object({
  granteeOrganisationId: z.string().uuid(),
  datasets: z.array(datasetSchema).min(1).max(grantDatasets.length),
  validUntil: calendarDate.nullable().optional(),
  purpose: z.string().trim().min(1).max(500),
});

const accessSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  via: z.string(),
  dataset: z.string(),
  method: z.string(),
  route: z.string(),
});

/** 数据共享授权: a project's owner lets another organisation read named datasets; every read under it is logged. */
export const grantRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db } = ctx;

  app.post(
    '/api/projects/:id/grants',
    {
      config: { access: { roles: ['admin', 'enterprise'] } },
      schema: {
        operationId: 'createProjectGrant',
        tags: ['partners'],
        summary: '数据共享授权 Grant another organisation read access to datasets of a project (owner or EPC lead)',
        params: z.object({ id: z.string().uuid() }),
        body: grantInput,
        response: { 201: grantSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      await projectForPrincipal(db, p, req.params.id, 'read');
      return reply.status(201).send(await db.transaction((tx) => grants.createGrant(tx, actorOf(req), p, req.params.id, req.body)));
    },
  );

  app.get(
    '/api/grants',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'listProjectGrants',
        tags: ['partners'],
        summary: '授权列表 Data-sharing grants given or received by the caller’s organisation (regulators: their region’s)',
        querystring: pageQuery.extend({
          direction: z.enum(['given', 'received', 'all']).default('all'),
          projectId: z.string().uuid().optional(),
          status: z.enum(['active', 'expired', 'revoked']).optional(),
        }),
        response: { 200: pageOf(grantSchema) },
      },
    },
    async (req) => {
      const { page, pageSize, ...f } = req.query;
      return grants.listGrants(db, requirePrincipal(req), f, { page, pageSize });
    },
  );

  app.get(
    '/api/grants/organisations',
    {
      config: { access: { roles: ['admin', 'enterprise'] } },
      schema: {
        operationId: 'listGrantableOrganisations',
        tags: ['partners'],
        summary: '可授权单位 Organisations a grant may name (search by name)',
        querystring: z.object({ q: z.string().trim().max(100).optional() }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.string().uuid(), name: z.string(), kind: z.string() })) }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const page = await listOrganisations(db, { q: req.query.q, regions: null }, { page: 1, pageSize: 50 });
      return {
        items: page.items
          .filter((o) => o.id !== p.organisationId && ['enterprise', 'facility', 'other'].includes(o.kind))
          .map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
      };
    },
  );

  app.delete(
    '/api/grants/:id',
    {
      config: { access: { roles: ['admin', 'enterprise'] } },
      schema: {
        operationId: 'revokeProjectGrant',
        tags: ['partners'],
        summary: '撤销授权 Revoke a grant: effective on the grantee’s next request',
        params: z.object({ id: z.string().uuid() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      await db.transaction((tx) => grants.revokeGrant(tx, actorOf(req), p, req.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/grants/:id/accesses',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'listProjectGrantAccesses',
        tags: ['partners'],
        summary: '授权访问记录 Every read under a grant: who, when, which dataset, by which route',
        params: z.object({ id: z.string().uuid() }),
        querystring: pageQuery,
        response: { 200: pageOf(accessSchema) },
      },
    },
    async (req) => grants.grantAccesses(db, requirePrincipal(req), req.params.id, req.query),
  );
};
