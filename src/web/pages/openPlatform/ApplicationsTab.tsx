import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Checkbox, Empty, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ApiError, call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import type { ItemOf } from '../../api/types.js';

type Application = ItemOf<'/api/partner-applications'>;

const SCOPES = [
  'projects:read',
  'site:read',
  'readings:write',
  'manifests:read',
  'manifests:write',
  'events:read',
  'webhooks:manage',
] as const;

const messages = {
  'zh-CN': {
    intro:
      '企业平台、金融机构等外部系统以本单位身份调用开放 API：注册应用后获得 client_id 和密钥（只显示一次），用 OAuth 2.0 客户端凭证换取 10 分钟有效的访问令牌。应用只能在本单位权限和所选范围内访问数据。',
    empty: '还没有应用。点击“注册应用”，为贵单位的业务系统获取接入凭证。',
    register: '注册应用',
    name: '应用名称',
    description: '说明',
    scopes: '授权范围',
    clientId: 'client_id',
    secrets: '密钥',
    status: '状态',
    active: '有效',
    revoked: '已吊销',
    actions: '操作',
    newSecret: '新增密钥',
    revoke: '吊销应用',
    revokeConfirm: '吊销后该应用的全部密钥和访问令牌立即失效，确定吗？',
    revokeSecret: '吊销',
    revokeSecretConfirm: '用此密钥取得的访问令牌将立即失效，确定吗？',
    secretOnce: '请立即复制密钥，关闭后将无法再次查看',
    jwks: '公钥集 (JWKS)',
    jwksHelp: '使用 private_key_jwt 认证时粘贴应用的公钥集（JSON，只含公钥）；留空则只用密钥认证。',
    jwksSave: '保存公钥集',
    jwksInvalid: '不是有效的 JSON',
    never: '从未使用',
    lastUsed: '最近使用',
    'projects:read': '读取项目',
    'site:read': '读取现场监测',
    'readings:write': '写入监测读数（预留）',
    'manifests:read': '读取电子联单',
    'manifests:write': '办理电子联单',
    'events:read': '读取变更事件',
    'webhooks:manage': '管理 Webhook',
  },
  en: {
    intro:
      'Enterprise platforms, banks and other systems call the open API as your organisation: register an application to get a client_id and a secret (shown once), then exchange them for a 10-minute access token with OAuth 2.0 client credentials. An application reaches only what your organisation may see, within its scopes.',
    empty: 'No applications yet. Click “Register application” to get credentials for your organisation’s system.',
    register: 'Register application',
    name: 'Name',
    description: 'Description',
    scopes: 'Scopes',
    clientId: 'client_id',
    secrets: 'Secrets',
    status: 'Status',
    active: 'Active',
    revoked: 'Revoked',
    actions: 'Actions',
    newSecret: 'New secret',
    revoke: 'Revoke application',
    revokeConfirm: 'All secrets and access tokens of this application stop working at once. Revoke it?',
    revokeSecret: 'Revoke',
    revokeSecretConfirm: 'Access tokens obtained with this secret stop working at once. Revoke it?',
    secretOnce: 'Copy the secret now; it cannot be shown again',
    jwks: 'Public keys (JWKS)',
    jwksHelp: 'For private_key_jwt, paste the application’s public key set (JSON, public keys only); leave empty to use secrets only.',
    jwksSave: 'Save key set',
    jwksInvalid: 'Not valid JSON',
    never: 'Never used',
    lastUsed: 'Last used',
    'projects:read': 'Read projects',
    'site:read': 'Read site monitoring',
    'readings:write': 'Write readings (reserved)',
    'manifests:read': 'Read manifests',
    'manifests:write': 'Handle manifests',
    'events:read': 'Read change events',
    'webhooks:manage': 'Manage webhooks',
  },
};

/** 开放平台 → 应用: partner applications, their client credentials (secret shown once), key sets, scopes and revocation. */
export function ApplicationsTab() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const { message, modal } = AntApp.useApp();
  const apps = useQuery({ queryKey: ['/api/partner-applications'], queryFn: () => call(client.GET('/api/partner-applications')) });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const fmt = (v: string | null) => (v ? new Date(v).toLocaleString(lang) : t('never'));
  const scopeLabel = (s: string) => ((SCOPES as readonly string[]).includes(s) ? t(s as (typeof SCOPES)[number]) : s);

  const showSecret = (clientId: string | null, secret: string) =>
    modal.success({
      title: t('secretOnce'),
      width: 600,
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          {clientId && (
            <Typography.Paragraph copyable code data-testid="client-id">
              {clientId}
            </Typography.Paragraph>
          )}
          <Typography.Paragraph copyable code style={{ wordBreak: 'break-all' }} data-testid="client-secret">
            {secret}
          </Typography.Paragraph>
        </Space>
      ),
    });

  const failed = (e: unknown) => message.error(e instanceof ApiError ? e.describe() : String(e));

  async function register() {
    const v = await form.validateFields();
    let jwks: unknown = undefined;
    if (v.jwks?.trim()) {
      try {
        jwks = JSON.parse(v.jwks);
      } catch {
        message.error(t('jwksInvalid'));
        return;
      }
    }
    try {
      const res = await call(
        client.POST('/api/partner-applications', {
          body: { name: v.name, description: v.description || null, scopes: v.scopes, ...(jwks ? { jwks: jwks as never } : {}) },
        }),
      );
      setOpen(false);
      form.resetFields();
      void apps.refetch();
      showSecret(res.clientId, res.clientSecret);
    } catch (e) {
      failed(e);
    }
  }

  async function editJwks(a: Application) {
    let text = a.jwks ? JSON.stringify(a.jwks, null, 2) : '';
    modal.confirm({
      title: t('jwks'),
      width: 640,
      content: (
        <>
          <Typography.Paragraph type="secondary">{t('jwksHelp')}</Typography.Paragraph>
          <Input.TextArea rows={8} defaultValue={text} onChange={(e) => (text = e.target.value)} />
        </>
      ),
      okText: t('jwksSave'),
      onOk: async () => {
        let jwks: unknown = null;
        if (text.trim()) {
          try {
            jwks = JSON.parse(text);
          } catch {
            message.error(t('jwksInvalid'));
            throw new Error('invalid');
          }
        }
        try {
          await call(client.PATCH('/api/partner-applications/{id}', { params: { path: { id: a.id } }, body: { jwks: jwks as never } }));
          void apps.refetch();
        } catch (e) {
          failed(e);
          throw e;
        }
      },
    });
  }

  return (
    <Card
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {t('register')}
        </Button>
      }
    >
      <Alert type="info" showIcon message={t('intro')} style={{ marginBottom: 16 }} />
      <Table<Application>
        rowKey="id"
        size="middle"
        loading={apps.isFetching}
        dataSource={apps.data?.items}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        pagination={false}
        expandable={{
          expandedRowRender: (a) => (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={a.secrets}
              columns={[
                { title: t('secrets'), dataIndex: 'prefix', render: (p: string) => <code>{p}…</code> },
                { title: t('lastUsed'), dataIndex: 'lastUsedAt', render: fmt },
                {
                  title: t('status'),
                  dataIndex: 'revokedAt',
                  render: (r: string | null) => (r ? <Tag>{t('revoked')}</Tag> : <Tag color="green">{t('active')}</Tag>),
                },
                {
                  title: t('actions'),
                  key: 'a',
                  render: (_: unknown, s) =>
                    !s.revokedAt &&
                    !a.revokedAt && (
                      <Popconfirm
                        title={t('revokeSecretConfirm')}
                        onConfirm={() =>
                          call(
                            client.DELETE('/api/partner-applications/{id}/secrets/{secretId}', {
                              params: { path: { id: a.id, secretId: s.id } },
                            }),
                          )
                            .then(() => apps.refetch())
                            .catch(failed)
                        }
                      >
                        <Button size="small" danger type="link">
                          {t('revokeSecret')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('name'), dataIndex: 'name' },
          {
            title: t('clientId'),
            dataIndex: 'clientId',
            render: (v: string) => (
              <Typography.Text copyable code>
                {v}
              </Typography.Text>
            ),
          },
          { title: t('scopes'), dataIndex: 'scopes', render: (s: string[]) => s.map((x) => <Tag key={x}>{scopeLabel(x)}</Tag>) },
          {
            title: t('status'),
            dataIndex: 'revokedAt',
            render: (r: string | null) => (r ? <Tag>{t('revoked')}</Tag> : <Tag color="green">{t('active')}</Tag>),
          },
          {
            title: t('actions'),
            key: 'a',
            render: (_: unknown, a) =>
              !a.revokedAt && (
                <Space>
                  <Button
                    size="small"
                    onClick={() =>
                      call(client.POST('/api/partner-applications/{id}/secrets', { params: { path: { id: a.id } } }))
                        .then((s) => {
                          void apps.refetch();
                          showSecret(null, s.clientSecret);
                        })
                        .catch(failed)
                    }
                  >
                    {t('newSecret')}
                  </Button>
                  <Button size="small" onClick={() => editJwks(a)}>
                    {t('jwks')}
                  </Button>
                  <Popconfirm
                    title={t('revokeConfirm')}
                    onConfirm={() =>
                      call(client.DELETE('/api/partner-applications/{id}', { params: { path: { id: a.id } } }))
                        .then(() => apps.refetch())
                        .catch(failed)
                    }
                  >
                    <Button size="small" danger>
                      {t('revoke')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <Modal open={open} title={t('register')} onOk={register} onCancel={() => setOpen(false)} width={640} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ scopes: ['projects:read'] }}>
          <Form.Item name="name" label={t('name')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('description')} rules={[{ max: 500 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="scopes" label={t('scopes')} rules={[{ required: true }]}>
            <Checkbox.Group options={SCOPES.map((s) => ({ value: s, label: t(s) }))} />
          </Form.Item>
          <Form.Item name="jwks" label={t('jwks')} extra={t('jwksHelp')}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
