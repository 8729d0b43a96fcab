import fs from 'node:fs';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MEDIA, uploadedFile } from '../../platform/openapi.js';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { requirePrincipal, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { requestLanguage } from '../../platform/language.js';
import { pageOf, pageQuery } from '../../platform/pagination.js';
import { regionExists } from '../accounts/index.js';
import { projectForPrincipal } from '../projects/index.js';
import * as store from './store.js';
import { libraryWorkbook, parseLibraryWorkbook, toDetail } from './excel.js';
import { receiveXlsx } from './upload.js';
import { nonStandardElementsSchema, settingsInput, specInput, specPatch, specSchema, summarySchema } from './schemas.js';
import { specStatuses, type ImportError } from './tables.js';
import { checkSpecModular, componentTypeInfo, componentTypes } from './types.js';
import {
  parseScheduleWorkbook,
  projectInstances,
  recogniseInstances,
  replaceInstances,
  saveSettings,
  settingsFor,
  summariseUsage,
  DEFAULT_RULES,
} from './usage.js';
import { bimAvailable, latestModelRef, modelElements } from './modelSource.js';
import { translate } from '../../platform/errors.js';
import { contentDisposition } from '../../platform/downloads.js';
import { componentsIndicatorDefinitions } from './indicators.js';

const ANY = { roles: 'any' } as const;
const LIBRARY_EDITORS = { roles: ['admin', 'regulator'] } as const;
const PROJECT_WRITERS = { roles: ['admin', 'regulator', 'enterprise'] } as const;
const projectParams = z.object({ projectId: z.string().uuid() });

/** National base library: admins and ministry-level regulators; a region's extension: its own regulators too. */
function assertLibraryWrite(p: Principal, regionCode: string | null) {
  if (p.role === 'admin') return;
  if (p.role === 'regulator' && (p.regionCode === null || (regionCode !== null && regionCode === p.regionCode))) return;
  throw new AppError(403, 'library_forbidden');
}

const uniqueViolation = (err: unknown): boolean => {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === '23505') return true;
  return false;
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** 标准部品构件库 and project component usage (少规格、多组合). */
export const componentsModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  for (const d of componentsIndicatorDefinitions) ctx.indicators.register(d);
  const { db, config } = ctx;
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5 } });

  app.get(
    '/api/components/types',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listComponentTypes',
        tags: ['components'],
        summary: '构件类型与模数规则 Component types and their modules',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                type: z.string(),
                zh: z.string(),
                en: z.string(),
                dims: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string(), modules: z.array(z.string()) })),
              }),
            ),
            total: z.number(),
          }),
        },
      },
    },
    async () => {
      const items = componentTypes.map((t) => {
        const info = componentTypeInfo[t];
        return {
          type: t,
          zh: info.zh,
          en: info.en,
          dims: info.dims.map((d) => ({
            key: d.key,
            zh: d.zh,
            en: d.en,
            modules: [...d.modules].sort((a, b) => b.sizeMm - a.sizeMm).map((m) => m.label),
          })),
        };
      });
      return { items, total: items.length };
    },
  );

  const specQuery = pageQuery.extend({
    library: z.string().max(32).optional(),
    effectiveFor: z.string().max(32).optional(),
    type: z.enum(componentTypes).optional(),
    status: z.enum(specStatuses).optional(),
    q: z.string().max(100).optional(),
    modular: z.enum(['yes', 'no']).optional(),
  });

  app.get(
    '/api/components/specs',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listComponentSpecs',
        tags: ['components'],
        summary: '构件库规格 Library specs',
        querystring: specQuery,
        response: { 200: pageOf(specSchema) },
      },
    },
    async (req) => {
      const { page, pageSize, ...f } = req.query;
      return store.listSpecs(db, f, { page, pageSize }, requestLanguage(req));
    },
  );

  app.get(
    '/api/components/specs/:id',
    {
      config: { access: ANY },
      schema: {
        operationId: 'getComponentSpec',
        tags: ['components'],
        summary: '规格详情 One spec',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: specSchema },
      },
    },
    async (req) => {
      const row = await store.getSpec(db, req.params.id);
      if (!row) throw notFound();
      return store.specView(row, requestLanguage(req));
    },
  );

  app.post(
    '/api/components/specs',
    {
      config: { access: LIBRARY_EDITORS },
      schema: {
        operationId: 'createComponentSpec',
        tags: ['components'],
        summary: '新增规格 Add a spec',
        body: specInput,
        response: { 201: specSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const { regionCode, ...input } = req.body;
      if (regionCode && !(await regionExists(db, regionCode))) throw invalidField('regionCode', 'region_unknown_code');
      assertLibraryWrite(p, regionCode);
      const fields = store.checkSpecFields(input);
      const row = await db.transaction((tx) => store.createSpec(tx, actorOf(req), regionCode, { ...input, ...fields }));
      return reply.status(201).send(store.specView(row, requestLanguage(req)));
    },
  );

  app.patch(
    '/api/components/specs/:id',
    {
      config: { access: LIBRARY_EDITORS },
      schema: {
        operationId: 'updateComponentSpec',
        tags: ['components'],
        summary: '修改规格 Change a spec',
        params: z.object({ id: z.string().uuid() }),
        body: specPatch,
        response: { 200: specSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const before = await store.getSpec(db, req.params.id);
      if (!before) throw notFound();
      assertLibraryWrite(p, before.regionCode);
      const patch = req.body;
      // Changing the profile or the sizes re-derives them together; the joint is checked against the result.
      const merged = {
        profile: patch.profile !== undefined ? patch.profile : before.profile,
        dimsMm: patch.dimsMm ?? (patch.profile !== undefined && patch.profile !== before.profile ? [] : before.dimsMm),
        jointMm: patch.jointMm !== undefined ? patch.jointMm : before.jointMm,
      };
      const fields = store.checkSpecFields(merged);
      const changed = {
        ...patch,
        ...(patch.profile !== undefined || patch.dimsMm !== undefined ? { profile: fields.profile, dimsMm: fields.dimsMm } : {}),
      };
      const row = await db.transaction((tx) => store.updateSpec(tx, actorOf(req), req.params.id, changed));
      return store.specView(row, requestLanguage(req));
    },
  );

  app.post(
    '/api/components/check',
    {
      config: { access: ANY },
      schema: {
        operationId: 'checkComponentDimensions',
        tags: ['components'],
        summary: '模数检查 Check dimensions against GB/T 50002',
        body: z.object({ type: z.enum(componentTypes), dimsMm: z.array(z.number()).length(3) }),
        response: { 200: specSchema.shape.modular },
      },
    },
    async (req) => checkSpecModular(req.body.type, req.body.dimsMm, null, requestLanguage(req)),
  );

  // ---------- import / export ----------

  app.post(
    '/api/components/import',
    {
      config: { access: LIBRARY_EDITORS },
      schema: {
        operationId: 'importComponentLibrary',
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('The library workbook (.xlsx)') }) },
        tags: ['components'],
        summary: '导入构件库 Excel（全部成功或全部不导入） Import the library from Excel, all or nothing',
        querystring: z.object({ library: z.string().min(1).max(32).default('national') }),
        response: { 200: z.object({ importId: z.string(), rowsTotal: z.number(), created: z.number(), updated: z.number() }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const regionCode = req.query.library === 'national' ? null : req.query.library;
      if (regionCode && !(await regionExists(db, regionCode))) throw invalidField('library', 'region_unknown_code');
      assertLibraryWrite(p, regionCode);
      const file = await receiveXlsx(req, ctx.objects, 'components/imports', config.uploadLimitBytes);
      let parsed;
      try {
        parsed = await parseLibraryWorkbook(await fs.promises.readFile(file.path));
      } catch (err) {
        fs.rmSync(file.path, { force: true });
        // Over a spreadsheet limit (413/400) or too many imports at once (503): that answer, not "not an xlsx".
        if (err instanceof AppError) throw err;
        throw new AppError(415, 'import_not_xlsx');
      }
      if (parsed.errors.length) {
        fs.rmSync(file.path, { force: true });
        const lang = requestLanguage(req);
        const details = parsed.errors.map(toDetail);
        const stored: ImportError[] = parsed.errors.map((e, i) => ({
          row: e.row,
          column: e.column,
          value: e.value,
          code: e.code,
          message: translate(e.code, lang, details[i]!.params),
        }));
        await db.transaction((tx) => store.recordRejectedImport(tx, actorOf(req), regionCode, file, parsed.rowsTotal, stored));
        throw new AppError(400, 'component_import_rejected', { count: parsed.errors.length }, details);
      }
      // The accepted file is archived first, then the rows; a failed transaction removes it again.
      await ctx.objects.putFile(file.key, file.path);
      try {
        return await db.transaction((tx) => store.applyImport(tx, actorOf(req), regionCode, parsed.rows, file));
      } catch (err) {
        await ctx.objects.delete(file.key).catch(() => undefined);
        // Another import into the same library committed the same new code first: nothing of this one was kept.
        if (uniqueViolation(err)) throw new AppError(409, 'component_code_taken');
        throw err;
      }
    },
  );

  app.get(
    '/api/components/imports',
    {
      config: { access: LIBRARY_EDITORS },
      schema: {
        operationId: 'listComponentImports',
        tags: ['components'],
        summary: '导入记录 Import history',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                regionCode: z.string().nullable(),
                filename: z.string(),
                status: z.string(),
                rowsTotal: z.number(),
                created: z.number(),
                updated: z.number(),
                errors: z.array(
                  z.object({ row: z.number(), column: z.string(), value: z.string(), code: z.string(), message: z.string() }),
                ),
                createdAt: z.string(),
              }),
            ),
            total: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const items = await store.listImports(db, p.role === 'admin' || p.regionCode === null ? 'all' : [p.regionCode]);
      return { items: items.map(({ sha256: _s, sizeBytes: _b, actorId: _a, ...r }) => r), total: items.length };
    },
  );

  app.get(
    '/api/components/export',
    {
      config: { access: ANY },
      schema: {
        operationId: 'exportComponentLibrary',
        download: { media: [MEDIA.xlsx] },
        tags: ['components'],
        summary: '导出构件库 Excel Export the library',
        querystring: specQuery.omit({ page: true, pageSize: true }).extend({ template: z.enum(['1']).optional() }),
      },
    },
    async (req, reply) => {
      const lang = requestLanguage(req);
      const { template, ...f } = req.query;
      const specs = template ? [] : await store.allSpecs(db, f, lang);
      const libraryName = (r: string | null) => (r ? r : lang === 'en' ? 'national' : '国家基础库');
      const buf = await libraryWorkbook(
        specs.map((s) => ({ ...s, libraryName: libraryName(s.regionCode) })),
        lang,
      );
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', contentDisposition(template ? 'component-library-template.xlsx' : 'component-library.xlsx'))
        .send(buf);
    },
  );

  // ---------- project component usage ----------

  async function summary(projectId: string, principal: Principal | null, lang: 'zh-CN' | 'en') {
    const project = await projectForPrincipal(db, principal, projectId, 'read');
    const settings = await settingsFor(db, project.id);
    const library = await store.libraryForRegion(db, project.regionCode);
    const instances = await projectInstances(db, project.id);
    const s = summariseUsage(instances, library, settings.toleranceMm, lang);
    const names = new Map(library.map((l) => [l.id, l.name]));
    const { perInstance: _p, ...rest } = s;
    return {
      project,
      instances,
      perInstance: s.perInstance,
      nonStandardFull: s.nonStandard,
      library,
      body: {
        project: { id: project.id, code: project.code, name: project.name, regionCode: project.regionCode },
        model: await latestModelRef(db, project.id),
        instancesModelId: instances.find((i) => i.source === 'model')?.modelId ?? null,
        bimAvailable: await bimAvailable(),
        ...rest,
        bySource: {
          model: instances.filter((i) => i.source === 'model').reduce((n, i) => n + i.quantity, 0),
          schedule: instances.filter((i) => i.source === 'schedule').reduce((n, i) => n + i.quantity, 0),
        },
        nonStandard: rest.nonStandard.map(({ globalIds: _g, ...g }) => ({
          ...g,
          nearest: g.nearest ? { ...g.nearest, name: names.get(g.nearest.specId) ?? '' } : null,
        })),
      },
    };
  }

  app.get(
    '/api/projects/:projectId/components/summary',
    {
      config: { access: ANY },
      schema: {
        operationId: 'getProjectComponentSummary',
        tags: ['components'],
        summary: '项目构件标准化指标 Standardisation KPIs of a project',
        params: projectParams,
        response: { 200: summarySchema },
      },
    },
    async (req) => (await summary(req.params.projectId, req.principal, requestLanguage(req))).body,
  );

  app.get(
    '/api/projects/:projectId/components/non-standard-elements',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listNonStandardElements',
        tags: ['components'],
        summary: '非标准构件的模型 GlobalId（三维高亮用） GlobalIds of the non-standard instances, for the 3D highlight',
        params: projectParams,
        response: { 200: nonStandardElementsSchema },
      },
    },
    async (req) => {
      const s = await summary(req.params.projectId, req.principal, requestLanguage(req));
      const modelId = s.body.instancesModelId;
      return {
        modelId,
        latest: modelId !== null && modelId === s.body.model?.id,
        modelInstances: s.body.bySource.model,
        scheduleInstances: s.body.bySource.schedule,
        groups: s.nonStandardFull.filter((g) => g.globalIds.length > 0).map((g) => ({ specKey: g.specKey, globalIds: g.globalIds })),
      };
    },
  );

  app.get(
    '/api/projects/:projectId/components/instances',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listComponentInstances',
        tags: ['components'],
        summary: '项目构件实例 Component instances of a project',
        params: projectParams,
        querystring: pageQuery.extend({
          match: z.enum(['exact', 'within-tolerance', 'none']).optional(),
          type: z.enum(componentTypes).optional(),
        }),
        response: {
          200: pageOf(
            z.object({
              id: z.string(),
              source: z.string(),
              sourceRef: z.string(),
              type: z.string(),
              name: z.string().nullable(),
              profile: z.string().nullable(),
              dimsMm: z.array(z.number()),
              quantity: z.number(),
              storey: z.string().nullable(),
              match: z.string(),
              specCode: z.string().nullable(),
              distanceMm: z.number().nullable(),
            }),
          ),
        },
      },
    },
    async (req) => {
      const s = await summary(req.params.projectId, req.principal, requestLanguage(req));
      let rows = s.instances.map((i) => {
        const m = s.perInstance.get(i.id)!;
        return { ...i, match: m.kind, specCode: m.specId /* matching identifies specs by code */, distanceMm: m.distanceMm };
      });
      if (req.query.match) rows = rows.filter((r) => r.match === req.query.match);
      if (req.query.type) rows = rows.filter((r) => r.type === req.query.type);
      const start = (req.query.page - 1) * req.query.pageSize;
      return { items: rows.slice(start, start + req.query.pageSize), total: rows.length };
    },
  );

  app.get(
    '/api/projects/:projectId/components/settings',
    {
      config: { access: ANY },
      schema: {
        operationId: 'getComponentSettings',
        tags: ['components'],
        summary: '构件识别规则 Recognition rules',
        params: projectParams,
        response: { 200: settingsInput.extend({ custom: z.boolean(), defaults: settingsInput.shape.rules }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      return { ...(await settingsFor(db, project.id)), defaults: DEFAULT_RULES };
    },
  );

  app.put(
    '/api/projects/:projectId/components/settings',
    {
      config: { access: PROJECT_WRITERS },
      schema: {
        operationId: 'saveComponentSettings',
        tags: ['components'],
        summary: '设置构件识别规则 Set recognition rules',
        params: projectParams,
        body: settingsInput,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      await db.transaction((tx) => saveSettings(tx, actorOf(req), project, req.body));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/projects/:projectId/components/extract',
    {
      config: { access: PROJECT_WRITERS },
      schema: {
        operationId: 'extractComponents',
        tags: ['components'],
        summary: '从 BIM 模型识别预制构件 Recognise components in the latest BIM model',
        params: projectParams,
        response: { 200: z.object({ modelId: z.string(), elements: z.number(), instances: z.number(), withoutDimensions: z.number() }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      if (!(await bimAvailable())) throw new AppError(409, 'bim_unavailable');
      const model = await latestModelRef(db, project.id);
      if (!model) throw new AppError(409, 'no_bim_model');
      const settings = await settingsFor(db, project.id);
      const elements = await modelElements(db, project.id, model.id);
      const found = recogniseInstances(elements, settings.rules);
      const withoutDimensions = found.filter((f) => f.dimsMm.length === 0).length;
      await db.transaction((tx) =>
        replaceInstances(tx, actorOf(req), project, 'model', found, {
          modelId: model.id,
          detail: { modelId: model.id, elements: elements.length },
        }),
      );
      return { modelId: model.id, elements: elements.length, instances: found.length, withoutDimensions };
    },
  );

  app.post(
    '/api/projects/:projectId/components/schedule',
    {
      config: { access: PROJECT_WRITERS },
      schema: {
        operationId: 'importComponentSchedule',
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('The component schedule workbook (.xlsx)') }) },
        tags: ['components'],
        summary: '导入构件清单 Excel（全部成功或全部不导入） Import a component schedule',
        params: projectParams,
        response: { 200: z.object({ rows: z.number(), units: z.number() }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      const file = await receiveXlsx(req, ctx.objects, `components/schedules/${project.id}`, config.uploadLimitBytes);
      let parsed;
      try {
        parsed = await parseScheduleWorkbook(await fs.promises.readFile(file.path));
      } catch (err) {
        fs.rmSync(file.path, { force: true });
        // Over a spreadsheet limit (413/400) or too many imports at once (503): that answer, not "not an xlsx".
        if (err instanceof AppError) throw err;
        throw new AppError(415, 'import_not_xlsx');
      }
      if (parsed.errors.length) {
        fs.rmSync(file.path, { force: true });
        throw new AppError(400, 'component_import_rejected', { count: parsed.errors.length }, parsed.errors.map(toDetail));
      }
      await ctx.objects.putFile(file.key, file.path);
      try {
        await db.transaction((tx) =>
          replaceInstances(tx, actorOf(req), project, 'schedule', parsed.rows, { detail: { file: file.filename, sha256: file.sha256 } }),
        );
      } catch (err) {
        await ctx.objects.delete(file.key).catch(() => undefined);
        throw err;
      }
      return { rows: parsed.rows.length, units: parsed.rows.reduce((n, r) => n + r.quantity, 0) };
    },
  );
};
