import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MEDIA } from '../../platform/openapi.js';
import ExcelJS from 'exceljs';
import { and, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { auditLog } from '../../platform/audit.js';
import { visibleRegions } from '../../platform/auth/principal.js';
import { offsetOf, pageOf, pageQuery } from '../../platform/pagination.js';
import { chinaTimeValue, DATE_TIME_SECONDS_FORMAT } from '../../platform/spreadsheet.js';
import { contentDisposition } from '../../platform/downloads.js';
import type { DbOrTx } from '../../db/database.js';
import { requestLanguage } from '../../platform/language.js';
import { auditActionLabel, auditEntityLabel } from './labels.js';

const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  actorRole: z.string().nullable(),
  action: z.string(),
  /** The action in words, in the request's language (labels.ts). */
  actionLabel: z.string(),
  entityType: z.string(),
  entityLabel: z.string(),
  entityId: z.string().nullable(),
  regionCode: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

const auditFilter = z.object({
  q: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  regionCode: z.string().max(50).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
type AuditFilter = z.infer<typeof auditFilter>;

function whereOf(f: AuditFilter, regions: string[] | null): SQL | undefined {
  const w: SQL[] = [];
  if (f.action) w.push(eq(auditLog.action, f.action));
  if (f.entityType) w.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) w.push(eq(auditLog.entityId, f.entityId));
  if (f.actor) w.push(ilike(auditLog.actorName, `%${f.actor}%`));
  if (f.regionCode) w.push(eq(auditLog.regionCode, f.regionCode));
  if (f.from) w.push(gte(auditLog.at, new Date(f.from)));
  if (f.to) w.push(lt(auditLog.at, new Date(f.to)));
  if (f.q) w.push(or(ilike(auditLog.action, `%${f.q}%`), ilike(auditLog.entityId, `%${f.q}%`), ilike(auditLog.actorName, `%${f.q}%`))!);
  // Regulators see their own region's entries only.
  if (regions) w.push(regions.length ? inArray(auditLog.regionCode, regions) : sql`false`);
  return w.length ? and(...w) : undefined;
}

const toEntry = (r: typeof auditLog.$inferSelect, lang: 'zh-CN' | 'en') => ({
  ...r,
  at: r.at.toISOString(),
  actionLabel: auditActionLabel(r.action, lang),
  entityLabel: auditEntityLabel(r.entityType, lang),
  organisationId: undefined,
});

async function listAudit(db: DbOrTx, where: SQL | undefined, limit: number, offset: number) {
  return db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit).offset(offset);
}

// Roles in words, as the audit page shows them (the log keeps the role key).
const ACCOUNT_ROLES = {
  admin: '系统管理员',
  regulator: '主管部门',
  enterprise: '项目企业',
  expert: '专家',
  facility: '消纳/资源化场所',
  system: '系统',
} as const;

/** The audit log: who changed what, when, with before and after values. */
export const auditModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const access = { roles: ['admin', 'regulator'] } as const;

  app.get(
    '/api/audit',
    {
      config: { access },
      schema: {
        operationId: 'listAuditEvents',
        tags: ['audit'],
        summary: '审计日志 Audit log',
        querystring: pageQuery.merge(auditFilter),
        response: { 200: pageOf(auditEntrySchema) },
      },
    },
    async (req) => {
      const { page, pageSize, ...f } = req.query;
      const where = whereOf(f, visibleRegions(req.principal));
      const [items, [total]] = await Promise.all([
        listAudit(ctx.db, where, pageSize, offsetOf({ page, pageSize })),
        ctx.db.select({ n: count() }).from(auditLog).where(where),
      ]);
      const lang = requestLanguage(req);
      return { items: items.map((r) => toEntry(r, lang)), total: total?.n ?? 0 };
    },
  );

  app.get(
    '/api/audit/export.xlsx',
    {
      config: { access },
      schema: {
        operationId: 'exportAuditLog',
        download: { media: [MEDIA.xlsx] },
        tags: ['audit'],
        summary: '导出审计日志 Export audit log (Excel, up to 100,000 rows)',
        querystring: auditFilter,
      },
    },
    async (req, reply) => {
      const where = whereOf(req.query, visibleRegions(req.principal));
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', contentDisposition(`audit-${new Date().toISOString().slice(0, 10)}.xlsx`));
      const { PassThrough } = await import('node:stream');
      const out = new PassThrough();
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
      const ws = wb.addWorksheet('审计日志');
      ws.columns = [
        { header: '时间（北京时间）', key: 'at', width: 20, style: { numFmt: DATE_TIME_SECONDS_FORMAT } },
        { header: '操作人', key: 'actorName', width: 18 },
        { header: '角色', key: 'actorRole', width: 12 },
        { header: '操作', key: 'action', width: 24 },
        { header: '对象类型', key: 'entityType', width: 16 },
        { header: '对象', key: 'entityId', width: 38 },
        { header: '地区', key: 'regionCode', width: 12 },
        { header: '变更前', key: 'before', width: 50 },
        { header: '变更后', key: 'after', width: 50 },
        { header: 'IP', key: 'ip', width: 16 },
      ];
      // Written page by page so a large export never sits in memory whole.
      (async () => {
        const pageSize = 2000;
        for (let offset = 0; offset < 100_000; offset += pageSize) {
          const rows = await listAudit(ctx.db, where, pageSize, offset);
          for (const r of rows)
            ws.addRow({
              ...r,
              at: chinaTimeValue(r.at),
              actorRole: ACCOUNT_ROLES[r.actorRole as keyof typeof ACCOUNT_ROLES] ?? r.actorRole,
              action: auditActionLabel(r.action, 'zh-CN'),
              entityType: auditEntityLabel(r.entityType, 'zh-CN'),
              before: r.before ? JSON.stringify(r.before) : '',
              after: r.after ? JSON.stringify(r.after) : '',
            }).commit();
          if (rows.length < pageSize) break;
        }
        ws.commit();
        await wb.commit();
      })().catch((err) => out.destroy(err));
      return reply.send(out);
    },
  );
};
