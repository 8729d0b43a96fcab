import type { ReactNode } from 'react';
import type { Role } from '../../auth.js';
import { EventCatalogueTab } from './EventCatalogueTab.js';
import { ApiClientTab } from './ApiClientTab.js';
import { ApplicationsTab } from './ApplicationsTab.js';
import { GrantsTab } from './GrantsTab.js';
import { WebhooksTab } from './WebhooksTab.js';

/** One tab of 开放平台. Webhooks, applications and grants each add one line to `openPlatformTabs`. */
export type OpenPlatformTab = {
  key: string;
  label: { 'zh-CN': string; en: string };
  /** Who sees the tab; omitted = everyone who may open the page. */
  roles?: Role[];
  element: ReactNode;
};

export const openPlatformTabs: OpenPlatformTab[] = [
  { key: 'events', label: { 'zh-CN': '事件目录', en: 'Event catalogue' }, element: <EventCatalogueTab /> },
  { key: 'applications', label: { 'zh-CN': '应用与凭证', en: 'Applications' }, element: <ApplicationsTab /> },
  { key: 'webhooks', label: { 'zh-CN': '推送地址', en: 'Webhooks' }, element: <WebhooksTab /> },
  { key: 'grants', label: { 'zh-CN': '数据共享授权', en: 'Data-sharing grants' }, element: <GrantsTab /> },
  { key: 'api', label: { 'zh-CN': '接口与客户端', en: 'API and client' }, element: <ApiClientTab /> },
];
