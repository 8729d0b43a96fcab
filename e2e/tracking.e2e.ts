import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, login, snap, startPlatform, type RunningPlatform, printServerLogOnFailure, openMenu } from './support/platform.js';

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

type Dashboard = { rows: Array<{ projectId: string; name: string; cells: Record<string, { value: number | null }> }> };

describe('dynamic tracking in chromium', () => {
  it('ministry sees the dashboard fill from the background snapshots, the regions compared and the catalogue', async () => {
    await login(page, platform.url, 'ministry');
    // The demo's snapshots are computed in the background shortly after start; wait for the latest month.
    const deadline = Date.now() + 90_000;
    for (;;) {
      const d = await page.evaluate(async () => (await (await fetch('/api/tracking/dashboard')).json()) as Dashboard);
      if (d.rows.some((r) => Object.values(r.cells).some((c) => c.value !== null))) break;
      if (Date.now() > deadline) throw new Error('no snapshots after 90 s');
      await page.waitForTimeout(2000);
    }
    await openMenu(page, '动态跟踪看板');
    await page.waitForURL(/\/tracking$/);
    await page.getByTestId('tracking-matrix').locator('[data-light="red"], [data-light="green"]').first().waitFor();
    await page.getByTestId('tracking-distribution').locator('canvas').waitFor();
    await snap(page, 'tracking-01-dashboard');

    await openMenu(page, '三地指标对比');
    await page.waitForURL(/\/tracking\/regions$/);
    await page.getByTestId('regions-table').getByText('建筑垃圾排放强度').first().waitFor();
    await page.getByTestId('regions-chart').locator('canvas').waitFor();
    await snap(page, 'tracking-02-regions');

    await openMenu(page, '指标目录');
    await page.getByTestId('indicator-catalogue').getByText('绿色建材认证产品应用比例').waitFor();
    await snap(page, 'tracking-03-catalogue');
  });

  it('an enterprise enters a manual indicator with evidence on its project tracking page', async () => {
    await login(page, platform.url, 'hunan.enterprise');
    const d = await page.evaluate(async () => (await (await fetch('/api/tracking/dashboard')).json()) as Dashboard);
    const project = d.rows[0]!;
    await page.goto(`${platform.url}/projects/${project.projectId}/tracking`);
    await page.getByTestId('project-header').waitFor();
    await page.getByTestId('tracking-trends').locator('canvas').first().waitFor();

    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gb-e2e-evidence-')), '绿色建材认证汇总.pdf');
    fs.writeFileSync(pdf, '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const form = page.getByTestId('manual-form');
    await form.getByTestId('manual-indicator').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '绿色建材认证产品应用比例' }).click();
    await form.locator('input[data-testid="manual-value"], [data-testid="manual-value"] input').first().fill('62.5');
    await form.locator('input[type=file]').setInputFiles(pdf);
    await form.getByText('绿色建材认证汇总.pdf').waitFor();
    await page.waitForTimeout(500);
    await form.getByTestId('manual-submit').click();
    const row = page.getByTestId('manual-values').getByRole('row').filter({ hasText: '62.5' });
    await row.getByRole('link', { name: '绿色建材认证汇总.pdf' }).waitFor();
    await snap(page, 'tracking-04-project');
    const values = await page.evaluate(
      async (id) =>
        (await (await fetch(`/api/tracking/projects/${id}/manual-values`)).json()) as {
          items: Array<{ value: number; evidence: unknown[] }>;
        },
      project.projectId,
    );
    expect(values.items[0]).toMatchObject({ value: 62.5 });
    expect(values.items[0]!.evidence).toHaveLength(1);
  });
});
