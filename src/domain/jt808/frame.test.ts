// Vectors written out by hand, byte by byte, from the field tables of JT/T 808-2013 §4.4 (消息结构: 标识位, 消息头
// 表2, 消息体属性 图1, 校验码, 转义) and JT/T 808-2019 §4.5 (消息头 with 协议版本号 and BCD[10] 终端手机号, 版本标识
// bit 14). Check codes were computed by hand as the XOR of every header and body byte (shown for the first one).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCode, decodeFrame, encodeFrame, escape, MAX_BODY_BYTES, terminalNumber, unescape, type Jt808Header } from './frame.js';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

function ok(input: Buffer) {
  const r = decodeFrame(input);
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}: ${r.detail}`);
  return r.frame;
}

// 2013 §8.3 终端心跳 0x0002, empty body. Header: 消息 ID 0002 | 属性 0000 (length 0, no encryption, no sub-package,
// bit 14 clear = 2013) | 手机号 BCD[6] 013800138000 | 流水号 0001. XOR 02^01^38^13^80^01 = A9.
const HEARTBEAT_2013 = hex('7E 0002 0000 013800138000 0001 A9 7E');
// 2019 §4.5.3: 属性 4000 (bit 14 版本标识), 协议版本号 01, 手机号 BCD[10] 00000000013800138000, 流水号 0001; XOR E8.
const HEARTBEAT_2019 = hex('7E 0002 4000 01 00000000013800138000 0001 E8 7E');

describe('JT/T 808 frame header (2013 §4.4.3 表2, 2019 §4.5.3)', () => {
  it('decodes the hand-built 2013 heartbeat', () => {
    expect(ok(HEARTBEAT_2013)).toEqual({
      header: { messageId: 0x0002, edition: '2013', protocolVersion: 0, phone: '013800138000', serial: 1, encryption: 0 },
      body: Buffer.alloc(0),
    });
  });

  it('decodes the hand-built 2019 heartbeat (version flag, protocol version, BCD[10] phone)', () => {
    expect(ok(HEARTBEAT_2019).header).toEqual({
      messageId: 0x0002,
      edition: '2019',
      protocolVersion: 1,
      phone: '00000000013800138000',
      serial: 1,
      encryption: 0,
    });
  });

  it('encodes both hand-built heartbeats byte for byte', () => {
    expect(encodeFrame({ messageId: 2, edition: '2013', protocolVersion: 0, phone: '013800138000', serial: 1, encryption: 0 })).toEqual(
      HEARTBEAT_2013,
    );
    expect(
      encodeFrame({ messageId: 2, edition: '2019', protocolVersion: 1, phone: '00000000013800138000', serial: 1, encryption: 0 }),
    ).toEqual(HEARTBEAT_2019);
  });

  it('one SIM is one terminal in either edition', () => {
    expect(terminalNumber('013800138000')).toBe('13800138000');
    expect(terminalNumber('00000000013800138000')).toBe('13800138000');
  });

  it('reads the encryption bits 10–12 and the sub-package items (packet total, packet number)', () => {
    // 属性 2405: bit 13 分包, bit 10 RSA, body length 5. 封装项: total 0003, index 0002.
    const raw = hex('0001 2405 013800138000 0009 0003 0002 0007 0200 00');
    const frame = Buffer.concat([hex('7E'), raw, Buffer.from([checkCode(raw)]), hex('7E')]);
    expect(ok(frame).header).toMatchObject({ encryption: 1, subpackage: { total: 3, index: 2 }, serial: 9 });
    expect(ok(frame).body).toEqual(hex('0007 0200 00'));
  });
});

describe('escaping (2013 §4.4.2 / 2019 §4.5.2)', () => {
  // Serial 007E: the content byte 7E is sent as 7D 02; XOR A8^7E = D6.
  const SERIAL_7E = hex('7E 0002 0000 013800138000 007D02 D6 7E');
  // Serial 007D: sent as 7D 01; XOR A8^7D = D5.
  const SERIAL_7D = hex('7E 0002 0000 013800138000 007D01 D5 7E');

  it('escapes 0x7E and 0x7D inside the frame', () => {
    const h: Jt808Header = { messageId: 2, edition: '2013', protocolVersion: 0, phone: '013800138000', serial: 0x7e, encryption: 0 };
    expect(encodeFrame(h)).toEqual(SERIAL_7E);
    expect(encodeFrame({ ...h, serial: 0x7d })).toEqual(SERIAL_7D);
    expect(ok(SERIAL_7E).header.serial).toBe(0x7e);
    expect(ok(SERIAL_7D).header.serial).toBe(0x7d);
  });

  it('refuses an escape byte followed by anything but 01 or 02, and one at the end', () => {
    expect(decodeFrame(hex('7E 0002 0000 013800138000 007D03 D6 7E'))).toMatchObject({ ok: false, reason: 'badEscape' });
    expect(decodeFrame(hex('7E 0002 0000 013800138000 0001 7D 7E'))).toMatchObject({ ok: false, reason: 'badEscape' });
    expect(unescape(hex('7D'))).toBeNull();
  });

  it('escape and unescape are inverse for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const e = escape(bytes);
        expect(e.includes(0x7e)).toBe(false);
        expect(unescape(e)).toEqual(Buffer.from(bytes));
      }),
    );
  });
});

describe('rejecting corrupted frames (both editions)', () => {
  it.each([
    ['2013', HEARTBEAT_2013],
    ['2019', HEARTBEAT_2019],
  ])('%s: a wrong check code is refused, with the header for counting', (edition, frame) => {
    const bad = Buffer.from(frame);
    bad[bad.length - 2] ^= 0x01;
    expect(decodeFrame(bad)).toMatchObject({ ok: false, reason: 'checkCode', header: { edition, serial: 1 } });
  });

  it.each([
    ['2013', HEARTBEAT_2013],
    ['2019', HEARTBEAT_2019],
  ])('%s: every truncation is refused, none throws', (_e, frame) => {
    for (let n = 0; n < frame.length - 2; n++) {
      const cut = Buffer.concat([frame.subarray(0, n), hex('7E')]);
      const r = decodeFrame(cut);
      expect(r.ok).toBe(false);
    }
  });

  it('a body shorter than the properties declare is truncated, a longer one is refused', () => {
    // Properties say 5 body bytes, 2 are present (check code recomputed so only the length is wrong).
    const short = hex('0001 0005 013800138000 0001 0001');
    expect(decodeFrame(Buffer.concat([short, Buffer.from([checkCode(short)])]))).toMatchObject({ ok: false, reason: 'truncated' });
    const long = hex('0002 0000 013800138000 0001 FF');
    expect(decodeFrame(Buffer.concat([long, Buffer.from([checkCode(long)])]))).toMatchObject({ ok: false, reason: 'bodyLength' });
  });

  it('refuses a phone field that is not BCD', () => {
    const raw = hex('0002 0000 0138001380AF 0001');
    expect(decodeFrame(Buffer.concat([raw, Buffer.from([checkCode(raw)])]))).toMatchObject({ ok: false, reason: 'badPhone' });
  });

  it('refuses oversized input and impossible sub-package numbers', () => {
    expect(decodeFrame(Buffer.alloc(5000, 0x11))).toMatchObject({ ok: false, reason: 'tooLarge' });
    const raw = hex('0002 2000 013800138000 0001 0002 0003');
    expect(decodeFrame(Buffer.concat([raw, Buffer.from([checkCode(raw)])]))).toMatchObject({ ok: false, reason: 'badSubpackage' });
    expect(() =>
      encodeFrame(
        { messageId: 0x200, edition: '2013', protocolVersion: 0, phone: '1', serial: 0, encryption: 0 },
        Buffer.alloc(MAX_BODY_BYTES + 1),
      ),
    ).toThrow(RangeError);
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(typeof decodeFrame(bytes).ok).toBe('boolean');
      }),
    );
  });

  it('round-trips random headers and bodies of both editions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'2013' | '2019'>('2013', '2019'),
        fc.integer({ min: 0, max: 0xffff }),
        fc.integer({ min: 0, max: 0xffff }),
        fc.stringMatching(/^\d{1,12}$/),
        fc.uint8Array({ maxLength: MAX_BODY_BYTES }),
        (edition, messageId, serial, digits, body) => {
          const phone = digits.padStart(edition === '2019' ? 20 : 12, '0');
          const header: Jt808Header = { messageId, edition, protocolVersion: edition === '2019' ? 1 : 0, phone, serial, encryption: 0 };
          expect(ok(encodeFrame(header, body))).toEqual({ header, body: Buffer.from(body) });
        },
      ),
      { numRuns: 200 },
    );
  });
});
