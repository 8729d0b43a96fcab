import { defineMessages } from '../../platform/errors.js';

defineMessages({
  date_in_future: { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be in the future' },
  component_id_format: {
    'zh-CN': '构件编号只能包含字母、数字和 . _ - /',
    en: 'A component ID may contain letters, digits and . _ - / only',
  },
  component_id_required: {
    'zh-CN': '构件生产和安装记录必须填写构件编号',
    en: 'Component production and installation records need a component ID',
  },
  component_id_not_allowed: {
    'zh-CN': '只有构件生产和安装记录可填写构件编号',
    en: 'Only component production and installation records take a component ID',
  },
  phone_format: { 'zh-CN': '电话号码格式不正确', en: 'The phone number is not valid' },
  quality_record_unknown: { 'zh-CN': '被更正的记录不存在', en: 'The record to correct does not exist' },
  quality_record_already_corrected: {
    'zh-CN': '该记录已被更正，请更正最新的记录',
    en: 'This record has already been corrected; correct the latest one',
  },
  attachment_unavailable: { 'zh-CN': '附件不存在或已被其他记录使用', en: 'An attachment does not exist or already belongs to a record' },
  attachment_missing: { 'zh-CN': '请选择要上传的文件', en: 'Choose a file to upload' },
});
