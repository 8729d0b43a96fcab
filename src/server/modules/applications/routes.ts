import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { MEDIA, uploadedFile } from '../../platform/openapi.js';
import './messages.js';
import '../projects/index.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../platform/errors.js';
import { regionExists } from '../accounts/index.js';
import { requirePrincipal, visibleRegions, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { pageOf, pageQuery } from '../../platform/pagination.js';
import { contentDisposition } from '../../platform/downloads.js';
import * as store from './store.js';
import { attachmentObjectKey, receiveAttachment, removeStoredFile } from './attachments.js';
import { storedObject } from '../../platform/uploads.js';
import {
  applicationDetailSchema,
  applicationInput,
  applicationListQuery,
  applicationRowSchema,
  assignInput,
  assignmentSchema,
  attachmentSchema,
  candidateSchema,
  decisionInput,
  roundInput,
  roundPatch,
  roundSchema,
  scoreInput,
} from './schemas.js';
import { roundStatuses } from './tables.js';

const idParams = z.object({ id: z.string().uuid() });
const STAFF = { roles: ['admin', 'regulator'] } as const;
const APPLICANTS_AND_STAFF = { roles: ['admin', 'regulator', 'enterprise'] } as const;
const EVERYONE_IN_REVIEW = { roles: ['admin', 'regulator', 'enterprise', 'expert'] } as const;

/** Application rounds, submissions with attachments, expert assignment and scoring, decisions. */
export const applicationsModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db, config } = ctx;
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5, parts: 6 } });

  function regionInScope(p: Principal, regionCode: string) {
    const regions = visibleRegions(p);
    if (regions && !regions.includes(regionCode))
      throw new AppError(400, 'validation_failed', {}, [{ path: 'regionCode', code: 'region_out_of_scope' }]);
  }

  // ---------- rounds ----------
  app.get(
    '/api/rounds',
    {
      config: { access: APPLICANTS_AND_STAFF },
      schema: {
        operationId: 'listRounds',
        tags: ['applications'],
        summary: '申报批次 Application rounds',
        querystring: z.object({ regionCode: z.string().max(32).optional(), status: z.enum(roundStatuses).optional() }),
        response: { 200: pageOf(roundSchema) },
      },
    },
    async (req) => store.listRounds(db, requirePrincipal(req), req.query),
  );

  app.get(
    '/api/rounds/:id',
    {
      config: { access: APPLICANTS_AND_STAFF },
      schema: {
        operationId: 'getRound',
        tags: ['applications'],
        summary: '申报批次详情 Round',
        params: idParams,
        response: { 200: roundSchema },
      },
    },
    async (req) => store.getRound(db, requirePrincipal(req), req.params.id),
  );

  app.post(
    '/api/rounds',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'createRound',
        tags: ['applications'],
        summary: '新建申报批次 Create a round (draft)',
        body: roundInput,
        response: { 201: roundSchema },
      },
    },
    async (req, reply) => {
      regionInScope(requirePrincipal(req), req.body.regionCode);
      if (!(await regionExists(db, req.body.regionCode))) throw invalidField('regionCode', 'region_unknown');
      return reply.status(201).send(await db.transaction((tx) => store.createRound(tx, actorOf(req), req.body)));
    },
  );

  app.patch(
    '/api/rounds/:id',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'updateRound',
        tags: ['applications'],
        summary: '修改申报批次与评分标准 Update a round and its criteria',
        params: idParams,
        body: roundPatch,
        response: { 200: roundSchema },
      },
    },
    async (req) => db.transaction((tx) => store.updateRound(tx, actorOf(req), requirePrincipal(req), req.params.id, req.body)),
  );

  app.post(
    '/api/rounds/:id/open',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'openRound',
        tags: ['applications'],
        summary: '开放申报 Open a round',
        params: idParams,
        response: { 200: roundSchema },
      },
    },
    async (req) => db.transaction((tx) => store.setRoundStatus(tx, actorOf(req), requirePrincipal(req), req.params.id, 'open')),
  );
  app.post(
    '/api/rounds/:id/close',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'closeRound',
        tags: ['applications'],
        summary: '截止申报 Close a round',
        params: idParams,
        response: { 200: roundSchema },
      },
    },
    async (req) => db.transaction((tx) => store.setRoundStatus(tx, actorOf(req), requirePrincipal(req), req.params.id, 'closed')),
  );

  // ---------- applications ----------
  app.get(
    '/api/applications',
    {
      config: { access: EVERYONE_IN_REVIEW },
      schema: {
        operationId: 'listApplications',
        tags: ['applications'],
        summary: '申报列表 Applications visible to the caller',
        querystring: pageQuery.merge(applicationListQuery),
        response: { 200: pageOf(applicationRowSchema) },
      },
    },
    async (req) => {
      const { page, pageSize, ...f } = req.query;
      return store.listApplications(db, requirePrincipal(req), f, { page, pageSize });
    },
  );

  app.get(
    '/api/applications/:id',
    {
      config: { access: EVERYONE_IN_REVIEW },
      schema: {
        operationId: 'getApplication',
        tags: ['applications'],
        summary: '申报详情 Application',
        params: idParams,
        response: { 200: applicationDetailSchema },
      },
    },
    async (req) => store.applicationDetail(db, requirePrincipal(req), req.params.id),
  );

  app.post(
    '/api/applications',
    {
      config: { access: { roles: ['enterprise'] } },
      schema: {
        operationId: 'createApplication',
        tags: ['applications'],
        summary: '提交申报 Apply with a project (enterprise)',
        body: applicationInput,
        response: { 201: applicationDetailSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const id = await db.transaction((tx) => store.submitApplication(tx, actorOf(req), p, req.body.roundId, req.body.project));
      return reply.status(201).send(await store.applicationDetail(db, p, id));
    },
  );

  app.post(
    '/api/applications/:id/attachments',
    {
      config: { access: APPLICANTS_AND_STAFF },
      schema: {
        operationId: 'uploadApplicationAttachment',
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('PDF, JPEG or PNG (checked by content)') }) },
        tags: ['applications'],
        summary: '上传申报附件 Upload an attachment (multipart field "file": PDF, JPEG or PNG, checked by content)',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: attachmentSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const row = await store.visibleApplication(db, p, req.params.id);
      if (p.role === 'enterprise' && row.a.organisationId !== p.organisationId) throw forbidden();
      if (row.a.status === 'decided') throw new AppError(409, 'application_decided');
      if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type');
      const part = await req.file();
      if (!part) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'file_required' }]);
      const stored = await receiveAttachment(part, ctx.objects, config.uploadLimitBytes);
      try {
        return reply.status(201).send(await db.transaction((tx) => store.addAttachment(tx, actorOf(req), req.params.id, stored, p.userId)));
      } catch (e) {
        // The row did not land, so neither may the file.
        await removeStoredFile(ctx.objects, stored.storageKey).catch(() => undefined);
        throw e;
      }
    },
  );

  app.get(
    '/api/attachments/:id',
    {
      config: { access: EVERYONE_IN_REVIEW },
      schema: {
        operationId: 'downloadApplicationAttachment',
        download: { media: [MEDIA.pdf, MEDIA.jpeg, MEDIA.png] },
        tags: ['applications'],
        summary: '下载附件 Download an attachment',
        params: idParams,
      },
    },
    async (req, reply) => {
      const file = await store.attachmentRow(db, req.params.id);
      if (!file) throw notFound();
      await store.visibleApplication(db, requirePrincipal(req), file.applicationId);
      const stored = await storedObject(ctx.objects, attachmentObjectKey(file.storageKey));
      return reply
        .header('content-type', file.mediaType)
        .header('content-length', String(stored.size))
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition(file.fileName, { inline: true, fallback: file.id }))
        .send(stored.body);
    },
  );

  app.get(
    '/api/applications/:id/expert-candidates',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'listApplicationExpertCandidates',
        tags: ['applications'],
        summary: '可选专家 Experts with conflict-of-interest flags',
        params: idParams,
        response: { 200: z.object({ items: z.array(candidateSchema), total: z.number() }) },
      },
    },
    async (req) => {
      await store.visibleApplication(db, requirePrincipal(req), req.params.id);
      const items = await store.expertCandidates(db, req.params.id);
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/applications/:id/experts',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'assignApplicationExperts',
        tags: ['applications'],
        summary: '分配评审专家 Assign experts (≥3, no conflict of interest)',
        params: idParams,
        body: assignInput,
        response: { 200: applicationDetailSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      await store.visibleApplication(db, p, req.params.id);
      await db.transaction((tx) => store.assignExperts(tx, actorOf(req), req.params.id, req.body.expertUserIds));
      return store.applicationDetail(db, p, req.params.id);
    },
  );

  app.delete(
    '/api/applications/:id/experts/:userId',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'withdrawApplicationExpert',
        tags: ['applications'],
        summary: '撤回专家 Withdraw an expert who has not scored',
        params: idParams.extend({ userId: z.string().uuid() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await store.visibleApplication(db, requirePrincipal(req), req.params.id);
      await db.transaction((tx) => store.unassignExpert(tx, actorOf(req), req.params.id, req.params.userId));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/applications/:id/decision',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'decideApplication',
        tags: ['applications'],
        summary: '评审决定 Record the decision (入选 / 未入选)',
        params: idParams,
        body: decisionInput,
        response: { 200: applicationDetailSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      await store.visibleApplication(db, p, req.params.id);
      await db.transaction((tx) => store.decide(tx, actorOf(req), req.params.id, req.body.decision, req.body.note));
      return store.applicationDetail(db, p, req.params.id);
    },
  );

  // ---------- expert reviews ----------
  app.get(
    '/api/reviews',
    {
      config: { access: { roles: ['expert'] } },
      schema: {
        operationId: 'listMyReviews',
        tags: ['applications'],
        summary: '我的评审 My review assignments (expert)',
        response: {
          200: pageOf(
            z.object({
              id: z.string(),
              applicationId: z.string(),
              status: z.string(),
              assignedAt: z.string(),
              submittedAt: z.string().nullable(),
              roundTitle: z.string(),
              regionCode: z.string(),
              projectId: z.string(),
              projectCode: z.string(),
              projectName: z.string(),
              total: z.number().nullable(),
            }),
          ),
        },
      },
    },
    async (req) => {
      const items = await store.myAssignments(db, requirePrincipal(req));
      return { items, total: items.length };
    },
  );

  app.put(
    '/api/reviews/:id',
    {
      config: { access: { roles: ['expert'] } },
      schema: {
        operationId: 'saveReview',
        tags: ['applications'],
        summary: '评分 Save or submit my scores',
        params: idParams,
        body: scoreInput,
        response: { 200: assignmentSchema },
      },
    },
    async (req) => db.transaction((tx) => store.saveScores(tx, actorOf(req), requirePrincipal(req), req.params.id, req.body)),
  );
};
