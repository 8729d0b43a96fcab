import { defineMessages } from '../../platform/errors.js';

defineMessages({
  prefab_ratio_invalid: { 'zh-CN': '{message}', en: '{message}' },
  prefab_ratio_out_of_range: { 'zh-CN': '比例应为 0–1 之间的小数（35% 填 0.35）', en: 'A ratio is a fraction from 0 to 1 (0.35 for 35%)' },
  prefab_all_not_applicable: {
    'zh-CN': '所有评分项都标为不适用，无法计算装配率',
    en: 'Every scored item is marked not applicable, so P is undefined',
  },
  score_table_invalid: { 'zh-CN': '评分表无效：{problems}', en: 'The score table is invalid: {problems}' },
  score_table_exists: { 'zh-CN': '该评分表版本已存在', en: 'This score table version already exists' },
  score_table_unknown: { 'zh-CN': '评分表不存在', en: 'Unknown score table' },
  score_table_forbidden: { 'zh-CN': '只能维护本地区的评分表', en: 'You may maintain your own region’s score table only' },
  region_unknown_code: { 'zh-CN': '地区不存在', en: 'Unknown region' },
});
