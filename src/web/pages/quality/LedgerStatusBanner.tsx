import { Alert, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../api.js';
import { useT } from '../../i18n/index.js';
import type { ResponseOf } from '../../api/types.js';
import { chinaTime } from '../../components/chinaTime.js';

export type LedgerStatus = ResponseOf<'/api/ledger/status'>;

const messages = {
  'zh-CN': {
    healthy: '质量追溯日志运行正常',
    alarm: '质量追溯日志完整性告警：{n} 条未处理（存储的条目与已签名的日志不一致）',
    size: '日志条目 {n}',
    checked: '最近完整性校验 {at}（{entries} 条，{result}）',
    never: '尚未进行完整性校验',
    ok: '通过',
    failed: '未通过',
    key: '公钥',
  },
  en: {
    healthy: 'The quality log is healthy',
    alarm: 'Quality log integrity alarm: {n} open (stored entries disagree with the signed log)',
    size: '{n} entries',
    checked: 'Last integrity check {at} ({entries} entries, {result})',
    never: 'No integrity check yet',
    ok: 'passed',
    failed: 'failed',
    key: 'Key',
  },
};

/** The log's health as every quality page shows it: size, last integrity check, open alarms. */
export function LedgerStatusBanner() {
  const t = useT(messages);
  const status = useQuery({ queryKey: ['ledger-status'], queryFn: () => call(client.GET('/api/ledger/status')), refetchInterval: 60_000 });
  const s = status.data;
  if (!s) return null;
  const alarm = s.openAlarms > 0;
  return (
    <Alert
      data-testid="ledger-status"
      type={alarm ? 'error' : 'success'}
      showIcon
      style={{ marginBottom: 16 }}
      message={alarm ? t('alarm', { n: s.openAlarms }) : t('healthy')}
      description={
        <Space wrap size="large">
          <span>{t('size', { n: s.treeSize })}</span>
          <span>
            {s.lastCheck.at
              ? t('checked', {
                  at: chinaTime(s.lastCheck.at),
                  entries: s.lastCheck.entriesChecked,
                  result: s.lastCheck.ok ? t('ok') : t('failed'),
                })
              : t('never')}
          </span>
          <Typography.Text type="secondary" copyable={{ text: s.verifierKey }} style={{ fontSize: 12 }}>
            {t('key')} {s.verifierKey.split('+').slice(0, 2).join('+')}
          </Typography.Text>
        </Space>
      }
    />
  );
}
