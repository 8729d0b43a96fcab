// Streamed export of a project's readings (CSV or Excel) for a time range: rows are read page by page and written
// as they come, so an export of millions of rows needs no more memory than one page.
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { metricInfo } from '../../../domain/siteQuality/metrics.js';
import { selectRows, sql, type DbOrTx } from '../../db/database.js';
import { writeCsv as writeCsvRows } from '../../platform/csv.js';
import { chinaTimeValue, DATE_TIME_SECONDS_FORMAT } from '../../platform/spreadsheet.js';
import type { Resolution } from './readings.js';

const PAGE = 5000;

export type ExportRow = { device: string; metric: string; time: Date; value: number; flag: string; kind: string; quality: string };
export const EXPORT_COLUMNS: Record<'zh-CN' | 'en', string[]> = {
  'zh-CN': ['设备', '指标', '指标代码', '时间（北京时间）', '数值', '单位', '数据标记', '类型', '质量标记'],
  en: ['Device', 'Metric', 'Metric code', 'Time (China Standard Time)', 'Value', 'Unit', 'Data flag', 'Kind', 'Quality flags'],
};

// rtd = the device's real-time sample; minute/hour/day = its own aggregates (HJ 212 CN 2051/2061/2031) or our rollups.
const KIND_LABELS: Record<'zh-CN' | 'en', Record<string, string>> = {
  'zh-CN': { rtd: '实时', minute: '分钟均值', hour: '小时均值', day: '日均值' },
  en: { rtd: 'Real-time', minute: 'Minute mean', hour: 'Hourly mean', day: 'Daily mean' },
};

/** China Standard Time text, as site staff read timestamps. */
export function chinaTime(iso: string | Date): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return d.toISOString().replace('T', ' ').slice(0, 19);
}

/** A reading as the cells of one export row; the time is left to each format (text in CSV, a date cell in Excel). */
function cells(r: ExportRow, lang: 'zh-CN' | 'en', time: unknown): unknown[] {
  const info = metricInfo(r.metric);
  return [
    r.device,
    lang === 'en' ? info.en : info.zh,
    r.metric,
    time,
    r.value,
    info.unit,
    r.flag,
    KIND_LABELS[lang][r.kind] ?? r.kind,
    r.quality,
  ];
}

/** Yields pages of readings for the devices, in device then time order (keyset paging, no OFFSET). */
export async function* readingPages(
  db: DbOrTx,
  devices: Array<{ id: string; name: string }>,
  from: Date,
  to: Date,
  resolution: Resolution,
  metric?: string,
) {
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
      yield rows.map((r) => ({
        device: device.name,
        metric: r.metric,
        time: new Date(r.time),
        value: Number(r.value),
        flag: r.flag,
        kind: r.kind,
        quality: r.quality ?? '',
      }));
      const last = rows[rows.length - 1]!;
      after = { time: new Date(last.time).toISOString(), metric: last.metric, kind: last.kind };
      if (rows.length < PAGE) break;
    }
  }
}

/** CSV (the shared platform writer: BOM, formula neutralisation) with times as Beijing-time text. */
export async function writeCsv(out: Writable, pages: AsyncIterable<ExportRow[]>, lang: 'zh-CN' | 'en'): Promise<number> {
  async function* rows() {
    for await (const page of pages) yield page.map((r) => cells(r, lang, chinaTime(r.time)));
  }
  return writeCsvRows(out, EXPORT_COLUMNS[lang], rows());
}

/** Excel via exceljs' streaming writer: rows are committed as written, not kept in memory; times are date cells. */
export async function writeXlsx(out: Writable, pages: AsyncIterable<ExportRow[]>, lang: 'zh-CN' | 'en'): Promise<number> {
  const pass = new PassThrough();
  pass.pipe(out);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: pass, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(lang === 'en' ? 'Readings' : '监测数据');
  ws.columns = EXPORT_COLUMNS[lang].map((header, i) => ({
    header,
    width: [24, 18, 12, 22, 12, 10, 10, 10, 20][i],
    style: i === 3 ? { numFmt: DATE_TIME_SECONDS_FORMAT } : {},
  }));
  let n = 0;
  for await (const page of pages) {
    for (const r of page) ws.addRow(cells(r, lang, chinaTimeValue(r.time))).commit();
    n += page.length;
    // Let the zip stream flush before reading the next page.
    if (pass.writableNeedDrain) await new Promise<void>((r) => pass.once('drain', r));
  }
  ws.commit();
  await wb.commit();
  await new Promise<void>((r) => (pass.writableFinished ? r() : pass.once('finish', () => r())));
  return n;
}
