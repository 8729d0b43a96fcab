import { defineMessages } from '../../platform/errors.js';

defineMessages({
  costs_indicator_unknown: { 'zh-CN': '指标 {key} 不存在', en: 'Unknown indicator {key}' },
  indicator_kind_mismatch: { 'zh-CN': '指标 {key} 不能作为该类效益', en: 'Indicator {key} does not measure this kind of benefit' },
  indicator_unavailable: {
    'zh-CN': '平台暂无该项目的 {key} 指标数据（或缺少建筑面积/基准值），请先录入来源数据或改为手工填报',
    en: 'The platform has no {key} value for this project yet (or no floor area / baseline); record the source data first or enter the value manually',
  },
  indicator_baseline_required: { 'zh-CN': '该指标需要填写常规做法基准值', en: 'This indicator needs the conventional baseline value' },
  carbon_unit: { 'zh-CN': '减碳量的单位应为 tCO2e', en: 'Carbon reduction must be in tCO2e' },
});
