// Excel in and out: the historical-records template and import (all rows or none, with a row-level error
// report), and exports of manifests and indicators. Labels are the zh names of the domain vocabulary.
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  CONSTRUCTION_WASTE_SUBCLASSES,
  WASTE_CATEGORIES,
  WASTE_ROUTES,
  WASTE_STAGES,
  type WasteCategory,
} from '../../../domain/waste/index.js';
import { scratchFile, type ObjectStore } from '../../platform/storage.js';
import { AppError, type ErrorDetail } from '../../platform/errors.js';
import { readWorkbook, type Workbook } from '../../platform/spreadsheetImport.js';
import { chinaTimeValue, DATE_TIME_FORMAT, decimalFormat, roundAsDisplayed } from '../../platform/spreadsheet.js';
import { chinaDate } from './facilities.js';
import type { LeagueRow, ProjectWasteIndicators } from './indicators.js';
import type { ManifestView } from './manifests.js';
import { routeForKind, type SiteRecordInput } from './records.js';
import { MAX_RECORD_TONNES } from './schemas.js';
import type { SiteRecordKind } from './tables.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_IMPORT_ROWS = 5000;

export const KIND_LABELS: Record<SiteRecordKind, string> = { sorted: '现场分类', reused: '现场再利用', historical: '历史外运' };
const STATE_LABELS: Record<string, string> = {
  created: '已开具',
  in_transit: '运输中',
  received: '已接收',
  disputed: '有异议',
  expired: '已过期',
};
const ALERT_LABELS: Record<string, string> = {
  weight_discrepancy: '磅差超限',
  not_received: '超时未接收',
  manifest_expired: '联单过期',
  facility_unlicensed: '场所无许可',
  licence_expired: '许可已过期',
  licence_expiring: '许可即将到期',
  category_not_accepted: '类别不在许可范围',
  over_capacity: '超出日处理能力',
};

const IMPORT_COLUMNS = [
  { key: 'kind', header: '记录类型', width: 12 },
  { key: 'recordDate', header: '日期', width: 12 },
  { key: 'stage', header: '阶段', width: 12 },
  { key: 'category', header: '类别', width: 12 },
  { key: 'subClass', header: '子类', width: 14 },
  { key: 'route', header: '去向', width: 22 },
  { key: 'tonnes', header: '吨数', width: 10 },
  { key: 'reference', header: '凭证号', width: 20 },
  { key: 'notes', header: '备注', width: 30 },
] as const;

/** Accepts the zh label, the en label or the id of a vocabulary entry. */
function lookup<T extends string>(vocab: Record<T, { zh: string; en: string }>, raw: string): T | undefined {
  const v = raw.trim().toLowerCase();
  return (Object.keys(vocab) as T[]).find((k) => k.toLowerCase() === v || vocab[k].zh === raw.trim() || vocab[k].en.toLowerCase() === v);
}
const KIND_VOCAB = Object.fromEntries(Object.entries(KIND_LABELS).map(([k, zh]) => [k, { zh, en: k }])) as Record<
  SiteRecordKind,
  { zh: string; en: string }
>;

export async function importTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('历史记录');
  ws.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.addRow({
    kind: '历史外运',
    recordDate: '2025-03-31',
    stage: '主体结构',
    category: '工程垃圾',
    subClass: '无机非金属类',
    route: WASTE_ROUTES.disposal.zh,
    tonnes: 18.5,
    reference: 'ZL-2025-0001',
    notes: '纸质联单',
  });
  ws.addRow({
    kind: '现场再利用',
    recordDate: '2025-03-31',
    stage: '主体结构',
    category: '工程垃圾',
    subClass: '无机非金属类',
    route: WASTE_ROUTES.reuseOnSite.zh,
    tonnes: 6,
    reference: '',
    notes: '碎混凝土回填',
  });
  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '列', width: 12 },
    { header: '可填写的值', width: 90 },
  ];
  help.addRows([
    ['记录类型', Object.values(KIND_LABELS).join(' / ') + '（现场分类仅作记录，不计入排放；历史外运计入排放）'],
    ['日期', 'YYYY-MM-DD，不晚于今天'],
    [
      '阶段',
      Object.values(WASTE_STAGES)
        .map((s) => s.zh)
        .join(' / '),
    ],
    [
      '类别',
      Object.values(WASTE_CATEGORIES)
        .map((s) => s.zh)
        .join(' / '),
    ],
    [
      '子类',
      Object.values(CONSTRUCTION_WASTE_SUBCLASSES)
        .map((s) => s.zh)
        .join(' / ') + '（仅工程垃圾，可空）',
    ],
    [
      '去向',
      `${WASTE_ROUTES.reuseOnSite.zh}（现场再利用）；${WASTE_ROUTES.recycling.zh} 或 ${WASTE_ROUTES.disposal.zh}（历史外运）；现场分类留空`,
    ],
    ['吨数', `大于 0 且不超过 ${MAX_RECORD_TONNES}`],
    ['凭证号', '纸质联单或过磅单号；同一项目内不能重复，也不能是平台电子联单号（避免重复计入）'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Where an accepted import file is kept in the object store. */
export const importFileKey = (batch: string) => `waste/imports/${batch}.xlsx`;

/**
 * Streams an upload to a scratch file on this instance, size-limited, and keeps it only if it is a ZIP container
 * (xlsx); the route stores it (importFileKey) once the import is accepted.
 */
export async function storeImportFile(
  stream: Readable & { truncated?: boolean },
  objects: ObjectStore,
  batch: string,
  limit: number,
): Promise<string> {
  const final = scratchFile(objects, `${batch}.xlsx`);
  const part = `${final}.part`;
  let size = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _e, done) {
      size += chunk.length;
      if (size > limit) return done(new AppError(413, 'body_too_large', { limit }));
      if (head.length < 4) head = Buffer.concat([head, chunk.subarray(0, 4 - head.length)]);
      done(null, chunk);
    },
  });
  try {
    await pipeline(stream, meter, fs.createWriteStream(part, { mode: 0o640 }));
    if (stream.truncated) throw new AppError(413, 'body_too_large', { limit });
    // xlsx is a ZIP: local file header "PK\x03\x04".
    if (!(head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)) throw new AppError(415, 'waste_import_file');
    fs.renameSync(part, final);
    return final;
  } catch (err) {
    fs.rmSync(part, { force: true });
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'body_too_large', { limit });
    throw err;
  }
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v).trim();
}

export type ParsedImport = { rows: SiteRecordInput[]; errors: ErrorDetail[] };

/** Reads and validates every row; the caller writes nothing unless `errors` is empty. */
export async function parseImport(file: string, today = new Date()): Promise<ParsedImport> {
  let wb: Workbook;
  try {
    // Archive limits, a worker thread and a time bound (platform/spreadsheetImport.ts): a zip bomb is refused there.
    wb = await readWorkbook(await fs.promises.readFile(file));
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(415, 'waste_import_file');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError(400, 'waste_import_empty');
  // Columns are found by their header, so a reordered sheet still imports.
  const colOf = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const h = cellText(cell.value);
    const c = IMPORT_COLUMNS.find((x) => x.header === h || x.key === h);
    if (c) colOf.set(c.key, col);
  });
  const rows: SiteRecordInput[] = [];
  const errors: ErrorDetail[] = [];
  const seenRefs = new Map<string, number>();
  const maxDate = chinaDate(today);
  let dataRows = 0;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const get = (k: string) => (colOf.has(k) ? cellText(row.getCell(colOf.get(k)!).value) : '');
    if (IMPORT_COLUMNS.every((c) => get(c.key) === '')) return;
    dataRows++;
    const err = (field: string, code: string, params: Record<string, unknown> = {}) =>
      errors.push({ path: `row.${n}.${field}`, code, params: { ...params, row: n } });
    const kindRaw = get('kind');
    const kind = kindRaw ? lookup(KIND_VOCAB, kindRaw) : undefined;
    if (!kindRaw) err('kind', 'waste_cell_required');
    else if (!kind) err('kind', 'waste_cell_unknown', { value: kindRaw });
    const date = get('recordDate');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)) || date > maxDate) err('recordDate', 'waste_cell_date');
    const enumCell = <T extends string>(key: string, vocab: Record<T, { zh: string; en: string }>, required: boolean): T | undefined => {
      const raw = get(key);
      if (!raw) {
        if (required) err(key, 'waste_cell_required');
        return undefined;
      }
      const v = lookup(vocab, raw);
      if (!v) err(key, 'waste_cell_unknown', { value: raw });
      return v;
    };
    const stage = enumCell('stage', WASTE_STAGES, true);
    const category = enumCell('category', WASTE_CATEGORIES, true);
    const subClass = enumCell('subClass', CONSTRUCTION_WASTE_SUBCLASSES, false);
    const route = enumCell('route', WASTE_ROUTES, false);
    if (subClass && category && category !== 'constructionWaste') err('subClass', 'waste_subclass_only_construction');
    if (kind) {
      const r = routeForKind(kind, route);
      if ('problem' in r) err('route', r.problem);
    }
    const tonnesRaw = get('tonnes');
    const tonnes = Number(tonnesRaw);
    if (!tonnesRaw || !Number.isFinite(tonnes) || tonnes <= 0 || tonnes > MAX_RECORD_TONNES) err('tonnes', 'waste_cell_number');
    const reference = get('reference') || null;
    if (reference) {
      if (seenRefs.has(reference)) err('reference', 'waste_cell_duplicate');
      seenRefs.set(reference, n);
    }
    if (kind && stage && category) {
      rows.push({
        kind,
        recordDate: date,
        stage,
        category: category as WasteCategory,
        subClass: subClass ?? null,
        route: route ?? null,
        tonnes,
        reference,
        notes: get('notes') || null,
      });
    }
  });
  if (dataRows === 0) throw new AppError(400, 'waste_import_empty');
  if (dataRows > MAX_IMPORT_ROWS) throw new AppError(400, 'waste_import_too_many', { max: MAX_IMPORT_ROWS });
  return { rows, errors };
}

/** The row number of each parsed row, for mapping store-level problems (taken references) back to the sheet. */
export function referenceRows(parsed: SiteRecordInput[]): Map<string, number> {
  return new Map(parsed.flatMap((r, i) => (r.reference ? [[r.reference, i] as const] : [])));
}

// Times are real date cells in Beijing time; tonnes and intensities numbers with the decimals the pages show.
const TONNES = decimalFormat(2);
const t2 = (x: number | null | undefined) => roundAsDisplayed(x, 2);

export async function manifestsWorkbook(rows: ManifestView[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('电子联单');
  ws.columns = [
    { header: '联单号', key: 'number', width: 20 },
    { header: '项目编号', key: 'projectCode', width: 14 },
    { header: '项目', key: 'projectName', width: 28 },
    { header: '状态', key: 'state', width: 10 },
    { header: '类别', key: 'category', width: 12 },
    { header: '子类', key: 'subClass', width: 12 },
    { header: '阶段', key: 'stage', width: 12 },
    { header: '去向', key: 'route', width: 18 },
    { header: '消纳/资源化场所', key: 'facilityName', width: 28 },
    { header: '车牌', key: 'vehiclePlate', width: 12 },
    { header: '司机', key: 'driverName', width: 10 },
    { header: '出场吨数（t）', key: 'gateTonnes', width: 12, style: { numFmt: TONNES } },
    { header: '出场计量', key: 'gateWeighing', width: 10 },
    { header: '出场时间（北京时间）', key: 'dispatchedAt', width: 18, style: { numFmt: DATE_TIME_FORMAT } },
    { header: '过磅吨数（t）', key: 'weighbridgeTonnes', width: 12, style: { numFmt: TONNES } },
    { header: '接收/关闭时间（北京时间）', key: 'closedAt', width: 18, style: { numFmt: DATE_TIME_FORMAT } },
    { header: '计入排放（t）', key: 'counted', width: 14, style: { numFmt: TONNES } },
    { header: '预警', key: 'alerts', width: 30 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const m of rows) {
    ws.addRow({
      ...m,
      state: STATE_LABELS[m.state] ?? m.state,
      category: WASTE_CATEGORIES[m.category as WasteCategory]?.zh ?? m.category,
      subClass: m.subClass ? CONSTRUCTION_WASTE_SUBCLASSES[m.subClass].zh : '',
      stage: WASTE_STAGES[m.stage].zh,
      route: WASTE_ROUTES[m.route].zh,
      gateWeighing: m.gateWeighing === 'weighed' ? '过磅' : '估算',
      gateTonnes: t2(m.gateTonnes),
      weighbridgeTonnes: t2(m.weighbridgeTonnes),
      dispatchedAt: chinaTimeValue(m.dispatchedAt),
      closedAt: chinaTimeValue(m.closedAt),
      counted: m.state === 'received' ? t2(m.weighbridgeTonnes) : 0,
      alerts: m.alerts.map((a) => ALERT_LABELS[a.kind] ?? a.kind).join('、'),
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function indicatorsWorkbook(
  project: ProjectWasteIndicators | null,
  league: LeagueRow[],
  regionName: (code: string) => string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (project) {
    const ws = wb.addWorksheet('项目指标');
    ws.columns = [
      { header: '指标', key: 'k', width: 36 },
      { header: '数值', key: 'v', width: 24 },
      { header: '说明', key: 'n', width: 50 },
    ];
    ws.getRow(1).font = { bold: true };
    const i = project.intensity;
    ws.addRow({ k: '项目', v: `${project.project.code} ${project.project.name}` });
    const asOf = ws.addRow({ k: '统计截至（北京时间）', v: chinaTimeValue(i.asOf) });
    asOf.getCell(2).numFmt = DATE_TIME_FORMAT;
    asOf.getCell(2).alignment = { horizontal: 'left' };
    const figures = ws.addRows([
      { k: '总建筑面积（m²）', v: i.floorAreaM2 },
      { k: '排放量（t，不含渣土、泥浆）', v: i.tonnes, n: '仅计已接收联单的过磅吨数与历史外运记录' },
      { k: '排放强度（t/万m²）', v: i.intensity },
      { k: '目标（t/万m²）', v: i.target.applied, n: i.target.basis === 'prefabricated' ? '装配式建筑' : '非装配式建筑' },
      { k: '是否达标', v: i.meetsTarget === null ? '' : i.meetsTarget ? '达标' : '超标' },
      ...Object.entries(i.byStage).map(([s, v]) => ({
        k: `  ${WASTE_STAGES[s as keyof typeof WASTE_STAGES].zh}阶段强度（t/万m²）`,
        v: v.intensity,
        n: `${v.tonnes} t`,
      })),
      { k: '渣土、泥浆（t，不计入）', v: i.excludedTonnes },
      { k: '资源化/再利用率（%）', v: project.recycling.ratePercent },
      {
        k: '完工预测强度（t/万m²）',
        v: project.forecast?.forecastIntensity ?? null,
        n: project.forecast
          ? `按进度 ${project.forecast.progressPercent}% 线性外推${project.forecast.exceedsTarget ? '，预计超标' : ''}`
          : '未填写进度',
      },
      {
        k: '联单闭环率（%）',
        v: project.confirmation.ratePercent,
        n: `已接收 ${project.confirmation.received} / 应闭环 ${project.confirmation.dispatched - project.confirmation.pending}`,
      },
    ]);
    for (const r of figures) {
      const v = r.getCell(2);
      if (typeof v.value === 'number') {
        v.value = t2(v.value);
        v.numFmt = decimalFormat(2);
      }
    }
  }
  const ws = wb.addWorksheet('区域排名');
  ws.columns = [
    { header: '排名', key: 'rank', width: 6 },
    { header: '项目编号', key: 'code', width: 14 },
    { header: '项目', key: 'name', width: 30 },
    { header: '地区', key: 'region', width: 10 },
    { header: '装配式', key: 'prefab', width: 8 },
    { header: '面积（m²）', key: 'floorAreaM2', width: 12 },
    { header: '排放量（t）', key: 'tonnes', width: 12, style: { numFmt: TONNES } },
    { header: '强度（t/万m²）', key: 'intensity', width: 14, style: { numFmt: TONNES } },
    { header: '目标（t/万m²）', key: 'target', width: 14 },
    { header: '达标', key: 'meets', width: 8 },
    { header: '资源化率（%）', key: 'recyclingPercent', width: 14 },
    { header: '完工预测（t/万m²）', key: 'forecastIntensity', width: 16, style: { numFmt: TONNES } },
    { header: '联单闭环率（%）', key: 'confirmationPercent', width: 16 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of league)
    ws.addRow({
      ...r,
      tonnes: t2(r.tonnes),
      intensity: t2(r.intensity),
      forecastIntensity: t2(r.forecastIntensity),
      region: regionName(r.regionCode),
      prefab: r.isPrefabricated ? '是' : '否',
      meets: r.meetsTarget === null ? '' : r.meetsTarget ? '达标' : '超标',
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
