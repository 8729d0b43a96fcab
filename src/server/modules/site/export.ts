// Streamed export of a project's readings (CSV or Excel) for a time range: rows are read page by page and written
// as they come, so an export of millions of rows needs no more memory than one page.
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { selectRows, sql, type DbOrTx } from '../../db/database.js';
import type { Resolution } from './readings.js';

const PAGE = 5000;

export type ExportRow = { device: string; metric: string; time: string; value: number; flag: string; kind: string; quality: string };
export const EXPORT_COLUMNS: Record<'zh-CN' | 'en', string[]> = {
  'zh-CN': ['设备', '指标', '时间（北京时间）', '数值', '数据标记', '类型', '质量标记'],
  en: ['Device', 'Metric', 'Time (China Standard Time)', 'Value', 'Data flag', 'Kind', 'Quality flags'],
};

/** China Standard Time text, as site staff read timestamps. */
export function chinaTime(iso: string | Date): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return d.toISOString().replace('T', ' ').slice(0, 19);
}

/** Yields pages of readings for the devices, in device then time order (keyset paging, no OFFSET). */
export async function* readingPages(db: DbOrTx, devices: Array<{ id: string; name: string }>, from: Date, to: Date, resolution: Resolution, metric?: string) {
  const metricCond = metric ? sql`and metric = ${metric}` : sql``;
  for (const device of devices) {
    let after = { time: new Date(0).toISOString(), metric: '', kind: '' };
    for (;;) {
      const rows =
        resolution === 'raw'
          ? await selectRows<{ metric: string; time: Date | string; value: number; flag: string; kind: string; quality: string | null }>(
              db,
              sql`select metric, time, value, flag, kind, quality from site_readings
                  where device_id = ${device.id} ${metricCond} and time >= ${from.toISOString()} and time < ${to.toISOString()}
                    and (time, metric, kind) > (${after.time}::timestamptz, ${after.metric}, ${after.kind})
                  order by time, metric, kind limit ${PAGE}`,
            )
          : await selectRows<{ metric: string; time: Date | string; value: number; flag: string; kind: string; quality: string | null }>(
              db,
              sql`select metric, bucket as time, sum / n as value, case when n >= 0.75 * total then 'N' else 'D' end as flag,
                         resolution as kind, null as quality
                  from site_rollups_live
                  where device_id = ${device.id} and resolution = ${resolution} ${metricCond} and n > 0
                    and bucket >= ${from.toISOString()} and bucket < ${to.toISOString()}
                    and (bucket, metric, resolution) > (${after.time}::timestamptz, ${after.metric}, ${after.kind})
                  order by bucket, metric, resolution limit ${PAGE}`,
            );
      if (!rows.length) break;
      yield rows.map((r) => ({ device: device.name, metric: r.metric, time: chinaTime(r.time), value: Number(r.value), flag: r.flag, kind: r.kind, quality: r.quality ?? '' }));
      const last = rows[rows.length - 1]!;
      after = { time: new Date(last.time).toISOString(), metric: last.metric, kind: last.kind };
      if (rows.length < PAGE) break;
    }
  }
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', r));
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV with a BOM so Excel opens the Chinese headers correctly. */
export async function writeCsv(out: Writable, pages: AsyncIterable<ExportRow[]>, lang: 'zh-CN' | 'en'): Promise<number> {
  let n = 0;
  await write(out, '\uFEFF' + EXPORT_COLUMNS[lang].map(csvCell).join(',') + '\r\n');
  for await (const page of pages) {
    await write(out, page.map((r) => [r.device, r.metric, r.time, r.value, r.flag, r.kind, r.quality].map(csvCell).join(',')).join('\r\n') + '\r\n');
    n += page.length;
  }
  return n;
}

/** Excel via exceljs' streaming writer: rows are committed as written, not kept in memory. */
export async function writeXlsx(out: Writable, pages: AsyncIterable<ExportRow[]>, lang: 'zh-CN' | 'en'): Promise<number> {
  const pass = new PassThrough();
  pass.pipe(out);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: pass, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet(lang === 'en' ? 'Readings' : '监测数据');
  ws.columns = EXPORT_COLUMNS[lang].map((header, i) => ({ header, width: [24, 14, 22, 12, 10, 10, 20][i] }));
  let n = 0;
  for await (const page of pages) {
    for (const r of page) ws.addRow([r.device, r.metric, r.time, r.value, r.flag, r.kind, r.quality]).commit();
    n += page.length;
    // Let the zip stream flush before reading the next page.
    if (pass.writableNeedDrain) await new Promise<void>((r) => pass.once('drain', r));
  }
  ws.commit();
  await wb.commit();
  await new Promise<void>((r) => (pass.writableFinished ? r() : pass.once('finish', () => r())));
  return n;
}
