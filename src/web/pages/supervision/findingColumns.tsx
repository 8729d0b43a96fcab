import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { WarningOutlined } from '@ant-design/icons';
import type { Language } from '../../i18n/index.js';
import { escalationLabels, noticeStatusColors, noticeStatusLabels, severityColors, severityLabels, type Finding } from './labels.js';
import { chinaDate } from '../../components/chinaTime.js';

const texts = {
  'zh-CN': {
    severity: '严重程度',
    stopWork: '停工',
    notice: '整改通知单',
    deadline: '整改期限',
    overdue: '已逾期',
    escalation: '升级',
    open: '未闭合',
    closed: '已闭合',
  },
  en: {
    severity: 'Severity',
    stopWork: 'Stop-work',
    notice: 'Notice',
    deadline: 'Deadline',
    overdue: 'Overdue',
    escalation: 'Escalation',
    open: 'Open',
    closed: 'Closed',
  },
};

/**
 * The columns a finding has wherever it is listed (a project's supervision tab, the regional list): severity with the
 * stop-work flag, the 整改通知单 with its status, its deadline and escalation. Pages add their own columns around them.
 */
export function findingColumns(
  lang: Language,
  opts: { noNotice?: (r: Finding) => ReactNode } = {},
): { severity: ColumnsType<Finding>[number]; notice: ColumnsType<Finding> } {
  const t = texts[lang];
  const fmt = (v: string) => chinaDate(v);
  return {
    severity: {
      title: t.severity,
      dataIndex: 'severity',
      width: 140,
      render: (v: Finding['severity'], r: Finding) => (
        <Space size={4}>
          <Tag color={severityColors[v]}>{severityLabels[lang][v]}</Tag>
          {r.stopWorkActive && (
            <Tag color="red" icon={<WarningOutlined />}>
              {t.stopWork}
            </Tag>
          )}
        </Space>
      ),
    },
    notice: [
      {
        title: t.notice,
        key: 'n',
        render: (_: unknown, r: Finding) =>
          r.notice ? (
            <Space size={4} wrap>
              <Link to={`/supervision/notices/${r.notice.id}`}>{r.notice.code}</Link>
              <Tag color={noticeStatusColors[r.notice.status]}>{noticeStatusLabels[lang][r.notice.status]}</Tag>
            </Space>
          ) : (
            (opts.noNotice?.(r) ?? <Tag>{r.status === 'open' ? t.open : t.closed}</Tag>)
          ),
      },
      {
        title: t.deadline,
        key: 'd',
        render: (_: unknown, r: Finding) =>
          r.notice ? (
            <Space size={4}>
              {fmt(r.notice.deadline)}
              {r.notice.overdue && <Tag color="red">{t.overdue}</Tag>}
            </Space>
          ) : (
            '—'
          ),
      },
      {
        title: t.escalation,
        key: 'e',
        render: (_: unknown, r: Finding) =>
          r.notice?.escalationLevel ? <Tag color="volcano">{escalationLabels[lang][String(r.notice.escalationLevel) as '1']}</Tag> : '—',
      },
    ],
  };
}
