import { useEffect, useState } from 'react';
import { Badge, Button, Empty, List, Popover, Space, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { call, client } from '../api.js';
import { useT } from '../i18n/index.js';
import { severityColors } from '../pages/notifications/words.js';
import { chinaTime } from './chinaTime.js';

const messages = {
  'zh-CN': { title: '消息提醒', all: '查看全部', readAll: '全部已读', none: '暂无未读提醒' },
  en: { title: 'Notifications', all: 'See all', readAll: 'Mark all read', none: 'No unread notifications' },
};

/**
 * The header's bell: the unread count, kept live by the notification stream (any instance pushes it), and the newest
 * unread notifications one click away.
 */
export function NotificationBell() {
  const t = useT(messages);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const latest = useQuery({
    queryKey: ['my-notifications', 'bell'],
    queryFn: () => call(client.GET('/api/me/notifications', { params: { query: { unread: 'true', limit: 8 } } })),
  });
  useEffect(() => {
    const source = new EventSource('/api/me/notifications/stream');
    source.addEventListener('unread', () => void queryClient.invalidateQueries({ queryKey: ['my-notifications'] }));
    return () => source.close();
  }, [queryClient]);
  const unread = latest.data?.unread ?? 0;
  const go = async (id: string, link: string | null) => {
    await call(client.POST('/api/me/notifications/{id}/read', { params: { path: { id } } })).catch(() => undefined);
    void queryClient.invalidateQueries({ queryKey: ['my-notifications'] });
    setOpen(false);
    if (link) navigate(link);
  };
  const content = (
    <div style={{ width: 'min(360px, 86vw)' }}>
      {latest.data?.items.length ? (
        <List
          size="small"
          dataSource={latest.data.items}
          renderItem={(n) => (
            <List.Item style={{ cursor: 'pointer' }} onClick={() => void go(n.id, n.link)}>
              <Space direction="vertical" size={0} style={{ width: '100%' }}>
                <Space size={4}>
                  <Tag color={severityColors[n.severity]}>{n.categoryLabel}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {chinaTime(n.createdAt)}
                  </Typography.Text>
                </Space>
                <Typography.Text>{n.text}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} />
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
        <Button
          size="small"
          disabled={!unread}
          onClick={async () => {
            await call(client.POST('/api/me/notifications/read-all'));
            void queryClient.invalidateQueries({ queryKey: ['my-notifications'] });
          }}
        >
          {t('readAll')}
        </Button>
        <Button
          size="small"
          type="link"
          onClick={() => {
            setOpen(false);
            navigate('/notifications');
          }}
        >
          {t('all')}
        </Button>
      </Space>
    </div>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" title={t('title')} content={content} placement="bottomRight">
      <Badge count={unread} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined />} aria-label={t('title')} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
