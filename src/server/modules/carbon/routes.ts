import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import ExcelJS from 'exceljs';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MEDIA, uploadedFile } from '../../platform/openapi.js';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/language.js';
import { actorOf, recordAudit } from '../../platform/audit.js';
import { contentDisposition } from '../../platform/downloads.js';
import { projectForPrincipal } from '../projects/index.js';
import { bomTemplate, parseBom } from './bom.js';
import { projectCarbon } from './calculate.js';
import { defaultGridFactorId, ensureCarbonSeeds, getFactor } from './library.js';
import {
  bomUnits,
  carbonBomLines,
  carbonEnergyEntries,
  carbonFactorRevisions,
  carbonFactors,
  carbonMappingRules,
  carbonProjectSettings,
  energyUnits,
  factorKinds,
} from './tables.js';
import { carbonIndicatorDefinitions } from './indicators.js';
import { publicBasis } from '../../../domain/standards/index.js';
import { decimalFormat, roundAsDisplayed } from '../../platform/spreadsheet.js';

const READERS = { roles: ['admin', 'regulator', 'enterprise', 'expert'] } as const;
const ANY = { roles: 'any' } as const;
const ADMIN = { roles: ['admin'] } as const;
const WRITERS = { roles: ['admin', 'enterprise'] } as const;
const projectParams = z.object({ projectId: z.string().uuid() });
const confidences = ['verified', 'recalled-high', 'recalled-medium', 'recalled-low'] as const;

/** A factor as users see it: its basis in Chinese, never the maintainers' source notes or confidence tags. */
function publicFactor<T extends { source: string; confidence: string; note: string | null }>(row: T) {
  const { source, confidence: _c, note: _n, ...rest } = row;
  return { ...rest, basis: publicBasis(source) };
}

const factorSchema = z.object({
  id: z.string(),
  kind: z.enum(factorKinds),
  nameZh: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  value: z.number(),
  category: z.string().nullable(),
  carrier: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().nullable(),
  basis: z.string().meta({ description: '依据: the standard and clause the value cites, or 地方默认值 (research notes stay internal)' }),
  seedVersion: z.string().nullable(),
  revision: z.number(),
  updatedAt: z.date(),
  updatedBy: z.string(),
});

const ruleSchema = z.object({
  id: z.string(),
  position: z.number(),
  pattern: z.string().nullable(),
  ifcClasses: z.array(z.string()).nullable(),
  factorId: z.string().nullable(),
  assumption: z.string().nullable(),
  reason: z.string().nullable(),
});

const regexSource = z
  .string()
  .max(300)
  .refine((s) => {
    try {
      new RegExp(s, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'rule_pattern_invalid');

/** Embodied carbon (GB/T 51366-2019): factor library, mapping rules, project inputs and results. */
export const carbonModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  for (const d of carbonIndicatorDefinitions) ctx.indicators.register(d);
  const { db, config } = ctx;
  await ensureCarbonSeeds(db);
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5, parts: 6 } });

  const requireFactor = async (id: string | null | undefined, kind: (typeof factorKinds)[number], path: string) => {
    if (!id) return;
    const f = await getFactor(db, id);
    if (!f || f.kind !== kind) throw invalidField(path, 'factor_unknown', { id });
  };

  // ---------- factor library ----------
  app.get(
    '/api/carbon/factors',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listCarbonFactors',
        tags: ['carbon'],
        summary: '碳排放因子库 Emission factor library',
        querystring: z.object({ kind: z.enum(factorKinds).optional() }),
        response: { 200: z.object({ items: z.array(factorSchema), total: z.number() }) },
      },
    },
    async (req) => {
      const rows = await db
        .select()
        .from(carbonFactors)
        .where(req.query.kind ? eq(carbonFactors.kind, req.query.kind) : undefined)
        .orderBy(asc(carbonFactors.kind), asc(carbonFactors.id));
      return { items: rows.map(publicFactor), total: rows.length };
    },
  );

  app.get(
    '/api/carbon/factors/:id/revisions',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listCarbonFactorRevisions',
        tags: ['carbon'],
        summary: '因子修订历史 Revisions of a factor',
        params: z.object({ id: z.string().max(64) }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                revision: z.number(),
                value: z.number(),
                basis: z.string(),
                changedAt: z.date(),
                changedBy: z.string(),
              }),
            ),
            total: z.number(),
          }),
        },
      },
    },
    async (req) => {
      if (!(await getFactor(db, req.params.id))) throw notFound();
      const rows = await db
        .select()
        .from(carbonFactorRevisions)
        .where(eq(carbonFactorRevisions.factorId, req.params.id))
        .orderBy(desc(carbonFactorRevisions.revision));
      return { items: rows.map(({ factorId: _f, ...r }) => publicFactor(r)), total: rows.length };
    },
  );

  app.patch(
    '/api/carbon/factors/:id',
    {
      config: { access: ADMIN },
      schema: {
        operationId: 'reviseCarbonFactor',
        tags: ['carbon'],
        summary: '修订因子（新版本）Revise a factor (adds a revision)',
        params: z.object({ id: z.string().max(64) }),
        body: z.object({
          value: z.number().min(0).max(1e7).optional(),
          source: z.string().trim().min(1).max(500).optional(),
          confidence: z.enum(confidences).optional(),
          note: z.string().max(500).nullable().optional(),
        }),
        response: { 200: factorSchema },
      },
    },
    async (req) => {
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(carbonFactors).where(eq(carbonFactors.id, req.params.id)).for('update');
        if (!before) throw notFound();
        const actor = actorOf(req);
        const [after] = await tx
          .update(carbonFactors)
          .set({ ...req.body, revision: before.revision + 1, updatedAt: sql`now()`, updatedBy: actor.name })
          .where(eq(carbonFactors.id, before.id))
          .returning();
        await tx.insert(carbonFactorRevisions).values({
          factorId: after!.id,
          revision: after!.revision,
          value: after!.value,
          source: after!.source,
          confidence: after!.confidence,
          note: after!.note,
          changedBy: actor.name,
        });
        await recordAudit(tx, actor, { action: 'carbon.factor_revised', entityType: 'carbon_factor', entityId: before.id, before, after });
        return publicFactor(after!);
      });
    },
  );

  app.post(
    '/api/carbon/factors',
    {
      config: { access: ADMIN },
      schema: {
        operationId: 'createCarbonFactor',
        tags: ['carbon'],
        summary: '新增因子（如地区电网因子、其他强度等级混凝土）Add a factor (regional grid factor, another concrete grade…)',
        body: z.object({
          id: z
            .string()
            .min(2)
            .max(64)
            .regex(/^[a-z0-9][a-z0-9-]*$/, 'factor_id_format'),
          kind: z.enum(factorKinds),
          nameZh: z.string().trim().min(1).max(200),
          nameEn: z.string().trim().min(1).max(200),
          unit: z.string().trim().min(1).max(16),
          value: z.number().min(0).max(1e7),
          category: z.string().max(32).nullable().optional(),
          carrier: z.enum(['electricity', 'diesel', 'gasoline', 'natural-gas', 'heat', 'other']).nullable().optional(),
          region: z.string().max(16).nullable().optional(),
          year: z.number().int().min(1990).max(2100).nullable().optional(),
          source: z.string().trim().min(1).max(500),
          confidence: z.enum(confidences),
          note: z.string().max(500).nullable().optional(),
        }),
        response: { 201: factorSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      if (b.kind === 'material' && !['m3', 't', 'm2'].includes(b.unit)) throw invalidField('unit', 'bom_unit_invalid');
      if (b.kind === 'energy' && !(energyUnits as readonly string[]).includes(b.unit)) throw invalidField('unit', 'bom_unit_invalid');
      const created = await db.transaction(async (tx) => {
        const actor = actorOf(req);
        const [row] = await tx
          .insert(carbonFactors)
          .values({ ...b, updatedBy: actor.name })
          .onConflictDoNothing()
          .returning();
        if (!row) throw conflict('factor_id_taken');
        await tx.insert(carbonFactorRevisions).values({
          factorId: row.id,
          revision: 1,
          value: row.value,
          source: row.source,
          confidence: row.confidence,
          note: row.note,
          changedBy: actor.name,
        });
        await recordAudit(tx, actor, { action: 'carbon.factor_created', entityType: 'carbon_factor', entityId: row.id, after: row });
        return publicFactor(row);
      });
      return reply.status(201).send(created);
    },
  );

  // ---------- mapping rules ----------
  app.get(
    '/api/carbon/rules',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listCarbonMappingRules',
        tags: ['carbon'],
        summary: '材料映射规则 Material mapping rules (first match wins)',
        response: { 200: z.object({ items: z.array(ruleSchema), total: z.number() }) },
      },
    },
    async () => {
      const rows = await db.select().from(carbonMappingRules).orderBy(asc(carbonMappingRules.position), asc(carbonMappingRules.id));
      return { items: rows.map(({ updatedAt: _u, ...r }) => r), total: rows.length };
    },
  );

  const ruleBody = z.object({
    position: z.number().int().min(0).max(1_000_000),
    pattern: regexSource.nullable(),
    ifcClasses: z
      .array(z.string().regex(/^Ifc[A-Za-z0-9]+$/))
      .max(20)
      .nullable(),
    factorId: z.string().max(64).nullable(),
    assumption: z.string().max(500).nullable(),
    reason: z.string().max(500).nullable(),
  });

  app.post(
    '/api/carbon/rules',
    {
      config: { access: ADMIN },
      schema: {
        operationId: 'createCarbonMappingRule',
        tags: ['carbon'],
        summary: '新增映射规则 Add a mapping rule',
        body: ruleBody.extend({
          id: z
            .string()
            .min(2)
            .max(64)
            .regex(/^[a-z0-9][a-z0-9-]*$/, 'factor_id_format'),
        }),
        response: { 201: ruleSchema },
      },
    },
    async (req, reply) => {
      if (!req.body.pattern && !req.body.ifcClasses?.length) throw invalidField('pattern', 'rule_needs_test');
      await requireFactor(req.body.factorId, 'material', 'factorId');
      const row = await db.transaction(async (tx) => {
        const [r] = await tx.insert(carbonMappingRules).values(req.body).onConflictDoNothing().returning();
        if (!r) throw conflict('factor_id_taken');
        await recordAudit(tx, actorOf(req), { action: 'carbon.rule_created', entityType: 'carbon_rule', entityId: r.id, after: r });
        return r;
      });
      const { updatedAt: _u, ...out } = row;
      return reply.status(201).send(out);
    },
  );

  app.patch(
    '/api/carbon/rules/:id',
    {
      config: { access: ADMIN },
      schema: {
        operationId: 'updateCarbonMappingRule',
        tags: ['carbon'],
        summary: '修改映射规则 Change a mapping rule',
        params: z.object({ id: z.string().max(64) }),
        body: ruleBody.partial(),
        response: { 200: ruleSchema },
      },
    },
    async (req) => {
      await requireFactor(req.body.factorId, 'material', 'factorId');
      const row = await db.transaction(async (tx) => {
        const [before] = await tx.select().from(carbonMappingRules).where(eq(carbonMappingRules.id, req.params.id)).for('update');
        if (!before) throw notFound();
        const next = { ...before, ...req.body };
        if (!next.pattern && !next.ifcClasses?.length) throw invalidField('pattern', 'rule_needs_test');
        const [after] = await tx
          .update(carbonMappingRules)
          .set({ ...req.body, updatedAt: sql`now()` })
          .where(eq(carbonMappingRules.id, before.id))
          .returning();
        await recordAudit(tx, actorOf(req), {
          action: 'carbon.rule_changed',
          entityType: 'carbon_rule',
          entityId: before.id,
          before,
          after,
        });
        return after!;
      });
      const { updatedAt: _u, ...out } = row;
      return out;
    },
  );

  // ---------- project results ----------
  // domain/carbon EmbodiedCarbonResult (GB/T 51366 production, transport and construction lines), declared for clients.
  const materialLineSchema = z.object({
    id: z.string(),
    name: z.string(),
    factorId: z.string(),
    ruleId: z.string().nullable(),
    assumption: z.string().optional(),
    factorConfidence: z.string(),
    quantity: z.number(),
    unit: z.string(),
    factorQuantity: z.number(),
    factorUnit: z.string(),
    factorValue: z.number(),
    production: z.number(),
    massTonnes: z.number().nullable(),
    distanceKm: z.number().nullable(),
    transportModeId: z.string().nullable(),
    transport: z.number(),
  });
  const embodiedCarbonResultSchema = z
    .object({
      unit: z.literal('kgCO2e'),
      total: z.number(),
      perM2: z.number().nullable(),
      byMaterial: z.array(materialLineSchema),
      byEnergy: z.array(
        z.object({
          id: z.string(),
          energyFactorId: z.string(),
          quantity: z.number(),
          unit: z.string(),
          factorValue: z.number(),
          factorConfidence: z.string(),
          emissions: z.number(),
        }),
      ),
      byStage: z.object({ production: z.number(), transport: z.number(), construction: z.number() }),
      unmapped: z.array(
        z.object({
          stage: z.enum(['production', 'transport', 'construction']),
          id: z.string(),
          name: z.string(),
          quantity: z.number(),
          unit: z.string(),
          reason: z.string(),
        }),
      ),
      unverifiedFactorsUsed: z.array(z.string()),
    })
    .meta({ id: 'EmbodiedCarbonResult' });

  const resultSchema = z.object({
    projectId: z.string(),
    floorAreaM2: z.number().nullable(),
    source: z.enum(['bom', 'model', 'none']),
    model: z.object({ id: z.string(), version: z.number(), fileName: z.string() }).nullable(),
    gridFactorId: z.string().nullable(),
    transportModeId: z.string().nullable(),
    asOf: z.string().nullable(),
    withoutQuantity: z.array(z.object({ ifcClass: z.string(), material: z.string().nullable(), count: z.number() })),
    inputs: z.array(z.unknown()),
    result: embodiedCarbonResultSchema.nullable(),
  });

  app.get(
    '/api/projects/:projectId/carbon',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getProjectCarbon',
        tags: ['carbon'],
        summary: '项目隐含碳排放 Embodied carbon of a project (GB/T 51366)',
        params: projectParams,
        querystring: z.object({ asOf: z.coerce.date().optional() }),
        response: { 200: resultSchema },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const c = await projectCarbon(db, project, req.query.asOf);
      return { ...c, gridFactorId: c.gridFactorId ?? (await defaultGridFactorId(db, project.regionCode)) };
    },
  );

  app.get(
    '/api/projects/:projectId/carbon.xlsx',
    {
      config: { access: READERS },
      schema: {
        operationId: 'exportProjectCarbon',
        download: { media: [MEDIA.xlsx] },
        tags: ['carbon'],
        summary: '导出碳排放计算书 Export the carbon calculation to Excel',
        params: projectParams,
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const c = await projectCarbon(db, project);
      const zh = requestLanguage(req) === 'zh-CN';
      const wb = new ExcelJS.Workbook();
      const s = wb.addWorksheet(zh ? '汇总' : 'Summary');
      s.columns = [
        { header: zh ? '项目' : 'Item', key: 'k', width: 30 },
        { header: zh ? '数值' : 'Value', key: 'v', width: 20 },
      ];
      // Emissions as numbers with the 2 decimals the page shows; the unit is in each label or column header.
      const kg = (x: number | null) => roundAsDisplayed(x, 2);
      const KG = decimalFormat(2);
      s.addRow({ k: zh ? '项目' : 'Project', v: `${project.code} ${project.name}` });
      const sourceLabel = zh
        ? { bom: '材料清单', model: 'BIM 模型', none: '无' }
        : { bom: 'Bill of materials', model: 'BIM model', none: 'none' };
      s.addRow({ k: zh ? '数据来源' : 'Source', v: sourceLabel[c.source] });
      const figures = s.addRows([
        { k: zh ? '建材生产（kgCO2e）' : 'Production (kgCO2e)', v: kg(c.result.byStage.production) },
        { k: zh ? '建材运输（kgCO2e）' : 'Transport (kgCO2e)', v: kg(c.result.byStage.transport) },
        { k: zh ? '建造（kgCO2e）' : 'Construction (kgCO2e)', v: kg(c.result.byStage.construction) },
        { k: zh ? '合计（kgCO2e）' : 'Total (kgCO2e)', v: kg(c.result.total) },
        { k: zh ? '单位面积（kgCO2e/m²）' : 'Per m² (kgCO2e/m²)', v: kg(c.result.perM2) },
      ]);
      for (const r of figures) r.getCell(2).numFmt = KG;
      const m = wb.addWorksheet(zh ? '按材料' : 'By material');
      m.columns = [
        { header: zh ? '材料' : 'Material', key: 'name', width: 24 },
        { header: zh ? '因子编号' : 'Factor id', key: 'factorId', width: 20 },
        { header: zh ? '数量' : 'Quantity', key: 'quantity', width: 12 },
        { header: zh ? '单位' : 'Unit', key: 'unit', width: 8 },
        {
          header: zh ? '折算数量（因子单位）' : 'Quantity in factor unit',
          key: 'factorQuantity',
          width: 14,
          style: { numFmt: decimalFormat(3) },
        },
        { header: zh ? '因子单位' : 'Factor unit', key: 'factorUnit', width: 10 },
        { header: zh ? '排放因子（kgCO2e/因子单位）' : 'Factor (kgCO2e per factor unit)', key: 'factorValue', width: 16 },
        { header: zh ? '生产排放（kgCO2e）' : 'Production (kgCO2e)', key: 'production', width: 16, style: { numFmt: KG } },
        { header: zh ? '运输质量（t）' : 'Mass moved (t)', key: 'massTonnes', width: 12, style: { numFmt: decimalFormat(3) } },
        { header: zh ? '运距（km）' : 'Distance (km)', key: 'distanceKm', width: 10 },
        { header: zh ? '运输方式' : 'Transport mode', key: 'transportModeId', width: 18 },
        { header: zh ? '运输排放（kgCO2e）' : 'Transport (kgCO2e)', key: 'transport', width: 16, style: { numFmt: KG } },
      ];
      for (const l of c.result.byMaterial)
        m.addRow({
          ...l,
          factorQuantity: roundAsDisplayed(l.factorQuantity, 3),
          production: kg(l.production),
          massTonnes: roundAsDisplayed(l.massTonnes, 3),
          transport: kg(l.transport),
        });
      const u = wb.addWorksheet(zh ? '未映射' : 'Unmapped');
      u.columns = [
        { header: zh ? '阶段' : 'Stage', key: 'stage', width: 12 },
        { header: zh ? '名称' : 'Name', key: 'name', width: 28 },
        { header: zh ? '数量' : 'Quantity', key: 'quantity', width: 12 },
        { header: zh ? '单位' : 'Unit', key: 'unit', width: 10 },
        { header: zh ? '原因' : 'Reason', key: 'reason', width: 60 },
      ];
      const stageLabel: Record<string, string> = zh
        ? { production: '建材生产', transport: '建材运输', construction: '建造', quantity: '工程量' }
        : { production: 'Production', transport: 'Transport', construction: 'Construction', quantity: 'Quantity' };
      for (const l of c.result.unmapped) u.addRow({ ...l, stage: stageLabel[l.stage] ?? l.stage });
      for (const w of c.withoutQuantity)
        u.addRow({
          stage: stageLabel.quantity,
          name: `${w.ifcClass} ${w.material ?? ''}`,
          quantity: w.count,
          unit: zh ? '个构件' : 'elements',
          reason: zh ? '模型中无体积' : 'no volume in the model',
        });
      const name = `${project.code}-carbon.xlsx`;
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', contentDisposition(name));
      return reply.send(Buffer.from(await wb.xlsx.writeBuffer()));
    },
  );

  app.put(
    '/api/projects/:projectId/carbon/settings',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'saveCarbonSettings',
        tags: ['carbon'],
        summary: '项目碳计算设置 Project carbon settings',
        params: projectParams,
        body: z.object({ gridFactorId: z.string().max(64).nullable(), transportModeId: z.string().max(64).nullable() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      await requireFactor(req.body.gridFactorId, 'energy', 'gridFactorId');
      await requireFactor(req.body.transportModeId, 'transport', 'transportModeId');
      await db.transaction(async (tx) => {
        const [before] = await tx.select().from(carbonProjectSettings).where(eq(carbonProjectSettings.projectId, project.id));
        await tx
          .insert(carbonProjectSettings)
          .values({ projectId: project.id, ...req.body })
          .onConflictDoUpdate({ target: carbonProjectSettings.projectId, set: { ...req.body, updatedAt: sql`now()` } });
        await recordAudit(tx, actorOf(req), {
          action: 'carbon.settings_changed',
          entityType: 'project',
          entityId: project.id,
          regionCode: project.regionCode,
          organisationId: project.ownerOrganisationId,
          before: before ?? null,
          after: req.body,
        });
      });
      return reply.status(204).send(null);
    },
  );

  // ---------- bill of materials ----------
  const bomLineSchema = z.object({
    lineNo: z.number(),
    name: z.string(),
    ifcClass: z.string().nullable(),
    quantity: z.number(),
    unit: z.enum(bomUnits),
    factorId: z.string().nullable(),
    distanceKm: z.number().nullable(),
    transportModeId: z.string().nullable(),
    fileName: z.string().nullable(),
    importedAt: z.date(),
  });

  app.get(
    '/api/projects/:projectId/carbon/bom',
    {
      config: { access: READERS },
      schema: {
        operationId: 'getCarbonBom',
        tags: ['carbon'],
        summary: '材料清单 Bill of materials',
        params: projectParams,
        response: { 200: z.object({ items: z.array(bomLineSchema), total: z.number() }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const rows = await db
        .select()
        .from(carbonBomLines)
        .where(eq(carbonBomLines.projectId, project.id))
        .orderBy(asc(carbonBomLines.lineNo));
      return { items: rows.map(({ id: _i, projectId: _p, ...r }) => r), total: rows.length };
    },
  );

  app.get(
    '/api/carbon/bom-template.xlsx',
    {
      config: { access: ANY },
      schema: {
        operationId: 'getCarbonBomTemplate',
        download: { media: [MEDIA.xlsx] },
        tags: ['carbon'],
        summary: '材料清单模板 Bill-of-materials template',
      },
    },
    async (req, reply) => {
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', contentDisposition('bom-template.xlsx'));
      return reply.send(await bomTemplate(requestLanguage(req) === 'zh-CN'));
    },
  );

  app.post(
    '/api/projects/:projectId/carbon/bom',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'importCarbonBom',
        requestContent: { 'multipart/form-data': z.object({ file: uploadedFile('The bill-of-materials workbook (.xlsx)') }) },
        tags: ['carbon'],
        summary: '导入材料清单 Excel（替换现有清单）Import a bill of materials from Excel (replaces the current one)',
        consumes: ['multipart/form-data'],
        params: projectParams,
        response: { 200: z.object({ imported: z.number() }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type');
      const file = await req.file();
      if (!file) throw invalidField('file', 'bom_file_missing');
      let buffer: Buffer;
      try {
        buffer = await file.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError(413, 'bom_too_large', { limit: config.uploadLimitBytes });
        throw err;
      }
      // .xlsx is a zip container: check the magic bytes before handing it to the parser.
      if (buffer.length < 4 || buffer[0] !== 0x50 || buffer[1] !== 0x4b) throw invalidField('file', 'bom_not_xlsx');
      let parsed: Awaited<ReturnType<typeof parseBom>>;
      try {
        parsed = await parseBom(buffer);
      } catch (err) {
        // Over a spreadsheet limit (413/400) or too many imports at once (503): that answer, not "not an xlsx".
        if (err instanceof AppError) throw err;
        throw invalidField('file', 'bom_not_xlsx');
      }
      if (parsed.errors.length) throw new AppError(400, 'validation_failed', {}, parsed.errors);
      for (const [i, l] of parsed.lines.entries()) {
        await requireFactor(l.factorId, 'material', `rows.${i + 1}.factorId`);
        await requireFactor(l.transportModeId, 'transport', `rows.${i + 1}.transportModeId`);
      }
      const fileName = file.filename?.slice(0, 200) ?? null;
      await db.transaction(async (tx) => {
        const before = await tx
          .select({ n: sql<number>`count(*)` })
          .from(carbonBomLines)
          .where(eq(carbonBomLines.projectId, project.id));
        await tx.delete(carbonBomLines).where(eq(carbonBomLines.projectId, project.id));
        await tx.insert(carbonBomLines).values(parsed.lines.map((l) => ({ ...l, id: randomUUID(), projectId: project.id, fileName })));
        await recordAudit(tx, actorOf(req), {
          action: 'carbon.bom_imported',
          entityType: 'project',
          entityId: project.id,
          regionCode: project.regionCode,
          organisationId: project.ownerOrganisationId,
          before: { lines: Number(before[0]?.n ?? 0) },
          after: { lines: parsed.lines.length, fileName },
        });
      });
      return { imported: parsed.lines.length };
    },
  );

  app.delete(
    '/api/projects/:projectId/carbon/bom',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'deleteCarbonBom',
        tags: ['carbon'],
        summary: '清除材料清单（改用模型）Remove the bill of materials (use the model)',
        params: projectParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      await db.transaction(async (tx) => {
        const removed = await tx
          .delete(carbonBomLines)
          .where(eq(carbonBomLines.projectId, project.id))
          .returning({ id: carbonBomLines.id });
        await recordAudit(tx, actorOf(req), {
          action: 'carbon.bom_removed',
          entityType: 'project',
          entityId: project.id,
          regionCode: project.regionCode,
          organisationId: project.ownerOrganisationId,
          before: { lines: removed.length },
        });
      });
      return reply.status(204).send(null);
    },
  );

  // ---------- construction energy ----------
  const energySchema = z.object({
    id: z.string(),
    period: z.string(),
    energyFactorId: z.string(),
    quantity: z.number(),
    unit: z.enum(energyUnits),
    note: z.string().nullable(),
    source: z.string(),
    enteredAt: z.date(),
    enteredBy: z.string(),
  });

  app.get(
    '/api/projects/:projectId/carbon/energy',
    {
      config: { access: READERS },
      schema: {
        operationId: 'listCarbonEnergy',
        tags: ['carbon'],
        summary: '施工能耗 Construction-stage energy',
        params: projectParams,
        response: { 200: z.object({ items: z.array(energySchema), total: z.number() }) },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'read');
      const rows = await db
        .select()
        .from(carbonEnergyEntries)
        .where(eq(carbonEnergyEntries.projectId, project.id))
        .orderBy(asc(carbonEnergyEntries.period), asc(carbonEnergyEntries.enteredAt));
      return { items: rows.map(({ projectId: _p, ...r }) => r), total: rows.length };
    },
  );

  app.post(
    '/api/projects/:projectId/carbon/energy',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'createCarbonEnergy',
        tags: ['carbon'],
        summary: '录入施工能耗 Enter construction-stage energy',
        params: projectParams,
        body: z.object({
          period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'period_format'),
          energyFactorId: z.string().max(64),
          quantity: z.number().min(0).max(1e12),
          unit: z.enum(energyUnits),
          note: z.string().max(200).nullable().optional(),
        }),
        response: { 201: energySchema },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      const factor = await getFactor(db, req.body.energyFactorId);
      if (!factor || factor.kind !== 'energy') throw invalidField('energyFactorId', 'factor_unknown', { id: req.body.energyFactorId });
      if (factor.unit !== req.body.unit) throw invalidField('unit', 'energy_unit_mismatch', { unit: factor.unit });
      const actor = actorOf(req);
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .insert(carbonEnergyEntries)
          .values({ id: randomUUID(), projectId: project.id, ...req.body, note: req.body.note ?? null, enteredBy: actor.name })
          .returning();
        await recordAudit(tx, actor, {
          action: 'carbon.energy_entered',
          entityType: 'carbon_energy',
          entityId: r!.id,
          regionCode: project.regionCode,
          organisationId: project.ownerOrganisationId,
          after: r,
        });
        return r!;
      });
      const { projectId: _p, ...out } = row;
      return reply.status(201).send(out);
    },
  );

  app.delete(
    '/api/projects/:projectId/carbon/energy/:id',
    {
      config: { access: WRITERS },
      schema: {
        operationId: 'deleteCarbonEnergy',
        tags: ['carbon'],
        summary: '删除能耗记录 Delete an energy entry',
        params: projectParams.extend({ id: z.string().uuid() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      await db.transaction(async (tx) => {
        const [before] = await tx
          .delete(carbonEnergyEntries)
          .where(and(eq(carbonEnergyEntries.id, req.params.id), eq(carbonEnergyEntries.projectId, project.id)))
          .returning();
        if (!before) throw notFound();
        await recordAudit(tx, actorOf(req), {
          action: 'carbon.energy_deleted',
          entityType: 'carbon_energy',
          entityId: before.id,
          regionCode: project.regionCode,
          organisationId: project.ownerOrganisationId,
          before,
        });
      });
      return reply.status(204).send(null);
    },
  );
};
