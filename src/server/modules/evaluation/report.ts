/**
 * 项目评价报告 and 区域总结评估报告: one data object per report, rendered to print HTML (→ PDF through chromium)
 * and to an Excel workbook with one sheet per section holding all the underlying rows.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { calendarDayValue, DATE_FORMAT, roundAsDisplayed } from '../../platform/spreadsheet.js';
import type { Browser } from 'playwright-core';
import type { DbOrTx } from '../../db/database.js';
import type { Language } from '../../platform/language.js';
import { AppError } from '../../platform/errors.js';
import type { IndicatorRegistry } from '../../platform/indicators.js';
import { projectRefs, type ProjectRef } from '../projects/index.js';
import { pilotStatuses } from '../projects/index.js';
import { statusLabels } from '../projects/index.js';
import { listRegions } from '../accounts/index.js';
import { regionSummary } from '../programmes/index.js';
import { approvedPlanTargets, type PlanTarget } from '../planning/index.js';
import { listPractices } from '../practices/index.js';
import type { BatchResult } from '../../../domain/evaluation/index.js';
import type { FrozenBatch } from './compute.js';
import * as store from './store.js';

/** What the reports need: the database and (optionally) the indicator registry for targets' current values. */
export type ReportDeps = { db: DbOrTx; indicators?: Pick<IndicatorRegistry, 'get'> };

// ─── Typical practices (practices module) ───────────────────────────────────────────────────────────

type PracticeRow = { id: string; title: string; aspect: string | null; summary: string | null; projects: string };

async function loadPractices(db: DbOrTx, f: { regionCode?: string; projectIds?: string[] }): Promise<PracticeRow[]> {
  const rows = await safe(() => listPractices(db, { ...f, publishedOnly: true }), []);
  const refs = await projectRefs(
    db,
    rows.flatMap((r) => r.sourceProjectIds ?? []),
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    aspect: r.aspect ?? null,
    summary: r.summary ?? null,
    projects: (r.sourceProjectIds ?? [])
      .map((id) => refs.get(id)?.name ?? '')
      .filter(Boolean)
      .join('、'),
  }));
}

async function safe<T>(fn: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await fn();
  } catch {
    return fallback;
  }
}

// ─── Data ──────────────────────────────────────────────────────────────────────────────────────────

export type TargetRow = {
  projectCode: string;
  projectName: string;
  aspect: string;
  name: string;
  indicatorKey: string | null;
  targetValue: number;
  unit: string;
  direction: string;
  actual: number | null;
  met: boolean | null;
  dueDate: string | null;
};

async function targetsAgainstActuals(deps: ReportDeps, refs: ProjectRef[], asOf: Date): Promise<TargetRow[]> {
  const targets = await safe(
    () =>
      approvedPlanTargets(
        deps.db,
        refs.map((r) => r.id),
      ),
    new Map<string, PlanTarget[]>(),
  );
  const rows: TargetRow[] = [];
  for (const ref of refs) {
    for (const t of targets.get(ref.id) ?? []) {
      const def = t.indicatorKey ? deps.indicators?.get(t.indicatorKey) : undefined;
      const actual = def ? await safe(() => def.valueFor(deps.db as never, ref.id, asOf), null) : null;
      const met = actual === null ? null : t.direction === 'lowerIsBetter' ? actual <= t.targetValue : actual >= t.targetValue;
      rows.push({
        projectCode: ref.code,
        projectName: ref.name,
        aspect: t.aspect,
        name: t.name,
        indicatorKey: t.indicatorKey,
        targetValue: t.targetValue,
        unit: t.unit,
        direction: t.direction,
        actual,
        met,
        dueDate: t.dueDate,
      });
    }
  }
  return rows;
}

export type ItemReportRow = {
  evaluationId: string;
  kind: string;
  period: string | null;
  evaluatedOn: string;
  stageId: string;
  element: string;
  itemId: string;
  item: string;
  itemKind: string;
  maxScore: number;
  score: number | null;
  basis: string;
  inputs: string;
  evidence: number;
};

function itemRows(ev: {
  id: string;
  kind: string;
  period: string | null;
  evaluatedOn: string;
  frozenInputs: unknown;
  result: unknown;
}): ItemReportRow[] {
  const frozen = ev.frozenInputs as FrozenBatch | null;
  const result = ev.result as BatchResult | null;
  if (!frozen || frozen.type !== 'batch' || !result) return [];
  const inputs = new Map(frozen.inputs.items.map((i) => [i.itemId, i]));
  return result.elements.flatMap((e) =>
    e.items.map((it) => {
      const inp = inputs.get(it.itemId);
      const parts: string[] = [];
      if (inp?.auto) parts.push(`${inp.auto.indicator} = ${inp.auto.value ?? '—'}（截至 ${inp.auto.asOf.slice(0, 10)}）`);
      for (const s of inp?.expertScores ?? []) parts.push(`专家 ${s.expertName}: ${s.score}${s.comment ? `（${s.comment}）` : ''}`);
      if (inp?.entry?.type === 'score')
        parts.push(`${inp.entry.byName} 自评 ${inp.entry.score}${inp.entry.note ? `（${inp.entry.note}）` : ''}`);
      if (inp?.entry?.type === 'notApplicable') parts.push(`不适用：${inp.entry.reason}（${inp.entry.byName}）`);
      return {
        evaluationId: ev.id,
        kind: ev.kind,
        period: ev.period,
        evaluatedOn: ev.evaluatedOn,
        stageId: result.stageId,
        element: e.name,
        itemId: it.itemId,
        item: it.name,
        itemKind: it.kind,
        maxScore: it.maxScore,
        score: it.score,
        basis: it.basis,
        inputs: parts.join('；'),
        evidence: inp?.evidenceIds.length ?? 0,
      };
    }),
  );
}

export async function projectReportData(deps: ReportDeps, projectId: string, now = new Date()) {
  const ref = (await projectRefs(deps.db, [projectId])).get(projectId);
  if (!ref) throw new AppError(404, 'not_found');
  const regions = await listRegions(deps.db);
  const list = await store.listProjectEvaluations(deps.db, ref, null);
  const result = await store.projectEvaluationResult(deps.db, projectId);
  const closedRows = [];
  for (const e of list.filter((x) => x.status === 'closed' && x.kind !== 'final'))
    closedRows.push(await store.evaluationRow(deps.db, e.id));
  const items = closedRows.flatMap((r) => itemRows(r));
  const schemeCode = await store.projectSchemeCode(deps.db, projectId);
  // Stage names for the tables: from the frozen schemes of closed evaluations, else the project's current scheme.
  const stageNames = new Map<string, string>();
  for (const s of (await store.latestScheme(deps.db, schemeCode))?.document.stages ?? []) stageNames.set(s.id, s.name);
  for (const r of closedRows) for (const s of (r.frozenInputs as FrozenBatch | null)?.scheme.stages ?? []) stageNames.set(s.id, s.name);
  for (const i of items) i.stageId = stageNames.get(i.stageId) ?? i.stageId;
  return {
    generatedAt: now.toISOString(),
    project: {
      ...ref,
      regionName: regions.find((r) => r.code === ref.regionCode)?.nameZh ?? ref.regionCode,
      statusLabel: statusLabels[ref.status as keyof typeof statusLabels] ?? ref.status,
    },
    schemeCode,
    result,
    evaluations: list.map((e) => ({ ...e, stageName: e.stageId ? (stageNames.get(e.stageId) ?? e.stageId) : null })),
    items,
    targets: await targetsAgainstActuals(deps, [ref], now),
    practices: await loadPractices(deps.db, { projectIds: [projectId] }),
  };
}
export type ProjectReportData = Awaited<ReturnType<typeof projectReportData>>;

export async function summaryReportData(deps: ReportDeps, regionCode: string, projectIds: string[], now = new Date()) {
  const regions = await listRegions(deps.db);
  const region = regions.find((r) => r.code === regionCode);
  if (!region) throw new AppError(404, 'not_found');
  const programme = await safe(() => regionSummary(deps.db, regionCode), null);
  const refs = [...(await projectRefs(deps.db, projectIds)).values()]
    .filter((r) => r.regionCode === regionCode && (pilotStatuses as readonly string[]).includes(r.status))
    .sort((a, b) => a.code.localeCompare(b.code));
  const rank = await store.ranking(
    deps.db,
    refs.map((r) => r.id),
  );
  return {
    generatedAt: now.toISOString(),
    region: { code: region.code, name: region.nameZh },
    programme,
    projects: refs.map((r) => ({ ...r, statusLabel: statusLabels[r.status as keyof typeof statusLabels] ?? r.status })),
    targets: await targetsAgainstActuals(deps, refs, now),
    ranking: rank,
    practices: await loadPractices(deps.db, { regionCode }),
    policies: await store.policyRecommendations(deps.db, regionCode),
  };
}
export type SummaryReportData = Awaited<ReturnType<typeof summaryReportData>>;

// ─── HTML ──────────────────────────────────────────────────────────────────────────────────────────

const esc = (v: unknown) =>
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const num = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? '—' : Number(v.toFixed(d)).toString());
const KIND: Record<string, string> = { monthly_self: '月度自评', stage_expert: '阶段专家评价', final: '最终评价' };
const ITEM_KIND: Record<string, string> = { control: '控制项', general: '一般项', bonus: '优选项' };
const STATUS: Record<string, string> = { open: '进行中', submitted: '已提交', closed: '已关闭' };

function page(title: string, body: string) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
@page { size: A4; margin: 18mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif; font-size: 10.5pt; color: #1f2329; line-height: 1.5; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 13pt; border-left: 4px solid #2f7d32; padding-left: 6px; margin: 7mm 0 3mm; page-break-after: avoid; }
.meta { text-align: center; color: #646a73; margin-bottom: 6mm; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #c9cdd4; padding: 3px 5px; vertical-align: top; font-size: 9pt; }
th { background: #eef5ee; font-weight: 600; }
td.n { text-align: right; white-space: nowrap; }
.grade { display: inline-block; padding: 1px 10px; border-radius: 3px; background: #2f7d32; color: #fff; font-weight: 600; }
.box { border: 1px solid #c9cdd4; padding: 4mm; margin: 2mm 0; }
.muted { color: #8f959e; }
.big { font-size: 22pt; font-weight: 700; color: #2f7d32; }
</style></head><body>${body}</body></html>`;
}

function table(headers: string[], rows: unknown[][], numeric: number[] = []) {
  if (!rows.length) return '<p class="muted">暂无数据</p>';
  return `<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function targetsTable(rows: TargetRow[], withProject: boolean) {
  return table(
    [...(withProject ? ['项目'] : []), '目标', '指标', '目标值', '当前值', '单位', '是否达标'],
    rows.map((t) => [
      ...(withProject ? [t.projectName] : []),
      t.name,
      t.indicatorKey ?? '—',
      num(t.targetValue, 2),
      num(t.actual, 2),
      t.unit,
      t.met === null ? '无数据' : t.met ? '达标' : '未达标',
    ]),
    withProject ? [3, 4] : [2, 3],
  );
}

export function projectReportHtml(d: ProjectReportData): string {
  const r = d.result;
  const head = `<h1>绿色建造项目评价报告</h1><div class="meta">${esc(d.project.name)}（${esc(d.project.code)}）· ${esc(d.project.regionName)} · 生成于 ${esc(d.generatedAt.slice(0, 10))}</div>`;
  const overview = `<h2>一、项目概况</h2>${table(['项目名称', '项目编号', '地区', '状态', '建筑面积（m²）', '装配式'], [[d.project.name, d.project.code, d.project.regionName, d.project.statusLabel, num(d.project.floorAreaM2, 0), d.project.isPrefabricated ? '是' : '否']])}`;
  const result = r
    ? `<h2>二、评价结果</h2><div class="box"><span class="big">${num(r.reportedScore)}</span> 分　<span class="grade">${esc(r.grade.zh)}</span>　${r.provisional ? '<span class="muted">（阶段未全部覆盖，暂定结果）</span>' : ''}<br>评价方案：${esc(r.schemeName)}（${esc(r.schemeId)} 第 ${r.schemeVersion} 版）· 已关闭评价 ${r.closedEvaluations} 次 · 控制项${r.controlItemsPassed ? '全部满足' : '存在不满足项'}</div>${table(
        ['评价阶段', '权重', '阶段得分', '批次数'],
        r.stages.map((s) => [s.name, num(s.weight, 2), num(s.reportedScore), s.batches]),
        [1, 2, 3],
      )}`
    : '<h2>二、评价结果</h2><p class="muted">尚无已关闭的评价</p>';
  const evs = `<h2>三、评价记录</h2>${table(
    ['类型', '期间/日期', '阶段', '状态', '得分'],
    d.evaluations.map((e) => [
      KIND[e.kind] ?? e.kind,
      e.period ?? e.evaluatedOn,
      e.stageName ?? '—',
      STATUS[e.status] ?? e.status,
      num(e.score),
    ]),
    [4],
  )}`;
  const items = `<h2>四、评价指标得分及依据</h2>${table(
    ['日期', '要素', '评价指标', '类别', '得分/满分', '输入（指标值、专家、证据）'],
    d.items.map((i) => [
      i.evaluatedOn,
      i.element,
      i.item,
      ITEM_KIND[i.itemKind] ?? i.itemKind,
      `${i.score === null ? '不适用' : num(i.score, 2)} / ${i.maxScore}`,
      `${i.inputs}${i.evidence ? `；证据 ${i.evidence} 份` : ''}`,
    ]),
  )}`;
  const targets = `<h2>五、策划目标完成情况</h2>${targetsTable(d.targets, false)}`;
  const practices = `<h2>六、典型做法</h2>${table(
    ['标题', '方面', '摘要'],
    d.practices.map((p) => [p.title, p.aspect ?? '', p.summary ?? '']),
  )}`;
  return page(`${d.project.name} 评价报告`, head + overview + result + evs + items + targets + practices);
}

export function summaryReportHtml(d: SummaryReportData): string {
  const p = d.programme;
  const head = `<h1>${esc(d.region.name)}绿色建造试点总结评估报告</h1><div class="meta">生成于 ${esc(d.generatedAt.slice(0, 10))}</div>`;
  const progress = `<h2>一、试点工作进展</h2>${
    p
      ? `<div class="box">当前阶段：${esc(p.currentPhase ?? '—')}　试点项目 ${p.pilots} 个（共登记 ${p.totalProjects} 个）　里程碑完成 ${p.milestonesDone}/${p.milestonesTotal}，逾期 ${p.overdueMilestones.length} 项</div>${table(
          ['阶段', '开始', '结束', '状态', '里程碑完成'],
          p.phases.map((ph) => [ph.name, ph.startsOn, ph.endsOn, ph.state, `${ph.milestonesDone}/${ph.milestonesTotal}`]),
        )}`
      : '<p class="muted">暂无数据</p>'
  }`;
  const projects = `<h2>二、试点项目</h2>${table(
    ['项目编号', '项目名称', '状态', '建筑面积（m²）', '装配式'],
    d.projects.map((x) => [x.code, x.name, x.statusLabel, num(x.floorAreaM2, 0), x.isPrefabricated ? '是' : '否']),
    [3],
  )}`;
  const targets = `<h2>三、指标与目标对比</h2>${targetsTable(d.targets, true)}`;
  const results = `<h2>四、评价结果</h2>${table(
    ['排名', '项目', '得分', '等级', '说明'],
    d.ranking.map((r) => [
      r.rank ?? '—',
      r.name,
      num(r.reportedScore),
      r.grade?.zh ?? '未评价',
      r.provisional ? '暂定（阶段未全部覆盖）' : r.source === 'final' ? '最终评价' : '',
    ]),
    [0, 2],
  )}`;
  const practices = `<h2>五、典型做法</h2>${table(
    ['标题', '项目', '方面', '摘要'],
    d.practices.map((x) => [x.title, x.projects, x.aspect ?? '', x.summary ?? '']),
  )}`;
  const policies = `<h2>六、政策建议</h2>${d.policies.length ? d.policies.map((x, i) => `<div class="box"><b>${i + 1}. ${esc(x.title)}</b><br>${esc(x.body).replace(/\n/g, '<br>')}</div>`).join('') : '<p class="muted">暂无</p>'}`;
  return page(`${d.region.name}总结评估报告`, head + progress + projects + targets + results + practices + policies);
}

// ─── PDF through chromium ──────────────────────────────────────────────────────────────────────────

export const chromiumPath = () => process.env.GREENBUILD_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A lazily launched chromium shared by the requests of one process; `close()` at shutdown. */
export class PdfRenderer {
  private browser: Promise<Browser> | null = null;

  private async launch(): Promise<Browser> {
    const executablePath = chromiumPath();
    if (!fs.existsSync(executablePath)) throw new AppError(503, 'report_renderer_unavailable', { path: executablePath });
    const { chromium } = await import('playwright-core');
    try {
      const b = await chromium.launch({
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
      });
      b.on('disconnected', () => (this.browser = null));
      return b;
    } catch {
      throw new AppError(503, 'report_renderer_unavailable', { path: executablePath });
    }
  }

  async pdf(html: string): Promise<Buffer> {
    if (!this.browser) {
      this.browser = this.launch();
      this.browser.catch(() => (this.browser = null));
    }
    const browser = await this.browser;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          '<div style="font-size:8px;width:100%;text-align:center;color:#888"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        margin: { top: '16mm', bottom: '16mm', left: '12mm', right: '12mm' },
      });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b) await (await b.catch(() => null))?.close();
  }
}

let defaultRenderer: PdfRenderer | null = null;
/** The process-wide renderer (the module closes it at shutdown). */
export function sharedRenderer(): PdfRenderer {
  defaultRenderer ??= new PdfRenderer();
  return defaultRenderer;
}

/**
 * One project's evaluation report as PDF bytes (for the route and bench/dashboard.ts), e.g.
 * `await renderProjectReportPdf({ db, indicators, renderer }, projectId, 'zh-CN')`. Without `renderer` the process-wide
 * chromium is used (close it with `sharedRenderer().close()`). `lang` is accepted for the API's sake; the report text is
 * Chinese (the language of the official documents) in both languages.
 */
export async function renderProjectReportPdf(
  deps: ReportDeps & { renderer?: PdfRenderer },
  projectId: string,
  _lang: Language = 'zh-CN',
): Promise<Buffer> {
  const data = await projectReportData(deps, projectId);
  return (deps.renderer ?? sharedRenderer()).pdf(projectReportHtml(data));
}

// ─── Excel ─────────────────────────────────────────────────────────────────────────────────────────

/** A sheet with a bold header row; `formats` gives number formats by column index (0-based), applied to data cells. */
function sheet(wb: ExcelJS.Workbook, name: string, headers: string[], rows: unknown[][], formats: Record<number, string> = {}) {
  const ws = wb.addWorksheet(name);
  ws.addRow(headers).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(r.map((c) => (c === undefined ? null : c)));
    for (const [i, numFmt] of Object.entries(formats)) row.getCell(Number(i) + 1).numFmt = numFmt;
  }
  ws.columns.forEach((c) => (c.width = 16));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

// Scores as the pages show them: a result or stage score with 1 decimal (the reported figure), an item score with 2.
const total = (x: number | null | undefined) => roundAsDisplayed(x, 1);
const itemScore = (x: number | null | undefined) => roundAsDisplayed(x, 2);
const SCORE_1 = '0.0';
const SCORE_2 = '0.00';

const targetHeaders = ['项目编号', '项目名称', '方面', '目标', '指标', '目标值', '当前值', '单位', '方向', '是否达标', '期限'];
// Aspects and directions in words (the planning page's labels), never their keys.
const ASPECTS: Record<string, string> = {
  design: '绿色设计',
  materials: '绿色建材',
  production: '绿色生产',
  construction: '绿色施工',
  delivery: '绿色交付',
};
const DIRECTIONS: Record<string, string> = { higherIsBetter: '越高越好', lowerIsBetter: '越低越好' };
const targetCells = (t: TargetRow) => [
  t.projectCode,
  t.projectName,
  ASPECTS[t.aspect] ?? t.aspect,
  t.name,
  t.indicatorKey,
  t.targetValue,
  t.actual,
  t.unit,
  DIRECTIONS[t.direction] ?? t.direction,
  t.met === null ? null : t.met ? '达标' : '未达标',
  calendarDayValue(t.dueDate),
];
const targetFormats = { 10: DATE_FORMAT };

export async function projectReportXlsx(d: ProjectReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'GreenBuild';
  const r = d.result;
  sheet(
    wb,
    '项目概况',
    ['项目编号', '项目名称', '地区', '状态', '建筑面积（m²）', '装配式', '评价方案'],
    [
      [
        d.project.code,
        d.project.name,
        d.project.regionName,
        d.project.statusLabel,
        d.project.floorAreaM2,
        d.project.isPrefabricated ? '是' : '否',
        d.schemeCode,
      ],
    ],
  );
  sheet(
    wb,
    '评价结果',
    ['方案', '版本', '得分', '报告得分', '等级', '暂定', '已关闭评价数'],
    r
      ? [
          [
            r.schemeId,
            r.schemeVersion,
            itemScore(r.score),
            total(r.reportedScore),
            r.grade.zh,
            r.provisional ? '是' : '否',
            r.closedEvaluations,
          ],
        ]
      : [],
    { 2: SCORE_2, 3: SCORE_1 },
  );
  sheet(
    wb,
    '阶段得分',
    ['阶段', '名称', '权重', '得分', '批次数'],
    (r?.stages ?? []).map((s) => [s.stageId, s.name, s.weight, total(s.reportedScore), s.batches]),
    { 3: SCORE_1 },
  );
  sheet(
    wb,
    '评价记录',
    ['评价ID', '类型', '期间', '评价日期', '阶段', '状态', '得分'],
    d.evaluations.map((e) => [
      e.id,
      KIND[e.kind] ?? e.kind,
      e.period,
      calendarDayValue(e.evaluatedOn),
      e.stageName,
      STATUS[e.status] ?? e.status,
      total(e.score),
    ]),
    { 3: DATE_FORMAT, 6: SCORE_1 },
  );
  sheet(
    wb,
    '指标得分',
    ['评价ID', '评价日期', '阶段', '要素', '指标ID', '评价指标', '类别', '满分', '得分', '计算依据', '输入', '证据数'],
    d.items.map((i) => [
      i.evaluationId,
      calendarDayValue(i.evaluatedOn),
      i.stageId,
      i.element,
      i.itemId,
      i.item,
      ITEM_KIND[i.itemKind] ?? i.itemKind,
      i.maxScore,
      itemScore(i.score),
      i.basis,
      i.inputs,
      i.evidence,
    ]),
    { 1: DATE_FORMAT, 8: SCORE_2 },
  );
  sheet(wb, '目标对比', targetHeaders, d.targets.map(targetCells), targetFormats);
  sheet(
    wb,
    '典型做法',
    ['标题', '方面', '摘要'],
    d.practices.map((p) => [p.title, p.aspect, p.summary]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function summaryReportXlsx(d: SummaryReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'GreenBuild';
  const p = d.programme;
  sheet(
    wb,
    '试点进展',
    ['地区', '当前阶段', '登记项目', '试点项目', '里程碑完成', '里程碑总数', '逾期里程碑'],
    p ? [[d.region.name, p.currentPhase, p.totalProjects, p.pilots, p.milestonesDone, p.milestonesTotal, p.overdueMilestones.length]] : [],
  );
  sheet(
    wb,
    '试点项目',
    ['项目编号', '项目名称', '状态', '建筑面积（m²）', '装配式'],
    d.projects.map((x) => [x.code, x.name, x.statusLabel, x.floorAreaM2, x.isPrefabricated ? '是' : '否']),
  );
  sheet(wb, '目标对比', targetHeaders, d.targets.map(targetCells), targetFormats);
  sheet(
    wb,
    '评价结果',
    ['排名', '项目编号', '项目名称', '得分', '报告得分', '等级', '暂定', '已关闭评价数', '最近评价日期'],
    d.ranking.map((r) => [
      r.rank,
      r.code,
      r.name,
      itemScore(r.score),
      total(r.reportedScore),
      r.grade?.zh ?? null,
      r.provisional === null ? null : r.provisional ? '是' : '否',
      r.closedEvaluations,
      calendarDayValue(r.lastEvaluatedOn),
    ]),
    { 3: SCORE_2, 4: SCORE_1, 8: DATE_FORMAT },
  );
  sheet(
    wb,
    '典型做法',
    ['标题', '项目', '方面', '摘要'],
    d.practices.map((x) => [x.title, x.projects, x.aspect, x.summary]),
  );
  sheet(
    wb,
    '政策建议',
    ['序号', '标题', '内容'],
    d.policies.map((x, i) => [i + 1, x.title, x.body]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
