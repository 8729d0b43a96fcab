// JT/T 808 表23 (位置基本信息, 时间): BCD[6] YY-MM-DD-hh-mm-ss in GMT+8 (China time); 2000–2099.
import { decodeBcd, encodeBcd } from './bcd.js';

const CHINA_OFFSET_MS = 8 * 3600_000;

/** The six BCD bytes of an instant, in China time. Whole seconds; milliseconds are dropped. */
export function encodeBcdTime(at: Date): Buffer {
  const local = new Date(at.getTime() + CHINA_OFFSET_MS);
  const year = local.getUTCFullYear();
  if (year < 2000 || year > 2099) throw new RangeError(`JT/T 808 time holds 2000–2099 only, got ${year}`);
  const two = (n: number) => String(n).padStart(2, '0');
  const digits =
    two(year - 2000) +
    two(local.getUTCMonth() + 1) +
    two(local.getUTCDate()) +
    two(local.getUTCHours()) +
    two(local.getUTCMinutes()) +
    two(local.getUTCSeconds());
  return encodeBcd(digits, 6);
}

/** The instant six BCD bytes name, or null for a time that is not a real China-time calendar second. */
export function decodeBcdTime(buf: Uint8Array): Date | null {
  if (buf.length !== 6) return null;
  const d = decodeBcd(buf);
  if (d === null) return null;
  const [yy, mo, dd, hh, mi, ss] = [0, 2, 4, 6, 8, 10].map((i) => Number(d.slice(i, i + 2)));
  if (mo < 1 || mo > 12 || dd < 1 || dd > 31 || hh > 23 || mi > 59 || ss > 59) return null;
  const utc = Date.UTC(2000 + yy, mo - 1, dd, hh, mi, ss);
  // Rejects 31 April and the like: Date.UTC would roll them over into the next month.
  if (new Date(utc).getUTCDate() !== dd) return null;
  return new Date(utc - CHINA_OFFSET_MS);
}
