import { csvText } from '../../server/platform/csv.js';

/** Downloads rows as a UTF-8 CSV with a BOM, through the server's one CSV writer (formula cells neutralised, numbers kept). */
export function downloadCsv<T>(filename: string, columns: Array<{ title: string; value(row: T): unknown }>, rows: T[]): void {
  const text = csvText(
    columns.map((c) => c.title),
    rows.map((r) => columns.map((c) => c.value(r))),
  );
  const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
