/**
 * Canonical site metrics (the names domain/hj212/readings.ts maps HJ 212-2017 附录B factor codes to) with the names and
 * units site staff read. Units are the ones HJ 212 and GB 12523 report in: particulates µg/m³, sound levels dB(A).
 */
export type MetricInfo = { zh: string; en: string; unit: string };

export const SITE_METRICS: Readonly<Record<string, MetricInfo>> = {
  tsp: { zh: '总悬浮颗粒物 TSP', en: 'TSP', unit: 'µg/m³' },
  pm10: { zh: '可吸入颗粒物 PM10', en: 'PM10', unit: 'µg/m³' },
  pm2_5: { zh: '细颗粒物 PM2.5', en: 'PM2.5', unit: 'µg/m³' },
  pm1: { zh: '颗粒物 PM1.0', en: 'PM1.0', unit: 'µg/m³' },
  temperature: { zh: '温度', en: 'Temperature', unit: '°C' },
  humidity: { zh: '湿度', en: 'Humidity', unit: '%' },
  pressure: { zh: '气压', en: 'Pressure', unit: 'kPa' },
  wind_speed: { zh: '风速', en: 'Wind speed', unit: 'm/s' },
  wind_direction: { zh: '风向', en: 'Wind direction', unit: '°' },
  noise_la: { zh: '噪声 LA', en: 'Noise LA', unit: 'dB(A)' },
  noise_leq: { zh: '噪声 Leq', en: 'Noise Leq', unit: 'dB(A)' },
  noise_l5: { zh: '噪声 L5', en: 'Noise L5', unit: 'dB(A)' },
  noise_l10: { zh: '噪声 L10', en: 'Noise L10', unit: 'dB(A)' },
  noise_l50: { zh: '噪声 L50', en: 'Noise L50', unit: 'dB(A)' },
  noise_l90: { zh: '噪声 L90', en: 'Noise L90', unit: 'dB(A)' },
  noise_l95: { zh: '噪声 L95', en: 'Noise L95', unit: 'dB(A)' },
  noise_ldn: { zh: '昼夜等效声级 Ldn', en: 'Noise Ldn', unit: 'dB(A)' },
  noise_ld: { zh: '昼间等效声级 Ld', en: 'Noise Ld', unit: 'dB(A)' },
  noise_ln: { zh: '夜间等效声级 Ln', en: 'Noise Ln', unit: 'dB(A)' },
  noise_lmx: { zh: '最大声级 Lmax', en: 'Noise Lmax', unit: 'dB(A)' },
  noise_lmn: { zh: '最小声级 Lmin', en: 'Noise Lmin', unit: 'dB(A)' },
  energy_kwh: { zh: '用电量', en: 'Electricity', unit: 'kWh' },
  water_m3: { zh: '用水量', en: 'Water', unit: 'm³' },
};

/** Name and unit of a metric; an unmapped vendor metric keeps its own name and no unit (we do not guess one). */
export function metricInfo(metric: string): MetricInfo {
  return SITE_METRICS[metric] ?? { zh: metric, en: metric, unit: '' };
}
