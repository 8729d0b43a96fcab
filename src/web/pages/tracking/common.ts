import type { ItemOf, ResponseOf } from '../../api/types.js';

export type IndicatorInfo = CatalogueItem;
export type CatalogueItem = ItemOf<'/api/indicators'>;
export type Dashboard = ResponseOf<'/api/tracking/dashboard'>;
export type DashboardRow = Dashboard['rows'][number];
export type Cell = DashboardRow['cells'][string];
export type Light = Cell['light'];
export type Direction = IndicatorInfo['direction'];
export type Distribution = NonNullable<Dashboard['distributions'][string]>;
/** A warning of one project; the regional list adds the project's code, name and region. */
export type Warning = ItemOf<'/api/tracking/projects/{projectId}/warnings'> &
  Partial<Pick<ItemOf<'/api/tracking/warnings'>, 'projectCode' | 'projectName' | 'regionCode'>>;

export const lightColours: Record<Light, string> = { green: '#52c41a', amber: '#faad14', red: '#f5222d', grey: '#d9d9d9' };

/** A figure with up to two decimals, or a dash. */
export const fmt = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined || Number.isNaN(v) ? '—' : String(Math.round(v * 10 ** digits) / 10 ** digits);

/** The last complete month in China time, 'YYYY-MM'. */
export function lastCompleteMonth(): string {
  const d = new Date(Date.now() + 8 * 3600_000);
  const i = d.getUTCFullYear() * 12 + d.getUTCMonth() - 1;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}
