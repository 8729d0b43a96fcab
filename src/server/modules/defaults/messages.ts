import { defineMessages } from '../../platform/errors.js';

defineMessages({
  default_region_forbidden: { 'zh-CN': '只能为本地区采用默认值', en: 'You can adopt defaults for your own region only' },
  default_region_required: { 'zh-CN': '请选择要采用默认值的地区', en: 'Choose the region that adopts the default' },
  default_region_unknown: { 'zh-CN': '地区不存在', en: 'No such region' },
  default_adoption_unknown: { 'zh-CN': '该地区尚未采用此默认值', en: 'The region has not adopted this default' },
});
