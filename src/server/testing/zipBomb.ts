// Hostile .xlsx files for the import tests, built in memory in well under a second instead of being committed: a
// minimal workbook whose sheet1.xml is XML whitespace that inflates to gigabytes.
//
// How it stays cheap: 1 MiB of spaces is deflated once with a full flush, which ends the block on a byte boundary and
// resets the compressor, so the same ~1 KB of compressed bytes is a valid continuation of any deflate stream that
// also ended on a full flush. Repeating it n times is n MiB of content; a final block closes the stream. The CRC-32
// of the whole is combined from the chunk's (zlib's crc32_combine) instead of being computed over the gigabytes.
import zlib from 'node:zlib';

const MiB = 1024 * 1024;

// crc32_combine from zlib (crc32.c): CRC(A‖B) from CRC(A), CRC(B) and len(B), by squaring the GF(2) matrix of the
// "append one zero bit" operator.
function gf2Times(mat: Uint32Array, vec: number): number {
  let sum = 0;
  for (let i = 0; vec !== 0; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i]!;
  return sum >>> 0;
}
function gf2Square(square: Uint32Array, mat: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(mat, mat[n]!);
}
export function crc32Combine(crc1: number, crc2: number, len2: number): number {
  if (len2 <= 0) return crc1;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  gf2Square(even, odd);
  gf2Square(odd, even);
  let crc = crc1 >>> 0;
  let len = len2;
  for (;;) {
    gf2Square(even, odd);
    if (len % 2) crc = gf2Times(even, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
    gf2Square(odd, even);
    if (len % 2) crc = gf2Times(odd, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
  }
  return (crc ^ crc2) >>> 0;
}

export type ZipEntry = { name: string; deflated: Buffer; crc: number; size: number; declaredSize?: number };

const deflated = (name: string, text: string): ZipEntry => {
  const data = Buffer.from(text);
  return { name, deflated: zlib.deflateRawSync(data), crc: zlib.crc32(data), size: data.length };
};

/** A ZIP archive of deflated entries; Zip64 extra fields for entries of 4 GiB or more. */
export function zipArchive(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.size;
    const zip64 = size >= 0xffffffff || e.deflated.length >= 0xffffffff;
    const extra = Buffer.alloc(zip64 ? 20 : 0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(e.deflated.length), 12);
    }
    const size32 = zip64 ? 0xffffffff : size;
    const csize32 = zip64 ? 0xffffffff : e.deflated.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x5c00, 10); // 11:32
    local.writeUInt16LE(0x5b86, 12); // 2025-12-06
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(csize32, 18);
    local.writeUInt32LE(size32, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x5c00, 12);
    central.writeUInt16LE(0x5b86, 14);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(csize32, 20);
    central.writeUInt32LE(size32, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, extra, e.deflated);
    centrals.push(central, name, extra);
    offset += local.length + name.length + extra.length + e.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** The workbook around the sheet: content types, relationships, one sheet named Sheet1. */
function workbookParts(): ZipEntry[] {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkgRels = 'http://schemas.openxmlformats.org/package/2006/relationships';
  return [
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    deflated(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${pkgRels}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${pkgRels}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  ];
}

/**
 * An .xlsx whose xl/worksheets/sheet1.xml inflates to `mebibytes` MiB of whitespace (plus its XML head and tail).
 * `declaredBytes` makes its headers lie about that size (a forged archive that declares a small sheet).
 */
export function xlsxBomb(mebibytes: number, opts: { declaredBytes?: number } = {}): Buffer {
  const chunk = Buffer.alloc(MiB, 0x20);
  const block = zlib.deflateRawSync(chunk, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const head = Buffer.from(SHEET_HEAD);
  const tail = Buffer.from(SHEET_TAIL);
  // CRC of the chunk repeated `mebibytes` times, by doubling: a few dozen combines instead of thousands.
  let repeated = 0;
  for (
    let k = mebibytes, unit = zlib.crc32(chunk), unitLen = MiB;
    k > 0;
    k = Math.floor(k / 2), unit = crc32Combine(unit, unit, unitLen), unitLen *= 2
  ) {
    if (k % 2) repeated = crc32Combine(repeated, unit, unitLen);
  }
  const crc = crc32Combine(crc32Combine(zlib.crc32(head), repeated, mebibytes * MiB), zlib.crc32(tail), tail.length);
  const stream = Buffer.concat([
    zlib.deflateRawSync(head, { finishFlush: zlib.constants.Z_FULL_FLUSH }),
    ...new Array<Buffer>(mebibytes).fill(block),
    zlib.deflateRawSync(tail),
  ]);
  const size = head.length + mebibytes * MiB + tail.length;
  return zipArchive([
    ...workbookParts(),
    { name: 'xl/worksheets/sheet1.xml', deflated: stream, crc, size, declaredSize: opts.declaredBytes },
  ]);
}
