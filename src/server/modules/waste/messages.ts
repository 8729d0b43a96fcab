import { defineMessages } from '../../platform/errors.js';

defineMessages({
  load_implausible: {
    'zh-CN': '单车载重不合理（应在 0–200 吨之间，是否把千克填成了吨？）',
    en: 'Implausible load (0–200 t per truck; kg entered as t?)',
  },
  tonnes_implausible: {
    'zh-CN': '吨数不合理（应大于 0 且不超过 {maximum} 吨）',
    en: 'Implausible tonnage (must be above 0 and at most {maximum} t)',
  },
  plate_format: { 'zh-CN': '车牌号格式不正确，例如 湘A12345', en: 'Vehicle plate format is wrong, e.g. 湘A12345' },
  waste_facility_other_region: {
    'zh-CN': '联单只能开往本项目所在地区的消纳/资源化场所',
    en: 'A manifest can go only to a facility in the project’s own region',
  },
  waste_facility_unknown: { 'zh-CN': '消纳/资源化场所不存在或已停用', en: 'Unknown or inactive disposal / recycling facility' },
  waste_facility_org_kind: { 'zh-CN': '场所必须隶属于消纳/资源化类单位', en: 'A facility must belong to an organisation of kind facility' },
  waste_facility_name_taken: { 'zh-CN': '场所名称已存在', en: 'A facility with this name already exists' },
  waste_subclass_only_construction: {
    'zh-CN': '金属类/无机非金属类/其他类 仅适用于工程垃圾',
    en: 'Sub-classes apply to construction waste (工程垃圾) only',
  },
  waste_licence_dates: { 'zh-CN': '许可证有效期止不能早于起始日期', en: 'The licence end date cannot precede its start date' },
  waste_manifest_state: {
    'zh-CN': '联单当前状态为「{state}」，不能执行此操作',
    en: 'The manifest is {state}; this action is not possible',
  },
  waste_manifest_already_closed: {
    'zh-CN': '该联单已确认或已关闭（{state}），不能重复确认',
    en: 'The manifest is already {state} and cannot be confirmed again',
  },
  waste_time_invalid: { 'zh-CN': '时间无效：{reason}', en: 'Invalid time: {reason}' },
  waste_time_future: { 'zh-CN': '时间不能晚于当前时间', en: 'The time cannot be in the future' },
  waste_region_forbidden: { 'zh-CN': '只能管理本地区的数据', en: 'You may only manage your own region' },
  waste_reference_taken: {
    'zh-CN': '凭证号 {reference} 已录入，不能重复计入',
    en: 'Reference {reference} is already recorded and cannot be counted twice',
  },
  waste_reference_is_manifest: {
    'zh-CN': '凭证号 {reference} 是平台电子联单号，已按联单计入',
    en: 'Reference {reference} is an electronic manifest already counted',
  },
  waste_route_for_kind: { 'zh-CN': '记录类型与去向不匹配', en: 'The route does not fit the record kind' },
  waste_import_invalid: {
    'zh-CN': '导入失败：{count} 行有错误，未导入任何数据',
    en: 'Import failed: {count} rows have errors; nothing was imported',
  },
  waste_import_file: { 'zh-CN': '请上传 Excel（.xlsx）文件', en: 'Please upload an Excel (.xlsx) file' },
  waste_import_empty: { 'zh-CN': '文件中没有数据行', en: 'The file has no data rows' },
  waste_import_too_many: { 'zh-CN': '一次最多导入 {max} 行', en: 'At most {max} rows per import' },
  waste_cell_required: { 'zh-CN': '必填', en: 'Required' },
  waste_cell_unknown: { 'zh-CN': '无法识别的值「{value}」', en: 'Unrecognised value "{value}"' },
  waste_cell_number: { 'zh-CN': '应为大于 0 且不超过 100000 的吨数', en: 'Must be a tonnage above 0 and at most 100000' },
  waste_cell_date: { 'zh-CN': '应为日期（如 2025-03-31），且不晚于今天', en: 'Must be a date (e.g. 2025-03-31), not after today' },
  waste_cell_duplicate: { 'zh-CN': '凭证号在文件中重复', en: 'Reference repeated in the file' },
});
