// HJ 212-2017 timestamps (QN, DataTime, SampleTime) are local China Standard Time without a zone marker.
// China has used a fixed UTC+8 with no daylight saving since 1991, so a constant offset is exact.

/** China Standard Time offset from UTC. */
export const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

// HJ 212-2017 表4 DataTime (YYYYMMDDhhmmss) / 6.3.2 QN (YYYYMMDDhhmmsszzz): China time → UTC Date, or undefined if invalid.
export function parseChinaTimestamp(text: string): Date | undefined {
  if (!/^\d{14}(\d{3})?$/.test(text)) return undefined;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
  const hour = Number(text.slice(8, 10));
  const minute = Number(text.slice(10, 12));
  const second = Number(text.slice(12, 14));
  const millis = text.length === 17 ? Number(text.slice(14, 17)) : 0;
  const localAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(localAsUtc);
  // Date.UTC silently rolls over (Feb 30 → Mar 2) and maps years < 100 to 19xx; re-reading the parts catches both.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    check.getUTCSeconds() !== second
  ) {
    return undefined;
  }
  return new Date(localAsUtc - CHINA_UTC_OFFSET_MS);
}

// HJ 212-2017 6.3.2 QN: request id = China-time timestamp with milliseconds (17 digits).
export function parseQn(qn: string): Date | undefined {
  return /^\d{17}$/.test(qn) ? parseChinaTimestamp(qn) : undefined;
}

// HJ 212-2017 表4/6.3.2: format a UTC Date as China time, YYYYMMDDhhmmss, or with milliseconds for a QN.
export function formatChinaTimestamp(time: Date, withMillis = false): string {
  const local = new Date(time.getTime() + CHINA_UTC_OFFSET_MS);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const base =
    pad(local.getUTCFullYear(), 4) +
    pad(local.getUTCMonth() + 1) +
    pad(local.getUTCDate()) +
    pad(local.getUTCHours()) +
    pad(local.getUTCMinutes()) +
    pad(local.getUTCSeconds());
  return withMillis ? base + pad(local.getUTCMilliseconds(), 3) : base;
}
