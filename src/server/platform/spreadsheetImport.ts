// Excel (.xlsx) imports, all through one door. An .xlsx is a ZIP archive, and a 4 MB archive can inflate to 4 GiB:
// read naively, one upload took the whole server down (out of heap) or froze its event loop for seconds. So before
// anything is inflated the central directory is checked (entry count, declared sizes, compression ratio); then every
// entry is inflated once, streamed and counted against the same caps, so a header that lies about its size is caught
// (yauzl compares actual with declared bytes); only then does ExcelJS read the file, in a worker thread with a heap
// cap and a time limit, a few at a time. The server's own thread only sees the cell values.
import { Worker } from 'node:worker_threads';
import type { Readable } from 'node:stream';
import type { CellValue } from 'exceljs';
import yauzl from 'yauzl';
import { AppError, defineMessages } from './errors.js';

defineMessages({
  spreadsheet_too_many_entries: {
    'zh-CN': 'Excel 文件内部包含 {count} 个部件，超过上限 {max} 个，不是正常的表格文件',
    en: 'The Excel file holds {count} parts, over the limit of {max}; it is not a normal spreadsheet',
  },
  spreadsheet_too_large: {
    'zh-CN': 'Excel 文件解压后过大（{entry} 超过 {limit} 字节上限），请删去多余内容或拆分后再导入',
    en: 'The Excel file is too large once unpacked ({entry} exceeds the limit of {limit} bytes); remove unneeded content or split it',
  },
  spreadsheet_compression_ratio: {
    'zh-CN': 'Excel 文件的压缩比异常（{entry} 压缩了 {ratio} 倍，上限 {max} 倍），疑似压缩炸弹，已拒绝',
    en: 'The Excel file is compressed suspiciously far ({entry}: {ratio}×, limit {max}×), like a zip bomb; it was refused',
  },
  spreadsheet_size_mismatch: {
    'zh-CN': 'Excel 文件已损坏或被篡改：{entry} 解压后的大小与文件中声明的不符',
    en: 'The Excel file is damaged or forged: {entry} unpacks to a size other than the one it declares',
  },
  spreadsheet_too_many_cells: {
    'zh-CN': '表格的单元格过多（上限 {max} 个），请拆分后再导入',
    en: 'The spreadsheet has too many cells (limit {max}); split it and import the parts',
  },
  spreadsheet_parse_limit: {
    'zh-CN': '读取该 Excel 文件超出了内存或时间上限（{seconds} 秒），请精简或拆分后再导入',
    en: 'Reading this Excel file went over the memory or time limit ({seconds} s); simplify or split it',
  },
  spreadsheet_busy: {
    'zh-CN': '正在处理的 Excel 导入过多，请稍后几秒再试',
    en: 'Too many Excel imports are being processed; try again in a few seconds',
  },
});

export type SpreadsheetLimits = {
  /** Entries in the archive (an .xlsx has tens). */
  maxEntries: number;
  /** Uncompressed bytes of one entry, declared and actual. */
  maxEntryBytes: number;
  /** Uncompressed bytes of all entries together, declared and actual. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size of an entry larger than RATIO_GRACE_BYTES. */
  maxRatio: number;
  /** Cells with a value over all sheets: what the server's own thread receives. */
  maxCells: number;
  /** Old-generation heap of the parsing worker. */
  workerHeapMb: number;
  /** Time limit of one parse, worker start included. */
  timeoutMs: number;
  /** Parses running at once; as many again per slot may wait, more are refused with 503. */
  concurrency: number;
};

export const defaultSpreadsheetLimits: SpreadsheetLimits = {
  maxEntries: 1000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxRatio: 200,
  maxCells: 1_000_000,
  workerHeapMb: 512,
  timeoutMs: 60_000,
  concurrency: 2,
};

/** Small entries may compress far (an empty sheet's styles) without being able to hurt anyone. */
const RATIO_GRACE_BYTES = 1024 * 1024;
const QUEUE_PER_SLOT = 4;

let limits: SpreadsheetLimits = defaultSpreadsheetLimits;

/** Sets the process's limits (from the configuration at start); the slots are the process's, shared by every import. */
export function configureSpreadsheetImports(next: Partial<SpreadsheetLimits>): void {
  limits = { ...defaultSpreadsheetLimits, ...next };
}

/** The file is not a readable .xlsx at all: each import answers it with its own message. */
export class SpreadsheetUnreadable extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// What the importing modules read: each sheet's cells as ExcelJS reads them, behind the part of ExcelJS's worksheet
// interface the imports use (rowCount, getRow, eachRow; getCell, eachCell).

export type SheetCell = { readonly value: CellValue };

export class SheetRow {
  constructor(
    readonly number: number,
    /** Sparse by column number (1-based), as ExcelJS's `row.values`. */
    readonly values: readonly CellValue[],
  ) {}
  getCell(col: number): SheetCell {
    return { value: this.values[col] ?? null };
  }
  /** Visits the cells that hold a value (with includeEmpty, every column up to the last one). */
  eachCell(
    optionsOrVisit: { includeEmpty?: boolean } | ((cell: SheetCell, col: number) => void),
    visit?: (cell: SheetCell, col: number) => void,
  ): void {
    const includeEmpty = typeof optionsOrVisit === 'object' && !!optionsOrVisit.includeEmpty;
    const fn = typeof optionsOrVisit === 'function' ? optionsOrVisit : visit!;
    for (let col = 1; col < this.values.length; col++) {
      const value = this.values[col];
      if (value !== undefined || includeEmpty) fn({ value: value ?? null }, col);
    }
  }
}

export class Sheet {
  private readonly rows = new Map<number, SheetRow>();
  constructor(
    readonly name: string,
    /** The last row number, as ExcelJS counts it (formatted empty rows included). */
    readonly rowCount: number,
    rows: Array<[number, CellValue[]]>,
  ) {
    for (const [n, values] of rows) this.rows.set(n, new SheetRow(n, values));
  }
  getRow(n: number): SheetRow {
    return this.rows.get(n) ?? new SheetRow(n, []);
  }
  /** Visits the rows that hold a value, in order. */
  eachRow(visit: (row: SheetRow, n: number) => void): void {
    for (const row of this.rows.values()) visit(row, row.number);
  }
}

export type Workbook = { worksheets: Sheet[] };

// ---------------------------------------------------------------------------------------------------------------

type Entry = yauzl.Entry;

const openZip = (bytes: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err ? reject(new SpreadsheetUnreadable(err.message)) : resolve(zip),
    ),
  );

function readEntries(zip: yauzl.ZipFile, onEntry: (entry: Entry) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      try {
        onEntry(entry);
        zip.readEntry();
      } catch (err) {
        reject(err);
      }
    });
    zip.on('end', () => resolve());
    zip.on('error', (err: Error) => reject(new SpreadsheetUnreadable(err.message)));
    zip.readEntry();
  });
}

const openEntry = (zip: yauzl.ZipFile, entry: Entry) =>
  new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => (err ? reject(new SpreadsheetUnreadable(err.message)) : resolve(stream))),
  );

/**
 * (a) Checks the central directory without inflating anything: the entry count, each entry's and the total declared
 * uncompressed size, and each entry's compression ratio. Answers the entries to inflate.
 */
async function checkDirectory(zip: yauzl.ZipFile, l: SpreadsheetLimits): Promise<Entry[]> {
  if (zip.entryCount > l.maxEntries) throw new AppError(413, 'spreadsheet_too_many_entries', { count: zip.entryCount, max: l.maxEntries });
  const entries: Entry[] = [];
  let declared = 0;
  await readEntries(zip, (entry) => {
    const size = entry.uncompressedSize;
    if (size > l.maxEntryBytes) throw new AppError(413, 'spreadsheet_too_large', { entry: entry.fileName, limit: l.maxEntryBytes });
    declared += size;
    if (declared > l.maxTotalBytes) throw new AppError(413, 'spreadsheet_too_large', { entry: entry.fileName, limit: l.maxTotalBytes });
    if (size > RATIO_GRACE_BYTES && size > l.maxRatio * entry.compressedSize) {
      throw new AppError(413, 'spreadsheet_compression_ratio', {
        entry: entry.fileName,
        ratio: Math.round(size / Math.max(1, entry.compressedSize)),
        max: l.maxRatio,
      });
    }
    if (!entry.fileName.endsWith('/')) entries.push(entry);
  });
  return entries;
}

/**
 * (b) Inflates every entry once, counting the bytes that really come out: yauzl fails an entry whose actual size
 * differs from its declared one (a lying header) as soon as it overruns, and the running total is held to the same
 * caps in case it did not. Nothing is kept: the worker reads the checked archive.
 */
async function inflateCounting(zip: yauzl.ZipFile, entries: Entry[], l: SpreadsheetLimits): Promise<void> {
  let total = 0;
  for (const entry of entries) {
    const stream = await openEntry(zip, entry);
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      const fail = (err: unknown) => {
        stream.destroy();
        reject(err);
      };
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        total += chunk.length;
        if (size > l.maxEntryBytes || size > entry.uncompressedSize)
          fail(new AppError(400, 'spreadsheet_size_mismatch', { entry: entry.fileName }));
        else if (total > l.maxTotalBytes)
          fail(new AppError(413, 'spreadsheet_too_large', { entry: entry.fileName, limit: l.maxTotalBytes }));
      });
      stream.on('error', (err: Error) =>
        fail(
          /bytes in the stream/.test(err.message)
            ? new AppError(400, 'spreadsheet_size_mismatch', { entry: entry.fileName })
            : new SpreadsheetUnreadable(err.message),
        ),
      );
      stream.on('end', () => resolve());
    });
  }
}

/** Checks an .xlsx archive (a and b above) without parsing it: AppError 413/400 when it breaks a limit. */
export async function checkSpreadsheetArchive(bytes: Buffer, l: SpreadsheetLimits = limits): Promise<void> {
  const zip = await openZip(bytes);
  try {
    await inflateCounting(zip, await checkDirectory(zip, l), l);
  } finally {
    zip.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// (c) Parsing slots: a few workers at a time, a short queue behind them, 503 beyond.

let running = 0;
const waiting: Array<() => void> = [];

async function takeSlot(l: SpreadsheetLimits): Promise<() => void> {
  if (running >= l.concurrency) {
    if (waiting.length >= l.concurrency * QUEUE_PER_SLOT) throw new AppError(503, 'spreadsheet_busy');
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // The slot passes straight to the next in line, so `running` never drops below what is really running.
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
}

const WORKER_URL = new URL('./spreadsheetWorker.mjs', import.meta.url);

type WorkerAnswer =
  | { sheets: Array<{ name: string; rowCount: number; rows: Array<[number, CellValue[]]> }> }
  | { tooManyCells: number }
  | { unreadable: string };

function parseInWorker(bytes: Buffer, l: SpreadsheetLimits): Promise<Workbook> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, {
      workerData: { bytes: new Uint8Array(bytes), maxCells: l.maxCells },
      resourceLimits: { maxOldGenerationSizeMb: l.workerHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      // The server's loader flags (tsx, vitest) would only slow a plain-JS worker down.
      execArgv: [],
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const overLimit = () => new AppError(413, 'spreadsheet_parse_limit', { seconds: Math.round(l.timeoutMs / 1000) });
    const timer = setTimeout(() => settle(() => reject(overLimit())), l.timeoutMs);
    worker.once('message', (answer: WorkerAnswer) =>
      settle(() => {
        if ('sheets' in answer) resolve({ worksheets: answer.sheets.map((s) => new Sheet(s.name, s.rowCount, s.rows)) });
        else if ('tooManyCells' in answer) reject(new AppError(413, 'spreadsheet_too_many_cells', { max: l.maxCells }));
        else reject(new SpreadsheetUnreadable(answer.unreadable));
      }),
    );
    // ERR_WORKER_OUT_OF_MEMORY when the heap cap is hit: the worker dies, the server does not. Anything else that
    // kills the worker is the server's fault (500), not the file's, so it must not read as "not an Excel file".
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? overLimit() : new AppError(500, 'internal'))),
    );
    worker.once('exit', () => settle(() => reject(new AppError(500, 'internal'))));
  });
}

/**
 * Reads an uploaded .xlsx for an import. Throws AppError 413/400 (limits, a forged archive), 503 (too many imports
 * at once) or 500 (the worker failed), which the caller passes on, and SpreadsheetUnreadable for anything that is
 * simply not an .xlsx, which the caller answers with its own message.
 */
export async function readWorkbook(bytes: Buffer): Promise<Workbook> {
  const l = limits;
  const zip = await openZip(bytes);
  let release: (() => void) | undefined;
  try {
    // The directory check costs next to nothing, so a bomb is refused before it could wait for a slot.
    const entries = await checkDirectory(zip, l);
    release = await takeSlot(l);
    await inflateCounting(zip, entries, l);
  } catch (err) {
    release?.();
    throw err;
  } finally {
    zip.close();
  }
  try {
    return await parseInWorker(bytes, l);
  } finally {
    release();
  }
}
