import { defineMessages } from '../../platform/errors.js';

defineMessages({
  photo_too_large: {
    'zh-CN': '照片过大：{name} 超过单张 {limitMb} MB 的上限，请压缩或降低分辨率后重新上传',
    en: 'Photo too large: {name} exceeds the {limitMb} MB limit per photo; compress it or lower the resolution and upload again',
  },
  photo_not_image: {
    'zh-CN': '只接受 JPEG、PNG 或 WebP 图片：{name} 的内容不是图片',
    en: 'Only JPEG, PNG or WebP images are accepted: {name} is not an image',
  },
  unexpected_file: { 'zh-CN': '不应在此字段上传文件', en: 'No file is expected in this field' },
  photos_required: { 'zh-CN': '请至少上传一张整改照片', en: 'Upload at least one photo of the rectification' },
  template_unknown: { 'zh-CN': '检查表不存在或不适用于该地区', en: 'Unknown checklist template for this region' },
  template_item_unknown: { 'zh-CN': '检查项 {key} 不在检查表中', en: 'Checklist item {key} is not in the template' },
  template_items_duplicate: { 'zh-CN': '检查项编号重复', en: 'Checklist item keys must be unique' },
  supervision_expert_unknown: { 'zh-CN': '所选用户不是有效的专家', en: 'The chosen user is not an active expert' },
  inspection_not_open: { 'zh-CN': '该检查已{status}，不能再修改', en: 'This inspection is {status} and can no longer be changed' },
  inspection_not_recorded: {
    'zh-CN': '检查尚未记录结果，不能记入质量台账',
    en: 'The inspection has no recorded results to enter into the quality ledger',
  },
  inspection_already_ledgered: { 'zh-CN': '该检查记录已记入质量台账', en: 'This inspection record is already in the quality ledger' },
  ledger_unavailable: { 'zh-CN': '质量台账暂不可用', en: 'The quality ledger is not available' },
  not_inspector: {
    'zh-CN': '只有主管部门或受委托的专家可以记录检查',
    en: 'Only the regulator or an entrusted expert may record this inspection',
  },
  regulator_only: { 'zh-CN': '只有主管部门可以执行此操作', en: 'Only the regulator may do this' },
  not_responsible_participant: {
    'zh-CN': '只有被通知的责任单位可以回复整改通知单',
    en: 'Only the responsible participant named on the notice may answer it',
  },
  stop_work_needs_serious: { 'zh-CN': '只有严重问题可以责令停工', en: 'Only a serious finding can stop the works' },
  responsible_not_participant: {
    'zh-CN': '责任单位必须是该项目的参建单位',
    en: 'The responsible organisation must take part in the project',
  },
  notice_exists: { 'zh-CN': '该问题已下发整改通知单', en: 'A rectification notice has already been issued for this finding' },
  notice_transition: { 'zh-CN': '整改通知单当前为“{from}”，不能执行“{action}”', en: 'The notice is "{from}"; "{action}" is not allowed' },
  deadline_past: { 'zh-CN': '整改期限必须晚于当前时间', en: 'The deadline must be in the future' },
  finding_has_notice: { 'zh-CN': '该问题有整改通知单，请通过通知单复查关闭', en: 'This finding has a notice; close it through the notice' },
  finding_closed: { 'zh-CN': '该问题已关闭', en: 'This finding is closed' },
});
