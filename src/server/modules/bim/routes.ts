import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import multipart from '@fastify/multipart';
import ExcelJS from 'exceljs';
import { Gauge } from 'prom-client';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MEDIA, uploadedFile } from '../../platform/openapi.js';
import './messages.js';
import { hasStepTrailer, sniffStepHeader } from '../../../domain/bim/index.js';
import { GEOMETRY_CONTENT_TYPE } from '../../../domain/bim/geometryFile.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, notFound, translate } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/language.js';
import { requirePrincipal } from '../../platform/auth/principal.js';
import { actorOf, recordAudit } from '../../platform/audit.js';
import { pageOf, pageQuery } from '../../platform/pagination.js';
import { contentDisposition } from '../../platform/downloads.js';
import { scratchFile, type ObjectStore } from '../../platform/storage.js';
import { projectForPrincipal, projectRefs, visibleProjectIds } from '../projects/index.js';
import { modelDetail, modelListItem, elementDetail, elementQuery, elementSchema } from './schemas.js';
import * as store from './store.js';
import { modelStatuses } from './tables.js';
import { BimProcessor, modelFiles } from './processing.js';
import { bimIndicatorDefinitions } from './indicators.js';

const READERS = { roles: ['admin', 'regulator', 'enterprise', 'expert'] } as const;
const UPLOADERS = { roles: ['admin', 'enterprise'] } as const;
const projectParams = z.object({ projectId: z.string().uuid() });
const modelParams = z.object({ id: z.string().uuid() });

/** BIM models: IFC upload with versions, processing in a worker, take-off rows, Excel export and the viewer's geometry. */
export const bimModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  for (const d of bimIndicatorDefinitions) ctx.indicators.register(d);
  const { db, config } = ctx;
  const processor = new BimProcessor(ctx, app.log);
  ctx.onShutdown(() => processor.stop());
  // A lease that expired means the instance running the job is gone: requeue it (or fail it after three attempts).
  ctx.scheduler.add({
    name: 'bim-jobs',
    everyMs: 5_000,
    run: async () => {
      await store.recoverStaleJobs(db);
    },
  });
  // The objects under bim/ belong to model rows; the orphan sweep removes those of uploads whose row never committed.
  ctx.objectKeyspaces.register({
    prefix: 'bim/',
    referenced: async (keys) => {
      const idOf = (k: string) => /\/([0-9a-f-]{36})\.[a-z.]+$/.exec(k)?.[1];
      const known = await store.existingModelIds(db, [...new Set(keys.map(idOf).filter((x): x is string => !!x))]);
      return new Set(keys.filter((k) => known.has(idOf(k) ?? '')));
    },
  });
  // Every instance drains the queue when it has a free worker; the claim skips locked rows, so a job runs once.
  const drainTimer = setInterval(() => void processor.drain().catch(() => undefined), 5_000);
  drainTimer.unref();
  ctx.onShutdown(() => clearInterval(drainTimer));
  new Gauge({
    name: 'greenbuild_bim_models',
    help: 'IFC models by processing state (queued, processing, ready, failed), counted at scrape time',
    labelNames: ['status'],
    registers: [ctx.metrics.registry],
    async collect() {
      const counts = await store.countModelsByStatus(db).catch(() => null);
      if (counts) for (const status of modelStatuses) this.set({ status }, counts.get(status) ?? 0);
    },
  });

  await app.register(multipart, { limits: { fileSize: config.bimUploadLimitBytes, files: 1, fields: 5, parts: 6 } });

  const withProjects = async (rows: store.BimModelListRow[], lang: ReturnType<typeof requestLanguage>) => {
    const refs = await projectRefs(
      db,
      rows.map((r) => r.projectId),
    );
    return rows.map((r) => ({
      ...r,
      projectCode: refs.get(r.projectId)?.code ?? null,
      projectName: refs.get(r.projectId)?.name ?? null,
      errorMessage: r.errorCode ? translate(r.errorCode, lang) : null,
    }));
  };

  /** Loads a model the caller may see (404 otherwise, like the project itself). */
  const visibleModel = async (req: Parameters<typeof requirePrincipal>[0], id: string, intent: 'read' | 'write' = 'read') => {
    const model = await store.getModel(db, id);
    if (!model) throw notFound();
    const project = await projectForPrincipal(db, req.principal, model.projectId, intent);
    return { model, project };
  };

  app.get(
    '/api/bim/models',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listBimModels',
        tags: ['bim'],
        summary: 'BIM 模型列表 BIM models of visible projects',
        querystring: pageQuery.extend({
          projectId: z.string().uuid().optional(),
          status: z.enum(modelStatuses).optional(),
          latestOnly: z.enum(['true', 'false']).optional(),
          regionCode: z.string().max(16).optional(),
        }),
        response: { 200: pageOf(modelListItem) },
      },
    },
    async (req) => {
      const { page, pageSize, projectId, status, latestOnly, regionCode } = req.query;
      let ids = await visibleProjectIds(db, req.principal, { regionCode });
      if (projectId) ids = ids.filter((i) => i === projectId);
      const res = await store.listModels(db, { projectIds: ids, status, latestOnly: latestOnly === 'true' }, { page, pageSize });
      return { items: await withProjects(res.items, requestLanguage(req)), total: res.total };
    },
  );

  app.get(
    '/api/bim/projects',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listBimProjects',
        tags: ['bim'],
        summary: '可上传模型的项目 Projects the caller can see, for the model picker',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                code: z.string(),
                name: z.string(),
                regionCode: z.string(),
                floorAreaM2: z.number().nullable(),
                writable: z.boolean(),
              }),
            ),
            total: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const refs = [...(await projectRefs(db, await visibleProjectIds(db, p))).values()].sort((a, b) => a.code.localeCompare(b.code));
      const writable = p.role === 'admin' || p.role === 'enterprise';
      return {
        items: refs.map((r) => ({ id: r.id, code: r.code, name: r.name, regionCode: r.regionCode, floorAreaM2: r.floorAreaM2, writable })),
        total: refs.length,
      };
    },
  );

  app.post(
    '/api/projects/:projectId/bim/models',
    {
      config: { access: UPLOADERS },
      schema: {
        operationId: 'uploadBimModel',
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('The IFC file (STEP, IFC2X3 or IFC4)') }) },
        tags: ['bim'],
        summary: '上传 IFC 模型（新版本）Upload an IFC model as a new version (multipart field "file")',
        consumes: ['multipart/form-data'],
        params: projectParams,
        response: { 202: modelListItem },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      const limit = config.bimUploadLimitBytes;
      const declared = Number(req.headers['content-length'] ?? 0);
      // Refuse before reading a byte when the client already says it is too big (multipart overhead allowed).
      if (declared > limit + 1024 * 1024) throw new AppError(413, 'ifc_too_large', { limit });
      if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type');
      const file = await req.file();
      if (!file) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'ifc_file_missing' }]);

      const tmp = scratchFile(ctx.objects, 'upload.ifc.part');
      const hash = createHash('sha256');
      let head = Buffer.alloc(0);
      let tail = Buffer.alloc(0);
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          hash.update(chunk);
          size += chunk.length;
          if (head.length < 65536) head = Buffer.concat([head, chunk.subarray(0, 65536 - head.length)]);
          tail = Buffer.concat([tail, chunk]).subarray(-1024);
          cb(null, chunk);
        },
      });
      let storedKey: string | null = null;
      try {
        await pipeline(file.file, tap, fs.createWriteStream(tmp));
        if (file.file.truncated) throw new AppError(413, 'ifc_too_large', { limit });
        if (size === 0) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'ifc_empty' }]);
        const sniff = sniffStepHeader(head);
        if (!sniff.ok)
          throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: sniff.code, params: { schema: sniff.schemaId ?? '' } }]);
        if (!hasStepTrailer(tail)) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'ifc_truncated' }]);

        const id = randomUUID();
        const files = modelFiles(project.id, id);
        const fileName = path.basename(file.filename || 'model.ifc').slice(0, 200);
        // The object first (multipart for a large file), the row after: a queued model's input is always there for
        // whichever instance claims it. If the row does not commit, the catch below deletes the object.
        await ctx.objects.putFile(files.ifc, tmp);
        storedKey = files.ifc;
        const created = await db.transaction(async (tx) => {
          const version = await store.nextVersion(tx, project.id);
          const row = await store.insertModel(tx, {
            id,
            projectId: project.id,
            version,
            fileName,
            sizeBytes: size,
            sha256: hash.digest('hex'),
            ifcSchema: sniff.schema,
            uploadedBy: req.principal!.userId,
            uploadedByName: req.principal!.displayName || req.principal!.username,
          });
          await recordAudit(tx, actorOf(req), {
            action: 'bim.model_uploaded',
            entityType: 'bim_model',
            entityId: id,
            regionCode: project.regionCode,
            organisationId: project.ownerOrganisationId,
            after: { projectId: project.id, version, fileName, sizeBytes: size, ifcSchema: sniff.schema, sha256: row.sha256 },
          });
          return row;
        });
        storedKey = null;
        processor.kick(created.id);
        const [item] = await withProjects([created], requestLanguage(req));
        return reply.status(202).send(item);
      } catch (err) {
        fs.rmSync(tmp, { force: true });
        if (storedKey) await ctx.objects.delete(storedKey).catch(() => undefined);
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'ifc_too_large', { limit });
        throw err;
      }
    },
  );

  app.get(
    '/api/bim/models/:id',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getBimModel',
        tags: ['bim'],
        summary: '模型详情与处理进度 Model detail and processing progress',
        params: modelParams,
        response: { 200: modelDetail },
      },
    },
    async (req) => {
      const { model } = await visibleModel(req, req.params.id);
      const facets = model.status === 'ready' ? await store.elementFacets(db, model.id) : { storeys: [], classes: [] };
      const [item] = await withProjects([model], requestLanguage(req));
      return { ...item!, sha256: model.sha256, spatial: model.spatial ?? null, summary: model.summary ?? null, ...facets };
    },
  );

  app.get(
    '/api/bim/models/:id/elements',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listBimElements',
        tags: ['bim'],
        summary: '构件清单 Element rows (take-off)',
        params: modelParams,
        querystring: pageQuery.extend(elementQuery.shape),
        response: { 200: pageOf(elementSchema) },
      },
    },
    async (req) => {
      const { model } = await visibleModel(req, req.params.id);
      const { page, pageSize, ...filter } = req.query;
      const res = await store.listModelElements(db, model.projectId, { ...filter, modelId: model.id }, { page, pageSize });
      return { items: res.items.map(({ psets: _p, quantitySets: _q, modelId: _m, projectId: _pr, ...e }) => e), total: res.total };
    },
  );

  app.get(
    '/api/bim/models/:id/index',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getBimViewerIndex',
        tags: ['bim'],
        summary: '查看器索引：每个构件的类别、楼层、材料 Compact per-element index for the viewer (colouring, storey filter)',
        params: modelParams,
        response: {
          200: z.object({
            classes: z.array(z.string()),
            storeys: z.array(z.string()),
            materials: z.array(z.string()),
            items: z.array(z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()])),
          }),
        },
      },
    },
    async (req) => {
      const { model } = await visibleModel(req, req.params.id);
      const { items } = await store.listModelElements(db, model.projectId, { modelId: model.id });
      const classes: string[] = [];
      const storeys: string[] = [];
      const materials: string[] = [];
      const idx = (list: string[], v: string | null) => {
        if (v === null) return -1;
        let i = list.indexOf(v);
        if (i < 0) i = list.push(v) - 1;
        return i;
      };
      // [expressId, class, storey, primary material, has declared quantities]
      const rows = items.map(
        (e) =>
          [
            e.expressId,
            idx(classes, e.ifcClass),
            idx(storeys, e.storey),
            idx(materials, e.materials[0]?.name ?? null),
            e.volumeSource === 'declared' ? 1 : 0,
          ] as [number, number, number, number, number],
      );
      return { classes, storeys, materials, items: rows };
    },
  );

  app.get(
    '/api/bim/models/:id/elements/:expressId',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getBimElement',
        tags: ['bim'],
        summary: '构件属性与工程量 Element properties and quantities',
        params: modelParams.extend({ expressId: z.coerce.number().int().min(1) }),
        response: { 200: elementDetail },
      },
    },
    async (req) => {
      const { model } = await visibleModel(req, req.params.id);
      const e = await store.getElement(db, model.id, req.params.expressId);
      if (!e) throw notFound();
      const { modelId: _m, projectId: _p, ...rest } = e;
      return rest;
    },
  );

  app.get(
    '/api/bim/models/:id/elements.xlsx',
    {
      config: { access: READERS },
      schema: {
        operationId: 'exportBimElements',
        download: { media: [MEDIA.xlsx] },
        tags: ['bim'],
        summary: '导出构件清单 Excel Export the take-off to Excel',
        params: modelParams,
        querystring: elementQuery,
      },
    },
    async (req, reply) => {
      const { model, project } = await visibleModel(req, req.params.id);
      const res = await store.listModelElements(db, model.projectId, { ...req.query, modelId: model.id });
      const zh = requestLanguage(req) === 'zh-CN';
      const out = new PassThrough();
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
      const summarySheet = wb.addWorksheet(zh ? '按类别汇总' : 'By class');
      summarySheet.columns = [
        { header: zh ? 'IFC 类别' : 'IFC class', key: 'cls', width: 24 },
        { header: zh ? '数量' : 'Count', key: 'count', width: 10 },
        { header: zh ? '体积 m³' : 'Volume m³', key: 'volume', width: 14 },
        { header: zh ? '面积 m²' : 'Area m²', key: 'area', width: 14 },
        { header: zh ? '申报工程量' : 'Declared', key: 'declared', width: 12 },
        { header: zh ? '几何计算' : 'From geometry', key: 'geometry', width: 12 },
      ];
      for (const [cls, q] of Object.entries(model.summary?.quantities ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
        summarySheet
          .addRow({
            cls,
            count: q.count,
            volume: round(q.volume),
            area: round(q.area),
            declared: q.declaredCount,
            geometry: q.geometryCount,
          })
          .commit();
      }
      summarySheet.commit();
      const sheet = wb.addWorksheet(zh ? '构件清单' : 'Elements');
      sheet.columns = [
        { header: 'GlobalId', key: 'globalId', width: 24 },
        { header: zh ? 'IFC 类别' : 'IFC class', key: 'ifcClass', width: 18 },
        { header: zh ? '实体' : 'Entity', key: 'entity', width: 22 },
        { header: zh ? '名称' : 'Name', key: 'name', width: 28 },
        { header: zh ? '楼层' : 'Storey', key: 'storey', width: 16 },
        { header: zh ? '材料' : 'Material', key: 'material', width: 28 },
        { header: zh ? '体积 m³' : 'Volume m³', key: 'volume', width: 12 },
        { header: zh ? '面积 m²' : 'Area m²', key: 'area', width: 12 },
        { header: zh ? '体积来源' : 'Volume source', key: 'volumeSource', width: 12 },
        { header: zh ? '申报体积 m³' : 'Declared volume m³', key: 'declaredVolume', width: 14 },
        { header: zh ? '几何体积 m³' : 'Geometry volume m³', key: 'geometryVolume', width: 14 },
        { header: zh ? '差异 %' : 'Difference %', key: 'diff', width: 10 },
      ];
      for (const e of res.items) {
        sheet
          .addRow({
            ...e,
            volume: round(e.volume),
            area: round(e.area),
            declaredVolume: round(e.declaredVolume),
            geometryVolume: round(e.geometryVolume),
            diff: e.volumeDifference === null ? null : round(e.volumeDifference * 100, 2),
            volumeSource: e.volumeSource === null ? null : zh ? (e.volumeSource === 'declared' ? '申报' : '几何') : e.volumeSource,
          })
          .commit();
      }
      sheet.commit();
      void wb.commit();
      const name = `${project.code}-BIM-v${model.version}.xlsx`;
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', contentDisposition(name));
      return reply.send(out);
    },
  );

  app.get(
    '/api/bim/models/:id/geometry',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getBimGeometry',
        download: {
          media: [GEOMETRY_CONTENT_TYPE],
          description: 'The viewer geometry file (docs/decisions/0004): triangles, placements and GlobalIds',
        },
        tags: ['bim'],
        summary: '模型几何（浏览用）Geometry for the viewer: triangles, placements and GlobalIds (docs/decisions/0004)',
        params: modelParams,
      },
    },
    async (req, reply) => {
      const { model } = await visibleModel(req, req.params.id);
      if (model.status !== 'ready') throw new AppError(409, 'model_not_ready');
      const files = modelFiles(model.projectId, model.id);
      const { objects } = ctx;
      if (!(await objects.head(files.geometry))) {
        if (!(await objects.head(files.ifc))) throw notFound();
        // Processed before migration 0085: the geometry file is built once from the stored IFC, on first view.
        const rebuild = processor.rebuildGeometry(model);
        const built = await Promise.race([rebuild.then(() => true), new Promise<false>((r) => setTimeout(r, 20_000, false).unref())]).catch(
          (err: unknown) => {
            req.log.error({ err, modelId: model.id }, 'bim geometry rebuild failed');
            throw new AppError(500, 'model_geometry_failed');
          },
        );
        if (!built) {
          reply.header('retry-after', '5');
          throw new AppError(503, 'model_geometry_pending');
        }
      }
      // Float arrays of repeated values compress to about a sixth; compressed once, kept beside the file.
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const stored = gzip ? await gzippedCopy(objects, files.geometry, files.geometryGzip) : await objects.get(files.geometry);
      if (!stored) throw notFound();
      reply.header('content-type', GEOMETRY_CONTENT_TYPE);
      if (gzip) reply.header('content-encoding', 'gzip');
      reply.header('vary', 'accept-encoding');
      // A model version never changes, so the browser may keep it (private: it is scoped to the caller).
      reply.header('cache-control', 'private, max-age=86400, immutable');
      reply.header('content-length', String(stored.size));
      return reply.send(stored.body);
    },
  );
};

/**
 * The gzipped copy of a stored file, made on first use (streamed through gzip into a scratch file, then stored whole)
 * and kept beside it. Two instances making it at once store the same bytes under the same key.
 */
async function gzippedCopy(objects: ObjectStore, key: string, gzKey: string) {
  const existing = await objects.get(gzKey);
  if (existing) return existing;
  const source = await objects.get(key);
  if (!source) return null;
  const part = scratchFile(objects, 'geometry.gz.part');
  try {
    await pipeline(source.body, zlib.createGzip(), fs.createWriteStream(part));
    await objects.putFile(gzKey, part);
  } finally {
    fs.rmSync(part, { force: true });
  }
  return objects.get(gzKey);
}

function round(x: number | null, digits = 3): number | null {
  return x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;
}

export { store as bimStore };
