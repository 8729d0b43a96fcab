import { defineMessages } from '../../platform/errors.js';

defineMessages({
  plan_transition_refused: { 'zh-CN': '当前状态（{from}）不允许执行“{action}”', en: 'A plan in status "{from}" cannot be {action}' },
  plan_not_editable: {
    'zh-CN': '已提交审核的策划不能修改，请先撤回或等待审核',
    en: 'A submitted plan cannot be edited; withdraw it or wait for the review',
  },
  plan_missing: { 'zh-CN': '该项目尚未编制绿色策划', en: 'This project has no green plan yet' },
  planning_indicator_unknown: { 'zh-CN': '平台没有指标 {key}', en: 'The platform has no indicator {key}' },
  indicator_unit_mismatch: { 'zh-CN': '单位应与指标一致：{unit}', en: 'The unit must be the indicator’s unit: {unit}' },
  measure_unknown: {
    'zh-CN': '措施不存在、已停用或不属于本地区',
    en: 'The measure does not exist, is inactive or belongs to another region',
  },
  measure_aspect_mismatch: { 'zh-CN': '该措施属于其他方面（{aspect}）', en: 'The measure belongs to another aspect ({aspect})' },
  measure_duplicate: { 'zh-CN': '同一措施不能重复选用', en: 'A measure can be picked once only' },
  participant_unknown: { 'zh-CN': '责任单位应为项目参建单位', en: 'The responsible organisation must take part in the project' },
  measure_code_taken: { 'zh-CN': '本地区已有编号为 {code} 的措施', en: 'The region already has a measure coded {code}' },
  measure_region_forbidden: { 'zh-CN': '只能维护本地区的措施', en: 'You can maintain your own region’s measures only' },
  plan_review_not_assigned: { 'zh-CN': '您未被指派审核该项目的绿色策划', en: 'You are not assigned to review this project’s green plan' },
  return_comment_required: { 'zh-CN': '退回时请填写意见', en: 'Give a comment when returning a plan' },
  measure_code_format: { 'zh-CN': '措施编号只能包含字母、数字和 . _ -', en: 'A measure code may contain letters, digits and . _ - only' },
  planning_region_unknown: { 'zh-CN': '地区不存在', en: 'No such region' },
});
