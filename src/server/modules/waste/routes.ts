import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import QRCode from 'qrcode';
import { z } from 'zod';
import { MEDIA, uploadedFile } from '../../platform/openapi.js';
import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/audit.js';
import { requirePrincipal, visibleRegions, type Principal } from '../../platform/auth/principal.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { pageFromRows, pageOf, pageQuery, totalColumn } from '../../platform/pagination.js';
import { contentDisposition } from '../../platform/downloads.js';
import { listRegions } from '../accounts/index.js';
import { projectForPrincipal, projectRefs, visibleProjectIds, underGrant } from '../projects/index.js';
import { createFacility, facilitiesOfOrganisation, getFacility, listFacilities, updateFacility } from './facilities.js';
import { importTemplate, indicatorsWorkbook, manifestsWorkbook, parseImport, storeImportFile, importFileKey, XLSX_TYPE } from './excel.js';
import { projectWasteIndicators, wasteLeague } from './indicators.js';
import * as manifests from './manifests.js';
import { NATIONAL, getPlan, listTargets, projectTarget, rulesForRegion, savePlan, upsertTarget } from './plans.js';
import { createRecords, deleteRecord, listRecords, takenReferences } from './records.js';
import {
  alertSchema,
  disputeInput,
  dispatchInput,
  facilityInput,
  facilityPatch,
  facilitySchema,
  manifestDetailSchema,
  manifestInput,
  manifestSchema,
  manifestStateSchema,
  planInput,
  planSchema,
  projectWasteSchema,
  receiveInput,
  siteRecordInput,
  siteRecordSchema,
  targetInput,
  targetSchema,
} from './schemas.js';
import { alertKinds, siteRecordKinds, wasteAlerts, wasteFacilities, wasteManifests } from './tables.js';
import { wasteIndicatorDefinitions } from './indicators.js';

const READERS = { roles: ['admin', 'regulator', 'enterprise', 'expert'] } as const;
const WRITERS = { roles: ['admin', 'enterprise'] } as const;
const STAFF = { roles: ['admin', 'regulator'] } as const;
const FACILITY = { roles: ['admin', 'facility'] } as const;
const ANY = { roles: 'any' } as const;

const projectParams = z.object({ projectId: z.string().uuid() });
const idParams = z.object({ id: z.string().uuid() });
const asOfQuery = z.object({ asOf: z.iso.datetime({ offset: true }).optional() });
const DEADLINE_JOB_MS = 5 * 60_000;

/** Regulators manage only their own region; a ministry regulator (no region) and admins manage all. */
function assertRegion(p: Principal, regionCode: string) {
  const regions = visibleRegions(p);
  if (regions && !regions.includes(regionCode)) throw new AppError(403, 'waste_region_forbidden');
}

function sendXlsx(reply: FastifyReply, name: string, buf: Buffer) {
  reply.header('content-type', XLSX_TYPE);
  reply.header('content-disposition', contentDisposition(name));
  return reply.send(buf);
}

/** Construction waste reduction (建筑垃圾减量化): plans, facilities, electronic manifests, records, indicators. */
export const wasteModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  for (const d of wasteIndicatorDefinitions) ctx.indicators.register(d);
  const { db, config } = ctx;
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5 } });

  ctx.scheduler.add({
    name: 'waste.manifest-deadlines',
    everyMs: DEADLINE_JOB_MS,
    run: async (database) => void (await manifests.runManifestDeadlines(database.db)),
  });

  const originOf = (req: FastifyRequest) => config.publicOrigin ?? `${req.protocol}://${req.headers.host}`;

  async function manifestDetail(req: FastifyRequest, id: string) {
    const p = requirePrincipal(req);
    const { row } = await manifests.manifestForPrincipal(db, p, id, 'read', underGrant(req, 'waste'));
    const [view] = await manifests.decorateManifests(db, [row]);
    // The QR code carries a URL, not just the number: a phone's camera app opens the facility's confirmation page directly.
    const confirmUrl = `${originOf(req)}/facility/manifests/${row.id}`;
    const qrSvg = await QRCode.toString(confirmUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    const qrPng = await QRCode.toDataURL(confirmUrl, { margin: 1, width: 240, errorCorrectionLevel: 'M' });
    const isDestination = p.role === 'facility' || p.role === 'admin';
    const canWrite = p.role === 'admin' || p.role === 'enterprise';
    return {
      ...view!,
      confirmUrl,
      qrSvg,
      qrPng,
      canReceive: isDestination && row.state === 'in_transit',
      canDispatch: canWrite && row.state === 'created',
    };
  }

  // ---------- targets ----------
  app.get(
    '/api/waste/targets',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listWasteTargets',
        tags: ['waste'],
        summary: '建筑垃圾排放目标（按地区） Discharge targets by region',
        response: { 200: pageOf(targetSchema) },
      },
    },
    async () => {
      const items = await listTargets(db);
      return { items, total: items.length };
    },
  );

  app.put(
    '/api/waste/targets/:regionCode',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'setWasteTarget',
        tags: ['waste'],
        summary: '设置地区排放目标 Set a region’s targets and manifest rules',
        params: z.object({ regionCode: z.string().min(1).max(50) }),
        body: targetInput,
        response: { 200: targetSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { regionCode } = req.params;
      if (regionCode === NATIONAL) {
        if (p.role !== 'admin') throw new AppError(403, 'waste_region_forbidden');
      } else {
        if (!(await listRegions(db)).some((r) => r.code === regionCode)) throw invalidField('regionCode', 'region_unknown');
        assertRegion(p, regionCode);
      }
      return db.transaction((tx) => upsertTarget(tx, actorOf(req), regionCode, req.body));
    },
  );

  // ---------- facilities ----------
  app.get(
    '/api/waste/facilities',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listWasteFacilities',
        tags: ['waste'],
        summary: '消纳场/资源化厂名录 Facilities register',
        querystring: z.object({
          q: z.string().max(100).optional(),
          regionCode: z.string().max(50).optional(),
          category: z.string().max(50).optional(),
          active: z.enum(['1', '0']).optional(),
        }),
        response: { 200: pageOf(facilitySchema) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const items = await listFacilities(db, {
        ...req.query,
        activeOnly: req.query.active === '1',
        organisationId: p.role === 'facility' ? (p.organisationId ?? '00000000-0000-0000-0000-000000000000') : undefined,
      });
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/waste/facilities',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'createWasteFacility',
        tags: ['waste'],
        summary: '登记场所 Register a facility',
        body: facilityInput,
        response: { 201: facilitySchema },
      },
    },
    async (req, reply) => {
      assertRegion(requirePrincipal(req), req.body.regionCode);
      const f = await db.transaction((tx) => createFacility(tx, actorOf(req), req.body));
      return reply.status(201).send(f);
    },
  );

  app.patch(
    '/api/waste/facilities/:id',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'updateWasteFacility',
        tags: ['waste'],
        summary: '修改场所 Update a facility',
        params: idParams,
        body: facilityPatch,
        response: { 200: facilitySchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const before = await getFacility(db, req.params.id);
      if (!before) throw notFound();
      const regions = visibleRegions(p);
      if (regions && !regions.includes(before.regionCode)) throw notFound();
      if (req.body.regionCode) assertRegion(p, req.body.regionCode);
      return db.transaction((tx) => updateFacility(tx, actorOf(req), req.params.id, req.body));
    },
  );

  // ---------- regional comparison ----------
  const leagueRow = z.object({
    rank: z.number().nullable(),
    hasData: z.boolean(),
    projectId: z.string(),
    code: z.string(),
    name: z.string(),
    regionCode: z.string(),
    status: z.string(),
    floorAreaM2: z.number().nullable(),
    isPrefabricated: z.boolean(),
    tonnes: z.number(),
    intensity: z.number().nullable(),
    target: z.number(),
    meetsTarget: z.boolean().nullable(),
    recyclingPercent: z.number().nullable(),
    forecastIntensity: z.number().nullable(),
    forecastExceeds: z.boolean().nullable(),
    confirmationPercent: z.number().nullable(),
    manifests: z.number(),
  });
  const leagueQuery = asOfQuery.extend({ regionCode: z.string().max(50).optional() });

  async function leagueFor(p: Principal | null, regionCode: string | undefined, asOf: Date) {
    const ids = await visibleProjectIds(db, p, { regionCode, statuses: ['selected', 'implementing', 'completed', 'summarised'] });
    return wasteLeague(db, [...(await projectRefs(db, ids)).values()], asOf);
  }

  app.get(
    '/api/waste/projects',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listWasteLeague',
        tags: ['waste'],
        summary: '项目减量化指标排名 Regional league table',
        querystring: leagueQuery,
        response: { 200: pageOf(leagueRow) },
      },
    },
    async (req) => {
      const items = await leagueFor(req.principal, req.query.regionCode, req.query.asOf ? new Date(req.query.asOf) : new Date());
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/waste/projects.xlsx',
    {
      config: { access: READERS },
      schema: {
        operationId: 'exportWasteLeague',
        download: { media: [MEDIA.xlsx] },
        tags: ['waste'],
        summary: '导出区域排名 Export the league table',
        querystring: leagueQuery,
      },
    },
    async (req, reply) => {
      const league = await leagueFor(req.principal, req.query.regionCode, req.query.asOf ? new Date(req.query.asOf) : new Date());
      const regions = await listRegions(db);
      return sendXlsx(
        reply,
        `建筑垃圾减量化排名-${new Date().toISOString().slice(0, 10)}.xlsx`,
        await indicatorsWorkbook(null, league, (c) => regions.find((r) => r.code === c)?.nameZh ?? c),
      );
    },
  );

  // ---------- project indicators ----------
  app.get(
    '/api/projects/:projectId/waste',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getProjectWaste',
        tags: ['waste'],
        summary: '项目建筑垃圾指标 Project waste indicators',
        params: projectParams,
        querystring: asOfQuery,
        response: { 200: projectWasteSchema },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read', underGrant(req, 'waste'));
      return projectWasteIndicators(db, project, req.query.asOf ? new Date(req.query.asOf) : new Date());
    },
  );

  app.get(
    '/api/projects/:projectId/waste/indicators.xlsx',
    {
      config: { access: READERS },
      schema: {
        operationId: 'exportProjectWasteIndicators',
        download: { media: [MEDIA.xlsx] },
        tags: ['waste'],
        summary: '导出项目指标 Export project indicators',
        params: projectParams,
        querystring: asOfQuery,
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const indicators = await projectWasteIndicators(db, project, req.query.asOf ? new Date(req.query.asOf) : new Date());
      const regions = await listRegions(db);
      const league = await wasteLeague(db, [project]);
      return sendXlsx(
        reply,
        `${project.code}-建筑垃圾指标.xlsx`,
        await indicatorsWorkbook(indicators, league, (c) => regions.find((r) => r.code === c)?.nameZh ?? c),
      );
    },
  );

  // ---------- plan ----------
  async function planOut(projectId: string) {
    const [ref] = (await projectRefs(db, [projectId])).values();
    const plan = await getPlan(db, projectId);
    const t = projectTarget(ref!, await rulesForRegion(db, ref!.regionCode), plan);
    return { ...plan, regionalTarget: t.regional };
  }

  app.get(
    '/api/projects/:projectId/waste/plan',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getWastePlan',
        tags: ['waste'],
        summary: '减量化专项方案 Waste reduction plan',
        params: projectParams,
        response: { 200: planSchema },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      return planOut(project.id);
    },
  );

  app.put(
    '/api/projects/:projectId/waste/plan',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'saveWastePlan',
        tags: ['waste'],
        summary: '保存减量化专项方案 Save the plan',
        params: projectParams,
        body: planInput,
        response: { 200: planSchema },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      await db.transaction((tx) => savePlan(tx, actorOf(req), project, req.body));
      return planOut(project.id);
    },
  );

  // ---------- manifests ----------
  const manifestListQuery = pageQuery.extend({ state: manifestStateSchema.optional(), q: z.string().max(50).optional() });

  app.get(
    '/api/projects/:projectId/waste/manifests',
    {
      config: { access: { ...READERS, partner: 'manifests:read' } },
      schema: {
        operationId: 'listProjectManifests',
        tags: ['waste'],
        summary: '项目电子联单 Manifests of a project',
        params: projectParams,
        querystring: manifestListQuery,
        response: { 200: pageOf(manifestSchema) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read', underGrant(req, 'waste'));
      const { page, pageSize, ...f } = req.query;
      return manifests.listManifests(db, { ...f, projectIds: [project.id] }, { page, pageSize });
    },
  );

  app.get(
    '/api/projects/:projectId/waste/manifests.xlsx',
    {
      config: { access: READERS },
      schema: {
        operationId: 'exportProjectManifests',
        download: { media: [MEDIA.xlsx] },
        tags: ['waste'],
        summary: '导出电子联单 Export manifests',
        params: projectParams,
        querystring: manifestListQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      return sendXlsx(
        reply,
        `${project.code}-电子联单.xlsx`,
        await manifestsWorkbook(await manifests.allManifests(db, { ...req.query, projectIds: [project.id] })),
      );
    },
  );

  app.post(
    '/api/projects/:projectId/waste/manifests',
    {
      config: { access: { ...WRITERS, partner: 'manifests:write' } },
      schema: {
        operationId: 'createManifest',
        tags: ['waste'],
        summary: '开具电子联单（出场） Issue a manifest at the gate',
        params: projectParams,
        body: manifestInput,
        response: { 201: manifestDetailSchema },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      const row = await db.transaction((tx) => manifests.createManifest(tx, actorOf(req), project, req.body));
      return reply.status(201).send(await manifestDetail(req, row.id));
    },
  );

  app.get(
    '/api/waste/manifests/lookup',
    {
      config: { access: ANY },
      schema: {
        operationId: 'lookupManifest',
        tags: ['waste'],
        summary: '按联单号查找 Find a manifest by number',
        querystring: z.object({ number: z.string().trim().min(4).max(40) }),
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (req) => {
      const id = await manifests.findManifestIdByNumber(db, req.query.number);
      if (!id) throw notFound();
      await manifests.manifestForPrincipal(db, req.principal, id, 'read');
      return { id };
    },
  );

  app.get(
    '/api/waste/manifests/:id',
    {
      config: { access: { ...ANY, partner: 'manifests:read' } },
      schema: {
        operationId: 'getManifest',
        tags: ['waste'],
        summary: '联单详情（含二维码） Manifest with its QR code',
        params: idParams,
        response: { 200: manifestDetailSchema },
      },
    },
    async (req) => manifestDetail(req, req.params.id),
  );

  app.post(
    '/api/waste/manifests/:id/dispatch',
    {
      config: { access: { ...WRITERS, partner: 'manifests:write' } },
      schema: {
        operationId: 'dispatchManifest',
        tags: ['waste'],
        summary: '放行出场 Release at the gate',
        params: idParams,
        body: dispatchInput,
        response: { 200: manifestDetailSchema },
      },
    },
    async (req) => {
      await manifests.manifestForPrincipal(db, req.principal, req.params.id, 'write');
      await db.transaction((tx) => manifests.dispatchManifest(tx, actorOf(req), req.params.id, req.body));
      return manifestDetail(req, req.params.id);
    },
  );

  app.post(
    '/api/waste/manifests/:id/receive',
    {
      config: { access: { ...FACILITY, partner: 'manifests:write' } },
      schema: {
        operationId: 'receiveManifest',
        tags: ['waste'],
        summary: '场所确认接收（过磅） Confirm receipt with the weighbridge weight',
        params: idParams,
        body: receiveInput,
        response: { 200: manifestDetailSchema },
      },
    },
    async (req) => {
      await manifests.manifestForPrincipal(db, req.principal, req.params.id, 'receive');
      await db.transaction((tx) => manifests.receiveManifest(tx, actorOf(req), req.params.id, req.body));
      return manifestDetail(req, req.params.id);
    },
  );

  app.post(
    '/api/waste/manifests/:id/dispute',
    {
      config: { access: { ...FACILITY, partner: 'manifests:write' } },
      schema: {
        operationId: 'disputeManifest',
        tags: ['waste'],
        summary: '提出异议（拒收） Dispute a load',
        params: idParams,
        body: disputeInput,
        response: { 200: manifestDetailSchema },
      },
    },
    async (req) => {
      await manifests.manifestForPrincipal(db, req.principal, req.params.id, 'receive');
      await db.transaction((tx) => manifests.disputeManifest(tx, actorOf(req), req.params.id, req.body));
      return manifestDetail(req, req.params.id);
    },
  );

  app.get(
    '/api/waste/facility/manifests',
    {
      config: { access: FACILITY },
      schema: {
        operationId: 'listFacilityManifests',
        tags: ['waste'],
        summary: '本场所待接收/已接收联单 Manifests destined to my facilities',
        querystring: manifestListQuery,
        response: { 200: pageOf(manifestSchema) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { page, pageSize, ...f } = req.query;
      const facilityIds = p.role === 'admin' ? undefined : p.organisationId ? await facilitiesOfOrganisation(db, p.organisationId) : [];
      return manifests.listManifests(db, { ...f, facilityIds }, { page, pageSize });
    },
  );

  // ---------- on-site records ----------
  app.get(
    '/api/projects/:projectId/waste/records',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listWasteRecords',
        tags: ['waste'],
        summary: '现场分类与再利用记录 On-site records',
        params: projectParams,
        querystring: pageQuery.extend({ kind: z.enum(siteRecordKinds).optional() }),
        response: { 200: pageOf(siteRecordSchema) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const { page, pageSize, ...f } = req.query;
      return listRecords(db, project.id, f, { page, pageSize });
    },
  );

  app.post(
    '/api/projects/:projectId/waste/records',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'createWasteRecord',
        tags: ['waste'],
        summary: '新增现场记录 Add an on-site record',
        params: projectParams,
        body: siteRecordInput,
        response: { 201: siteRecordSchema },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      const [row] = await db.transaction((tx) => createRecords(tx, actorOf(req), project, [req.body]));
      return reply.status(201).send(row!);
    },
  );

  app.delete(
    '/api/projects/:projectId/waste/records/:id',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'deleteWasteRecord',
        tags: ['waste'],
        summary: '删除现场记录 Delete an on-site record',
        params: projectParams.extend({ id: z.string().uuid() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      const ok = await db.transaction((tx) => deleteRecord(tx, actorOf(req), project, req.params.id));
      if (!ok) throw notFound();
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/waste/records/template.xlsx',
    {
      config: { access: ANY },
      schema: {
        operationId: 'getWasteRecordTemplate',
        download: { media: [MEDIA.xlsx] },
        tags: ['waste'],
        summary: '历史记录导入模板 Import template',
      },
    },
    async (_req, reply) => sendXlsx(reply, '建筑垃圾历史记录导入模板.xlsx', await importTemplate()),
  );

  app.post(
    '/api/projects/:projectId/waste/records/import',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'importWasteRecords',
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('The records workbook (.xlsx)') }) },
        tags: ['waste'],
        summary: '导入历史记录（全部成功或全部不导入） Import historical records, all or nothing',
        params: projectParams,
        consumes: ['multipart/form-data'],
        response: { 201: z.object({ batch: z.string(), imported: z.number(), tonnes: z.number() }) },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      if (!req.isMultipart()) throw new AppError(415, 'waste_import_file');
      const file = await req.file();
      if (!file) throw new AppError(415, 'waste_import_file');
      const batch = randomUUID();
      const stored = await storeImportFile(file.file, ctx.objects, batch, config.uploadLimitBytes);
      let archived = false;
      try {
        const parsed = await parseImport(stored);
        const errors = [...parsed.errors];
        if (!errors.length) {
          // References already used count as row errors too, reported against their sheet row.
          const taken = await takenReferences(
            db,
            project.id,
            parsed.rows.flatMap((r) => (r.reference ? [r.reference] : [])),
          );
          parsed.rows.forEach((r, i) => {
            const hit = r.reference ? (taken.get(r.reference) ?? taken.get(r.reference.toUpperCase())) : undefined;
            if (hit)
              errors.push({
                path: `row.${i + 2}.reference`,
                code: hit === 'manifest' ? 'waste_reference_is_manifest' : 'waste_reference_taken',
                params: { reference: r.reference },
              });
          });
        }
        if (errors.length)
          throw new AppError(400, 'waste_import_invalid', { count: new Set(errors.map((e) => e.path.split('.')[1])).size }, errors);
        // The accepted file is kept (object first), then the rows; a failed transaction removes the object again.
        await ctx.objects.putFile(importFileKey(batch), stored);
        archived = true;
        await db.transaction((tx) => createRecords(tx, actorOf(req), project, parsed.rows, { importBatch: batch }));
        const tonnes = Math.round(parsed.rows.reduce((s, r) => s + r.tonnes, 0) * 1000) / 1000;
        return reply.status(201).send({ batch, imported: parsed.rows.length, tonnes });
      } catch (err) {
        // Nothing half-stored: a failed import leaves neither rows nor its file.
        if (archived) await ctx.objects.delete(importFileKey(batch)).catch(() => undefined);
        throw err;
      } finally {
        fs.rmSync(stored, { force: true });
      }
    },
  );

  // ---------- alerts ----------
  app.get(
    '/api/waste/alerts',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listWasteAlerts',
        tags: ['waste'],
        summary: '建筑垃圾预警 Alerts',
        querystring: pageQuery.extend({
          projectId: z.string().uuid().optional(),
          regionCode: z.string().max(50).optional(),
          open: z.enum(['1', '0']).optional(),
          kind: z.enum(alertKinds).optional(),
        }),
        response: { 200: pageOf(alertSchema) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const where: SQL[] = [];
      if (req.query.projectId) where.push(eq(wasteAlerts.projectId, (await projectForPrincipal(db, p, req.query.projectId, 'read')).id));
      if (p.role === 'facility') {
        const ids = p.organisationId ? await facilitiesOfOrganisation(db, p.organisationId) : [];
        where.push(ids.length ? inArray(wasteAlerts.facilityId, ids) : sql`false`);
      } else if (!req.query.projectId) {
        const projectIds = await visibleProjectIds(db, p, { regionCode: req.query.regionCode });
        const scope: SQL[] = [projectIds.length ? inArray(wasteAlerts.projectId, projectIds) : sql`false`];
        // Facility licence alerts (no project) go to the regulators of the facility's region.
        const regions = visibleRegions(p);
        if (p.role === 'admin' || p.role === 'regulator') {
          const regionCond = regions === null ? sql`true` : regions.length ? inArray(wasteAlerts.regionCode, regions) : sql`false`;
          scope.push(
            and(
              isNull(wasteAlerts.projectId),
              regionCond,
              req.query.regionCode ? eq(wasteAlerts.regionCode, req.query.regionCode) : sql`true`,
            )!,
          );
        }
        where.push(or(...scope)!);
      }
      if (req.query.open === '1') where.push(isNull(wasteAlerts.resolvedAt));
      if (req.query.kind) where.push(eq(wasteAlerts.kind, req.query.kind));
      const counted = db
        .select({ n: count() })
        .from(wasteAlerts)
        .where(and(...where));
      const { items: rows, total } = await pageFromRows(
        await db
          .select({ a: wasteAlerts, total: totalColumn(counted) })
          .from(wasteAlerts)
          .where(and(...where))
          .orderBy(desc(wasteAlerts.raisedAt))
          .limit(req.query.pageSize)
          .offset((req.query.page - 1) * req.query.pageSize),
        counted,
      );
      const refs = await projectRefs(
        db,
        rows.flatMap((r) => (r.a.projectId ? [r.a.projectId] : [])),
      );
      const fIds = rows.flatMap((r) => (r.a.facilityId ? [r.a.facilityId] : []));
      const fNames = fIds.length
        ? new Map(
            (
              await db
                .select({ id: wasteFacilities.id, name: wasteFacilities.name })
                .from(wasteFacilities)
                .where(inArray(wasteFacilities.id, fIds))
            ).map((f) => [f.id, f.name]),
          )
        : new Map<string, string>();
      const numbers = await manifestNumbers(rows.flatMap((r) => (r.a.manifestId ? [r.a.manifestId] : [])));
      return {
        total,
        items: rows.map(({ a }) => ({
          id: a.id,
          kind: a.kind,
          projectId: a.projectId,
          projectName: a.projectId ? (refs.get(a.projectId)?.name ?? null) : null,
          manifestId: a.manifestId,
          manifestNumber: a.manifestId ? (numbers.get(a.manifestId) ?? null) : null,
          facilityId: a.facilityId,
          facilityName: a.facilityId ? (fNames.get(a.facilityId) ?? null) : null,
          regionCode: a.regionCode,
          details: a.details,
          raisedAt: a.raisedAt.toISOString(),
        })),
      };
    },
  );

  async function manifestNumbers(ids: string[]) {
    if (!ids.length) return new Map<string, string>();
    const rows = await db
      .select({ id: wasteManifests.id, number: wasteManifests.number })
      .from(wasteManifests)
      .where(inArray(wasteManifests.id, ids));
    return new Map(rows.map((r) => [r.id, r.number]));
  }
};
