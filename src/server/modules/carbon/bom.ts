// Bill-of-materials import from Excel for projects without a model. The header row is found by its names
// (Chinese or English), so a contractor's own sheet works as long as it has material, quantity and unit columns.
import ExcelJS from 'exceljs';
import type { ErrorDetail } from '../../platform/errors.js';
import { readWorkbook } from '../../platform/spreadsheetImport.js';
import { bomUnits } from './tables.js';

export type BomLine = {
  lineNo: number;
  name: string;
  ifcClass: string | null;
  quantity: number;
  unit: (typeof bomUnits)[number];
  factorId: string | null;
  distanceKm: number | null;
  transportModeId: string | null;
};

const COLUMNS: Record<keyof Omit<BomLine, 'lineNo'>, RegExp> = {
  name: /^(材料名称|材料|名称|material|name)$/i,
  ifcClass: /^(ifc ?类别|构件类别|ifc ?class)$/i,
  quantity: /^(数量|工程量|quantity|qty)$/i,
  unit: /^(单位|unit)$/i,
  factorId: /^(因子编号|因子|factor ?id|factor)$/i,
  distanceKm: /^(运距|运输距离|运距\s*\(?km\)?|distance|distance ?\(?km\)?)$/i,
  transportModeId: /^(运输方式|transport|transport ?mode)$/i,
};

const UNIT_ALIASES: Record<string, BomLine['unit']> = {
  m3: 'm3',
  'm³': 'm3',
  立方米: 'm3',
  方: 'm3',
  t: 't',
  吨: 't',
  m2: 'm2',
  'm²': 'm2',
  平方米: 'm2',
  kg: 'kg',
  千克: 'kg',
  公斤: 'kg',
};

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
  }
  return String(v).trim();
};
const cellNumber = (v: ExcelJS.CellValue): number | null => {
  const t = cellText(v).replace(/,/g, '');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : Number.NaN;
};

export async function parseBom(buffer: Buffer): Promise<{ lines: BomLine[]; errors: ErrorDetail[] }> {
  // Archive limits, a worker thread and a time bound (platform/spreadsheetImport.ts): a zip bomb is refused there.
  const wb = await readWorkbook(buffer);
  const sheet = wb.worksheets[0];
  const errors: ErrorDetail[] = [];
  if (!sheet) return { lines: [], errors: [{ path: 'file', code: 'bom_no_header' }] };
  let headerRow = 0;
  const col: Partial<Record<keyof typeof COLUMNS, number>> = {};
  for (let r = 1; r <= Math.min(10, sheet.rowCount) && !headerRow; r++) {
    const row = sheet.getRow(r);
    const found: typeof col = {};
    row.eachCell((cell, c) => {
      const text = cellText(cell.value).replace(/\s+/g, ' ');
      for (const [key, re] of Object.entries(COLUMNS))
        if (re.test(text) && found[key as keyof typeof COLUMNS] === undefined) found[key as keyof typeof COLUMNS] = c;
    });
    if (found.name && found.quantity && found.unit) {
      headerRow = r;
      Object.assign(col, found);
    }
  }
  if (!headerRow) return { lines: [], errors: [{ path: 'file', code: 'bom_no_header' }] };
  const lines: BomLine[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const get = (k: keyof typeof COLUMNS) => (col[k] ? row.getCell(col[k]!).value : null);
    const name = cellText(get('name'));
    const qtyRaw = cellNumber(get('quantity'));
    const unitText = cellText(get('unit'));
    if (!name && qtyRaw === null && !unitText) continue; // blank line
    const path = `rows.${r}`;
    const before = errors.length;
    if (!name) errors.push({ path: `${path}.name`, code: 'bom_name_required' });
    if (qtyRaw === null || Number.isNaN(qtyRaw) || qtyRaw < 0) errors.push({ path: `${path}.quantity`, code: 'bom_quantity_invalid' });
    const unit = UNIT_ALIASES[unitText.toLowerCase()] ?? UNIT_ALIASES[unitText];
    if (!unit) errors.push({ path: `${path}.unit`, code: 'bom_unit_invalid' });
    const distance = cellNumber(get('distanceKm'));
    if (distance !== null && (Number.isNaN(distance) || distance < 0))
      errors.push({ path: `${path}.distanceKm`, code: 'bom_distance_invalid' });
    if (errors.length > before) continue;
    lines.push({
      lineNo: lines.length + 1,
      name: name.slice(0, 200),
      ifcClass: cellText(get('ifcClass')) || null,
      quantity: qtyRaw!,
      unit: unit!,
      factorId: cellText(get('factorId')) || null,
      distanceKm: distance,
      transportModeId: cellText(get('transportModeId')) || null,
    });
  }
  if (!lines.length && !errors.length) errors.push({ path: 'file', code: 'bom_empty' });
  return { lines, errors };
}

/** A blank template with the expected columns and the worked example as sample rows. */
export async function bomTemplate(zh: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(zh ? '材料清单' : 'Bill of materials');
  ws.columns = [
    { header: zh ? '材料名称' : 'Material', key: 'name', width: 24 },
    { header: zh ? 'IFC类别' : 'IFC class', key: 'ifcClass', width: 20 },
    { header: zh ? '数量' : 'Quantity', key: 'quantity', width: 12 },
    { header: zh ? '单位' : 'Unit', key: 'unit', width: 8 },
    { header: zh ? '因子编号' : 'Factor id', key: 'factorId', width: 20 },
    { header: zh ? '运距' : 'Distance', key: 'distanceKm', width: 10 },
    { header: zh ? '运输方式' : 'Transport mode', key: 'transportModeId', width: 18 },
  ];
  ws.addRow({ name: 'C30 混凝土', quantity: 100, unit: 'm3' });
  ws.addRow({ name: 'HRB400 钢筋', ifcClass: 'IfcReinforcingBar', quantity: 10, unit: 't' });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
