import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ATTACHMENT_MEDIA, uploadedFile } from '../../platform/openapi.js';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, notFound, type ErrorDetail } from '../../platform/errors.js';
import { requirePrincipal, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { contentDisposition } from '../../platform/downloads.js';
import { storedObject } from '../../platform/uploads.js';
import type { DbOrTx } from '../../db/database.js';
import { projectRefs, visibleProjectIds } from '../projects/index.js';
import { pilotStatuses } from '../projects/index.js';
import { regionNames } from '../projects/index.js';
import { planAspects } from '../planning/index.js';
import { attachmentKey, storeAttachment } from './files.js';
import * as store from './store.js';
import type { PracticeRow, Practice } from './store.js';

const MANAGERS = { roles: ['admin', 'regulator'] } as const;

const tag = z.string().trim().min(1).max(30);
const practiceInput = z.object({
  regionCode: z.string().trim().max(40).nullish(),
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().min(1).max(1000),
  body: z.string().trim().max(20000).nullish(),
  tags: z.array(tag).max(20).optional(),
  aspect: z.enum(planAspects).nullish(),
  sourceProjectIds: z.array(z.string().uuid()).max(50).optional(),
});
const practicePatch = practiceInput.omit({ regionCode: true }).partial();
const attachmentOut = z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number(), sha256: z.string() });
const projectOut = z.object({ id: z.string(), code: z.string(), name: z.string() });
const practiceOut = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  aspect: z.enum(planAspects).nullable(),
  sourceProjectIds: z.array(z.string()),
  projects: z.array(projectOut),
  status: z.enum(['draft', 'published']),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  isDemo: z.boolean(),
  attachments: z.array(attachmentOut),
});
// What the public site shows: no status, authorship, internal ids of projects or timestamps of drafts.
const publicOut = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  aspect: z.enum(planAspects).nullable(),
  publishedAt: z.string(),
  projects: z.array(z.object({ code: z.string(), name: z.string() })),
  attachments: z.array(attachmentOut),
});
const filterQuery = z.object({
  regionCode: z.string().max(40).optional(),
  tag: z.string().max(30).optional(),
  aspect: z.enum(planAspects).optional(),
  q: z.string().max(100).optional(),
});
const idParams = z.object({ id: z.string().uuid() });

/** The region a regulator works in (null for ministry regulators and admins: every region). */
const ownRegion = (p: Principal) => (p.role === 'regulator' ? p.regionCode : null);

/** 经验做法库: replicable practices recorded by regulators and published on the public site. */
export const practicesModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db, config } = ctx;
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5 } });

  async function decorate(db: DbOrTx, rows: Practice[]) {
    const name = await regionNames(db);
    const refs = await projectRefs(
      db,
      rows.flatMap((r) => r.sourceProjectIds),
    );
    return rows.map((r) => ({
      ...r,
      regionName: name(r.regionCode),
      projects: r.sourceProjectIds.flatMap((id) => {
        const p = refs.get(id);
        return p ? [{ id: p.id, code: p.code, name: p.name, status: p.status }] : [];
      }),
    }));
  }

  async function practiceFor(p: Principal, id: string): Promise<PracticeRow> {
    const row = await store.getPracticeRow(db, id);
    const region = ownRegion(p);
    if (!row || (region && row.regionCode !== region)) throw notFound();
    return row;
  }

  async function checkSources(p: Principal, regionCode: string, ids: string[] | undefined) {
    if (!ids?.length) return;
    const visible = new Set(await visibleProjectIds(db, p, { regionCode }));
    const details: ErrorDetail[] = [];
    ids.forEach((id, i) => {
      if (!visible.has(id)) details.push({ path: `sourceProjectIds.${i}`, code: 'practice_project_unknown' });
    });
    if (details.length) throw new AppError(400, 'validation_failed', {}, details);
  }

  const publicView = (r: Awaited<ReturnType<typeof decorate>>[number]) => ({
    id: r.id,
    regionCode: r.regionCode,
    regionName: r.regionName,
    title: r.title,
    summary: r.summary,
    body: r.body,
    tags: r.tags,
    aspect: r.aspect,
    publishedAt: r.publishedAt!,
    // Only projects that are pilots in public (selected onwards) are named.
    projects: r.projects.filter((p) => pilotStatuses.includes(p.status as never)).map((p) => ({ code: p.code, name: p.name })),
    attachments: r.attachments,
  });

  // ---------------------------------------------------------------- management

  app.get(
    '/api/practices',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'listPractices',
        tags: ['practices'],
        summary: '经验做法库（管理） Practices, drafts included',
        querystring: filterQuery.extend({ status: z.enum(['draft', 'published']).optional() }),
        response: { 200: z.object({ items: z.array(practiceOut), total: z.number() }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const region = ownRegion(p);
      const rows = await store.listPractices(db, { ...req.query, regionCode: region ?? req.query.regionCode });
      const items = (await decorate(db, rows)).map(({ projects, ...r }) => ({ ...r, projects: projects.map(({ status: _s, ...x }) => x) }));
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/practices/tags',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'listPracticeTags',
        tags: ['practices'],
        summary: '标签 Tags in use',
        response: { 200: z.object({ items: z.array(z.string()) }) },
      },
    },
    async () => ({
      items: await store.tagsInUse(db, false),
    }),
  );

  const one = async (id: string) => {
    const r = (await decorate(db, [(await store.getPractice(db, id))!]))[0]!;
    return { ...r, projects: r.projects.map(({ status: _s, ...x }) => x) };
  };

  app.get(
    '/api/practices/:id',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'getPractice',
        tags: ['practices'],
        summary: '经验做法 One practice',
        params: idParams,
        response: { 200: practiceOut },
      },
    },
    async (req) => {
      const row = await practiceFor(requirePrincipal(req), req.params.id);
      return one(row.id);
    },
  );

  app.post(
    '/api/practices',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'createPractice',
        tags: ['practices'],
        summary: '新增经验做法 Record a practice',
        body: practiceInput,
        response: { 201: practiceOut },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const region = ownRegion(p);
      const regionCode = region ?? req.body.regionCode;
      if (!regionCode) throw new AppError(400, 'validation_failed', {}, [{ path: 'regionCode', code: 'practice_region_unknown' }]);
      if (region && req.body.regionCode && req.body.regionCode !== region) throw new AppError(403, 'practice_region_forbidden');
      const name = await regionNames(db);
      if (name(regionCode) === regionCode)
        throw new AppError(400, 'validation_failed', {}, [{ path: 'regionCode', code: 'practice_region_unknown' }]);
      await checkSources(p, regionCode, req.body.sourceProjectIds);
      const row = await db.transaction((tx) => store.createPractice(tx, actorOf(req), regionCode, req.body));
      return reply.status(201).send(await one(row.id));
    },
  );

  app.patch(
    '/api/practices/:id',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'updatePractice',
        tags: ['practices'],
        summary: '修改经验做法 Edit a practice',
        params: idParams,
        body: practicePatch,
        response: { 200: practiceOut },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const before = await practiceFor(p, req.params.id);
      await checkSources(p, before.regionCode, req.body.sourceProjectIds);
      await db.transaction((tx) => store.updatePractice(tx, actorOf(req), before, req.body));
      return one(before.id);
    },
  );

  for (const [action, to] of [
    ['publish', 'published'],
    ['unpublish', 'draft'],
  ] as const) {
    app.post(
      `/api/practices/:id/${action}`,
      {
        config: { access: MANAGERS },
        schema: {
          operationId: action === 'publish' ? 'publishPractice' : 'unpublishPractice',
          tags: ['practices'],
          summary: action === 'publish' ? '发布 Publish' : '撤回发布 Unpublish',
          params: idParams,
          response: { 200: practiceOut },
        },
      },
      async (req) => {
        const before = await practiceFor(requirePrincipal(req), req.params.id);
        await db.transaction((tx) => store.setPracticeStatus(tx, actorOf(req), before, to));
        return one(before.id);
      },
    );
  }

  app.delete(
    '/api/practices/:id',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'deletePractice',
        tags: ['practices'],
        summary: '删除草稿 Delete a draft',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const before = await practiceFor(requirePrincipal(req), req.params.id);
      const files = (await store.getPractice(db, before.id))!.attachments;
      await db.transaction((tx) => store.deletePractice(tx, actorOf(req), before));
      // After the commit; an object the store could not delete now is removed by the orphan sweep.
      for (const f of files) await ctx.objects.delete(attachmentKey(before.id, f.id)).catch(() => undefined);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/practices/:id/attachments',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'uploadPracticeAttachment',
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('PDF, PNG, JPEG or WebP (checked by content)') }) },
        tags: ['practices'],
        summary: '上传佐证材料（PDF/PNG/JPEG/WebP） Upload evidence',
        params: idParams,
        response: { 201: attachmentOut },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const practice = await practiceFor(p, req.params.id);
      if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type');
      const file = await req.file();
      if (!file) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'practice_attachment_missing' }]);
      const id = randomUUID();
      const target = attachmentKey(practice.id, id);
      const stored = await storeAttachment(file.file, ctx.objects, target, config.uploadLimitBytes);
      const fileName = (file.filename || 'attachment').replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200);
      const row = {
        id,
        practiceId: practice.id,
        fileName,
        mediaType: stored.mediaType,
        sizeBytes: stored.size,
        sha256: stored.sha256,
        createdBy: p.userId,
      };
      try {
        await db.transaction((tx) => store.insertAttachment(tx, actorOf(req), practice, row));
      } catch (err) {
        await ctx.objects.delete(target).catch(() => undefined);
        throw err;
      }
      return reply.status(201).send({ id, fileName, mediaType: row.mediaType, sizeBytes: row.sizeBytes, sha256: row.sha256 });
    },
  );

  const sendFile = async (practiceId: string, id: string, reply: import('fastify').FastifyReply) => {
    const a = await store.getAttachment(db, practiceId, id);
    if (!a) throw notFound();
    const file = await storedObject(ctx.objects, attachmentKey(practiceId, a.id));
    return reply
      .header('content-type', a.mediaType)
      .header('content-length', String(file.size))
      .header('content-disposition', contentDisposition(a.fileName))
      .header('x-content-sha256', a.sha256)
      .header('x-content-type-options', 'nosniff')
      .send(file.body);
  };

  app.get(
    '/api/practices/:id/attachments/:attachmentId',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'downloadPracticeAttachment',
        download: { media: ATTACHMENT_MEDIA },
        tags: ['practices'],
        summary: '下载佐证材料 Download evidence',
        params: idParams.extend({ attachmentId: z.string().uuid() }),
      },
    },
    async (req, reply) => {
      const practice = await practiceFor(requirePrincipal(req), req.params.id);
      return sendFile(practice.id, req.params.attachmentId, reply);
    },
  );

  app.delete(
    '/api/practices/:id/attachments/:attachmentId',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'deletePracticeAttachment',
        tags: ['practices'],
        summary: '删除佐证材料 Delete evidence',
        params: idParams.extend({ attachmentId: z.string().uuid() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const practice = await practiceFor(requirePrincipal(req), req.params.id);
      const a = await store.getAttachment(db, practice.id, req.params.attachmentId);
      if (!a) throw notFound();
      await db.transaction((tx) => store.deleteAttachment(tx, actorOf(req), practice, a));
      await ctx.objects.delete(attachmentKey(practice.id, a.id)).catch(() => undefined);
      return reply.status(204).send(null);
    },
  );

  // ---------------------------------------------------------------- public site

  app.get(
    '/api/public/practices',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listPublicPractices',
        tags: ['practices'],
        summary: '可复制推广经验（公开） Published practices',
        querystring: filterQuery,
        response: { 200: z.object({ items: z.array(publicOut), total: z.number(), tags: z.array(z.string()) }) },
      },
    },
    async (req) => {
      const rows = await store.listPractices(db, { ...req.query, publishedOnly: true });
      const items = (await decorate(db, rows)).map(publicView);
      return { items, total: items.length, tags: await store.tagsInUse(db, true) };
    },
  );

  app.get(
    '/api/public/practices/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getPublicPractice',
        tags: ['practices'],
        summary: '经验做法（公开） One published practice',
        params: idParams,
        response: { 200: publicOut },
      },
    },
    async (req) => {
      const row = await store.getPractice(db, req.params.id);
      if (!row || row.status !== 'published') throw notFound();
      return publicView((await decorate(db, [row]))[0]!);
    },
  );

  app.get(
    '/api/public/practices/:id/attachments/:attachmentId',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'downloadPublicPracticeAttachment',
        download: { media: ATTACHMENT_MEDIA },
        tags: ['practices'],
        summary: '下载佐证材料（公开） Download published evidence',
        params: idParams.extend({ attachmentId: z.string().uuid() }),
      },
    },
    async (req, reply) => {
      const row = await store.getPracticeRow(db, req.params.id);
      if (!row || row.status !== 'published') throw notFound();
      return sendFile(row.id, req.params.attachmentId, reply);
    },
  );
};
