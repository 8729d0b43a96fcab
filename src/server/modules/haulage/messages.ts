import { defineMessages } from '../../platform/errors.js';

defineMessages({
  haulage_vehicle_unregistered: {
    'zh-CN': '车辆 {plate} 未在平台登记，请先由运输企业登记车辆及核准证',
    en: 'Vehicle {plate} is not registered; the carrier must register it and its permit first',
  },
  haulage_permit_not_valid: {
    'zh-CN': '车辆 {plate} 的核准证在 {date} 无效（有效期 {from} 至 {to}）',
    en: 'The permit of vehicle {plate} is not valid on {date} (valid {from} to {to})',
  },
  haulage_vehicle_inactive: { 'zh-CN': '车辆 {plate} 已停用', en: 'Vehicle {plate} is deactivated' },
  haulage_plate_taken: { 'zh-CN': '该车牌已登记', en: 'This plate is already registered' },
  haulage_terminal_taken: { 'zh-CN': '该终端手机号已被其他车辆使用', en: 'This terminal number is already used by another vehicle' },
  haulage_permit_dates: { 'zh-CN': '核准证有效期止不能早于起始日期', en: 'The permit end date cannot precede its start date' },
  haulage_carrier_org: { 'zh-CN': '车辆必须隶属于运输企业', en: 'A vehicle must belong to a carrier organisation' },
  haulage_terminal_phone: {
    'zh-CN': '终端手机号应为 1–20 位数字（不以 0 开头）',
    en: 'The terminal number is 1–20 digits, not starting with 0',
  },
  haulage_import_file: { 'zh-CN': '请上传 Excel（.xlsx）文件', en: 'Upload an Excel (.xlsx) file' },
  haulage_import_invalid: {
    'zh-CN': '车辆表有 {count} 处错误，未导入任何车辆；请按提示修改后重新导入',
    en: 'The vehicles workbook has {count} problems; nothing was imported. Fix them and import again',
  },
  haulage_import_empty: { 'zh-CN': '表格中没有车辆，请按模板填写', en: 'The workbook holds no vehicles; fill in the template' },
});
