import ExcelJS from 'exceljs';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { AuditActor } from '../../platform/audit.js';
import { AppError, type ErrorDetail } from '../../platform/errors.js';
import { readWorkbook, type Workbook } from '../../platform/spreadsheetImport.js';
import { listRegions, organisationIdsByName } from '../accounts/index.js';
import { createProject } from './store.js';
import { projectInput, type ProjectInput, type ProjectRow } from './schemas.js';
import { projects, type ProjectStatus } from './tables.js';
import { categoryLabels, fromLabel, modelLabels, statusLabels, structureLabels, useLabels } from './vocabulary.js';

type Column = { key: string; header: string; width: number; value(p: ProjectRow, regionName: string): unknown };

const yesNo = (b: boolean) => (b ? '是' : '否');

// Export and import share one layout, so an exported register can be edited and imported again.
export const registerColumns: Column[] = [
  { key: 'code', header: '项目编号', width: 14, value: (p) => p.code },
  { key: 'name', header: '项目名称', width: 36, value: (p) => p.name },
  { key: 'region', header: '地区', width: 10, value: (_p, r) => r },
  { key: 'category', header: '工程类别', width: 14, value: (p) => categoryLabels[p.category] },
  {
    key: 'structureType',
    header: '结构类型',
    width: 10,
    value: (p) => (p.structureType ? structureLabels[p.structureType as keyof typeof structureLabels] : ''),
  },
  { key: 'useType', header: '使用性质', width: 10, value: (p) => (p.useType ? useLabels[p.useType as keyof typeof useLabels] : '') },
  { key: 'isRenewal', header: '城市更新', width: 9, value: (p) => yesNo(p.isRenewal) },
  { key: 'isPrefabricated', header: '装配式', width: 8, value: (p) => yesNo(p.isPrefabricated) },
  { key: 'address', header: '地址', width: 36, value: (p) => p.address ?? '' },
  { key: 'longitude', header: '经度', width: 11, value: (p) => p.longitude },
  { key: 'latitude', header: '纬度', width: 11, value: (p) => p.latitude },
  { key: 'floorAreaM2', header: '建筑面积(m²)', width: 13, value: (p) => p.floorAreaM2 },
  { key: 'lengthM', header: '长度(m)', width: 10, value: (p) => p.lengthM },
  { key: 'investmentWanYuan', header: '总投资(万元)', width: 13, value: (p) => p.investmentWanYuan },
  {
    key: 'organisationModel',
    header: '组织模式',
    width: 16,
    value: (p) => (p.organisationModel ? modelLabels[p.organisationModel as keyof typeof modelLabels] : ''),
  },
  { key: 'plannedStart', header: '计划开工', width: 12, value: (p) => p.plannedStart ?? '' },
  { key: 'plannedFinish', header: '计划竣工', width: 12, value: (p) => p.plannedFinish ?? '' },
  { key: 'actualStart', header: '实际开工', width: 12, value: (p) => p.actualStart ?? '' },
  { key: 'actualFinish', header: '实际竣工', width: 12, value: (p) => p.actualFinish ?? '' },
  { key: 'status', header: '状态', width: 9, value: (p) => statusLabels[p.status] },
  { key: 'owner', header: '建设单位', width: 34, value: (p) => p.ownerOrganisationName ?? '' },
];

export async function registerWorkbook(rows: ProjectRow[], regionName: (code: string) => string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'GreenBuild';
  const ws = wb.addWorksheet('试点项目登记表');
  ws.columns = registerColumns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const p of rows) ws.addRow(Object.fromEntries(registerColumns.map((c) => [c.key, c.value(p, regionName(p.regionCode))])));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v).trim();
}

type ImportScope = { regionCodes: string[] | null };
export type ImportResult = { imported: number; codes: string[] };

/**
 * Reads a register spreadsheet, before any transaction is opened (the parse runs in a worker and may wait for a slot).
 * Over a spreadsheet limit it answers that limit (413/400/503); anything else unreadable is import_file_unreadable.
 */
export async function readRegister(file: Buffer): Promise<Workbook> {
  try {
    return await readWorkbook(file);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(400, 'import_file_unreadable');
  }
}

/**
 * Imports a register spreadsheet all-or-nothing: every row is checked first and any problem rejects the whole file
 * with one detail per row and field (`rows.<excel row>.<field>`), so a half-imported register never exists.
 */
export async function importRegister(tx: DbOrTx, actor: AuditActor, wb: Workbook, scope: ImportScope): Promise<ImportResult> {
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError(400, 'import_file_unreadable');
  const headerRow = ws.getRow(1);
  const keyAt = new Map<number, string>();
  headerRow.eachCell((cell, col) => {
    const text = cellText(cell.value);
    const column = registerColumns.find((c) => c.header === text || c.key === text);
    if (column) keyAt.set(col, column.key);
  });

  const regionRows = await listRegions(tx);
  const errors: ErrorDetail[] = [];
  const parsed: Array<{ row: number; input: ProjectInput; status: ProjectStatus }> = [];
  const ownerNames = new Set<string>();
  const raw: Array<{ row: number; values: Record<string, string> }> = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values: Record<string, string> = {};
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const key = keyAt.get(col);
      if (key) values[key] = cellText(cell.value);
    });
    if (Object.values(values).every((v) => v === '')) return;
    raw.push({ row: n, values });
    if (values.owner) ownerNames.add(values.owner);
  });
  if (!raw.length) throw new AppError(400, 'projects_import_empty');

  const orgRows = await organisationIdsByName(tx, [...ownerNames]);
  const orgByName = new Map(orgRows.map((o) => [o.name, o.id]));
  const codesInFile = new Map<string, number>();
  const codes = raw.map((r) => r.values.code).filter(Boolean) as string[];
  const existing = codes.length
    ? new Set((await tx.select({ code: projects.code }).from(projects).where(inArray(projects.code, codes))).map((r) => r.code))
    : new Set<string>();

  for (const { row, values } of raw) {
    const fail = (field: string, code: string, params: Record<string, unknown> = {}) =>
      errors.push({ path: `rows.${row}.${field}`, code, params });
    const before = errors.length;
    const text = (k: string) => values[k] ?? '';
    const required = (k: string) => {
      if (!text(k)) fail(k, 'import_required');
      return text(k);
    };
    const vocab = <K extends string>(k: string, labels: Record<K, string>, must = false): K | null => {
      const v = must ? required(k) : text(k);
      if (!v) return null;
      const found = fromLabel(labels, v);
      if (!found) fail(k, 'import_bad_value', { value: v });
      return found ?? null;
    };
    const num = (k: string): number | null => {
      const v = text(k).replace(/,/g, '');
      if (!v) return null;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) {
        fail(k, 'import_bad_number', { value: text(k) });
        return null;
      }
      return n;
    };
    const date = (k: string): string | null => {
      const v = text(k);
      if (!v) return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
        fail(k, 'import_bad_date', { value: v });
        return null;
      }
      return v;
    };
    const bool = (k: string) => ['是', 'Y', 'y', 'yes', 'true', '1'].includes(text(k));

    const code = text('code') || undefined;
    if (code) {
      if (existing.has(code)) fail('code', 'project_code_taken');
      else if (codesInFile.has(code)) fail('code', 'import_duplicate_code', { value: code });
      codesInFile.set(code, row);
    }
    const name = required('name');
    const regionText = required('region');
    const region = regionRows.find((r) => r.code === regionText || r.nameZh === regionText || r.nameEn === regionText);
    if (regionText && !region) fail('region', 'import_bad_value', { value: regionText });
    if (region && scope.regionCodes && !scope.regionCodes.includes(region.code)) fail('region', 'region_out_of_scope');
    const category = vocab('category', categoryLabels, true);
    const ownerName = required('owner');
    const ownerId = ownerName ? orgByName.get(ownerName) : undefined;
    if (ownerName && !ownerId) fail('owner', 'organisation_unknown');
    const longitude = num('longitude');
    const latitude = num('latitude');
    if (longitude !== null && longitude > 180) fail('longitude', 'import_bad_coordinate', { value: longitude });
    if (latitude !== null && latitude > 90) fail('latitude', 'import_bad_coordinate', { value: latitude });
    const status = (vocab('status', statusLabels) ?? 'applied') as ProjectStatus;
    const input = {
      code,
      name,
      regionCode: region?.code ?? '',
      ownerOrganisationId: ownerId ?? '00000000-0000-4000-8000-000000000000',
      category: category ?? 'building',
      structureType: vocab('structureType', structureLabels),
      useType: vocab('useType', useLabels),
      isRenewal: bool('isRenewal'),
      isPrefabricated: bool('isPrefabricated'),
      address: text('address') || null,
      longitude,
      latitude,
      floorAreaM2: num('floorAreaM2'),
      lengthM: num('lengthM'),
      investmentWanYuan: num('investmentWanYuan'),
      organisationModel: vocab('organisationModel', modelLabels),
      plannedStart: date('plannedStart'),
      plannedFinish: date('plannedFinish'),
      actualStart: date('actualStart'),
      actualFinish: date('actualFinish'),
    };
    if (errors.length > before) continue;
    // The same rules as the form: sizes, date order, name length.
    const checked = projectInput.safeParse(input);
    if (!checked.success) {
      for (const issue of checked.error.issues)
        fail(
          String(issue.path[0] ?? 'row'),
          issue.message.startsWith('size_') || issue.message === 'dates_order' ? issue.message : 'import_bad_value',
          { value: String((input as Record<string, unknown>)[String(issue.path[0])] ?? '') },
        );
      continue;
    }
    parsed.push({ row, input: checked.data, status });
  }

  if (errors.length) {
    const rows = new Set(errors.map((e) => e.path.split('.')[1])).size;
    throw new AppError(400, 'import_rejected', { rows }, errors);
  }
  const created: string[] = [];
  for (const p of parsed) {
    const row = await createProject(tx, actor, p.input, { status: p.status, action: 'project.import' });
    created.push(row.code);
  }
  return { imported: created.length, codes: created };
}

export const regionNames = async (db: DbOrTx) => {
  const rows = await listRegions(db);
  const m = new Map(rows.map((r) => [r.code, r.nameZh]));
  return (code: string) => m.get(code) ?? code;
};
