import type { Messages } from '../../i18n/index.js';
import type { ItemOf, ResponseOf } from '../../api/types.js';

export type Severity = Finding['severity'];
export type NoticeStatus = Notice['status'];
export type Topic = Template['topic'];

export const severityLabels: Messages<Severity> = {
  'zh-CN': { general: '一般', major: '较重', serious: '严重' },
  en: { general: 'Minor', major: 'Major', serious: 'Serious' },
};
export const severityColors: Record<Severity, string> = { general: 'blue', major: 'orange', serious: 'red' };

export const noticeStatusLabels: Messages<NoticeStatus> = {
  'zh-CN': { issued: '待整改', responded: '待复查', closed: '已闭合', reopened: '重新整改' },
  en: { issued: 'Awaiting rectification', responded: 'Awaiting verification', closed: 'Closed', reopened: 'Reopened' },
};
export const noticeStatusColors: Record<NoticeStatus, string> = {
  issued: 'gold',
  responded: 'processing',
  closed: 'success',
  reopened: 'volcano',
};

export const topicLabels: Messages<Topic> = {
  'zh-CN': { quality: '质量', safety: '安全', green_construction: '绿色施工', waste: '建筑垃圾', smart_site: '智慧工地' },
  en: { quality: 'Quality', safety: 'Safety', green_construction: 'Green construction', waste: 'Waste', smart_site: 'Smart site' },
};

export const stageLabels: Messages<'planning' | 'design' | 'construction' | 'delivery'> = {
  'zh-CN': { planning: '策划', design: '设计', construction: '施工', delivery: '交付' },
  en: { planning: 'Planning', design: 'Design', construction: 'Construction', delivery: 'Delivery' },
};

export const inspectionStatusLabels: Messages<'scheduled' | 'recorded' | 'cancelled'> = {
  'zh-CN': { scheduled: '已安排', recorded: '已记录', cancelled: '已取消' },
  en: { scheduled: 'Scheduled', recorded: 'Recorded', cancelled: 'Cancelled' },
};

export const resultLabels: Messages<'pass' | 'fail' | 'na'> = {
  'zh-CN': { pass: '符合', fail: '不符合', na: '不适用' },
  en: { pass: 'Pass', fail: 'Fail', na: 'N/A' },
};

export const escalationLabels: Messages<'0' | '1' | '2' | '3'> = {
  'zh-CN': { '0': '—', '1': '一级：逾期提醒', '2': '二级：约谈', '3': '三级：通报' },
  en: { '0': '—', '1': 'Level 1: overdue', '2': 'Level 2: interview', '3': 'Level 3: public notice' },
};

export type Photo = Finding['photos'][number];
export type Notice = NonNullable<Finding['notice']>;
export type Finding = ItemOf<'/api/supervision/findings'>;
export type Inspection = ItemOf<'/api/supervision/inspections'>;
export type Template = ItemOf<'/api/supervision/templates'>;
export type SupervisionStatus = ResponseOf<'/api/projects/{id}/supervision-status'>;
