// The site-work pages at a phone's size (390 × 844): nothing wider than the screen, the menu behind a header button
// that covers no title, tables shown as cards. Screenshots: e2e/screenshots/phone-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, login, snap, startPlatform, type RunningPlatform, printServerLogOnFailure } from './support/platform.js';

const PHONE = { width: 390, height: 844 };
let platform: RunningPlatform;
printServerLogOnFailure(() => platform);
let browser: Browser;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  return { context, page: await context.newPage() };
}

/** Waits for the page to settle, saves the screenshot and checks that nothing makes the page scroll sideways. */
async function checkPage(page: Page, name: string): Promise<void> {
  await page
    .locator('.ant-skeleton, .ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
  await page.waitForTimeout(500);
  await snap(page, `phone-${name}`);
  const widths = await page.evaluate(() => {
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > 391 && getComputedStyle(el).position !== 'fixed')
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80));
    return { scroll: document.documentElement.scrollWidth, wide };
  });
  expect(widths.scroll, `${name} is wider than the phone; widest: ${widths.wide.join(' | ')}`).toBeLessThanOrEqual(390);
  // The menu button sits in the header, above the page: it covers no heading.
  // (Signed-out pages have no menu button; boundingBox would wait for one.)
  const menuButton = page.getByTestId('menu-button');
  const headings = page.locator('main h1, main h2, main h3, main h4, .ant-page-header-heading-title, h4.ant-typography');
  const button = (await menuButton.count()) ? await menuButton.boundingBox() : null;
  const heading = (await headings.count()) ? await headings.first().boundingBox() : null;
  if (button && heading) expect(button.y + button.height <= heading.y || button.x + button.width <= heading.x).toBe(true);
}

describe('phone pages at 390 × 844', () => {
  it('sign-in and public pages fit the phone and link to each other', async () => {
    const { context, page } = await phone();
    await page.goto(`${platform.url}/login`);
    await page.getByTestId('login-public-links').waitFor();
    await checkPage(page, '01-login');
    await page.getByTestId('login-public-links').getByRole('link', { name: '试点项目公示' }).click();
    await page.waitForURL(/\/public\/pilots$/);
    await checkPage(page, '02-public-pilots');
    await page.goto(`${platform.url}/login`);
    await page.getByTestId('login-public-links').getByRole('link', { name: '质量记录查验' }).click();
    await page.waitForURL(/\/verify$/);
    await checkPage(page, '03-verify');
    await context.close();
  });

  it('the enterprise opens the smart-site overview, a site and quality records from the drawer menu', async () => {
    const { context, page } = await phone();
    await login(page, platform.url, 'hunan.enterprise');
    await checkPage(page, '10-home-enterprise');
    await page.getByTestId('menu-button').click();
    await snap(page, 'phone-11-menu-drawer');
    await page.getByTestId('main-menu').getByText('现场管理').click();
    await page.getByTestId('main-menu').getByText('智慧工地').click();
    await page.waitForURL(/\/site$/);
    const site = page.getByTestId('sites-table').locator('a[href$="/site"]').first();
    await site.waitFor();
    // A card per site, not a table squeezed to one character per line.
    expect(await page.getByTestId('sites-table').locator('table').count()).toBe(0);
    await checkPage(page, '12-site-overview');
    await site.click();
    await page.waitForURL(/\/projects\/[0-9a-f-]+\/site$/);
    await page.locator('[data-testid^="tile-"]').first().waitFor();
    await checkPage(page, '13-site-live');
    await page.getByRole('tab', { name: '设备管理' }).click();
    await checkPage(page, '14-site-devices');
    await page.getByRole('tab', { name: '告警处理' }).click();
    await checkPage(page, '15-site-alarms');

    await page.goto(`${platform.url}/quality`);
    const project = page.locator('a[href$="/quality"]').first();
    await project.waitFor();
    await checkPage(page, '16-quality-projects');
    await project.click();
    await page.waitForURL(/\/projects\/[0-9a-f-]+\/quality$/);
    await checkPage(page, '17-quality-records');
    await context.close();
  });

  it('the regulator records an inspection and reads notices on the phone', async () => {
    const { context, page } = await phone();
    await login(page, platform.url, 'hunan.regulator');
    await page.goto(`${platform.url}/supervision`);
    await checkPage(page, '20-supervision');
    const list = (await page.evaluate(async () => (await fetch('/api/supervision/inspections?pageSize=50')).json())) as {
      items: { id: string; projectId: string; status: string }[];
    };
    const inspection = list.items.find((i) => i.status === 'scheduled') ?? list.items[0];
    expect(inspection, 'the demo has inspections in Hunan').toBeTruthy();
    await page.goto(`${platform.url}/projects/${inspection!.projectId}/supervision`);
    await checkPage(page, '21-project-supervision');
    await page.goto(`${platform.url}/projects/${inspection!.projectId}/supervision/inspections/${inspection!.id}`);
    await checkPage(page, '22-inspection-capture');
    const recorded = list.items.find((i) => i.status === 'recorded');
    if (recorded) {
      await page.goto(`${platform.url}/projects/${recorded.projectId}/supervision`);
      const notice = page.locator('a[href*="/supervision/notices/"]').first();
      if (await notice.count()) {
        await notice.click();
        await page.waitForURL(/\/supervision\/notices\//);
        await checkPage(page, '23-notice');
      }
    }
    await context.close();
  });

  it('the facility receives loads on the phone', async () => {
    const { context, page } = await phone();
    await login(page, platform.url, 'hunan.facility');
    await page.goto(`${platform.url}/facility`);
    await checkPage(page, '30-facility-receipt');
    // The facility's menu offers only what a weighbridge uses.
    await page.getByTestId('menu-button').click();
    const entries = await page.getByTestId('main-menu').locator('li.ant-menu-item').allInnerTexts();
    expect(entries.map((e) => e.trim())).toEqual(['工作台', '联单接收', 'API 令牌']);
    await context.close();
  });
});
