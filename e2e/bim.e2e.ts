import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, login, snap, startPlatform, type RunningPlatform, printServerLogOnFailure, openMenu } from './support/platform.js';
import { IFC_TESTDATA_DIR } from '../src/server/testing/sharedData.js';

const FZK = path.join(IFC_TESTDATA_DIR, 'AC20-FZK-Haus.ifc');

let platform: RunningPlatform;
printServerLogOnFailure(() => platform);
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: 'zh-CN' });
  page.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('BIM model → viewer → quantities → carbon in chromium', () => {
  it('uploads a model, shows progress, views it, picks a wall and shows the carbon breakdown', async () => {
    await login(page, platform.url, 'hunan.enterprise');
    await openMenu(page, 'BIM 模型');
    await page.waitForURL(/\/bim$/);
    await page.getByTestId('bim-project-picker').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.waitForURL(/\/projects\/[0-9a-f-]+\/bim/);
    const projectId = /projects\/([0-9a-f-]+)\//.exec(page.url())![1]!;
    await page.getByText('该项目还没有 BIM 模型').waitFor();
    await snap(page, 'bim-01-empty-project');

    // upload → the versions table shows the job's progress until the worker is done
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('bim-upload').click();
    await (await chooser).setFiles(FZK);
    await page.getByText('AC20-FZK-Haus.ifc').waitFor();
    await page.locator('[data-testid="bim-progress"], .ant-tag:has-text("已完成")').first().waitFor();
    await snap(page, 'bim-02-processing');
    await page.locator('.ant-tag:has-text("已完成")').waitFor({ timeout: 120_000 });

    // the viewer draws the server-made geometry file
    const viewer = page.getByTestId('bim-viewer');
    await viewer.locator('canvas').waitFor();
    await page.waitForFunction(() => !!document.querySelector('[data-testid="bim-viewer"]')?.getAttribute('data-loaded-ms'), undefined, {
      timeout: 60_000,
    });
    const loadedMs = Number(await viewer.getAttribute('data-loaded-ms'));
    expect(loadedMs).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await snap(page, 'bim-03-viewer-by-class');

    // pick a wall: click across the view until the panel shows an IfcWall
    const box = (await viewer.boundingBox())!;
    const panel = page.getByTestId('bim-picked');
    let found = false;
    outer: for (const fy of [0.55, 0.5, 0.6, 0.45, 0.65, 0.4, 0.7]) {
      for (const fx of [0.3, 0.7, 0.4, 0.6, 0.25, 0.75, 0.5, 0.35, 0.65]) {
        await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
        await page.waitForTimeout(350);
        const text = await panel.innerText();
        if (/IfcWall/.test(text) && /申报体积/.test(text)) {
          found = true;
          break outer;
        }
      }
    }
    expect(found).toBe(true);
    const text = await panel.innerText();
    expect(text).toMatch(/NetVolume/);
    expect(text).toMatch(/m³/);
    await snap(page, 'bim-04-picked-wall');

    // colour by "has declared quantities", then by storey
    await page.getByTestId('bim-colour').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '按是否有申报工程量' }).click();
    await page.waitForTimeout(800);
    await snap(page, 'bim-05-declared-colouring');

    await page.getByRole('tab', { name: '分类汇总' }).click();
    await page.getByRole('cell', { name: 'IfcWall', exact: true }).waitFor();
    const wallRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'IfcWall', exact: true }) });
    expect(await wallRow.innerText()).toContain('54.48');
    await snap(page, 'bim-06-takeoff');

    // carbon page: model-based breakdown with unmapped quantities listed
    await page.getByRole('button', { name: '隐含碳排放' }).click();
    await page.waitForURL(new RegExp(`/projects/${projectId}/carbon`));
    await page.getByText('材料数量来自 BIM 模型 v1').waitFor();
    await page.getByTestId('carbon-summary').waitFor();
    await page.getByTestId('carbon-unmapped').waitFor();
    expect(await page.getByRole('cell', { name: 'concrete-c30' }).count()).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    await snap(page, 'bim-07-carbon');

    // everything the viewer needed came from our own origin
    const foreign = requests.filter((u) => !u.startsWith(platform.url) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(requests.some((u) => /\/api\/bim\/models\/[0-9a-f-]+\/geometry$/.test(u))).toBe(true);
    // no worker, wasm or fragments file any more: the browser reads one geometry file and builds three.js meshes
    expect(requests.filter((u) => /\.(wasm|frag)$|worker/.test(u))).toEqual([]);
  });
});
