import { useState } from 'react';
import {
  App as AntApp,
  Alert,
  Button,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useRegions } from '../../components/regions.js';
import type { ItemOf } from '../../api/types.js';

type Endpoint = ItemOf<'/api/webhooks/endpoints'>;
type Delivery = ItemOf<'/api/webhooks/endpoints/{id}/deliveries'>;

const messages = {
  'zh-CN': {
    intro: '推送地址接收平台事件的实时通知（Standard Webhooks 签名）。接收方用签名密钥验证每条消息，并按 webhook-id 去重。',
    add: '新增推送地址',
    url: '接收地址',
    urlHelp: '以 https:// 开头的公网地址；内网地址需系统管理员允许',
    description: '说明',
    eventTypes: '订阅事件',
    projects: '仅限项目',
    regions: '仅限地区',
    allowPrivate: '允许内网地址（本地部署的合作方，端口 8000–9999）',
    status: '状态',
    active: '启用中',
    disabled: '已停用',
    reason_manual: '手动停用',
    reason_gone: '接收方返回 410，已自动停用',
    reason_failing: '连续失败 5 天，已自动停用',
    failingSince: '自 {t} 起推送失败',
    secretTitle: '签名密钥（只显示一次）',
    secretHint: '请立即复制并保存在接收方系统中。关闭后将无法再次查看，只能更换。',
    copy: '复制',
    copied: '已复制',
    rotate: '更换密钥',
    rotateConfirm: '更换后旧密钥仍可验证 24 小时，期间每条消息同时带两个签名。确定更换？',
    disable: '停用',
    enable: '启用',
    test: '测试推送',
    testQueued: '测试消息已排队发送，可在推送记录中查看结果',
    log: '推送记录',
    remove: '删除',
    removeConfirm: '删除推送地址及其全部推送记录？',
    empty: '还没有推送地址。点击“新增推送地址”，填写贵单位系统的接收地址并选择要订阅的事件。',
    emptyLog: '暂无推送记录。订阅的事件发生后或点击“测试推送”后会在这里显示。',
    event: '事件',
    eventId: '事件 ID（webhook-id）',
    attempts: '尝试次数',
    lastStatus: '最近响应',
    latency: '耗时',
    nextAttempt: '下次重试',
    createdAt: '产生时间',
    delivery_pending: '待推送',
    delivery_succeeded: '成功',
    delivery_failed: '失败',
    resend: '重新推送',
    resent: '已重新排队',
    recover: '补发',
    recoverSince: '补发此时间之后失败的推送',
    recovered: '已重新排队 {n} 条推送',
    attemptsTitle: '推送尝试',
    response: '响应摘录',
    error: '错误',
    refresh: '刷新',
    secretPrefix: '密钥',
    testEvent: '测试消息',
  },
  en: {
    intro:
      'Endpoints receive real-time notifications of platform events (Standard Webhooks signatures). The receiver verifies each message with the signing secret and deduplicates by webhook-id.',
    add: 'Add endpoint',
    url: 'Endpoint URL',
    urlHelp: 'A public https:// address; private addresses need an administrator’s approval',
    description: 'Description',
    eventTypes: 'Event types',
    projects: 'Only these projects',
    regions: 'Only these regions',
    allowPrivate: 'Allow a private address (on-premise partner, ports 8000–9999)',
    status: 'Status',
    active: 'Active',
    disabled: 'Disabled',
    reason_manual: 'Disabled by hand',
    reason_gone: 'The receiver answered 410; disabled automatically',
    reason_failing: 'Failing for 5 days; disabled automatically',
    failingSince: 'Failing since {t}',
    secretTitle: 'Signing secret (shown once)',
    secretHint: 'Copy it now and keep it in the receiving system. It cannot be shown again, only rotated.',
    copy: 'Copy',
    copied: 'Copied',
    rotate: 'Rotate secret',
    rotateConfirm: 'The old secret keeps verifying for 24 hours; meanwhile each message carries both signatures. Rotate?',
    disable: 'Disable',
    enable: 'Enable',
    test: 'Send test',
    testQueued: 'Test message queued; see the delivery log for the result',
    log: 'Delivery log',
    remove: 'Delete',
    removeConfirm: 'Delete this endpoint and all its delivery records?',
    empty: 'No endpoints yet. Click “Add endpoint”, enter your system’s receiving URL and choose the events to subscribe to.',
    emptyLog: 'No deliveries yet. They appear here when a subscribed event happens or after “Send test”.',
    event: 'Event',
    eventId: 'Event id (webhook-id)',
    attempts: 'Attempts',
    lastStatus: 'Last answer',
    latency: 'Latency',
    nextAttempt: 'Next retry',
    createdAt: 'Created',
    delivery_pending: 'Pending',
    delivery_succeeded: 'Succeeded',
    delivery_failed: 'Failed',
    resend: 'Resend',
    resent: 'Queued again',
    recover: 'Recover',
    recoverSince: 'Send again what failed since',
    recovered: '{n} deliveries queued again',
    attemptsTitle: 'Attempts',
    response: 'Response excerpt',
    error: 'Error',
    refresh: 'Refresh',
    secretPrefix: 'Secret',
    testEvent: 'Test message',
  },
};

const statusColor = { pending: 'processing', succeeded: 'success', failed: 'error' } as const;

/** 推送地址: an organisation's webhook endpoints, their secrets (shown once), delivery logs, resend, recover and test. */
export function WebhooksTab() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const regions = useRegions();
  const qc = useQueryClient();
  const { message, notification } = AntApp.useApp();
  const [form] = Form.useForm();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [logFor, setLogFor] = useState<Endpoint | null>(null);
  const endpoints = useQuery({
    queryKey: ['webhooks'],
    queryFn: () => call(client.GET('/api/webhooks/endpoints', { params: { query: { pageSize: 200 } } })),
  });
  const catalogue = useQuery({ queryKey: ['events', 'types'], queryFn: () => call(client.GET('/api/events/types')) });
  const projects = useQuery({
    queryKey: ['webhooks', 'projects'],
    queryFn: () => call(client.GET('/api/projects', { params: { query: { pageSize: 500 } } })),
    enabled: creating,
  });
  const fail = (e: unknown) => notification.error({ message: e instanceof ApiError ? e.describe() : String(e) });
  const refresh = () => qc.invalidateQueries({ queryKey: ['webhooks'] });
  const typeTitle = (type: string) => {
    const entry = catalogue.data?.items.find((x) => x.type === type);
    return entry ? (lang === 'en' ? entry.title.en : entry.title.zh) : type;
  };
  const act = async (fn: () => Promise<unknown>, done?: string) => {
    try {
      await fn();
      if (done) message.success(done);
      await refresh();
    } catch (e) {
      fail(e);
    }
  };

  const create = async () => {
    const v = await form.validateFields();
    try {
      const res = await call(
        client.POST('/api/webhooks/endpoints', {
          body: {
            url: v.url,
            description: v.description ?? '',
            eventTypes: v.eventTypes,
            projectIds: v.projectIds?.length ? v.projectIds : null,
            regionCodes: v.regionCodes?.length ? v.regionCodes : null,
            ...(me?.role === 'admin' && v.allowPrivate ? { allowPrivate: true } : {}),
          },
        }),
      );
      setCreating(false);
      form.resetFields();
      setSecret(res.secret);
      await refresh();
    } catch (e) {
      if (e instanceof ApiError && e.details.length) {
        form.setFields(e.details.map((d) => ({ name: d.path.split('.')[0]!, errors: [d.message] })));
      } else fail(e);
    }
  };

  const rotate = (ep: Endpoint) =>
    act(async () => {
      const res = await call(
        client.POST('/api/webhooks/endpoints/{id}/rotate-secret', { params: { path: { id: ep.id } }, body: { overlapHours: 24 } }),
      );
      setSecret(res.secret);
    });

  const statusCell = (ep: Endpoint) => {
    if (ep.status === 'disabled')
      return (
        <Tooltip title={ep.disabledReason ? t(`reason_${ep.disabledReason}`) : undefined}>
          <Tag color="error" data-testid="webhook-status">
            {t('disabled')}
            {ep.disabledReason && ep.disabledReason !== 'manual' ? ` · ${t(`reason_${ep.disabledReason}`)}` : ''}
          </Tag>
        </Tooltip>
      );
    return (
      <Space direction="vertical" size={0}>
        <Tag color="success" data-testid="webhook-status">
          {t('active')}
        </Tag>
        {ep.failingSince && (
          <Typography.Text type="warning">{t('failingSince', { t: dayjs(ep.failingSince).format('MM-DD HH:mm') })}</Typography.Text>
        )}
      </Space>
    );
  };

  const items = endpoints.data?.items ?? [];
  return (
    <>
      <Alert type="info" showIcon message={t('intro')} style={{ marginBottom: 16 }} />
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="webhook-add">
          {t('add')}
        </Button>
      </Space>
      <Table<Endpoint>
        rowKey="id"
        loading={endpoints.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        columns={[
          {
            title: t('url'),
            dataIndex: 'url',
            render: (url: string, ep) => (
              <Space direction="vertical" size={0}>
                <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                  {url}
                </Typography.Text>
                {ep.description && <Typography.Text type="secondary">{ep.description}</Typography.Text>}
                <Typography.Text type="secondary">
                  {t('secretPrefix')} {ep.secretPrefix}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('eventTypes'),
            dataIndex: 'eventTypes',
            render: (types: string[]) => (
              <Space wrap size={4}>
                {types.map((x) => (
                  <Tooltip key={x} title={x}>
                    <Tag>{typeTitle(x)}</Tag>
                  </Tooltip>
                ))}
              </Space>
            ),
          },
          { title: t('status'), key: 'status', width: 200, render: (_: unknown, ep) => statusCell(ep) },
          {
            title: c('actions'),
            key: 'actions',
            width: 320,
            render: (_: unknown, ep) => (
              <Space wrap size={4}>
                <Button size="small" onClick={() => setLogFor(ep)} data-testid="webhook-log">
                  {t('log')}
                </Button>
                <Button
                  size="small"
                  disabled={ep.status !== 'active'}
                  onClick={() =>
                    act(() => call(client.POST('/api/webhooks/endpoints/{id}/test', { params: { path: { id: ep.id } } })), t('testQueued'))
                  }
                  data-testid="webhook-test"
                >
                  {t('test')}
                </Button>
                <Popconfirm title={t('rotateConfirm')} onConfirm={() => rotate(ep)} okText={c('confirm')} cancelText={c('cancel')}>
                  <Button size="small" data-testid="webhook-rotate">
                    {t('rotate')}
                  </Button>
                </Popconfirm>
                <Button
                  size="small"
                  onClick={() =>
                    act(() =>
                      call(
                        client.PATCH('/api/webhooks/endpoints/{id}', {
                          params: { path: { id: ep.id } },
                          body: { status: ep.status === 'active' ? 'disabled' : 'active' },
                        }),
                      ),
                    )
                  }
                  data-testid="webhook-toggle"
                >
                  {ep.status === 'active' ? t('disable') : t('enable')}
                </Button>
                <Popconfirm
                  title={t('removeConfirm')}
                  onConfirm={() => act(() => call(client.DELETE('/api/webhooks/endpoints/{id}', { params: { path: { id: ep.id } } })))}
                  okText={c('confirm')}
                  cancelText={c('cancel')}
                >
                  <Button size="small" danger>
                    {t('remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />

      <Modal
        open={creating}
        title={t('add')}
        onCancel={() => setCreating(false)}
        onOk={create}
        okText={c('save')}
        cancelText={c('cancel')}
        destroyOnHidden
        width={640}
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="url" label={t('url')} extra={t('urlHelp')} rules={[{ required: true }]}>
            <Input placeholder="https://partner.example.com/greenbuild/hooks" data-testid="webhook-url" />
          </Form.Item>
          <Form.Item name="description" label={t('description')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="eventTypes" label={t('eventTypes')} rules={[{ required: true }]}>
            <Select
              mode="multiple"
              data-testid="webhook-types"
              loading={catalogue.isLoading}
              optionFilterProp="label"
              options={(catalogue.data?.items ?? []).map((x) => ({
                value: x.type,
                label: `${lang === 'en' ? x.title.en : x.title.zh}（${x.type}）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="projectIds" label={t('projects')}>
            <Select
              mode="multiple"
              allowClear
              optionFilterProp="label"
              options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
            />
          </Form.Item>
          <Form.Item name="regionCodes" label={t('regions')}>
            <Select mode="multiple" allowClear options={regions.options} />
          </Form.Item>
          {me?.role === 'admin' && (
            <Form.Item name="allowPrivate" label={t('allowPrivate')} valuePropName="checked">
              <Switch data-testid="webhook-allow-private" />
            </Form.Item>
          )}
        </Form>
      </Modal>

      <Modal
        open={secret !== null}
        title={t('secretTitle')}
        onCancel={() => setSecret(null)}
        footer={
          <Button type="primary" onClick={() => setSecret(null)}>
            {c('confirm')}
          </Button>
        }
      >
        <Alert type="warning" showIcon message={t('secretHint')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: secret ?? '', tooltips: [t('copy'), t('copied')] }} code data-testid="webhook-secret">
          {secret}
        </Typography.Paragraph>
      </Modal>

      <Drawer
        open={logFor !== null}
        onClose={() => setLogFor(null)}
        title={logFor ? `${t('log')} · ${logFor.url}` : ''}
        width={Math.min(980, window.innerWidth)}
      >
        {logFor && <DeliveryLog endpoint={logFor} typeTitle={typeTitle} />}
      </Drawer>
    </>
  );
}

function DeliveryLog({ endpoint, typeTitle }: { endpoint: Endpoint; typeTitle: (type: string) => string }) {
  const t = useT(messages);
  const { message, notification } = AntApp.useApp();
  const qc = useQueryClient();
  const [status, setStatus] = useState<Delivery['status'] | undefined>();
  const [page, setPage] = useState(1);
  const [since, setSince] = useState<Dayjs | null>(dayjs().subtract(1, 'day'));
  const [open, setOpen] = useState<Delivery | null>(null);
  const log = useQuery({
    queryKey: ['webhooks', 'deliveries', endpoint.id, status, page],
    queryFn: () =>
      call(
        client.GET('/api/webhooks/endpoints/{id}/deliveries', {
          params: { path: { id: endpoint.id }, query: { status, page, pageSize: 20 } },
        }),
      ),
    refetchInterval: 5000,
  });
  const attempts = useQuery({
    queryKey: ['webhooks', 'attempts', open?.id],
    queryFn: () =>
      call(
        client.GET('/api/webhooks/endpoints/{id}/deliveries/{deliveryId}/attempts', {
          params: { path: { id: endpoint.id, deliveryId: open!.id } },
        }),
      ),
    enabled: open !== null,
  });
  const fail = (e: unknown) => notification.error({ message: e instanceof ApiError ? e.describe() : String(e) });
  const reload = () => qc.invalidateQueries({ queryKey: ['webhooks'] });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('status')}
          style={{ width: 120 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={(['pending', 'succeeded', 'failed'] as const).map((s) => ({ value: s, label: t(`delivery_${s}`) }))}
        />
        <Button icon={<ReloadOutlined />} onClick={reload}>
          {t('refresh')}
        </Button>
        <Typography.Text>{t('recoverSince')}</Typography.Text>
        <DatePicker showTime value={since} onChange={setSince} data-testid="webhook-recover-since" />
        <Button
          disabled={!since || endpoint.status !== 'active'}
          data-testid="webhook-recover"
          onClick={async () => {
            try {
              const r = await call(
                client.POST('/api/webhooks/endpoints/{id}/recover', {
                  params: { path: { id: endpoint.id } },
                  body: { since: since!.toISOString() },
                }),
              );
              message.success(t('recovered', { n: r.deliveries }));
              await reload();
            } catch (e) {
              fail(e);
            }
          }}
        >
          {t('recover')}
        </Button>
      </Space>
      <Table<Delivery>
        rowKey="id"
        size="small"
        loading={log.isLoading}
        dataSource={log.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('emptyLog')} /> }}
        scroll={{ x: 820 }}
        pagination={{ current: page, pageSize: 20, total: log.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        onRow={(d) => ({ onClick: () => setOpen(d), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
          {
            title: t('event'),
            dataIndex: 'eventType',
            render: (v: string) => <Tooltip title={v}>{v === 'cn.greenbuild.webhook.test.v1' ? t('testEvent') : typeTitle(v)}</Tooltip>,
          },
          {
            title: t('status'),
            dataIndex: 'status',
            width: 90,
            render: (s: Delivery['status']) => (
              <Tag color={statusColor[s]} data-testid="delivery-status">
                {t(`delivery_${s}`)}
              </Tag>
            ),
          },
          { title: t('attempts'), dataIndex: 'attempts', width: 80 },
          {
            title: t('lastStatus'),
            dataIndex: 'lastStatusCode',
            width: 90,
            render: (v: number | null, d) => v ?? (d.lastError ? <Tooltip title={d.lastError}>—</Tooltip> : ''),
          },
          { title: t('latency'), dataIndex: 'lastLatencyMs', width: 80, render: (v: number | null) => (v === null ? '' : `${v} ms`) },
          {
            title: t('nextAttempt'),
            dataIndex: 'nextAttemptAt',
            width: 140,
            render: (v: string | null) => (v ? dayjs(v).format('MM-DD HH:mm:ss') : ''),
          },
          {
            title: '',
            key: 'resend',
            width: 100,
            render: (_: unknown, d) => (
              <Button
                size="small"
                disabled={endpoint.status !== 'active'}
                onClick={async (e) => {
                  e.stopPropagation();
                  try {
                    await call(
                      client.POST('/api/webhooks/endpoints/{id}/deliveries/{deliveryId}/resend', {
                        params: { path: { id: endpoint.id, deliveryId: d.id } },
                      }),
                    );
                    message.success(t('resent'));
                    await reload();
                  } catch (err) {
                    fail(err);
                  }
                }}
                data-testid="delivery-resend"
              >
                {t('resend')}
              </Button>
            ),
          },
        ]}
      />
      <Modal open={open !== null} onCancel={() => setOpen(null)} footer={null} title={t('attemptsTitle')} width={720}>
        {open && (
          <Typography.Paragraph type="secondary">
            {t('eventId')}: <Typography.Text copyable>{open.eventId}</Typography.Text>
          </Typography.Paragraph>
        )}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          loading={attempts.isLoading}
          dataSource={attempts.data?.items ?? []}
          columns={[
            { title: t('createdAt'), dataIndex: 'attemptedAt', render: (v: string) => dayjs(v).format('MM-DD HH:mm:ss') },
            { title: t('lastStatus'), dataIndex: 'statusCode', render: (v: number | null) => v ?? '—' },
            { title: t('latency'), dataIndex: 'latencyMs', render: (v: number) => `${v} ms` },
            { title: t('error'), dataIndex: 'error', render: (v: string | null) => v ?? '' },
            {
              title: t('response'),
              dataIndex: 'responseExcerpt',
              render: (v: string) => (
                <Typography.Text ellipsis={{ tooltip: v }} style={{ maxWidth: 220 }}>
                  {v}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Modal>
    </>
  );
}
