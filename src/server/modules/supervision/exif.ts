/**
 * Content checks for inspection photos: the image type by magic bytes, and the capture time from a JPEG's EXIF
 * (DateTimeOriginal, tag 0x9003, with OffsetTimeOriginal 0x9011 when the camera wrote it). Only the bytes at the
 * start of the file are needed, so uploads can be checked while they stream.
 */

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export const imageExtensions: Record<ImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** The image type the bytes start with, or null for anything that is not JPEG, PNG or WebP. */
export function sniffImageType(head: Uint8Array): ImageType | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (head.length >= 8 && png.every((b, i) => head[i] === b)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** Bytes a sniffer needs, and enough for the EXIF block of a typical phone JPEG (APP1 is at most 64 KiB). */
export const HEAD_BYTES = 128 * 1024;

/**
 * DateTimeOriginal from a JPEG's EXIF, as an instant. Without an offset tag the camera's local time is taken as
 * China Standard Time (+08:00), the zone of every pilot region. Returns null when absent or malformed.
 */
export function exifCaptureTime(jpeg: Uint8Array, defaultOffset = '+08:00'): Date | null {
  const tiff = exifTiff(jpeg);
  if (!tiff) return null;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return null;
  const u16 = (o: number) => view.getUint16(o, little);
  const u32 = (o: number) => view.getUint32(o, little);
  if (tiff.length < 8 || u16(2) !== 42) return null;

  // Reads one IFD into tag → {type, count, value offset or inline position}.
  const readIfd = (offset: number) => {
    const tags = new Map<number, { type: number; count: number; at: number }>();
    if (offset + 2 > tiff.length) return tags;
    const n = u16(offset);
    for (let i = 0; i < n; i++) {
      const e = offset + 2 + i * 12;
      if (e + 12 > tiff.length) break;
      const type = u16(e + 2);
      const count = u32(e + 4);
      const size = count * (type === 2 || type === 1 || type === 7 ? 1 : type === 3 ? 2 : 4);
      tags.set(u16(e), { type, count, at: size <= 4 ? e + 8 : u32(e + 8) });
    }
    return tags;
  };
  const ascii = (t: { count: number; at: number } | undefined) => {
    if (!t || t.at + t.count > tiff.length) return null;
    let s = '';
    for (let i = 0; i < t.count && tiff[t.at + i] !== 0; i++) s += String.fromCharCode(tiff[t.at + i]!);
    return s;
  };

  const ifd0 = readIfd(u32(4));
  const exifPointer = ifd0.get(0x8769);
  if (!exifPointer) return null;
  const exif = readIfd(u32(exifPointer.at));
  const original = ascii(exif.get(0x9003));
  const m = original?.match(/^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/);
  if (!m) return null;
  const offset = ascii(exif.get(0x9011));
  const zone = offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : defaultOffset;
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  return Number.isNaN(at.getTime()) || m[1] === '0000' ? null : at;
}

/** The TIFF block inside the JPEG's APP1 "Exif\0\0" segment, if there is one before the image data. */
function exifTiff(jpeg: Uint8Array): Uint8Array | null {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return null;
  let p = 2;
  while (p + 4 <= jpeg.length) {
    if (jpeg[p] !== 0xff) return null;
    const marker = jpeg[p + 1]!;
    if (marker === 0xff) {
      p++; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null; // start of scan / end of image: no EXIF before the data
    const length = (jpeg[p + 2]! << 8) | jpeg[p + 3]!;
    if (length < 2) return null;
    const start = p + 4;
    if (marker === 0xe1 && length >= 8 && start + 6 <= jpeg.length) {
      const header = String.fromCharCode(...jpeg.subarray(start, start + 4));
      if (header === 'Exif' && jpeg[start + 4] === 0 && jpeg[start + 5] === 0) {
        return jpeg.subarray(start + 6, Math.min(jpeg.length, p + 2 + length));
      }
    }
    p += 2 + length;
  }
  return null;
}

/** A minimal JPEG carrying an EXIF DateTimeOriginal (and optional offset), for tests and the demo. */
export function jpegWithExif(dateTimeOriginal: string | null, offset?: string, payloadBytes = 64): Uint8Array {
  const entries: Array<{ tag: number; text: string }> = [];
  if (dateTimeOriginal) entries.push({ tag: 0x9003, text: dateTimeOriginal });
  if (offset) entries.push({ tag: 0x9011, text: offset });
  // TIFF (big-endian): header, IFD0 with one entry (ExifIFD pointer), Exif IFD, then the ASCII values.
  const ifd0At = 8;
  const exifAt = ifd0At + 2 + 12 + 4;
  const valuesAt = exifAt + 2 + entries.length * 12 + 4;
  const values = entries.map((e) => Buffer.from(e.text + '\0', 'ascii'));
  const tiff = Buffer.alloc(valuesAt + values.reduce((s, v) => s + v.length, 0));
  tiff.write('MM', 0, 'ascii');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(ifd0At, 4);
  tiff.writeUInt16BE(1, ifd0At);
  tiff.writeUInt16BE(0x8769, ifd0At + 2);
  tiff.writeUInt16BE(4, ifd0At + 4);
  tiff.writeUInt32BE(1, ifd0At + 6);
  tiff.writeUInt32BE(exifAt, ifd0At + 10);
  tiff.writeUInt16BE(entries.length, exifAt);
  let valueAt = valuesAt;
  entries.forEach((e, i) => {
    const at = exifAt + 2 + i * 12;
    tiff.writeUInt16BE(e.tag, at);
    tiff.writeUInt16BE(2, at + 2);
    tiff.writeUInt32BE(values[i]!.length, at + 4);
    tiff.writeUInt32BE(valueAt, at + 8);
    values[i]!.copy(tiff, valueAt);
    valueAt += values[i]!.length;
  });
  const app1 = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
  const seg = Buffer.alloc(4);
  seg.writeUInt16BE(0xffe1, 0);
  seg.writeUInt16BE(app1.length + 2, 2);
  const sos = Buffer.from([0xff, 0xda, 0x00, 0x02]);
  return new Uint8Array(
    Buffer.concat([Buffer.from([0xff, 0xd8]), seg, app1, sos, Buffer.alloc(payloadBytes, 0x55), Buffer.from([0xff, 0xd9])]),
  );
}
