import { defineMessages } from '../../platform/errors.js';

defineMessages({
  round_not_open: { 'zh-CN': '申报批次未开放', en: 'The application round is not open' },
  round_other_region: { 'zh-CN': '只能申报本地区的批次', en: 'You can only apply to a round of your own region' },
  round_status_change: { 'zh-CN': '申报批次不能从“{from}”变为“{to}”', en: 'The round cannot go from "{from}" to "{to}"' },
  criteria_locked: { 'zh-CN': '已有专家评分，评分标准不能再修改', en: 'Experts have scored already; the criteria can no longer change' },
  criteria_names_unique: { 'zh-CN': '评分项名称不能重复', en: 'Criterion names must be unique' },
  applicant_needs_organisation: { 'zh-CN': '申报单位须为企业用户所属单位', en: 'An applicant must belong to an enterprise organisation' },
  application_decided: { 'zh-CN': '该申报已作出评审决定，不能再修改', en: 'This application has been decided and can no longer change' },
  applications_expert_unknown: { 'zh-CN': '不是有效的专家账号', en: 'Not an active expert account' },
  expert_conflict: {
    'zh-CN': '利益冲突：专家“{name}”所在单位“{organisation}”是该项目的参建单位，不能分配评审',
    en: 'Conflict of interest: expert "{name}" belongs to "{organisation}", a participant of this project, and cannot review it',
  },
  min_three_experts: {
    'zh-CN': '每个申报至少分配 {min} 名专家（当前 {count} 名）',
    en: 'Each application needs at least {min} experts (currently {count})',
  },
  review_already_submitted: { 'zh-CN': '评分已提交，不能修改', en: 'The scores are submitted and can no longer change' },
  score_out_of_range: { 'zh-CN': '分数应在 0 到 {max} 之间', en: 'The score must be between 0 and {max}' },
  score_missing: { 'zh-CN': '请为每个评分项打分', en: 'Score every criterion' },
  criterion_unknown: { 'zh-CN': '评分项不属于该批次', en: 'The criterion does not belong to this round' },
  reviews_incomplete: {
    'zh-CN': '至少需要 {min} 名专家提交评分后才能作出决定（当前 {count} 名）',
    en: 'At least {min} experts must submit scores before a decision (currently {count})',
  },
  expert_already_scored: {
    'zh-CN': '该专家已提交评分，不能撤回分配',
    en: 'This expert has submitted scores; the assignment cannot be withdrawn',
  },
  attachment_type_not_allowed: {
    'zh-CN': '附件只能是 PDF、JPEG 或 PNG 文件（按文件内容识别）',
    en: 'Attachments must be PDF, JPEG or PNG files (checked by content)',
  },
  attachment_type_mismatch: {
    'zh-CN': '附件“{file}”声明为 {declared}，但内容是 {actual}，已拒绝',
    en: 'Attachment "{file}" claims to be {declared} but its content is {actual}; rejected',
  },
  applications_attachment_empty: { 'zh-CN': '附件为空', en: 'The attachment is empty' },
  attachment_too_large: { 'zh-CN': '附件超过大小上限（{limit} 字节）', en: 'The attachment exceeds the size limit ({limit} bytes)' },
});
