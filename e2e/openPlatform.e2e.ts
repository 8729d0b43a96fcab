import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, login, snap, startPlatform, type RunningPlatform, printServerLogOnFailure } from './support/platform.js';

let platform: RunningPlatform;
printServerLogOnFailure(() => platform);
let browser: Browser;
let page: Page;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('开放平台 in chromium', () => {
  it('an enterprise opens the event catalogue and the API tab', async () => {
    await login(page, platform.url, 'hunan.enterprise');
    await page.goto(`${platform.url}/open-platform`);
    await page.waitForURL(/\/open-platform/);
    await page.getByRole('tab', { name: '事件目录' }).click();
    const row = page.getByRole('row', { name: /电子联单已签收/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('cn.greenbuild.waste.manifest.received.v1');
    expect(await row.innerText()).toContain('建筑垃圾');
    expect(await row.innerText()).toContain('weighbridgeTonnes');
    await snap(page, 'open-platform-01-event-catalogue');

    await page.getByPlaceholder('搜索事件名称或类型').fill('报警');
    await expect.poll(() => page.getByRole('row').count()).toBe(4); // header + raised, acknowledged, closed
    await page.getByPlaceholder('搜索事件名称或类型').fill('没有这个事件');
    await page.getByText('没有符合条件的事件类型').waitFor();

    await page.getByRole('tab', { name: '接口与客户端' }).click();
    expect(await page.getByRole('link', { name: '/api/docs' }).getAttribute('href')).toBe('/api/docs');
    await snap(page, 'open-platform-02-api-client');
  });

  it('registers a partner application, shows its secret once, and lists webhooks and grants', async () => {
    await page.getByRole('tab', { name: '应用与凭证' }).click();
    await page.getByRole('button', { name: '注册应用' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('应用名称').fill('湘江建设 企业平台');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    const secret = page.getByTestId('client-secret');
    await secret.waitFor();
    expect(await secret.innerText()).toMatch(/\S{20,}/);
    await snap(page, 'open-platform-03-application-secret');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: '推送地址' }).click();
    await page.getByRole('button', { name: '新增推送地址' }).waitFor();
    await snap(page, 'open-platform-04-webhooks');
    await page.getByRole('tab', { name: '数据共享授权' }).click();
    await page.getByRole('button', { name: '新建授权' }).waitFor();
    await snap(page, 'open-platform-05-grants');
  });
});
