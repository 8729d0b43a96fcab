// HJ 212-2017 6.3.2 数据段结构: header fields separated by ';', then CP=&&...&& holding the command parameters.
import { parseChinaTimestamp, parseQn } from './time.js';

export interface FactorGroup {
  /** Factor code (附录B, e.g. a34002) or a vendor name (e.g. PM10). */
  code: string;
  /** Items of this factor keyed by the part after the dash: Rtd, Avg, Min, Max, Flag, SampleTime, Data... */
  fields: Record<string, string>;
}

export interface CommandParameters {
  /** DataTime in UTC (sent as China time). For 2051/2061/2031 the start of the period, for 2011 the sampling instant. */
  dataTime?: Date;
  /** CP items without a factor prefix (DataTime, RtdInterval, QnRtn, RestartTime...), raw text. */
  params: Record<string, string>;
  /** Factor items grouped by code, in order of first appearance. */
  factors: FactorGroup[];
}

export interface Hj212Packet {
  qn?: string;
  /** QN read as a China-time timestamp, when it is one. */
  qnTime?: Date;
  st?: string;
  cn?: string;
  pw?: string;
  mn?: string;
  flag?: number;
  pnum?: number;
  pno?: number;
  cp: CommandParameters;
  /** Header fields outside 表3, kept so nothing a vendor sends is lost. */
  otherFields: Record<string, string>;
  /** Non-fatal deviations from 6.3.2 (vendor variants still parse; these explain what was odd). */
  problems: string[];
}

export type PacketParseResult = { ok: true; packet: Hj212Packet } | { ok: false; reason: string };

type HeaderKey = 'qn' | 'st' | 'cn' | 'pw' | 'mn' | 'flag' | 'pnum' | 'pno';
/** 表3 header fields by upper-cased name, with the standard's spelling. */
const HEADER_KEYS: Record<string, { key: HeaderKey; spelling: string }> = {
  QN: { key: 'qn', spelling: 'QN' },
  ST: { key: 'st', spelling: 'ST' },
  CN: { key: 'cn', spelling: 'CN' },
  PW: { key: 'pw', spelling: 'PW' },
  MN: { key: 'mn', spelling: 'MN' },
  FLAG: { key: 'flag', spelling: 'Flag' },
  PNUM: { key: 'pnum', spelling: 'PNUM' },
  PNO: { key: 'pno', spelling: 'PNO' },
};

const FLAG_REPLY_BIT = 0b01;
const FLAG_SPLIT_BIT = 0b10;

// HJ 212-2017 6.3.2 表3 Flag bit A (bit0): the sender expects a reply (e.g. 9014 for data uploads).
export function needsReply(flag: number | undefined): boolean {
  return flag !== undefined && (flag & FLAG_REPLY_BIT) !== 0;
}

// HJ 212-2017 6.3.2 表3 Flag bit D (bit1): the packet is one part of a split message and carries PNUM/PNO.
export function isSplit(flag: number | undefined): boolean {
  return flag !== undefined && (flag & FLAG_SPLIT_BIT) !== 0;
}

// HJ 212-2017 6.3.2 表3 Flag bits V5..V0: 0 = HJ/T 212-2005, 1 = HJ 212-2017.
export function protocolVersion(flag: number): number {
  return (flag >>> 2) & 0b111111;
}

/** Finds "CP=&&" as a whole field (start of segment or after ';'), so a PW/MN containing it cannot fool us. */
function findCpStart(segment: string): number {
  let from = 0;
  for (;;) {
    const at = segment.indexOf('CP=&&', from);
    if (at === -1 || at === 0 || segment[at - 1] === ';') return at;
    from = at + 1;
  }
}

function splitOnce(item: string, separator: string): [string, string] | undefined {
  const at = item.indexOf(separator);
  return at === -1 ? undefined : [item.slice(0, at), item.slice(at + 1)];
}

// HJ 212-2017 6.3.2 表3/表4: parse a data segment into header fields and CP. Never throws; only a missing CP fails.
export function parsePacket(dataSegment: string): PacketParseResult {
  const cpStart = findCpStart(dataSegment);
  if (cpStart === -1) return { ok: false, reason: 'no CP=&& field' };
  const cpOpen = cpStart + 'CP=&&'.length;
  const cpClose = dataSegment.lastIndexOf('&&');
  if (cpClose < cpOpen) return { ok: false, reason: 'CP is not closed with &&' };

  const problems: string[] = [];
  const header = new Map<HeaderKey, string>();
  const otherFields = new Map<string, string>();
  for (const item of dataSegment.slice(0, cpStart).split(';')) {
    if (item === '') continue;
    const pair = splitOnce(item, '=');
    if (!pair) {
      problems.push(`header item without "=": ${JSON.stringify(item)}`);
      continue;
    }
    const [name, value] = pair;
    // Field names are case-sensitive in the standard; vendors vary case, so match case-insensitively but note it.
    const upper = name.toUpperCase();
    const known = Object.hasOwn(HEADER_KEYS, upper) ? HEADER_KEYS[upper] : undefined;
    if (!known) {
      if (otherFields.has(name)) problems.push(`duplicate header field ${name}; kept the first`);
      else otherFields.set(name, value);
      continue;
    }
    const { key, spelling } = known;
    if (name !== spelling) problems.push(`header field ${name} should be spelled ${spelling}`);
    if (header.has(key)) problems.push(`duplicate header field ${name}; kept the first`);
    else header.set(key, value);
  }

  const packet: Hj212Packet = { cp: { params: {}, factors: [] }, otherFields: Object.fromEntries(otherFields), problems };
  for (const key of ['qn', 'st', 'cn', 'pw', 'mn'] as const) {
    const value = header.get(key);
    if (value !== undefined) packet[key] = value;
  }
  if (packet.qn !== undefined) {
    packet.qnTime = parseQn(packet.qn);
    if (!packet.qnTime) problems.push(`QN ${JSON.stringify(packet.qn)} is not a YYYYMMDDhhmmsszzz timestamp`);
  }
  const flagText = header.get('flag');
  if (flagText !== undefined) {
    if (/^\d{1,3}$/.test(flagText) && Number(flagText) <= 255) packet.flag = Number(flagText);
    else problems.push(`Flag ${JSON.stringify(flagText)} is not an integer 0..255`);
  }
  for (const key of ['pnum', 'pno'] as const) {
    const text = header.get(key);
    if (text === undefined) continue;
    if (/^\d{1,9}$/.test(text)) packet[key] = Number(text);
    else problems.push(`${key.toUpperCase()} ${JSON.stringify(text)} is not a non-negative integer`);
  }
  const hasPartNumbers = header.has('pnum') || header.has('pno');
  if (isSplit(packet.flag) && !hasPartNumbers) problems.push('Flag D bit is set but PNUM/PNO are missing');
  if (!isSplit(packet.flag) && hasPartNumbers) problems.push('PNUM/PNO present but Flag D bit is not set');

  const trailing = dataSegment.slice(cpClose + 2);
  if (trailing !== '' && trailing !== ';') problems.push(`text after the closing && of CP: ${JSON.stringify(trailing)}`);
  parseCommandParameters(dataSegment.slice(cpOpen, cpClose), packet.cp, problems);
  return { ok: true, packet };
}

/** 表3 header fields that address a reply (QN, PW, MN). */
export type PacketAddress = { qn?: string; pw?: string; mn?: string };

// HJ 212-2017 6.3.2 表3: read QN, PW and MN from the header of a segment that cannot be trusted whole (wrong CRC, wrong
// or too large length, no closing &&), only to address a 9011 reply and count the reject against the device it names.
// Stops at CP=; never throws.
export function peekAddress(segment: string): PacketAddress {
  const address: PacketAddress = {};
  for (const item of segment.slice(0, 512).split(';')) {
    if (item.startsWith('CP=')) break;
    const pair = splitOnce(item, '=');
    if (!pair) continue;
    const key = pair[0].toUpperCase();
    if ((key === 'QN' || key === 'PW' || key === 'MN') && address[key.toLowerCase() as keyof PacketAddress] === undefined) {
      address[key.toLowerCase() as keyof PacketAddress] = pair[1];
    }
  }
  return address;
}

function parseCommandParameters(cpText: string, cp: CommandParameters, problems: string[]): void {
  const params = new Map<string, string>();
  const factors = new Map<string, Map<string, string>>();
  // ';' separates factors and ',' items of one factor (6.3.2), but vendors mix them up, so group by the
  // code prefix instead of by position: every item is split on both separators.
  for (const group of cpText.split(';')) {
    for (const item of group.split(',')) {
      if (item === '') continue;
      const pair = splitOnce(item, '=');
      if (!pair) {
        problems.push(`CP item without "=": ${JSON.stringify(item)}`);
        continue;
      }
      const [name, value] = pair;
      const dash = name.lastIndexOf('-');
      if (dash <= 0 || dash === name.length - 1) {
        if (params.has(name)) problems.push(`duplicate CP field ${name}; kept the first`);
        else params.set(name, value);
        continue;
      }
      const code = name.slice(0, dash);
      const field = name.slice(dash + 1);
      let fields = factors.get(code);
      if (!fields) {
        fields = new Map();
        factors.set(code, fields);
      }
      if (fields.has(field)) problems.push(`duplicate CP field ${name}; kept the first`);
      else fields.set(field, value);
    }
  }
  cp.params = Object.fromEntries(params);
  cp.factors = [...factors].map(([code, fields]) => ({ code, fields: Object.fromEntries(fields) }));
  const dataTimeText = params.get('DataTime');
  if (dataTimeText !== undefined) {
    cp.dataTime = parseChinaTimestamp(dataTimeText);
    if (!cp.dataTime) problems.push(`DataTime ${JSON.stringify(dataTimeText)} is not a YYYYMMDDhhmmss timestamp`);
    else if (dataTimeText.length !== 14) problems.push(`DataTime ${dataTimeText} has milliseconds (non-standard)`);
  }
}
