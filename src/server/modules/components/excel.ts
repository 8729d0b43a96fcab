// The 构件库 spreadsheet: one sheet, a header row, one spec per row. Import is all-or-nothing, so parsing
// collects every bad cell before anything is written.
import ExcelJS from 'exceljs';
import type { ErrorDetail } from '../../platform/errors.js';
import { readWorkbook } from '../../platform/spreadsheetImport.js';
import { componentTypeInfo, parseComponentType, parseProfile, type ComponentType } from './types.js';
import type { SpecStatus } from './tables.js';
import { specStatusNames } from '../../../domain/prefab/componentVocabulary.js';

export const MAX_IMPORT_ROWS = 5000;

/** Columns in sheet order; a header is recognised by its Chinese or English title. */
export const libraryColumns = [
  { key: 'code', zh: '编码', en: 'Code', width: 18 },
  { key: 'type', zh: '构件类型', en: 'Type', width: 14 },
  { key: 'name', zh: '名称', en: 'Name', width: 28 },
  { key: 'dim1', zh: '尺寸1 长(mm)', en: 'Dim 1 (mm)', width: 13 },
  { key: 'dim2', zh: '尺寸2 宽(mm)', en: 'Dim 2 (mm)', width: 13 },
  { key: 'dim3', zh: '尺寸3 高/厚(mm)', en: 'Dim 3 (mm)', width: 15 },
  { key: 'profile', zh: '型材规格', en: 'Profile', width: 14 },
  { key: 'joint', zh: '接缝(mm)', en: 'Joint (mm)', width: 10 },
  { key: 'material', zh: '材料', en: 'Material', width: 12 },
  { key: 'grade', zh: '强度等级', en: 'Grade', width: 10 },
  { key: 'manufacturers', zh: '生产厂家', en: 'Manufacturers', width: 30 },
  { key: 'version', zh: '版本', en: 'Version', width: 8 },
  { key: 'status', zh: '状态', en: 'Status', width: 8 },
] as const;
type ColumnKey = (typeof libraryColumns)[number]['key'];

export const statusLabels = specStatusNames;

export type SpecRow = {
  row: number;
  code: string;
  type: ComponentType;
  name: string;
  profile: string | null;
  dimsMm: number[];
  jointMm: number | null;
  material: string | null;
  grade: string | null;
  manufacturers: string[];
  version: string;
  status: SpecStatus;
};

/** The text of a cell whatever exceljs made of it (number, rich text, formula result, hyperlink). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return String(value.error);
  }
  return String(value).trim();
}

const colLetter = (i: number) => {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

type CellError = { row: number; column: string; cell: string; value: string; code: string };

/** Turns a cell error into the API's field detail: the path is the cell address (e.g. 'D5'). */
export function toDetail(e: CellError): ErrorDetail {
  return {
    path: e.cell,
    code: e.code,
    params: { cell: e.cell, column: e.column, value: e.value, row: e.row, ...(e as { params?: object }).params },
  };
}

export type ParseResult = { rows: SpecRow[]; errors: Array<CellError & { params?: Record<string, unknown> }>; rowsTotal: number };

/** Reads the library sheet; returns every row that parsed and every cell that did not. */
export async function parseLibraryWorkbook(buffer: Buffer): Promise<ParseResult> {
  const wb = await readWorkbook(buffer);
  const ws = wb.worksheets[0];
  const errors: ParseResult['errors'] = [];
  if (!ws) return { rows: [], errors: [{ row: 1, column: '', cell: 'A1', value: '', code: 'components_import_empty' }], rowsTotal: 0 };

  const header = ws.getRow(1);
  const colIndex = new Map<ColumnKey, number>();
  header.eachCell({ includeEmpty: false }, (cell, col) => {
    const text = cellText(cell.value).replace(/\s+/g, '').toLowerCase();
    const c = libraryColumns.find(
      (lc) => lc.zh.replace(/\s+/g, '').toLowerCase() === text || lc.en.replace(/\s+/g, '').toLowerCase() === text,
    );
    if (c && !colIndex.has(c.key)) colIndex.set(c.key, col);
  });
  for (const required of ['code', 'type', 'name', 'dim1', 'dim2', 'dim3'] as const) {
    if (!colIndex.has(required)) {
      const c = libraryColumns.find((x) => x.key === required)!;
      errors.push({ row: 1, column: c.zh, cell: '1', value: '', code: 'column_missing', params: { column: c.zh } });
    }
  }
  if (errors.length) return { rows: [], errors, rowsTotal: 0 };

  const rows: SpecRow[] = [];
  const firstRowOfCode = new Map<string, number>();
  let rowsTotal = 0;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (key: ColumnKey) => {
      const col = colIndex.get(key);
      return col ? cellText(row.getCell(col).value) : '';
    };
    const raw = Object.fromEntries(libraryColumns.map((c) => [c.key, get(c.key)])) as Record<ColumnKey, string>;
    if (Object.values(raw).every((v) => v === '')) continue; // blank line
    rowsTotal++;
    if (rowsTotal > MAX_IMPORT_ROWS) {
      errors.push({ row: r, column: '', cell: `A${r}`, value: '', code: 'import_too_many_rows', params: { max: MAX_IMPORT_ROWS } });
      break;
    }
    const rowErrors: ParseResult['errors'] = [];
    const fail = (key: ColumnKey, code: string, params: Record<string, unknown> = {}) => {
      const c = libraryColumns.find((x) => x.key === key)!;
      const col = colIndex.get(key) ?? 1;
      rowErrors.push({ row: r, column: c.zh, cell: `${colLetter(col - 1)}${r}`, value: raw[key], code, params });
    };
    const text = (key: ColumnKey, max: number, required = false): string | null => {
      const v = raw[key];
      if (!v) {
        if (required) fail(key, 'cell_required');
        return null;
      }
      if (v.length > max) {
        fail(key, 'cell_too_long', { max });
        return null;
      }
      return v;
    };

    const code = text('code', 64, true);
    if (code && !/^[A-Za-z0-9][A-Za-z0-9\-_./]*$/.test(code)) fail('code', 'cell_code_format');
    else if (code) {
      const first = firstRowOfCode.get(code.toUpperCase());
      if (first) fail('code', 'cell_code_duplicate', { first });
      else firstRowOfCode.set(code.toUpperCase(), r);
    }
    const typeText = text('type', 32, true);
    const type = typeText ? parseComponentType(typeText) : null;
    if (typeText && !type) fail('type', 'cell_type_unknown');
    const name = text('name', 200, true);
    const profile = text('profile', 64);
    const parsedProfile = profile ? parseProfile(profile) : null;
    if (profile && !parsedProfile) fail('profile', 'cell_profile_unparsed');

    const dimKeys = ['dim1', 'dim2', 'dim3'] as const;
    const dims: number[] = [];
    const anyDim = dimKeys.some((k) => raw[k] !== '');
    // A steel section may leave the dimensions empty: they are read from its designation.
    if (anyDim || !profile) {
      for (const k of dimKeys) {
        const v = raw[k];
        if (!v) {
          fail(k, 'cell_required');
          continue;
        }
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0 || n > 100_000) fail(k, 'cell_not_positive');
        else dims.push(n);
      }
    } else if (parsedProfile) {
      dims.push(...parsedProfile.dimsMm);
    }
    let jointMm: number | null = null;
    if (raw.joint) {
      const n = Number(raw.joint);
      if (!Number.isFinite(n) || n < 0) fail('joint', 'cell_not_number');
      else if (dims.length && dims.some((x) => n >= x)) fail('joint', 'cell_joint_too_large');
      else jointMm = n;
    }
    const material = text('material', 64);
    const grade = text('grade', 32);
    const makers = text('manufacturers', 500);
    const version = text('version', 16) ?? '1.0';
    let status: SpecStatus = 'active';
    if (raw.status) {
      const s = raw.status.toLowerCase();
      const found = (Object.keys(statusLabels) as SpecStatus[]).find(
        (k) => k === s || statusLabels[k].zh === raw.status || statusLabels[k].en.toLowerCase() === s,
      );
      if (!found) fail('status', 'cell_status_unknown');
      else status = found;
    }
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      row: r,
      code: code!,
      type: type!,
      name: name!,
      profile,
      dimsMm: dims,
      jointMm,
      material,
      grade,
      manufacturers: makers
        ? makers
            .split(/[;；、,，\n]/)
            .map((m) => m.trim())
            .filter(Boolean)
        : [],
      version,
      status,
    });
  }
  if (rowsTotal === 0 && errors.length === 0) errors.push({ row: 2, column: '', cell: 'A2', value: '', code: 'components_import_empty' });
  return { rows, errors, rowsTotal };
}

export type ExportSpec = {
  code: string;
  type: ComponentType;
  name: string;
  profile: string | null;
  dimsMm: number[];
  jointMm: number | null;
  material: string | null;
  grade: string | null;
  manufacturers: string[];
  version: string;
  status: SpecStatus;
  libraryName: string;
  modular: { applicable: boolean; ok: boolean | null; reason: string | null };
};

/** The library as a workbook in the import layout (so an export can be edited and imported again), plus check columns. */
export async function libraryWorkbook(specs: ExportSpec[], lang: 'zh-CN' | 'en'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'GreenBuild';
  const ws = wb.addWorksheet(lang === 'en' ? 'Component library' : '标准部品构件库');
  const extra = lang === 'en' ? ['Library', 'Modular', 'Reason'] : ['所属库', '符合模数', '原因'];
  ws.columns = [
    ...libraryColumns.map((c) => ({ header: lang === 'en' ? c.en : c.zh, key: c.key, width: c.width })),
    { header: extra[0], key: 'library', width: 12 },
    { header: extra[1], key: 'modular', width: 10 },
    { header: extra[2], key: 'reason', width: 60 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const s of specs) {
    const profileOnly = s.profile !== null && s.dimsMm.length !== 3;
    ws.addRow({
      code: s.code,
      type: lang === 'en' ? componentTypeInfo[s.type].en : componentTypeInfo[s.type].zh,
      name: s.name,
      dim1: profileOnly ? null : s.dimsMm[0],
      dim2: profileOnly ? null : s.dimsMm[1],
      dim3: profileOnly ? null : s.dimsMm[2],
      profile: s.profile,
      joint: s.jointMm,
      material: s.material,
      grade: s.grade,
      manufacturers: s.manufacturers.join('；'),
      version: s.version,
      status: lang === 'en' ? statusLabels[s.status].en : statusLabels[s.status].zh,
      library: s.libraryName,
      modular: !s.modular.applicable ? '—' : s.modular.ok ? (lang === 'en' ? 'yes' : '是') : lang === 'en' ? 'no' : '否',
      reason: s.modular.reason,
    });
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
