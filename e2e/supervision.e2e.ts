import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchBrowser,
  login,
  pickOption,
  snap,
  startPlatform,
  type RunningPlatform,
  printServerLogOnFailure,
} from './support/platform.js';
import { jpegWithExif } from '../src/server/modules/supervision/exif.js';

let platform: RunningPlatform;
printServerLogOnFailure(() => platform);
let browser: Browser;
let regulatorContext: BrowserContext;
let enterpriseContext: BrowserContext;
let reg: Page;
let ent: Page;

const DESKTOP = { width: 1366, height: 860 };
const PHONE = { width: 390, height: 844 };

/** Opens the dashboard and returns the open-findings count it shows (after checking it matches the API's answer). */
async function openFindings(page: Page): Promise<number> {
  // Another engineer may be rebuilding dist/web at this moment (blank page); one reload rides that out.
  for (let attempt = 1; ; attempt++) {
    const response = page.waitForResponse((r) => r.url().includes('/api/supervision/dashboard') && r.ok(), { timeout: 20_000 });
    await page.goto(`${platform.url}/supervision`);
    try {
      const { openFindings: n } = (await (await response).json()) as { openFindings: number };
      await page
        .getByTestId('dash-open')
        .locator('.ant-statistic-content-value')
        .filter({ hasText: new RegExp(`^${n}$`) })
        .waitFor();
      return n;
    } catch (err) {
      if (attempt >= 2) throw err;
    }
  }
}

/**
 * A real, decodable JPEG "site photo" drawn on a canvas in the browser, with an EXIF DateTimeOriginal segment spliced in
 * after SOI (as a phone camera writes it), so the server reads the capture time and the page shows the picture.
 */
async function sitePhoto(page: Page, caption: string, dateTimeOriginal: string): Promise<Buffer> {
  const b64 = await page.evaluate(async (text) => {
    const c = document.createElement('canvas');
    c.width = 640;
    c.height = 480;
    const g = c.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 480);
    sky.addColorStop(0, '#8fbce6');
    sky.addColorStop(0.55, '#dde7f0');
    sky.addColorStop(0.56, '#a0855f');
    sky.addColorStop(1, '#5f4d39');
    g.fillStyle = sky;
    g.fillRect(0, 0, 640, 480);
    g.fillStyle = '#b9b4aa';
    g.fillRect(90, 150, 220, 120);
    g.fillStyle = '#7d7a73';
    for (let y = 160; y < 260; y += 24) for (let x = 100; x < 300; x += 30) g.fillRect(x, y, 18, 12);
    g.strokeStyle = '#e0a100';
    g.lineWidth = 6;
    g.beginPath();
    g.moveTo(420, 270);
    g.lineTo(420, 60);
    g.lineTo(600, 60);
    g.stroke();
    g.fillStyle = 'rgba(0,0,0,0.55)';
    g.fillRect(0, 430, 640, 50);
    g.fillStyle = '#fff';
    g.font = '22px "Noto Sans CJK SC", sans-serif';
    g.fillText(text, 16, 463);
    const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.85));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let bin = '';
    for (const x of bytes) bin += String.fromCharCode(x);
    return btoa(bin);
  }, caption);
  const real = Buffer.from(b64, 'base64');
  const synthetic = Buffer.from(jpegWithExif(dateTimeOriginal));
  const app1 = synthetic.subarray(2, 4 + synthetic.readUInt16BE(4));
  return Buffer.concat([real.subarray(0, 2), app1, real.subarray(2)]);
}

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  regulatorContext = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  enterpriseContext = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  reg = await regulatorContext.newPage();
  ent = await enterpriseContext.newPage();
  for (const p of [reg, ent]) {
    p.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  }
});
// On failure, keep what each browser showed, to see why.
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  await snap(reg, 'supervision-failed-regulator').catch(() => undefined);
  await snap(ent, 'supervision-failed-enterprise').catch(() => undefined);
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('process supervision in chromium', () => {
  it('regulator records a finding with a notice on a phone → enterprise uploads its rectification → regulator closes it → the dashboard count drops', async () => {
    await login(reg, platform.url, 'hunan.regulator');
    const before = await openFindings(reg);
    expect(before).toBeGreaterThan(0);
    await reg.getByTestId('age-chart').locator('canvas').first().waitFor();
    await snap(reg, 'supervision-01-dashboard');

    // Into a demo project's supervision tab through the open-findings table.
    await reg.locator('.ant-table-row a[href$="/supervision"]').first().click();
    await reg.waitForURL(/\/projects\/[0-9a-f-]+\/supervision$/);
    await reg.getByTestId('project-header').waitFor();
    await snap(reg, 'supervision-02-project-tab');

    await reg.getByTestId('schedule-inspection').click();
    const dialog = reg.getByRole('dialog');
    await pickOption(reg, dialog, '检查表', '绿色施工');
    await dialog.getByLabel('检查名称').fill('绿色施工专项检查（端到端）');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await reg.waitForURL(/\/supervision\/inspections\/[0-9a-f-]+$/);

    // The capture page on a phone: checklist, then a finding with a camera photo and a notice.
    await reg.setViewportSize(PHONE);
    await reg.getByTestId('check-g1').getByText('符合', { exact: true }).click();
    await reg.getByTestId('check-g2').getByText('不符合', { exact: true }).click();
    await reg.getByTestId('check-g2').getByPlaceholder('说明').fill('南侧道路未硬化，洒水不足');
    await reg.getByTestId('save-checklist').click();
    await reg.getByText('检查结果已保存', { exact: true }).waitFor();

    const form = reg.getByTestId('finding-form');
    await form.getByText('较重', { exact: true }).click();
    await reg.getByTestId('finding-description').fill('南侧施工道路未硬化，车辆出场未冲洗，扬尘明显（端到端）');
    await reg.getByTestId('finding-photos').setInputFiles({
      name: 'IMG_2045.jpg',
      mimeType: 'image/jpeg',
      buffer: await sitePhoto(reg, '南侧施工道路 2026-04-20 10:15', '2026:04:20 10:15:00'),
    });
    expect(await reg.getByTestId('finding-photos').getAttribute('capture')).toBe('environment');
    await reg.getByTestId('with-notice').click();
    await pickOption(reg, form, '责任单位', '湖南湘江建设集团有限公司');
    await form.getByLabel('整改要求').fill('3 日内完成道路硬化并设置洗车台');
    await snap(reg, 'supervision-03-capture-phone');
    await reg.getByTestId('save-finding').click();
    await reg.getByText('问题已记录', { exact: true }).waitFor();
    const item = reg.getByTestId('finding-item').filter({ hasText: '端到端' });
    await item.waitFor();
    await item.locator('img').first().waitFor();
    await snap(reg, 'supervision-04-finding-recorded');
    const noticeHref = (await item.locator('a[href^="/supervision/notices/"]').getAttribute('href'))!;
    await reg.setViewportSize(DESKTOP);
    expect(await openFindings(reg)).toBe(before + 1);

    // The enterprise answers on its phone with a photo of the rectification.
    await login(ent, platform.url, 'hunan.enterprise');
    await ent.goto(`${platform.url}${noticeHref}`);
    await ent.getByTestId('respond-form').waitFor();
    await ent.getByTestId('respond-message').fill('已完成南侧道路混凝土硬化，出口设置自动洗车台');
    await ent.getByTestId('respond-photos').setInputFiles({
      name: 'after.jpg',
      mimeType: 'image/jpeg',
      buffer: await sitePhoto(ent, '整改后 道路硬化完成 2026-04-22', '2026:04:22 16:40:00'),
    });
    await ent.getByTestId('respond-photos').locator('xpath=..').locator('img').first().waitFor();
    await snap(ent, 'supervision-05-enterprise-phone');
    await ent.getByTestId('respond-send').click();
    await ent.getByText('整改回复已提交，等待主管部门复查', { exact: true }).waitFor();
    await ent.getByTestId('event-responded').waitFor();
    await ent
      .getByTestId('notice-status')
      .filter({ hasText: /^待复查$/ })
      .waitFor();
    await snap(ent, 'supervision-06-enterprise-responded');

    // The regulator verifies and closes it; the dashboard's open count drops back.
    await reg.goto(`${platform.url}${noticeHref}`);
    await reg.getByTestId('verify-form').waitFor();
    await reg.getByTestId('event-responded').locator('img').first().waitFor();
    await snap(reg, 'supervision-07-verify');
    await reg.getByTestId('notice-close').click();
    await reg.getByText('通知单已关闭', { exact: true }).waitFor();
    await reg
      .getByTestId('notice-status')
      .filter({ hasText: /^已闭合$/ })
      .waitFor();
    await reg.getByTestId('event-closed').waitFor();
    await snap(reg, 'supervision-08-closed');
    const after = await openFindings(reg);
    expect(after).toBe(before);
    await snap(reg, 'supervision-09-dashboard-after');

    // The support-and-cost tab of the same project, and the regions side by side for the ministry.
    await reg.goto(`${platform.url}${noticeHref}`);
    const projectHref = (await reg.locator('a[href$="/supervision"]').first().getAttribute('href'))!;
    await reg.goto(`${platform.url}${projectHref.replace(/\/supervision$/, '/support')}`);
    await reg.getByTestId('cost-export').waitFor();
    await snap(reg, 'supervision-10-support-and-cost');
    const ministry = await (await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
    await login(ministry, platform.url, 'ministry');
    await ministry.goto(`${platform.url}/support`);
    await ministry.getByTestId('support-money-chart').locator('canvas').first().waitFor();
    await ministry.getByRole('cell', { name: '深圳市' }).first().waitFor();
    await snap(ministry, 'supervision-11-ministry-support');
  });
});
