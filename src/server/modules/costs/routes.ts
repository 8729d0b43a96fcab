import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MEDIA } from '../../platform/openapi.js';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { requirePrincipal, visibleRegions, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { contentDisposition } from '../../platform/downloads.js';
import { listRegions } from '../accounts/index.js';
import { projectForPrincipal, type ProjectRef } from '../projects/index.js';
import * as store from './store.js';
import { costWorkbook } from './excel.js';
import { indicatorDefinitions } from './indicators.js';
import { indicatorDefinitionSchema, measureInput, measureSchema, projectCostsSchema, regionCostSchema } from './schemas.js';

const idParams = z.object({ id: z.string().uuid() });
const STAFF = { roles: ['admin', 'regulator'] } as const;
const EDITORS = { roles: ['admin', 'regulator', 'enterprise'] } as const;

/** Enterprises of the project enter their costs; the region's authority may correct them. Experts only read. */
async function editableProject(db: AppContext['db'], p: Principal, projectId: string): Promise<ProjectRef> {
  const project = await projectForPrincipal(db, p, projectId, 'write');
  if (p.role === 'regulator' && p.regionCode && p.regionCode !== project.regionCode) throw new AppError(403, 'forbidden');
  return project;
}

/** Incremental cost and benefit of green measures, per project and per region, with the 计价依据 Excel export. */
export const costsModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db } = ctx;

  app.get(
    '/api/costs/indicators',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'listCostIndicators',
        tags: ['costs'],
        summary: '可关联的平台指标 Linkable indicators',
        response: { 200: z.object({ items: z.array(indicatorDefinitionSchema) }) },
      },
    },
    async () => ({
      items: indicatorDefinitions.map((d) => ({
        key: d.key,
        kind: d.kind,
        label: d.label,
        unit: d.unit,
        quantityUnit: d.quantityUnit,
        needsBaseline: d.needsBaseline,
        baselineHint: d.baselineHint ?? null,
      })),
    }),
  );

  app.get(
    '/api/costs/projects/:id',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'getProjectCosts',
        tags: ['costs'],
        summary: '项目增量成本与效益 Project costs and benefits',
        params: idParams,
        response: { 200: projectCostsSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const project = await projectForPrincipal(db, p, req.params.id, 'read');
      const mayEdit =
        p.role === 'admin' ||
        p.role === 'enterprise' ||
        (p.role === 'regulator' && (p.regionCode === null || p.regionCode === project.regionCode));
      return { ...(await store.projectCosts(db, project)), mayEdit };
    },
  );

  app.post(
    '/api/costs/projects/:id/measures',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'createCostMeasure',
        tags: ['costs'],
        summary: '新增绿色措施 Add a measure',
        params: idParams,
        body: measureInput,
        response: { 201: measureSchema },
      },
    },
    async (req, reply) => {
      const project = await editableProject(db, requirePrincipal(req), req.params.id);
      return reply.status(201).send(await db.transaction((tx) => store.createMeasure(tx, actorOf(req), project, req.body)));
    },
  );

  app.put(
    '/api/costs/measures/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'updateCostMeasure',
        tags: ['costs'],
        summary: '修改绿色措施 Update a measure',
        params: idParams,
        body: measureInput,
        response: { 200: measureSchema },
      },
    },
    async (req) => {
      const before = await store.getMeasure(db, req.params.id);
      if (!before) throw notFound();
      const project = await editableProject(db, requirePrincipal(req), before.projectId);
      return db.transaction((tx) => store.updateMeasure(tx, actorOf(req), project, before, req.body));
    },
  );

  app.delete(
    '/api/costs/measures/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'deleteCostMeasure',
        tags: ['costs'],
        summary: '删除绿色措施 Delete a measure',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const before = await store.getMeasure(db, req.params.id);
      if (!before) throw notFound();
      await editableProject(db, requirePrincipal(req), before.projectId);
      await db.transaction((tx) => store.deleteMeasure(tx, actorOf(req), before));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/costs/projects/:id/export.xlsx',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'exportProjectCosts',
        download: { media: [MEDIA.xlsx] },
        tags: ['costs'],
        summary: '导出增量成本清单 Excel (计价依据)',
        params: idParams,
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, requirePrincipal(req), req.params.id, 'read');
      const data = await store.projectCosts(db, project);
      const region = (await listRegions(db)).find((r) => r.code === project.regionCode);
      const buf = await costWorkbook(project, data, region?.nameZh ?? project.regionCode);
      const name = `增量成本清单-${project.code}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition(name, { fallback: `cost-items-${project.code}.xlsx` }))
        .send(buf);
    },
  );

  app.get(
    '/api/costs/summary',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getCostSummary',
        tags: ['costs'],
        summary: '各地区增量成本汇总 Regional summary',
        querystring: z.object({ regionCode: z.string().optional() }),
        response: { 200: z.object({ items: z.array(regionCostSchema) }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const regions = visibleRegions(p);
      const scope = req.query.regionCode ? (regions && !regions.includes(req.query.regionCode) ? [] : [req.query.regionCode]) : regions;
      return { items: await store.regionCostSummary(db, p, scope) };
    },
  );
};
