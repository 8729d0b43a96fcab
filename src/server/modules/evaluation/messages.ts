import { defineMessages } from '../../platform/errors.js';
// The conflict-of-interest message is the applications module's (expert_conflict): the same rule, the same words.
import '../applications/index.js';

defineMessages({
  scheme_invalid: { 'zh-CN': '评价方案不符合要求：{first}', en: 'The evaluation scheme is not valid: {first}' },
  scheme_exists: { 'zh-CN': '该地区已有此方案的副本（{code}）', en: 'The region already has a copy of this scheme ({code})' },
  scheme_not_for_project: { 'zh-CN': '该方案不适用于此项目所在地区', en: "This scheme does not apply to the project's region" },
  scheme_unknown: { 'zh-CN': '评价方案不存在', en: 'Unknown evaluation scheme' },
  stage_unknown: { 'zh-CN': '方案中没有此评价阶段', en: 'The scheme has no such stage' },
  evaluation_month_exists: { 'zh-CN': '{period} 的月度自评已存在', en: 'The self-evaluation for {period} already exists' },
  evaluation_month_future: { 'zh-CN': '不能为尚未开始的月份自评', en: 'Cannot self-evaluate a month that has not started' },
  evaluation_closed: { 'zh-CN': '评价已关闭，输入已冻结', en: 'The evaluation is closed and its inputs are frozen' },
  evaluation_not_closed: { 'zh-CN': '只有已关闭的评价可以重算', en: 'Only a closed evaluation can be recomputed' },
  evaluation_wrong_status: { 'zh-CN': '当前状态（{status}）不允许此操作', en: 'Not allowed in the current status ({status})' },
  evaluation_incomplete: { 'zh-CN': '评价尚不完整：{first}', en: 'The evaluation is incomplete: {first}' },
  evaluation_item_unknown: { 'zh-CN': '本次评价没有此评价指标', en: 'This evaluation has no such item' },
  evaluation_item_not_yours: { 'zh-CN': '此评价指标不由您评分（{mode}）', en: 'You do not score this item ({mode})' },
  evaluation_score_not_allowed: { 'zh-CN': '得分 {score} 不在允许值 {allowed} 中', en: 'Score {score} is not one of {allowed}' },
  evaluation_final_missing_stages: {
    'zh-CN': '以下阶段还没有已关闭的评价：{stages}',
    en: 'These stages have no closed evaluation yet: {stages}',
  },
  evaluation_no_experts: {
    'zh-CN': '专家评价至少需要一名已提交评分的专家',
    en: 'An expert evaluation needs at least one expert who has submitted',
  },
  evaluation_experts_only_stage: { 'zh-CN': '只有阶段专家评价可以分配专家', en: 'Experts are assigned to stage expert evaluations only' },
  expert_not_assigned: { 'zh-CN': '您未被分配到此评价', en: 'You are not assigned to this evaluation' },
  evaluation_expert_unknown: { 'zh-CN': '不是有效的专家账号', en: 'Not an active expert account' },
  expert_already_submitted: { 'zh-CN': '评分已提交，不能修改', en: 'Your scores are submitted and can no longer change' },
  expert_scores_incomplete: { 'zh-CN': '还有 {count} 个专家评分项未评分', en: '{count} expert items are not scored yet' },
  report_renderer_unavailable: {
    'zh-CN': 'PDF 生成服务不可用：服务器未安装 Chromium（{path}），请联系管理员或先导出 Excel',
    en: 'PDF rendering is unavailable: Chromium is not installed on the server ({path}); contact the administrator or export Excel instead',
  },
  attachment_missing: { 'zh-CN': '请选择要上传的文件', en: 'Choose a file to upload' },
  attachment_empty: { 'zh-CN': '文件为空', en: 'The file is empty' },
  attachment_type_unsupported: { 'zh-CN': '只接受 PDF、PNG、JPEG 或 WebP 文件', en: 'Only PDF, PNG, JPEG or WebP files are accepted' },
});
