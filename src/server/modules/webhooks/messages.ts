import { defineMessages } from '../../platform/errors.js';

defineMessages({
  outbound_url_invalid: { 'zh-CN': '地址不是有效的 URL', en: 'This is not a valid URL' },
  outbound_scheme: { 'zh-CN': '只支持 https://（或 http://）地址', en: 'Only https:// (or http://) addresses are accepted' },
  outbound_credentials: { 'zh-CN': '地址中不能包含用户名或密码', en: 'The address must not contain a user name or password' },
  outbound_port: {
    'zh-CN': '端口只能是 80 或 443（经管理员允许的内网地址可用 8000–9999）',
    en: 'The port must be 80 or 443 (8000–9999 only for a private address an administrator allowed)',
  },
  outbound_address_private: {
    'zh-CN': '这是内网或本机地址，需要管理员明确允许后才能使用',
    en: 'This is a private or local address; an administrator must allow it explicitly',
  },
  outbound_address_forbidden: {
    'zh-CN': '不能向该地址推送（链路本地、云元数据、组播或保留地址）',
    en: 'Deliveries to this address are not allowed (link-local, cloud metadata, multicast or reserved)',
  },
  webhook_event_type_unknown: { 'zh-CN': '事件类型不存在：{type}', en: 'No such event type: {type}' },
  webhook_private_admin_only: {
    'zh-CN': '只有系统管理员可以允许内网地址',
    en: 'Only an administrator can allow a private address',
  },
  webhook_organisation_required: {
    'zh-CN': '请选择推送地址所属的单位',
    en: 'Choose the organisation the endpoint belongs to',
  },
  webhook_organisation_unknown: { 'zh-CN': '单位不存在', en: 'No such organisation' },
  webhook_project_unknown: { 'zh-CN': '项目不存在或不可见', en: 'The project does not exist or is not visible to you' },
  webhook_region_outside: { 'zh-CN': '只能订阅本地区的事件', en: 'You can subscribe to your own region’s events only' },
  webhook_endpoint_disabled: {
    'zh-CN': '推送地址已停用，请先启用',
    en: 'The endpoint is disabled; enable it first',
  },
  webhook_since_future: { 'zh-CN': '起始时间不能晚于现在', en: 'The start time cannot be in the future' },
});
