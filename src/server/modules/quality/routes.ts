import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarDate } from '../../platform/dates.js';
import { ATTACHMENT_MEDIA, uploadedFile } from '../../platform/openapi.js';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { requirePrincipal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { pageOf, pageQuery } from '../../platform/pagination.js';
import { contentDisposition } from '../../platform/downloads.js';
import { projectForPrincipal, projectRefs, visibleProjectIds } from '../projects/index.js';
import { getUser } from '../accounts/index.js';
import { ledgerOf } from '../ledger/index.js';
import { attachmentPath, storeAttachment } from './files.js';
import * as store from './store.js';
import { componentKinds, qualityKinds, qualityResults } from './tables.js';
import { qualityIndicatorDefinitions } from './indicators.js';
import { qualityDemoSeeder } from './seed.js';

const READERS = { roles: ['admin', 'regulator', 'enterprise', 'expert'] } as const;
const WRITERS = { roles: ['admin', 'enterprise'] } as const;
const PENDING_ATTACHMENT_HOURS = 24;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullish();
const isoDate = calendarDate.refine((v) => Date.parse(`${v}T00:00:00Z`) <= Date.now() + 36 * 3600_000, 'date_in_future');

export const recordInput = z
  .object({
    kind: z.enum(qualityKinds),
    recordDate: isoDate,
    subject: text(200).min(1),
    location: optionalText(200),
    batchNo: optionalText(100),
    quantity: optionalText(100),
    supplier: optionalText(200),
    componentId: z
      .string()
      .trim()
      .max(64)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'component_id_format')
      .nullish(),
    specId: optionalText(100),
    result: z.enum(qualityResults),
    inspectorName: optionalText(50),
    inspectorPhone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 -]{4,19}$/, 'phone_format')
      .nullish()
      .or(z.literal('')),
    notes: optionalText(2000),
    correctsId: z.string().uuid().nullish(),
    attachmentIds: z.array(z.string().uuid()).max(20).optional(),
  })
  .superRefine((v, issue) => {
    const isComponent = componentKinds.includes(v.kind);
    if (isComponent && !v.componentId) issue.addIssue({ code: 'custom', path: ['componentId'], message: 'component_id_required' });
    if (!isComponent && v.componentId) issue.addIssue({ code: 'custom', path: ['componentId'], message: 'component_id_not_allowed' });
  });

const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
});
const recordSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: z.string(),
  recordDate: z.string(),
  subject: z.string(),
  location: z.string().nullable(),
  batchNo: z.string().nullable(),
  quantity: z.string().nullable(),
  supplier: z.string().nullable(),
  componentId: z.string().nullable(),
  specId: z.string().nullable(),
  result: z.string(),
  inspectorName: z.string().nullable(),
  inspectorPhone: z.string().nullable(),
  notes: z.string().nullable(),
  correctsId: z.string().nullable(),
  correctedById: z.string().nullable(),
  organisationName: z.string().nullable(),
  createdAt: z.string(),
  ledgerIndex: z.number(),
  isDemo: z.boolean(),
  attachments: z.array(attachmentSchema),
});
const link = z.object({ recordId: z.string(), ledgerIndex: z.number() }).nullable();
const publicSchema = z.object({
  recordId: z.string(),
  ledgerIndex: z.number(),
  kind: z.string(),
  recordDate: z.string(),
  result: z.string(),
  projectCode: z.string(),
  projectName: z.string(),
  componentId: z.string().nullable(),
  corrects: link,
  supersededBy: link,
  componentHistory: z.array(
    z.object({ recordId: z.string(), kind: z.string(), recordDate: z.string(), result: z.string(), ledgerIndex: z.number() }),
  ),
});

const projectParams = z.object({ projectId: z.string().uuid() });

/** Quality records (工程质量可追溯): each one appended to the transparency log as it is made. */
export const qualityModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  for (const d of qualityIndicatorDefinitions) ctx.indicators.register(d);
  const { db, config } = ctx;
  const ledger = ledgerOf(ctx.database);
  if (!ledger) throw new Error('the quality module needs the ledger module registered before it');
  // The demo's quality trail is appended to the log, which opens only here (after the bootstrap seeders ran, which
  // skip it): seed it now, signed with this instance's key. Idempotent, so every start after the first does nothing.
  if (config.demo) await qualityDemoSeeder.seed(ctx.database, { password: config.demoPassword, log: () => undefined });
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5 } });

  ctx.scheduler.add({
    name: 'quality.pending-attachments',
    everyMs: 3600_000,
    run: async () => {
      for (const a of await store.expiredPendingAttachments(db, PENDING_ATTACHMENT_HOURS)) {
        await store.deleteAttachmentRow(db, a.id);
        fs.rmSync(attachmentPath(config.dataDir, a.projectId, a.id), { force: true });
      }
    },
  });

  app.get(
    '/api/quality/projects',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listQualityProjects',
        tags: ['quality'],
        summary: '质量追溯项目 Projects with quality records',
        response: {
          200: pageOf(
            z.object({
              id: z.string(),
              code: z.string(),
              name: z.string(),
              regionCode: z.string(),
              status: z.string(),
              isPrefabricated: z.boolean(),
              records: z.number(),
              failed: z.number(),
              lastRecordDate: z.string().nullable(),
            }),
          ),
        },
      },
    },
    async (req) => {
      const ids = await visibleProjectIds(db, req.principal);
      const refs = await projectRefs(db, ids);
      const counts = await store.recordCounts(db, ids);
      const items = [...refs.values()]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((p) => ({
          id: p.id,
          code: p.code,
          name: p.name,
          regionCode: p.regionCode,
          status: p.status,
          isPrefabricated: p.isPrefabricated,
          records: 0,
          failed: 0,
          lastRecordDate: null as string | null,
          ...counts.get(p.id),
        }));
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/projects/:projectId/quality/records',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listQualityRecords',
        tags: ['quality'],
        summary: '质量记录 Quality records of a project',
        params: projectParams,
        querystring: pageQuery.extend({
          kind: z.enum(qualityKinds).optional(),
          result: z.enum(qualityResults).optional(),
          componentId: z.string().max(64).optional(),
          q: z.string().max(100).optional(),
          current: z.enum(['1', '0']).optional(),
        }),
        response: { 200: pageOf(recordSchema) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const { page, pageSize, current, ...f } = req.query;
      return store.listRecords(db, project.id, { ...f, current: current === '1' }, { page, pageSize });
    },
  );

  app.get(
    '/api/projects/:projectId/quality/records/:id',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getQualityRecord',
        tags: ['quality'],
        summary: '质量记录详情 One quality record',
        params: projectParams.extend({ id: z.string().uuid() }),
        response: { 200: recordSchema },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const record = await store.getRecord(db, project.id, req.params.id);
      if (!record) throw notFound();
      return record;
    },
  );

  app.post(
    '/api/projects/:projectId/quality/records',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'createQualityRecord',
        tags: ['quality'],
        summary: '新建质量记录（写入追溯日志） Record and append to the ledger',
        params: projectParams,
        body: recordInput,
        response: { 201: recordSchema.extend({ treeSize: z.number(), checkpoint: z.string() }) },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const project = await projectForPrincipal(db, p, req.params.projectId, 'write');
      const user = await getUser(db, p.userId);
      const body = { ...req.body, inspectorPhone: req.body.inspectorPhone || null };
      const { record, appended } = await store.createRecord(
        db,
        ledger,
        { ...actorOf(req), organisationId: p.organisationId, organisationName: user?.organisationName ?? null },
        project,
        body,
      );
      return reply.status(201).send({ ...record, treeSize: appended.treeSize, checkpoint: appended.checkpoint });
    },
  );

  app.post(
    '/api/projects/:projectId/quality/attachments',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'uploadQualityAttachment',
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('PDF, PNG, JPEG or WebP (checked by content)') }) },
        tags: ['quality'],
        summary: '上传附件（PDF/PNG/JPEG/WebP） Upload an attachment',
        params: projectParams,
        response: { 201: attachmentSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const project = await projectForPrincipal(db, p, req.params.projectId, 'write');
      if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type');
      const file = await req.file();
      if (!file) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'attachment_missing' }]);
      const id = randomUUID();
      const target = attachmentPath(config.dataDir, project.id, id);
      const stored = await storeAttachment(file.file, target, config.uploadLimitBytes);
      const fileName = (file.filename || 'attachment').replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200);
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
        await db.transaction((tx) => store.insertPendingAttachment(tx, actorOf(req), row));
      } catch (err) {
        fs.rmSync(target, { force: true });
        throw err;
      }
      return reply.status(201).send({ id, fileName, mediaType: row.mediaType, sizeBytes: row.sizeBytes, sha256: row.sha256 });
    },
  );

  app.get(
    '/api/projects/:projectId/quality/attachments/:id',
    {
      config: { access: READERS },
      schema: {
        operationId: 'downloadQualityAttachment',
        download: { media: ATTACHMENT_MEDIA },
        tags: ['quality'],
        summary: '下载附件 Download an attachment',
        params: projectParams.extend({ id: z.string().uuid() }),
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const a = await store.getAttachment(db, project.id, req.params.id);
      if (!a) throw notFound();
      const file = attachmentPath(config.dataDir, project.id, a.id);
      if (!fs.existsSync(file)) throw notFound();
      return reply
        .header('content-type', a.mediaType)
        .header('content-disposition', contentDisposition(a.fileName))
        .header('x-content-sha256', a.sha256)
        .send(fs.createReadStream(file));
    },
  );

  app.get(
    '/api/quality/public/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getPublicQualityRecord',
        tags: ['quality'],
        summary: '公开查验 Public facts of a record (for /verify)',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: publicSchema },
      },
    },
    async (req) => {
      const r = await store.publicRecord(db, req.params.id);
      if (!r) throw notFound();
      return r;
    },
  );
};
