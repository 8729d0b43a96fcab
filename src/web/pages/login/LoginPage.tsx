import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { Alert, Button, Form, Input, Segmented } from 'antd';
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
    publicPilots: '试点项目公示',
    verify: '质量记录查验',
  },
  en: {
    title: 'Green Construction Pilot Platform',
    subtitle: 'Green construction pilots · Hunan · Shenzhen · Changzhou',
    username: 'Username',
    password: 'Password',
    login: 'Sign in',
    required: 'Please enter the {field}',
    publicPilots: 'Public pilot list',
    verify: 'Verify a quality record',
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

  // Plain elements around the form: the sign-in page is the first thing a phone downloads, so it uses only the few antd
  // components it needs (a Card would bring Tabs, Typography the tooltip machinery).
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        boxSizing: 'border-box',
        background: 'linear-gradient(135deg,#f6ffed,#e6f4ff)',
      }}
    >
      <main
        style={{
          width: '100%',
          maxWidth: 400,
          boxSizing: 'border-box',
          padding: 24,
          background: '#fff',
          borderRadius: 8,
          border: '1px solid #f0f0f0',
          display: 'flex',
          flexDirection: 'column',
          gap: 16,
        }}
      >
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
          <h1 style={{ fontSize: 24, fontWeight: 600, margin: '0 0 4px', color: 'rgba(0,0,0,0.88)' }}>{t('title')}</h1>
          <p style={{ margin: 0, color: 'rgba(0,0,0,0.55)' }}>{t('subtitle')}</p>
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
        <nav style={{ display: 'flex', justifyContent: 'center', gap: 24 }} data-testid="login-public-links">
          <Link to="/public/pilots">{t('publicPilots')}</Link>
          <Link to="/verify">{t('verify')}</Link>
        </nav>
      </main>
    </div>
  );
}
