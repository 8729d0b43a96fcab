import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicBasis } from '../../../domain/standards/index.js';
import { z } from 'zod';
import { MEDIA } from '../../platform/openapi.js';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { requirePrincipal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { requestLanguage } from '../../platform/language.js';
import { contentDisposition } from '../../platform/downloads.js';
import { regionExists } from '../accounts/index.js';
import { projectForPrincipal, projectRefs, visibleProjectIds } from '../projects/index.js';
import { standardisationRate } from '../components/index.js';
import type { PrefabRatioResult } from '../../../domain/prefab/index.js';
import * as store from './store.js';
import { modelRatios } from './modelRatios.js';
import { calculationSheet } from './excel.js';
import { assessmentInput, calculatorInput, projectPrefabSchema, resultSchema, scoreTableSchema, tableInfo } from './schemas.js';
import type { PrefabInputs } from './tables.js';
import { prefabIndicatorDefinitions } from './indicators.js';

const ANY = { roles: 'any' } as const;
const PROJECT_WRITERS = { roles: ['admin', 'regulator', 'enterprise'] } as const;
const projectParams = z.object({ projectId: z.string().uuid() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const withTable = (r: PrefabRatioResult, t: store.TableRow) => ({
  P: r.P,
  Q1: r.Q1,
  Q2: r.Q2,
  Q3: r.Q3,
  Q4: r.Q4,
  recognised: r.recognised,
  grade: r.grade,
  assessedPercent: r.assessedPercent,
  items: r.items,
  reasons: r.reasons,
  table: { id: t.id, version: t.version, regionCode: t.regionCode },
});

// ScoreTable uses readonly arrays; the response schema's inferred type does not.
const tableData = (t: store.TableRow) => t.data as unknown as z.infer<typeof scoreTableSchema>;

const tableView = (t: store.TableRow) => ({
  id: t.id,
  version: t.version,
  regionCode: t.regionCode,
  basis: publicBasis(t.source),
  createdAt: t.createdAt.toISOString(),
  data: tableData(t),
});

/** 装配率 (GB/T 51129-2017): the stateless calculator, score tables as data, and each project's calculation sheet. */
export const prefabModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  for (const d of prefabIndicatorDefinitions) ctx.indicators.register(d);
  const { db } = ctx;
  await store.ensureNationalTable(db);

  app.post(
    '/api/prefab-ratio/calculate',
    {
      config: { access: ANY },
      schema: {
        operationId: 'calculatePrefabRatio',
        tags: ['prefab'],
        summary: '装配率计算器（比例为 0–1 小数，null 表示该项不适用计入 Q4） Prefabrication ratio calculator',
        body: calculatorInput,
        response: { 200: resultSchema },
      },
    },
    async (req) => {
      const { region, ...input } = req.body;
      let regionCode: string | null = null;
      if (region && region !== 'national') {
        if (!(await regionExists(db, region))) throw invalidField('region', 'region_unknown_code');
        regionCode = region;
      }
      const table = await store.tableForRegion(db, regionCode);
      // The API and the domain both take fractions (0.35 = 35%); zod already refused percentages such as 35.
      return withTable(store.calculate(input, table.data), table);
    },
  );

  app.get(
    '/api/prefab/score-tables',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listPrefabScoreTables',
        tags: ['prefab'],
        summary: '装配率评分表（按地区、版本） Score tables',
        response: { 200: z.object({ items: z.array(tableInfo), total: z.number() }) },
      },
    },
    async () => {
      const rows = await store.listTables(db);
      return { items: rows.map(tableView), total: rows.length };
    },
  );

  app.post(
    '/api/prefab/score-tables',
    {
      config: { access: { roles: ['admin', 'regulator'] } },
      schema: {
        operationId: 'createPrefabScoreTable',
        tags: ['prefab'],
        summary: '新增地区评分表版本 Add a regional score table version',
        body: z.object({ regionCode: z.string().min(1).max(32).nullable(), table: scoreTableSchema }),
        response: { 201: tableInfo },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const { regionCode, table } = req.body;
      if (regionCode && !(await regionExists(db, regionCode))) throw invalidField('regionCode', 'region_unknown_code');
      if (p.role !== 'admin' && !(p.role === 'regulator' && (p.regionCode === null || p.regionCode === regionCode)))
        throw new AppError(403, 'score_table_forbidden');
      const row = await db.transaction((tx) => store.addTable(tx, actorOf(req), regionCode, table));
      return reply.status(201).send(tableView(row));
    },
  );

  async function projectSheet(projectId: string, principal: Parameters<typeof projectForPrincipal>[1]) {
    const project = await projectForPrincipal(db, principal, projectId, 'read');
    const saved = await store.latestAssessment(db, project.id);
    const table = saved
      ? ((await store.getTable(db, saved.tableId, saved.tableVersion)) ?? (await store.tableForRegion(db, project.regionCode)))
      : await store.tableForRegion(db, project.regionCode);
    const result = saved ? store.calculate(store.toRatioInput(saved.inputs, saved.fullDecoration), table.data) : null;
    return { project, table, saved, result };
  }

  app.get(
    '/api/projects/:projectId/prefab',
    {
      config: { access: ANY },
      schema: {
        operationId: 'getPrefabSheet',
        tags: ['prefab'],
        summary: '项目装配率计算表 Prefabrication ratio sheet of a project',
        params: projectParams,
        response: { 200: projectPrefabSchema },
      },
    },
    async (req) => {
      const { project, table, saved, result } = await projectSheet(req.params.projectId, req.principal);
      const history = await store.assessmentHistory(db, project.id);
      const tables = new Map<string, store.TableRow>();
      const hist = [];
      for (const h of history) {
        const key = `${h.tableId}@${h.tableVersion}`;
        if (!tables.has(key)) tables.set(key, (await store.getTable(db, h.tableId, h.tableVersion))!);
        const r = store.calculate(store.toRatioInput(h.inputs, h.fullDecoration), tables.get(key)!.data);
        hist.push({ savedAt: h.createdAt.toISOString(), P: r.P, grade: r.grade, recognised: r.recognised });
      }
      return {
        project: {
          id: project.id,
          code: project.code,
          name: project.name,
          regionCode: project.regionCode,
          isPrefabricated: project.isPrefabricated,
        },
        table: {
          id: table.id,
          version: table.version,
          regionCode: table.regionCode,
          basis: publicBasis(table.source),
          data: tableData(table),
        },
        saved: saved ? { inputs: saved.inputs, fullDecoration: saved.fullDecoration, savedAt: saved.createdAt.toISOString() } : null,
        result: result ? withTable(result, table) : null,
        model: await modelRatios(db, project.id),
        history: hist,
      };
    },
  );

  app.put(
    '/api/projects/:projectId/prefab',
    {
      config: { access: PROJECT_WRITERS },
      schema: {
        operationId: 'savePrefabSheet',
        tags: ['prefab'],
        summary: '保存装配率输入 Save the prefabrication inputs',
        params: projectParams,
        body: assessmentInput,
        response: { 200: resultSchema },
      },
    },
    async (req) => {
      const project = await projectForPrincipal(db, req.principal, req.params.projectId, 'write');
      const table = await store.tableForRegion(db, project.regionCode);
      const inputs = req.body.inputs as PrefabInputs;
      const { result } = await db.transaction((tx) =>
        store.saveAssessment(tx, actorOf(req), project, table, inputs, req.body.fullDecoration),
      );
      return withTable(result, table);
    },
  );

  app.get(
    '/api/projects/:projectId/prefab/export',
    {
      config: { access: ANY },
      schema: {
        operationId: 'exportPrefabSheet',
        download: { media: [MEDIA.xlsx] },
        tags: ['prefab'],
        summary: '导出装配率计算表 Excel Export the sheet',
        params: projectParams,
      },
    },
    async (req, reply) => {
      const { project, table, saved, result } = await projectSheet(req.params.projectId, req.principal);
      if (!saved || !result) throw notFound();
      const buf = await calculationSheet({
        lang: requestLanguage(req),
        projectName: project.name,
        projectCode: project.code,
        table: table.data,
        inputs: saved.inputs,
        result,
        savedAt: saved.createdAt.toISOString(),
      });
      const name = `prefab-ratio-${project.code}.xlsx`;
      return reply.header('content-type', XLSX).header('content-disposition', contentDisposition(name)).send(buf);
    },
  );

  app.get(
    '/api/prefab/projects',
    {
      config: { access: ANY },
      schema: {
        operationId: 'listPrefabProjects',
        tags: ['prefab'],
        summary: '装配式与标准化项目一览 Projects with standardisation and prefabrication figures',
        querystring: z.object({ regionCode: z.string().max(32).optional(), prefabricatedOnly: z.enum(['1', '0']).optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                code: z.string(),
                name: z.string(),
                regionCode: z.string(),
                status: z.string(),
                isPrefabricated: z.boolean(),
                standardisationRate: z.number().nullable(),
                components: z.number(),
                P: z.number().nullable(),
                grade: z.string().nullable(),
                recognised: z.boolean().nullable(),
              }),
            ),
            total: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const ids = await visibleProjectIds(db, req.principal, { regionCode: req.query.regionCode });
      const refs = [...(await projectRefs(db, ids)).values()]
        .filter((p) => req.query.prefabricatedOnly !== '1' || p.isPrefabricated)
        .sort((a, b) => a.code.localeCompare(b.code));
      const items = [];
      for (const p of refs) {
        const s = await standardisationRate(db, p.id);
        const saved = await store.latestAssessment(db, p.id);
        let r: PrefabRatioResult | null = null;
        if (saved) {
          const t = await store.getTable(db, saved.tableId, saved.tableVersion);
          if (t) r = store.calculate(store.toRatioInput(saved.inputs, saved.fullDecoration), t.data);
        }
        items.push({
          id: p.id,
          code: p.code,
          name: p.name,
          regionCode: p.regionCode,
          status: p.status,
          isPrefabricated: p.isPrefabricated,
          standardisationRate: s?.rate ?? null,
          components: s?.total ?? 0,
          P: r?.P ?? null,
          grade: r?.grade ?? null,
          recognised: r?.recognised ?? null,
        });
      }
      return { items, total: items.length };
    },
  );
};
