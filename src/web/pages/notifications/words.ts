/** Tag colours by severity, the same on the bell, the inbox and the 工作台. */
export const severityColors: Record<string, string> = { critical: 'red', warning: 'orange', info: 'blue' };

/** A time as people on site read it: China time (Asia/Shanghai), whatever the browser's zone. */
export function timeInChina(iso: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
    .format(new Date(iso))
    .replace(/\//g, '-');
}
