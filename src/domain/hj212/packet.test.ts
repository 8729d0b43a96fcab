import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeFrame } from './frame.js';
import { isSplit, needsReply, parsePacket, peekAddress, protocolVersion, type Hj212Packet } from './packet.js';
import { loadPublishedVectors } from './vectors.fixture.js';

const { valid, negative } = loadPublishedVectors();

function segmentOf(text: string): string {
  return text.slice(6, -4);
}

function parsed(segment: string): Hj212Packet {
  const result = parsePacket(segment);
  if (!result.ok) throw new Error(result.reason);
  return result.packet;
}

function vector(cnAndMarker: string): string {
  const v = valid.find((x) => x.text.includes(cnAndMarker));
  if (!v) throw new Error(`no vector with ${cnAndMarker}`);
  return segmentOf(v.text);
}

describe('parsePacket on published frames', () => {
  it('parses the Appendix A example', () => {
    const packet = parsed(segmentOf(valid[0].text));
    expect(packet).toEqual({
      qn: '20160801085857223',
      qnTime: new Date('2016-08-01T00:58:57.223Z'),
      st: '32',
      cn: '1062',
      pw: '100000',
      mn: '010000A8900016F000169DC0',
      flag: 5,
      cp: { params: { RtdInterval: '30' }, factors: [] },
      otherFields: {},
      problems: [],
    });
    expect(needsReply(packet.flag)).toBe(true);
    expect(isSplit(packet.flag)).toBe(false);
    expect(protocolVersion(packet.flag!)).toBe(1);
  });

  it('parses the 2061 hourly frame, DataTime China time → UTC', () => {
    const packet = parsed(vector('CN=2061'));
    expect(packet.cn).toBe('2061');
    expect(packet.pw).toBe('BF470F88957588DE902D1A52');
    expect(packet.mn).toBe('Z13401000010301');
    // 2019-09-24 22:00:00 in China is 14:00 UTC the same day.
    expect(packet.cp.dataTime).toEqual(new Date('2019-09-24T14:00:00.000Z'));
    expect(packet.cp.factors.map((f) => f.code)).toEqual(['a34006', 'a34007', 'a34048', 'a34047', 'a34049']);
    expect(packet.cp.factors[0]).toEqual({ code: 'a34006', fields: { Avg: '2.69700', Flag: 'N' } });
    expect(packet.cp.factors[4].fields.Avg).toBe('10.66300');
    expect(packet.problems).toEqual([]);
  });

  it('parses a 2011 frame with per-factor SampleTime', () => {
    const packet = parsed(vector('SampleTime=20231008123340'));
    expect(packet.cp.factors).toEqual([{ code: 'w01008', fields: { SampleTime: '20231008123340', Rtd: '123.456' } }]);
    expect(packet.cp.dataTime).toEqual(new Date('2023-10-08T04:33:40.000Z'));
  });

  it('parses a 9011 request reply and a 2081 boot-time upload', () => {
    expect(parsed(vector('CN=9011')).cp.params).toEqual({ QnRtn: '1' });
    expect(parsed(vector('CN=2081')).cp.params).toEqual({ DataTime: '20231008130452', RestartTime: '20231007130452' });
  });

  it('parses vendor variants without QN or Flag', () => {
    const packet = parsed(vector('ST=101'));
    expect(packet.qn).toBeUndefined();
    expect(packet.flag).toBeUndefined();
    expect(needsReply(packet.flag)).toBe(false);
    expect(packet.st).toBe('101');
    expect(packet.mn).toBe('41050022000017');
    expect(packet.cp.factors).toHaveLength(5);
    expect(packet.cp.factors[2]).toEqual({ code: 'ua19004', fields: { Rtd: '2.017', Flag: 'N' } });
    expect(packet.problems).toEqual([]);
  });

  it('accepts a 17-digit DataTime but notes it', () => {
    const packet = parsed(vector('DataTime=20210305003817000'));
    expect(packet.cp.dataTime).toEqual(new Date('2021-03-04T16:38:17.000Z'));
    expect(packet.problems).toEqual([expect.stringContaining('milliseconds')]);
    // ';' between factors and no -Flag: still two factors
    expect(packet.cp.factors).toEqual([
      { code: 'ele01', fields: { Rtd: '1' } },
      { code: 'ele02', fields: { Rtd: '0' } },
    ]);
  });

  it('parses every valid vector with CN and, for data uploads, a DataTime', () => {
    for (const v of valid) {
      const packet = parsed(segmentOf(v.text));
      expect(packet.cn, v.source).toMatch(/^\d{4}$/);
      if (['2011', '2051', '2061', '2031'].includes(packet.cn!)) expect(packet.cp.dataTime, v.source).toBeInstanceOf(Date);
    }
  });

  it('parses the 872-byte 2011 frame with 31 factors', () => {
    expect(parsed(vector('MN=88888880000001')).cp.factors).toHaveLength(31);
  });

  it('reports PNUM/PNO without the Flag D bit (negative vector 3 body)', () => {
    const packet = parsed(segmentOf(negative[2].text));
    expect(packet.pnum).toBe(2);
    expect(packet.pno).toBe(2);
    expect(packet.problems).toContain('PNUM/PNO present but Flag D bit is not set');
    expect(packet.cp.factors[0].fields).toEqual({
      Avg: '101.85',
      Min: '101.84',
      Max: '101.87',
      ValidNum: '10',
      TotalNum: '10',
    });
  });

  it('notes duplicate factor fields and keeps the first (negative vector 2 body)', () => {
    const packet = parsed(segmentOf(negative[1].text));
    expect(packet.problems).toContain('duplicate CP field a21-Rtd; kept the first');
  });

  it('decodes then parses every valid frame end to end', () => {
    for (const v of valid) {
      const frame = decodeFrame(v.frame);
      expect(frame.ok && parsePacket(frame.dataSegment).ok, v.source).toBe(true);
    }
  });
});

describe('parsePacket edge cases', () => {
  it('converts DataTime across midnight and year end', () => {
    expect(parsed('CN=2011;CP=&&DataTime=20200101050000&&').cp.dataTime).toEqual(new Date('2019-12-31T21:00:00.000Z'));
  });

  it('rejects impossible dates instead of rolling them over', () => {
    const packet = parsed('CN=2011;CP=&&DataTime=20190230120000&&');
    expect(packet.cp.dataTime).toBeUndefined();
    expect(packet.cp.params.DataTime).toBe('20190230120000');
    expect(packet.problems).toEqual([expect.stringContaining('DataTime')]);
  });

  it('reads Flag D and A bits, with PNUM/PNO', () => {
    const packet = parsed('QN=20240101000000000;ST=39;CN=2011;PW=1;MN=2;Flag=7;PNUM=3;PNO=1;CP=&&&&');
    expect(packet).toMatchObject({ flag: 7, pnum: 3, pno: 1, problems: [] });
    expect(needsReply(7)).toBe(true);
    expect(isSplit(7)).toBe(true);
    expect(needsReply(4)).toBe(false);
    expect(isSplit(4)).toBe(false);
    expect(protocolVersion(4)).toBe(1);
    expect(protocolVersion(0)).toBe(0);
    expect(parsed('Flag=6;CP=&&&&').problems).toContain('Flag D bit is set but PNUM/PNO are missing');
  });

  it('notes a bad Flag, QN and header spelling without failing', () => {
    const packet = parsed('qn=abc;flag=300;CN=2011;CP=&&&&');
    expect(packet.qn).toBe('abc');
    expect(packet.qnTime).toBeUndefined();
    expect(packet.flag).toBeUndefined();
    expect(packet.problems).toEqual([
      'header field qn should be spelled QN',
      'header field flag should be spelled Flag',
      'QN "abc" is not a YYYYMMDDhhmmsszzz timestamp',
      'Flag "300" is not an integer 0..255',
    ]);
  });

  it('keeps unknown header fields', () => {
    expect(parsed('ST=39;CN=2011;Foo=bar;CP=&&&&').otherFields).toEqual({ Foo: 'bar' });
  });

  it('handles an empty CP, values containing "=" and codes containing "-"', () => {
    expect(parsed('CN=9014;CP=&&&&').cp).toEqual({ params: {}, factors: [] });
    const packet = parsed('CN=3020;CP=&&a-b-Info=x=y;Note=&&');
    expect(packet.cp.factors).toEqual([{ code: 'a-b', fields: { Info: 'x=y' } }]);
    expect(packet.cp.params).toEqual({ Note: '' });
  });

  it('fails only when CP is missing or unclosed', () => {
    expect(parsePacket('QN=1;ST=2')).toEqual({ ok: false, reason: 'no CP=&& field' });
    expect(parsePacket('ST=2;CP=&&')).toEqual({ ok: false, reason: 'CP is not closed with &&' });
    expect(parsePacket('')).toMatchObject({ ok: false });
  });

  it('does not mistake a CP=&& inside another field for the CP field', () => {
    const packet = parsed('PW=xCP=&&;CP=&&a34002-Rtd=1&&');
    expect(packet.pw).toBe('xCP=&&');
    expect(packet.cp.factors).toEqual([{ code: 'a34002', fields: { Rtd: '1' } }]);
  });

  it('treats __proto__ and constructor as ordinary names', () => {
    const packet = parsed('__proto__=1;CP=&&constructor=2;__proto__-Rtd=3&&');
    expect(Object.hasOwn(packet.otherFields, '__proto__')).toBe(true);
    expect(packet.cp.params.constructor).toBe('2');
    expect(packet.cp.factors[0].code).toBe('__proto__');
  });
});

describe('parsePacket properties', () => {
  const packetAlphabet = fc.constantFrom(...'QNSTCPWMFlagRtdAvg-=;,&&0123456789a.'.split(''), 'CP=&&', '&&', 'DataTime=', 'Flag=');

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(typeof parsePacket(s).ok).toBe('boolean');
      }),
    );
  });

  it('never throws on packet-shaped noise, and always terminates', () => {
    fc.assert(
      fc.property(fc.array(packetAlphabet, { maxLength: 200 }), (parts) => {
        const result = parsePacket(parts.join(''));
        if (result.ok) expect(Array.isArray(result.packet.cp.factors)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('recovers generated factor values', () => {
    const code = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
    const value = fc.stringMatching(/^[0-9.]{1,8}$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(code, value), { selector: ([c]) => c, maxLength: 10 }), (items) => {
        const cp = items.map(([c, v]) => `${c}-Rtd=${v},${c}-Flag=N`).join(';');
        const packet = parsed(`QN=20240101000000000;ST=39;CN=2011;Flag=4;CP=&&DataTime=20240101000000;${cp}&&`);
        expect(packet.cp.factors).toEqual(items.map(([c, v]) => ({ code: c, fields: { Rtd: v, Flag: 'N' } })));
      }),
    );
  });
});

describe('peekAddress', () => {
  it('reads QN, PW and MN from a header whose CP is cut off or unclosed, in any case', () => {
    expect(peekAddress('QN=20260101000000000;ST=39;CN=2011;pw=123456;MN=XXXX01_AIR01_0001;Flag=5;CP=&&DataTime=2026')).toEqual({
      qn: '20260101000000000',
      pw: '123456',
      mn: 'XXXX01_AIR01_0001',
    });
  });

  it('ignores fields inside CP and items without "="', () => {
    expect(peekAddress('ST=39;garbage;CP=&&MN=evil&&')).toEqual({});
  });
});
