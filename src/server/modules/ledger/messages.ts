import { defineMessages } from '../../platform/errors.js';

defineMessages({
  tree_size_beyond_log: { 'zh-CN': '树大小超出当前日志（当前 {size} 条）', en: 'Tree size is beyond the log (currently {size} entries)' },
  index_beyond_tree: { 'zh-CN': '条目序号必须小于树大小 {size}', en: 'The entry index must be below the tree size {size}' },
  from_after_to: { 'zh-CN': '起始大小不能大于目标大小 {to}', en: 'The old size cannot exceed the new size {to}' },
});
