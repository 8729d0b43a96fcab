import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Alert, Button, Card, Form, Input, Segmented, Space, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, call, client } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';

const messages = {
  'zh-CN': {
    title: '绿色建造试点管理平台',
    subtitle: '住房和城乡建设领域绿色建造试点 · 湖南省 · 深圳市 · 常州市',
    username: '用户名',
    password: '密码',
    login: '登录',
    required: '请输入{field}',
  },
  en: {
    title: 'Green Construction Pilot Platform',
    subtitle: 'Green construction pilots · Hunan · Shenzhen · Changzhou',
    username: 'Username',
    password: 'Password',
    login: 'Sign in',
    required: 'Please enter the {field}',
  },
};

export function LoginPage() {
  const t = useT(messages);
  const { lang, setLang } = useLanguage();
  const { me } = useAuth();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  // Signing in sets `me` before navigate() runs, so the redirect must already go to where the user was heading.
  if (me) return <Navigate to={from} replace />;

  async function onFinish(v: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      const user = await call(client.POST('/api/auth/login', { body: v }));
      qc.setQueryData(['me'], user);
      navigate(from, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(135deg,#f6ffed,#e6f4ff)',
      }}
    >
      <Card style={{ width: 400 }}>
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <div style={{ textAlign: 'right' }}>
            <Segmented
              value={lang}
              onChange={(v) => setLang(v as 'zh-CN' | 'en')}
              options={[
                { label: '中文', value: 'zh-CN' },
                { label: 'English', value: 'en' },
              ]}
            />
          </div>
          <div>
            <Typography.Title level={3} style={{ marginBottom: 4 }}>
              {t('title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
          </div>
          {error && <Alert type="error" message={error} showIcon data-testid="login-error" />}
          <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
            <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required', { field: t('username') }) }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('required', { field: t('password') }) }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('login')}
            </Button>
          </Form>
        </Space>
      </Card>
    </div>
  );
}
