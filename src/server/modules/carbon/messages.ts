import { defineMessages } from '../../platform/errors.js';

defineMessages({
  bom_file_missing: { 'zh-CN': '请选择材料清单 Excel 文件', en: 'Choose a bill-of-materials Excel file' },
  bom_not_xlsx: { 'zh-CN': '不是 Excel（.xlsx）文件', en: 'Not an Excel (.xlsx) file' },
  bom_too_large: { 'zh-CN': '文件超过上限（{limit} 字节）', en: 'The file is over the limit ({limit} bytes)' },
  bom_no_header: {
    'zh-CN': '未找到表头（需要“材料名称”“数量”“单位”列）',
    en: 'No header row found (columns Material, Quantity and Unit are required)',
  },
  bom_empty: { 'zh-CN': '清单中没有材料行', en: 'The bill has no material rows' },
  bom_name_required: { 'zh-CN': '材料名称不能为空', en: 'Material name is required' },
  bom_quantity_invalid: { 'zh-CN': '数量必须是非负数', en: 'Quantity must be a non-negative number' },
  bom_unit_invalid: { 'zh-CN': '单位必须是 m3、t、m2 或 kg', en: 'Unit must be m3, t, m2 or kg' },
  bom_distance_invalid: { 'zh-CN': '运距必须是非负数', en: 'Distance must be a non-negative number' },
  factor_unknown: { 'zh-CN': '排放因子不存在：{id}', en: 'Unknown emission factor: {id}' },
  factor_id_taken: { 'zh-CN': '因子编号已存在', en: 'A factor with this id already exists' },
  factor_id_format: { 'zh-CN': '编号只能包含小写字母、数字和连字符', en: 'Id may contain lower-case letters, digits and hyphens' },
  rule_pattern_invalid: { 'zh-CN': '正则表达式无效', en: 'Invalid regular expression' },
  rule_needs_test: { 'zh-CN': '规则至少需要名称正则或 IFC 类别之一', en: 'A rule needs a name pattern or IFC classes' },
  energy_unit_mismatch: { 'zh-CN': '单位与排放因子单位（{unit}）不一致', en: 'Unit does not match the factor unit ({unit})' },
  period_format: { 'zh-CN': '月份格式应为 YYYY-MM', en: 'Month must look like YYYY-MM' },
});
