// JT/T 808 0x0200 位置信息汇报 (2013 §8.18, 2019 §8.18): 28 bytes of basic information (表23 in 2013 numbering:
// 报警标志 DWORD, 状态 DWORD, 纬度 DWORD, 经度 DWORD, 高程 WORD, 速度 WORD, 方向 WORD, 时间 BCD[6]) followed by
// additional items (附加信息: ID BYTE, length BYTE, value). Latitude/longitude are unsigned 10⁻⁶ degrees; the
// hemisphere is in status bits 2 (south) and 3 (west). Speed is 1/10 km/h, altitude metres, heading 0–359 from north.
import { decodeBcdTime, encodeBcdTime } from './time.js';

export const LOCATION_BASIC_BYTES = 28;

/** 状态位 (status bits, 表25 in 2013 numbering) the platform reads. */
export const STATUS = {
  /** bit 0: ACC on. */
  accOn: 1 << 0,
  /** bit 1: positioned (0 = no fix). */
  located: 1 << 1,
  /** bit 2: south latitude. */
  south: 1 << 2,
  /** bit 3: west longitude. */
  west: 1 << 3,
  /** bit 5: latitude/longitude encrypted by a confidentiality plug-in. */
  encrypted: 1 << 5,
} as const;

/** 报警标志位 (alarm bits, 表24 in 2013 numbering) named on pages; the others are kept as the raw word. */
export const ALARM = {
  emergency: 1 << 0,
  overspeed: 1 << 1,
  fatigue: 1 << 2,
  gnssFault: 1 << 4,
  gnssAntennaCut: 1 << 5,
  powerLow: 1 << 7,
  powerCut: 1 << 8,
  fenceInOut: 1 << 20,
  routeInOut: 1 << 21,
  illegalMove: 1 << 28,
} as const;

/** Status bits 8–9 (2013 and 2019): 00 empty, 01 half loaded, 10 reserved, 11 full. */
export type LoadStatus = 'empty' | 'half' | 'reserved' | 'full';
const LOAD_STATUS: LoadStatus[] = ['empty', 'half', 'reserved', 'full'];

export function loadStatus(status: number): LoadStatus {
  return LOAD_STATUS[(status >>> 8) & 0x3];
}

/** Additional items (附加信息, 表27 in 2013 numbering) decoded by id; all items are also kept raw. */
export interface LocationExtras {
  /** 0x01 DWORD, 1/10 km: odometer. */
  mileageKm?: number;
  /** 0x02 WORD, 1/10 L: fuel. */
  fuelL?: number;
  /** 0x03 WORD, 1/10 km/h: speed from the tachograph. */
  recorderSpeedKmh?: number;
  /** 0x30 BYTE: wireless network signal strength. */
  signal?: number;
  /** 0x31 BYTE: GNSS satellites in view. */
  satellites?: number;
}

export interface LocationReport {
  alarm: number;
  status: number;
  /** Signed 10⁻⁶ degrees (south negative), exactly as reported. */
  latitudeE6: number;
  /** Signed 10⁻⁶ degrees (west negative). */
  longitudeE6: number;
  altitudeM: number;
  /** 1/10 km/h as reported. */
  speedDeciKmh: number;
  heading: number;
  time: Date;
  extras: LocationExtras;
  /** Every additional item as received (id, value bytes), including those the platform does not name. */
  items: { id: number; value: Buffer }[];
}

export type LocationDecodeResult = { ok: true; report: LocationReport } | { ok: false; detail: string };

export function decodeLocation(body: Uint8Array): LocationDecodeResult {
  const b = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (b.length < LOCATION_BASIC_BYTES) return { ok: false, detail: `location needs ${LOCATION_BASIC_BYTES} bytes, got ${b.length}` };
  const status = b.readUInt32BE(4);
  const lat = b.readUInt32BE(8);
  const lon = b.readUInt32BE(12);
  if (lat > 90_000_000 || lon > 180_000_000) return { ok: false, detail: `latitude ${lat} or longitude ${lon} out of range` };
  const heading = b.readUInt16BE(20);
  if (heading > 359) return { ok: false, detail: `heading ${heading} above 359` };
  const time = decodeBcdTime(b.subarray(22, 28));
  if (time === null) return { ok: false, detail: 'time is not a valid BCD YYMMDDhhmmss' };
  const items: { id: number; value: Buffer }[] = [];
  const extras: LocationExtras = {};
  let pos = LOCATION_BASIC_BYTES;
  while (pos < b.length) {
    if (pos + 2 > b.length) return { ok: false, detail: `additional item at byte ${pos} has no length` };
    const id = b[pos];
    const len = b[pos + 1];
    if (pos + 2 + len > b.length) return { ok: false, detail: `additional item 0x${id.toString(16)} claims ${len} bytes past the end` };
    const value = Buffer.from(b.subarray(pos + 2, pos + 2 + len));
    items.push({ id, value });
    if (id === 0x01 && len === 4) extras.mileageKm = value.readUInt32BE(0) / 10;
    else if (id === 0x02 && len === 2) extras.fuelL = value.readUInt16BE(0) / 10;
    else if (id === 0x03 && len === 2) extras.recorderSpeedKmh = value.readUInt16BE(0) / 10;
    else if (id === 0x30 && len === 1) extras.signal = value[0];
    else if (id === 0x31 && len === 1) extras.satellites = value[0];
    pos += 2 + len;
  }
  return {
    ok: true,
    report: {
      alarm: b.readUInt32BE(0),
      status,
      latitudeE6: status & STATUS.south ? -lat : lat,
      longitudeE6: status & STATUS.west ? -lon : lon,
      altitudeM: b.readInt16BE(16),
      speedDeciKmh: b.readUInt16BE(18),
      heading,
      time,
      extras,
      items,
    },
  };
}

/** What a terminal (or the simulator) sends; extras become additional items 0x01/0x02/0x03/0x30/0x31. */
export type LocationInput = Omit<LocationReport, 'items' | 'extras'> & {
  extras?: LocationExtras;
  items?: { id: number; value: Uint8Array }[];
};

export function encodeLocation(r: LocationInput): Buffer {
  const basic = Buffer.alloc(LOCATION_BASIC_BYTES);
  let status = r.status & ~(STATUS.south | STATUS.west);
  if (r.latitudeE6 < 0) status |= STATUS.south;
  if (r.longitudeE6 < 0) status |= STATUS.west;
  basic.writeUInt32BE(r.alarm >>> 0, 0);
  basic.writeUInt32BE(status >>> 0, 4);
  basic.writeUInt32BE(Math.abs(r.latitudeE6), 8);
  basic.writeUInt32BE(Math.abs(r.longitudeE6), 12);
  basic.writeInt16BE(r.altitudeM, 16);
  basic.writeUInt16BE(r.speedDeciKmh, 18);
  basic.writeUInt16BE(r.heading, 20);
  encodeBcdTime(r.time).copy(basic, 22);
  const parts: Buffer[] = [basic];
  const item = (id: number, value: Buffer) => parts.push(Buffer.from([id, value.length]), value);
  const e = r.extras ?? {};
  const word = (n: number) => {
    const v = Buffer.alloc(2);
    v.writeUInt16BE(n, 0);
    return v;
  };
  if (e.mileageKm !== undefined) {
    const v = Buffer.alloc(4);
    v.writeUInt32BE(Math.round(e.mileageKm * 10), 0);
    item(0x01, v);
  }
  if (e.fuelL !== undefined) item(0x02, word(Math.round(e.fuelL * 10)));
  if (e.recorderSpeedKmh !== undefined) item(0x03, word(Math.round(e.recorderSpeedKmh * 10)));
  if (e.signal !== undefined) item(0x30, Buffer.from([e.signal]));
  if (e.satellites !== undefined) item(0x31, Buffer.from([e.satellites]));
  for (const it of r.items ?? []) item(it.id, Buffer.from(it.value));
  return Buffer.concat(parts);
}
