import { defineMessages } from '../../platform/errors.js';

defineMessages({
  transition_not_allowed: { 'zh-CN': '不允许的状态变更：{from} → {to}', en: 'Status change not allowed: {from} → {to}' },
  transition_via_review: {
    'zh-CN': '该状态变更须通过申报评审完成（分配专家或评审决定）',
    en: 'This status change happens through the review (expert assignment or decision)',
  },
  project_code_taken: { 'zh-CN': '项目编号已存在', en: 'A project with this code already exists' },
  organisation_unknown: { 'zh-CN': '单位不存在', en: 'Unknown organisation' },
  owner_other_region: {
    'zh-CN': '项目单位应属于项目所在地区（或为全国性单位）',
    en: 'The owner must be an organisation of the project’s region (or a nationwide one)',
  },
  participant_kind_refused: {
    'zh-CN': '主管部门、专家库和消纳场所不能作为参建单位',
    en: 'Authorities, expert pools and disposal facilities cannot be participants',
  },
  participant_other_region: {
    'zh-CN': '只能添加本地区或全国性的参建单位；其他地区的单位请由主管部门添加',
    en: 'Add participants of the project’s region or nationwide ones only; a regulator adds organisations of other regions',
  },
  region_out_of_scope: { 'zh-CN': '不能在其他地区登记项目', en: 'You cannot register projects in another region' },
  size_required: {
    'zh-CN': '房屋建筑须填写建筑面积，市政工程须填写建筑面积或长度',
    en: 'Give the floor area (buildings) or the floor area or length (municipal works)',
  },
  dates_order: { 'zh-CN': '计划竣工日期不能早于计划开工日期', en: 'The planned finish cannot be before the planned start' },
  import_rejected: {
    'zh-CN': '导入被拒绝：{rows} 行有错误，未导入任何项目',
    en: 'Import rejected: {rows} rows have errors; nothing was imported',
  },
  import_file_unreadable: { 'zh-CN': '无法读取 Excel 文件（需 .xlsx）', en: 'The Excel file could not be read (.xlsx expected)' },
  projects_import_empty: { 'zh-CN': '文件中没有项目行', en: 'The file has no project rows' },
  import_required: { 'zh-CN': '必填', en: 'Required' },
  import_bad_value: { 'zh-CN': '取值无效：{value}', en: 'Invalid value: {value}' },
  import_bad_number: { 'zh-CN': '应为非负数字：{value}', en: 'Must be a non-negative number: {value}' },
  import_bad_date: { 'zh-CN': '日期格式应为 YYYY-MM-DD：{value}', en: 'Date must be YYYY-MM-DD: {value}' },
  import_duplicate_code: { 'zh-CN': '项目编号重复：{value}', en: 'Duplicate project code: {value}' },
  import_bad_coordinate: { 'zh-CN': '坐标超出范围：{value}', en: 'Coordinate out of range: {value}' },
  file_required: { 'zh-CN': '请上传文件', en: 'Please upload a file' },
  grant_to_self: { 'zh-CN': '不能授权给本单位', en: 'A grant goes to another organisation' },
  grant_until_past: { 'zh-CN': '有效期不能早于今天', en: 'The end date cannot be in the past' },
  grant_already_revoked: { 'zh-CN': '该授权已撤销', en: 'This grant has already been revoked' },
});
