import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../auth.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { openPlatformTabs } from './tabs.js';

const messages = {
  'zh-CN': {
    title: '开放平台',
    intro: '企业平台、银行、城管等合作系统通过事件、Webhook 和开放接口与本平台交换数据。',
  },
  en: {
    title: 'Open platform',
    intro:
      'Partner systems (enterprise platforms, banks, city management) exchange data with GreenBuild through events, webhooks and the open API.',
  },
};

/** 开放平台: one page, a tab per part of the exchange (the tab list lives in tabs.tsx). */
export function OpenPlatformPage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const tabs = openPlatformTabs.filter((tab) => !tab.roles || (me && tab.roles.includes(me.role)));
  const active = tabs.some((tab) => tab.key === params.get('tab')) ? params.get('tab')! : tabs[0]?.key;
  return (
    <>
      <PageHeader title={t('title')}>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      </PageHeader>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={tabs.map((tab) => ({ key: tab.key, label: tab.label[lang], children: tab.element }))}
      />
    </>
  );
}
