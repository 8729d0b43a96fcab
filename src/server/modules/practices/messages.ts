import { defineMessages } from '../../platform/errors.js';

defineMessages({
  practice_region_forbidden: { 'zh-CN': '只能维护本地区的经验做法', en: 'You can maintain your own region’s practices only' },
  practice_project_unknown: { 'zh-CN': '来源项目不存在或不在本地区', en: 'The source project does not exist or is outside your region' },
  practice_transition_refused: {
    'zh-CN': '经验做法当前状态（{from}）不允许此操作',
    en: 'A practice in status "{from}" cannot be changed this way',
  },
  practice_region_unknown: { 'zh-CN': '地区不存在', en: 'No such region' },
  practice_attachment_missing: { 'zh-CN': '请选择要上传的文件', en: 'Choose a file to upload' },
  practice_attachment_type: { 'zh-CN': '只接受 PDF、PNG、JPEG 或 WebP 文件', en: 'Only PDF, PNG, JPEG or WebP files are accepted' },
  practice_attachment_empty: { 'zh-CN': '文件为空', en: 'The file is empty' },
});
