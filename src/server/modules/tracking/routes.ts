import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarDate } from '../../platform/dates.js';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import type { ScheduledJob } from '../../platform/scheduler.js';
import { AppError, notFound } from '../../platform/errors.js';
import { requirePrincipal, type Principal } from '../../platform/auth/principal.js';
import { MEDIA, uploadedFile } from '../../platform/openapi.js';
import { actorOf, recordAudit } from '../../platform/audit.js';
import { contentDisposition } from '../../platform/downloads.js';
import { storedObject } from '../../platform/uploads.js';
import { listRegions } from '../accounts/index.js';
import { projectForPrincipal } from '../projects/index.js';
import { allProjects, getProjectRow } from '../projects/index.js';
import { approvedPlanTargets as planTargets } from '../planning/index.js';
import { evidenceKey, storeEvidence } from './files.js';
import * as manual from './manual.js';
import {
  compareRegions,
  dashboardData,
  refreshIndicator,
  lastCompleteMonth,
  projectTrends,
  projectWarnings,
  recomputeProject,
  runSnapshots,
  targetsByKey,
  TRACKED_STATUSES,
  warningsFor,
  type IndicatorInfo,
} from './store.js';

const READERS = { roles: ['admin', 'regulator', 'enterprise', 'expert'] } as const;
const WRITERS = { roles: ['admin', 'enterprise'] } as const;
const RECOMPUTERS = { roles: ['admin', 'regulator'] } as const;
const PENDING_EVIDENCE_HOURS = 24;
/** The snapshot job: a full pass every 15 min; while a backfill remains, short chunks every few seconds. */
const SNAPSHOT_EVERY_MS = 15 * 60_000;
const SNAPSHOT_CHUNK_MS = 1_000;
const SNAPSHOT_PAUSE_MS = 4_000;
const DEMO_FIRST_RUN_MS = 5_000;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month_format');
const isoDate = calendarDate.refine((v) => Date.parse(`${v}T00:00:00Z`) <= Date.now() + 36 * 3600_000, 'date_in_future');
const projectParams = z.object({ projectId: z.string().uuid() });
const regionQuery = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{1,31}$/)
  .optional();

const manualValueInput = z.object({
  indicatorKey: z.string().min(1).max(100),
  value: z.number().finite(),
  asOf: isoDate,
  note: z.string().trim().max(1000).nullish(),
  evidenceIds: z.array(z.string().uuid()).min(1, 'evidence_required').max(10),
});
const evidenceSchema = z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number(), sha256: z.string() });
const catalogueItem = z.object({
  key: z.string(),
  module: z.string(),
  name: z.object({ 'zh-CN': z.string(), en: z.string() }),
  unit: z.string(),
  direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
  definition: z.object({ 'zh-CN': z.string(), en: z.string() }),
  manual: z.boolean(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
});

// Response shapes (store.ts types): they also strip anything else from the output.
const direction = z.enum(['higherIsBetter', 'lowerIsBetter']);
const light = z.enum(['green', 'amber', 'red', 'grey']);
const localisedText = z.object({ 'zh-CN': z.string(), en: z.string() });
const indicatorInfo = z.object({
  key: z.string(),
  module: z.string(),
  name: localisedText,
  unit: z.string(),
  direction,
  manual: z.boolean(),
});
const distributionSchema = z.object({
  count: z.number(),
  min: z.number(),
  q1: z.number(),
  median: z.number(),
  q3: z.number(),
  max: z.number(),
  mean: z.number(),
  histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })),
});
const dashboardSchema = z.object({
  month: z.string(),
  region: z.string().nullable(),
  indicators: z.array(indicatorInfo),
  rows: z.array(
    z.object({
      projectId: z.string(),
      code: z.string(),
      name: z.string(),
      regionCode: z.string(),
      regionName: z.string().nullable(),
      status: z.string(),
      cells: z
        .record(z.string(), z.object({ value: z.number().nullable(), month: z.string().nullable(), target: z.number().nullable(), light }))
        .meta({ description: 'By indicator key' }),
      targets: z.number(),
      met: z.number(),
      score: z.number().nullable().meta({ description: 'Share of targets met among those with a value, in %' }),
      rank: z.number().nullable(),
    }),
  ),
  distributions: z.record(z.string(), distributionSchema.nullable()).meta({ description: 'By indicator key' }),
  lights: z.object({ green: z.number(), amber: z.number(), red: z.number(), grey: z.number() }),
});
const regionComparisonSchema = z.object({
  month: z.string(),
  indicators: z.array(indicatorInfo),
  regions: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string().nullable(),
      projects: z.number(),
      indicators: z.record(
        z.string(),
        z.object({
          count: z.number(),
          median: z.number().nullable(),
          mean: z.number().nullable(),
          withTarget: z.number(),
          met: z.number(),
          metShare: z.number().nullable(),
        }),
      ),
    }),
  ),
});
const warningSchema = z.object({
  projectId: z.string(),
  indicatorKey: z.string(),
  targetName: z.string(),
  target: z.number(),
  unit: z.string(),
  direction,
  dueMonth: z.string(),
  dueSource: z.enum(['plan', 'projectPlannedFinish']),
  latest: z.object({ month: z.string(), value: z.number() }).nullable(),
  forecast: z.number().nullable(),
  slopePerMonth: z.number().nullable(),
  pointsUsed: z.number(),
});
const trendsSchema = z.object({
  project: z.object({ id: z.string(), code: z.string(), name: z.string(), regionCode: z.string(), status: z.string() }),
  series: z.array(
    indicatorInfo.extend({
      points: z.array(z.object({ month: z.string(), value: z.number().nullable() })),
      target: z.object({ value: z.number(), dueDate: z.string().nullable(), planId: z.string(), name: z.string() }).nullable(),
    }),
  ),
});
const manualValueSchema = z.object({
  id: z.string(),
  indicatorKey: z.string(),
  value: z.number(),
  asOf: z.string(),
  note: z.string().nullable(),
  enteredByName: z.string(),
  createdAt: z.string(),
  isDemo: z.boolean(),
  evidence: z.array(evidenceSchema),
});
const manualValuesSchema = z.object({
  items: z.array(manualValueSchema),
  total: z.number(),
  canEnter: z.boolean(),
  definitions: z.array(
    z.object({ key: z.string(), name: localisedText, unit: z.string(), minValue: z.number().nullable(), maxValue: z.number().nullable() }),
  ),
});

/** Regulators with a region see it; the ministry (regulator without region) and admins see every region or one they pick. */
function regionFor(p: Principal, asked: string | undefined): string | undefined {
  if (p.role === 'regulator' && p.regionCode) return p.regionCode;
  return asked;
}

/** Dynamic tracking (动态跟踪): the indicator catalogue, monthly snapshots, trends, warnings, dashboards, manual indicators. */
export const trackingModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db, config } = ctx;
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5 } });

  const manualDefs = await manual.listManualDefinitions(db);
  const manualByKey = new Map(manualDefs.map((d) => [d.key, d]));
  for (const d of manualDefs) ctx.indicators.register(manual.manualIndicator(d));

  const indicatorInfos = (): IndicatorInfo[] =>
    ctx.indicators
      .list()
      .map((d) => ({ key: d.key, module: d.module, name: d.name, unit: d.unit, direction: d.direction, manual: manualByKey.has(d.key) }));

  // ---------- snapshot job ----------
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      void ctx.scheduler.tick(job);
    }, ms);
    t.unref();
    timers.add(t);
  };
  const job: ScheduledJob = {
    name: 'tracking.snapshots',
    everyMs: SNAPSHOT_EVERY_MS,
    run: async (database) => {
      const r = await runSnapshots(database.db, ctx.indicators, {
        budgetMs: SNAPSHOT_CHUNK_MS,
        log: (msg, err) => app.log.warn({ err }, msg),
      });
      if (r.remaining > 0 && timers.size === 0) later(SNAPSHOT_PAUSE_MS);
    },
  };
  ctx.scheduler.add(job);
  // The demo's projects get their history in the background shortly after start, not during it.
  if (config.demo) later(DEMO_FIRST_RUN_MS);
  ctx.onShutdown(() => {
    for (const t of timers) clearTimeout(t);
    timers.clear();
  });
  ctx.scheduler.add({
    name: 'tracking.pending-evidence',
    everyMs: 3600_000,
    run: async () => {
      for (const e of await manual.expiredPendingEvidence(db, PENDING_EVIDENCE_HOURS)) {
        await manual.deleteEvidenceRow(db, e.id);
        await ctx.objects.delete(evidenceKey(e.projectId, e.id));
      }
    },
  });

  // ---------- catalogue ----------
  app.get(
    '/api/indicators',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'listIndicators',
        tags: ['tracking'],
        summary: '指标目录 Indicator catalogue',
        response: { 200: z.object({ items: z.array(catalogueItem) }) },
      },
    },
    async () => ({
      items: ctx.indicators.list().map((d) => {
        const m = manualByKey.get(d.key);
        return {
          key: d.key,
          module: d.module,
          name: d.name,
          unit: d.unit,
          direction: d.direction,
          definition: d.definition,
          manual: !!m,
          minValue: m?.minValue ?? null,
          maxValue: m?.maxValue ?? null,
        };
      }),
    }),
  );

  // ---------- dashboards ----------
  async function trackedProjects(p: Principal, region?: string) {
    return (await allProjects(db, { regionCode: region, status: TRACKED_STATUSES, visibleTo: p })).filter(
      (r) => TRACKED_STATUSES.includes(r.status) && (!region || r.regionCode === region),
    );
  }

  app.get(
    '/api/tracking/dashboard',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getTrackingDashboard',
        tags: ['tracking'],
        summary: '动态跟踪看板 Regional dashboard: rankings, distributions, projects × indicators with traffic lights',
        querystring: z.object({ region: regionQuery, month: month.optional(), rankBy: z.string().max(100).optional() }),
        response: { 200: dashboardSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const region = regionFor(p, req.query.region);
      const m = req.query.month ?? lastCompleteMonth();
      const data = await dashboardData(db, await trackedProjects(p, region), indicatorInfos(), m, req.query.rankBy);
      return { ...data, region: region ?? null };
    },
  );

  app.get(
    '/api/tracking/regions',
    {
      config: { access: { roles: ['admin', 'regulator'] } },
      schema: {
        operationId: 'compareTrackingRegions',
        tags: ['tracking'],
        summary: '三地指标对比 Ministry view comparing the regions',
        querystring: z.object({ month: month.optional() }),
        response: { 200: regionComparisonSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      if (p.role === 'regulator' && p.regionCode) throw new AppError(403, 'ministry_only');
      const m = req.query.month ?? lastCompleteMonth();
      const projects = await trackedProjects(p);
      const data = await dashboardData(db, projects, indicatorInfos(), m);
      const present = new Set(projects.map((r) => r.regionCode));
      const regions = (await listRegions(db)).filter((r) => present.has(r.code));
      return { month: m, indicators: data.indicators, regions: compareRegions(data, regions) };
    },
  );

  app.get(
    '/api/tracking/warnings',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listTrackingWarnings',
        tags: ['tracking'],
        summary: '预警 Early warnings of the visible projects',
        querystring: z.object({ region: regionQuery }),
        response: {
          200: z.object({
            items: z.array(warningSchema.extend({ projectCode: z.string(), projectName: z.string(), regionCode: z.string() })),
            total: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const projects = await trackedProjects(p, regionFor(p, req.query.region));
      const byId = new Map(projects.map((r) => [r.id, r]));
      const warnings = await warningsFor(
        db,
        projects.map((r) => r.id),
        byId,
      );
      const items = [...warnings.values()].flat().map((w) => {
        const pr = byId.get(w.projectId)!;
        return { ...w, projectCode: pr.code, projectName: pr.name, regionCode: pr.regionCode };
      });
      items.sort((a, b) => a.projectCode.localeCompare(b.projectCode) || a.indicatorKey.localeCompare(b.indicatorKey));
      return { items, total: items.length };
    },
  );

  // ---------- one project ----------
  app.get(
    '/api/tracking/projects/:projectId/trends',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getProjectTrends',
        tags: ['tracking'],
        summary: '指标趋势 Monthly series per indicator with plan targets',
        params: projectParams,
        querystring: z.object({ keys: z.string().max(2000).optional() }),
        response: { 200: trendsSchema },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const keys = (req.query.keys ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean);
      const [series, targets] = await Promise.all([projectTrends(db, project.id, keys), planTargets(db, [project.id])]);
      const tk = targetsByKey(targets.get(project.id));
      const infos = new Map(indicatorInfos().map((i) => [i.key, i]));
      return {
        project: { id: project.id, code: project.code, name: project.name, regionCode: project.regionCode, status: project.status },
        series: [...series.entries()]
          .filter(([k]) => infos.has(k))
          .map(([k, points]) => {
            const t = tk.get(k);
            return {
              ...infos.get(k)!,
              points,
              target: t ? { value: t.targetValue, dueDate: t.dueDate, planId: t.planId, name: t.name } : null,
            };
          }),
      };
    },
  );

  app.get(
    '/api/tracking/projects/:projectId/warnings',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listProjectWarnings',
        tags: ['tracking'],
        summary: '项目预警 Early warnings of a project',
        params: projectParams,
        response: { 200: z.object({ items: z.array(warningSchema), total: z.number() }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const items = await projectWarnings(db, project.id);
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/tracking/projects/:projectId/snapshots/recompute',
    {
      config: { access: RECOMPUTERS },
      schema: {
        operationId: 'recomputeProjectSnapshots',
        tags: ['tracking'],
        summary: '重算月度快照 Recompute the monthly snapshots of a project',
        params: projectParams,
        response: { 200: z.object({ months: z.number() }) },
      },
    },
    async (req) => {
      const ref = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const row = await getProjectRow(db, ref.id);
      if (!row) throw notFound();
      const months = await recomputeProject(db, ctx.indicators, row);
      await recordAudit(db, actorOf(req), {
        action: 'tracking.snapshots.recompute',
        entityType: 'project',
        entityId: ref.id,
        regionCode: ref.regionCode,
        after: { months },
      });
      return { months };
    },
  );

  // ---------- manual indicators ----------
  app.get(
    '/api/tracking/projects/:projectId/manual-values',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listManualValues',
        tags: ['tracking'],
        summary: '手工填报指标 Manually entered indicator values',
        params: projectParams,
        response: { 200: manualValuesSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const project = await projectForPrincipal(db, p, req.params.projectId, 'read');
      const items = await manual.listManualValues(db, project.id);
      const canEnter = p.role === 'admin' || (p.role === 'enterprise' && p.organisationId === project.ownerOrganisationId);
      return {
        items,
        total: items.length,
        canEnter,
        definitions: manualDefs.map((d) => ({
          key: d.key,
          name: { 'zh-CN': d.nameZh, en: d.nameEn },
          unit: d.unit,
          minValue: d.minValue,
          maxValue: d.maxValue,
        })),
      };
    },
  );

  app.post(
    '/api/tracking/projects/:projectId/manual-values',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'createManualValue',
        tags: ['tracking'],
        summary: '填报手工指标（附证明材料） Enter a value with evidence',
        params: projectParams,
        body: manualValueInput,
        response: { 201: manualValueSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const project = await projectForPrincipal(db, p, req.params.projectId, 'write');
      const id = randomUUID();
      await db.transaction((tx) => manual.createManualValue(tx, actorOf(req), project.id, id, req.body));
      // Months already snapshotted from the entry's date on show the new value at once.
      await refreshIndicator(db, ctx.indicators, project.id, req.body.indicatorKey, req.body.asOf.slice(0, 7));
      const created = (await manual.listManualValues(db, project.id)).find((v) => v.id === id)!;
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/tracking/projects/:projectId/evidence',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'uploadTrackingEvidence',
        tags: ['tracking'],
        summary: '上传证明材料（PDF/PNG/JPEG） Upload an evidence file',
        params: projectParams,
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('PDF, PNG or JPEG') }) },
        response: { 201: evidenceSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const project = await projectForPrincipal(db, p, req.params.projectId, 'write');
      if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type');
      const file = await req.file();
      if (!file) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'evidence_missing' }]);
      const id = randomUUID();
      const target = evidenceKey(project.id, id);
      const stored = await storeEvidence(file.file, ctx.objects, target, config.uploadLimitBytes);
      const fileName = (file.filename || 'evidence').replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200);
      const row = {
        id,
        projectId: project.id,
        fileName,
        mediaType: stored.mediaType,
        sizeBytes: stored.size,
        sha256: stored.sha256,
        createdBy: p.userId,
      };
      try {
        await db.transaction((tx) => manual.insertPendingEvidence(tx, actorOf(req), row));
      } catch (err) {
        await ctx.objects.delete(target).catch(() => undefined);
        throw err;
      }
      return reply.status(201).send({ id, fileName, mediaType: row.mediaType, sizeBytes: row.sizeBytes, sha256: row.sha256 });
    },
  );

  app.get(
    '/api/tracking/projects/:projectId/evidence/:id',
    {
      config: { access: READERS },
      schema: {
        operationId: 'downloadTrackingEvidence',
        tags: ['tracking'],
        summary: '下载证明材料 Download an evidence file',
        params: projectParams.extend({ id: z.string().uuid() }),
        download: { media: [MEDIA.pdf, MEDIA.png, MEDIA.jpeg] },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const e = await manual.getEvidence(db, project.id, req.params.id);
      if (!e) throw notFound();
      const file = await storedObject(ctx.objects, evidenceKey(project.id, e.id));
      return reply
        .header('content-type', e.mediaType)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(e.fileName))
        .header('x-content-sha256', e.sha256)
        .send(file.body);
    },
  );
};
