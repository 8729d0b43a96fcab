// JT/T 808 message bodies the platform speaks (2013 and 2019 editions). Clause numbers are those of the 2013 text
// (the 2019 edition keeps the message ids; where field sizes changed, both are written out below).
import { decodeGbk, encodeGbk } from './gbk.js';
import type { Jt808Edition } from './frame.js';
import { decodeLocation, encodeLocation, LOCATION_BASIC_BYTES, type LocationInput, type LocationReport } from './location.js';

export const MSG = {
  /** §8.1 终端通用应答. */
  terminalResponse: 0x0001,
  /** §8.2 平台通用应答. */
  platformResponse: 0x8001,
  /** §8.3 终端心跳 (empty body). */
  heartbeat: 0x0002,
  /** §8.6 终端注销 (empty body). */
  logout: 0x0003,
  /** §8.4 终端注册. */
  register: 0x0100,
  /** §8.5 终端注册应答. */
  registerResponse: 0x8100,
  /** §8.7 终端鉴权. */
  authenticate: 0x0102,
  /** §8.18 位置信息汇报. */
  location: 0x0200,
  /** 定位数据批量上传 (§8.x of 2013; type 1 = 盲区补报 blind-area back-fill). */
  locationBatch: 0x0704,
} as const;

/** §8.2 表5 result of 0x8001 (and §8.1 of 0x0001): 0 成功/确认, 1 失败, 2 消息有误, 3 不支持, 4 报警处理确认 (0x8001 only). */
export const RESULT = { ok: 0, failed: 1, badMessage: 2, unsupported: 3, alarmConfirmed: 4 } as const;

/** §8.5 0x8100 result: 0 成功, 1 车辆已被注册, 2 数据库中无该车辆, 3 终端已被注册, 4 数据库中无该终端. */
export const REGISTER_RESULT = { ok: 0, vehicleTaken: 1, unknownVehicle: 2, terminalTaken: 3, unknownTerminal: 4 } as const;

export interface GeneralResponse {
  replySerial: number;
  replyId: number;
  result: number;
}

export interface Registration {
  /** 省域 ID (GB/T 2260 first two digits). */
  province: number;
  /** 市县域 ID (GB/T 2260 last four digits). */
  city: number;
  /** 制造商 ID: BYTE[5] (2013) / BYTE[11] (2019). */
  manufacturer: string;
  /** 终端型号: BYTE[20] (2013) / BYTE[30] (2019), right-padded with 0x00. */
  model: string;
  /** 终端 ID: BYTE[7] (2013) / BYTE[30] (2019), capitals and digits. */
  terminalId: string;
  /** 车牌颜色 per JT/T 415 (1 蓝, 2 黄, 3 黑, 4 白, 5 绿, 9 其他); 0 = not registered by plate (then plate is the VIN). */
  plateColour: number;
  plate: string;
}

export interface RegisterResponse {
  replySerial: number;
  result: number;
  /** 鉴权码: only present when result is 0. */
  authCode?: string;
}

export interface Authentication {
  authCode: string;
  /** 2019 only: IMEI BYTE[15]. */
  imei?: string;
  /** 2019 only: 软件版本号 BYTE[20]. */
  softwareVersion?: string;
}

export type BodyDecodeResult<T> = { ok: true; value: T } | { ok: false; detail: string };

const REGISTRATION_SIZES: Record<Jt808Edition, { manufacturer: number; model: number; terminalId: number }> = {
  '2013': { manufacturer: 5, model: 20, terminalId: 7 },
  '2019': { manufacturer: 11, model: 30, terminalId: 30 },
};

function fixed(text: string, size: number, field: string): Buffer {
  const bytes = encodeGbk(text);
  if (bytes.length > size) throw new RangeError(`${field} is ${bytes.length} bytes, the field holds ${size}`);
  const out = Buffer.alloc(size);
  bytes.copy(out);
  return out;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n & 0xffff, 0);
  return b;
}

// §8.1 / §8.2: 应答流水号 WORD, 应答 ID WORD, 结果 BYTE.
export function encodeGeneralResponse(r: GeneralResponse): Buffer {
  return Buffer.concat([u16(r.replySerial), u16(r.replyId), Buffer.from([r.result])]);
}

export function decodeGeneralResponse(body: Uint8Array): BodyDecodeResult<GeneralResponse> {
  if (body.length !== 5) return { ok: false, detail: `general response is 5 bytes, got ${body.length}` };
  const b = Buffer.from(body);
  return { ok: true, value: { replySerial: b.readUInt16BE(0), replyId: b.readUInt16BE(2), result: b[4] } };
}

// §8.4 终端注册.
export function encodeRegistration(r: Registration, edition: Jt808Edition): Buffer {
  const s = REGISTRATION_SIZES[edition];
  return Buffer.concat([
    u16(r.province),
    u16(r.city),
    fixed(r.manufacturer, s.manufacturer, 'manufacturer'),
    fixed(r.model, s.model, 'model'),
    fixed(r.terminalId, s.terminalId, 'terminalId'),
    Buffer.from([r.plateColour]),
    encodeGbk(r.plate),
  ]);
}

export function decodeRegistration(body: Uint8Array, edition: Jt808Edition): BodyDecodeResult<Registration> {
  const s = REGISTRATION_SIZES[edition];
  const min = 4 + s.manufacturer + s.model + s.terminalId + 1;
  if (body.length < min) return { ok: false, detail: `registration (${edition}) needs at least ${min} bytes, got ${body.length}` };
  const b = Buffer.from(body);
  let pos = 4;
  const take = (n: number) => {
    const v = decodeGbk(b.subarray(pos, pos + n));
    pos += n;
    return v;
  };
  const manufacturer = take(s.manufacturer);
  const model = take(s.model);
  const terminalId = take(s.terminalId);
  const plateColour = b[pos++];
  return {
    ok: true,
    value: {
      province: b.readUInt16BE(0),
      city: b.readUInt16BE(2),
      manufacturer,
      model,
      terminalId,
      plateColour,
      plate: decodeGbk(b.subarray(pos)),
    },
  };
}

// §8.5 终端注册应答: 应答流水号 WORD, 结果 BYTE, 鉴权码 STRING (only on success).
export function encodeRegisterResponse(r: RegisterResponse): Buffer {
  const parts = [u16(r.replySerial), Buffer.from([r.result])];
  if (r.result === REGISTER_RESULT.ok && r.authCode !== undefined) parts.push(encodeGbk(r.authCode));
  return Buffer.concat(parts);
}

export function decodeRegisterResponse(body: Uint8Array): BodyDecodeResult<RegisterResponse> {
  if (body.length < 3) return { ok: false, detail: `registration response needs 3 bytes, got ${body.length}` };
  const b = Buffer.from(body);
  const result = b[2];
  return { ok: true, value: { replySerial: b.readUInt16BE(0), result, ...(result === 0 ? { authCode: decodeGbk(b.subarray(3)) } : {}) } };
}

// §8.7 终端鉴权. 2013: the whole body is the auth code. 2019: 鉴权码长度 BYTE, 鉴权码 STRING, IMEI BYTE[15],
// 软件版本号 BYTE[20].
export function encodeAuthentication(a: Authentication, edition: Jt808Edition): Buffer {
  const code = encodeGbk(a.authCode);
  if (edition === '2013') return code;
  if (code.length > 255) throw new RangeError('auth code longer than 255 bytes');
  return Buffer.concat([
    Buffer.from([code.length]),
    code,
    fixed(a.imei ?? '', 15, 'imei'),
    fixed(a.softwareVersion ?? '', 20, 'softwareVersion'),
  ]);
}

export function decodeAuthentication(body: Uint8Array, edition: Jt808Edition): BodyDecodeResult<Authentication> {
  const b = Buffer.from(body);
  if (edition === '2013') {
    if (b.length === 0) return { ok: false, detail: 'empty auth code' };
    return { ok: true, value: { authCode: decodeGbk(b) } };
  }
  if (b.length < 1) return { ok: false, detail: 'authentication needs a length byte' };
  const n = b[0];
  if (b.length !== 1 + n + 15 + 20)
    return { ok: false, detail: `authentication (2019) with a ${n}-byte code is ${1 + n + 35} bytes, got ${b.length}` };
  return {
    ok: true,
    value: {
      authCode: decodeGbk(b.subarray(1, 1 + n)),
      imei: decodeGbk(b.subarray(1 + n, 16 + n)),
      softwareVersion: decodeGbk(b.subarray(16 + n)),
    },
  };
}

/** 0x0704 位置数据类型: 0 正常位置批量汇报, 1 盲区补报. */
export type BatchType = 0 | 1;

// 0x0704 定位数据批量上传: 数据项个数 WORD, 位置数据类型 BYTE, then per item 位置汇报数据体长度 WORD + a 0x0200 body.
export function encodeLocationBatch(batchType: BatchType, reports: LocationInput[]): Buffer {
  const parts: Buffer[] = [u16(reports.length), Buffer.from([batchType])];
  for (const r of reports) {
    const body = encodeLocation(r);
    parts.push(u16(body.length), body);
  }
  return Buffer.concat(parts);
}

export function decodeLocationBatch(body: Uint8Array): BodyDecodeResult<{ batchType: BatchType; reports: LocationReport[] }> {
  const b = Buffer.from(body);
  if (b.length < 3) return { ok: false, detail: `batch needs 3 bytes, got ${b.length}` };
  const count = b.readUInt16BE(0);
  const batchType = b[2];
  if (batchType !== 0 && batchType !== 1) return { ok: false, detail: `batch type ${batchType} is neither 0 nor 1` };
  const reports: LocationReport[] = [];
  let pos = 3;
  for (let i = 0; i < count; i++) {
    if (pos + 2 > b.length) return { ok: false, detail: `batch declares ${count} items, ${i} present` };
    const len = b.readUInt16BE(pos);
    pos += 2;
    if (len < LOCATION_BASIC_BYTES || pos + len > b.length) return { ok: false, detail: `item ${i + 1} claims ${len} bytes` };
    const r = decodeLocation(b.subarray(pos, pos + len));
    if (!r.ok) return { ok: false, detail: `item ${i + 1}: ${r.detail}` };
    reports.push(r.report);
    pos += len;
  }
  if (pos !== b.length) return { ok: false, detail: `${b.length - pos} bytes after the last of ${count} items` };
  return { ok: true, value: { batchType, reports } };
}
