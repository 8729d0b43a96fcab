import type { Language } from '../../i18n/index.js';
import type { ItemOf } from '../../api/types.js';

// TODO(openapi): response schema pending
export type Light = 'green' | 'amber' | 'red' | 'grey';
// TODO(openapi): response schema pending
export type Direction = 'higherIsBetter' | 'lowerIsBetter';
export type IndicatorInfo = CatalogueItem;
export type CatalogueItem = ItemOf<'/api/indicators'>;
// TODO(openapi): response schema pending
export type Cell = { value: number | null; month: string | null; target: number | null; light: Light };
// TODO(openapi): response schema pending
export type DashboardRow = { projectId: string; code: string; name: string; regionCode: string; regionName: string | null; status: string; cells: Record<string, Cell>; targets: number; met: number; score: number | null; rank: number | null };
// TODO(openapi): response schema pending
export type Distribution = { count: number; min: number; q1: number; median: number; q3: number; max: number; mean: number; histogram: Array<{ from: number; to: number; count: number }> };
// TODO(openapi): response schema pending
export type Dashboard = { month: string; region: string | null; indicators: IndicatorInfo[]; rows: DashboardRow[]; distributions: Record<string, Distribution | null>; lights: Record<Light, number> };
// TODO(openapi): response schema pending
export type Warning = {
  projectId: string;
  projectCode?: string;
  projectName?: string;
  regionCode?: string;
  indicatorKey: string;
  targetName: string;
  target: number;
  unit: string;
  direction: Direction;
  dueMonth: string;
  latest: { month: string; value: number } | null;
  forecast: number | null;
  slopePerMonth: number | null;
  pointsUsed: number;
};

export const lightColours: Record<Light, string> = { green: '#52c41a', amber: '#faad14', red: '#f5222d', grey: '#d9d9d9' };

/** A figure with up to two decimals, or a dash. */
export const fmt = (v: number | null | undefined, digits = 2) => (v === null || v === undefined || Number.isNaN(v) ? '—' : String(Math.round(v * 10 ** digits) / 10 ** digits));

/** The last complete month in China time, 'YYYY-MM'. */
export function lastCompleteMonth(): string {
  const d = new Date(Date.now() + 8 * 3600_000);
  const i = d.getUTCFullYear() * 12 + d.getUTCMonth() - 1;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}
