import { defineMessages } from '../../platform/errors.js';

defineMessages({
  phases_overlap: { 'zh-CN': '阶段时间不能重叠，且须按顺序排列', en: 'Phases must be in order and must not overlap' },
  phase_dates_order: { 'zh-CN': '阶段结束日期不能早于开始日期', en: 'A phase cannot end before it starts' },
  phase_unknown: { 'zh-CN': '阶段不属于该实施方案', en: 'The phase does not belong to this programme' },
  programme_missing: { 'zh-CN': '该地区尚未制定实施方案', en: 'This region has no programme yet' },
});
