// Smart site in chromium: a site manager registers an HJ 212 monitor, the monitor's reading sent over real TCP shows
// up live on the site page, the noise alarm it causes is raised and acknowledged; the regulator's overview and the
// trend chart are checked on the way.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { encodeFrame } from '../src/domain/hj212/index.js';
import { launchBrowser, login, snap, startPlatform, type RunningPlatform, printServerLogOnFailure, openMenu } from './support/platform.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

let platform: RunningPlatform;
printServerLogOnFailure(() => platform);
let browser: Browser;
let page: Page;
let hjPort: number;

beforeAll(async () => {
  hjPort = await freePort();
  platform = await startPlatform({ GREENBUILD_LISTENERS: '1', HJ212_PORT: String(hjPort), MQTT_PORT: String(await freePort()) });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const MN = 'E2E0001A8900016F000169DC0';
const PW = 'e2e123';

/** Sends one HJ 212 real-time upload (Flag=5) and resolves with the 9014 reply. */
async function sendHj212(values: { pm10: number; noise: number }): Promise<string> {
  const now = new Date();
  const dt = new Date(now.getTime() + 8 * 3_600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const frame = encodeFrame(
    `QN=${dt}000;ST=39;CN=2011;PW=${PW};MN=${MN};Flag=5;CP=&&DataTime=${dt};a34002-Rtd=${values.pm10},a34002-Flag=N;Leq-Rtd=${values.noise},Leq-Flag=N&&`,
  );
  const socket = net.connect(hjPort, '127.0.0.1');
  let reply = '';
  socket.on('data', (d) => (reply += d.toString()));
  await new Promise((r) => socket.once('connect', r));
  // Split across two writes, as TCP may deliver it.
  socket.write(frame.subarray(0, 40));
  await new Promise((r) => setTimeout(r, 50));
  socket.write(frame.subarray(40));
  const deadline = Date.now() + 10_000;
  while (!reply.includes('\r\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  socket.destroy();
  return reply;
}

describe('smart site in chromium', () => {
  it('registers an HJ 212 monitor, shows its reading live, raises and acknowledges the alarm', async () => {
    await login(page, platform.url, 'hunan.enterprise');
    await openMenu(page, '智慧工地');
    await page.waitForURL(/\/site$/);
    await page.getByTestId('sites-table').locator('tbody tr a').first().waitFor();
    await snap(page, 'site-01-overview-enterprise');

    await page.getByTestId('sites-table').locator('tbody tr a').first().click();
    await page.waitForURL(/\/projects\/[0-9a-f-]+\/site$/);
    await page.getByText('PM10 超标率（近30天）').waitFor();
    await page.locator('[data-testid^="tile-"]').first().waitFor();
    await snap(page, 'site-02-live-tiles');

    // Register the monitor as it is configured in the field (MN and PW).
    await page.getByRole('tab', { name: '设备管理' }).click();
    await page.getByTestId('new-device').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('E2E 扬尘噪声监测仪');
    await dialog.getByLabel('MN 编码').fill(MN);
    await dialog.getByLabel('HJ 212 密码 (PW)').fill(PW);
    await snap(page, 'site-03-register-device');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    // The connection panel: where to point the monitor, and a test command whose frame carries its MN and password.
    const panel = page.getByTestId('device-connection');
    await panel.waitFor();
    // The port this instance listens on (the test picks a free one; 9212 by default).
    expect(await panel.innerText()).toContain(String(hjPort));
    const testCommand = await page.getByTestId('test-command-hj212').innerText();
    expect(testCommand).toContain(`MN=${MN}`);
    expect(testCommand).toContain(`PW=${PW}`);
    await snap(page, 'site-03b-connection-panel');
    await page
      .getByRole('dialog')
      .filter({ has: panel })
      .getByRole('button', { name: /Close|关闭/ })
      .click();
    await page.getByRole('cell', { name: 'E2E 扬尘噪声监测仪' }).waitFor();
    await snap(page, 'site-04-devices');

    // The monitor uploads over HJ 212; the 9014 reply means it is stored.
    await page.getByRole('tab', { name: '实时监测' }).click();
    const reply = await sendHj212({ pm10: 64.5, noise: 86.5 });
    expect(reply).toContain('CN=9014');
    const tile = page.locator('[data-testid^="tile-"]').filter({ hasText: 'E2E 扬尘噪声监测仪' });
    await tile.getByText('86.5').waitFor({ timeout: 30_000 });
    await tile.getByText('64.5').waitFor();
    expect(await tile.getByText('在线').count()).toBe(1);
    await snap(page, 'site-05-reading-live');

    // GB 12523: 86.5 dB(A) is over both the day (70) and night (55) limit; the alarm job raises it within seconds.
    await page.getByText(/新告警：E2E 扬尘噪声监测仪/).waitFor({ timeout: 45_000 });
    await snap(page, 'site-06-alarm-notification');
    await page.getByRole('tab', { name: '告警处理' }).click();
    const row = page.getByTestId('alarms-table').locator('tbody tr').filter({ hasText: 'E2E 扬尘噪声监测仪' });
    await row.getByText('未处理', { exact: true }).waitFor();
    await row.getByText('86.5').waitFor();
    await row.getByRole('button', { name: /确\s*认/ }).click();
    await row.getByText('已确认', { exact: true }).waitFor();
    await row.getByText(/已确认：hunan\.enterprise/).waitFor();
    await snap(page, 'site-07-alarm-acknowledged');

    // The trend chart of a monitor with history: raw readings over hours, hourly means over a month.
    await page.getByRole('tab', { name: '趋势分析' }).click();
    await page.getByTestId('trend-device').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '1号扬尘噪声监测仪' }).click();
    await page.getByRole('button', { name: '近6小时' }).click();
    await page.getByTestId('trend-resolution').getByText('原始数据').waitFor();
    await page.waitForTimeout(800);
    await snap(page, 'site-08-trend-raw');
    await page.getByRole('button', { name: '近30天' }).click();
    await page.getByTestId('trend-resolution').getByText('小时均值').waitFor();
    await page.waitForTimeout(800);
    await snap(page, 'site-09-trend-hourly');
  });

  it('shows the regulator every site of the region with its alarms', async () => {
    const p2 = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await login(p2, platform.url, 'hunan.regulator');
    await p2.goto(`${platform.url}/site`);
    await p2.getByTestId('sites-table').locator('tbody tr a').first().waitFor();
    await snap(p2, 'site-10-overview-regulator');
    await p2.getByRole('tab', { name: '告警' }).click();
    await p2.getByTestId('alarms-table').locator('tbody tr').filter({ hasText: 'E2E 扬尘噪声监测仪' }).first().waitFor();
    await snap(p2, 'site-11-regulator-alarms');
    await p2.getByRole('tab', { name: '阈值规则' }).click();
    await p2.getByText('GB 12523-2011 表1 昼间 70 dB(A)').waitFor();
    await snap(p2, 'site-12-rules');
    await p2.close();
  });
});
