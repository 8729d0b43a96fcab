import type { Messages } from '../../i18n/index.js';

/** Canonical metric names with units, as site staff read them. */
export const metricLabels: Messages<string> = {
  'zh-CN': {
    pm10: 'PM10 (µg/m³)',
    pm2_5: 'PM2.5 (µg/m³)',
    pm1: 'PM1.0 (µg/m³)',
    tsp: 'TSP (µg/m³)',
    noise_leq: '噪声 Leq (dB(A))',
    noise_la: '噪声 LA (dB(A))',
    temperature: '温度 (°C)',
    humidity: '湿度 (%)',
    wind_speed: '风速 (m/s)',
    wind_direction: '风向 (°)',
    pressure: '气压 (kPa)',
    energy_kwh: '用电量 (kWh)',
    water_m3: '用水量 (m³)',
  },
  en: {
    pm10: 'PM10 (µg/m³)',
    pm2_5: 'PM2.5 (µg/m³)',
    pm1: 'PM1.0 (µg/m³)',
    tsp: 'TSP (µg/m³)',
    noise_leq: 'Noise Leq (dB(A))',
    noise_la: 'Noise LA (dB(A))',
    temperature: 'Temperature (°C)',
    humidity: 'Humidity (%)',
    wind_speed: 'Wind speed (m/s)',
    wind_direction: 'Wind direction (°)',
    pressure: 'Pressure (kPa)',
    energy_kwh: 'Electricity (kWh)',
    water_m3: 'Water (m³)',
  },
};

export const deviceKindLabels: Messages<'dust_noise' | 'water_meter' | 'electricity_meter' | 'tower_crane' | 'hoist' | 'other'> = {
  'zh-CN': {
    dust_noise: '扬尘噪声监测仪',
    water_meter: '水表',
    electricity_meter: '电表',
    tower_crane: '塔吊监测',
    hoist: '升降机监测',
    other: '其他',
  },
  en: {
    dust_noise: 'Dust & noise monitor',
    water_meter: 'Water meter',
    electricity_meter: 'Electricity meter',
    tower_crane: 'Tower crane',
    hoist: 'Hoist',
    other: 'Other',
  },
};

export const statusLabels: Messages<'online' | 'offline' | 'never' | 'inactive'> = {
  'zh-CN': { online: '在线', offline: '离线', never: '未上线', inactive: '已停用' },
  en: { online: 'Online', offline: 'Offline', never: 'Never seen', inactive: 'Inactive' },
};
export const statusColors = { online: 'green', offline: 'red', never: 'default', inactive: 'default' } as const;

export const alarmLabels: Messages<
  'open' | 'acknowledged' | 'closed' | 'threshold' | 'offline' | 'cleared' | 'back_online' | 'rule_not_in_force'
> = {
  'zh-CN': {
    open: '未处理',
    acknowledged: '已确认',
    closed: '已关闭',
    threshold: '超限',
    offline: '离线',
    cleared: '已恢复正常',
    back_online: '设备已恢复在线',
    rule_not_in_force: '规则时段结束',
  },
  en: {
    open: 'Open',
    acknowledged: 'Acknowledged',
    closed: 'Closed',
    threshold: 'Over limit',
    offline: 'Offline',
    cleared: 'Back to normal',
    back_online: 'Device back online',
    rule_not_in_force: 'Rule period ended',
  },
};
export const alarmColors = { open: 'red', acknowledged: 'orange', closed: 'default' } as const;

export const metricLabel = (labels: Record<string, string>, metric: string | null | undefined) =>
  metric ? (labels[metric] ?? metric) : '—';

/** China Standard Time, the time on site. */
export function cst(iso: string | null | undefined, withSeconds = true): string {
  if (!iso) return '—';
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().replace('T', ' ');
  return withSeconds ? d.slice(0, 19) : d.slice(0, 16);
}
