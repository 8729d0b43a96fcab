import type { ReactNode } from 'react';
import type { Role } from '../../auth.js';
import { EventCatalogueTab } from './EventCatalogueTab.js';
import { ApiClientTab } from './ApiClientTab.js';

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
  { key: 'api', label: { 'zh-CN': '接口与客户端', en: 'API and client' }, element: <ApiClientTab /> },
];
