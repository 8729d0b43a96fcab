import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { MEDIA, uploadedFile } from '../../platform/openapi.js';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, forbidden } from '../../platform/errors.js';
import { requirePrincipal, visibleRegions, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { cursorPageOf, cursorQuery, linkNext, pageOf, pageQuery } from '../../platform/pagination.js';
import { contentDisposition } from '../../platform/downloads.js';
import { projectForPrincipal } from './access.js';
import { grantRoutes } from './grantRoutes.js';
import { manualTransitions } from './lifecycle.js';
import * as store from './store.js';
import { importRegister, readRegister, regionNames, registerWorkbook } from './excel.js';
import { participantInput, projectDetailSchema, projectInput, projectListQuery, projectPatch, projectRowSchema } from './schemas.js';
import { projectStatuses, type ProjectStatus } from './tables.js';

const idParams = z.object({ id: z.string().uuid() });
const STAFF = { roles: ['admin', 'regulator'] } as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A regulator registers in their own region only (the ministry and admins anywhere). */
function checkRegion(p: Principal, regionCode: string) {
  const regions = visibleRegions(p);
  if (regions && !regions.includes(regionCode))
    throw new AppError(400, 'validation_failed', {}, [{ path: 'regionCode', code: 'region_out_of_scope' }]);
}

/** The project register: list, detail, edits, participants, lifecycle steps and the Excel register. */
export const projectsModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db, config } = ctx;
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10, parts: 12 } });
  await app.register(grantRoutes, ctx);

  app.get(
    '/api/projects',
    {
      config: { access: { roles: 'any', partner: 'projects:read' } },
      schema: {
        operationId: 'listProjects',
        tags: ['projects'],
        summary: '试点项目登记 Project register (visible to the caller)',
        querystring: pageQuery.merge(cursorQuery).merge(projectListQuery),
        response: { 200: cursorPageOf(projectRowSchema) },
      },
    },
    async (req, reply) => {
      const { page, pageSize, cursor, ...f } = req.query;
      const answer = await store.listProjects(db, req.principal, f, { page, pageSize, cursor });
      linkNext(req, reply, answer.next);
      return answer;
    },
  );

  app.get(
    '/api/projects/export.xlsx',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'exportProjects',
        download: { media: [MEDIA.xlsx] },
        tags: ['projects'],
        summary: '导出登记表 Export the register (Excel)',
        querystring: projectListQuery,
      },
    },
    async (req, reply) => {
      const rows = await store.allProjects(db, { ...req.query, visibleTo: req.principal });
      const body = await registerWorkbook(rows, await regionNames(db));
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', contentDisposition('试点项目登记表.xlsx', { fallback: 'projects.xlsx' }))
        .send(body);
    },
  );

  app.get(
    '/api/projects/import-template.xlsx',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getProjectImportTemplate',
        download: { media: [MEDIA.xlsx] },
        tags: ['projects'],
        summary: '导入模板 Import template (Excel)',
      },
    },
    async (_req, reply) => {
      const body = await registerWorkbook([], await regionNames(db));
      return reply.header('content-type', XLSX).header('content-disposition', contentDisposition('projects-template.xlsx')).send(body);
    },
  );

  app.post(
    '/api/projects/import',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'importProjects',
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('The register workbook (.xlsx)') }) },
        tags: ['projects'],
        summary: '导入项目 Import projects from Excel (multipart field "file"; all-or-nothing, errors name row and field)',
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ imported: z.number(), codes: z.array(z.string()) }) },
      },
    },
    async (req) => {
      if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type');
      const file = await req.file();
      if (!file) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'file_required' }]);
      const buffer = await file.toBuffer();
      // An .xlsx is a ZIP container: check the content, not the name.
      if (buffer.length < 4 || buffer.readUInt32BE(0) !== 0x504b0304) throw new AppError(400, 'import_file_unreadable');
      const p = requirePrincipal(req);
      const register = await readRegister(buffer);
      return db.transaction((tx) => importRegister(tx, actorOf(req), register, { regionCodes: visibleRegions(p) }));
    },
  );

  app.get(
    '/api/projects/:id',
    {
      config: { access: { roles: 'any', partner: 'projects:read' } },
      schema: {
        operationId: 'getProject',
        tags: ['projects'],
        summary: '项目详情 Project',
        params: idParams,
        response: { 200: projectDetailSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      await projectForPrincipal(db, p, req.params.id, 'read');
      const row = (await store.getProjectRow(db, req.params.id))!;
      const staff = p.role === 'admin' || p.role === 'regulator';
      return {
        ...row,
        participants: await store.participantsOf(db, row.id),
        allowedTransitions: staff ? store.allowedTransitions[row.status].filter((s) => manualTransitions.includes(s)) : [],
        history: await store.projectHistory(db, row.id),
        canEdit: staff || (p.role === 'enterprise' && p.organisationId === row.ownerOrganisationId),
      };
    },
  );

  app.post(
    '/api/projects',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'createProject',
        tags: ['projects'],
        summary: '登记项目 Register a project',
        body: projectInput,
        response: { 201: projectRowSchema },
      },
    },
    async (req, reply) => {
      checkRegion(requirePrincipal(req), req.body.regionCode);
      return reply.status(201).send(await db.transaction((tx) => store.createProject(tx, actorOf(req), req.body)));
    },
  );

  async function writable(req: { principal: Principal | null }, id: string) {
    const p = requirePrincipal(req as never);
    const ref = await projectForPrincipal(db, p, id, 'write');
    // A participant may read a project; only its owner (the applicant) edits it.
    if (p.role === 'enterprise' && ref.ownerOrganisationId !== p.organisationId) throw forbidden();
    return ref;
  }

  app.patch(
    '/api/projects/:id',
    {
      config: { access: { roles: ['admin', 'regulator', 'enterprise'] } },
      schema: {
        operationId: 'updateProject',
        tags: ['projects'],
        summary: '修改项目 Update a project',
        params: idParams,
        body: projectPatch,
        response: { 200: projectRowSchema },
      },
    },
    async (req) => {
      await writable(req, req.params.id);
      return db.transaction((tx) => store.updateProject(tx, actorOf(req), req.params.id, req.body));
    },
  );

  app.put(
    '/api/projects/:id/participants',
    {
      config: { access: { roles: ['admin', 'regulator', 'enterprise'] } },
      schema: {
        operationId: 'replaceProjectParticipants',
        tags: ['projects'],
        summary: '参建单位 Replace participants',
        params: idParams,
        body: z.object({ participants: z.array(participantInput).max(30) }),
        response: {
          200: z.object({ items: z.array(z.object({ organisationId: z.string(), organisationName: z.string(), role: z.string() })) }),
        },
      },
    },
    async (req) => {
      await writable(req, req.params.id);
      return { items: await db.transaction((tx) => store.replaceParticipants(tx, actorOf(req), req.params.id, req.body.participants)) };
    },
  );

  app.post(
    '/api/projects/:id/transition',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'transitionProject',
        tags: ['projects'],
        summary: '状态变更 Move a project along its lifecycle (实施中 / 已完工 / 已总结; review steps go through the application)',
        params: idParams,
        body: z.object({ to: z.enum(projectStatuses), note: z.string().max(1000).nullable().optional() }),
        response: { 200: projectRowSchema },
      },
    },
    async (req) => {
      const ref = await projectForPrincipal(db, requirePrincipal(req), req.params.id, 'write');
      const { to, note } = req.body;
      const from = ref.status as ProjectStatus;
      if (!store.allowedTransitions[from].includes(to)) throw store.transitionRefused(from, to);
      if (!manualTransitions.includes(to))
        throw new AppError(400, 'transition_via_review', {}, [{ path: 'to', code: 'transition_via_review' }]);
      return db.transaction((tx) => store.transitionProject(tx, actorOf(req), req.params.id, to, note));
    },
  );
};
