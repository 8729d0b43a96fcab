// Message bodies written out by hand from the field tables of JT/T 808-2013 §8 (clause numbers of the 2013 text:
// §8.1/8.2 通用应答, §8.4 终端注册, §8.5 注册应答, §8.7 终端鉴权, §8.18 位置信息汇报 with its basic-information,
// alarm-bit, status-bit and additional-item tables, and 0x0704 定位数据批量上传) and the 2019 edition's changed field
// sizes (注册: 制造商 BYTE[11], 型号 BYTE[30], 终端 ID BYTE[30]; 鉴权: 长度 + 鉴权码 + IMEI BYTE[15] + 软件版本 BYTE[20]).
// The clause numbers are recalled and worth checking against the printed standard; the byte layouts are the tables'.
import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame, type Jt808Edition, type Jt808Header } from './frame.js';
import { decodeLocation, encodeLocation, loadStatus, STATUS, type LocationInput } from './location.js';
import {
  decodeAuthentication,
  decodeGeneralResponse,
  decodeLocationBatch,
  decodeRegisterResponse,
  decodeRegistration,
  encodeAuthentication,
  encodeGeneralResponse,
  encodeLocationBatch,
  encodeRegisterResponse,
  encodeRegistration,
  MSG,
  REGISTER_RESULT,
} from './messages.js';
import { Reassembler, splitIntoSubpackages } from './subpackage.js';
import { decodeBcdTime, encodeBcdTime } from './time.js';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

function ok(input: Buffer) {
  const r = decodeFrame(input);
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}: ${r.detail}`);
  return r.frame;
}

// 0x0200, 2013 edition, phone 013800138000, serial 002A. Body (40 bytes):
//   报警 00000000 | 状态 00000303 (bit0 ACC 开, bit1 定位, bits 8–9 = 11 满载) | 纬度 01AE34D0 = 28 194 000 → 28.194000°N
//   | 经度 06BBF7F0 = 112 982 000 → 112.982000°E | 高程 0032 = 50 m | 速度 0164 = 356 → 35.6 km/h | 方向 005A = 90°
//   | 时间 BCD 261207093015 = 2026-12-07 09:30:15 China time
//   | 附加 01 04 000004D2 (里程 1234 → 123.4 km) | 30 01 1A (信号 26) | 31 01 0C (卫星 12).
// Header 0200 | 属性 0028 (40) | 013800138000 | 002A; check code 8D.
const LOCATION_BODY = hex('00000000 00000303 01AE34D0 06BBF7F0 0032 0164 005A 261207093015 01 04 000004D2 30 01 1A 31 01 0C');
const LOCATION_2013 = hex(
  '7E 0200 0028 013800138000 002A 00000000 00000303 01AE34D0 06BBF7F0 0032 0164 005A 261207093015 010400 0004D2 30011A 31010C 8D 7E',
);
// Same body, 2019 header: 属性 4028, 协议版本 01, BCD[10] phone; check code CC.
const LOCATION_2019 = hex(
  '7E 0200 4028 01 00000000013800138000 002A 00000000 00000303 01AE34D0 06BBF7F0 0032 0164 005A 261207093015 01 04 000004D2 30 01 1A 31 01 0C CC 7E',
);

const EXPECTED_REPORT = {
  alarm: 0,
  status: 0x303,
  latitudeE6: 28_194_000,
  longitudeE6: 112_982_000,
  altitudeM: 50,
  speedDeciKmh: 356,
  heading: 90,
  time: new Date('2026-12-07T01:30:15Z'),
  extras: { mileageKm: 123.4, signal: 26, satellites: 12 },
};

describe('0x0200 位置信息汇报', () => {
  it.each([
    ['2013', LOCATION_2013],
    ['2019', LOCATION_2019],
  ])('decodes the hand-built %s frame', (edition, frame) => {
    const f = ok(frame);
    expect(f.header).toMatchObject({ messageId: MSG.location, edition, serial: 0x2a });
    const r = decodeLocation(f.body);
    expect(r.ok && r.report).toMatchObject(EXPECTED_REPORT);
    expect(r.ok && r.report.items.map((i) => i.id)).toEqual([0x01, 0x30, 0x31]);
    expect(r.ok && loadStatus(r.report.status)).toBe('full');
  });

  it('encodes the hand-built body byte for byte, and both frames', () => {
    expect(encodeLocation(EXPECTED_REPORT)).toEqual(LOCATION_BODY);
    expect(
      encodeFrame(
        { messageId: 0x200, edition: '2013', protocolVersion: 0, phone: '013800138000', serial: 0x2a, encryption: 0 },
        LOCATION_BODY,
      ),
    ).toEqual(LOCATION_2013);
    expect(
      encodeFrame(
        { messageId: 0x200, edition: '2019', protocolVersion: 1, phone: '00000000013800138000', serial: 0x2a, encryption: 0 },
        LOCATION_BODY,
      ),
    ).toEqual(LOCATION_2019);
  });

  it('status bits 2 and 3 carry south and west; the sign round-trips', () => {
    const r: LocationInput = { ...EXPECTED_REPORT, latitudeE6: -33_868_800, longitudeE6: -70_000_001 };
    const body = encodeLocation(r);
    expect(body.readUInt32BE(4) & (STATUS.south | STATUS.west)).toBe(STATUS.south | STATUS.west);
    expect(body.readUInt32BE(8)).toBe(33_868_800);
    const back = decodeLocation(body);
    expect(back.ok && [back.report.latitudeE6, back.report.longitudeE6]).toEqual([-33_868_800, -70_000_001]);
  });

  it('refuses short bodies, impossible coordinates, headings and times, and items past the end', () => {
    expect(decodeLocation(LOCATION_BODY.subarray(0, 27))).toMatchObject({ ok: false });
    const badLat = Buffer.from(LOCATION_BODY);
    badLat.writeUInt32BE(90_000_001, 8);
    expect(decodeLocation(badLat)).toMatchObject({ ok: false });
    const badHeading = Buffer.from(LOCATION_BODY);
    badHeading.writeUInt16BE(360, 20);
    expect(decodeLocation(badHeading)).toMatchObject({ ok: false });
    const badTime = Buffer.from(LOCATION_BODY);
    badTime[23] = 0x13; // month 13
    expect(decodeLocation(badTime)).toMatchObject({ ok: false });
    expect(decodeLocation(Buffer.concat([LOCATION_BODY.subarray(0, 28), hex('01 04 0000')]))).toMatchObject({ ok: false });
  });
});

describe('BCD time in China time (表23 时间 BCD[6] GMT+8)', () => {
  it('reads 261207093015 as 2026-12-07 01:30:15 UTC and writes it back', () => {
    expect(decodeBcdTime(hex('261207093015'))).toEqual(new Date('2026-12-07T01:30:15Z'));
    expect(encodeBcdTime(new Date('2026-12-07T01:30:15Z'))).toEqual(hex('261207093015'));
  });
  it('crosses midnight in China time, not UTC', () => {
    expect(encodeBcdTime(new Date('2026-12-31T16:00:00Z'))).toEqual(hex('270101000000'));
  });
  it('refuses 31 April, hour 24 and non-decimal nibbles', () => {
    expect(decodeBcdTime(hex('260431000000'))).toBeNull();
    expect(decodeBcdTime(hex('261207240000'))).toBeNull();
    expect(decodeBcdTime(hex('2612070A0000'))).toBeNull();
  });
});

describe('0x0100 终端注册 / 0x8100 注册应答', () => {
  // 2013 body (45 bytes): 省域 002B (43 湖南) | 市县域 0100 | 制造商 BYTE[5] "GBTRK" | 型号 BYTE[20] "GB-808" + 14×00 |
  // 终端 ID BYTE[7] "T000001" | 车牌颜色 02 (黄) | 车牌 GBK "湘A12345" (湘 = CF E6). Header 0100 002D 013800138000 0001; XOR F3.
  const REGISTER_2013 = hex(
    '7E 0100 002D 013800138000 0001 002B 0100 474254524B 47422D3830380000000000000000000000000000 54303030303031 02 CFE6413132333435 F3 7E',
  );
  const registration = {
    province: 43,
    city: 0x100,
    manufacturer: 'GBTRK',
    model: 'GB-808',
    terminalId: 'T000001',
    plateColour: 2,
    plate: '湘A12345',
  };

  it('decodes and encodes the hand-built 2013 registration', () => {
    const f = ok(REGISTER_2013);
    expect(f.header.messageId).toBe(MSG.register);
    expect(decodeRegistration(f.body, '2013')).toEqual({ ok: true, value: registration });
    expect(encodeRegistration(registration, '2013')).toEqual(f.body);
  });

  it('uses the 2019 field sizes (11 + 30 + 30) and round-trips', () => {
    const body = encodeRegistration({ ...registration, terminalId: 'T0000000000000000000000000001' }, '2019');
    expect(body.length).toBe(4 + 11 + 30 + 30 + 1 + 8);
    expect(decodeRegistration(body, '2019')).toEqual({ ok: true, value: { ...registration, terminalId: 'T0000000000000000000000000001' } });
    expect(decodeRegistration(body.subarray(0, 60), '2019')).toMatchObject({ ok: false });
    expect(() => encodeRegistration({ ...registration, manufacturer: 'TOO-LONG' }, '2013')).toThrow(RangeError);
  });

  // 8100 body: 应答流水号 0001 | 结果 00 | 鉴权码 "AUTH1234". Header 8100 000B 013800138000 0000; XOR 2D.
  const REGISTER_RESPONSE = hex('7E 8100 000B 013800138000 0000 0001 00 4155544831323334 2D 7E');

  it('decodes and encodes the hand-built 0x8100; a refusal carries no auth code', () => {
    const f = ok(REGISTER_RESPONSE);
    expect(decodeRegisterResponse(f.body)).toEqual({ ok: true, value: { replySerial: 1, result: 0, authCode: 'AUTH1234' } });
    expect(encodeRegisterResponse({ replySerial: 1, result: 0, authCode: 'AUTH1234' })).toEqual(f.body);
    expect(encodeRegisterResponse({ replySerial: 1, result: REGISTER_RESULT.unknownTerminal, authCode: 'x' })).toEqual(hex('0001 04'));
    expect(decodeRegisterResponse(hex('0001 04'))).toEqual({ ok: true, value: { replySerial: 1, result: 4 } });
  });
});

describe('0x0102 终端鉴权', () => {
  it('2013: the whole body is the auth code', () => {
    expect(encodeAuthentication({ authCode: 'AUTH1234' }, '2013')).toEqual(hex('4155544831323334'));
    expect(decodeAuthentication(hex('4155544831323334'), '2013')).toEqual({ ok: true, value: { authCode: 'AUTH1234' } });
    expect(decodeAuthentication(hex(''), '2013')).toMatchObject({ ok: false });
  });
  it('2019: length, code, IMEI BYTE[15], software version BYTE[20]', () => {
    const body = hex('08 4155544831323334 383637313233343536373839303132 312E302E30 000000000000000000000000000000');
    expect(decodeAuthentication(body, '2019')).toEqual({
      ok: true,
      value: { authCode: 'AUTH1234', imei: '867123456789012', softwareVersion: '1.0.0' },
    });
    expect(encodeAuthentication({ authCode: 'AUTH1234', imei: '867123456789012', softwareVersion: '1.0.0' }, '2019')).toEqual(body);
    expect(decodeAuthentication(body.subarray(0, 30), '2019')).toMatchObject({ ok: false });
  });
});

describe('0x0001 / 0x8001 通用应答', () => {
  it('应答流水号 WORD, 应答 ID WORD, 结果 BYTE', () => {
    const body = hex('002A 0200 00');
    expect(encodeGeneralResponse({ replySerial: 0x2a, replyId: 0x200, result: 0 })).toEqual(body);
    expect(decodeGeneralResponse(body)).toEqual({ ok: true, value: { replySerial: 0x2a, replyId: 0x200, result: 0 } });
    expect(decodeGeneralResponse(body.subarray(0, 4))).toMatchObject({ ok: false });
  });
});

describe('0x0704 定位数据批量上传', () => {
  // 2019 header 0704 | 属性 403F (63) | 01 | 00000000013800138000 | 0003. Body: 数据项个数 0002 | 类型 01 (盲区补报) |
  // 长度 001C + 28-byte basic report (09:00:00, located) | 长度 001C + report (09:00:10, emergency alarm bit 0).
  const BATCH_2019 = hex(
    '7E 0704 403F 01 00000000013800138000 0003 0002 01' +
      ' 001C 00000000 00000002 01AE34D0 06BBF7F0 0000 0000 0000 261207090000' +
      ' 001C 00000001 00000002 01AE3534 06BBF854 0000 0000 0000 261207090010 88 7E',
  );

  it('decodes the hand-built blind-area back-fill batch', () => {
    const f = ok(BATCH_2019);
    const r = decodeLocationBatch(f.body);
    expect(r.ok && r.value.batchType).toBe(1);
    expect(r.ok && r.value.reports.map((x) => [x.alarm, x.latitudeE6, x.longitudeE6, x.time.toISOString()])).toEqual([
      [0, 28_194_000, 112_982_000, '2026-12-07T01:00:00.000Z'],
      [1, 28_194_100, 112_982_100, '2026-12-07T01:00:10.000Z'],
    ]);
    expect(encodeLocationBatch(1, r.ok ? r.value.reports : [])).toEqual(f.body);
  });

  it('refuses a wrong item count, an unknown type, trailing bytes and a bad item', () => {
    const body = ok(BATCH_2019).body;
    const more = Buffer.from(body);
    more.writeUInt16BE(3, 0);
    expect(decodeLocationBatch(more)).toMatchObject({ ok: false });
    const type2 = Buffer.from(body);
    type2[2] = 2;
    expect(decodeLocationBatch(type2)).toMatchObject({ ok: false });
    expect(decodeLocationBatch(Buffer.concat([body, hex('00')]))).toMatchObject({ ok: false });
    const badItem = Buffer.from(body);
    badItem[3 + 2 + 22 + 1] = 0x13; // first item's month = 13
    expect(decodeLocationBatch(badItem)).toMatchObject({ ok: false });
  });
});

describe('round trip of every message type on both editions', () => {
  const editions: Jt808Edition[] = ['2013', '2019'];
  const header = (edition: Jt808Edition, messageId: number): Jt808Header => ({
    messageId,
    edition,
    protocolVersion: edition === '2019' ? 1 : 0,
    phone: edition === '2019' ? '00000000013912345678' : '013912345678',
    serial: 7,
    encryption: 0,
  });
  const registration = { province: 43, city: 100, manufacturer: 'GB', model: 'M1', terminalId: 'T1', plateColour: 2, plate: '湘A0001' };
  it.each(editions)('%s', (edition) => {
    const cases: [number, Buffer, (b: Buffer) => unknown, unknown][] = [
      [
        MSG.terminalResponse,
        encodeGeneralResponse({ replySerial: 3, replyId: 0x8100, result: 0 }),
        (b) => decodeGeneralResponse(b),
        { replySerial: 3, replyId: 0x8100, result: 0 },
      ],
      [
        MSG.platformResponse,
        encodeGeneralResponse({ replySerial: 4, replyId: 0x704, result: 2 }),
        (b) => decodeGeneralResponse(b),
        { replySerial: 4, replyId: 0x704, result: 2 },
      ],
      [MSG.heartbeat, Buffer.alloc(0), (b) => b.length, 0],
      [MSG.logout, Buffer.alloc(0), (b) => b.length, 0],
      [MSG.register, encodeRegistration(registration, edition), (b) => decodeRegistration(b, edition), registration],
      [
        MSG.registerResponse,
        encodeRegisterResponse({ replySerial: 7, result: 0, authCode: '鉴权A1' }),
        (b) => decodeRegisterResponse(b),
        { replySerial: 7, result: 0, authCode: '鉴权A1' },
      ],
      [
        MSG.authenticate,
        encodeAuthentication({ authCode: 'A1' }, edition),
        (b) => decodeAuthentication(b, edition),
        edition === '2013' ? { authCode: 'A1' } : { authCode: 'A1', imei: '', softwareVersion: '' },
      ],
      [
        MSG.location,
        encodeLocation(EXPECTED_REPORT),
        (b) => {
          const r = decodeLocation(b);
          return r.ok ? { ...r.report, items: undefined } : r;
        },
        { ...EXPECTED_REPORT, items: undefined },
      ],
      [
        MSG.locationBatch,
        encodeLocationBatch(0, [EXPECTED_REPORT, EXPECTED_REPORT]),
        (b) => {
          const r = decodeLocationBatch(b);
          return r.ok ? [r.value.batchType, r.value.reports.length] : r;
        },
        [0, 2],
      ],
    ];
    for (const [id, body, decode, expected] of cases) {
      const f = ok(encodeFrame(header(edition, id), body));
      expect(f.header).toEqual(header(edition, id));
      const decoded = decode(f.body);
      expect(
        decoded && typeof decoded === 'object' && 'ok' in decoded ? (decoded as unknown as { value: unknown }).value : decoded,
      ).toEqual(expected);
    }
  });
});

describe('sub-packages (消息包封装项)', () => {
  const base: Omit<Jt808Header, 'subpackage'> = {
    messageId: MSG.locationBatch,
    edition: '2019',
    protocolVersion: 1,
    phone: '00000000013800138000',
    serial: 0xfffe,
    encryption: 0,
  };
  const body = encodeLocationBatch(
    1,
    Array.from({ length: 40 }, (_, i) => ({ ...EXPECTED_REPORT, time: new Date(Date.UTC(2026, 11, 7, 1, 0, i)) })),
  );

  it('reassembles pieces arriving out of order, with serials wrapping past 0xFFFF', () => {
    const pieces = splitIntoSubpackages(base, body, 500).map((p) => ok(encodeFrame(p.header, p.body)));
    expect(pieces.length).toBe(Math.ceil(body.length / 500));
    const r = new Reassembler();
    const order = [...pieces].reverse();
    const results = order.map((p) => r.push(p, 0));
    expect(results.slice(0, -1).every((x) => x.type === 'partial')).toBe(true);
    const last = results[results.length - 1];
    expect(last.type === 'complete' && last.body).toEqual(body);
    expect(last.type === 'complete' && last.header).toEqual(base);
    expect(r.inFlight).toBe(0);
  });

  it('drops a message whose pieces stop coming, and caps messages in flight', () => {
    const pieces = splitIntoSubpackages(base, body, 500).map((p) => ok(encodeFrame(p.header, p.body)));
    const r = new Reassembler({ timeoutMs: 1000, maxMessages: 1 });
    expect(r.push(pieces[0], 0).type).toBe('partial');
    const other = splitIntoSubpackages({ ...base, serial: 100 }, body, 500).map((p) => ok(encodeFrame(p.header, p.body)));
    expect(r.push(other[0], 10).type).toBe('rejected');
    expect(r.expire(2000)).toBe(1);
    expect(r.push(other[0], 2001).type).toBe('partial');
  });

  it('a message that is not split passes straight through', () => {
    const f = ok(LOCATION_2013);
    expect(new Reassembler().push(f, 0)).toEqual({ type: 'complete', header: f.header, body: f.body });
  });
});
