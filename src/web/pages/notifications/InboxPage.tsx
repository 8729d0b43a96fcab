import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Empty, Form, InputNumber, List, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError, call, client } from '../../api.js';
import type { BodyOf, ItemOf } from '../../api/types.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { severityColors } from './words.js';
import { chinaTime } from '../../components/chinaTime.js';

const messages = {
  'zh-CN': {
    title: '消息提醒',
    inbox: '消息',
    settings: '提醒设置',
    rules: '提醒规则',
    status: '通道状态',
    unreadOnly: '只看未读',
    category: '类别',
    all: '全部',
    readAll: '全部已读',
    more: '加载更多',
    empty: '暂无提醒。告警、整改、联单、评审等需要您处理的事项会出现在这里。',
    channels: '除站内消息外，还通过以下方式提醒',
    email: '邮件',
    gateway: '短信/企业微信网关',
    quiet: '免打扰时段（北京时间，紧急提醒不受限）',
    from: '从',
    to: '到',
    digest: '每天 8:00 发送未读提醒汇总邮件',
    language: '邮件语言',
    save: '保存',
    saved: '已保存',
    rule: '规则',
    enabled: '启用',
    minutes: '超时（分钟）',
    days: '提前（天）',
    regionChanged: '本地区已调整',
    defaultRule: '全国默认',
    channel: '通道',
    pending: '待发送',
    failed: '发送失败',
    sent: '近 24 小时已发送',
    lastError: '最近错误',
    emailConfigured: '邮件服务器',
    notConfigured: '未配置（设置 SMTP_URL 后发送邮件）',
    digestChannel: '每日汇总',
    trigger: '触发',
    event: '事件',
    condition: '条件（每分钟检查）',
  },
  en: {
    title: 'Notifications',
    inbox: 'Inbox',
    settings: 'Preferences',
    rules: 'Rules',
    status: 'Channel status',
    unreadOnly: 'Unread only',
    category: 'Category',
    all: 'All',
    readAll: 'Mark all read',
    more: 'Load more',
    empty: 'Nothing yet. Alarms, notices, manifests, reviews and other work for you will appear here.',
    channels: 'Besides the inbox, notify me by',
    email: 'E-mail',
    gateway: 'SMS / WeChat Work gateway',
    quiet: 'Quiet hours (China time; critical ones still come)',
    from: 'from',
    to: 'to',
    digest: 'A daily digest e-mail of unread notifications at 08:00',
    language: 'E-mail language',
    save: 'Save',
    saved: 'Saved',
    rule: 'Rule',
    enabled: 'On',
    minutes: 'After (minutes)',
    days: 'Ahead (days)',
    regionChanged: 'Changed for the region',
    defaultRule: 'National default',
    channel: 'Channel',
    pending: 'Queued',
    failed: 'Failed',
    sent: 'Sent in 24 h',
    lastError: 'Last error',
    emailConfigured: 'Mail server',
    notConfigured: 'Not configured (set SMTP_URL to send e-mail)',
    digestChannel: 'Daily digest',
    trigger: 'Trigger',
    event: 'Event',
    condition: 'Condition (checked every minute)',
  },
};

const categoryOptions = {
  'zh-CN': {
    alarm: '现场告警',
    supervision: '监督检查',
    waste: '建筑垃圾',
    planning: '绿色策划',
    review: '申报评审',
    evaluation: '评价',
    tracking: '跟踪预警',
    integrity: '台账完整性',
  },
  en: {
    alarm: 'Site alarms',
    supervision: 'Supervision',
    waste: 'Construction waste',
    planning: 'Green planning',
    review: 'Application review',
    evaluation: 'Evaluation',
    tracking: 'Tracking',
    integrity: 'Ledger integrity',
  },
} as const;
type Category = keyof (typeof categoryOptions)['zh-CN'];
type Preferences = BodyOf<'/api/me/notification-preferences', 'put'>;

function Inbox() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [unread, setUnread] = useState(false);
  const [category, setCategory] = useState<Category | undefined>();
  const list = useInfiniteQuery({
    queryKey: ['my-notifications', 'inbox', unread, category],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(
        client.GET('/api/me/notifications', {
          params: { query: { unread: unread ? 'true' : undefined, category, cursor: pageParam, limit: 20 } },
        }),
      ),
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const open = async (id: string, link: string | null) => {
    await call(client.POST('/api/me/notifications/{id}/read', { params: { path: { id } } }));
    void queryClient.invalidateQueries({ queryKey: ['my-notifications'] });
    if (link) navigate(link);
  };
  return (
    <Card>
      <Space wrap style={{ marginBottom: 12 }}>
        <Checkbox checked={unread} onChange={(e) => setUnread(e.target.checked)}>
          {t('unreadOnly')}
        </Checkbox>
        <Select
          allowClear
          placeholder={t('category')}
          style={{ width: 160 }}
          value={category}
          onChange={setCategory}
          options={Object.entries(categoryOptions[lang]).map(([value, label]) => ({ value, label }))}
        />
        <Button
          onClick={async () => {
            await call(client.POST('/api/me/notifications/read-all'));
            void queryClient.invalidateQueries({ queryKey: ['my-notifications'] });
          }}
        >
          {t('readAll')}
        </Button>
      </Space>
      <List
        loading={list.isLoading}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        renderItem={(n) => (
          <List.Item
            data-testid="notification-item"
            style={{ cursor: n.link ? 'pointer' : undefined, opacity: n.read ? 0.65 : 1 }}
            onClick={() => void open(n.id, n.link)}
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <Tag color={severityColors[n.severity]}>{n.categoryLabel}</Tag>
                  {!n.read && <Tag color="blue">●</Tag>}
                  <Typography.Text strong={!n.read}>{n.text}</Typography.Text>
                </Space>
              }
              description={chinaTime(n.createdAt)}
            />
          </List.Item>
        )}
      />
      {list.hasNextPage && (
        <Button block onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('more')}
        </Button>
      )}
    </Card>
  );
}

function Settings() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Preferences>();
  const prefs = useQuery({ queryKey: ['notification-preferences'], queryFn: () => call(client.GET('/api/me/notification-preferences')) });
  useEffect(() => {
    if (prefs.data) form.setFieldsValue(prefs.data);
  }, [prefs.data, form]);
  const save = useMutation({
    mutationFn: (body: Preferences) => call(client.PUT('/api/me/notification-preferences', { body })),
    onSuccess: () => void message.success(t('saved')),
    onError: (e) => {
      if (e instanceof ApiError && e.details.length)
        form.setFields(e.details.map((d) => ({ name: d.path.split('.') as never, errors: [d.message ?? ''] })));
      else void message.error(e.message);
    },
  });
  return (
    <Card loading={prefs.isLoading}>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate({ ...prefs.data!, ...v })} style={{ maxWidth: 640 }}>
        <Typography.Paragraph strong>{t('channels')}</Typography.Paragraph>
        {(Object.keys(categoryOptions[lang]) as Category[]).map((c) => (
          <Form.Item key={c} name={['channels', c]} label={categoryOptions[lang][c]} style={{ marginBottom: 8 }}>
            <Checkbox.Group
              options={[
                { value: 'email', label: t('email') },
                { value: 'gateway', label: t('gateway') },
              ]}
            />
          </Form.Item>
        ))}
        <Form.Item label={t('quiet')}>
          <Space>
            {t('from')}
            <Form.Item name="quietStart" noStyle>
              <InputNumber min={0} max={23} addonAfter=":00" />
            </Form.Item>
            {t('to')}
            <Form.Item name="quietEnd" noStyle>
              <InputNumber min={0} max={23} addonAfter=":00" />
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item name="dailyDigest" valuePropName="checked">
          <Checkbox>{t('digest')}</Checkbox>
        </Form.Item>
        <Form.Item name="language" label={t('language')}>
          <Select
            style={{ width: 160 }}
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}

type Rule = ItemOf<'/api/notifications/rules'>;

function Rules() {
  const t = useT(messages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const rules = useQuery({ queryKey: ['notification-rules'], queryFn: () => call(client.GET('/api/notifications/rules')) });
  const change = useMutation({
    mutationFn: (r: Rule) =>
      call(
        client.PUT('/api/notifications/rules/{key}', {
          params: { path: { key: r.key } },
          body: { enabled: r.enabled, minutes: r.minutes ?? undefined, days: r.days ?? undefined },
        }),
      ),
    onSuccess: () => {
      void message.success(t('saved'));
      void queryClient.invalidateQueries({ queryKey: ['notification-rules'] });
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.describe() : String(e)),
  });
  return (
    <Card>
      <Table<Rule>
        rowKey="key"
        size="small"
        loading={rules.isLoading}
        dataSource={rules.data?.items ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: t('rule'), dataIndex: 'name' },
          { title: t('category'), dataIndex: 'categoryLabel', width: 110 },
          { title: t('trigger'), dataIndex: 'trigger', width: 150, render: (v: string) => (v === 'event' ? t('event') : t('condition')) },
          {
            title: t('enabled'),
            dataIndex: 'enabled',
            width: 70,
            render: (v: boolean, r) => <Switch size="small" checked={v} onChange={(enabled) => change.mutate({ ...r, enabled })} />,
          },
          {
            title: `${t('minutes')} / ${t('days')}`,
            width: 150,
            render: (_, r) =>
              r.minutes !== null ? (
                <InputNumber
                  size="small"
                  min={1}
                  defaultValue={r.minutes}
                  onBlur={(e) => change.mutate({ ...r, minutes: Number(e.target.value) })}
                />
              ) : r.days !== null ? (
                <InputNumber
                  size="small"
                  min={1}
                  defaultValue={r.days}
                  onBlur={(e) => change.mutate({ ...r, days: Number(e.target.value) })}
                />
              ) : (
                '—'
              ),
          },
          {
            title: '',
            width: 110,
            render: (_, r) => <Tag>{r.changedForRegion ? t('regionChanged') : t('defaultRule')}</Tag>,
          },
        ]}
      />
    </Card>
  );
}

function ChannelStatus() {
  const t = useT(messages);
  const status = useQuery({
    queryKey: ['notification-status'],
    queryFn: () => call(client.GET('/api/notifications/status')),
    refetchInterval: 10_000,
  });
  const label = (c: string) => (c === 'email' ? t('email') : c === 'gateway' ? t('gateway') : c === 'digest' ? t('digestChannel') : c);
  return (
    <Card loading={status.isLoading}>
      <Typography.Paragraph>
        {t('emailConfigured')}：{status.data?.email.server ?? t('notConfigured')}
      </Typography.Paragraph>
      <Table
        rowKey="channel"
        size="small"
        pagination={false}
        dataSource={status.data?.channels ?? []}
        columns={[
          { title: t('channel'), dataIndex: 'channel', render: label },
          { title: t('pending'), dataIndex: 'pending' },
          { title: t('failed'), dataIndex: 'failed', render: (v: number) => (v ? <Tag color="red">{v}</Tag> : 0) },
          { title: t('sent'), dataIndex: 'sentLastDay' },
          { title: t('lastError'), dataIndex: 'lastError', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </Card>
  );
}

/** 消息提醒: the inbox, the user's channels and quiet hours, and for regulators the region's rules and channel status. */
export function InboxPage() {
  const t = useT(messages);
  const { me } = useAuth();
  const staff = me?.role === 'admin' || me?.role === 'regulator';
  return (
    <>
      <PageHeader title={t('title')} />
      <Tabs
        items={[
          { key: 'inbox', label: t('inbox'), children: <Inbox /> },
          { key: 'settings', label: t('settings'), children: <Settings /> },
          ...(staff
            ? [
                { key: 'rules', label: t('rules'), children: <Rules /> },
                { key: 'status', label: t('status'), children: <ChannelStatus /> },
              ]
            : []),
        ]}
      />
    </>
  );
}
