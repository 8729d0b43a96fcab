import { defineMessages } from '../../platform/errors.js';

defineMessages({
  password_too_short: { 'zh-CN': '密码至少 8 个字符', en: 'Password must be at least 8 characters' },
  username_format: {
    'zh-CN': '用户名只能包含字母、数字、点、下划线和连字符',
    en: 'Username may contain letters, digits, dot, underscore and hyphen only',
  },
  credit_code_format: {
    'zh-CN': '统一社会信用代码应为 18 位数字或大写字母',
    en: 'Unified social credit code must be 18 digits or capital letters',
  },
  username_taken: { 'zh-CN': '用户名已存在', en: 'Username already exists' },
  organisation_name_taken: { 'zh-CN': '单位名称已存在', en: 'An organisation with this name already exists' },
  region_unknown: { 'zh-CN': '地区不存在', en: 'Unknown region' },
  organisation_unknown: { 'zh-CN': '单位不存在', en: 'Unknown organisation' },
  regulator_needs_region: { 'zh-CN': '主管部门用户必须指定地区', en: 'A regulator must have a region' },
  member_needs_organisation: { 'zh-CN': '该角色必须隶属于一个单位', en: 'This role must belong to an organisation' },
  carrier_needs_carrier_org: {
    'zh-CN': '运输企业账号必须隶属于运输企业单位',
    en: 'A carrier account must belong to a carrier organisation',
  },
  facility_needs_facility_org: {
    'zh-CN': '消纳场用户必须隶属于消纳/资源化单位',
    en: 'A facility user must belong to a facility organisation',
  },
  wrong_current_password: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  same_password: { 'zh-CN': '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  token_already_revoked: { 'zh-CN': '令牌已吊销', en: 'The token is already revoked' },
  login_slowed: {
    'zh-CN': '该账号近期登录失败次数较多，请 {seconds} 秒后再试；在曾成功登录过此账号的浏览器上不受此限制',
    en: 'This account has had many failed sign-ins recently; try again in {seconds} s (browsers that signed in to it before are not slowed)',
  },
  token_cannot_create_token: {
    'zh-CN': 'API 令牌不能用来创建令牌，请登录后在页面上创建',
    en: 'An API token cannot create tokens; sign in and create one on the page',
  },
  token_lifetime_too_long: { 'zh-CN': '令牌有效期最长 {max} 天', en: 'A token may be valid for {max} days at most' },
  cannot_deactivate_self: { 'zh-CN': '不能停用自己的账号', en: 'You cannot deactivate your own account' },
});
