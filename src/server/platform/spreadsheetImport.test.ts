import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import zlib from 'node:zlib';
import { AppError } from './errors.js';
import {
  checkSpreadsheetArchive,
  configureSpreadsheetImports,
  defaultSpreadsheetLimits,
  readWorkbook,
  SpreadsheetUnreadable,
} from './spreadsheetImport.js';
import { crc32Combine, xlsxBomb, zipArchive } from '../testing/zipBomb.js';

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  const e = err as AppError;
  return { status: e.statusCode, code: e.code, params: e.params };
};

async function sampleWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('材料清单');
  ws.addRow(['材料名称', '数量', '日期']);
  ws.addRow(['C30 混凝土', 12.5, new Date(Date.UTC(2025, 1, 1))]);
  ws.getCell('E2').value = { richText: [{ text: '富' }, { text: '文本' }] };
  ws.getCell('F2').value = { formula: 'B2*2', result: 25 };
  ws.mergeCells('G2:H3');
  ws.getCell('G2').value = '合并';
  ws.getRow(6).font = { bold: true }; // a formatted row without values still counts in rowCount
  ws.getCell('A8').value = 'last';
  wb.addWorksheet('说明').addRow(['第二张表']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

afterEach(() => configureSpreadsheetImports({}));

describe('spreadsheet archive checks', () => {
  it('builds the bombs quickly and with the right CRC', () => {
    const a = Buffer.from('绿色建造 ');
    const b = Buffer.from('试点 '.repeat(1000));
    expect(crc32Combine(zlib.crc32(a), zlib.crc32(b), b.length)).toBe(zlib.crc32(Buffer.concat([a, b])));
    const t0 = performance.now();
    const big = xlsxBomb(4096);
    const generationMs = performance.now() - t0;
    // ~1 KB of deflate per MiB of whitespace: 4 MB that inflates to 4 GiB.
    expect(big.length).toBeGreaterThan(4_000_000);
    expect(big.length).toBeLessThan(4_500_000);
    console.info(`4 GiB bomb: ${big.length} bytes, built in ${generationMs.toFixed(0)} ms`);
  });

  it('refuses the 4 GiB and 1 GiB bombs by their declared sizes, before inflating anything', async () => {
    const t0 = performance.now();
    expect(await refusal(readWorkbook(xlsxBomb(4096)))).toMatchObject({
      status: 413,
      code: 'spreadsheet_too_large',
      params: { entry: 'xl/worksheets/sheet1.xml' },
    });
    expect(await refusal(readWorkbook(xlsxBomb(1024)))).toMatchObject({ status: 413, code: 'spreadsheet_too_large' });
    // Within the size caps, a sheet that compressed 1000× is still refused.
    expect(await refusal(readWorkbook(xlsxBomb(8)))).toMatchObject({
      status: 413,
      code: 'spreadsheet_compression_ratio',
      params: { max: 200 },
    });
    // Nothing was inflated: far less time than inflating even the smallest one would take.
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('catches a header that lies about the size, after inflating no more than it declared', async () => {
    // 512 MiB of content declared as 100 kB: passes the directory checks, fails as soon as it overruns.
    const forged = xlsxBomb(512, { declaredBytes: 100_000 });
    expect(await refusal(checkSpreadsheetArchive(forged))).toMatchObject({
      status: 400,
      code: 'spreadsheet_size_mismatch',
      params: { entry: 'xl/worksheets/sheet1.xml' },
    });
    expect(await refusal(readWorkbook(forged))).toMatchObject({ status: 400, code: 'spreadsheet_size_mismatch' });
    // And one that declares more than it holds.
    const hello = Buffer.from('hello');
    const short = zipArchive([
      { name: 'xl/workbook.xml', deflated: zlib.deflateRawSync(hello), crc: zlib.crc32(hello), size: hello.length, declaredSize: 10 },
    ]);
    expect(await refusal(readWorkbook(short))).toMatchObject({
      status: 400,
      code: 'spreadsheet_size_mismatch',
      params: { entry: 'xl/workbook.xml' },
    });
  });

  it('refuses an archive of too many entries, and a file that is no archive as unreadable', async () => {
    const many = zipArchive(
      Array.from({ length: 1001 }, (_, i) => ({
        name: `x/${i}.xml`,
        deflated: zlib.deflateRawSync(Buffer.from('<a/>')),
        crc: zlib.crc32(Buffer.from('<a/>')),
        size: 4,
      })),
    );
    expect(await refusal(readWorkbook(many))).toMatchObject({
      status: 413,
      code: 'spreadsheet_too_many_entries',
      params: { count: 1001, max: 1000 },
    });
    await expect(readWorkbook(Buffer.from('PK\x03\x04 not really a zip'))).rejects.toBeInstanceOf(SpreadsheetUnreadable);
    // A valid zip that holds no workbook reads as a workbook without sheets (each import then says it is empty).
    const notWorkbook = zipArchive([
      { name: 'a.txt', deflated: zlib.deflateRawSync(Buffer.from('hello')), crc: zlib.crc32(Buffer.from('hello')), size: 5 },
    ]);
    expect((await readWorkbook(notWorkbook)).worksheets).toEqual([]);
  });
});

describe('reading a workbook in the worker', () => {
  it('answers the cells exactly as ExcelJS reads them', async () => {
    const bytes = await sampleWorkbook();
    const direct = new ExcelJS.Workbook();
    await direct.xlsx.load(bytes as unknown as ArrayBuffer);
    const book = await readWorkbook(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(['材料清单', '说明']);
    const [ours, theirs] = [book.worksheets[0]!, direct.worksheets[0]!];
    expect(ours.rowCount).toBe(theirs.rowCount);
    expect(ours.rowCount).toBe(8);
    const visits = (ws: {
      eachRow(cb: (row: { eachCell(cb: (c: { value: unknown }, n: number) => void): void }, n: number) => void): void;
    }) => {
      const seen: unknown[] = [];
      ws.eachRow((row, n) => row.eachCell((cell, c) => seen.push([n, c, cell.value])));
      return seen;
    };
    expect(visits(ours)).toEqual(visits(theirs as never));
    for (const address of [
      [2, 1],
      [2, 2],
      [2, 3],
      [2, 5],
      [2, 6],
      [3, 8],
      [4, 1],
      [8, 1],
    ] as const) {
      expect(ours.getRow(address[0]).getCell(address[1]).value).toEqual(theirs.getRow(address[0]).getCell(address[1]).value);
    }
    expect(ours.getRow(2).getCell(3).value).toBeInstanceOf(Date);
    expect(ours.getRow(3).getCell(8).value).toBe('合并');
    const withEmpty: number[] = [];
    ours.getRow(2).eachCell({ includeEmpty: true }, (_c, col) => withEmpty.push(col));
    expect(withEmpty).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('stops at the cell limit, the worker time limit and the worker heap limit, and the server thread lives on', async () => {
    const bytes = await sampleWorkbook();
    configureSpreadsheetImports({ maxCells: 5 });
    expect(await refusal(readWorkbook(bytes))).toMatchObject({ status: 413, code: 'spreadsheet_too_many_cells', params: { max: 5 } });
    configureSpreadsheetImports({ timeoutMs: 1 });
    expect(await refusal(readWorkbook(bytes))).toMatchObject({ status: 413, code: 'spreadsheet_parse_limit' });
    // 20,000 distinct rows need far more than a 4 MB heap.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('大表');
    for (let i = 0; i < 20_000; i++) ws.addRow([`构件 ${i}`, i, i * 2, `备注 ${i}`]);
    configureSpreadsheetImports({ workerHeapMb: 4 });
    expect(await refusal(readWorkbook(Buffer.from(await wb.xlsx.writeBuffer())))).toMatchObject({
      status: 413,
      code: 'spreadsheet_parse_limit',
    });
    configureSpreadsheetImports({});
    expect((await readWorkbook(bytes)).worksheets[0]!.getRow(8).getCell(1).value).toBe('last');
  });

  it('parses a few at a time, queues a few more and refuses the rest with 503', async () => {
    const bytes = await sampleWorkbook();
    configureSpreadsheetImports({ concurrency: 1 });
    const results = await Promise.allSettled(Array.from({ length: 7 }, () => readWorkbook(bytes)));
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    const busy = results.filter(
      (r) => r.status === 'rejected' && (r.reason as AppError).code === 'spreadsheet_busy' && (r.reason as AppError).statusCode === 503,
    ).length;
    // One running and four waiting (4 per slot); the other two are told to come back.
    expect([ok, busy]).toEqual([5, 2]);
    // The slots were all given back.
    configureSpreadsheetImports({ concurrency: defaultSpreadsheetLimits.concurrency });
    expect((await Promise.all([readWorkbook(bytes), readWorkbook(bytes)])).length).toBe(2);
  });
});
