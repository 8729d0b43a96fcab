import { defineMessages } from '../../platform/errors.js';

defineMessages({
  component_import_rejected: {
    'zh-CN': '导入被拒绝：{count} 个单元格有误，未导入任何数据',
    en: 'Import rejected: {count} cells are wrong; nothing was imported',
  },
  import_not_xlsx: { 'zh-CN': '文件不是 Excel（.xlsx）工作簿', en: 'The file is not an Excel (.xlsx) workbook' },
  import_file_missing: { 'zh-CN': '请上传一个 .xlsx 文件', en: 'Upload one .xlsx file' },
  components_import_empty: { 'zh-CN': '工作簿中没有数据行', en: 'The workbook has no data rows' },
  import_too_many_rows: { 'zh-CN': '数据行过多（上限 {max} 行）', en: 'Too many rows (at most {max})' },
  column_missing: { 'zh-CN': '缺少列「{column}」', en: 'Column "{column}" is missing' },
  cell_required: { 'zh-CN': '{cell} {column}：必填', en: '{cell} {column}: required' },
  cell_too_long: { 'zh-CN': '{cell} {column}：超过 {max} 个字符', en: '{cell} {column}: longer than {max} characters' },
  cell_code_format: {
    'zh-CN': '{cell} {column}：「{value}」只能包含字母、数字和 - _ . /',
    en: '{cell} {column}: "{value}" may contain letters, digits and - _ . / only',
  },
  cell_code_duplicate: {
    'zh-CN': '{cell} {column}：编码「{value}」在第 {first} 行已出现',
    en: '{cell} {column}: code "{value}" already appears in row {first}',
  },
  cell_type_unknown: { 'zh-CN': '{cell} {column}：未知构件类型「{value}」', en: '{cell} {column}: unknown component type "{value}"' },
  cell_not_positive: {
    'zh-CN': '{cell} {column}：「{value}」应为大于 0 的数值（mm）',
    en: '{cell} {column}: "{value}" must be a number of mm above 0',
  },
  cell_not_number: { 'zh-CN': '{cell} {column}：「{value}」不是数值', en: '{cell} {column}: "{value}" is not a number' },
  cell_profile_unparsed: {
    'zh-CN': '{cell} {column}：无法从型材规格「{value}」读出尺寸',
    en: '{cell} {column}: no dimensions can be read from profile "{value}"',
  },
  cell_status_unknown: {
    'zh-CN': '{cell} {column}：状态应为 启用、草稿 或 停用，而不是「{value}」',
    en: '{cell} {column}: status must be active, draft or withdrawn, not "{value}"',
  },
  cell_joint_too_large: {
    'zh-CN': '{cell} {column}：接缝 {value} mm 不小于构件尺寸',
    en: '{cell} {column}: joint {value} mm is not smaller than the component',
  },
  component_code_taken: { 'zh-CN': '该库中已有此编码', en: 'This library already has this code' },
  library_forbidden: {
    'zh-CN': '只能维护本地区的构件库（国家基础库由系统管理员维护）',
    en: 'You may maintain your own region’s library only (the national base library is maintained by administrators)',
  },
  no_bim_model: { 'zh-CN': '该项目还没有已处理完成的 BIM 模型', en: 'This project has no processed BIM model yet' },
  bim_unavailable: { 'zh-CN': 'BIM 模块不可用', en: 'The BIM module is not available' },
  spec_code_format: {
    'zh-CN': '编码只能包含字母、数字和 - _ . /，且以字母或数字开头',
    en: 'The code may contain letters, digits and - _ . / only, starting with a letter or digit',
  },
  spec_needs_three_dims: { 'zh-CN': '预制构件需填写三个尺寸（长、宽、高/厚）', en: 'A precast spec needs three dimensions' },
  spec_profile_unparsed: { 'zh-CN': '无法从型材规格「{value}」读出尺寸', en: 'No dimensions can be read from profile "{value}"' },
  spec_joint_too_large: { 'zh-CN': '接缝 {value} mm 不小于构件尺寸', en: 'Joint {value} mm is not smaller than the component' },
  region_unknown_code: { 'zh-CN': '地区不存在', en: 'Unknown region' },
});
