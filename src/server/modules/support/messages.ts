import { defineMessages } from '../../platform/errors.js';

defineMessages({
  support_actual_exceeds_standard: {
    'zh-CN': '实际审批天数不应多于标准天数（提速支持）',
    en: 'Actual approval days should not exceed the standard days for a faster approval',
  },
  support_kind_fixed: {
    'zh-CN': '不能修改支持类型，请删除后重新登记',
    en: 'The kind of support cannot change; delete and record it again',
  },
});
