import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePacket, type Hj212Packet } from './packet.js';
import { DEFAULT_FACTOR_ALIASES, parseDecimal, readingsFromPacket, type PacketReadings } from './readings.js';
import { loadPublishedVectors } from './vectors.fixture.js';

function packet(segment: string): Hj212Packet {
  const result = parsePacket(segment);
  if (!result.ok) throw new Error(result.reason);
  return result.packet;
}

const HEAD = 'QN=20240315103000123;ST=39;PW=123456;MN=GB0001;Flag=5';

/** Every factor of the packet ends up in exactly one place: a reading, unknownFactors, or a value-level rejection. */
function expectAllAccounted(p: Hj212Packet, result: PacketReadings): void {
  const placed = [
    ...result.readings.map((r) => r.factorCode),
    ...result.unknownFactors.map((f) => f.code),
    ...result.rejected.filter((r) => r.field !== 'Min' && r.field !== 'Max').map((r) => r.code),
  ];
  expect(placed.sort()).toEqual(p.cp.factors.map((f) => f.code).sort());
}

describe('readingsFromPacket', () => {
  it('maps a 2011 dust/noise upload with 附录B codes', () => {
    const p = packet(
      `${HEAD};CN=2011;CP=&&DataTime=20240315103000;a34002-Rtd=85.3,a34002-Flag=N;a34004-Rtd=40.1;a01001-Rtd=25.4,a01001-Flag=D;LA-Rtd=55.2,LA-Flag=N&&`,
    );
    const time = new Date('2024-03-15T02:30:00Z');
    const result = readingsFromPacket(p);
    expect(result).toEqual({
      kind: 'rtd',
      readings: [
        { metric: 'pm10', factorCode: 'a34002', time, value: 85.3, flag: 'N', kind: 'rtd' },
        { metric: 'pm2_5', factorCode: 'a34004', time, value: 40.1, flag: 'N', kind: 'rtd' },
        { metric: 'temperature', factorCode: 'a01001', time, value: 25.4, flag: 'D', kind: 'rtd' },
        { metric: 'noise_la', factorCode: 'LA', time, value: 55.2, flag: 'N', kind: 'rtd' },
      ],
      unknownFactors: [],
      rejected: [],
    });
  });

  it('maps vendor names through the default alias map', () => {
    const p = packet(
      `${HEAD};CN=2011;CP=&&DataTime=20240315103000;PM10-Rtd=120;PM2.5-Rtd=60;PM25-Rtd=61;TSP-Rtd=200;NOIS-Rtd=66.1;TEM-Rtd=18;RH-Rtd=55;WS-Rtd=2.1;WD-Rtd=270;PA-Rtd=101.3&&`,
    );
    const metrics = readingsFromPacket(p).readings.map((r) => [r.metric, r.value]);
    expect(metrics).toEqual([
      ['pm10', 120],
      ['pm2_5', 60],
      ['pm2_5', 61],
      ['tsp', 200],
      ['noise_leq', 66.1],
      ['temperature', 18],
      ['humidity', 55],
      ['wind_speed', 2.1],
      ['wind_direction', 270],
      ['pressure', 101.3],
    ]);
  });

  it('uses the alias map passed in, which wins over 附录B, case-insensitively', () => {
    const p = packet(`${HEAD};CN=2011;CP=&&DataTime=20240315103000;pm10-Rtd=1;a34002-Rtd=2;DUST-Rtd=3&&`);
    const result = readingsFromPacket(p, { PM10: 'pm10', A34002: 'pm10_station', dust: 'tsp' });
    expect(result.readings.map((r) => [r.factorCode, r.metric])).toEqual([
      ['pm10', 'pm10'],
      ['a34002', 'pm10_station'],
      ['DUST', 'tsp'],
    ]);
    // Without the vendor alias, DUST is unknown, not dropped.
    expect(readingsFromPacket(p).unknownFactors).toEqual([{ code: 'DUST', fields: { Rtd: '3' } }]);
  });

  it('reads the published 2061 frame: a34006-Avg=2.69700 hourly, period start 14:00 UTC', () => {
    const v = loadPublishedVectors().valid.find((x) => x.text.includes('CN=2061'))!;
    const p = packet(v.text.slice(6, -4));
    // a34006..a34049 are not smart-site factors: all five come back as unknown, none vanish.
    const byDefault = readingsFromPacket(p);
    expect(byDefault.readings).toEqual([]);
    expect(byDefault.unknownFactors.map((f) => f.code)).toEqual(['a34006', 'a34007', 'a34048', 'a34047', 'a34049']);
    const mapped = readingsFromPacket(p, { ...DEFAULT_FACTOR_ALIASES, a34006: 'a34006' });
    expect(mapped.readings).toEqual([
      { metric: 'a34006', factorCode: 'a34006', time: new Date('2019-09-24T14:00:00Z'), value: 2.697, flag: 'N', kind: 'hour' },
    ]);
    expect(mapped.unknownFactors).toHaveLength(4);
  });

  it('keeps Min/Max of 2051 minute data', () => {
    const p = packet(`${HEAD};CN=2051;CP=&&DataTime=20230327090000;a01006-Avg=101.85,a01006-Min=101.84,a01006-Max=101.87,a01006-Flag=N&&`);
    expect(readingsFromPacket(p).readings).toEqual([
      {
        metric: 'pressure',
        factorCode: 'a01006',
        time: new Date('2023-03-27T01:00:00Z'),
        value: 101.85,
        flag: 'N',
        kind: 'minute',
        min: 101.84,
        max: 101.87,
      },
    ]);
  });

  it('reads the C.26 noise minute statistics from -Data', () => {
    const p = packet(
      `${HEAD};CN=2051;CP=&&DataTime=20240315103000;L5-Data=53.0;L10-Data=52.0;L50-Data=49.0;L90-Data=45.0;Leq-Data=50.0;LMx-Data=54.0;LMn-Data=42.0&&`,
    );
    expect(readingsFromPacket(p).readings.map((r) => [r.metric, r.value])).toEqual([
      ['noise_l5', 53],
      ['noise_l10', 52],
      ['noise_l50', 49],
      ['noise_l90', 45],
      ['noise_leq', 50],
      ['noise_lmx', 54],
      ['noise_lmn', 42],
    ]);
  });

  it('reads 2031 daily data with Min/Max and rejects a non-numeric Max separately', () => {
    const p = packet(`${HEAD};CN=2031;CP=&&DataTime=20240314000000;a34002-Avg=88,a34002-Min=20,a34002-Max=--,a34002-Flag=N&&`);
    const result = readingsFromPacket(p);
    expect(result.kind).toBe('day');
    expect(result.readings).toEqual([
      { metric: 'pm10', factorCode: 'a34002', time: new Date('2024-03-13T16:00:00Z'), value: 88, flag: 'N', kind: 'day', min: 20 },
    ]);
    expect(result.rejected).toEqual([
      { code: 'a34002', metric: 'pm10', field: 'Max', value: '--', reason: 'value is not a decimal number' },
    ]);
  });

  it('uses a per-factor SampleTime for real-time data', () => {
    const p = packet(`${HEAD};CN=2011;CP=&&DataTime=20240315103000;a34002-SampleTime=20240315102955,a34002-Rtd=70&&`);
    expect(readingsFromPacket(p).readings[0].time).toEqual(new Date('2024-03-15T02:29:55Z'));
  });

  it('rejects non-numeric values, missing values and a missing DataTime with reasons', () => {
    const p = packet(`${HEAD};CN=2011;CP=&&DataTime=20240315103000;a34002-Rtd=NaN;a34004-Rtd=;a01001-Flag=N;a01002-Rtd=0x10&&`);
    const result = readingsFromPacket(p);
    expect(result.readings).toEqual([]);
    expect(result.rejected).toEqual([
      { code: 'a34002', metric: 'pm10', field: 'Rtd', value: 'NaN', reason: 'value is not a decimal number' },
      { code: 'a34004', metric: 'pm2_5', field: 'Rtd', value: '', reason: 'value is not a decimal number' },
      { code: 'a01001', metric: 'temperature', reason: 'no Rtd value for a rtd upload' },
      { code: 'a01002', metric: 'humidity', field: 'Rtd', value: '0x10', reason: 'value is not a decimal number' },
    ]);
    const noTime = packet(`${HEAD};CN=2011;CP=&&a34002-Rtd=70&&`);
    expect(readingsFromPacket(noTime).rejected).toEqual([
      { code: 'a34002', metric: 'pm10', field: 'Rtd', value: '70', reason: 'missing or invalid DataTime' },
    ]);
  });

  it('ignores commands that are not data uploads', () => {
    const p = packet(`${HEAD};CN=9011;CP=&&QnRtn=1&&`);
    expect(readingsFromPacket(p)).toEqual({
      readings: [],
      unknownFactors: [],
      rejected: [],
      ignoredReason: 'CN=9011 is not a data upload',
    });
  });

  it('accounts for every factor of every published data frame', () => {
    for (const v of loadPublishedVectors().valid) {
      const p = packet(v.text.slice(6, -4));
      const result = readingsFromPacket(p);
      if (result.kind) expectAllAccounted(p, result);
    }
  });

  it('accounts for every factor of generated packets', () => {
    const code = fc.constantFrom('a34002', 'a34004', 'LA', 'Leq', 'PM10', 'TEM', 'x1', 'w01001', 'constructor', '__proto__');
    const value = fc.oneof(fc.constantFrom('1', '2.5', '-3', '', 'abc', '1e2', 'NaN'), fc.string({ maxLength: 5 }));
    const fieldName = fc.constantFrom('Rtd', 'Avg', 'Min', 'Max', 'Flag', 'Data', 'SampleTime');
    const cn = fc.constantFrom('2011', '2051', '2061', '2031');
    fc.assert(
      fc.property(cn, fc.array(fc.tuple(code, fieldName, value), { maxLength: 12 }), (c, items) => {
        const cp = items.map(([k, f, v]) => `${k}-${f}=${v.replace(/[;,&=]/g, '')}`).join(';');
        const p = packet(`${HEAD};CN=${c};CP=&&DataTime=20240315103000;${cp}&&`);
        const result = readingsFromPacket(p);
        expectAllAccounted(p, result);
        for (const r of result.readings) expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
  });
});

describe('parseDecimal', () => {
  it.each([
    ['85.3', 85.3],
    ['-3', -3],
    ['+0.5', 0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    [' 42 ', 42],
  ])('reads %j', (text, value) => expect(parseDecimal(text)).toBe(value));

  it.each(['', 'NaN', 'Infinity', '0x10', '1,5', '--', '1.2.3', '1e999'])('rejects %j', (text) =>
    expect(parseDecimal(text)).toBeUndefined(),
  );
});
