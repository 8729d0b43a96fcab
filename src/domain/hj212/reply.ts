// HJ 212-2017 附录C replies from the upper computer (上位机) to a data logger. Every reply uses ST=91 (表5 系统交互).
//
// Where the request QN goes: HJ 212-2017 puts it in the reply's own QN header field, e.g. C.14
// `QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&`.
// HJ/T 212-2005 devices expect it inside CP instead (`CP=&&QN=...&&`); `qnPlacement: 'cp'` serves those.
import { CommandCode, SYSTEM_INTERACTION_ST, type ExeRtnCode, type QnRtnCode } from './codes.js';
import { encodeFrame } from './frame.js';

export { QnRtn, ExeRtn } from './codes.js';

/** Identity fields echoed back from the request being answered. */
export interface ReplyTarget {
  qn?: string;
  pw?: string;
  mn?: string;
}

export interface ReplyOptions {
  /** 'header' (HJ 212-2017, default) or 'cp' (HJ/T 212-2005 style). */
  qnPlacement?: 'header' | 'cp';
  /** Flag of the reply; 4 = HJ 212-2017, no reply wanted (表3). */
  flag?: number;
}

/** HJ 212-2017 表3: Flag=4 → version 000001 (2017), no split, no reply requested. */
export const REPLY_FLAG = 4;

function replySegment(cn: string, target: ReplyTarget, cpItems: string[], options: ReplyOptions): string {
  const inCp = options.qnPlacement === 'cp';
  const header: string[] = [];
  if (!inCp && target.qn !== undefined) header.push(`QN=${target.qn}`);
  header.push(`ST=${SYSTEM_INTERACTION_ST}`, `CN=${cn}`);
  if (target.pw !== undefined) header.push(`PW=${target.pw}`);
  if (target.mn !== undefined) header.push(`MN=${target.mn}`);
  header.push(`Flag=${options.flag ?? REPLY_FLAG}`);
  const cp = inCp && target.qn !== undefined ? [`QN=${target.qn}`, ...cpItems] : cpItems;
  return `${header.join(';')};CP=&&${cp.join(';')}&&`;
}

// HJ 212-2017 附录C.14 数据应答 (CN=9014): answers a data upload whose Flag A bit is set.
export function dataReplySegment(target: ReplyTarget, options: ReplyOptions = {}): string {
  return replySegment(CommandCode.dataReply, target, [], options);
}

// HJ 212-2017 附录C 请求应答 (CN=9011) with QnRtn from 表7 (e.g. 9 for a CRC error).
export function requestReplySegment(target: ReplyTarget, qnRtn: QnRtnCode, options: ReplyOptions = {}): string {
  return replySegment(CommandCode.requestReply, target, [`QnRtn=${qnRtn}`], options);
}

// HJ 212-2017 附录C 执行结果 (CN=9012) with ExeRtn from 表6.
export function executionResultSegment(target: ReplyTarget, exeRtn: ExeRtnCode, options: ReplyOptions = {}): string {
  return replySegment(CommandCode.executionResult, target, [`ExeRtn=${exeRtn}`], options);
}

// HJ 212-2017 附录C.14: framed 9014 data reply. Throws RangeError only if the echoed fields overflow 1024 bytes,
// which cannot happen for a registered device's MN/PW.
export function buildDataReply(target: ReplyTarget, options: ReplyOptions = {}): Buffer {
  return encodeFrame(dataReplySegment(target, options));
}

// HJ 212-2017 附录C: framed 9011 request reply (same overflow caveat as buildDataReply).
export function buildRequestReply(target: ReplyTarget, qnRtn: QnRtnCode, options: ReplyOptions = {}): Buffer {
  return encodeFrame(requestReplySegment(target, qnRtn, options));
}

// HJ 212-2017 附录C: framed 9012 execution result (same overflow caveat as buildDataReply).
export function buildExecutionResult(target: ReplyTarget, exeRtn: ExeRtnCode, options: ReplyOptions = {}): Buffer {
  return encodeFrame(executionResultSegment(target, exeRtn, options));
}
