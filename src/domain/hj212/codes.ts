// HJ 212-2017 code tables used by the codec and the reply builder.

/** HJ 212-2017 表7 请求返回 (QnRtn). */
export const QnRtn = {
  ready: 1,
  rejected: 2,
  passwordError: 3,
  mnError: 4,
  stError: 5,
  flagError: 6,
  qnError: 7,
  cnError: 8,
  crcError: 9,
  unknownError: 100,
} as const;
export type QnRtnCode = (typeof QnRtn)[keyof typeof QnRtn];

/** HJ 212-2017 表6 执行结果 (ExeRtn). */
export const ExeRtn = {
  ok: 1,
  failed: 2,
  badCondition: 3,
  timeout: 4,
  busy: 5,
  fault: 6,
  noData: 100,
} as const;
export type ExeRtnCode = (typeof ExeRtn)[keyof typeof ExeRtn];

/** HJ 212-2017 表8 数据标记: N normal, F stopped, M maintenance, S manual, D fault, C calibrating, T over range, B comms error. */
export const DATA_FLAGS = ['N', 'F', 'M', 'S', 'D', 'C', 'T', 'B'] as const;
export type DataFlag = (typeof DATA_FLAGS)[number];

// HJ 212-2017 表8: is this one of the eight standard data flags?
export function isDataFlag(value: string): value is DataFlag {
  return (DATA_FLAGS as readonly string[]).includes(value);
}

/** HJ 212-2017 表9 command codes the platform handles. */
export const CommandCode = {
  realTimeData: '2011',
  dailyData: '2031',
  minuteData: '2051',
  hourlyData: '2061',
  loggerBootTime: '2081',
  requestReply: '9011',
  executionResult: '9012',
  notificationReply: '9013',
  dataReply: '9014',
} as const;

/** HJ 212-2017 表9: every command code the standard defines (1000–1999 init/params, 2000–2999 data, 3000–3999 control, 9000–9999 interaction). */
export const STANDARD_COMMAND_CODES: ReadonlySet<string> = new Set([
  '1000',
  '1011',
  '1012',
  '1013',
  '1061',
  '1062',
  '1063',
  '1064',
  '1072',
  '2011',
  '2012',
  '2021',
  '2022',
  '2031',
  '2041',
  '2051',
  '2061',
  '2081',
  '3011',
  '3012',
  '3013',
  '3014',
  '3015',
  '3016',
  '3017',
  '3018',
  '3019',
  '3020',
  '3021',
  '9011',
  '9012',
  '9013',
  '9014',
]);

// HJ 212-2017 表9 9011–9014: a logger's answer to a command from the upper computer. It carries no data and is
// itself never answered.
export function isInteractionReply(cn: string | undefined): boolean {
  return (
    cn === CommandCode.requestReply ||
    cn === CommandCode.executionResult ||
    cn === CommandCode.notificationReply ||
    cn === CommandCode.dataReply
  );
}

/** HJ 212-2017 表5: ST=91 is 系统交互, used by the upper computer for every reply. */
export const SYSTEM_INTERACTION_ST = '91';
