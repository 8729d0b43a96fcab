import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarDate } from '../../platform/dates.js';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { regionExists } from '../accounts/index.js';
import { requirePrincipal, visibleRegions, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { projectForPrincipal, visibleProjectIds } from '../projects/index.js';
import { storeUpload } from '../../platform/uploads.js';
import { contentDisposition } from '../../platform/downloads.js';
import * as store from './store.js';
import { evaluationKinds } from './tables.js';
import { MEDIA, uploadedFile } from '../../platform/openapi.js';
import * as out from './schemas.js';
import {
  projectReportData,
  projectReportHtml,
  projectReportXlsx,
  sharedRenderer,
  summaryReportData,
  summaryReportHtml,
  summaryReportXlsx,
} from './report.js';

const READERS = { roles: ['admin', 'regulator', 'enterprise', 'expert'] } as const;
const STAFF = { roles: ['admin', 'regulator'] } as const;
const ENTERPRISE_OR_STAFF = { roles: ['admin', 'regulator', 'enterprise'] } as const;
const EXPERT = { roles: ['expert'] } as const;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const uuidParam = z.string().uuid();
const idParams = z.object({ id: uuidParam });
const projectParams = z.object({ projectId: uuidParam });
const regionParams = z.object({ code: z.string().min(1).max(50) });
const isoDate = calendarDate;

export const evidencePath = (dataDir: string, projectId: string, id: string) => path.join(dataDir, 'evaluation', projectId, id);

function sendFile(reply: FastifyReply, type: string, name: string, buf: Buffer) {
  reply.header('content-type', type);
  reply.header('content-disposition', contentDisposition(name));
  return reply.send(buf);
}

/** A scheme with its document (the response schema requires it; schemeOut's flag leaves it optional in the type). */
const schemeWithDocument = (row: Parameters<typeof store.schemeOut>[0]) =>
  store.schemeOut(row, true) as ReturnType<typeof store.schemeOut> & { document: typeof row.document };

/** A region the principal may report on: 404 when out of scope (regulators their own, ministry and admin all). */
function assertRegionVisible(p: Principal, code: string) {
  const regions = visibleRegions(p);
  if (p.role !== 'admin' && p.role !== 'regulator') throw notFound();
  if (regions && !regions.includes(code)) throw notFound();
}

/**
 * 绿色建造评价: schemes as versioned data, monthly self-evaluations, stage expert evaluations and the final
 * evaluation with frozen inputs, the regional ranking, policy recommendations and the PDF / Excel reports.
 */
export const evaluationModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db, config } = ctx;
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5 } });
  await store.seedSchemes(db);
  const renderer = sharedRenderer();
  ctx.onShutdown(() => renderer.close());
  const deps = { db, indicators: ctx.indicators };

  // ---------- schemes ----------
  app.get(
    '/api/evaluation/schemes',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listEvaluationSchemes',
        tags: ['evaluation'],
        summary: '评价方案 Evaluation schemes (all versions)',
        response: { 200: z.object({ items: z.array(out.schemeSchema), total: z.number() }) },
      },
    },
    async (req) => {
      const rows = await store.listSchemes(db, req.principal);
      return { items: rows.map((r) => store.schemeOut(r)), total: rows.length };
    },
  );

  app.get(
    '/api/evaluation/schemes/:id',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getEvaluationScheme',
        tags: ['evaluation'],
        summary: '评价方案详情 A scheme version with its document',
        params: idParams,
        response: { 200: out.schemeWithDocument },
      },
    },
    async (req) => {
      return schemeWithDocument(await store.schemeForPrincipal(db, req.principal, req.params.id));
    },
  );

  app.post(
    '/api/evaluation/schemes/:id/clone',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'cloneEvaluationScheme',
        tags: ['evaluation'],
        summary: '复制方案到地区 Clone a scheme into a region',
        params: idParams,
        body: z.object({ regionCode: z.string().min(1).max(50).optional() }),
        response: { 201: out.schemeWithDocument },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const regionCode = req.body.regionCode ?? p.regionCode;
      if (!regionCode) throw new AppError(400, 'validation_failed', {}, [{ path: 'regionCode', code: 'required' }]);
      if (!(await regionExists(db, regionCode))) throw invalidField('regionCode', 'region_unknown');
      const row = await db.transaction((tx) => store.cloneScheme(tx, actorOf(req), p, req.params.id, regionCode));
      return reply.status(201).send(schemeWithDocument(row));
    },
  );

  app.put(
    '/api/evaluation/schemes/:id',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'updateEvaluationScheme',
        tags: ['evaluation'],
        summary: '修改方案（已使用的方案生成新版本） Edit a scheme; a frozen one makes version+1',
        params: idParams,
        body: z.object({ document: z.record(z.string(), z.unknown()) }),
        response: { 200: out.schemeWithDocument.extend({ newVersion: z.boolean() }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { row, newVersion } = await db.transaction((tx) => store.saveScheme(tx, actorOf(req), p, req.params.id, req.body.document));
      return { ...schemeWithDocument(row), newVersion };
    },
  );

  // ---------- project ↔ scheme ----------
  app.get(
    '/api/evaluation/projects/:projectId/scheme',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getProjectEvaluationScheme',
        tags: ['evaluation'],
        summary: '项目评价方案 The scheme a project is evaluated under',
        params: projectParams,
        response: { 200: z.object({ schemeCode: z.string(), scheme: out.schemeWithDocument.nullable() }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const code = await store.projectSchemeCode(db, project.id);
      const latest = await store.latestScheme(db, code);
      return { schemeCode: code, scheme: latest ? schemeWithDocument(latest) : null };
    },
  );

  app.put(
    '/api/evaluation/projects/:projectId/scheme',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'setProjectEvaluationScheme',
        tags: ['evaluation'],
        summary: "指定项目评价方案 Choose a project's scheme",
        params: projectParams,
        body: z.object({ schemeCode: z.string().min(1).max(200) }),
        response: { 200: z.object({ schemeCode: z.string() }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      await db.transaction((tx) => store.assignProjectScheme(tx, actorOf(req), project, req.body.schemeCode));
      return { schemeCode: req.body.schemeCode };
    },
  );

  // ---------- evaluations of a project ----------
  app.get(
    '/api/evaluation/projects/:projectId/evaluations',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listProjectEvaluations',
        tags: ['evaluation'],
        summary: '项目评价列表 Evaluations of a project, with the project result',
        params: projectParams,
        response: {
          200: z.object({
            project: z.object({ id: z.string(), code: z.string(), name: z.string(), regionCode: z.string() }),
            items: z.array(out.evaluationSummary),
            total: z.number(),
            result: out.projectResultSchema,
            schemeCode: z.string(),
          }),
        },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const items = await store.listProjectEvaluations(db, project, req.principal);
      return {
        project: { id: project.id, code: project.code, name: project.name, regionCode: project.regionCode },
        items,
        total: items.length,
        result: await store.projectEvaluationResult(db, project.id),
        schemeCode: await store.projectSchemeCode(db, project.id),
      };
    },
  );

  app.post(
    '/api/evaluation/projects/:projectId/evaluations',
    {
      config: { access: ENTERPRISE_OR_STAFF },
      schema: {
        operationId: 'openEvaluation',
        tags: ['evaluation'],
        summary: '开启评价（月度自评 / 阶段专家评价 / 最终评价） Open an evaluation',
        params: projectParams,
        body: z.object({
          kind: z.enum(evaluationKinds),
          period: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'period_format')
            .optional(),
          stageId: z.string().max(100).optional(),
          evaluatedOn: isoDate.optional(),
        }),
        response: { 201: out.evaluationDetailSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const project = await projectForPrincipal(db, p, req.params.projectId, 'write');
      if (p.role === 'enterprise' && req.body.kind !== 'monthly_self') throw new AppError(403, 'forbidden');
      const id = await db.transaction((tx) => store.openEvaluation(tx, ctx.indicators, actorOf(req), project, req.body));
      const row = await store.evaluationRow(db, id);
      return reply.status(201).send(await store.evaluationDetail(db, row, project, p));
    },
  );

  app.get(
    '/api/evaluation/projects/:projectId/result',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getProjectEvaluationResult',
        tags: ['evaluation'],
        summary: '项目评价结果 Batch → stage → project result',
        params: projectParams,
        response: { 200: z.object({ result: out.projectResultSchema }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      return { result: await store.projectEvaluationResult(db, project.id) };
    },
  );

  // ---------- one evaluation ----------
  async function loadFor(p: Principal | null, id: string, intent: 'read' | 'write' = 'read') {
    return store.evaluationForPrincipal(db, p, id, intent);
  }

  /** Who may change items / submit / close: the enterprise on its own monthly self-evaluation, staff on any. */
  function assertWriter(p: Principal, kind: string) {
    if (p.role === 'admin' || p.role === 'regulator') return;
    if (p.role === 'enterprise' && kind === 'monthly_self') return;
    throw new AppError(403, 'forbidden');
  }

  app.get(
    '/api/evaluation/evaluations/:id',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getEvaluation',
        tags: ['evaluation'],
        summary: '评价详情（每项输入可查） An evaluation with every input',
        params: idParams,
        response: { 200: out.evaluationDetailSchema },
      },
    },
    async (req) => {
      const { row, project } = await loadFor(req.principal, req.params.id);
      return store.evaluationDetail(db, row, project, req.principal);
    },
  );

  app.post(
    '/api/evaluation/evaluations/:id/refresh',
    {
      config: { access: ENTERPRISE_OR_STAFF },
      schema: {
        operationId: 'refreshEvaluation',
        tags: ['evaluation'],
        summary: '刷新自动指标 Refill indicator items',
        params: idParams,
        response: { 200: out.evaluationDetailSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { row, project } = await loadFor(p, req.params.id, 'write');
      assertWriter(p, row.kind);
      await db.transaction((tx) => store.refreshAutoItems(tx, ctx.indicators, row.id));
      return store.evaluationDetail(db, await store.evaluationRow(db, row.id), project, p);
    },
  );

  app.put(
    '/api/evaluation/evaluations/:id/items/:itemId',
    {
      config: { access: ENTERPRISE_OR_STAFF },
      schema: {
        operationId: 'saveEvaluationItem',
        tags: ['evaluation'],
        summary: '填写评价指标（自评得分或不适用） Enter an item score or 不适用',
        params: idParams.extend({ itemId: z.string().min(1).max(200) }),
        body: z.object({
          score: z.number().finite().nullable().optional(),
          note: z.string().max(2000).nullable().optional(),
          notApplicable: z.boolean().optional(),
          reason: z.string().max(2000).nullable().optional(),
        }),
        response: { 200: out.evaluationDetailSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { row, project } = await loadFor(p, req.params.id, 'write');
      assertWriter(p, row.kind);
      await db.transaction((tx) => store.setItemEntry(tx, actorOf(req), p, row, { ...req.body, itemId: req.params.itemId }));
      return store.evaluationDetail(db, await store.evaluationRow(db, row.id), project, p);
    },
  );

  app.post(
    '/api/evaluation/evaluations/:id/evidence',
    {
      config: { access: ENTERPRISE_OR_STAFF },
      schema: {
        operationId: 'uploadEvaluationEvidence',
        tags: ['evaluation'],
        summary: '上传证据（PDF/PNG/JPEG/WebP） Upload evidence for an item',
        params: idParams,
        querystring: z.object({ itemId: z.string().min(1).max(200) }),
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('PDF, PNG, JPEG or WebP (checked by content)') }) },
        response: { 201: out.evidenceSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const { row, project } = await loadFor(p, req.params.id, 'write');
      assertWriter(p, row.kind);
      if (row.status === 'closed') throw new AppError(409, 'evaluation_closed');
      const scheme = (await store.schemeById(db, row.schemeId)).document;
      if (
        !row.stageId ||
        !scheme.stages.find((s) => s.id === row.stageId)?.elements.some((e) => e.items.some((i) => i.id === req.query.itemId))
      )
        throw new AppError(400, 'validation_failed', {}, [{ path: 'itemId', code: 'evaluation_item_unknown' }]);
      if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type');
      const file = await req.file();
      if (!file) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'attachment_missing' }]);
      const id = randomUUID();
      const target = evidencePath(config.dataDir, project.id, id);
      const stored = await storeUpload(file.file, target, {
        limit: config.uploadLimitBytes,
        emptyCode: 'attachment_empty',
        typeCode: 'attachment_type_unsupported',
      });
      const fileName = (file.filename || 'evidence').replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200);
      const ev = {
        id,
        projectId: project.id,
        evaluationId: row.id,
        itemId: req.query.itemId,
        fileName,
        mediaType: stored.mediaType,
        sizeBytes: stored.size,
        sha256: stored.sha256,
        createdBy: p.userId,
      };
      try {
        await db.transaction((tx) => store.insertEvidence(tx, actorOf(req), ev));
      } catch (err) {
        fs.rmSync(target, { force: true });
        throw err;
      }
      return reply
        .status(201)
        .send({ id, itemId: ev.itemId, fileName, mediaType: ev.mediaType, sizeBytes: ev.sizeBytes, sha256: ev.sha256 });
    },
  );

  app.get(
    '/api/evaluation/evaluations/:id/evidence/:evidenceId',
    {
      config: { access: READERS },
      schema: {
        operationId: 'downloadEvaluationEvidence',
        tags: ['evaluation'],
        summary: '下载证据 Download evidence',
        params: idParams.extend({ evidenceId: uuidParam }),
        download: { media: [MEDIA.pdf, MEDIA.png, MEDIA.jpeg, MEDIA.webp] },
      },
    },
    async (req, reply) => {
      const { row } = await loadFor(req.principal, req.params.id);
      const e = await store.evidenceRow(db, row.id, req.params.evidenceId);
      const file = evidencePath(config.dataDir, e.projectId, e.id);
      if (!fs.existsSync(file)) throw notFound();
      return reply
        .header('content-type', e.mediaType)
        .header('content-disposition', contentDisposition(e.fileName))
        .header('x-content-sha256', e.sha256)
        .send(fs.createReadStream(file));
    },
  );

  app.get(
    '/api/evaluation/evaluations/:id/experts/candidates',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'listEvaluationExpertCandidates',
        tags: ['evaluation'],
        summary: '可选专家（利益冲突标记） Expert candidates',
        params: idParams,
        response: { 200: z.object({ items: z.array(out.expertCandidate), total: z.number() }) },
      },
    },
    async (req) => {
      const { row } = await loadFor(req.principal, req.params.id);
      const items = await store.expertCandidates(db, row);
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/evaluation/evaluations/:id/experts',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'assignEvaluationExperts',
        tags: ['evaluation'],
        summary: '分配评价专家（利益冲突回避） Assign experts',
        params: idParams,
        body: z.object({ expertUserIds: z.array(z.string()).min(1).max(20) }),
        response: { 200: out.evaluationDetailSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { row, project } = await loadFor(p, req.params.id, 'write');
      await db.transaction((tx) => store.assignExperts(tx, actorOf(req), row, req.body.expertUserIds));
      return store.evaluationDetail(db, await store.evaluationRow(db, row.id), project, p);
    },
  );

  app.put(
    '/api/evaluation/evaluations/:id/expert-scores',
    {
      config: { access: EXPERT },
      schema: {
        operationId: 'saveExpertScores',
        tags: ['evaluation'],
        summary: '专家评分（保存或提交） Expert scores',
        params: idParams,
        body: z.object({
          scores: z
            .array(
              z.object({
                itemId: z.string().min(1).max(200),
                score: z.number().finite(),
                comment: z.string().max(2000).nullable().optional(),
              }),
            )
            .max(500),
          comment: z.string().max(4000).nullable().optional(),
          submit: z.boolean().default(false),
        }),
        response: { 200: out.evaluationDetailSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { row, project } = await loadFor(p, req.params.id);
      await db.transaction((tx) => store.saveExpertScores(tx, actorOf(req), p, row, req.body));
      return store.evaluationDetail(db, await store.evaluationRow(db, row.id), project, p);
    },
  );

  app.get(
    '/api/evaluation/mine',
    {
      config: { access: EXPERT },
      schema: {
        operationId: 'listMyEvaluations',
        tags: ['evaluation'],
        summary: '我的评价任务 My assigned evaluations',
        response: { 200: z.object({ items: z.array(out.myEvaluation), total: z.number() }) },
      },
    },
    async (req) => {
      const items = await store.myExpertEvaluations(db, requirePrincipal(req));
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/evaluation/evaluations/:id/submit',
    {
      config: { access: ENTERPRISE_OR_STAFF },
      schema: {
        operationId: 'submitEvaluation',
        tags: ['evaluation'],
        summary: '提交评价 Submit',
        params: idParams,
        response: { 200: out.evaluationDetailSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { row, project } = await loadFor(p, req.params.id, 'write');
      assertWriter(p, row.kind);
      await db.transaction((tx) => store.submitEvaluation(tx, actorOf(req), row));
      return store.evaluationDetail(db, await store.evaluationRow(db, row.id), project, p);
    },
  );

  app.post(
    '/api/evaluation/evaluations/:id/close',
    {
      config: { access: ENTERPRISE_OR_STAFF },
      schema: {
        operationId: 'closeEvaluation',
        tags: ['evaluation'],
        summary: '关闭评价（冻结输入和结果） Close and freeze',
        params: idParams,
        response: { 200: out.evaluationDetailSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { row, project } = await loadFor(p, req.params.id, 'write');
      assertWriter(p, row.kind);
      await db.transaction((tx) => store.closeEvaluation(tx, actorOf(req), row));
      return store.evaluationDetail(db, await store.evaluationRow(db, row.id), project, p);
    },
  );

  app.post(
    '/api/evaluation/evaluations/:id/recompute',
    {
      config: { access: READERS },
      schema: {
        operationId: 'recomputeEvaluation',
        tags: ['evaluation'],
        summary: '按冻结输入重算 Recompute from frozen inputs',
        params: idParams,
        response: { 200: out.recomputeSchema },
      },
    },
    async (req) => {
      const { row } = await loadFor(req.principal, req.params.id);
      return store.recomputeEvaluation(db, row);
    },
  );

  // ---------- ranking ----------
  app.get(
    '/api/evaluation/ranking',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getEvaluationRanking',
        tags: ['evaluation'],
        summary: '评价排名 Ranking of pilot projects',
        querystring: z.object({ region: z.string().max(50).optional() }),
        response: { 200: z.object({ items: z.array(out.rankingRow), total: z.number() }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const regionCode = req.query.region || undefined;
      if (regionCode) assertRegionVisible(p, regionCode);
      const ids = await visibleProjectIds(db, p, { regionCode, statuses: ['selected', 'implementing', 'completed', 'summarised'] });
      const items = await store.ranking(db, ids);
      return { items, total: items.length };
    },
  );

  // ---------- policy recommendations ----------
  app.get(
    '/api/evaluation/regions/:code/policies',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getRegionPolicies',
        tags: ['evaluation'],
        summary: '政策建议 Policy recommendations of a region',
        params: regionParams,
        response: { 200: z.object({ items: z.array(out.policySchema), total: z.number() }) },
      },
    },
    async (req) => {
      assertRegionVisible(requirePrincipal(req), req.params.code);
      const items = await store.policyRecommendations(db, req.params.code);
      return { items, total: items.length };
    },
  );

  app.put(
    '/api/evaluation/regions/:code/policies',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'saveRegionPolicies',
        tags: ['evaluation'],
        summary: '保存政策建议 Save policy recommendations',
        params: regionParams,
        body: z.object({
          sections: z.array(z.object({ title: z.string().trim().min(1).max(200), body: z.string().trim().min(1).max(20000) })).max(50),
        }),
        response: { 200: z.object({ items: z.array(out.policySchema), total: z.number() }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      assertRegionVisible(p, req.params.code);
      if (!(await regionExists(db, req.params.code))) throw invalidField('code', 'region_unknown');
      await db.transaction((tx) => store.savePolicyRecommendations(tx, actorOf(req), req.params.code, req.body.sections));
      const items = await store.policyRecommendations(db, req.params.code);
      return { items, total: items.length };
    },
  );

  // ---------- reports ----------
  app.get(
    '/api/evaluation/projects/:projectId/report.pdf',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getProjectEvaluationReportPdf',
        tags: ['evaluation'],
        summary: '项目评价报告 PDF',
        params: projectParams,
        download: { media: [MEDIA.pdf] },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const data = await projectReportData(deps, project.id);
      return sendFile(reply, 'application/pdf', `${project.code}-评价报告.pdf`, await renderer.pdf(projectReportHtml(data)));
    },
  );

  app.get(
    '/api/evaluation/projects/:projectId/report.xlsx',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getProjectEvaluationReportXlsx',
        tags: ['evaluation'],
        summary: '项目评价报告 Excel',
        params: projectParams,
        download: { media: [MEDIA.xlsx] },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      return sendFile(
        reply,
        XLSX_TYPE,
        `${project.code}-评价报告.xlsx`,
        await projectReportXlsx(await projectReportData(deps, project.id)),
      );
    },
  );

  async function summaryFor(p: Principal, code: string) {
    assertRegionVisible(p, code);
    const ids = await visibleProjectIds(db, p, { regionCode: code });
    return summaryReportData(deps, code, ids);
  }

  app.get(
    '/api/evaluation/regions/:code/summary',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getRegionSummary',
        tags: ['evaluation'],
        summary: '区域总结评估数据 Regional summary data',
        params: regionParams,
        response: { 200: out.regionSummaryReport },
      },
    },
    async (req) => {
      return summaryFor(requirePrincipal(req), req.params.code);
    },
  );

  app.get(
    '/api/evaluation/regions/:code/summary.pdf',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getRegionSummaryPdf',
        tags: ['evaluation'],
        summary: '区域总结评估报告 PDF',
        params: regionParams,
        download: { media: [MEDIA.pdf] },
      },
    },
    async (req, reply) => {
      const data = await summaryFor(requirePrincipal(req), req.params.code);
      return sendFile(reply, 'application/pdf', `${data.region.name}-总结评估报告.pdf`, await renderer.pdf(summaryReportHtml(data)));
    },
  );

  app.get(
    '/api/evaluation/regions/:code/summary.xlsx',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getRegionSummaryXlsx',
        tags: ['evaluation'],
        summary: '区域总结评估报告 Excel',
        params: regionParams,
        download: { media: [MEDIA.xlsx] },
      },
    },
    async (req, reply) => {
      const data = await summaryFor(requirePrincipal(req), req.params.code);
      return sendFile(reply, XLSX_TYPE, `${data.region.name}-总结评估报告.xlsx`, await summaryReportXlsx(data));
    },
  );
};
