/**
 * A time as people in the pilots read it: China Standard Time (Asia/Shanghai, UTC+8, no daylight saving), whatever the
 * browser's own zone, so a page, its Excel export and its PDF show the same clock time.
 */
export function chinaTime(iso: string | Date | null | undefined, _lang?: string, withSeconds = false): string {
  if (!iso) return '—';
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return '—';
  const d = new Date(t + 8 * 3_600_000).toISOString().replace('T', ' ');
  return withSeconds ? d.slice(0, 19) : d.slice(0, 16);
}

/** The calendar day in China time (YYYY-MM-DD). */
export function chinaDate(iso: string | Date | null | undefined): string {
  return chinaTime(iso).slice(0, 10);
}
