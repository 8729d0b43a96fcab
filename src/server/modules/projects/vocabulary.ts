import { organisationModels, participantRoles, projectCategories, projectStatuses } from './tables.js';
import { structureTypes, useTypes } from './schemas.js';

// Chinese labels of the register's vocabularies, as regulators write them in spreadsheets.
export const categoryLabels: Record<(typeof projectCategories)[number], string> = { building: '房屋建筑', municipal: '市政基础设施' };
export const structureLabels: Record<(typeof structureTypes)[number], string> = {
  concrete: '混凝土',
  steel: '钢',
  timber: '木',
  composite: '组合',
  masonry: '砌体',
  other: '其他',
};
export const useLabels: Record<(typeof useTypes)[number], string> = {
  residential: '住宅',
  public: '公共建筑',
  industrial: '工业建筑',
  road: '道路',
  bridge: '桥梁',
  pipeline: '管网',
  other: '其他',
};
export const modelLabels: Record<(typeof organisationModels)[number], string> = {
  epc: '工程总承包',
  whole_process_consulting: '全过程工程咨询',
  architect_led: '建筑师负责制',
  traditional: '传统',
};
export const statusLabels: Record<(typeof projectStatuses)[number], string> = {
  applied: '申报',
  reviewing: '评审中',
  selected: '入选',
  rejected: '未入选',
  implementing: '实施中',
  completed: '已完工',
  summarised: '已总结',
};
export const roleLabels: Record<(typeof participantRoles)[number], string> = {
  owner: '建设单位',
  epc: '工程总承包',
  design: '设计',
  construction: '施工',
  supervision: '监理',
  consulting: '全咨',
};

/** Accepts a code or its Chinese label (also 钢结构 for 钢, 混凝土结构 for 混凝土). */
export function fromLabel<K extends string>(labels: Record<K, string>, value: string): K | undefined {
  const v = value.trim();
  for (const [k, label] of Object.entries(labels) as Array<[K, string]>) {
    if (v === k || v === label || v === `${label}结构`) return k;
  }
  return undefined;
}
