import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  login,
  pickOption,
  snap,
  startPlatform,
  type RunningPlatform,
  printServerLogOnFailure,
  openMenu,
} from './support/platform.js';

let platform: RunningPlatform;
printServerLogOnFailure(() => platform);
let browser: Browser;
let page: Page;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('platform foundation in chromium', () => {
  it('signs in, switches language, creates a user and finds it in the audit log', async () => {
    await page.goto(`${platform.url}/`);
    await page.waitForURL(/\/login/);
    await expect(page.getByText('绿色建造试点管理平台').first()).toBeTruthy();
    await snap(page, 'platform-01-login');

    // A wrong password gets the server's Chinese message.
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').innerText()).toContain('用户名或密码错误');

    await login(page, platform.url, 'admin');
    await page.getByText('欢迎，系统管理员').waitFor();
    await snap(page, 'platform-02-home-zh');

    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByText('Welcome, 系统管理员').waitFor();
    // Groups are labelled in the chosen language too; the audit log sits in the folded 系统管理 group.
    await page.getByTestId('main-menu').getByText('Administration').waitFor();
    await snap(page, 'platform-03-home-en');
    await page.getByTestId('language-switch').getByText('中文').click();
    await page.getByText('欢迎，系统管理员').waitFor();

    await openMenu(page, '用户管理');
    await page.waitForURL(/\/admin\/users/);
    await page.getByTestId('new-user').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('e2e.inspector');
    await dialog.getByLabel('姓名').fill('端到端检查员');
    await pickOption(page, dialog, '角色', '主管部门');
    await pickOption(page, dialog, '地区', '常州市');
    await dialog.getByLabel('初始密码').fill('Inspector@2026');
    await snap(page, 'platform-04-new-user');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('用户已创建').waitFor();
    await page.getByRole('cell', { name: 'e2e.inspector' }).waitFor();
    await snap(page, 'platform-05-users');

    await openMenu(page, '审计日志');
    await page.waitForURL(/\/admin\/audit/);
    await page.getByTestId('audit-q').fill('user.create');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const row = page.getByRole('row').filter({ hasText: '新建用户' }).first();
    await row.waitFor();
    await row.getByRole('button').first().click();
    const changes = page.getByTestId('audit-changes').first();
    await changes.waitFor();
    const text = await changes.innerText();
    expect(text).toContain('e2e.inspector');
    expect(text).toContain('端到端检查员');
    await snap(page, 'platform-06-audit');
  });

  it('renders the API docs at /api/docs under the platform’s CSP (a violation fails the spec)', async () => {
    const res = await page.goto(`${platform.url}/api/docs`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'GreenBuild' }).waitFor();
    await page.locator('.opblock-tag').first().waitFor();
    await snap(page, 'platform-07-api-docs');
  });
});
