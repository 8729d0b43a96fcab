import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MEDIA } from '../../platform/openapi.js';
import { and, eq, inArray } from 'drizzle-orm';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, conflict, forbidden, invalidField, notFound, translate } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/language.js';
import { requirePrincipal, type Principal } from '../../platform/auth/principal.js';
import { actorOf, recordAudit } from '../../platform/audit.js';
import { contentDisposition } from '../../platform/downloads.js';
import { selectRows, sql } from '../../db/database.js';
import { projectForPrincipal, projectRefs, underGrant, visibleProjectIds, type GrantedRead, type ProjectRef } from '../projects/index.js';
import * as devices from './devices.js';
import { alarmView, changeAlarm, getAlarm, listAlarms, ruleView } from './alarms.js';
import { acceptedCounts, latestValues, qualityShares, readingSeries, resolutionFor } from './readings.js';
import { readingInput, validateReadings } from './ingest.js';
import { StorageUnavailableError } from './writer.js';
import { readingPages, writeCsv, writeXlsx } from './export.js';
import { deviceOnlineRate, noiseExceedanceRate, pm10ExceedanceRate } from './indicators.js';
import { startSiteRuntime } from './runtime.js';
import {
  alarmAction,
  alarmQuery,
  alarmSchema,
  aliasesBody,
  deviceInput,
  deviceListItem,
  devicePatch,
  deviceSchema,
  exportQuery,
  pointSchema,
  readingsQuery,
  ruleInput,
  rulePatch,
  ruleSchema,
} from './schemas.js';
import { siteDevices, siteThresholdRules } from './tables.js';
import { siteIndicatorDefinitions } from './indicators.js';

const ANY = { roles: 'any' } as const;
const DEVICE_ADMINS = { roles: ['admin', 'enterprise'] } as const;
const RULE_ADMINS = { roles: ['admin', 'regulator'] } as const;
const projectParams = z.object({ projectId: z.string() });
const deviceParams = z.object({ deviceId: z.string() });
const idParams = z.object({ id: z.string() });
/** Largest ingestion body (a batch of tens of thousands of readings). */
const INGEST_BODY_LIMIT = 16 * 1024 * 1024;

/** Smart construction site: devices, ingestion (HTTP here; HJ 212 and MQTT listeners in runtime), readings, alarms. */
export const siteModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  for (const d of siteIndicatorDefinitions) ctx.indicators.register(d);
  const { db } = ctx;
  const runtime = await startSiteRuntime(ctx, app.log);
  const { directory, ingestion, hub } = runtime;

  async function deviceForPrincipal(p: Principal | null, deviceId: string, intent: 'read' | 'write' = 'read', granted?: GrantedRead) {
    const device = await devices.getDeviceRow(db, deviceId);
    if (!device) throw notFound();
    const project = await projectForPrincipal(db, p, device.projectId, intent, granted);
    return { device, project };
  }

  async function deviceList(projectIds: string[]) {
    const rows = await devices.listDevices(db, projectIds);
    const ids = rows.map((d) => d.id);
    const [latest, quality, accepted] = await Promise.all([latestValues(db, ids), qualityShares(db, ids), acceptedCounts(db, ids)]);
    return rows.map((d) => ({
      ...devices.deviceView(d),
      acceptedCount: accepted.get(d.id) ?? 0,
      latest: latest.filter((l) => l.deviceId === d.id).map(({ deviceId: _d, ...l }) => l),
      quality: quality.get(d.id) ?? null,
    }));
  }

  // ---------- devices ----------
  app.get(
    '/api/projects/:projectId/devices',
    {
      config: { access: { ...ANY, partner: 'site:read' } },
      schema: {
        operationId: 'listProjectDevices',
        tags: ['site'],
        summary: '项目设备 Devices of a project',
        params: projectParams,
        response: { 200: z.object({ items: z.array(deviceListItem), total: z.number() }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read', underGrant(req, 'site'));
      const items = await deviceList([project.id]);
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/projects/:projectId/devices',
    {
      config: { access: DEVICE_ADMINS },
      schema: {
        operationId: 'createDevice',
        tags: ['site'],
        summary: '登记设备 Register a device (token shown once)',
        params: projectParams,
        body: deviceInput,
        response: { 201: z.object({ device: deviceSchema, token: z.string().nullable() }) },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      const created = await db.transaction((tx) => devices.createDevice(tx, actorOf(req), project, req.body));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/projects/:projectId/devices/:deviceId',
    {
      config: { access: DEVICE_ADMINS },
      schema: {
        operationId: 'updateDevice',
        tags: ['site'],
        summary: '修改设备 Update a device',
        params: projectParams.extend(deviceParams.shape),
        body: devicePatch,
        response: { 200: deviceSchema },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      const view = await db.transaction((tx) => devices.updateDevice(tx, actorOf(req), project, req.params.deviceId, req.body));
      directory.clear();
      return view;
    },
  );

  app.post(
    '/api/projects/:projectId/devices/:deviceId/token',
    {
      config: { access: DEVICE_ADMINS },
      schema: {
        operationId: 'rotateDeviceToken',
        tags: ['site'],
        summary: '重置设备令牌 Rotate the device token',
        params: projectParams.extend(deviceParams.shape),
        response: { 200: z.object({ device: deviceSchema, token: z.string() }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      const result = await db.transaction((tx) => devices.rotateDeviceToken(tx, actorOf(req), project, req.params.deviceId));
      directory.clear();
      return result;
    },
  );

  app.get(
    '/api/devices/:deviceId',
    {
      config: { access: { ...ANY, partner: 'site:read' } },
      schema: {
        operationId: 'getDevice',
        tags: ['site'],
        summary: '设备详情 Device',
        params: deviceParams,
        response: { 200: deviceListItem },
      },
    },
    async (req) => {
      const { device } = await deviceForPrincipal(req.principal, req.params.deviceId, 'read', underGrant(req, 'site'));
      const [item] = (await deviceList([device.projectId])).filter((d) => d.id === device.id);
      return item!;
    },
  );

  app.get(
    '/api/devices/:deviceId/readings',
    {
      config: { access: { ...ANY, partner: 'site:read' } },
      schema: {
        operationId: 'listDeviceReadings',
        tags: ['site'],
        summary: '设备读数 Readings of a device (raw or minute/hour/day rollups)',
        params: deviceParams,
        querystring: readingsQuery,
        response: { 200: z.object({ items: z.array(pointSchema), resolution: z.string(), truncated: z.boolean() }) },
      },
    },
    async (req) => {
      const { device } = await deviceForPrincipal(req.principal, req.params.deviceId, 'read', underGrant(req, 'site'));
      const from = new Date(req.query.from);
      const to = new Date(req.query.to);
      const resolution = req.query.resolution === 'auto' ? resolutionFor(from, to) : req.query.resolution;
      const items = await readingSeries(db, { deviceId: device.id, metric: req.query.metric, from, to, resolution });
      return { items, resolution, truncated: items.length >= 20_000 };
    },
  );

  app.get(
    '/api/devices/:deviceId/rejects',
    {
      config: { access: ANY },
      schema: {
        operationId: 'getDeviceRejects',
        tags: ['site'],
        summary: '被拒数据统计 Rejected input of a device',
        params: deviceParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                day: z.string(),
                source: z.string(),
                reason: z.string(),
                count: z.number(),
                lastDetail: z.string().nullable(),
                lastAt: z.string(),
              }),
            ),
            total: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const { device } = await deviceForPrincipal(req.principal, req.params.deviceId);
      const rows = await selectRows<{
        day: string | Date;
        source: string;
        reason: string;
        count: number;
        last_detail: string | null;
        last_at: Date | string;
      }>(
        db,
        sql`select day, source, reason, count, last_detail, last_at from site_rejects where device_ref = ${device.id} order by day desc, count desc limit 200`,
      );
      const items = rows.map((r) => ({
        day: typeof r.day === 'string' ? r.day.slice(0, 10) : new Date(r.day.getTime() + 8 * 3_600_000).toISOString().slice(0, 10),
        source: r.source,
        reason: r.reason,
        count: Number(r.count),
        lastDetail: r.last_detail,
        lastAt: new Date(r.last_at).toISOString(),
      }));
      return { items, total: items.length };
    },
  );

  // ---------- HTTP ingestion ----------
  app.addContentTypeParser(
    ['application/x-ndjson', 'application/ndjson'],
    { parseAs: 'string', bodyLimit: INGEST_BODY_LIMIT },
    (_req, body, done) => {
      done(null, { ndjson: String(body).split(/\r?\n/) });
    },
  );

  app.post(
    '/api/ingest/readings',
    {
      // Devices are not users: they authenticate with their own token (X-Device-Token or "Authorization: Device <token>").
      config: { access: 'public' },
      bodyLimit: INGEST_BODY_LIMIT,
      schema: {
        operationId: 'ingestReadings',
        tags: ['site'],
        summary: '设备批量上报 Device batch upload (JSON array or NDJSON); 2xx only after a durable write',
        headers: z.object({ 'x-device-token': z.string().optional() }).passthrough(),
        // Read by the handler, not validated as a whole: each reading is checked on its own and rejects are counted.
        requestContent: { 'application/json': z.array(readingInput), [MEDIA.ndjson]: z.array(readingInput) },
        // Devices sign in with their own token (X-Device-Token or "Authorization: Device …"); storage can be briefly unavailable.
        errors: [401, 403, 503],
        response: {
          200: z.object({
            stored: z.number(),
            duplicates: z.number(),
            rejected: z.number(),
            errors: z.array(z.object({ index: z.number(), path: z.string(), code: z.string(), message: z.string() })),
          }),
        },
      },
    },
    async (req, reply) => {
      const auth = req.headers.authorization;
      const token =
        (req.headers['x-device-token'] as string | undefined) ?? (auth?.startsWith('Device ') ? auth.slice(7).trim() : undefined);
      const device = token ? await directory.byToken(token) : null;
      if (!device) throw new AppError(401, 'device_token_required');
      if (!device.protocols.includes('http')) throw new AppError(403, 'protocol_not_enabled');
      const lang = requestLanguage(req);
      const body = req.body as unknown;
      let items: unknown[];
      const lineErrors: Array<{ index: number; path: string; code: string }> = [];
      if (Array.isArray(body)) items = body;
      else if (body && typeof body === 'object' && Array.isArray((body as { ndjson?: unknown }).ndjson)) {
        items = [];
        const lines = (body as { ndjson: string[] }).ndjson.filter((l) => l.trim() !== '');
        lines.forEach((line, index) => {
          try {
            items.push(JSON.parse(line));
          } catch {
            // Keep indexes aligned with the lines the device sent.
            items.push({ __line: index });
            lineErrors.push({ index, path: '', code: 'invalid_json' });
          }
        });
      } else throw invalidField('', 'payload_invalid');
      const { rows, errors } = validateReadings(device, items, 'http');
      const lineIdx = new Set(lineErrors.map((e) => e.index));
      const allErrors = [...lineErrors, ...errors.filter((e) => !lineIdx.has(e.index))].sort((a, b) => a.index - b.index);
      const localised = allErrors.map((e) => ({ ...e, message: translate(e.code, lang) }));
      if (allErrors.length) {
        await ingestion.countRejects(
          allErrors.map((e) => ({
            deviceRef: device.id,
            source: 'http' as const,
            reason: e.code,
            count: 1,
            detail: `#${e.index} ${e.path}`,
          })),
        );
      }
      if (!rows.length) {
        throw new AppError(
          400,
          'readings_rejected',
          {},
          localised.slice(0, 100).map((e) => ({ path: `${e.index}${e.path ? '.' + e.path : ''}`, code: e.code, message: e.message })),
        );
      }
      try {
        const outcome = await ingestion.store(rows);
        return reply.status(200).send({ ...outcome, rejected: allErrors.length, errors: localised });
      } catch (err) {
        if (err instanceof StorageUnavailableError) {
          reply.header('retry-after', '5');
          throw new AppError(503, 'storage_unavailable');
        }
        throw err;
      }
    },
  );

  // ---------- project site ----------
  app.get(
    '/api/projects/:projectId/site',
    {
      config: { access: { ...ANY, partner: 'site:read' } },
      schema: {
        operationId: 'getProjectSite',
        tags: ['site'],
        summary: '项目智慧工地概况 Site summary of a project',
        params: projectParams,
        response: {
          200: z.object({
            project: z.object({ id: z.string(), code: z.string(), name: z.string(), regionCode: z.string() }),
            devices: z.array(deviceListItem),
            activeAlarms: z.number(),
            indicators: z.object({
              pm10ExceedanceRate: z.number().nullable(),
              noiseExceedanceRate: z.number().nullable(),
              deviceOnlineRate: z.number().nullable(),
            }),
            canManage: z.boolean(),
          }),
        },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const project = await projectForPrincipal(db, p, req.params.projectId, 'read', underGrant(req, 'site'));
      const [items, alarms, pm10, noise, online] = await Promise.all([
        deviceList([project.id]),
        listAlarms(db, [project.id], { state: 'active', limit: 1 }),
        pm10ExceedanceRate(db, project.id),
        noiseExceedanceRate(db, project.id),
        deviceOnlineRate(db, project.id),
      ]);
      return {
        project: { id: project.id, code: project.code, name: project.name, regionCode: project.regionCode },
        devices: items,
        activeAlarms: alarms.total,
        indicators: { pm10ExceedanceRate: pm10.rate, noiseExceedanceRate: noise.rate, deviceOnlineRate: online.rate },
        canManage: p.role === 'admin' || (p.role === 'enterprise' && p.organisationId === project.ownerOrganisationId),
      };
    },
  );

  async function alarmPage(projectIds: string[], q: z.infer<typeof alarmQuery>) {
    const { rows, total } = await listAlarms(db, projectIds, { state: q.state, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    const refs = await projectRefs(
      db,
      rows.map((r) => r.projectId),
    );
    const devs = rows.length
      ? await db
          .select({ id: siteDevices.id, name: siteDevices.name })
          .from(siteDevices)
          .where(inArray(siteDevices.id, [...new Set(rows.map((r) => r.deviceId))]))
      : [];
    const names = new Map(devs.map((d) => [d.id, d.name]));
    return { items: rows.map((a) => alarmView(a, { deviceName: names.get(a.deviceId), projectName: refs.get(a.projectId)?.name })), total };
  }

  app.get(
    '/api/projects/:projectId/site/alarms',
    {
      config: { access: { ...ANY, partner: 'site:read' } },
      schema: {
        operationId: 'listProjectSiteAlarms',
        tags: ['site'],
        summary: '项目告警 Alarms of a project',
        params: projectParams,
        querystring: alarmQuery,
        response: { 200: z.object({ items: z.array(alarmSchema), total: z.number() }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read', underGrant(req, 'site'));
      return alarmPage([project.id], req.query);
    },
  );

  app.get(
    '/api/site/alarms',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listSiteAlarms',
        tags: ['site'],
        summary: '可见项目的告警 Alarms across visible projects',
        querystring: alarmQuery,
        response: { 200: z.object({ items: z.array(alarmSchema), total: z.number() }) },
      },
    },
    async (req) => alarmPage(await visibleProjectIds(db, req.principal, { regionCode: req.query.regionCode }), req.query),
  );

  for (const action of ['acknowledge', 'close'] as const) {
    app.post(
      `/api/site/alarms/:id/${action}`,
      {
        config: { access: { roles: ['admin', 'regulator', 'enterprise'] } },
        schema: {
          operationId: action === 'acknowledge' ? 'acknowledgeSiteAlarm' : 'closeSiteAlarm',
          tags: ['site'],
          summary: action === 'acknowledge' ? '确认告警 Acknowledge an alarm' : '关闭告警 Close an alarm',
          params: idParams,
          body: alarmAction,
          response: { 200: alarmSchema },
        },
      },
      async (req) => {
        const alarm = await getAlarm(db, req.params.id);
        if (!alarm) throw notFound();
        const project = await projectForPrincipal(db, req.principal, alarm.projectId, 'write');
        const after = await db.transaction((tx) =>
          changeAlarm(tx, actorOf(req), project, alarm, action === 'acknowledge' ? 'acknowledged' : 'closed', req.body?.note),
        );
        return alarmView(after, { projectName: project.name });
      },
    );
  }

  // ---------- export ----------
  app.get(
    '/api/projects/:projectId/site/export',
    {
      config: { access: ANY },
      schema: {
        operationId: 'exportSiteReadings',
        download: { media: [MEDIA.csv, MEDIA.xlsx], description: 'The readings, streamed: CSV (format=csv) or an Excel workbook' },
        tags: ['site'],
        summary: '导出监测数据 Export readings (streamed CSV or Excel)',
        params: projectParams,
        querystring: exportQuery,
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId);
      const q = req.query;
      const where = q.deviceId
        ? and(eq(siteDevices.projectId, project.id), eq(siteDevices.id, q.deviceId))
        : eq(siteDevices.projectId, project.id);
      const list = await db.select({ id: siteDevices.id, name: siteDevices.name }).from(siteDevices).where(where).orderBy(siteDevices.name);
      const lang = requestLanguage(req);
      const stamp = `${q.from.slice(0, 10)}_${q.to.slice(0, 10)}`;
      const filename = `${project.code}-readings-${stamp}.${q.format}`;
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type':
          q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': contentDisposition(filename),
        'cache-control': 'no-store',
      });
      const pages = readingPages(db, list, new Date(q.from), new Date(q.to), q.resolution, q.metric);
      try {
        const n = q.format === 'csv' ? await writeCsv(out, pages, lang) : await writeXlsx(out, pages, lang);
        await recordAudit(db, actorOf(req), {
          action: 'site.readings.export',
          entityType: 'project',
          entityId: project.id,
          regionCode: project.regionCode,
          organisationId: project.ownerOrganisationId,
          after: { ...q, rows: n },
        });
        out.end();
      } catch (err) {
        req.log.error({ err }, 'export failed');
        out.destroy(err as Error);
      }
    },
  );

  // ---------- live updates (SSE) ----------
  const streams = new Set<FastifyReply>();
  app.addHook('preClose', async () => {
    for (const r of streams) r.raw.end();
  });
  app.get(
    '/api/site/live',
    {
      config: { access: ANY },
      schema: {
        operationId: 'streamSiteLive',
        download: { media: [MEDIA.eventStream], description: 'Server-Sent Events: a reading or alarm per event, as JSON in the data line' },
        tags: ['site'],
        summary: '实时推送 Live readings and alarms (Server-Sent Events)',
        querystring: z.object({ projectId: z.string().optional() }),
      },
    },
    async (req: FastifyRequest<{ Querystring: { projectId?: string } }>, reply) => {
      const p = requirePrincipal(req);
      const projects = req.query.projectId
        ? new Set([(await projectForPrincipal(db, p, req.query.projectId)).id])
        : p.role === 'admin' || (p.role === 'regulator' && !p.regionCode)
          ? null
          : new Set(await visibleProjectIds(db, p));
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      out.write('retry: 3000\n\n');
      const send = (event: string, data: unknown) => {
        if (!out.writableEnded) out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      send('hello', { at: new Date().toISOString() });
      const unsubscribe = hub.subscribe(projects, send);
      const heartbeat = setInterval(() => out.write(': keep-alive\n\n'), 20_000);
      streams.add(reply);
      req.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(reply);
      });
    },
  );

  // ---------- regional overview ----------
  app.get(
    '/api/site/overview',
    {
      config: { access: ANY },
      schema: {
        operationId: 'getSiteOverview',
        tags: ['site'],
        summary: '智慧工地总览 Regional overview of every visible site',
        querystring: z.object({ regionCode: z.string().max(40).optional() }),
        response: {
          200: z.object({
            sites: z.array(
              z.object({
                projectId: z.string(),
                projectCode: z.string(),
                projectName: z.string(),
                regionCode: z.string(),
                devices: z.number(),
                online: z.number(),
                pm10: z.object({ value: z.number(), time: z.string() }).nullable(),
                noise: z.object({ value: z.number(), time: z.string() }).nullable(),
                activeAlarms: z.number(),
                flaggedShare: z.number().nullable(),
              }),
            ),
            worstDevices: z.array(
              z.object({
                deviceId: z.string(),
                deviceName: z.string(),
                projectId: z.string(),
                projectName: z.string(),
                checked: z.number(),
                flagged: z.number(),
                share: z.number(),
                rejected: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const ids = await visibleProjectIds(db, req.principal, { regionCode: req.query.regionCode });
      const rows = await devices.listDevices(db, ids);
      const deviceIds = rows.map((d) => d.id);
      const [latest, quality, refs, alarmCounts] = await Promise.all([
        latestValues(db, deviceIds),
        qualityShares(db, deviceIds),
        projectRefs(db, [...new Set(rows.map((d) => d.projectId))]),
        deviceIds.length
          ? selectRows<{ project_id: string; n: number }>(
              db,
              sql`select project_id, count(*)::int as n from site_alarms where state <> 'closed' and project_id = any(${`{${ids.join(',')}}`}::uuid[]) group by project_id`,
            )
          : Promise.resolve([]),
      ]);
      const alarmsBy = new Map(alarmCounts.map((a) => [a.project_id, Number(a.n)]));
      const byProject = new Map<string, typeof rows>();
      for (const d of rows) byProject.set(d.projectId, [...(byProject.get(d.projectId) ?? []), d]);
      const pick = (devIds: Set<string>, metric: string) => {
        // The worst current value across the site's monitors is what a regulator looks at.
        const vals = latest.filter((l) => devIds.has(l.deviceId) && l.metric === metric);
        if (!vals.length) return null;
        const worst = vals.reduce((a, b) => (b.value > a.value ? b : a));
        return { value: worst.value, time: worst.time };
      };
      const sites = [...byProject.entries()].map(([projectId, list]) => {
        const ref = refs.get(projectId)!;
        const devIds = new Set(list.map((d) => d.id));
        let checked = 0;
        let flagged = 0;
        for (const d of list) {
          const q = quality.get(d.id);
          checked += q?.checked ?? 0;
          flagged += q?.flagged ?? 0;
        }
        return {
          projectId,
          projectCode: ref.code,
          projectName: ref.name,
          regionCode: ref.regionCode,
          devices: list.length,
          online: list.filter((d) => devices.deviceStatus(d) === 'online').length,
          pm10: pick(devIds, 'pm10'),
          noise: pick(devIds, 'noise_leq') ?? pick(devIds, 'noise_la'),
          activeAlarms: alarmsBy.get(projectId) ?? 0,
          flaggedShare: checked ? flagged / checked : null,
        };
      });
      sites.sort((a, b) => b.activeAlarms - a.activeAlarms || a.projectCode.localeCompare(b.projectCode));
      const worstDevices = rows
        .map((d) => ({ d, q: quality.get(d.id) }))
        .filter((x) => x.q && x.q.flagged > 0 && x.q.share !== null)
        .sort((a, b) => b.q!.share! - a.q!.share! || Number(b.d.rejectedCount) - Number(a.d.rejectedCount))
        .slice(0, 10)
        .map(({ d, q }) => ({
          deviceId: d.id,
          deviceName: d.name,
          projectId: d.projectId,
          projectName: refs.get(d.projectId)?.name ?? '',
          checked: q!.checked,
          flagged: q!.flagged,
          share: q!.share!,
          rejected: Number(d.rejectedCount),
        }));
      return { sites, worstDevices };
    },
  );

  // ---------- threshold rules ----------
  async function ruleScopeAllowed(
    p: Principal,
    rule: { regionCode?: string | null; projectId?: string | null },
  ): Promise<ProjectRef | null> {
    if (rule.projectId) {
      const project = await projectForPrincipal(db, p, rule.projectId, 'write');
      return project;
    }
    if (p.role === 'admin') return null;
    // Regulators set rules for their own region only; the national defaults are the administrator's.
    if (p.role === 'regulator' && p.regionCode && rule.regionCode === p.regionCode) return null;
    throw forbidden();
  }

  app.get(
    '/api/site/rules',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listSiteRules',
        tags: ['site'],
        summary: '告警阈值规则 Threshold rules',
        response: { 200: z.object({ items: z.array(ruleSchema), total: z.number() }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const all = await db.select().from(siteThresholdRules).orderBy(siteThresholdRules.metric, siteThresholdRules.period);
      const visible = new Set(await visibleProjectIds(db, p));
      const regions = p.role === 'admin' || (p.role === 'regulator' && !p.regionCode) ? null : p.regionCode ? [p.regionCode] : [];
      const items = all
        .filter((r) => (r.projectId ? visible.has(r.projectId) : r.regionCode ? regions === null || regions.includes(r.regionCode) : true))
        .map(ruleView);
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/site/rules',
    {
      config: { access: RULE_ADMINS },
      schema: {
        operationId: 'createSiteRule',
        tags: ['site'],
        summary: '新建阈值规则 Create a threshold rule',
        body: ruleInput,
        response: { 201: ruleSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const b = req.body;
      if (b.regionCode && b.projectId) throw invalidField('projectId', 'rule_scope');
      const project = await ruleScopeAllowed(p, b);
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .insert(siteThresholdRules)
          .values({
            id: crypto.randomUUID(),
            ...b,
            regionCode: b.regionCode ?? null,
            projectId: b.projectId ?? null,
            basis: b.basis ?? null,
          })
          .onConflictDoNothing()
          .returning();
        if (!r) throw conflict('rule_exists');
        await recordAudit(tx, actorOf(req), {
          action: 'site.rule.create',
          entityType: 'site_rule',
          entityId: r.id,
          regionCode: project?.regionCode ?? r.regionCode,
          after: ruleView(r),
        });
        return r;
      });
      return reply.status(201).send(ruleView(row));
    },
  );

  app.patch(
    '/api/site/rules/:id',
    {
      config: { access: RULE_ADMINS },
      schema: {
        operationId: 'updateSiteRule',
        tags: ['site'],
        summary: '修改阈值规则 Update a threshold rule',
        params: idParams,
        body: rulePatch,
        response: { 200: ruleSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw notFound();
      const [before] = await db.select().from(siteThresholdRules).where(eq(siteThresholdRules.id, req.params.id));
      if (!before) throw notFound();
      const project = await ruleScopeAllowed(p, before);
      const after = await db.transaction(async (tx) => {
        const [r] = await tx
          .update(siteThresholdRules)
          .set({ ...req.body, updatedAt: new Date() })
          .where(eq(siteThresholdRules.id, before.id))
          .returning();
        await recordAudit(tx, actorOf(req), {
          action: 'site.rule.update',
          entityType: 'site_rule',
          entityId: before.id,
          regionCode: project?.regionCode ?? before.regionCode,
          before: ruleView(before),
          after: ruleView(r!),
        });
        return r!;
      });
      return ruleView(after);
    },
  );

  // ---------- vendor factor aliases ----------
  app.get(
    '/api/site/factor-aliases',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listFactorAliases',
        tags: ['site'],
        summary: 'HJ 212 因子别名 Vendor factor aliases',
        response: { 200: z.object({ aliases: z.record(z.string(), z.string()) }) },
      },
    },
    async () => ({ aliases: { ...runtime.aliases.current() } }),
  );

  app.put(
    '/api/site/factor-aliases',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        operationId: 'replaceFactorAliases',
        tags: ['site'],
        summary: '修改因子别名 Replace the vendor factor aliases',
        body: aliasesBody,
        response: { 200: z.object({ aliases: z.record(z.string(), z.string()) }) },
      },
    },
    async (req) => {
      const before = { ...runtime.aliases.current() };
      await db.transaction(async (tx) => {
        await tx.execute(sql`delete from site_factor_aliases`);
        for (const [code, metric] of Object.entries(req.body.aliases))
          await tx.execute(sql`insert into site_factor_aliases (code, metric) values (${code}, ${metric})`);
        await recordAudit(tx, actorOf(req), {
          action: 'site.aliases.update',
          entityType: 'site_factor_aliases',
          before,
          after: req.body.aliases,
        });
      });
      await runtime.aliases.reload();
      return { aliases: { ...runtime.aliases.current() } };
    },
  );
};
