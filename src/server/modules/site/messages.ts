import { defineMessages } from '../../platform/errors.js';

defineMessages({
  hj212_needs_mn: { 'zh-CN': 'HJ 212 设备必须填写 MN 编码', en: 'An HJ 212 device needs its MN' },
  hj212_needs_password: { 'zh-CN': 'HJ 212 设备必须填写现场配置的 PW 密码', en: 'An HJ 212 device needs the PW configured in the field' },
  mn_taken: { 'zh-CN': '该 MN 编码已被其他设备使用', en: 'Another device already uses this MN' },
  mn_format: {
    'zh-CN': 'MN 只能包含字母、数字、连字符和下划线（最长 32 位）',
    en: 'MN may contain letters, digits, hyphens and underscores (at most 32)',
  },
  metric_format: {
    'zh-CN': '指标名应为小写字母、数字和下划线，如 pm10',
    en: 'Metric names are lower-case letters, digits and underscores, e.g. pm10',
  },
  flag_format: {
    'zh-CN': '数据标记应为 HJ 212 表8 中的 N/F/M/S/D/C/T/B',
    en: 'The data flag must be one of HJ 212 table 8: N/F/M/S/D/C/T/B',
  },
  time_out_of_range: {
    'zh-CN': '时间超出可接受范围（未来 10 分钟至 400 天前）',
    en: 'Time outside the accepted range (10 minutes ahead to 400 days back)',
  },
  time_invalid: { 'zh-CN': '时间无效', en: 'Invalid time' },
  metric_not_declared: { 'zh-CN': '该设备未登记此监测指标', en: 'This device is not registered for this metric' },
  value_not_finite: { 'zh-CN': '数值必须是有限数字', en: 'The value must be a finite number' },
  device_token_required: { 'zh-CN': '缺少或无效的设备令牌', en: 'Missing or invalid device token' },
  protocol_not_enabled: { 'zh-CN': '该设备未启用此接入方式', en: 'This device is not enabled for this protocol' },
  readings_rejected: { 'zh-CN': '所有读数均未通过校验', en: 'No reading passed validation' },
  payload_invalid: { 'zh-CN': '请求体应为读数 JSON 数组或 NDJSON', en: 'The body must be a JSON array of readings or NDJSON' },
  storage_unavailable: {
    'zh-CN': '数据库暂不可用，数据未保存，请稍后重发',
    en: 'Storage is unavailable; nothing was stored, please resend later',
  },
  alarm_not_open: { 'zh-CN': '只能确认处于"未处理"状态的告警', en: 'Only open alarms can be acknowledged' },
  alarm_already_closed: { 'zh-CN': '告警已关闭', en: 'The alarm is already closed' },
  alarm_changed: { 'zh-CN': '告警已被他人处理，请刷新', en: 'Someone else changed this alarm; reload' },
  rule_scope: { 'zh-CN': '规则只能设定一个范围：地区或项目', en: 'A rule has one scope: a region or a project' },
  rule_exists: { 'zh-CN': '该范围已有相同指标和时段的规则', en: 'A rule for this metric and period already exists in this scope' },
  retention_raw_days: {
    'zh-CN': '原始数据保留天数应为 14 至 3650 之间的整数（按周分区，至少两周）',
    en: 'Raw data retention must be a whole number of days from 14 to 3650 (weekly partitions: at least two weeks)',
  },
  retention_days: {
    'zh-CN': '汇总数据保留天数应为 1 至 36500 之间的整数，或留空表示长期保留',
    en: 'Rollup retention must be a whole number of days from 1 to 36500, or empty to keep it for good',
  },
  range_order: { 'zh-CN': '结束时间必须晚于开始时间', en: 'The end must be after the start' },
});
