import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { requirePrincipal, visibleRegions } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import * as store from './store.js';
import {
  milestoneInput,
  milestonePatch,
  milestoneSchema,
  programmeInput,
  programmeSchema,
  regionSummarySchema,
  representativenessSchema,
} from './schemas.js';

const STAFF = { roles: ['admin', 'regulator'] } as const;
const regionParams = z.object({ regionCode: z.string().min(1).max(32) });
const milestoneParams = regionParams.extend({ id: z.string().uuid() });

/** Regional implementation plans: programme text, phases, milestones, representativeness rules and the dashboards. */
export const programmesModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db } = ctx;

  /** Out-of-region programmes answer 404 for reads and writes alike: a regional regulator only knows their own. */
  function inScope(req: { principal: unknown }, regionCode: string) {
    const regions = visibleRegions(requirePrincipal(req as never));
    if (regions && !regions.includes(regionCode)) throw notFound();
  }

  async function scopedRegions(req: { principal: unknown }) {
    const regions = visibleRegions(requirePrincipal(req as never));
    const all = await store.regionCodes(db);
    return regions ? all.filter((r) => regions.includes(r)) : all;
  }

  app.get(
    '/api/programmes/overview',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getProgrammesOverview',
        tags: ['programmes'],
        summary: '三地对比 Regions side by side (the ministry view)',
        response: { 200: z.object({ items: z.array(regionSummarySchema), total: z.number() }) },
      },
    },
    async (req) => {
      const items = [];
      for (const code of await scopedRegions(req)) items.push(await store.regionSummary(db, code));
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/programmes',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'listProgrammes',
        tags: ['programmes'],
        summary: '实施方案 Programmes of the visible regions',
        response: { 200: z.object({ items: z.array(programmeSchema), total: z.number() }) },
      },
    },
    async (req) => {
      const items = [];
      for (const code of await scopedRegions(req)) items.push(await store.getProgramme(db, code));
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/programmes/:regionCode',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getProgramme',
        tags: ['programmes'],
        summary: '地区实施方案 A region’s programme (plan defaults when none is saved)',
        params: regionParams,
        response: { 200: programmeSchema },
      },
    },
    async (req) => {
      inScope(req, req.params.regionCode);
      return store.getProgramme(db, req.params.regionCode);
    },
  );

  app.put(
    '/api/programmes/:regionCode',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'saveProgramme',
        tags: ['programmes'],
        summary: '保存实施方案 Save a region’s programme',
        params: regionParams,
        body: programmeInput,
        response: { 200: programmeSchema },
      },
    },
    async (req) => {
      inScope(req, req.params.regionCode);
      return db.transaction((tx) => store.saveProgramme(tx, actorOf(req), req.params.regionCode, req.body));
    },
  );

  app.get(
    '/api/programmes/:regionCode/dashboard',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getProgrammeDashboard',
        tags: ['programmes'],
        summary: '监管看板 Regulator dashboard of a region',
        params: regionParams,
        response: { 200: regionSummarySchema },
      },
    },
    async (req) => {
      inScope(req, req.params.regionCode);
      return store.regionSummary(db, req.params.regionCode);
    },
  );

  app.get(
    '/api/programmes/:regionCode/representativeness',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getProgrammeRepresentativeness',
        tags: ['programmes'],
        summary: '代表性检查 Representativeness of the selected set',
        params: regionParams,
        response: { 200: representativenessSchema },
      },
    },
    async (req) => {
      inScope(req, req.params.regionCode);
      return store.representativenessOf(db, req.params.regionCode);
    },
  );

  const milestoneOut = (m: Awaited<ReturnType<typeof store.addMilestone>>) => ({
    id: m.id,
    phaseId: m.phaseId,
    title: m.title,
    owner: m.owner,
    dueOn: m.dueOn,
    status: m.status,
    completedOn: m.completedOn,
    note: m.note,
    overdue: m.status !== 'done' && m.dueOn < store.today(),
  });

  app.post(
    '/api/programmes/:regionCode/milestones',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'createMilestone',
        tags: ['programmes'],
        summary: '新增节点 Add a milestone',
        params: regionParams,
        body: milestoneInput,
        response: { 201: milestoneSchema },
      },
    },
    async (req, reply) => {
      inScope(req, req.params.regionCode);
      const m = await db.transaction((tx) => store.addMilestone(tx, actorOf(req), req.params.regionCode, req.body));
      return reply.status(201).send(milestoneOut(m));
    },
  );

  app.patch(
    '/api/programmes/:regionCode/milestones/:id',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'updateMilestone',
        tags: ['programmes'],
        summary: '修改节点 Update a milestone',
        params: milestoneParams,
        body: milestonePatch,
        response: { 200: milestoneSchema },
      },
    },
    async (req) => {
      inScope(req, req.params.regionCode);
      return milestoneOut(
        await db.transaction((tx) => store.updateMilestone(tx, actorOf(req), req.params.regionCode, req.params.id, req.body)),
      );
    },
  );

  app.delete(
    '/api/programmes/:regionCode/milestones/:id',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'deleteMilestone',
        tags: ['programmes'],
        summary: '删除节点 Delete a milestone',
        params: milestoneParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      inScope(req, req.params.regionCode);
      await db.transaction((tx) => store.deleteMilestone(tx, actorOf(req), req.params.regionCode, req.params.id));
      return reply.status(204).send(null);
    },
  );
};
