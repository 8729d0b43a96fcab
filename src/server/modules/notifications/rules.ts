import type { Severity } from './tables.js';

export const categories = [
  'alarm',
  'supervision',
  'waste',
  'planning',
  'review',
  'evaluation',
  'tracking',
  'integrity',
  'platform',
] as const;
export type Category = (typeof categories)[number];

/** Who a rule's notification goes to, resolved against accounts and the project at the time it fires. */
export type Audience =
  | 'projectEnterprise' // users of the project's owner and participant organisations
  | 'responsibleOrganisation' // users of the organisation a notice names
  | 'regionRegulators' // regulators of the project's region
  | 'assignedUsers' // the users named in the condition (experts)
  | 'facilityUsers' // users of the destination facility's organisation
  | 'admins';

export type RuleDefinition = {
  key: string;
  category: Category;
  severity: Severity;
  audiences: Audience[];
  /** Fires on these event types (the event log), or on a condition checked every minute. */
  trigger: { events: string[] } | { condition: string };
  /** National default; a regional regulator may change enabled/minutes/days for the region. */
  defaults: { enabled: boolean; minutes?: number; days?: number };
  name: { 'zh-CN': string; en: string };
  /** The notification's text; {placeholders} come from the params stored with it. */
  text: { 'zh-CN': string; en: string };
};

/**
 * The rules every region starts with (seeded per role by their audiences). Event rules name the event types of the
 * capabilities' catalogues; condition rules are evaluated by conditions.ts and notify once per condition until it
 * clears (an alarm acknowledged, a notice closed, a manifest received).
 */
export const ruleDefinitions: RuleDefinition[] = [
  {
    key: 'alarm.raised',
    category: 'alarm',
    severity: 'critical',
    audiences: ['projectEnterprise'],
    trigger: { events: ['cn.greenbuild.site.alarm.raised.v1'] },
    defaults: { enabled: true },
    name: { 'zh-CN': '现场告警', en: 'Site alarm raised' },
    text: { 'zh-CN': '{projectName}：{detail}', en: '{projectName}: {detail}' },
  },
  {
    key: 'alarm.escalated',
    category: 'alarm',
    severity: 'critical',
    audiences: ['regionRegulators'],
    trigger: { condition: 'alarmUnacknowledged' },
    defaults: { enabled: true, minutes: 30 },
    name: { 'zh-CN': '告警超时未确认，升级至主管部门', en: 'Alarm not acknowledged in time, escalated' },
    text: {
      'zh-CN': '{projectName} 的告警已 {minutes} 分钟无人确认：{detail}',
      en: '{projectName}: alarm not acknowledged for {minutes} minutes: {detail}',
    },
  },
  {
    key: 'notice.issued',
    category: 'supervision',
    severity: 'warning',
    audiences: ['responsibleOrganisation'],
    trigger: { events: ['cn.greenbuild.supervision.notice.issued.v1'] },
    defaults: { enabled: true },
    name: { 'zh-CN': '收到整改通知', en: 'Rectification notice issued' },
    text: { 'zh-CN': '{projectName} 收到整改通知 {code}，整改期限 {deadline}', en: '{projectName}: notice {code} issued, due {deadline}' },
  },
  {
    key: 'notice.dueSoon',
    category: 'supervision',
    severity: 'warning',
    audiences: ['responsibleOrganisation'],
    trigger: { condition: 'noticeDueSoon' },
    defaults: { enabled: true, days: 3 },
    name: { 'zh-CN': '整改即将到期', en: 'Rectification due soon' },
    text: { 'zh-CN': '整改通知 {code}（{projectName}）将于 {deadline} 到期', en: 'Notice {code} ({projectName}) is due {deadline}' },
  },
  {
    key: 'notice.overdue',
    category: 'supervision',
    severity: 'critical',
    audiences: ['responsibleOrganisation', 'regionRegulators'],
    trigger: { condition: 'noticeOverdue' },
    defaults: { enabled: true },
    name: { 'zh-CN': '整改逾期', en: 'Rectification overdue' },
    text: {
      'zh-CN': '整改通知 {code}（{projectName}）已于 {deadline} 逾期',
      en: 'Notice {code} ({projectName}) was due {deadline} and is overdue',
    },
  },
  {
    key: 'notice.stopWork',
    category: 'supervision',
    severity: 'critical',
    audiences: ['projectEnterprise', 'regionRegulators'],
    trigger: { condition: 'stopWork' },
    defaults: { enabled: true },
    name: { 'zh-CN': '停工整改', en: 'Stop-work order' },
    text: { 'zh-CN': '{projectName} 被责令停工整改：{detail}', en: '{projectName} is ordered to stop work: {detail}' },
  },
  {
    key: 'manifest.notReceived',
    category: 'waste',
    severity: 'warning',
    audiences: ['projectEnterprise', 'regionRegulators'],
    trigger: { condition: 'manifestNotReceived' },
    defaults: { enabled: true },
    name: { 'zh-CN': '联单超时未接收', en: 'Manifest not received in time' },
    text: {
      'zh-CN': '联单 {code}（{projectName}）超过期限仍未被接收',
      en: 'Manifest {code} ({projectName}) was not received by its deadline',
    },
  },
  {
    key: 'review.assigned',
    category: 'review',
    severity: 'info',
    audiences: ['assignedUsers'],
    trigger: { condition: 'reviewAssigned' },
    defaults: { enabled: true },
    name: { 'zh-CN': '分配了申报评审', en: 'Application review assigned' },
    text: { 'zh-CN': '请评审 {projectName} 的申报（{detail}）', en: 'Please review the application of {projectName} ({detail})' },
  },
  {
    key: 'evaluation.assigned',
    category: 'evaluation',
    severity: 'info',
    audiences: ['assignedUsers'],
    trigger: { condition: 'evaluationAssigned' },
    defaults: { enabled: true },
    name: { 'zh-CN': '分配了评价任务', en: 'Evaluation assigned' },
    text: { 'zh-CN': '请为 {projectName} 的评价打分（{detail}）', en: 'Please score the evaluation of {projectName} ({detail})' },
  },
  {
    key: 'plan.submitted',
    category: 'planning',
    severity: 'info',
    audiences: ['regionRegulators'],
    trigger: { events: ['cn.greenbuild.planning.plan.submitted.v1'] },
    defaults: { enabled: true },
    name: { 'zh-CN': '绿色策划提交审核', en: 'Plan submitted for review' },
    text: { 'zh-CN': '{projectName} 提交了绿色策划，请审核', en: '{projectName} submitted its plan for review' },
  },
  {
    key: 'plan.returned',
    category: 'planning',
    severity: 'warning',
    audiences: ['projectEnterprise'],
    trigger: { events: ['cn.greenbuild.planning.plan.returned.v1'] },
    defaults: { enabled: true },
    name: { 'zh-CN': '绿色策划被退回', en: 'Plan returned' },
    text: { 'zh-CN': '{projectName} 的绿色策划被退回修改', en: 'The plan of {projectName} was returned for changes' },
  },
  {
    key: 'plan.approved',
    category: 'planning',
    severity: 'info',
    audiences: ['projectEnterprise'],
    trigger: { events: ['cn.greenbuild.planning.plan.approved.v1'] },
    defaults: { enabled: true },
    name: { 'zh-CN': '绿色策划已通过', en: 'Plan approved' },
    text: { 'zh-CN': '{projectName} 的绿色策划已审核通过', en: 'The plan of {projectName} was approved' },
  },
  {
    key: 'tracking.warning',
    category: 'tracking',
    severity: 'warning',
    audiences: ['projectEnterprise', 'regionRegulators'],
    trigger: { events: ['cn.greenbuild.tracking.warning.raised.v1'] },
    defaults: { enabled: true },
    name: { 'zh-CN': '跟踪预警', en: 'Tracking warning' },
    text: { 'zh-CN': '{projectName}：{detail}', en: '{projectName}: {detail}' },
  },
  {
    key: 'integrity.alarm',
    category: 'integrity',
    severity: 'critical',
    audiences: ['admins', 'regionRegulators'],
    trigger: { condition: 'integrityAlarm' },
    defaults: { enabled: true },
    name: { 'zh-CN': '质量台账完整性告警', en: 'Quality ledger integrity alarm' },
    text: { 'zh-CN': '质量追溯台账校验失败：{detail}', en: 'Quality ledger check failed: {detail}' },
  },
];

export const ruleByKey = new Map(ruleDefinitions.map((r) => [r.key, r]));
export const rulesForEvent = (type: string) => ruleDefinitions.filter((r) => 'events' in r.trigger && r.trigger.events.includes(type));
