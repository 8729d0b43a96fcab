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

/** HJ 212-2017 表5: ST=91 is 系统交互, used by the upper computer for every reply. */
export const SYSTEM_INTERACTION_ST = '91';
