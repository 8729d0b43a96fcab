import type { Messages } from '../../i18n/index.js';
import type { ItemOf } from '../../api/types.js';

export type ProjectStatus = Project['status'];

export const statusLabels: Messages<ProjectStatus> = {
  'zh-CN': {
    applied: '申报',
    reviewing: '评审中',
    selected: '入选',
    rejected: '未入选',
    implementing: '实施中',
    completed: '已完工',
    summarised: '已总结',
  },
  en: {
    applied: 'Applied',
    reviewing: 'In review',
    selected: 'Selected',
    rejected: 'Not selected',
    implementing: 'Implementing',
    completed: 'Completed',
    summarised: 'Summarised',
  },
};
export const statusColors: Record<ProjectStatus, string> = {
  applied: 'default',
  reviewing: 'processing',
  selected: 'green',
  rejected: 'red',
  implementing: 'blue',
  completed: 'cyan',
  summarised: 'purple',
};
export const statusOrder: ProjectStatus[] = ['applied', 'reviewing', 'selected', 'rejected', 'implementing', 'completed', 'summarised'];

export const categoryLabels: Messages<'building' | 'municipal'> = {
  'zh-CN': { building: '房屋建筑', municipal: '市政基础设施' },
  en: { building: 'Building', municipal: 'Municipal works' },
};
export const structureLabels: Messages<'concrete' | 'steel' | 'timber' | 'composite' | 'masonry' | 'other' | 'unknown'> = {
  'zh-CN': { concrete: '混凝土', steel: '钢', timber: '木', composite: '组合', masonry: '砌体', other: '其他', unknown: '未填' },
  en: {
    concrete: 'Concrete',
    steel: 'Steel',
    timber: 'Timber',
    composite: 'Composite',
    masonry: 'Masonry',
    other: 'Other',
    unknown: 'Not given',
  },
};
export const useLabels: Messages<'residential' | 'public' | 'industrial' | 'road' | 'bridge' | 'pipeline' | 'other' | 'unknown'> = {
  'zh-CN': {
    residential: '住宅',
    public: '公共建筑',
    industrial: '工业建筑',
    road: '道路',
    bridge: '桥梁',
    pipeline: '管网',
    other: '其他',
    unknown: '未填',
  },
  en: {
    residential: 'Residential',
    public: 'Public building',
    industrial: 'Industrial',
    road: 'Road',
    bridge: 'Bridge',
    pipeline: 'Pipeline',
    other: 'Other',
    unknown: 'Not given',
  },
};
export const modelLabels: Messages<'epc' | 'whole_process_consulting' | 'architect_led' | 'traditional'> = {
  'zh-CN': { epc: '工程总承包', whole_process_consulting: '全过程工程咨询', architect_led: '建筑师负责制', traditional: '传统模式' },
  en: { epc: 'EPC', whole_process_consulting: 'Whole-process consulting', architect_led: 'Architect-led', traditional: 'Traditional' },
};
export const participantRoleLabels: Messages<'owner' | 'epc' | 'design' | 'construction' | 'supervision' | 'consulting'> = {
  'zh-CN': { owner: '建设单位', epc: '工程总承包', design: '设计', construction: '施工', supervision: '监理', consulting: '全过程咨询' },
  en: {
    owner: 'Client',
    epc: 'EPC contractor',
    design: 'Design',
    construction: 'Construction',
    supervision: 'Supervision',
    consulting: 'Consulting',
  },
};

/** Looks a code up in a label table, falling back to the code itself. */
export const label = (table: Record<string, string>, code: string | null | undefined) => (code ? (table[code] ?? code) : '—');

export type Project = ItemOf<'/api/projects'>;
