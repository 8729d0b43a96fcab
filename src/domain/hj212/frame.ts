// HJ 212-2017 6.3.1 通讯包结构: ## + 4-digit data length + data segment + CRC + CR LF.
import { hj212Crc, modbusCrc, modbusCrcByteSwapped } from './crc.js';
import { QnRtn, type QnRtnCode } from './codes.js';

/** HJ 212-2017 表2: the data segment is 0..1024 bytes. */
export const MAX_DATA_SEGMENT_BYTES = 1024;
/** Bytes of a frame around its data segment: "##" + 4 length digits + 4 CRC digits + CR LF. */
export const FRAME_OVERHEAD_BYTES = 12;
/** Largest legal frame; receivers never need to buffer more than this for one frame. */
export const MAX_FRAME_BYTES = MAX_DATA_SEGMENT_BYTES + FRAME_OVERHEAD_BYTES;

export type FrameErrorReason = 'length' | 'crc' | 'syntax' | 'tooLarge';

/** Which checksum the frame carried: the standard one, or (lenient mode only) a Modbus CRC. */
export type CrcVariant = 'hj212' | 'modbus' | 'modbusByteSwapped';

export interface DecodedFrame {
  ok: true;
  dataSegment: string;
  /** CRC digits as received (original case). */
  crc: string;
  crcVariant: CrcVariant;
  /** True when the frame was only accepted because lenient mode allowed a Modbus CRC; callers should log it. */
  lenientCrcUsed: boolean;
}

export interface FrameError {
  ok: false;
  reason: FrameErrorReason;
  /** QnRtn (表7) to answer with: 9 for a CRC error; the table has no code for length/syntax, so 100 (unknown). */
  qnRtn: QnRtnCode;
  detail: string;
}

export type FrameDecodeResult = DecodedFrame | FrameError;

export interface DecodeFrameOptions {
  /** Per-device opt-in: also accept a CRC-16/MODBUS checksum in either byte order. */
  lenientCrc?: boolean;
}

const HASH = 0x23;
const CR = 0x0d;
const LF = 0x0a;
const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// HJ 212-2017 6.3.1 表2: build a frame; the length field counts UTF-8 bytes of the data segment.
export function encodeFrame(dataSegment: string): Buffer {
  const data = utf8.encode(dataSegment);
  // Our own replies must be legal frames; a longer segment is a programming error, not line noise.
  if (data.length > MAX_DATA_SEGMENT_BYTES) {
    throw new RangeError(`HJ 212 data segment is ${data.length} bytes; the maximum is ${MAX_DATA_SEGMENT_BYTES}`);
  }
  const head = `##${String(data.length).padStart(4, '0')}`;
  return Buffer.concat([Buffer.from(head, 'ascii'), data, Buffer.from(`${hj212Crc(data)}\r\n`, 'ascii')]);
}

function fail(reason: FrameErrorReason, detail: string): FrameError {
  return { ok: false, reason, qnRtn: reason === 'crc' ? QnRtn.crcError : QnRtn.unknownError, detail };
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

function isHexDigit(byte: number): boolean {
  return isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);
}

// HJ 212-2017 6.3.1 + 附录A: check one complete frame (including CR LF) and return its data segment. Never throws.
export function decodeFrame(frame: Uint8Array, options: DecodeFrameOptions = {}): FrameDecodeResult {
  if (frame.length < 6 || frame[0] !== HASH || frame[1] !== HASH) {
    return fail('syntax', 'frame does not start with "##" and a 4-digit length');
  }
  let declared = 0;
  for (let i = 2; i < 6; i++) {
    if (!isDigit(frame[i])) return fail('syntax', 'length field is not 4 decimal digits');
    declared = declared * 10 + (frame[i] - 0x30);
  }
  if (declared > MAX_DATA_SEGMENT_BYTES) {
    return fail('tooLarge', `declared data segment length ${declared} exceeds ${MAX_DATA_SEGMENT_BYTES}`);
  }
  const terminated = frame.length >= FRAME_OVERHEAD_BYTES && frame[frame.length - 2] === CR && frame[frame.length - 1] === LF;
  if (!terminated) return fail('syntax', 'frame does not end with CR LF');
  const actual = frame.length - FRAME_OVERHEAD_BYTES;
  if (actual !== declared) {
    return fail('length', `length field says ${declared} bytes but the data segment has ${actual}`);
  }
  const crcStart = 6 + declared;
  for (let i = crcStart; i < crcStart + 4; i++) {
    if (!isHexDigit(frame[i])) return fail('syntax', 'CRC field is not 4 hex digits');
  }
  const data = frame.subarray(6, crcStart);
  let dataSegment: string;
  try {
    dataSegment = strictUtf8.decode(data);
  } catch {
    // The standard allows ASCII plus UTF-8 Chinese; anything else cannot be a genuine segment.
    return fail('syntax', 'data segment is not valid UTF-8');
  }
  const crc = String.fromCharCode(...frame.subarray(crcStart, crcStart + 4));
  // Published packets use both hex cases, so compare case-insensitively.
  const received = crc.toUpperCase();
  const expected = hj212Crc(data);
  if (received === expected) {
    return { ok: true, dataSegment, crc, crcVariant: 'hj212', lenientCrcUsed: false };
  }
  if (options.lenientCrc) {
    if (received === modbusCrc(data)) {
      return { ok: true, dataSegment, crc, crcVariant: 'modbus', lenientCrcUsed: true };
    }
    if (received === modbusCrcByteSwapped(data)) {
      return { ok: true, dataSegment, crc, crcVariant: 'modbusByteSwapped', lenientCrcUsed: true };
    }
  }
  return fail('crc', `CRC field ${crc} does not match the 附录A CRC ${expected}`);
}
