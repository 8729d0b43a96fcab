import { useState } from 'react';
import { App as AntApp, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { ApiError, call, client } from '../../api.js';
import { useAuth, type Role } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { common, roleLabels } from '../../components/labels.js';
import { useList } from '../../components/useList.js';
import { useRegions } from '../../components/regions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { downloadCsv } from '../../components/exportCsv.js';
import type { ItemOf } from '../../api/types.js';
import { validFields } from '../../components/forms.js';
import { chinaTime } from '../../components/chinaTime.js';

type User = ItemOf<'/api/users'>;

const messages = {
  'zh-CN': {
    title: '用户管理',
    username: '用户名',
    displayName: '姓名',
    role: '角色',
    organisation: '所属单位',
    status: '状态',
    active: '启用',
    inactive: '停用',
    password: '初始密码',
    phone: '手机',
    email: '邮箱',
    newUser: '新建用户',
    editUser: '编辑用户',
    resetPassword: '重置密码',
    resetDone: '新密码（只显示一次，用户登录后需修改；该用户的全部 API 令牌和登录已失效）',
    keyword: '用户名或姓名',
    created: '用户已创建',
  },
  en: {
    title: 'Users',
    username: 'Username',
    displayName: 'Name',
    role: 'Role',
    organisation: 'Organisation',
    status: 'Status',
    active: 'Active',
    inactive: 'Inactive',
    password: 'Initial password',
    phone: 'Phone',
    email: 'Email',
    newUser: 'New user',
    editUser: 'Edit user',
    resetPassword: 'Reset password',
    resetDone: 'New password (shown once; the user must change it after signing in; all their API tokens and sessions were revoked)',
    keyword: 'Username or name',
    created: 'User created',
  },
};

export function UsersPage() {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const { message, modal } = AntApp.useApp();
  const regions = useRegions();
  const list = useList('/api/users', {});
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const isAdmin = me?.role === 'admin';
  const [filterForm] = Form.useForm();

  async function resetPassword(u: User) {
    try {
      const res = await call(client.POST('/api/users/{id}/reset-password', { params: { path: { id: u.id } } }));
      modal.info({
        title: t('resetDone'),
        content: (
          <Typography.Text copyable code>
            {res.password}
          </Typography.Text>
        ),
      });
    } catch (e) {
      message.error(e instanceof ApiError ? e.describe() : String(e));
    }
  }

  const columns = [
    {
      title: t('username'),
      dataIndex: 'username',
      render: (v: string, u: User) => (
        <Space>
          {v}
          {u.isDemo && <Tag>{c('demo')}</Tag>}
        </Space>
      ),
    },
    { title: t('displayName'), dataIndex: 'displayName' },
    {
      title: t('role'),
      dataIndex: 'role',
      render: (r: Role) => <Tag color={r === 'admin' ? 'red' : r === 'regulator' ? 'blue' : 'default'}>{roleLabels[lang][r]}</Tag>,
    },
    { title: t('organisation'), dataIndex: 'organisationName' },
    { title: c('region'), dataIndex: 'regionCode', render: (r: string | null) => regions.name(r) },
    {
      title: t('status'),
      dataIndex: 'active',
      render: (a: boolean) => (a ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('inactive')}</Tag>),
    },
    { title: c('createdAt'), dataIndex: 'createdAt', render: (v: string) => chinaTime(v) },
    ...(isAdmin
      ? [
          {
            title: c('actions'),
            key: 'actions',
            render: (_: unknown, u: User) => (
              <Space>
                <Button size="small" onClick={() => setEditing(u)}>
                  {c('edit')}
                </Button>
                <Button size="small" onClick={() => resetPassword(u)}>
                  {t('resetPassword')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                downloadCsv(
                  'users.csv',
                  [
                    { title: t('username'), value: (u: User) => u.username },
                    { title: t('displayName'), value: (u) => u.displayName },
                    { title: t('role'), value: (u) => roleLabels[lang][u.role] },
                    { title: t('organisation'), value: (u) => u.organisationName },
                    { title: c('region'), value: (u) => regions.name(u.regionCode) },
                    { title: t('status'), value: (u) => (u.active ? t('active') : t('inactive')) },
                  ],
                  list.data?.items ?? [],
                )
              }
            >
              CSV
            </Button>
            {isAdmin && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-user">
                {t('newUser')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Form form={filterForm} layout="inline" onFinish={(v) => list.search(v)} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="q">
            <Input placeholder={t('keyword')} allowClear />
          </Form.Item>
          <Form.Item name="role">
            <Select
              placeholder={t('role')}
              allowClear
              style={{ width: 160 }}
              options={Object.entries(roleLabels[lang]).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="regionCode">
            <Select placeholder={c('region')} allowClear style={{ width: 140 }} options={regions.options} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {c('search')}
          </Button>
        </Form>
        <Table<User>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.loading}
          pagination={{ ...list.pagination, showTotal: (n) => c('total', { n }) }}
        />
      </Card>
      {editing && (
        <UserForm
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(editing === 'new' ? t('created') : c('saved'));
            setEditing(null);
            void list.refetch();
          }}
        />
      )}
    </>
  );
}

function UserForm({ user, onClose, onSaved }: { user: User | null; onClose(): void; onSaved(): void }) {
  const t = useT(messages);
  const c = useT(common);
  const { lang } = useLanguage();
  const regions = useRegions();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const orgs = useQuery({
    queryKey: ['organisations-all'],
    queryFn: () => call(client.GET('/api/organisations', { params: { query: { pageSize: 500 } } })),
  });
  async function submit() {
    const v = await validFields(form);
    if (!v) return;
    setSaving(true);
    try {
      if (user)
        await call(
          client.PATCH('/api/users/{id}', {
            params: { path: { id: user.id } },
            body: {
              displayName: v.displayName,
              role: v.role,
              organisationId: v.organisationId ?? null,
              regionCode: v.regionCode ?? null,
              active: v.active,
            },
          }),
        );
      else
        await call(
          client.POST('/api/users', { body: { ...v, organisationId: v.organisationId ?? null, regionCode: v.regionCode ?? null } }),
        );
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) {
        const fields = e.details.filter((d) => d.path).map((d) => ({ name: d.path, errors: [d.message] }));
        if (fields.length) form.setFields(fields);
        else form.setFields([{ name: user ? 'displayName' : 'username', errors: [e.message] }]);
      }
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal
      open
      title={user ? t('editUser') : t('newUser')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      okText={c('save')}
      cancelText={c('cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={user ?? { role: 'enterprise', active: true }}>
        {!user && (
          <Form.Item name="username" label={t('username')} rules={[{ required: true, min: 3 }]}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('displayName')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('role')} rules={[{ required: true }]}>
          <Select options={Object.entries(roleLabels[lang]).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="organisationId" label={t('organisation')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item name="regionCode" label={c('region')}>
          <Select allowClear options={regions.options} />
        </Form.Item>
        {!user && (
          <Form.Item name="password" label={t('password')} rules={[{ required: true, min: 8 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        {user && (
          <Form.Item name="active" label={t('status')} valuePropName="checked">
            <Switch checkedChildren={t('active')} unCheckedChildren={t('inactive')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
