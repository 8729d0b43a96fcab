import { defineMessages } from '../../platform/errors.js';

defineMessages({
  event_cursor_invalid: {
    'zh-CN': 'after 参数不是有效的事件游标：请使用上一页返回的 next 值，或不带 after 从最早保留的事件读起',
    en: 'after is not an event cursor: pass the next value of the previous page, or omit after to read from the oldest kept event',
  },
  cursor_expired: {
    'zh-CN':
      '游标已过期：事件只保留 {days} 天，此游标之后的部分事件已被清理。请不带 after 参数从最早保留的事件重新读取，并用各业务接口核对期间的数据',
    en: 'The cursor has expired: events are kept for {days} days and some after this cursor were removed. Read again without after (from the oldest kept event) and reconcile the gap through the resource APIs',
  },
  event_type_unknown: {
    'zh-CN': '未知的事件类型：{type}（见 /api/events/types）',
    en: 'Unknown event type: {type} (see /api/events/types)',
  },
});
