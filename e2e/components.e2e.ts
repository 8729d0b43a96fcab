import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { request, type Browser, type Page } from 'playwright-core';
import {
  ADMIN_PASSWORD,
  launchBrowser,
  login,
  pickOption,
  snap,
  startPlatform,
  type RunningPlatform,
  printServerLogOnFailure,
  openMenu,
} from './support/platform.js';
import { IFC_TESTDATA_DIR } from '../src/server/testing/sharedData.js';

const TEKLA = path.join(IFC_TESTDATA_DIR, 'ISSUE_021_Mini_Project.ifc');

let platform: RunningPlatform;
printServerLogOnFailure(() => platform);
let browser: Browser;
let page: Page;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-components-e2e-'));

const HEADER = [
  '编码',
  '构件类型',
  '名称',
  '尺寸1 长(mm)',
  '尺寸2 宽(mm)',
  '尺寸3 高/厚(mm)',
  '型材规格',
  '接缝(mm)',
  '材料',
  '强度等级',
  '生产厂家',
  '版本',
  '状态',
];

async function sheet(file: string, rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('湖南扩展库');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path.join(tmp, file));
  return path.join(tmp, file);
}

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

let projectId = '';
type Overview = {
  items: Array<{
    id: string;
    name: string;
    regionCode: string;
    standardisationRate: number | null;
    P: number | null;
    grade: string | null;
  }>;
};

describe('standard component library and prefabrication in chromium', () => {
  it('imports a regional library from Excel, then opens a project’s standardisation KPIs and 装配率 grade', async () => {
    await login(page, platform.url, 'hunan.regulator');
    await openMenu(page, '标准部品构件库');
    await page.waitForURL(`${platform.url}/components`);
    await page.getByTestId('library-table').getByText('DBS-3012-60').first().waitFor();
    await snap(page, 'components-01-library');

    // The demo schedules use two custom sizes; before the import they are non-standard.
    const before = (await (await page.request.get(`${platform.url}/api/prefab/projects`)).json()) as Overview;
    const target = before.items.find((p) => p.standardisationRate !== null && p.P !== null)!;
    projectId = target.id;
    expect(target.regionCode).toBe('hunan');
    expect(target.standardisationRate).toBeLessThan(1);
    // Before the import: the project's two custom sizes are listed with the nearest library spec.
    await page.goto(`${platform.url}/projects/${target.id}/components`);
    await page.getByTestId('non-standard').getByText('DBS-3012-60').waitFor();
    // Its usage comes from a schedule: the 3D panel explains that schedule lines cannot be highlighted.
    expect(await page.getByTestId('nonstandard-viewer').getAttribute('data-highlighted')).toBe('0');
    await page.getByTestId('nonstandard-viewer-empty').getByText('无法在三维模型中高亮').waitFor();
    await snap(page, 'components-02a-project-before-import');
    await openMenu(page, '标准部品构件库');
    // The project page's URL also ends in /components and has its own schedule upload: wait for the library page itself,
    // or on a slow machine the sheet below lands in the project's schedule import instead.
    await page.waitForURL(`${platform.url}/components`);
    await page.getByTestId('library-import').waitFor();

    // A sheet with a bad row is refused whole, with every bad cell named.
    await page.locator('input[type=file]').setInputFiles(
      await sheet('bad.xlsx', [
        [
          'HN-DBS-3313-60',
          '叠合板',
          '湖南叠合板 3300×1350',
          3300,
          1350,
          60,
          null,
          10,
          '混凝土',
          'C30',
          '湖南远大（演示）',
          '2024.1',
          '启用',
        ],
        ['HN-BAD', '楼板', '错误行', 3000, 'abc', 60, null, null, null, null, null, null, null],
      ]),
    );
    const errors = page.getByTestId('import-errors');
    await errors.waitFor({ timeout: 90_000 });
    expect(await errors.innerText()).toContain('导入被拒绝：2 个单元格有误，未导入任何数据');
    expect(await errors.innerText()).toContain('B3');
    expect(await errors.innerText()).toContain('E3');
    await snap(page, 'components-02-import-rejected');

    // The corrected sheet goes in: two regional specs matching the demo projects' custom sizes.
    await page.locator('input[type=file]').setInputFiles(
      await sheet('good.xlsx', [
        [
          'HN-DBS-3313-60',
          '叠合板',
          '湖南叠合板 3300×1350',
          3300,
          1350,
          60,
          null,
          10,
          '混凝土',
          'C30',
          '湖南远大（演示）',
          '2024.1',
          '启用',
        ],
        [
          'HN-WQ-3429-200',
          '预制墙板',
          '湖南外墙板 3450×2900（非模数）',
          3450,
          2900,
          200,
          null,
          10,
          '混凝土',
          'C30',
          '湖南远大（演示）',
          '2024.1',
          '启用',
        ],
      ]),
    );
    await page.getByText('已导入 2 条：新增 2，更新 0').waitFor();
    await page.locator('.ant-select').filter({ hasText: '全部库' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '湖南省' }).click();
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByTestId('library-table').getByText('HN-WQ-3429-200').waitFor();
    // 1350 mm is not on 3M / 2M: flagged with its reason and the nearest modular sizes.
    await page.getByTestId('non-modular').first().hover();
    await page.getByText('宽度 1350 mm 不是 3M、2M 的整数倍，最近的模数尺寸为 1400 或 1200 mm').waitFor();
    await snap(page, 'components-03-imported-regional');

    // One more spec through the form: the server answers its modular check, and it joins the table.
    await page.getByTestId('spec-add').click();
    const form = page.getByTestId('spec-form');
    await form.waitFor();
    await page.locator('#spec_code').fill('HN-KTB-1100-700');
    await pickOption(page, form, '构件类型', '空调板');
    await page.locator('#spec_name').fill('湖南空调板 1100×700');
    await page.locator('#spec_dim0').fill('1100');
    await page.locator('#spec_dim1').fill('700');
    await page.locator('#spec_dim2').fill('80');
    await snap(page, 'components-03b-spec-form');
    await page.getByTestId('spec-save').click();
    await page.getByTestId('spec-result').getByText('全部尺寸符合模数').waitFor();
    await page.getByTestId('spec-done').click();
    await page.getByTestId('library-table').getByText('HN-KTB-1100-700').waitFor();

    // Open the project from the overview.
    await openMenu(page, '标准化与装配率');
    await page.waitForURL(/\/prefab\/projects/);
    await page.getByTestId('prefab-projects').getByRole('link', { name: target.name }).click();
    await page.waitForURL(new RegExp(`/projects/${target.id}/components`));
    const kpis = page.getByTestId('standardisation-kpis');
    await kpis.waitFor();
    // Every unit now matches a library spec: the regional specs cover the two custom sizes.
    await kpis.getByText('100.0%').waitFor();
    const summary = await (await page.request.get(`${platform.url}/api/projects/${target.id}/components/summary`)).json();
    expect(summary.rate).toBe(1);
    expect(summary.nonStandard).toEqual([]);
    await page.getByTestId('spec-chart').locator('canvas').waitFor();
    await snap(page, 'components-04-project-kpis');

    await page.getByRole('button', { name: '装配率计算表' }).click();
    await page.waitForURL(new RegExp(`/projects/${target.id}/prefab`));
    const grade = page.getByTestId('prefab-grade');
    await grade.waitFor();
    expect((await grade.innerText()).trim()).toBe(target.grade ?? '不评级');
    expect(await page.getByTestId('prefab-result').innerText()).toContain(`${target.P}%`);
    await snap(page, 'components-05-prefab-sheet');
  });

  it('highlights a project’s non-standard components in its BIM model', async () => {
    // The demo projects' usage comes from schedules: give the project the shared Tekla model and recognise its members.
    // Cookie sessions write only with our own Origin (CSRF rule), as the browser sends it.
    const api = await request.newContext({ baseURL: platform.url, extraHTTPHeaders: { origin: platform.url } });
    expect((await api.post('/api/auth/login', { data: { username: 'admin', password: ADMIN_PASSWORD } })).ok()).toBe(true);
    const up = await api.post(`/api/projects/${projectId}/bim/models`, {
      multipart: { file: { name: 'ISSUE_021_Mini_Project.ifc', mimeType: 'application/octet-stream', buffer: fs.readFileSync(TEKLA) } },
    });
    expect(up.status()).toBe(202);
    const modelId = (await up.json()).id as string;
    for (const deadline = Date.now() + 170_000; ;) {
      const m = await (await api.get(`/api/bim/models/${modelId}`)).json();
      if (m.status === 'ready') break;
      if (m.status === 'failed' || Date.now() > deadline) throw new Error(`model ${m.status}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const rules = [
      { componentType: 'beam', ifcClass: 'IfcBeam', dimsFrom: 'profile' },
      { componentType: 'column', ifcClass: 'IfcColumn', dimsFrom: 'profile' },
    ];
    expect((await api.put(`/api/projects/${projectId}/components/settings`, { data: { rules, toleranceMm: 5 } })).status()).toBe(204);
    expect(await (await api.post(`/api/projects/${projectId}/components/extract`)).json()).toMatchObject({ modelId, instances: 1975 });
    // The library covers the three most used profiles, so part of the model is standard and stays uncoloured.
    for (const [code, profile] of [
      ['HN-PL-5-30', 'PL5*30'],
      ['HN-HALFEN-38', 'HALFEN38/150/1'],
      ['HN-PL-10-200', 'PL10*200'],
    ]) {
      // A retry of this test finds the specs its first attempt created.
      const existing = (await (await api.get(`/api/components/specs?library=hunan&q=${encodeURIComponent(code)}`)).json()) as {
        items: Array<{ code: string }>;
      };
      if (existing.items.some((i) => i.code === code)) continue;
      expect(
        (
          await api.post('/api/components/specs', {
            data: { regionCode: 'hunan', code, type: 'beam', name: `钢板 ${profile}`, profile, material: 'Q235B' },
          })
        ).status(),
      ).toBe(201);
    }
    const elements = await (await api.get(`/api/projects/${projectId}/components/non-standard-elements`)).json();
    const expected = elements.groups.reduce((n: number, g: { globalIds: string[] }) => n + g.globalIds.length, 0);
    expect(elements).toMatchObject({ modelId, latest: true });
    expect(expected).toBeGreaterThan(0);
    await api.dispose();

    await page.goto(`${platform.url}/projects/${projectId}/components`);
    const panel = page.getByTestId('nonstandard-viewer');
    await panel.locator('canvas').waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="nonstandard-viewer"]')?.getAttribute('data-highlighted')) > 0,
      undefined,
      { timeout: 90_000 },
    );
    // Every non-standard GlobalId the API names is found in the Fragments model and coloured.
    expect(Number(await panel.getAttribute('data-highlighted'))).toBe(expected);
    await panel.getByText(`非标准构件 ${expected} 个已高亮`).waitFor();
    await page.waitForTimeout(500);
    await snap(page, 'components-07-nonstandard-3d');

    // A row of the non-standard list marks that size alone and zooms to it.
    await page.getByTestId('non-standard').locator('tbody tr.ant-table-row').first().click();
    await panel.getByText(/选中的规格（\d+ 个）/).waitFor();
    await page.waitForTimeout(1500);
    await snap(page, 'components-08-nonstandard-selected');
  });

  it('the calculator works without a project and follows the inputs', async () => {
    await openMenu(page, '装配率计算器');
    await page.waitForURL(/\/prefab\/calculator/);
    const result = page.getByTestId('prefab-result');
    await result.getByText('73.4%').waitFor();
    expect((await page.getByTestId('prefab-grade').innerText()).trim()).toBe('A');
    // P = 75.5 case from the domain tests: rounds half-up to 76 → AA.
    const set = async (id: string, v: string) => {
      const input = page.getByRole('spinbutton', { name: id, exact: true });
      await input.fill(v);
      await input.blur();
    };
    await set('q1a', '35');
    await set('q1b', '70');
    await set('q2a', '80');
    await page.getByRole('row', { name: /q2b/ }).getByRole('checkbox').uncheck();
    await set('q2b', '50');
    await set('q2c', '50');
    await set('q2d', '80');
    await set('q3a', '70');
    await page.getByRole('row', { name: /q3b/ }).getByRole('checkbox').check();
    await set('q3c', '90');
    await page.getByRole('row', { name: /q3d/ }).getByRole('checkbox').uncheck();
    await set('q3d', '70');
    await result.getByText('75.5%').waitFor();
    expect((await page.getByTestId('prefab-grade').innerText()).trim()).toBe('AA');
    await snap(page, 'components-06-calculator');
  });
});
