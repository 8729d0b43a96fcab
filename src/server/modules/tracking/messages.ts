import { defineMessages } from '../../platform/errors.js';

defineMessages({
  evidence_missing: { 'zh-CN': '请选择要上传的证明材料', en: 'Choose an evidence file to upload' },
  evidence_empty: { 'zh-CN': '文件为空', en: 'The file is empty' },
  evidence_type_unsupported: { 'zh-CN': '证明材料只接受 PDF、PNG 或 JPEG 文件', en: 'Evidence must be a PDF, PNG or JPEG file' },
  evidence_unavailable: {
    'zh-CN': '证明材料不存在或已被其他填报使用',
    en: 'An evidence file does not exist or already belongs to another entry',
  },
  evidence_required: { 'zh-CN': '手工填报的指标必须附证明材料', en: 'A manually entered value needs at least one evidence file' },
  manual_indicator_unknown: { 'zh-CN': '不是可手工填报的指标', en: 'Not an indicator that is entered by hand' },
  manual_value_out_of_range: { 'zh-CN': '数值应在 {min} 至 {max} 之间', en: 'The value must be between {min} and {max}' },
  date_in_future: { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be in the future' },
  month_format: { 'zh-CN': '月份格式应为 YYYY-MM', en: 'Months must be YYYY-MM' },
  ministry_only: { 'zh-CN': '仅部级用户可查看三地对比', en: 'Only ministry users can compare the regions' },
});
