import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, login, snap, startPlatform, type RunningPlatform, printServerLogOnFailure, openMenu } from './support/platform.js';

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

const PROJECT = '开福区绿色低碳安置房（端到端）';
/** The application's name in this attempt: a retry applies afresh under its own name, so it never meets the first try's rows. */
let project = PROJECT;
let attempt = 0;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Waits until the built web app is served in full (the shared dist/web may be rebuilt while tests run). */
async function webReady() {
  for (let i = 0; i < 60; i++) {
    const html = await fetch(`${platform.url}/login`).then(
      (r) => (r.ok ? r.text() : ''),
      () => '',
    );
    const script = /src="([^"]+\.js)"/.exec(html)?.[1];
    if (
      script &&
      (await fetch(platform.url + script, { method: 'HEAD' }).then(
        (r) => r.ok,
        () => false,
      ))
    )
      return;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

async function as(username: string): Promise<Page> {
  await webReady();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await login(page, platform.url, username);
  return page;
}

/** antd InputNumber: the test id may sit on the wrapper or on the input itself. */
async function fillNumber(page: Page, testId: string, value: number) {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await input.fill(String(value));
}

async function openApplication(page: Page) {
  await page.goto(`${platform.url}/review/applications`);
  await page.getByRole('link', { name: project, exact: true }).click();
  await page.waitForURL(/\/review\/applications\/[0-9a-f-]{36}$/);
  await page.getByTestId('project-header').waitFor();
}

describe('pilot programme in chromium', () => {
  it('enterprise applies → regulator assigns experts → experts score → regulator selects → the public sees it', async () => {
    project = attempt++ === 0 ? PROJECT : `${PROJECT}${attempt}`;
    // 1. The enterprise applies with an attachment.
    const ent = await as('hunan.enterprise');
    await openMenu(ent, '在线申报');
    await ent.waitForURL(/\/review\/apply/);
    await ent.getByTestId('apply-name').fill(project);
    await fillNumber(ent, 'apply-area', 48000);
    await fillNumber(ent, 'apply-lng', 112.99);
    await fillNumber(ent, 'apply-lat', 28.26);
    await ent.locator('input[type=file]').setInputFiles({ name: '绿色策划方案.pdf', mimeType: 'application/pdf', buffer: PDF });
    await ent.getByText('绿色策划方案.pdf').waitFor();
    await snap(ent, 'pilots-01-apply');
    await ent.getByTestId('apply-submit').click();
    await ent.waitForURL(/\/review\/applications\/[0-9a-f-]{36}$/);
    await ent.getByRole('link', { name: '绿色策划方案.pdf' }).waitFor();
    await ent.getByTestId('project-header').getByText('申报', { exact: true }).waitFor();
    await snap(ent, 'pilots-02-applied');

    // 2. The regulator assigns three experts; the conflicted one cannot be picked.
    const reg = await as('hunan.regulator');
    await openApplication(reg);
    await reg.getByTestId('assign-experts').click();
    const dialog = reg.getByRole('dialog');
    await dialog.getByText('王工（专家，演示）').waitFor();
    expect(await dialog.getByText('利益冲突').count()).toBe(0);
    for (const name of ['王工（专家，演示）', '李工（专家，演示）', '张工（专家，演示）']) await dialog.getByText(name).click();
    await snap(reg, 'pilots-03-assign');
    await dialog.getByRole('button', { name: /确\s*认/ }).click();
    await reg.getByText('专家已分配').waitFor();
    await reg.getByTestId('expert-table').getByText('张工（专家，演示）').waitFor();
    await reg.getByTestId('project-header').getByText('评审中').waitFor();
    await snap(reg, 'pilots-04-assigned');

    // 3. Each expert scores from their own list.
    const sheets: Record<string, number[]> = {
      'expert.wang': [22, 18, 17, 16, 12],
      'expert.li': [20, 16, 18, 15, 13],
      'expert.zhang': [23, 17, 16, 18, 11],
    };
    for (const [username, scores] of Object.entries(sheets)) {
      const ex = await as(username);
      await openMenu(ex, '我的评审');
      await ex.getByRole('link', { name: project, exact: true }).click();
      await ex.getByTestId('score-1').first().waitFor();
      for (const [i, s] of scores.entries()) await fillNumber(ex, `score-${i + 1}`, s);
      await ex.getByTestId('score-comment').fill('绿色策划完整，减量化目标明确，同意入选。');
      await ex
        .getByTestId('score-total')
        .getByText(`${scores.reduce((a, b) => a + b, 0)} / 100`)
        .waitFor();
      if (username === 'expert.wang') await snap(ex, 'pilots-05-expert-scoring');
      await ex.getByTestId('submit-scores').click();
      const confirm = ex.getByRole('dialog');
      await confirm.getByRole('button', { name: /确\s*认/ }).click();
      await confirm.waitFor({ state: 'hidden' });
      // The card's own status tag, which stays (the toast may come and go under load).
      await ex.getByText('已提交', { exact: true }).first().waitFor({ timeout: 60_000 });
      await ex.context().close();
    }

    // 4. The regulator sees the aggregate (85, 82, 85 → 84) and selects.
    await openApplication(reg);
    await reg.getByTestId('mean-total').getByText('84').waitFor();
    await reg.getByTestId('decision-note').fill('专家评审通过，列为第二批试点项目');
    await snap(reg, 'pilots-06-aggregate');
    await reg.getByTestId('decide-selected').click();
    await reg.getByText('已记录评审决定').waitFor();
    await reg.getByTestId('project-header').getByText('入选', { exact: true }).waitFor();
    await snap(reg, 'pilots-07-selected');

    // 5. The public page shows it without signing in.
    const pub = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    await pub.goto(`${platform.url}/public/pilots`);
    await pub.getByRole('tab', { name: /湖南省/ }).click();
    await pub.getByText(project, { exact: true }).waitFor();
    expect(Number(await pub.getByTestId('public-count').locator('.ant-statistic-content-value').innerText())).toBe(12);
    await pub.getByTestId('pilot-map').locator('canvas').first().waitFor();
    await snap(pub, 'pilots-08-public');
    expect(pub.url()).toContain('/public/pilots');
  });

  it('regulator views: register, project detail, programme, dashboard, ministry overview', async () => {
    const reg = await as('hunan.regulator');
    await openMenu(reg, '试点项目');
    await reg.getByRole('link', { name: '长沙梅溪湖国际新城二期安置房' }).waitFor();
    await snap(reg, 'pilots-09-register');
    await reg.getByRole('link', { name: '湘府路快速化改造（湘江大道—万家丽路）' }).click();
    await reg.getByTestId('transition-completed').click();
    await reg
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*认/ })
      .click();
    await reg.getByText('状态已变更').waitFor();
    await reg.getByTestId('project-header').getByText('已完工').waitFor();
    await reg.getByRole('tab', { name: '状态历史' }).click();
    await snap(reg, 'pilots-10-project-history');

    await openMenu(reg, '实施方案');
    await reg.getByTestId('programme-timeline').locator('canvas').first().waitFor();
    await reg.getByText('建立本地区标准部品构件库').first().waitFor();
    await snap(reg, 'pilots-11-programme');

    await openMenu(reg, '监管看板');
    await reg.getByTestId('overdue-milestones').getByText('提出绿色建造政策建议并报住房和城乡建设部').waitFor();
    await snap(reg, 'pilots-12-dashboard');

    const ministry = await as('ministry');
    await openMenu(ministry, '三地对比');
    for (const r of ['hunan', 'shenzhen', 'changzhou']) await ministry.getByTestId(`region-${r}`).waitFor();
    await ministry.waitForTimeout(600);
    await snap(ministry, 'pilots-13-ministry-overview');
  });
});
