import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useT } from '../../i18n/index.js';
import { common } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { PageHeader } from '../../components/PageHeader.js';
import type { ItemOf } from '../../api/types.js';
import { validFields } from '../../components/forms.js';
import { chinaTime } from '../../components/chinaTime.js';

type Token = ItemOf<'/api/tokens'>;

const messages = {
  'zh-CN': {
    title: 'API 令牌',
    intro:
      '供其他系统（企业 ERP、设备平台等）调用开放 API。令牌只在创建时显示一次，平台只保存其摘要。令牌最长有效 365 天（以平台配置为准）；修改或重置密码时，该用户的全部令牌将被吊销。',
    name: '名称',
    owner: '所属用户',
    prefix: '前缀',
    scopes: '权限范围',
    expiresAt: '到期',
    lastUsed: '最近使用',
    status: '状态',
    valid: '有效',
    revoked: '已吊销',
    expired: '已过期',
    never: '从未',
    newToken: '创建令牌',
    days: '有效天数',
    revoke: '吊销',
    revokeConfirm: '吊销后使用该令牌的系统将无法访问，确定吗？',
    secretOnce: '请立即复制令牌，关闭后将无法再次查看',
    read: '读取',
    write: '写入',
    metrics: '监控指标',
    ingest: '数据上报',
  },
  en: {
    title: 'API tokens',
    intro:
      'For other systems (ERP, device platforms) calling the open API. A token is shown once at creation; only its digest is kept. A token is valid for at most 365 days (as the platform is configured); changing or resetting a password revokes all of that user’s tokens.',
    name: 'Name',
    owner: 'Owner',
    prefix: 'Prefix',
    scopes: 'Scopes',
    expiresAt: 'Expires',
    lastUsed: 'Last used',
    status: 'Status',
    valid: 'Valid',
    revoked: 'Revoked',
    expired: 'Expired',
    never: 'Never',
    newToken: 'New token',
    days: 'Valid for (days)',
    revoke: 'Revoke',
    revokeConfirm: 'Systems using this token will lose access. Revoke it?',
    secretOnce: 'Copy the token now; it cannot be shown again',
    read: 'Read',
    write: 'Write',
    metrics: 'Metrics',
    ingest: 'Ingest',
  },
};

export function TokensPage() {
  const t = useT(messages);
  const c = useT(common);
  const { me } = useAuth();
  const { message, modal } = AntApp.useApp();
  const list = useList('/api/tokens', {});
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const fmt = (v: string | null) => (v ? chinaTime(v) : '—');
  const scopeOptions = ['read', 'write', 'ingest', ...(me?.role === 'admin' ? ['metrics'] : [])].map((s) => ({
    value: s,
    label: t(s as 'read'),
  }));

  async function create() {
    const v = await validFields(form);
    if (!v) return;
    try {
      const res = await call(client.POST('/api/tokens', { body: { name: v.name, scopes: v.scopes, expiresInDays: v.days } }));
      setOpen(false);
      form.resetFields();
      void list.refetch();
      modal.success({
        title: t('secretOnce'),
        width: 560,
        content: (
          <Typography.Paragraph copyable code style={{ wordBreak: 'break-all' }}>
            {res.secret}
          </Typography.Paragraph>
        ),
      });
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('newToken')}
          </Button>
        }
      >
        <Alert style={{ marginTop: 12 }} type="info" showIcon message={t('intro')} />
      </PageHeader>
      <Card>
        <Table<Token>
          rowKey="id"
          size="middle"
          dataSource={list.data?.items}
          loading={list.loading}
          pagination={{ ...list.pagination, showTotal: (n) => c('total', { n }) }}
          columns={[
            { title: t('name'), dataIndex: 'name' },
            { title: t('owner'), dataIndex: 'username' },
            { title: t('prefix'), dataIndex: 'prefix', render: (p: string) => <code>{p}…</code> },
            { title: t('scopes'), dataIndex: 'scopes', render: (s: string[]) => s.map((x) => <Tag key={x}>{t(x as 'read')}</Tag>) },
            { title: t('expiresAt'), dataIndex: 'expiresAt', render: fmt },
            { title: t('lastUsed'), dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? fmt(v) : t('never')) },
            {
              title: t('status'),
              key: 'status',
              render: (_: unknown, tk) =>
                tk.revokedAt ? (
                  <Tag>{t('revoked')}</Tag>
                ) : tk.expiresAt && new Date(tk.expiresAt) < new Date() ? (
                  <Tag color="orange">{t('expired')}</Tag>
                ) : (
                  <Tag color="green">{t('valid')}</Tag>
                ),
            },
            {
              title: c('actions'),
              key: 'a',
              render: (_: unknown, tk) =>
                !tk.revokedAt && (
                  <Popconfirm
                    title={t('revokeConfirm')}
                    onConfirm={async () => {
                      await call(client.DELETE('/api/tokens/{id}', { params: { path: { id: tk.id } } }));
                      void list.refetch();
                    }}
                  >
                    <Button size="small" danger>
                      {t('revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <Modal open={open} title={t('newToken')} onOk={create} onCancel={() => setOpen(false)} okText={c('save')} cancelText={c('cancel')}>
        <Form form={form} layout="vertical" initialValues={{ scopes: ['read'], days: 90 }}>
          <Form.Item name="name" label={t('name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="scopes" label={t('scopes')} rules={[{ required: true }]}>
            <Checkbox.Group options={scopeOptions} />
          </Form.Item>
          <Form.Item name="days" label={t('days')} rules={[{ required: true }]}>
            <InputNumber min={1} max={3650} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
