import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatChinaTimestamp, parseChinaTimestamp, parseQn } from './time.js';

describe('China-time timestamps (HJ 212-2017 QN / DataTime)', () => {
  it('converts DataTime (UTC+8, no DST) to UTC', () => {
    expect(parseChinaTimestamp('20190924220000')).toEqual(new Date('2019-09-24T14:00:00Z'));
    expect(parseChinaTimestamp('20190701070000')).toEqual(new Date('2019-06-30T23:00:00Z'));
  });

  it('parses a QN with milliseconds', () => {
    expect(parseQn('20160801085857223')).toEqual(new Date('2016-08-01T00:58:57.223Z'));
    expect(parseQn('20160801085857')).toBeUndefined();
  });

  it.each(['', '2019092422000', '2019-09-24 22:00', '20191324220000', '20190229000000', '20190924240000', '00990101000000'])(
    'rejects %j',
    (text) => expect(parseChinaTimestamp(text)).toBeUndefined(),
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseChinaTimestamp('20240229120000')).toEqual(new Date('2024-02-29T04:00:00Z'));
  });

  it('formats back to China time, with or without milliseconds', () => {
    expect(formatChinaTimestamp(new Date('2019-09-24T14:00:00Z'))).toBe('20190924220000');
    expect(formatChinaTimestamp(new Date('2016-08-01T00:58:57.223Z'), true)).toBe('20160801085857223');
  });

  it('round-trips any time between 1970 and 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 - 8 * 3600_000 }), (ms) => {
        const time = new Date(ms);
        expect(parseChinaTimestamp(formatChinaTimestamp(time, true))).toEqual(time);
      }),
    );
  });
});
