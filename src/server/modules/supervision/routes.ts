import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { MEDIA, uploadedFile } from '../../platform/openapi.js';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { requirePrincipal, visibleRegions, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { storedObject } from '../../platform/uploads.js';
import { pageOf, pageQuery } from '../../platform/pagination.js';
import { getUser, listUsers, regionExists } from '../accounts/index.js';
import { projectForPrincipal, type ProjectRef } from '../projects/index.js';
import { ledgerOf } from '../ledger/index.js';
import { listField, PhotoStaging, readPhotoForm } from './photos.js';
import { ledgerEntryBytes, ledgerEntryForInspection } from './ledger.js';
import * as store from './store.js';
import * as s from './schemas.js';
import { findings, inspectionTopics, noticeStatuses, photos, severities } from './tables.js';

const idParams = z.object({ id: z.string().uuid() });
const REGULATOR = { roles: ['regulator'] } as const;
const STAFF = { roles: ['admin', 'regulator'] } as const;
const INSPECTORS = { roles: ['regulator', 'expert'] } as const;
const SIGNED_IN = { roles: 'any' } as const;

// The multipart parts the photo routes read (documentation: readPhotoForm streams them; schemas.ts validates the fields).
const photoParts = {
  lastModified: z
    .array(z.string())
    .optional()
    .meta({ description: 'One per photo, in order: the file’s last-modified time in ms since the epoch' }),
  photos: z.array(uploadedFile('JPEG, PNG or WebP (checked by content; EXIF time kept)')),
};
const findingParts = z.object({
  severity: z.enum(severities),
  description: z.string(),
  itemKey: z.string().optional(),
  stopWork: z.enum(['true', 'false']).optional(),
  responsibleOrganisationId: z
    .string()
    .optional()
    .meta({ description: 'With deadline and requirement: a rectification notice is issued at once' }),
  deadline: z.string().optional().meta({ description: 'ISO 8601 date-time' }),
  requirement: z.string().optional(),
  ...photoParts,
});
const responseParts = z.object({ message: z.string(), ...photoParts });

/** Process supervision: checklist templates, inspections, findings with photos, rectification notices, stop-work. */
export const supervisionModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db, config } = ctx;
  // Scoped to this plugin; limits are set per request in readPhotoForm.
  await app.register(multipart, { throwFileSizeLimit: false });

  const escalation = {
    name: 'supervision.escalate-overdue',
    everyMs: 60_000,
    run: async (database: AppContext['database']) => {
      await store.escalateOverdueNotices(database.db, new Date());
    },
  };
  ctx.scheduler.add(escalation);
  // Also shortly after start, so notices that fell due while no instance ran do not wait a full interval.
  const firstTick = setTimeout(() => void ctx.scheduler.tick(escalation), 5_000);
  firstTick.unref();
  ctx.onShutdown(() => clearTimeout(firstTick));

  /** The inspection and its project, or 404 when the caller may not see the project. */
  async function inspectionFor(p: Principal, id: string) {
    const inspection = await store.getInspection(db, id);
    if (!inspection) throw notFound();
    const project = await projectForPrincipal(db, p, inspection.projectId, 'read');
    return { inspection, project };
  }
  async function findingFor(p: Principal, id: string) {
    const finding = await store.getFinding(db, id);
    if (!finding) throw notFound();
    const project = await projectForPrincipal(db, p, finding.projectId, 'read');
    return { finding, project };
  }
  async function noticeFor(p: Principal, id: string) {
    const notice = await store.getNotice(db, id);
    if (!notice) throw notFound();
    const project = await projectForPrincipal(db, p, notice.projectId, 'read');
    return { notice, project };
  }
  const requireRegulatorOf = (p: Principal, project: ProjectRef) => {
    if (!store.isRegulatorOf(p, project.regionCode)) throw new AppError(403, 'regulator_only');
  };

  async function findingsOf(inspectionId: string, now = new Date()) {
    const rows = await db.select().from(findings).where(eq(findings.inspectionId, inspectionId)).orderBy(asc(findings.createdAt));
    const ph = await store.findingPhotos(
      db,
      rows.map((r) => r.id),
    );
    const out = [];
    for (const f of rows) {
      const n = await store.noticeForFinding(db, f.id);
      const names = n ? await store.organisationNames(db, [n.responsibleOrganisationId]) : new Map<string, string>();
      out.push({
        ...store.findingRow(f),
        photos: ph.get(f.id) ?? [],
        notice: n ? { ...store.noticeRow(n, now), responsibleOrganisationName: names.get(n.responsibleOrganisationId) ?? null } : null,
      });
    }
    return out;
  }

  // ---------------------------------------------------------------- templates
  app.get(
    '/api/supervision/templates',
    {
      config: { access: { roles: ['admin', 'regulator', 'expert'] } },
      schema: {
        operationId: 'listChecklistTemplates',
        tags: ['supervision'],
        summary: '检查表模板 Checklist templates',
        querystring: z.object({
          regionCode: z.string().optional(),
          topic: z.enum(inspectionTopics).optional(),
          activeOnly: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: z.object({ items: z.array(s.templateSchema), total: z.number() }) },
      },
    },
    async (req) => {
      const regions = visibleRegions(req.principal);
      if (req.query.regionCode && regions && !regions.includes(req.query.regionCode)) return { items: [], total: 0 };
      const items = await store.listTemplates(db, {
        regions: req.principal?.role === 'expert' ? null : regions,
        regionCode: req.query.regionCode,
        topic: req.query.topic,
        activeOnly: req.query.activeOnly === 'true',
      });
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/supervision/templates',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'createChecklistTemplate',
        tags: ['supervision'],
        summary: '新建检查表 Create template',
        body: s.templateInput,
        response: { 201: s.templateSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      // A regional regulator writes its own region's templates; national defaults belong to the ministry and admin.
      const regionCode = p.role === 'regulator' && p.regionCode ? p.regionCode : (req.body.regionCode ?? null);
      if (regionCode && !(await regionExists(db, regionCode))) throw invalidField('regionCode', 'region_unknown');
      const row = await db.transaction((tx) => store.createTemplate(tx, actorOf(req), { ...req.body, regionCode }));
      return reply.status(201).send(row);
    },
  );

  app.patch(
    '/api/supervision/templates/:id',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'updateChecklistTemplate',
        tags: ['supervision'],
        summary: '修改检查表 Update template',
        params: idParams,
        body: s.templatePatch,
        response: { 200: s.templateSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const before = await store.getTemplate(db, req.params.id);
      const regions = visibleRegions(p);
      if (!before || (before.regionCode && regions && !regions.includes(before.regionCode))) throw notFound();
      if (p.role === 'regulator' && p.regionCode && before.regionCode !== p.regionCode) throw new AppError(403, 'forbidden');
      return db.transaction((tx) => store.updateTemplate(tx, actorOf(req), before, req.body));
    },
  );

  // ---------------------------------------------------------------- inspections
  app.get(
    '/api/supervision/inspections',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'listInspections',
        tags: ['supervision'],
        summary: '监督检查列表 Inspections',
        querystring: pageQuery.extend({
          projectId: z.string().uuid().optional(),
          regionCode: z.string().optional(),
          status: z.enum(['scheduled', 'recorded', 'cancelled']).optional(),
          topic: z.enum(inspectionTopics).optional(),
        }),
        response: { 200: pageOf(s.inspectionListItem) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { page, pageSize, ...f } = req.query;
      if (f.projectId) await projectForPrincipal(db, p, f.projectId, 'read');
      return store.listInspections(db, p, f, { page, pageSize });
    },
  );

  app.post(
    '/api/supervision/inspections',
    {
      config: { access: REGULATOR },
      schema: {
        operationId: 'scheduleInspection',
        tags: ['supervision'],
        summary: '安排检查 Schedule an inspection',
        body: s.inspectionInput,
        response: { 201: s.inspectionSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const project = await projectForPrincipal(db, p, req.body.projectId, 'read');
      const row = await db.transaction((tx) => store.createInspection(tx, actorOf(req), project, req.body));
      return reply.status(201).send(store.inspectionRow(row, project));
    },
  );

  app.get(
    '/api/supervision/inspections/:id',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'getInspection',
        tags: ['supervision'],
        summary: '检查详情 Inspection',
        params: idParams,
        response: { 200: s.inspectionDetail },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { inspection, project } = await inspectionFor(p, req.params.id);
      const template = await store.getTemplate(db, inspection.templateId);
      const experts = [];
      for (const id of inspection.expertIds) {
        const u = await getUser(db, id);
        if (u) experts.push({ id: u.id, displayName: u.displayName });
      }
      return {
        ...store.inspectionRow(inspection, project),
        template: template ? store.templateRow(template) : null,
        findings: await findingsOf(inspection.id),
        experts,
        mayRecord: store.mayRecord(p, inspection) && inspection.status !== 'cancelled',
        mayIssue: store.isRegulatorOf(p, project.regionCode),
      };
    },
  );

  app.post(
    '/api/supervision/inspections/:id/record',
    {
      config: { access: INSPECTORS },
      schema: {
        operationId: 'recordInspection',
        tags: ['supervision'],
        summary: '记录检查结果 Record results',
        params: idParams,
        body: s.recordInput,
        response: { 200: s.inspectionSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { inspection, project } = await inspectionFor(p, req.params.id);
      if (!store.mayRecord(p, inspection)) throw new AppError(403, 'not_inspector');
      const row = await db.transaction((tx) => store.recordInspection(tx, actorOf(req), inspection, req.body));
      return store.inspectionRow(row, project);
    },
  );

  app.post(
    '/api/supervision/inspections/:id/cancel',
    {
      config: { access: REGULATOR },
      schema: {
        operationId: 'cancelInspection',
        tags: ['supervision'],
        summary: '取消检查 Cancel',
        params: idParams,
        response: { 200: s.inspectionSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { inspection, project } = await inspectionFor(p, req.params.id);
      requireRegulatorOf(p, project);
      return store.inspectionRow(await db.transaction((tx) => store.cancelInspection(tx, actorOf(req), inspection)), project);
    },
  );

  app.post(
    '/api/supervision/inspections/:id/findings',
    {
      config: { access: INSPECTORS },
      schema: {
        operationId: 'createFinding',
        tags: ['supervision'],
        summary: '记录问题（含照片，可同时下发整改通知单）Record a finding with photos',
        description:
          'multipart/form-data: severity, description, itemKey?, stopWork?, lastModified (one per photo, ms), photos (JPEG/PNG/WebP files); ' +
          'with responsibleOrganisationId + deadline + requirement a rectification notice is issued in the same transaction.',
        params: idParams,
        requestContent: { 'multipart/form-data': findingParts },
        response: { 201: s.findingSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const { inspection, project } = await inspectionFor(p, req.params.id);
      if (!store.mayRecord(p, inspection)) throw new AppError(403, 'not_inspector');
      const staging = new PhotoStaging(ctx.objects);
      try {
        const fields = await readPhotoForm(req, staging, config.uploadLimitBytes);
        const form = s.findingForm.parse({ ...singleFields(fields), lastModified: listField(fields.lastModified) });
        staging.applyClientTimes(form.lastModified);
        if (form.responsibleOrganisationId && !store.isRegulatorOf(p, project.regionCode)) throw new AppError(403, 'regulator_only');
        const actor = actorOf(req);
        // The photos are stored first; the rows that name them are written only after.
        await staging.commit();
        const result = await db.transaction(async (tx) => {
          const { finding, photos: saved } = await store.addFinding(tx, actor, p, inspection, form, staging.staged);
          const notice = form.responsibleOrganisationId
            ? await store.issueNotice(tx, actor, project, finding, {
                responsibleOrganisationId: form.responsibleOrganisationId,
                deadline: form.deadline!,
                requirement: form.requirement || form.description,
              })
            : null;
          return { finding, saved, notice };
        });
        const names = result.notice
          ? await store.organisationNames(db, [result.notice.responsibleOrganisationId])
          : new Map<string, string>();
        return reply.status(201).send({
          ...store.findingRow(result.finding),
          photos: result.saved,
          notice: result.notice
            ? { ...store.noticeRow(result.notice), responsibleOrganisationName: names.get(result.notice.responsibleOrganisationId) ?? null }
            : null,
        });
      } catch (err) {
        await staging.discard();
        throw err;
      }
    },
  );

  app.post(
    '/api/supervision/inspections/:id/ledger',
    {
      config: { access: REGULATOR },
      schema: {
        operationId: 'recordInspectionInLedger',
        tags: ['supervision'],
        summary: '记入质量台账 Enter into the quality ledger',
        params: idParams,
        response: { 200: s.inspectionSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { inspection, project } = await inspectionFor(p, req.params.id);
      requireRegulatorOf(p, project);
      if (inspection.status !== 'recorded') throw new AppError(409, 'inspection_not_recorded');
      if (inspection.ledgerIndex !== null) throw new AppError(409, 'inspection_already_ledgered');
      const ledger = ledgerOf(ctx.database);
      if (!ledger) throw new AppError(503, 'ledger_unavailable');
      const rows = await db.select().from(findings).where(eq(findings.inspectionId, inspection.id)).orderBy(asc(findings.createdAt));
      const ph = rows.length
        ? await db
            .select({ findingId: photos.findingId, sha256: photos.sha256 })
            .from(photos)
            .where(
              inArray(
                photos.findingId,
                rows.map((r) => r.id),
              ),
            )
            .orderBy(asc(photos.capturedAt))
        : [];
      const entry = ledgerEntryForInspection(
        inspection,
        project,
        rows.map((f) => ({ finding: f, photoSha256: ph.filter((x) => x.findingId === f.id).map((x) => x.sha256) })),
      );
      const actor = actorOf(req);
      // The inspection cites its ledger index in the ledger's own append transaction: both commit or neither.
      await ledger.append(ledgerEntryBytes(entry), async (tx, index) => {
        await store.markLedgered(tx, actor, inspection, index);
      });
      return store.inspectionRow((await store.getInspection(db, inspection.id))!, project);
    },
  );

  // ---------------------------------------------------------------- findings
  app.get(
    '/api/supervision/findings',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'listFindings',
        tags: ['supervision'],
        summary: '问题清单 Findings',
        querystring: pageQuery.extend({
          projectId: z.string().uuid().optional(),
          regionCode: z.string().optional(),
          status: z.enum(['open', 'closed']).optional(),
          severity: z.enum(severities).optional(),
          noticeStatus: z.enum(noticeStatuses).optional(),
          overdue: z.enum(['true', 'false']).optional(),
          mine: z.enum(['true', 'false']).optional(),
          /** Notices still waiting for the responsible organisation (issued or reopened): the 待办 link. */
          awaiting: z.enum(['true', 'false']).optional(),
          /** Stop-work orders in force. */
          stopWork: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: pageOf(s.findingListItem) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { page, pageSize, overdue, mine, awaiting, stopWork, ...f } = req.query;
      if (f.projectId) await projectForPrincipal(db, p, f.projectId, 'read');
      return store.listFindings(
        db,
        p,
        { ...f, overdue: overdue === 'true', mine: mine === 'true', awaiting: awaiting === 'true', stopWork: stopWork === 'true' },
        { page, pageSize },
      );
    },
  );

  app.post(
    '/api/supervision/findings/:id/notice',
    {
      config: { access: REGULATOR },
      schema: {
        operationId: 'issueRectificationNotice',
        tags: ['supervision'],
        summary: '下发整改通知单 Issue a rectification notice',
        params: idParams,
        body: s.noticeInput,
        response: { 201: s.noticeSchema },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const { finding, project } = await findingFor(p, req.params.id);
      requireRegulatorOf(p, project);
      const row = await db.transaction((tx) => store.issueNotice(tx, actorOf(req), project, finding, req.body));
      return reply.status(201).send(store.noticeRow(row));
    },
  );

  app.post(
    '/api/supervision/findings/:id/close',
    {
      config: { access: REGULATOR },
      schema: {
        operationId: 'closeFinding',
        tags: ['supervision'],
        summary: '关闭问题（当场整改）Close a finding without notice',
        params: idParams,
        response: { 200: s.findingSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { finding, project } = await findingFor(p, req.params.id);
      requireRegulatorOf(p, project);
      const row = await db.transaction((tx) => store.closeFindingDirectly(tx, actorOf(req), finding));
      return { ...store.findingRow(row), photos: (await store.findingPhotos(db, [row.id])).get(row.id) ?? [], notice: null };
    },
  );

  app.post(
    '/api/supervision/findings/:id/stop-work',
    {
      config: { access: REGULATOR },
      schema: {
        operationId: 'setStopWork',
        tags: ['supervision'],
        summary: '责令停工 / 复工 Impose or lift stop-work',
        params: idParams,
        body: z.object({ active: z.boolean() }),
        response: { 200: s.supervisionStatusSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { finding, project } = await findingFor(p, req.params.id);
      requireRegulatorOf(p, project);
      await db.transaction((tx) => store.setStopWork(tx, actorOf(req), finding, req.body.active));
      return store.projectSupervisionStatus(db, project.id);
    },
  );

  // ---------------------------------------------------------------- notices
  app.get(
    '/api/supervision/notices/:id',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'getRectificationNotice',
        tags: ['supervision'],
        summary: '整改通知单 Rectification notice',
        params: idParams,
        response: { 200: s.noticeDetail },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { notice, project } = await noticeFor(p, req.params.id);
      const finding = (await store.getFinding(db, notice.findingId))!;
      const names = await store.organisationNames(db, [notice.responsibleOrganisationId]);
      return {
        ...store.noticeRow(notice),
        responsibleOrganisationName: names.get(notice.responsibleOrganisationId) ?? null,
        projectCode: project.code,
        projectName: project.name,
        finding: { ...store.findingRow(finding), photos: (await store.findingPhotos(db, [finding.id])).get(finding.id) ?? [] },
        events: await store.noticeEventsWithPhotos(db, notice.id),
        mayRespond:
          p.role === 'enterprise' &&
          p.organisationId === notice.responsibleOrganisationId &&
          (notice.status === 'issued' || notice.status === 'reopened'),
        mayVerify: store.isRegulatorOf(p, notice.regionCode) && notice.status === 'responded',
      };
    },
  );

  app.post(
    '/api/supervision/notices/:id/responses',
    {
      config: { access: { roles: ['enterprise'] } },
      schema: {
        operationId: 'respondToRectificationNotice',
        tags: ['supervision'],
        summary: '回复整改（含照片）Answer a notice with evidence',
        description: 'multipart/form-data: message, lastModified (one per photo, ms), photos (at least one JPEG/PNG/WebP).',
        params: idParams,
        requestContent: { 'multipart/form-data': responseParts },
        response: { 200: s.noticeSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { notice } = await noticeFor(p, req.params.id);
      // Checked before reading the body, so nobody else's upload is even staged.
      if (p.organisationId !== notice.responsibleOrganisationId) throw new AppError(403, 'not_responsible_participant');
      const staging = new PhotoStaging(ctx.objects);
      try {
        const fields = await readPhotoForm(req, staging, config.uploadLimitBytes);
        const form = s.responseForm.parse({ ...singleFields(fields), lastModified: listField(fields.lastModified) });
        if (!staging.staged.length) throw new AppError(400, 'validation_failed', {}, [{ path: 'photos', code: 'photos_required' }]);
        staging.applyClientTimes(form.lastModified);
        await staging.commit();
        const row = await db.transaction(async (tx) => {
          const locked = (await store.getNotice(tx, notice.id, true))!;
          return store.respondNotice(tx, actorOf(req), p, locked, { message: form.message }, staging.staged);
        });
        return store.noticeRow(row);
      } catch (err) {
        await staging.discard();
        throw err;
      }
    },
  );

  app.post(
    '/api/supervision/notices/:id/close',
    {
      config: { access: REGULATOR },
      schema: {
        operationId: 'closeRectificationNotice',
        tags: ['supervision'],
        summary: '复查通过并关闭 Verify and close',
        params: idParams,
        body: s.closeInput,
        response: { 200: s.noticeSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { notice } = await noticeFor(p, req.params.id);
      const row = await db.transaction(async (tx) =>
        store.closeNotice(tx, actorOf(req), p, (await store.getNotice(tx, notice.id, true))!, req.body),
      );
      return store.noticeRow(row);
    },
  );

  app.post(
    '/api/supervision/notices/:id/reopen',
    {
      config: { access: REGULATOR },
      schema: {
        operationId: 'reopenRectificationNotice',
        tags: ['supervision'],
        summary: '复查不通过，重新整改 Reopen',
        params: idParams,
        body: s.reopenInput,
        response: { 200: s.noticeSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const { notice } = await noticeFor(p, req.params.id);
      const row = await db.transaction(async (tx) =>
        store.reopenNotice(tx, actorOf(req), p, (await store.getNotice(tx, notice.id, true))!, req.body),
      );
      return store.noticeRow(row);
    },
  );

  // ---------------------------------------------------------------- views
  app.get(
    '/api/supervision/dashboard',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'getSupervisionDashboard',
        tags: ['supervision'],
        summary: '监督检查看板 Open findings dashboard',
        querystring: z.object({ regionCode: z.string().optional() }),
        response: { 200: s.dashboardSchema },
      },
    },
    async (req) => store.dashboard(db, requirePrincipal(req), req.query),
  );

  app.get(
    '/api/supervision/projects/:id/participants',
    {
      config: { access: INSPECTORS },
      schema: {
        operationId: 'listSupervisionParticipants',
        tags: ['supervision'],
        summary: '可被通知的参建单位 Participants',
        params: idParams,
        response: { 200: z.object({ items: z.array(s.participantSchema) }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, requirePrincipal(req), req.params.id, 'read');
      return { items: await store.projectParticipantOrganisations(db, project) };
    },
  );

  app.get(
    '/api/supervision/experts',
    {
      config: { access: REGULATOR },
      schema: {
        operationId: 'listSupervisionExperts',
        tags: ['supervision'],
        summary: '可委托的专家 Experts to entrust',
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string().uuid(), displayName: z.string(), organisationName: z.string().nullable() })),
          }),
        },
      },
    },
    async () => {
      // Experts belong to national pools without a region, so a regional regulator's user list would not show them.
      const { items } = await listUsers(db, { role: 'expert', regions: null }, { page: 1, pageSize: 500 });
      return {
        items: items.filter((u) => u.active).map((u) => ({ id: u.id, displayName: u.displayName, organisationName: u.organisationName })),
      };
    },
  );

  app.get(
    '/api/projects/:id/supervision-status',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'getSupervisionStatus',
        tags: ['supervision'],
        summary: '项目监督状态（停工标记）Supervision status and stop-work flag',
        params: idParams,
        response: { 200: s.supervisionStatusSchema },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, requirePrincipal(req), req.params.id, 'read');
      return store.projectSupervisionStatus(db, project.id);
    },
  );

  app.get(
    '/api/supervision/photos/:id',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'downloadSupervisionPhoto',
        download: { media: [MEDIA.jpeg, MEDIA.png, MEDIA.webp] },
        tags: ['supervision'],
        summary: '现场照片 Photo',
        params: idParams,
      },
    },
    async (req, reply) => {
      const photo = await store.getPhoto(db, req.params.id);
      if (!photo) throw notFound();
      await projectForPrincipal(db, requirePrincipal(req), photo.projectId, 'read');
      const file = await storedObject(ctx.objects, photo.storedPath);
      return reply
        .header('content-type', photo.contentType)
        .header('cache-control', 'private, max-age=86400, immutable')
        .header('x-content-type-options', 'nosniff')
        .header('content-length', String(file.size))
        .send(file.body);
    },
  );
};

/** Multipart text fields, taking the first value of any repeated field. */
function singleFields(fields: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v[0]! : v]));
}
