// Vehicles to and from Excel. Exports go through platform/spreadsheet.ts conventions (dates as Excel dates);
// imports through platform/spreadsheetImport.ts, the one door that checks the archive before anything is inflated.
import ExcelJS from 'exceljs';
import { calendarDayValue, DATE_FORMAT } from '../../platform/spreadsheet.js';
import { readWorkbook } from '../../platform/spreadsheetImport.js';
import type { ErrorDetail } from '../../platform/errors.js';
import { zodDetails } from '../../platform/errors.js';
import type { Language } from '../../platform/language.js';
import type { VehicleRow } from './tables.js';
import { vehicleInput } from './schemas.js';
import type { VehicleInput } from './vehicles.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const PLATE_COLOURS: Record<number, string> = { 1: '蓝', 2: '黄', 3: '黑', 4: '白', 5: '绿', 9: '其他' };
const COLOUR_BY_NAME = Object.fromEntries(Object.entries(PLATE_COLOURS).map(([k, v]) => [v, Number(k)]));

const COLUMNS = [
  { header: '车牌号', key: 'plate', width: 12 },
  { header: '车牌颜色', key: 'plateColour', width: 10 },
  { header: '车辆类型', key: 'vehicleType', width: 14 },
  { header: '核定载质量（吨）', key: 'capacityTonnes', width: 16 },
  { header: '终端手机号（SIM）', key: 'terminalPhone', width: 18 },
  { header: '终端 ID', key: 'terminalId', width: 14 },
  { header: '核准证编号', key: 'permitNumber', width: 20 },
  { header: '核准证有效期起', key: 'permitValidFrom', width: 16 },
  { header: '核准证有效期止', key: 'permitValidTo', width: 16 },
] as const;

export async function vehiclesWorkbook(rows: (VehicleRow & { carrierName?: string | null })[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('车辆');
  ws.columns = [{ header: '运输企业', key: 'carrierName', width: 24 }, ...COLUMNS];
  for (const r of rows) {
    ws.addRow({
      carrierName: r.carrierName ?? '',
      plate: r.plate,
      plateColour: PLATE_COLOURS[r.plateColour] ?? String(r.plateColour),
      vehicleType: r.vehicleType,
      capacityTonnes: r.capacityTonnes,
      terminalPhone: r.terminalPhone,
      terminalId: r.terminalId ?? '',
      permitNumber: r.permitNumber,
      permitValidFrom: calendarDayValue(r.permitValidFrom),
      permitValidTo: calendarDayValue(r.permitValidTo),
    });
  }
  ws.getColumn('permitValidFrom').numFmt = DATE_FORMAT;
  ws.getColumn('permitValidTo').numFmt = DATE_FORMAT;
  ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function vehiclesTemplate(): Promise<Buffer> {
  return vehiclesWorkbook([]).then(async (b) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b as unknown as ArrayBuffer);
    wb.worksheets[0].spliceColumns(1, 1);
    return Buffer.from(await wb.xlsx.writeBuffer());
  });
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return cellText((v as { result: unknown }).result);
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('richText' in v) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
  }
  return String(v).trim();
}

/** Reads an import workbook: the rows as vehicle inputs, or every row's problems with paths row.<n>.<field>. */
export async function parseVehicleImport(bytes: Buffer, lang: Language): Promise<{ rows: VehicleInput[]; errors: ErrorDetail[] }> {
  const wb = await readWorkbook(bytes);
  const ws = wb.worksheets[0];
  const rows: VehicleInput[] = [];
  const errors: ErrorDetail[] = [];
  if (!ws) return { rows, errors: [{ path: 'file', code: 'haulage_import_empty' }] };
  const header = ws.getRow(1);
  const colOf = new Map<string, number>();
  header.eachCell((c, col) => colOf.set(cellText(c.value), col));
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const get = (h: string) => cellText(row.getCell(colOf.get(h) ?? -1).value);
    if (COLUMNS.every((c) => get(c.header) === '')) return;
    const colourText = get('车牌颜色');
    const raw = {
      plate: get('车牌号'),
      plateColour: COLOUR_BY_NAME[colourText] ?? Number(colourText),
      vehicleType: get('车辆类型'),
      capacityTonnes: Number(get('核定载质量（吨）')),
      terminalPhone: get('终端手机号（SIM）'),
      terminalId: get('终端 ID') || null,
      permitNumber: get('核准证编号'),
      permitValidFrom: get('核准证有效期起'),
      permitValidTo: get('核准证有效期止'),
    };
    const parsed = vehicleInput.safeParse(raw);
    if (!parsed.success) errors.push(...zodDetails(parsed.error.issues, lang, `row.${n}`));
    else if (parsed.data.permitValidTo < parsed.data.permitValidFrom)
      errors.push({ path: `row.${n}.permitValidTo`, code: 'haulage_permit_dates' });
    else rows.push(parsed.data);
  });
  if (rows.length === 0 && errors.length === 0) errors.push({ path: 'file', code: 'haulage_import_empty' });
  return { rows, errors };
}
