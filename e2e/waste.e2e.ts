import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
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
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

type LeagueRow = { projectId: string; name: string; manifests: number; floorAreaM2: number | null; tonnes: number };

describe('construction waste in chromium', () => {
  it('enterprise issues a manifest → the facility confirms it on a phone → intensity and charts update', async () => {
    await login(page, platform.url, 'hunan.enterprise');
    await openMenu(page, '建筑垃圾');
    await page.waitForURL(/\/waste$/);
    await page.getByTestId('league-chart').locator('canvas').waitFor();
    await page
      .getByRole('cell', { name: /演示|HN-/ })
      .first()
      .waitFor();
    await snap(page, 'waste-01-league');

    // A project of this enterprise with a floor area and no waste data yet, so the change is exactly one load.
    const league = await page.evaluate(async () => (await (await fetch('/api/waste/projects')).json()).items as LeagueRow[]);
    const target = league.find((r) => r.manifests === 0 && r.tonnes === 0 && r.floorAreaM2);
    expect(target, JSON.stringify(league)).toBeTruthy();
    await page.goto(`${platform.url}/projects/${target!.projectId}/waste`);
    await page.getByTestId('kpi-intensity').waitFor();
    expect(await page.getByTestId('kpi-intensity').innerText()).toContain('0');
    await snap(page, 'waste-02-project-before');

    // Gate flow: issue the manifest with the truck at the gate.
    await page.getByTestId('new-manifest').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('车牌号').fill('湘A6E821');
    await dialog.getByLabel('司机', { exact: true }).fill('周师傅');
    await pickOption(page, dialog, '子类', '无机非金属类');
    await pickOption(page, dialog, '阶段', '主体结构');
    await pickOption(page, dialog, '消纳/资源化场所', '长沙市建筑垃圾资源化利用中心');
    await dialog.getByLabel('出场吨数').fill('18');
    await snap(page, 'waste-03-gate-form');
    await dialog.getByRole('button', { name: '开具联单' }).click();
    const slip = page.getByTestId('manifest-slip');
    await slip.waitFor();
    const number = (await slip.getByRole('heading').innerText()).trim();
    expect(number).toMatch(/^LD\d{14}$/);
    await snap(page, 'waste-04-slip-qr');
    await page.getByRole('button', { name: /确\s*认/ }).click();
    const row = page.getByRole('row').filter({ hasText: number });
    await row.getByText('运输中').waitFor();
    const manifestId = (await row.getByRole('link', { name: number }).getAttribute('href'))!.split('/')[3]!;

    // The printable slip carries the QR code of the confirmation URL.
    await page.goto(`${platform.url}/waste/manifests/${manifestId}/slip`);
    await page.getByTestId('slip-qr').locator('svg').waitFor();
    expect(await page.getByText(`/facility/manifests/${manifestId}`).count()).toBe(1);
    await snap(page, 'waste-05-printable-slip');

    // The facility's phone (signed in once) opens the QR URL with its camera app and lands on the confirmation page.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await login(p, platform.url, 'hunan.facility', DEMO_PASSWORD);
    await p.goto(`${platform.url}/facility/manifests/${manifestId}`);
    await p.getByTestId('facility-manifest-number').filter({ hasText: number }).waitFor();
    // The inbox lists it too, and typing the number finds it.
    await p.goto(`${platform.url}/facility`);
    await p.getByTestId('inbox-number').filter({ hasText: number }).waitFor();
    await snap(p, 'waste-06-facility-inbox');
    await p.getByTestId('manifest-number').fill(number);
    await p.getByTestId('find-manifest').click();
    await p.waitForURL(new RegExp(`/facility/manifests/${manifestId}`));
    await p.getByLabel('过磅吨数').fill('17.9');
    await snap(p, 'waste-07-facility-confirm');
    await p.getByTestId('confirm-receipt').click();
    await p.getByTestId('received-tonnes').waitFor();
    expect(await p.getByTestId('manifest-state').first().innerText()).toBe('已接收');
    await snap(p, 'waste-08-facility-received');
    await phone.close();

    // Back on the project page the load counts, once, at the weighbridge figure.
    await page.goto(`${platform.url}/projects/${target!.projectId}/waste`);
    await page.getByTestId('kpi-tonnes').getByText('17.9').waitFor();
    const expected = Math.round((17.9 / (target!.floorAreaM2! / 10_000)) * 10) / 10;
    expect(await page.getByTestId('kpi-intensity').innerText()).toContain(String(expected));
    const api = await page.evaluate(
      async (id) =>
        (await (await fetch(`/api/projects/${id}/waste`)).json()) as {
          intensity: { intensity: number; tonnes: number };
          monthly: Array<{ total: number }>;
        },
      target!.projectId,
    );
    expect(api.intensity).toMatchObject({ tonnes: 17.9, intensity: expected });
    expect(api.monthly.at(-1)!.total).toBe(expected);
    await page.getByRole('row').filter({ hasText: number }).getByText('已接收').waitFor();
    await page.getByTestId('chart-monthly').locator('canvas').waitFor();
    await snap(page, 'waste-09-project-after');
  });

  it('a regulator sees the regional comparison, facilities and alerts', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const r = await ctx.newPage();
    await login(r, platform.url, 'hunan.regulator');
    await openMenu(r, '建筑垃圾');
    await r.getByTestId('league-chart').locator('canvas').waitFor();
    await r
      .getByRole('cell', { name: /达标|超标/ })
      .first()
      .waitFor();
    await snap(r, 'waste-10-regulator-league');
    await r.getByRole('tab', { name: '消纳/资源化场所' }).click();
    await r.getByText('即将到期').first().waitFor();
    await snap(r, 'waste-11-facilities');
    await r.getByRole('tab', { name: '预警' }).click();
    await r.getByText('磅差超限').first().waitFor();
    await snap(r, 'waste-12-alerts');
    await ctx.close();
  });
});
