// Test fixture for HJ 212-2017 6.3.1 / 附录A: loads the published frames; the only file here that does I/O.
import { readFileSync } from 'node:fs';

export interface PublishedVector {
  /** Frame text as printed in the file (no CR LF). */
  text: string;
  /** Frame bytes as a device sends them, with the CR LF the file strips. */
  frame: Buffer;
  source: string;
  /** CRC the file says is correct per 附录A (valid) or actually computed (negative). */
  hj212Crc: string;
  /** CRC-16/MODBUS of the same data segment, as the file states. */
  modbusCrc: string;
  /** Negative frames only: the CRC written in the frame. */
  crcField?: string;
  declaredLength: number;
  actualLength: number;
}

// Inside the repository (test/data, sources in test/data/SOURCES.md), so the tests run on a fresh clone.
export const VECTORS_URL = new URL('../../../test/data/hj212/vectors.txt', import.meta.url);

// HJ 212-2017 6.3.1 / 附录A test vectors: valid and negative frames with the CRCs the file states.
export function loadPublishedVectors(): { valid: PublishedVector[]; negative: PublishedVector[] } {
  const lines = readFileSync(VECTORS_URL, 'utf8').split(/\r?\n/);
  const valid: PublishedVector[] = [];
  const negative: PublishedVector[] = [];
  let section: 'valid' | 'negative' | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('===== VALID =====')) section = 'valid';
    else if (line.includes('===== NEGATIVE =====')) section = 'negative';
    if (!line.startsWith('##')) continue;
    const note = lines[i + 1] ?? '';
    if (!note.startsWith('# source:') || !section) throw new Error(`vectors.txt line ${i + 1}: frame without source note`);
    const source = note.slice('# source:'.length).split('|')[0].trim();
    const vector: PublishedVector = {
      text: line,
      frame: Buffer.from(`${line}\r\n`, 'utf8'),
      source,
      hj212Crc: '',
      modbusCrc: '',
      declaredLength: Number(line.slice(2, 6)),
      actualLength: Buffer.byteLength(line, 'utf8') - 10,
    };
    if (section === 'valid') {
      const m = /len=(\d+) crc=([0-9A-F]{4}) \(CRC-16\/MODBUS of same data would be ([0-9A-F]{4})\)/.exec(note);
      if (!m) throw new Error(`vectors.txt line ${i + 2}: cannot read the valid-frame note`);
      vector.hj212Crc = m[2];
      vector.modbusCrc = m[3];
      valid.push(vector);
    } else {
      const m = /declared len=(\d+) actual=(\d+), crc field=([0-9A-F]{4}), hj212 crc=([0-9A-F]{4}), modbus crc=([0-9A-F]{4})/.exec(note);
      if (!m) throw new Error(`vectors.txt line ${i + 2}: cannot read the negative-frame note`);
      vector.crcField = m[3];
      vector.hj212Crc = m[4];
      vector.modbusCrc = m[5];
      negative.push(vector);
    }
  }
  return { valid, negative };
}
