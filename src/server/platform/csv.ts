// The one CSV writer behind every CSV export (server streams and the web's table downloads). A text cell that starts
// with = + - @ (or a tab / carriage return, which spreadsheets skip before reading one of those) would run as a formula
// when the file is opened (=HYPERLINK(…), =cmd|…): such cells get a leading apostrophe, the OWASP-recommended
// neutralisation, which spreadsheets show as text. Numbers are written as numbers, so -3.5 stays a number.
import type { Writable } from 'node:stream';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: numbers as they are, text neutralised and quoted when it holds a separator, quote or line break. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  let s = String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (values: readonly unknown[]): string => values.map(csvCell).join(',');

/** A whole CSV text: a BOM (so Excel reads the Chinese headers as UTF-8), the header, CRLF line ends. */
export const csvText = (header: readonly string[], rows: Iterable<readonly unknown[]>): string => {
  const lines = [csvLine(header)];
  for (const r of rows) lines.push(csvLine(r));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
};

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', r));
}

/** Streams pages of rows as CSV, waiting for the socket to drain between pages; returns the number of rows. */
export async function writeCsv(
  out: Writable,
  header: readonly string[],
  pages: AsyncIterable<ReadonlyArray<readonly unknown[]>>,
): Promise<number> {
  let n = 0;
  await write(out, '\uFEFF' + csvLine(header) + '\r\n');
  for await (const page of pages) {
    if (!page.length) continue;
    await write(out, page.map(csvLine).join('\r\n') + '\r\n');
    n += page.length;
  }
  return n;
}
