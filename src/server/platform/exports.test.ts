// Exports a spreadsheet user can compute with (issue 19 item 14), read back two ways: with ExcelJS (cell types, number
// formats, values) and with LibreOffice as an outside tool (its CSV quotes text cells only, so a number or a date
// written as text shows up quoted).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { selectRows, sql } from '../db/database.js';
import { startTestApp, type ApiClient, type TestApp } from '../testing/harness.js';

let t: TestApp;
let admin: ApiClient;
const files: Record<string, Buffer> = {};

async function download(client: ApiClient, url: string): Promise<Buffer> {
  const res = await fetch(t.url + url, { headers: { cookie: client.cookie! } });
  expect(res.status, url).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function workbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  return wb;
}

/** The header cells of a sheet's first row, as text. */
const headers = (ws: ExcelJS.Worksheet, row = 1) => (ws.getRow(row).values as unknown[]).slice(1).map(String);

/** The column (1-based) whose header is `name`. */
function column(ws: ExcelJS.Worksheet, name: string, headerRow = 1): number {
  const i = headers(ws, headerRow).indexOf(name);
  expect(i, `column ${name} in ${headers(ws, headerRow).join('|')}`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

/** Every data cell of a column, skipping empty ones. */
function cells(ws: ExcelJS.Worksheet, col: number, from = 2): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    const c = ws.getRow(r).getCell(col);
    if (c.value !== null && c.value !== undefined && c.value !== '') out.push(c);
  }
  return out;
}

const JSON_KEY = /^[a-z]+[A-Z][A-Za-z]*$|^[a-z]+$/;

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

describe('every export writes numbers, dates and units as a spreadsheet expects', () => {
  it('audit log: times are date cells in Beijing time', async () => {
    files.audit = await download(admin, '/api/audit/export.xlsx');
    const ws = (await workbook(files.audit)).worksheets[0]!;
    const at = column(ws, '时间（北京时间）');
    const first = ws.getRow(2).getCell(at);
    expect(first.type).toBe(ExcelJS.ValueType.Date);
    expect(first.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    const action = String(ws.getRow(2).getCell(column(ws, '操作')).value);
    const entity = String(ws.getRow(2).getCell(column(ws, '对象')).value ?? '');
    // The 操作 column holds the action's words now, so the row is found by its object and time.
    const stored = await selectRows<{ at: Date | string }>(
      t.database.db,
      sql`select at from audit_log where coalesce(entity_id, '') = ${entity}`,
    );
    expect(action).not.toMatch(/^[a-z]+\.[a-z]/);
    // The cell holds the wall-clock time in Beijing: UTC + 8 h (to within Excel's serial precision).
    const cellTime = (first.value as Date).getTime();
    expect(
      stored.some((r) => Math.abs(cellTime - (new Date(r.at).getTime() + 8 * 3_600_000)) < 1000),
      `${action} ${entity} ${first.value}`,
    ).toBe(true);
    expect(
      cells(ws, column(ws, '角色')).every((c) => !['admin', 'regulator', 'enterprise', 'expert', 'facility'].includes(String(c.value))),
    ).toBe(true);
  });

  it('site readings: metric names, a unit column, numeric values and date cells', async () => {
    const [p] = await selectRows<{ id: string }>(t.database.db, sql`select id from projects order by code limit 1`);
    const device = await admin.post(`/api/projects/${p!.id}/devices`, { name: '导出核对仪', kind: 'dust_noise', protocols: ['http'] });
    expect(device.status, device.text).toBe(201);
    const base = Date.parse('2026-03-01T16:30:00Z');
    const at = (m: number) => new Date(base + m * 60_000).toISOString();
    const readings = [
      { metric: 'pm10', time: at(0), value: 48.5 },
      { metric: 'temperature', time: at(0), value: -3.5 },
      { metric: 'pm10', time: at(1), value: 51 },
    ];
    const ingest = await t
      .client({ 'x-device-token': device.body.token, 'content-type': 'application/json' })
      .post('/api/ingest/readings', JSON.stringify(readings));
    expect(ingest.status, ingest.text).toBe(200);
    files.site = await download(admin, `/api/projects/${p!.id}/site/export?from=${at(0)}&to=${at(2)}&format=xlsx`);
    const ws = (await workbook(files.site)).worksheets[0]!;
    expect(headers(ws)).toEqual(['设备', '指标', '指标代码', '时间（北京时间）', '数值', '单位', '数据标记', '类型', '质量标记']);
    expect(ws.rowCount).toBe(4);
    // 2026-03-01 16:30 UTC is 2026-03-02 00:30 in Beijing: the cell's serial is that wall-clock time.
    expect(ws.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect((ws.getRow(2).getCell(4).value as Date).toISOString()).toBe('2026-03-02T00:30:00.000Z');
    const rows = [2, 3, 4].map((r) => (ws.getRow(r).values as unknown[]).slice(1, 7).filter((_, i) => i !== 3));
    expect(rows).toEqual([
      ['导出核对仪', '可吸入颗粒物 PM10', 'pm10', 48.5, 'µg/m³'],
      ['导出核对仪', '温度', 'temperature', -3.5, '°C'],
      ['导出核对仪', '可吸入颗粒物 PM10', 'pm10', 51, 'µg/m³'],
    ]);
    expect(ws.getRow(3).getCell(5).type).toBe(ExcelJS.ValueType.Number);
  });

  it('waste: manifests with date cells and tonnes as numbers with units in the headers', async () => {
    const [p] = await selectRows<{ project_id: string }>(
      t.database.db,
      sql`select project_id from waste_manifests where dispatched_at is not null group by project_id order by count(*) desc limit 1`,
    );
    files.manifests = await download(admin, `/api/projects/${p!.project_id}/waste/manifests.xlsx`);
    const ws = (await workbook(files.manifests)).worksheets[0]!;
    for (const h of headers(ws).filter((x) => x.includes('吨'))) expect(h).toMatch(/（t）$/);
    const dispatched = cells(ws, column(ws, '出场时间（北京时间）'));
    expect(dispatched.length).toBeGreaterThan(0);
    for (const c of dispatched) expect(c.type).toBe(ExcelJS.ValueType.Date);
    for (const c of cells(ws, column(ws, '出场吨数（t）'))) expect(c.type).toBe(ExcelJS.ValueType.Number);
    for (const c of cells(ws, column(ws, '预警'))) expect(String(c.value)).not.toMatch(/[a-z]_[a-z]/);
    files.league = await download(admin, '/api/waste/projects.xlsx');
    const league = (await workbook(files.league)).worksheets[0]!;
    expect(headers(league)).toContain('目标（t/万m²）');
    for (const c of cells(league, column(league, '强度（t/万m²）'))) {
      expect(c.type).toBe(ExcelJS.ValueType.Number);
      expect(Math.round((c.value as number) * 100) / 100).toBe(c.value);
    }
  });

  it('carbon: Chinese headers with units on 按材料 and 未映射', async () => {
    const [p] = await selectRows<{ id: string }>(t.database.db, sql`select id from projects order by code limit 1`);
    files.carbon = await download(admin, `/api/projects/${p!.id}/carbon.xlsx`);
    const wb = await workbook(files.carbon);
    const byMaterial = wb.getWorksheet('按材料')!;
    const unmapped = wb.getWorksheet('未映射')!;
    for (const ws of [byMaterial, unmapped]) for (const h of headers(ws)) expect(h).not.toMatch(JSON_KEY);
    expect(headers(byMaterial)).toContain('生产排放（kgCO2e）');
    expect(headers(unmapped)).toEqual(['阶段', '名称', '数量', '单位', '原因']);
    const summary = wb.getWorksheet('汇总')!;
    for (let r = 4; r <= summary.rowCount; r++) expect(summary.getRow(r).getCell(2).type).toBe(ExcelJS.ValueType.Number);
  });

  it('evaluation: scores rounded as displayed and dates as date cells', async () => {
    const [p] = await selectRows<{ project_id: string }>(
      t.database.db,
      sql`select project_id from evaluations where status = 'closed' group by project_id order by count(*) desc limit 1`,
    );
    files.evaluation = await download(admin, `/api/evaluation/projects/${p!.project_id}/report.xlsx`);
    const wb = await workbook(files.evaluation);
    const records = wb.getWorksheet('评价记录')!;
    for (const c of cells(records, column(records, '评价日期'))) expect(c.type).toBe(ExcelJS.ValueType.Date);
    const scores = cells(records, column(records, '得分'));
    expect(scores.length).toBeGreaterThan(0);
    for (const c of scores) expect(Math.round((c.value as number) * 10) / 10).toBe(c.value);
    const items = wb.getWorksheet('指标得分')!;
    for (const c of cells(items, column(items, '得分'))) expect(Math.round((c.value as number) * 100) / 100).toBe(c.value);
    expect(headers(wb.getWorksheet('项目概况')!)).toContain('建筑面积（m²）');
    const targets = wb.getWorksheet('目标对比')!;
    for (const c of cells(targets, column(targets, '方向'))) expect(['越高越好', '越低越好']).toContain(c.value);
    for (const c of cells(targets, column(targets, '方面'))) expect(String(c.value)).toMatch(/^绿色/);
    files.summary = await download(admin, '/api/evaluation/regions/hunan/summary.xlsx');
    const ranking = (await workbook(files.summary)).getWorksheet('评价结果')!;
    for (const c of cells(ranking, column(ranking, '报告得分'))) expect(Math.round((c.value as number) * 10) / 10).toBe(c.value);
  });

  it('LibreOffice reads the numbers as numbers and the times as dates', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-lo-'));
    try {
      const sources = ['audit', 'site', 'manifests', 'evaluation'].map((name) => {
        const file = path.join(dir, `${name}.xlsx`);
        fs.writeFileSync(file, files[name]!);
        return file;
      });
      // Token 7 = true quotes every text cell, so an unquoted field is a number or a date in LibreOffice's eyes.
      execFileSync(
        'libreoffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false',
          '--outdir',
          dir,
          ...sources,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const rows = (name: string) =>
        fs
          .readFileSync(path.join(dir, `${name}.csv`), 'utf8')
          .trim()
          .split('\n')
          .map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, '')));
      const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/;
      const audit = rows('audit');
      expect(audit[1]![0]).toMatch(DATE_TIME);
      const site = rows('site');
      expect(site[1]![3]).toMatch(DATE_TIME);
      expect(site[1]![4]).toMatch(/^-?\d+(\.\d+)?$/);
      expect(site[1]![5]).toMatch(/^".+"$/);
      const manifests = rows('manifests');
      const dispatchedAt = manifests[0]!.indexOf('"出场时间（北京时间）"');
      expect(manifests.slice(1).some((r) => DATE_TIME.test(r[dispatchedAt]!))).toBe(true);
      const gate = manifests[0]!.indexOf('"出场吨数（t）"');
      expect(manifests.slice(1).every((r) => /^-?[\d,]+(\.\d+)?$/.test(r[gate]!))).toBe(true);
      const records = fs.readdirSync(dir).filter((f) => f.endsWith('.csv'));
      expect(records.sort()).toEqual(['audit.csv', 'evaluation.csv', 'manifests.csv', 'site.csv']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
