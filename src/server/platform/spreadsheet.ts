// Shared pieces of every Excel export, so a spreadsheet user can compute with what we give them: times as real Excel
// dates in China time, numbers as numbers rounded as displayed, and number formats that show the unit's precision.
import { roundHalfUp } from '../../domain/rounding.js';

/** Excel serial dates have no time zone: the cell holds the wall-clock time its reader should see, here Beijing time. */
const CHINA_OFFSET_MS = 8 * 3_600_000; // Asia/Shanghai, no daylight saving since 1991

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const DATE_TIME_SECONDS_FORMAT = 'yyyy-mm-dd hh:mm:ss';
export const PERCENT_FORMAT = '0.0%';

/**
 * The Date to store in a cell so Excel shows the Asia/Shanghai wall-clock time of `at` (ExcelJS writes a Date's UTC
 * fields as the serial). Null stays null, so an empty time is an empty cell.
 */
export function chinaTimeValue(at: Date | string | null | undefined): Date | null {
  if (at === null || at === undefined || at === '') return null;
  const t = new Date(at).getTime();
  return Number.isNaN(t) ? null : new Date(t + CHINA_OFFSET_MS);
}

/** A calendar day (YYYY-MM-DD, or a Date/ISO time read as its Beijing day) as a date-only cell value. */
export function calendarDayValue(day: string | Date | null | undefined): Date | null {
  if (day === null || day === undefined || day === '') return null;
  if (typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)) return new Date(`${day}T00:00:00Z`);
  const wall = chinaTimeValue(day);
  return wall && new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
}

/**
 * A number rounded to the decimals it is shown with (0.1 + 0.2 ≠ 0.3 noise never reaches a cell), by the domain's one
 * half-up tie rule, so a cell and the page show the same figure; null stays null.
 */
export function roundAsDisplayed(x: number | null | undefined, decimals: number): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  return roundHalfUp(x, decimals);
}

/** The number format that shows `decimals` places with thousands separators, e.g. '#,##0.00'. */
export const decimalFormat = (decimals: number) => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
