// The worker thread of spreadsheetImport.ts: reads an .xlsx that already passed the archive checks with ExcelJS and
// answers each sheet's cell values (as ExcelJS reads them), so the XML parsing and the workbook's memory stay off the
// server's event loop and inside this thread's heap limit. Plain JavaScript: a worker that loads the TypeScript
// toolchain costs tens of MB and most of a second more per import (see bim/workerEntry.ts).
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';

/** @type {{ bytes: Uint8Array; maxCells: number }} */
const { bytes, maxCells } = workerData;

try {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  let cells = 0;
  /** @type {Array<{ name: string; rowCount: number; rows: Array<[number, unknown[]]> }>} */
  const sheets = [];
  for (const ws of workbook.worksheets) {
    if (cells > maxCells) break;
    /** @type {Array<[number, unknown[]]>} */
    const rows = [];
    // eachRow visits the rows that hold a value; row.values is sparse by column number, exactly the cells that
    // row.eachCell visits, merged cells carrying their master's value.
    ws.eachRow((row, number) => {
      cells += row.actualCellCount;
      rows.push([number, row.values]);
    });
    sheets.push({ name: ws.name, rowCount: ws.rowCount, rows });
  }
  parentPort.postMessage(cells > maxCells ? { tooManyCells: cells } : { sheets });
} catch (err) {
  parentPort.postMessage({ unreadable: err instanceof Error ? err.message : String(err) });
}
