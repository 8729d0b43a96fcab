import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { LanguageProvider, useLanguage } from './i18n/index.js';
import { AuthProvider, useAuth } from './auth.js';
import { LoginPage } from './pages/login/LoginPage.js';
import { navItems, pageRoutes, publicRoutes } from './capabilities.js';

// The signed-in frame (menu, header) is its own chunk: the sign-in and public pages never download it.
const AppLayout = lazy(() => import('./components/AppLayout.js').then((m) => ({ default: m.AppLayout })));

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

function RequireLogin() {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Spin fullscreen />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <Suspense fallback={<Spin fullscreen />}>
      <AppLayout />
    </Suspense>
  );
}

function Shell() {
  const { lang } = useLanguage();
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#389e0d', fontFamily: "'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif" } }}
    >
      <AuthProvider>
        <Suspense fallback={<Spin fullscreen />}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            {publicRoutes.map((r) => (
              <Route key={r.path} path={r.path} element={r.element} />
            ))}
            <Route element={<RequireLogin />}>
              {[...navItems, ...pageRoutes].map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
              <Route path="*" element={<Navigate to="/" replace />} />
            </Route>
          </Routes>
        </Suspense>
      </AuthProvider>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <BrowserRouter>
          <Shell />
        </BrowserRouter>
      </LanguageProvider>
    </QueryClientProvider>
  </StrictMode>,
);
