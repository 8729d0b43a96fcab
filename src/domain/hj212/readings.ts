// HJ 212-2017 表4 + 附录B: turn the factors of a data upload into canonical readings for the smart-site store.
import { CommandCode } from './codes.js';
import type { FactorGroup, Hj212Packet } from './packet.js';
import { parseChinaTimestamp } from './time.js';

export type ReadingKind = 'rtd' | 'minute' | 'hour' | 'day';

export interface CanonicalReading {
  /** Canonical metric name, e.g. pm10, noise_leq. */
  metric: string;
  /** Code as sent (a34002, PM10...), for tracing back to the packet. */
  factorCode: string;
  /** Sampling instant (rtd) or period start (minute/hour/day), UTC. */
  time: Date;
  value: number;
  /** 表8 data flag (N/F/M/S/D/C/T/B) as sent; 'N' when the device sends none. */
  flag: string;
  kind: ReadingKind;
  /** Period minimum/maximum for aggregate kinds, when sent. */
  min?: number;
  max?: number;
}

export interface RejectedItem {
  code: string;
  metric?: string;
  field?: string;
  value?: string;
  reason: string;
}

export interface PacketReadings {
  /** Undefined when the command is not a data upload (then everything else is empty). */
  kind?: ReadingKind;
  readings: CanonicalReading[];
  /** Factors with no metric mapping; returned so they are counted and can be mapped later, never dropped. */
  unknownFactors: FactorGroup[];
  rejected: RejectedItem[];
  ignoredReason?: string;
}

/** HJ 212-2017 表9: data upload commands and the reading kind each carries. */
export const READING_KIND_BY_CN: Readonly<Record<string, ReadingKind>> = {
  [CommandCode.realTimeData]: 'rtd',
  [CommandCode.minuteData]: 'minute',
  [CommandCode.hourlyData]: 'hour',
  [CommandCode.dailyData]: 'day',
};

/** HJ 212-2017 附录B factor codes used on construction sites → canonical metric. Fixed by the standard. */
export const STANDARD_FACTOR_METRICS: Readonly<Record<string, string>> = {
  a34001: 'tsp',
  a34002: 'pm10',
  a34004: 'pm2_5',
  a34005: 'pm1',
  a01001: 'temperature',
  a01002: 'humidity',
  a01006: 'pressure',
  a01007: 'wind_speed',
  a01008: 'wind_direction',
  LA: 'noise_la',
  Leq: 'noise_leq',
  L5: 'noise_l5',
  L10: 'noise_l10',
  L50: 'noise_l50',
  L90: 'noise_l90',
  L95: 'noise_l95',
  Ldn: 'noise_ldn',
  Ld: 'noise_ld',
  Ln: 'noise_ln',
  LMx: 'noise_lmx',
  LMn: 'noise_lmn',
};

/**
 * Vendor names seen on real dust/noise monitors → canonical metric. A starting point only: the server keeps an
 * editable copy per deployment and passes it in. NOIS/NOISE are taken as Leq because GB 12523 limits apply to Leq
 * and these units report a short-interval equivalent level; change it per vendor if that is wrong.
 */
export const DEFAULT_FACTOR_ALIASES: Readonly<Record<string, string>> = {
  PM10: 'pm10',
  PM25: 'pm2_5',
  'PM2.5': 'pm2_5',
  PM1: 'pm1',
  TSP: 'tsp',
  NOIS: 'noise_leq',
  NOISE: 'noise_leq',
  TEM: 'temperature',
  RH: 'humidity',
  WS: 'wind_speed',
  WD: 'wind_direction',
  PA: 'pressure',
};

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

// HJ 212-2017 表4 value fields (N-type decimals): strict decimal text → number, or undefined.
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

function lowerCaseLookup(map: Readonly<Record<string, string>>): Map<string, string> {
  // Case-insensitive: vendors write pm10/PM10/Pm10, and the standard's LMx/Leq casing is often lost.
  const lookup = new Map<string, string>();
  for (const [code, metric] of Object.entries(map)) lookup.set(code.toLowerCase(), metric);
  return lookup;
}

const STANDARD_LOOKUP = lowerCaseLookup(STANDARD_FACTOR_METRICS);

function field(fields: Record<string, string>, name: string): string | undefined {
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}

// HJ 212-2017 表4/表9/附录B: canonical readings of a 2011/2051/2061/2031 upload; aliases (editable) win over 附录B.
export function readingsFromPacket(
  packet: Hj212Packet,
  aliases: Readonly<Record<string, string>> = DEFAULT_FACTOR_ALIASES,
): PacketReadings {
  const cn = packet.cn ?? '';
  const kind = Object.hasOwn(READING_KIND_BY_CN, cn) ? READING_KIND_BY_CN[cn] : undefined;
  if (!kind) return { readings: [], unknownFactors: [], rejected: [], ignoredReason: `CN=${cn} is not a data upload` };

  const aliasLookup = lowerCaseLookup(aliases);
  const readings: CanonicalReading[] = [];
  const unknownFactors: FactorGroup[] = [];
  const rejected: RejectedItem[] = [];
  // rtd carries the instantaneous value; aggregates carry Avg, except noise statistics which use -Data (C.26).
  const valueFields = kind === 'rtd' ? ['Rtd'] : ['Avg', 'Data'];

  for (const factor of packet.cp.factors) {
    const key = factor.code.toLowerCase();
    const metric = aliasLookup.get(key) ?? STANDARD_LOOKUP.get(key);
    if (!metric) {
      unknownFactors.push(factor);
      continue;
    }
    const valueField = valueFields.find((name) => field(factor.fields, name) !== undefined);
    if (!valueField) {
      rejected.push({ code: factor.code, metric, reason: `no ${valueFields.join('/')} value for a ${kind} upload` });
      continue;
    }
    const text = field(factor.fields, valueField) ?? '';
    const value = parseDecimal(text);
    if (value === undefined) {
      rejected.push({ code: factor.code, metric, field: valueField, value: text, reason: 'value is not a decimal number' });
      continue;
    }
    // For 2011 a per-factor SampleTime (表4) is more precise than the packet's DataTime.
    const sampleTime = kind === 'rtd' ? field(factor.fields, 'SampleTime') : undefined;
    const time = (sampleTime !== undefined ? parseChinaTimestamp(sampleTime) : undefined) ?? packet.cp.dataTime;
    if (!time) {
      rejected.push({ code: factor.code, metric, field: valueField, value: text, reason: 'missing or invalid DataTime' });
      continue;
    }
    const flagText = field(factor.fields, 'Flag')?.trim();
    const reading: CanonicalReading = {
      metric,
      factorCode: factor.code,
      time,
      value,
      flag: flagText ? flagText : 'N',
      kind,
    };
    if (kind !== 'rtd') {
      for (const bound of ['Min', 'Max'] as const) {
        const boundText = field(factor.fields, bound);
        if (boundText === undefined) continue;
        const boundValue = parseDecimal(boundText);
        if (boundValue === undefined) {
          rejected.push({ code: factor.code, metric, field: bound, value: boundText, reason: 'value is not a decimal number' });
        } else if (bound === 'Min') {
          reading.min = boundValue;
        } else {
          reading.max = boundValue;
        }
      }
    }
    readings.push(reading);
  }
  return { kind, readings, unknownFactors, rejected };
}
