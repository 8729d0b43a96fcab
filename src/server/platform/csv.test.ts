import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, writeCsv } from './csv.js';

describe('CSV cells (issue 19 item 8: formula injection)', () => {
  it('neutralises text starting with = + - @ tab or CR with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvCell('+1+cmd|/c calc!A0')).toBe("'+1+cmd|/c calc!A0");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });
  it('keeps numbers numeric, negative ones included, and ordinary text as it is', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('扬尘监测仪 1 号')).toBe('扬尘监测仪 1 号');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
  });
  it('writes a BOM, the header and CRLF rows, streamed or whole', async () => {
    expect(csvText(['名称', '数值'], [['=1+1', -1]])).toBe("\uFEFF名称,数值\r\n'=1+1,-1\r\n");
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    async function* pages() {
      yield [['@x', 2]];
      yield [['y', -2.25]];
    }
    expect(await writeCsv(out, ['a', 'b'], pages())).toBe(2);
    expect(text).toBe("\uFEFFa,b\r\n'@x,2\r\ny,-2.25\r\n");
  });
});
