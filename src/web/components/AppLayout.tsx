import { NotificationBell } from './NotificationBell.js';
import { Suspense, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import {
  Alert,
  App as AntApp,
  Avatar,
  Button,
  Drawer,
  Dropdown,
  Form,
  Grid,
  Input,
  Layout,
  Menu,
  Modal,
  Result,
  Segmented,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { LockOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, call, client } from '../api.js';
import { useAuth } from '../auth.js';
import { canSee, navGroups, navItems } from '../capabilities.js';
import { useLanguage, useT } from '../i18n/index.js';
import { roleLabels } from './labels.js';
import { validFields } from './forms.js';

const messages = {
  'zh-CN': {
    title: '绿色建造试点管理平台',
    changePassword: '修改密码',
    logout: '退出登录',
    currentPassword: '当前密码',
    newPassword: '新密码',
    repeatPassword: '再次输入新密码',
    mismatch: '两次输入的密码不一致',
    changed: '密码已修改，其他设备上的登录和您的全部 API 令牌已失效',
    mustChange: '请先修改初始密码',
    revokesTokens: '修改密码后，其他设备上的登录将退出，您的全部 API 令牌将被吊销，使用它们的系统需要换用新令牌。',
    national: '全国',
    menu: '菜单',
    forbidden: '您的账号无权打开此页面',
    home: '返回工作台',
  },
  en: {
    title: 'Green Construction Pilot Platform',
    changePassword: 'Change password',
    logout: 'Sign out',
    currentPassword: 'Current password',
    newPassword: 'New password',
    repeatPassword: 'Repeat the new password',
    mismatch: 'The passwords do not match',
    changed: 'Password changed; other devices were signed out and all your API tokens were revoked',
    mustChange: 'Please change your initial password',
    revokesTokens:
      'Changing the password signs out your other devices and revokes all your API tokens; systems using them will need new ones.',
    national: 'National',
    menu: 'Menu',
    forbidden: 'Your account may not open this page',
    home: 'Back to the dashboard',
  },
};

/** The signed-in frame; antd's App (message, modal and notification hooks for the pages) lives here, not on the sign-in page. */
export function AppLayout() {
  return (
    <AntApp>
      <SignedInFrame />
    </AntApp>
  );
}

function SignedInFrame() {
  const { me } = useAuth();
  const { lang, setLang } = useLanguage();
  const t = useT(messages);
  const navigate = useNavigate();
  const location = useLocation();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [pwOpen, setPwOpen] = useState(false);
  // On a phone (site gate, facility weighbridge, inspection capture) the header keeps only what fits.
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  // Below lg the menu is a drawer opened from the header, so no floating button covers the page title.
  const sidebar = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const visible = useMemo(() => (me ? navItems.filter((i) => canSee(i, me)) : []), [me]);
  const selected = navItems
    .map((i) => i.path)
    .filter((p) => (p === '/' ? location.pathname === '/' : location.pathname.startsWith(p)))
    .sort((a, b) => b.length - a.length)[0];
  const selectedGroup = navItems.find((i) => i.path === selected)?.group;
  // Groups fold: the one holding the current page starts open, the others closed, so the menu fits one screen.
  const [openGroups, setOpenGroups] = useState<string[]>(() => (selectedGroup ? [selectedGroup] : []));
  const menuItems = useMemo(() => {
    const groups = [...new Set(visible.map((i) => i.group))];
    return groups.map((g) => {
      const children = visible.filter((i) => i.group === g).map((i) => ({ key: i.path, icon: i.icon, label: i.label[lang] }));
      // A group of one page (the dashboard, or a facility's only page) is that page, not a fold.
      return children.length === 1 ? children[0]! : { key: g, label: navGroups[lang][g], children };
    });
  }, [visible, lang]);
  const allowed = !selected || visible.some((i) => i.path === selected);

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      openKeys={selectedGroup && !openGroups.includes(selectedGroup) && drawerOpen ? [...openGroups, selectedGroup] : openGroups}
      onOpenChange={(keys) => setOpenGroups(keys)}
      items={menuItems}
      onClick={(e) => {
        setDrawerOpen(false);
        navigate(e.key);
      }}
      style={{ borderInlineEnd: 0 }}
      data-testid="main-menu"
    />
  );

  async function logout() {
    await call(client.POST('/api/auth/logout')).catch(() => undefined);
    qc.clear();
    navigate('/login');
    qc.setQueryData(['me'], null);
  }

  if (!me) return null;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {sidebar ? (
        <Layout.Sider width={220} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16, color: '#389e0d' }}>GreenBuild</div>
          {menu}
        </Layout.Sider>
      ) : (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          title="GreenBuild"
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: wide ? '0 24px' : '0 8px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
            gap: 8,
          }}
        >
          {sidebar ? null : (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('menu')}
              data-testid="menu-button"
              onClick={() => setDrawerOpen(true)}
            />
          )}
          {wide ? (
            <Space style={{ flex: 1 }}>
              <Typography.Text strong>{t('title')}</Typography.Text>
              <Tag color="green">{me.regionName ?? (me.role === 'admin' || me.role === 'regulator' ? t('national') : '')}</Tag>
            </Space>
          ) : (
            <Typography.Text strong style={{ color: '#389e0d', flex: 1 }}>
              GreenBuild
            </Typography.Text>
          )}
          <Space size={wide ? 'large' : 'small'}>
            <NotificationBell />
            <Segmented
              size={wide ? 'middle' : 'small'}
              data-testid="language-switch"
              value={lang}
              onChange={(v) => setLang(v as 'zh-CN' | 'en')}
              options={[
                { label: '中文', value: 'zh-CN' },
                { label: 'English', value: 'en' },
              ]}
            />
            <Dropdown
              menu={{
                items: [
                  { key: 'pw', icon: <LockOutlined />, label: t('changePassword'), onClick: () => setPwOpen(true) },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('logout'), onClick: logout },
                ],
              }}
            >
              <Button type="text" data-testid="user-menu">
                <Avatar size="small" icon={<UserOutlined />} /> {wide ? `${me.displayName} · ${roleLabels[lang][me.role]}` : null}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: wide ? 24 : 12 }}>
          {/* The server answers 403 password_change_required to everything else until the password is changed. */}
          {me.mustChangePassword ? null : allowed ? (
            <Suspense fallback={<Skeleton active />}>
              <Outlet />
            </Suspense>
          ) : (
            <Result
              status="403"
              title={t('forbidden')}
              extra={
                <Button type="primary" onClick={() => navigate('/')}>
                  {t('home')}
                </Button>
              }
            />
          )}
        </Layout.Content>
      </Layout>
      <PasswordModal
        open={pwOpen || me.mustChangePassword}
        forced={me.mustChangePassword}
        onClose={() => setPwOpen(false)}
        onChanged={() => {
          message.success(t('changed'));
          setPwOpen(false);
          void qc.invalidateQueries({ queryKey: ['me'] });
        }}
      />
    </Layout>
  );
}

function PasswordModal({ open, forced, onClose, onChanged }: { open: boolean; forced: boolean; onClose(): void; onChanged(): void }) {
  const t = useT(messages);
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  async function submit() {
    const v = await validFields(form);
    if (!v) return;
    setSaving(true);
    try {
      await call(client.POST('/api/auth/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } }));
      form.resetFields();
      onChanged();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.details.map((d) => ({ name: d.path, errors: [d.message] })));
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal
      open={open}
      title={forced ? t('mustChange') : t('changePassword')}
      onOk={submit}
      confirmLoading={saving}
      onCancel={forced ? undefined : onClose}
      closable={!forced}
      destroyOnHidden
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('revokesTokens')} />
      <Form form={form} layout="vertical">
        <Form.Item name="currentPassword" label={t('currentPassword')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('newPassword')} rules={[{ required: true, min: 8 }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t('repeatPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('mismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
