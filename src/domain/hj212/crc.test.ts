import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hj212Crc, hj212CrcValue, modbusCrc, modbusCrcByteSwapped } from './crc.js';
import { loadPublishedVectors } from './vectors.fixture.js';

const APPENDIX_A_SEGMENT = 'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&';

describe('HJ 212-2017 附录A CRC', () => {
  it('reproduces the standard example 1C80 (the prose typo says 1C08)', () => {
    expect(hj212Crc(APPENDIX_A_SEGMENT)).toBe('1C80');
    expect(hj212Crc(Buffer.from(APPENDIX_A_SEGMENT, 'ascii'))).toBe('1C80');
  });

  it('differs from CRC-16/MODBUS (0759 for the same data)', () => {
    expect(modbusCrc(APPENDIX_A_SEGMENT)).toBe('0759');
    expect(modbusCrcByteSwapped(APPENDIX_A_SEGMENT)).toBe('5907');
  });

  it('matches the published CRC of every vector, both algorithms', () => {
    const { valid, negative } = loadPublishedVectors();
    expect(valid.length).toBe(13);
    expect(negative.length).toBe(4);
    for (const v of [...valid, ...negative]) {
      const data = v.frame.subarray(6, v.frame.length - 6);
      expect(hj212Crc(data), v.source).toBe(v.hj212Crc);
      expect(modbusCrc(data), v.source).toBe(v.modbusCrc);
    }
  });

  it('is 0xFFFF over no bytes, and the standard check value for "123456789"', () => {
    expect(hj212Crc('')).toBe('FFFF');
    expect(modbusCrc('123456789')).toBe('4B37'); // catalogued CRC-16/MODBUS check value
  });

  it('always returns 4 uppercase hex digits', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(hj212Crc(bytes)).toMatch(/^[0-9A-F]{4}$/);
        expect(modbusCrc(bytes)).toMatch(/^[0-9A-F]{4}$/);
        expect(hj212CrcValue(bytes)).toBe(parseInt(hj212Crc(bytes), 16));
      }),
    );
  });
});
