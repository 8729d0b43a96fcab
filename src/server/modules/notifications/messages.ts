import { defineMessages } from '../../platform/errors.js';
import { ruleDefinitions } from './rules.js';

// 待办 titles: what the user has to do, in their words.
export const todoLabels: Record<string, { 'zh-CN': string; en: string }> = {
  'notice.toRectify': { 'zh-CN': '待整改的整改通知', en: 'Rectification notices to act on' },
  'notice.stopWork': { 'zh-CN': '停工整改中的问题', en: 'Stop-work orders in force' },
  'notice.toVerify': { 'zh-CN': '待核查的整改回复', en: 'Rectification replies to verify' },
  'notice.overdue': { 'zh-CN': '逾期未整改的通知', en: 'Overdue rectification notices' },
  'manifest.toDispatch': { 'zh-CN': '待发车的联单', en: 'Manifests awaiting dispatch' },
  'manifest.disputed': { 'zh-CN': '有争议的联单', en: 'Disputed manifests' },
  'manifest.toReceive': { 'zh-CN': '在途待接收的联单', en: 'Loads on the way to receive' },
  'manifest.overdueReceipt': { 'zh-CN': '超时未接收的联单', en: 'Manifests overdue for receipt' },
  'alarm.unacknowledged': { 'zh-CN': '未确认的现场告警', en: 'Site alarms not acknowledged' },
  'device.offline': { 'zh-CN': '离线的监测设备', en: 'Monitors offline' },
  'plan.returned': { 'zh-CN': '被退回的绿色策划', en: 'Plans returned for changes' },
  'plan.toReview': { 'zh-CN': '待审核的绿色策划', en: 'Plans to review' },
  'application.toAssign': { 'zh-CN': '待分配专家的申报', en: 'Applications to assign experts to' },
  'application.toDecide': { 'zh-CN': '评审中待决定的申报', en: 'Applications awaiting a decision' },
  'review.assigned': { 'zh-CN': '待提交的申报评审', en: 'Application reviews to submit' },
  'evaluation.assigned': { 'zh-CN': '待打分的评价任务', en: 'Evaluations to score' },
  'tracking.warning': { 'zh-CN': '指标跟踪预警', en: 'Indicator tracking warnings' },
};

export const categoryLabels: Record<string, { 'zh-CN': string; en: string }> = {
  alarm: { 'zh-CN': '现场告警', en: 'Site alarms' },
  supervision: { 'zh-CN': '监督检查', en: 'Supervision' },
  waste: { 'zh-CN': '建筑垃圾', en: 'Construction waste' },
  planning: { 'zh-CN': '绿色策划', en: 'Green planning' },
  review: { 'zh-CN': '申报评审', en: 'Application review' },
  evaluation: { 'zh-CN': '评价', en: 'Evaluation' },
  tracking: { 'zh-CN': '跟踪预警', en: 'Tracking' },
  integrity: { 'zh-CN': '台账完整性', en: 'Ledger integrity' },
  platform: { 'zh-CN': '平台', en: 'Platform' },
};

defineMessages({
  ...Object.fromEntries(ruleDefinitions.map((r) => [`notify.${r.key}`, r.text])),
  notification_rule_unknown: { 'zh-CN': '没有这条提醒规则', en: 'No such notification rule' },
  notification_rule_param: {
    'zh-CN': '该规则没有此参数（{param}）',
    en: 'This rule has no such setting ({param})',
  },
  notification_quiet_hours_pair: {
    'zh-CN': '免打扰时段需同时填写开始和结束',
    en: 'Quiet hours need both a start and an end',
  },
  smtp_unreachable: { 'zh-CN': '邮件服务器无法连接', en: 'The mail server cannot be reached' },
  notification_gateway_url: {
    'zh-CN': '网关地址必须是 https（内网地址需管理员允许）',
    en: 'The gateway URL must be https (a private address needs an administrator’s allowance)',
  },
});
