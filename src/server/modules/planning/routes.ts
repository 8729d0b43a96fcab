import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { requirePrincipal, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import type { Db } from '../../db/database.js';
import type { IndicatorRegistry } from '../../platform/indicators.js';
import { expertAssignedFor, projectForPrincipal, projectRefs, visibleProjectIds, type ProjectRef } from '../projects/index.js';
import { participantsOf } from '../projects/index.js';
import { regionNames } from '../projects/index.js';
import * as store from './store.js';
import { measureInput, measureOutRow, measurePatch, planInput, planListItem, planOut, reviewInput, versionOut } from './schemas.js';
import { planAspects } from './tables.js';
import type { VersionRow } from './store.js';

const READERS = { roles: ['admin', 'regulator', 'enterprise', 'expert'] } as const;
const EDITORS = { roles: ['admin', 'enterprise'] } as const;
const REVIEWERS = { roles: ['admin', 'regulator', 'expert'] } as const;
const LIBRARIANS = { roles: ['admin', 'regulator'] } as const;

const projectParams = z.object({ projectId: z.string().uuid() });
/** The project_experts purpose that makes an expert a reviewer of the project's green plan. */
export const PLAN_REVIEW_PURPOSE = 'planning';

type VersionOut = z.infer<typeof versionOut>;

/** A stored version with the live value of every linked target (plan against actual). */
async function versionView(
  db: Db,
  indicators: IndicatorRegistry,
  projectId: string,
  v: VersionRow,
  now: Date,
  cache: Map<string, Promise<number | null>>,
): Promise<VersionOut> {
  const actualOf = (key: string) => {
    let p = cache.get(key);
    if (!p) {
      const def = indicators.get(key);
      p = def ? def.valueFor(db, projectId, now).catch(() => null) : Promise.resolve(null);
      cache.set(key, p);
    }
    return p;
  };
  const aspects = await Promise.all(
    planAspects.map(async (aspect) => {
      const a = v.content[aspect] ?? { summary: null, targets: [], measures: [] };
      const targets = await Promise.all(
        a.targets.map(async (t) => {
          const actual = t.indicatorKey ? await actualOf(t.indicatorKey) : null;
          const met = actual === null ? null : t.direction === 'lowerIsBetter' ? actual <= t.targetValue : actual >= t.targetValue;
          const def = t.indicatorKey ? indicators.get(t.indicatorKey) : undefined;
          return { ...t, indicatorName: def ? def.name['zh-CN'] : null, actual, met };
        }),
      );
      return { aspect, summary: a.summary, targets, measures: a.measures };
    }),
  );
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: v.id,
    version: v.version,
    status: v.status,
    createdAt: v.createdAt.toISOString(),
    createdByName: v.createdByName,
    updatedAt: v.updatedAt.toISOString(),
    submittedAt: iso(v.submittedAt),
    reviewedAt: iso(v.reviewedAt),
    reviewedByName: v.reviewedByName,
    reviewComment: v.reviewComment,
    approvedAt: iso(v.approvedAt),
    aspects,
  };
}

/** Regions a regulator maintains measures for: their own; ministry regulators and admins any (null = national). */
function checkMeasureRegion(p: Principal, regionCode: string | null) {
  if (p.role === 'admin') return;
  if (p.role === 'regulator' && !p.regionCode) return;
  if (p.role === 'regulator' && p.regionCode === regionCode) return;
  throw new AppError(403, 'measure_region_forbidden');
}

/** 绿色策划: measure library per region and one versioned, reviewed plan per project. */
export const planningModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db } = ctx;

  /**
   * Who approves or returns a green plan: an administrator, a regulator who sees the project (its region's, or the
   * ministry), or an expert assigned to this project for plan review (purpose 'planning'). Being assigned to review the
   * project's application, inspect it or evaluate it lets an expert read the plan, not decide on it.
   */
  async function mayReviewPlan(p: Principal, project: ProjectRef): Promise<boolean> {
    if (p.role === 'admin' || p.role === 'regulator') return true;
    if (p.role === 'expert') return expertAssignedFor(db, project.id, p.userId, [PLAN_REVIEW_PURPOSE]);
    return false;
  }

  async function planView(p: Principal | null, project: ProjectRef) {
    const state = await store.planState(db, project.id);
    const now = new Date();
    const cache = new Map<string, Promise<number | null>>();
    const view = (v: VersionRow) => versionView(db, ctx.indicators, project.id, v, now, cache);
    const participants = await participantsOf(db, project.id);
    const editor = p?.role === 'admin' || p?.role === 'enterprise';
    const reviewer = p ? await mayReviewPlan(p, project) : false;
    const ws = state.working?.status;
    return {
      project: { id: project.id, code: project.code, name: project.name, regionCode: project.regionCode, status: project.status },
      planId: state.planId,
      current: state.current ? await view(state.current) : null,
      draft: state.working ? await view(state.working) : null,
      history: await Promise.all(state.versions.map(view)),
      participants,
      permissions: {
        edit: editor && ws !== 'submitted',
        submit: editor && (ws === 'draft' || ws === 'returned'),
        withdraw: editor && ws === 'submitted',
        review: reviewer && ws === 'submitted',
      },
    };
  }

  // ---------------------------------------------------------------- indicators and measures

  app.get(
    '/api/planning/indicator-options',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'listPlanningIndicatorOptions',
        tags: ['planning'],
        summary: '可关联的平台指标 Indicators a target can link to',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                key: z.string(),
                module: z.string(),
                name: z.object({ 'zh-CN': z.string(), en: z.string() }),
                unit: z.string(),
                direction: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: ctx.indicators.list().map((d) => ({ key: d.key, module: d.module, name: d.name, unit: d.unit, direction: d.direction })),
    }),
  );

  app.get(
    '/api/planning/measures',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'listPlanningMeasures',
        tags: ['planning'],
        summary: '措施库 Measure library (national + regional)',
        querystring: z.object({
          regionCode: z.string().max(40).optional(),
          aspect: z.enum(planAspects).optional(),
          q: z.string().max(100).optional(),
          includeInactive: z.enum(['1', '0']).optional(),
        }),
        response: { 200: z.object({ items: z.array(measureOutRow), total: z.number() }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      // Regional users see the national library and their region's; others may narrow to one region.
      const regions = p.regionCode ? [p.regionCode] : req.query.regionCode ? [req.query.regionCode] : null;
      const items = await store.listMeasures(db, {
        regions,
        aspect: req.query.aspect,
        q: req.query.q,
        includeInactive: req.query.includeInactive === '1',
      });
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/planning/measures',
    {
      config: { access: LIBRARIANS },
      schema: {
        operationId: 'createPlanningMeasure',
        tags: ['planning'],
        summary: '新增措施 Add a measure',
        body: measureInput,
        response: { 201: measureOutRow },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const regionCode = p.role === 'regulator' && p.regionCode ? (req.body.regionCode ?? p.regionCode) : (req.body.regionCode ?? null);
      checkMeasureRegion(p, regionCode);
      if (regionCode) {
        const name = await regionNames(db);
        if (name(regionCode) === regionCode)
          throw new AppError(400, 'validation_failed', {}, [{ path: 'regionCode', code: 'planning_region_unknown' }]);
      }
      const row = await db.transaction((tx) => store.createMeasure(tx, actorOf(req), { ...req.body, regionCode }));
      return reply.status(201).send(row);
    },
  );

  app.patch(
    '/api/planning/measures/:id',
    {
      config: { access: LIBRARIANS },
      schema: {
        operationId: 'updatePlanningMeasure',
        tags: ['planning'],
        summary: '修改或停用措施 Edit or retire a measure',
        params: z.object({ id: z.string().uuid() }),
        body: measurePatch,
        response: { 200: measureOutRow },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      return db.transaction(async (tx) => {
        const before = await store.getMeasure(tx, req.params.id);
        if (!before || (p.regionCode && before.regionCode !== null && before.regionCode !== p.regionCode)) throw notFound();
        checkMeasureRegion(p, before.regionCode);
        return store.updateMeasure(tx, actorOf(req), before, req.body);
      });
    },
  );

  // ---------------------------------------------------------------- plans

  app.get(
    '/api/planning/plans',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listPlans',
        tags: ['planning'],
        summary: '绿色策划列表 Plans of the projects in scope',
        querystring: z.object({
          status: z.enum(['none', 'draft', 'submitted', 'returned', 'approved']).optional(),
          regionCode: z.string().max(40).optional(),
          q: z.string().max(100).optional(),
        }),
        response: { 200: z.object({ items: z.array(planListItem), total: z.number() }) },
      },
    },
    async (req) => {
      const ids = await visibleProjectIds(db, req.principal, { regionCode: req.query.regionCode });
      const refs = await projectRefs(db, ids);
      const plans = await store.planOverview(db, ids);
      const q = req.query.q?.trim().toLowerCase();
      const count = (v: VersionRow | null, k: 'targets' | 'measures') =>
        v ? planAspects.reduce((n, a) => n + (v.content[a]?.[k].length ?? 0), 0) : 0;
      const items = [...refs.values()]
        .filter((r) => !q || r.name.toLowerCase().includes(q) || r.code.toLowerCase().includes(q))
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((r) => {
          const e = plans.get(r.id);
          const shown = e?.approved ?? e?.working ?? null;
          return {
            projectId: r.id,
            code: r.code,
            name: r.name,
            regionCode: r.regionCode,
            projectStatus: r.status,
            planId: e?.planId ?? null,
            status: (e?.working?.status ?? (e?.approved ? 'approved' : 'none')) as z.infer<typeof planListItem>['status'],
            approvedVersion: e?.approved?.version ?? null,
            approvedAt: e?.approved?.approvedAt?.toISOString() ?? null,
            workingVersion: e?.working?.version ?? null,
            workingStatus: e?.working?.status ?? null,
            targets: count(e?.working ?? shown, 'targets'),
            measures: count(e?.working ?? shown, 'measures'),
            updatedAt: e?.updatedAt.toISOString() ?? null,
          };
        })
        .filter((r) => !req.query.status || r.status === req.query.status);
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/planning/projects/:projectId/plan',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getPlan',
        tags: ['planning'],
        summary: '项目绿色策划（含计划与实际） A project’s plan, against actual',
        params: projectParams,
        response: { 200: planOut },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      return planView(req.principal, project);
    },
  );

  app.put(
    '/api/planning/projects/:projectId/plan',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'savePlan',
        tags: ['planning'],
        summary: '编制或修改绿色策划 Draft or change the plan',
        params: projectParams,
        body: planInput,
        response: { 200: planOut },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const project = await projectForPrincipal(db, p, req.params.projectId, 'write');
      await db.transaction((tx) => store.savePlan(tx, actorOf(req), ctx.indicators, project, req.body));
      return planView(p, project);
    },
  );

  for (const action of ['submit', 'withdraw', 'approve', 'return'] as const) {
    const review = action === 'approve' || action === 'return';
    const operationIds = { submit: 'submitPlan', withdraw: 'withdrawPlan', approve: 'approvePlan', return: 'returnPlan' };
    const summaries = {
      submit: '提交审核 Submit for review',
      withdraw: '撤回 Withdraw',
      approve: '审核通过 Approve',
      return: '退回修改 Return',
    };
    app.post(
      `/api/planning/projects/:projectId/plan/${action}`,
      {
        config: { access: review ? REVIEWERS : EDITORS },
        schema: {
          operationId: operationIds[action],
          tags: ['planning'],
          summary: summaries[action],
          params: projectParams,
          body: reviewInput.nullish(),
          response: { 200: planOut },
        },
      },
      async (req) => {
        const p = requirePrincipal(req);
        // Editors must be able to write the project; reviewers must see it and hold the plan-review duty (mayReviewPlan).
        const project = await projectForPrincipal(db, p, req.params.projectId, review ? 'read' : 'write');
        if (review && !(await mayReviewPlan(p, project))) throw new AppError(403, 'plan_review_not_assigned');
        await db.transaction((tx) => store.transitionPlan(tx, actorOf(req), project, action, req.body?.comment?.trim() || null));
        return planView(p, project);
      },
    );
  }
};
