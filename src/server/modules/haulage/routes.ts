import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import multipart from '@fastify/multipart';
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { selectRows, type DbOrTx } from '../../db/database.js';
import { actorOf } from '../../platform/audit.js';
import { requirePrincipal, type Principal } from '../../platform/auth/principal.js';
import { contentDisposition } from '../../platform/downloads.js';
import { AppError } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/language.js';
import { MEDIA, uploadedFile } from '../../platform/openapi.js';
import { organisationNameSql } from '../accounts/index.js';
import { parseVehicleImport, vehiclesTemplate, vehiclesWorkbook, XLSX_TYPE } from './excel.js';
import { startHaulageRuntime } from './runtime.js';
import { manifestLoadSchema, positionSchema, rejectSchema, vehicleInput, vehicleSchema } from './schemas.js';
import { haulageManifestLoads, haulagePositions, haulageRejects, haulageVehicles, type VehicleRow } from './tables.js';
import { chinaDate, createVehicle, listVehicles, updateVehicle, vehicleForPrincipal, visibleVehiclesCondition } from './vehicles.js';

const READERS = { roles: ['admin', 'regulator', 'carrier'] } as const;
const WRITERS = { roles: ['admin', 'carrier'] } as const;
const idParams = z.object({ id: z.string().uuid() });

function sendXlsx(reply: FastifyReply, name: string, buf: Buffer) {
  reply.header('content-type', XLSX_TYPE);
  reply.header('content-disposition', contentDisposition(name));
  return reply.send(buf);
}

type LastPosition = { vehicleId: string; time: Date; latE6: number; lonE6: number; speedDkmh: number; heading: number };

async function decorate(db: DbOrTx, rows: VehicleRow[], now = new Date()): Promise<z.infer<typeof vehicleSchema>[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const names = await db
    .select({ id: haulageVehicles.id, name: organisationNameSql(haulageVehicles.carrierOrganisationId) })
    .from(haulageVehicles)
    .where(inArray(haulageVehicles.id, ids));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const lastRows = await selectRows<LastPosition>(
    db,
    sql`select distinct on (vehicle_id) vehicle_id as "vehicleId", time, lat_e6 as "latE6", lon_e6 as "lonE6", speed_dkmh as "speedDkmh", heading
        from ${haulagePositions} where vehicle_id = any(${`{${ids.join(',')}}`}::uuid[]) order by vehicle_id, time desc`,
  );
  const lastOf = new Map(lastRows.map((l) => [l.vehicleId, l]));
  const today = chinaDate(now);
  return rows.map((r) => {
    const l = lastOf.get(r.id);
    return {
      id: r.id,
      carrierOrganisationId: r.carrierOrganisationId,
      carrierName: nameOf.get(r.id) ?? null,
      regionCode: r.regionCode,
      plate: r.plate,
      plateColour: r.plateColour,
      vehicleType: r.vehicleType,
      capacityTonnes: Number(r.capacityTonnes),
      terminalPhone: r.terminalPhone,
      terminalId: r.terminalId,
      permitNumber: r.permitNumber,
      permitValidFrom: r.permitValidFrom,
      permitValidTo: r.permitValidTo,
      permitValid: today >= r.permitValidFrom && today <= r.permitValidTo,
      terminalRegistered: r.authCode !== null,
      active: r.active,
      lastPosition: l
        ? {
            time: new Date(l.time).toISOString(),
            latitude: Number(l.latE6) / 1e6,
            longitude: Number(l.lonE6) / 1e6,
            speedKmh: Number(l.speedDkmh) / 10,
            heading: Number(l.heading),
          }
        : null,
    };
  });
}

/** Haulage tracking (渣土运输监管): carriers' vehicles, the JT/T 808 gateway's data and rejects. */
export const haulageModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db, config } = ctx;
  const runtime = await startHaulageRuntime(ctx, app.log);
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5 } });

  app.get(
    '/api/haulage/vehicles',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listVehicles',
        tags: ['haulage'],
        summary: '运输车辆 Vehicles of the carriers in scope',
        querystring: z.object({ q: z.string().max(60).optional() }),
        response: { 200: z.array(vehicleSchema) },
      },
    },
    async (req) => decorate(db, await listVehicles(db, requirePrincipal(req), req.query)),
  );

  app.post(
    '/api/haulage/vehicles',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'createVehicle',
        tags: ['haulage'],
        summary: '登记车辆 Register a vehicle',
        body: vehicleInput,
        response: { 201: vehicleSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const row = await db.transaction((tx) => createVehicle(tx, actorOf(req), p, req.body));
      return reply.status(201).send((await decorate(db, [row]))[0]);
    },
  );

  app.get(
    '/api/haulage/vehicles.xlsx',
    {
      config: { access: READERS },
      schema: { operationId: 'exportVehicles', download: { media: [MEDIA.xlsx] }, tags: ['haulage'], summary: '导出车辆 Export vehicles' },
    },
    async (req, reply) => {
      const rows = await listVehicles(db, requirePrincipal(req));
      const decorated = await decorate(db, rows);
      const names = new Map(decorated.map((d) => [d.id, d.carrierName]));
      return sendXlsx(reply, '运输车辆.xlsx', await vehiclesWorkbook(rows.map((r) => ({ ...r, carrierName: names.get(r.id) ?? null }))));
    },
  );

  app.get(
    '/api/haulage/vehicles/template.xlsx',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getVehicleTemplate',
        download: { media: [MEDIA.xlsx] },
        tags: ['haulage'],
        summary: '车辆导入模板 Import template',
      },
    },
    async (_req, reply) => sendXlsx(reply, '运输车辆导入模板.xlsx', await vehiclesTemplate()),
  );

  app.post(
    '/api/haulage/vehicles/import',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'importVehicles',
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('The vehicles workbook (.xlsx)') }) },
        consumes: ['multipart/form-data'],
        tags: ['haulage'],
        summary: '导入车辆（全部成功或全部不导入） Import vehicles, all or nothing',
        querystring: z.object({ carrierOrganisationId: z.string().uuid().optional() }),
        response: { 201: z.object({ imported: z.number().int() }) },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      if (!req.isMultipart()) throw new AppError(415, 'haulage_import_file');
      const file = await req.file();
      if (!file) throw new AppError(415, 'haulage_import_file');
      const bytes = await file.toBuffer();
      if (file.file.truncated) throw new AppError(413, 'body_too_large', { limit: config.uploadLimitBytes });
      // xlsx is a ZIP: local file header "PK\x03\x04".
      if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04))
        throw new AppError(415, 'haulage_import_file');
      const parsed = await parseVehicleImport(bytes, requestLanguage(req));
      if (parsed.errors.length) throw new AppError(400, 'haulage_import_invalid', { count: parsed.errors.length }, parsed.errors);
      await db.transaction(async (tx) => {
        for (const r of parsed.rows)
          await createVehicle(tx, actorOf(req), p, { ...r, carrierOrganisationId: req.query.carrierOrganisationId });
      });
      return reply.status(201).send({ imported: parsed.rows.length });
    },
  );

  app.get(
    '/api/haulage/vehicles/:id',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getVehicle',
        tags: ['haulage'],
        summary: '车辆详情 A vehicle',
        params: idParams,
        response: { 200: vehicleSchema },
      },
    },
    async (req) => (await decorate(db, [await vehicleForPrincipal(db, req.principal, req.params.id, 'read')]))[0],
  );

  app.put(
    '/api/haulage/vehicles/:id',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'updateVehicle',
        tags: ['haulage'],
        summary: '修改车辆 Change a vehicle',
        params: idParams,
        body: vehicleInput,
        response: { 200: vehicleSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const row = await db.transaction((tx) => updateVehicle(tx, actorOf(req), p, req.params.id, req.body));
      return (await decorate(db, [row]))[0];
    },
  );

  app.get(
    '/api/haulage/vehicles/:id/positions',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listVehiclePositions',
        tags: ['haulage'],
        summary: '车辆轨迹 Positions of a vehicle (as reported, WGS-84 / CGCS2000)',
        params: idParams,
        querystring: z.object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) }),
        response: { 200: z.array(positionSchema) },
      },
    },
    async (req) => {
      const v = await vehicleForPrincipal(db, req.principal, req.params.id, 'read');
      const rows = await db
        .select()
        .from(haulagePositions)
        .where(
          and(
            eq(haulagePositions.vehicleId, v.id),
            gte(haulagePositions.time, new Date(req.query.from)),
            lte(haulagePositions.time, new Date(req.query.to)),
          ),
        )
        .orderBy(asc(haulagePositions.time))
        .limit(20_000);
      return rows.map((r) => ({
        time: r.time.toISOString(),
        receivedAt: r.receivedAt.toISOString(),
        latitude: r.latE6 / 1e6,
        longitude: r.lonE6 / 1e6,
        altitudeM: r.altitudeM,
        speedKmh: r.speedDkmh / 10,
        heading: r.heading,
        alarm: r.alarm,
        status: r.status,
        mileageKm: r.mileageKm,
        backfill: r.backfill,
      }));
    },
  );

  app.get(
    '/api/haulage/vehicles/:id/loads',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listVehicleLoads',
        tags: ['haulage'],
        summary: '车辆的电子联单 Manifests naming this vehicle',
        params: idParams,
        response: { 200: z.array(manifestLoadSchema) },
      },
    },
    async (req) => {
      const v = await vehicleForPrincipal(db, req.principal, req.params.id, 'read');
      const rows = await db
        .select()
        .from(haulageManifestLoads)
        .where(eq(haulageManifestLoads.vehicleId, v.id))
        .orderBy(desc(haulageManifestLoads.issuedAt))
        .limit(500);
      return rows.map((r) => ({
        manifestId: r.manifestId,
        manifestNumber: r.manifestNumber,
        vehicleId: r.vehicleId,
        plate: v.plate,
        issuedAt: r.issuedAt.toISOString(),
      }));
    },
  );

  app.get(
    '/api/haulage/gateway/rejects',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listTerminalRejects',
        tags: ['haulage'],
        summary: 'JT/T 808 网关拒收统计 Rejected frames per terminal',
        response: {
          200: z.object({
            listening: z.boolean(),
            openConnections: z.number().int(),
            rejects: z.array(rejectSchema),
          }),
        },
      },
    },
    async (req) => {
      const p: Principal = requirePrincipal(req);
      await runtime.rejects.flush();
      // Carriers see their own terminals' rejects; frames from numbers nobody registered are for admins and regulators.
      const phones = await db
        .select({ phone: haulageVehicles.terminalPhone, plate: haulageVehicles.plate })
        .from(haulageVehicles)
        .where(visibleVehiclesCondition(p));
      const plateOf = new Map(phones.map((x) => [x.phone, x.plate]));
      const rows = await db
        .select()
        .from(haulageRejects)
        .where(p.role === 'carrier' ? (phones.length ? inArray(haulageRejects.terminalPhone, [...plateOf.keys()]) : sql`false`) : sql`true`)
        .orderBy(desc(haulageRejects.lastAt))
        .limit(1000);
      return {
        listening: runtime.gateway !== null,
        openConnections: runtime.gateway?.openConnections ?? 0,
        rejects: rows.map((r) => ({
          ...r,
          plate: plateOf.get(r.terminalPhone) ?? null,
          count: Number(r.count),
          lastAt: r.lastAt.toISOString(),
        })),
      };
    },
  );
};
