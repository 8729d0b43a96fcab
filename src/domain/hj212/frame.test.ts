import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modbusCrc, modbusCrcByteSwapped } from './crc.js';
import { decodeFrame, encodeFrame, MAX_DATA_SEGMENT_BYTES, type FrameDecodeResult } from './frame.js';
import { loadPublishedVectors, VECTORS_URL } from './vectors.fixture.js';

const { valid, negative } = loadPublishedVectors();

function expectOk(result: FrameDecodeResult): Extract<FrameDecodeResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}: ${result.detail}`);
  return result;
}

function frameWithCrc(segment: string, crc: string): Buffer {
  const data = Buffer.from(segment, 'utf8');
  return Buffer.from(`##${String(data.length).padStart(4, '0')}${segment}${crc}\r\n`, 'utf8');
}

describe('published vectors', () => {
  it('resolves vectors.txt in test/data/hj212 inside the checkout', () => {
    const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
    expect(fileURLToPath(VECTORS_URL)).toBe(path.resolve(repoRoot, 'test/data/hj212/vectors.txt'));
    expect(existsSync(VECTORS_URL)).toBe(true);
  });

  it.each(valid.map((v) => [v.source, v] as const))('accepts valid frame from %s', (_source, v) => {
    const result = expectOk(decodeFrame(v.frame));
    expect(result.crcVariant).toBe('hj212');
    expect(result.lenientCrcUsed).toBe(false);
    expect(result.dataSegment).toBe(v.text.slice(6, -4));
    expect(Buffer.byteLength(result.dataSegment)).toBe(v.declaredLength);
    expect(result.crc.toUpperCase()).toBe(v.hj212Crc);
  });

  it.each(negative.map((v) => [v.source, v] as const))('rejects negative frame from %s with QnRtn 9', (_source, v) => {
    // The file's notes say every negative frame has a correct length and a wrong CRC.
    expect(v.declaredLength).toBe(v.actualLength);
    for (const lenientCrc of [false, true]) {
      const result = decodeFrame(v.frame, { lenientCrc });
      expect(result).toMatchObject({ ok: false, reason: 'crc', qnRtn: 9 });
    }
  });

  it('accepts the lower-case CRC of the guocay 2011 frame (cc01)', () => {
    const v = valid.find((x) => x.text.endsWith('cc01'));
    expect(v).toBeDefined();
    expect(expectOk(decodeFrame(v!.frame)).crc).toBe('cc01');
  });

  it('returns the Appendix A example segment exactly', () => {
    const frame = Buffer.from(
      '##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80\r\n',
    );
    expect(decodeFrame(frame)).toEqual({
      ok: true,
      dataSegment: 'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&',
      crc: '1C80',
      crcVariant: 'hj212',
      lenientCrcUsed: false,
    });
  });
});

describe('encodeFrame', () => {
  it('builds the Appendix A example byte for byte', () => {
    const segment = 'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&';
    expect(encodeFrame(segment).toString('ascii')).toBe(`##0101${segment}1C80\r\n`);
  });

  it('counts UTF-8 bytes, not characters, in the length field', () => {
    const segment = 'ST=39;CN=2011;MN=工地01;CP=&&&&'; // 工地 = 2 chars, 6 bytes
    const frame = encodeFrame(segment);
    expect(frame.subarray(0, 6).toString()).toBe(`##${String(segment.length + 4).padStart(4, '0')}`);
    expect(expectOk(decodeFrame(frame)).dataSegment).toBe(segment);
  });

  it('accepts exactly 1024 bytes and refuses 1025', () => {
    expect(encodeFrame('x'.repeat(MAX_DATA_SEGMENT_BYTES)).length).toBe(1036);
    expect(() => encodeFrame('x'.repeat(MAX_DATA_SEGMENT_BYTES + 1))).toThrow(RangeError);
  });

  it('round-trips arbitrary ASCII segments', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: MAX_DATA_SEGMENT_BYTES }), (segment) => {
        expect(expectOk(decodeFrame(encodeFrame(segment))).dataSegment).toBe(segment);
      }),
    );
  });

  it('round-trips arbitrary Unicode segments that fit in 1024 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (segment) => {
        fc.pre(Buffer.byteLength(segment) <= MAX_DATA_SEGMENT_BYTES);
        expect(expectOk(decodeFrame(encodeFrame(segment))).dataSegment).toBe(segment);
      }),
    );
  });
});

describe('decodeFrame errors', () => {
  const good = encodeFrame('ST=39;CN=2011;CP=&&a34002-Rtd=50&&');

  it('reports a wrong length field as a length error', () => {
    expect(good.toString().startsWith('##0034')).toBe(true);
    const text = good.toString().replace('##0034', '##0035');
    expect(decodeFrame(Buffer.from(text))).toMatchObject({ ok: false, reason: 'length', qnRtn: 100 });
  });

  it('reports a wrong CRC as a CRC error answered with QnRtn 9', () => {
    const text = good.toString();
    const crc = text.slice(-6, -2);
    const wrong = text.slice(0, -6) + (crc === '0000' ? '0001' : '0000') + '\r\n';
    expect(decodeFrame(Buffer.from(wrong))).toMatchObject({ ok: false, reason: 'crc', qnRtn: 9 });
  });

  it('reports a declared length over 1024 as tooLarge', () => {
    expect(decodeFrame(Buffer.from('##1025' + 'x'.repeat(1025) + '0000\r\n'))).toMatchObject({ ok: false, reason: 'tooLarge' });
    expect(decodeFrame(Buffer.from('##9999xx'))).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it.each([
    ['empty', ''],
    ['no header', 'QN=1;CP=&&&&FFFF\r\n'],
    ['single #', '#0000FFFF\r\n'],
    ['letters in length', '##00a0FFFF\r\n'],
    ['missing CR LF', '##0000FFFF'],
    ['LF only', '##0000FFFF\n'],
    ['CRC not hex', '##0000FFFG\r\n'],
    ['trailing bytes', '##0000FFFF\r\n##'],
  ])('reports %s as a syntax or length error', (_name, text) => {
    const result = decodeFrame(Buffer.from(text, 'latin1'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['syntax', 'length']).toContain(result.reason);
  });

  it('accepts an empty data segment (CRC FFFF)', () => {
    expect(expectOk(decodeFrame(Buffer.from('##0000FFFF\r\n'))).dataSegment).toBe('');
  });

  it('rejects a data segment that is not UTF-8', () => {
    const data = Buffer.from([0x41, 0xff, 0x42]);
    const frame = Buffer.concat([Buffer.from('##0003'), data, Buffer.from(`${modbusCrc(data)}\r\n`)]);
    expect(decodeFrame(frame)).toMatchObject({ ok: false });
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1100 }), (bytes) => {
        const result = decodeFrame(bytes);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('never throws on near-frames (valid header, random body)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1100 }), fc.uint8Array({ maxLength: 1100 }), fc.boolean(), (len, body, crlf) => {
        const head = Buffer.from(`##${String(len).padStart(4, '0')}`);
        const frame = Buffer.concat([head, body, Buffer.from(crlf ? '\r\n' : '')]);
        const result = decodeFrame(frame);
        if (result.ok) expect(Buffer.byteLength(result.dataSegment)).toBe(len);
      }),
    );
  });
});

describe('lenient CRC mode', () => {
  const segment = 'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&';

  it('rejects a Modbus CRC by default', () => {
    expect(decodeFrame(frameWithCrc(segment, '0759'))).toMatchObject({ ok: false, reason: 'crc', qnRtn: 9 });
  });

  it('accepts a Modbus CRC in either byte order and flags it', () => {
    expect(modbusCrcByteSwapped(segment)).toBe('5907');
    expect(decodeFrame(frameWithCrc(segment, '0759'), { lenientCrc: true })).toMatchObject({
      ok: true,
      crcVariant: 'modbus',
      lenientCrcUsed: true,
      dataSegment: segment,
    });
    expect(decodeFrame(frameWithCrc(segment, '5907'), { lenientCrc: true })).toMatchObject({
      ok: true,
      crcVariant: 'modbusByteSwapped',
      lenientCrcUsed: true,
    });
  });

  it('still prefers and reports the standard CRC', () => {
    expect(decodeFrame(frameWithCrc(segment, '1c80'), { lenientCrc: true })).toMatchObject({
      ok: true,
      crcVariant: 'hj212',
      lenientCrcUsed: false,
    });
  });

  it('still rejects a CRC that is neither', () => {
    expect(decodeFrame(frameWithCrc(segment, 'ABCD'), { lenientCrc: true })).toMatchObject({ ok: false, reason: 'crc' });
  });
});
