// JT/T 808-2013 §4.4 / JT/T 808-2019 §4.5 (数据结构): a message is 标识位 0x7E, 消息头, 消息体, 校验码, 标识位 0x7E.
// Sending: build header+body → append the XOR check code → escape (0x7E → 0x7D 0x02, 0x7D → 0x7D 0x01) → add the
// flags. Receiving is the reverse: unescape → verify the check code → parse. Both editions share this layout; the
// 2019 header is told apart by bit 14 (版本标识) of the message body properties.
import { decodeBcd, encodeBcd } from './bcd.js';

export const FLAG = 0x7e;
export const ESCAPE = 0x7d;

/** 2013 edition: BCD[6] phone, no protocol version byte. 2019: version flag set, protocol version, BCD[10] phone. */
export type Jt808Edition = '2013' | '2019';

/** 消息体属性 bits 0–9: the body is at most 1023 bytes. */
export const MAX_BODY_BYTES = 0x3ff;
/** Longest header: 2019 edition with sub-package items (2+2+1+10+2+4). */
export const MAX_HEADER_BYTES = 21;
/** Longest frame between the two flags once unescaped: header + body + check code. */
export const MAX_UNESCAPED_BYTES = MAX_HEADER_BYTES + MAX_BODY_BYTES + 1;
/** Longest frame between the flags as sent: every byte may be escaped into two. */
export const MAX_ESCAPED_BYTES = 2 * MAX_UNESCAPED_BYTES;
/** Shortest header: 2013 edition without sub-package items (2+2+6+2). */
export const MIN_HEADER_BYTES = 12;

/** 消息体属性 bits 10–12 (数据加密方式): all zero = not encrypted, bit 10 = RSA; the rest reserved. */
export const ENCRYPTION_NONE = 0;
export const ENCRYPTION_RSA = 1;

export interface Jt808Header {
  messageId: number;
  edition: Jt808Edition;
  /** 2019 §4.5.3 协议版本号: 1 for the 2019 edition, incremented with each revision; 0 for 2013 frames. */
  protocolVersion: number;
  /** 终端手机号 as BCD digits: 12 digits (2013) or 20 digits (2019), leading zeros kept. */
  phone: string;
  /** 消息流水号: the sender's counter, from 0, wrapping at 0xFFFF. */
  serial: number;
  /** 消息体属性 bits 10–12. */
  encryption: number;
  /** 消息包封装项, present when bit 13 (分包) is set: total packets and this packet's number, from 1. */
  subpackage?: { total: number; index: number };
}

export interface Jt808Frame {
  header: Jt808Header;
  body: Buffer;
}

export type FrameErrorReason =
  /** 0x7D followed by neither 0x01 nor 0x02, or a frame ending on 0x7D. */
  | 'badEscape'
  /** Fewer bytes than the header (with its sub-package items) and check code need. */
  | 'truncated'
  /** The XOR of header and body differs from the check code. */
  | 'checkCode'
  /** 消息体长度 in the properties disagrees with the bytes actually received. */
  | 'bodyLength'
  /** The phone field holds a nibble that is not a decimal digit. */
  | 'badPhone'
  /** Sub-package items that cannot be (index 0, index above total, total 0). */
  | 'badSubpackage'
  /** More bytes than a frame can have (body above 1023 bytes). */
  | 'tooLarge';

export type FrameDecodeResult =
  | { ok: true; frame: Jt808Frame }
  | {
      ok: false;
      reason: FrameErrorReason;
      detail: string;
      /** The header, when it could still be read: lets the receiver count the reject against the terminal and answer. */
      header?: Jt808Header;
    };

// §4.4.2 (2013) / §4.5.2 (2019) 转义规则.
export function escape(raw: Uint8Array): Buffer {
  let extra = 0;
  for (const b of raw) if (b === FLAG || b === ESCAPE) extra++;
  const out = Buffer.alloc(raw.length + extra);
  let j = 0;
  for (const b of raw) {
    if (b === FLAG) {
      out[j++] = ESCAPE;
      out[j++] = 0x02;
    } else if (b === ESCAPE) {
      out[j++] = ESCAPE;
      out[j++] = 0x01;
    } else out[j++] = b;
  }
  return out;
}

/** Reverses escape(); null when an 0x7D is not followed by 0x01 or 0x02. */
export function unescape(escaped: Uint8Array): Buffer | null {
  const out = Buffer.alloc(escaped.length);
  let j = 0;
  for (let i = 0; i < escaped.length; i++) {
    const b = escaped[i];
    if (b === FLAG) return null;
    if (b !== ESCAPE) {
      out[j++] = b;
      continue;
    }
    const next = escaped[++i];
    if (next === 0x02) out[j++] = FLAG;
    else if (next === 0x01) out[j++] = ESCAPE;
    else return null;
  }
  return out.subarray(0, j);
}

// §4.4.4 (2013) / §4.5.4 (2019) 校验码: XOR from the first header byte to the byte before the check code.
export function checkCode(bytes: Uint8Array): number {
  let x = 0;
  for (const b of bytes) x ^= b;
  return x;
}

const VERSION_FLAG = 1 << 14;
const SUBPACKAGE_FLAG = 1 << 13;

function headerBytes(header: Jt808Header, bodyLength: number): Buffer {
  if (bodyLength > MAX_BODY_BYTES) throw new RangeError(`body of ${bodyLength} bytes exceeds ${MAX_BODY_BYTES}; send it in sub-packages`);
  if (!Number.isInteger(header.encryption) || header.encryption < 0 || header.encryption > 7) throw new RangeError('encryption is 3 bits');
  let props = bodyLength | (header.encryption << 10);
  if (header.subpackage) props |= SUBPACKAGE_FLAG;
  if (header.edition === '2019') props |= VERSION_FLAG;
  const phone = encodeBcd(header.phone, header.edition === '2019' ? 10 : 6);
  const parts: Buffer[] = [];
  const head = Buffer.alloc(4);
  head.writeUInt16BE(header.messageId, 0);
  head.writeUInt16BE(props, 2);
  parts.push(head);
  if (header.edition === '2019') parts.push(Buffer.from([header.protocolVersion & 0xff]));
  parts.push(phone);
  const serial = Buffer.alloc(2);
  serial.writeUInt16BE(header.serial & 0xffff, 0);
  parts.push(serial);
  if (header.subpackage) {
    const sp = Buffer.alloc(4);
    sp.writeUInt16BE(header.subpackage.total, 0);
    sp.writeUInt16BE(header.subpackage.index, 2);
    parts.push(sp);
  }
  return Buffer.concat(parts);
}

/** The frame as sent on the wire, flags included. */
export function encodeFrame(header: Jt808Header, body: Uint8Array = Buffer.alloc(0)): Buffer {
  const raw = Buffer.concat([headerBytes(header, body.length), body]);
  const withCheck = Buffer.concat([raw, Buffer.from([checkCode(raw)])]);
  return Buffer.concat([Buffer.from([FLAG]), escape(withCheck), Buffer.from([FLAG])]);
}

/** Reads a header from unescaped bytes; null when too short. Body length is returned for the caller to check. */
function readHeader(raw: Buffer): { header: Jt808Header; bodyLength: number; headerLength: number } | { badPhone: true } | null {
  if (raw.length < 4) return null;
  const messageId = raw.readUInt16BE(0);
  const props = raw.readUInt16BE(2);
  const edition: Jt808Edition = props & VERSION_FLAG ? '2019' : '2013';
  const phoneBytes = edition === '2019' ? 10 : 6;
  let pos = 4;
  let protocolVersion = 0;
  if (edition === '2019') {
    if (raw.length < pos + 1) return null;
    protocolVersion = raw[pos++];
  }
  if (raw.length < pos + phoneBytes + 2) return null;
  const phone = decodeBcd(raw.subarray(pos, pos + phoneBytes));
  if (phone === null) return { badPhone: true };
  pos += phoneBytes;
  const serial = raw.readUInt16BE(pos);
  pos += 2;
  const header: Jt808Header = { messageId, edition, protocolVersion, phone, serial, encryption: (props >> 10) & 0x7 };
  if (props & SUBPACKAGE_FLAG) {
    if (raw.length < pos + 4) return null;
    header.subpackage = { total: raw.readUInt16BE(pos), index: raw.readUInt16BE(pos + 2) };
    pos += 4;
  }
  return { header, bodyLength: props & MAX_BODY_BYTES, headerLength: pos };
}

/**
 * Decodes one frame: the escaped bytes between the two 0x7E flags (the flags themselves may be included).
 * Never throws; every malformed input is a reason the gateway can count.
 */
export function decodeFrame(input: Uint8Array): FrameDecodeResult {
  let inner = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (inner.length > 0 && inner[0] === FLAG) inner = inner.subarray(1);
  if (inner.length > 0 && inner[inner.length - 1] === FLAG) inner = inner.subarray(0, -1);
  if (inner.length > MAX_ESCAPED_BYTES) return { ok: false, reason: 'tooLarge', detail: `${inner.length} bytes between the flags` };
  const raw = unescape(inner);
  if (raw === null) return { ok: false, reason: 'badEscape', detail: '0x7D must be followed by 0x01 or 0x02' };
  if (raw.length > MAX_UNESCAPED_BYTES) return { ok: false, reason: 'tooLarge', detail: `${raw.length} bytes unescaped` };
  const read = readHeader(raw.subarray(0, Math.max(0, raw.length - 1)));
  if (read === null) return { ok: false, reason: 'truncated', detail: `${raw.length} bytes cannot hold a header and check code` };
  if ('badPhone' in read) return { ok: false, reason: 'badPhone', detail: 'terminal phone number is not BCD' };
  const { header, bodyLength, headerLength } = read;
  const expected = headerLength + bodyLength + 1;
  const code = checkCode(raw.subarray(0, raw.length - 1));
  if (raw.length < expected) {
    return {
      ok: false,
      reason: 'truncated',
      detail: `properties declare a ${bodyLength}-byte body, ${raw.length - headerLength - 1} received`,
      header,
    };
  }
  if (code !== raw[raw.length - 1]) {
    const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, reason: 'checkCode', detail: `check code ${hex(raw[raw.length - 1])}, computed ${hex(code)}`, header };
  }
  if (raw.length !== expected) {
    return {
      ok: false,
      reason: 'bodyLength',
      detail: `properties declare a ${bodyLength}-byte body, ${raw.length - headerLength - 1} received`,
      header,
    };
  }
  if (header.subpackage) {
    const { total, index } = header.subpackage;
    if (total < 1 || index < 1 || index > total)
      return { ok: false, reason: 'badSubpackage', detail: `packet ${index} of ${total}`, header };
  }
  return { ok: true, frame: { header, body: Buffer.from(raw.subarray(headerLength, headerLength + bodyLength)) } };
}

/**
 * The terminal's number without the BCD left padding, so a 2013 terminal (12 digits) and the same SIM on a 2019
 * terminal (20 digits) are one key.
 */
export function terminalNumber(phone: string): string {
  const stripped = phone.replace(/^0+/, '');
  return stripped === '' ? '0' : stripped;
}
