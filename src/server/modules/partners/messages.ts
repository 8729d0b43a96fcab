import { defineMessages } from '../../platform/errors.js';

defineMessages({
  application_organisation_kind: {
    'zh-CN': '只有企业、消纳单位和主管部门可以注册开放平台应用',
    en: 'Only enterprises, facilities and authorities can register partner applications',
  },
  application_revoked: { 'zh-CN': '该应用已吊销', en: 'This application has been revoked' },
  application_secret_revoked: { 'zh-CN': '该密钥已吊销', en: 'This secret has already been revoked' },
  application_secret_limit: { 'zh-CN': '一个应用最多同时有 {max} 个有效密钥', en: 'An application may have at most {max} live secrets' },
  application_needs_session: {
    'zh-CN': '应用和密钥只能在登录后的页面中管理',
    en: 'Applications and their secrets are managed by a signed-in person only',
  },
  jwks_invalid: {
    'zh-CN': '公钥集无效：需要 JWKS（非对称公钥，不含私钥）',
    en: 'Invalid key set: a JWKS of asymmetric public keys (no private parts)',
  },
});
