/** Tag colours by severity, the same on the bell, the inbox and the 工作台. */
export const severityColors: Record<string, string> = { critical: 'red', warning: 'orange', info: 'blue' };
