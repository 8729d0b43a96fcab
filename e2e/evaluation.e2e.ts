import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  login,
  snap,
  startPlatform,
  screenshotDir,
  type RunningPlatform,
  printServerLogOnFailure,
} from './support/platform.js';

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
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  await login(page, platform.url, username);
  return page;
}

/** Picks `option` in the antd Select with the given test id. */
async function choose(page: Page, testId: string, option: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByTestId(testId).click();
    const dropdown = page.locator('.ant-select-dropdown:visible');
    await dropdown.waitFor();
    await page.waitForTimeout(250);
    await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
    await dropdown.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => page.keyboard.press('Escape'));
    if ((await page.getByTestId(testId).innerText()).includes(option)) return;
  }
  throw new Error(`could not pick ${option} in ${testId}`);
}

async function confirmPop(page: Page) {
  await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
}

type Item = {
  itemId: string;
  mode: string;
  allowedScores: number[] | null;
  maxScore: number;
  auto: { value: number | null; asOf: string } | null;
  entry: unknown;
};
type Detail = { id: string; status: string; items: Item[]; score: number | null };

/** Indicator items without data are judged 不适用 (a demo site may have no monitor for the month). */
async function naForMissing(page: Page, ev: Detail) {
  if (ev.status === 'closed') return;
  for (const i of ev.items.filter((x) => x.mode === 'indicator' && x.auto?.value === null && !x.entry)) {
    const r = await page.request.put(`${platform.url}/api/evaluation/evaluations/${ev.id}/items/${i.itemId}`, {
      data: { notApplicable: true, reason: '本月无监测数据' },
      headers: { origin: platform.url },
    });
    expect(r.status()).toBe(200);
  }
}

describe('evaluation in chromium', () => {
  it('self-evaluation fills automatic items → expert scores → regulator ranks and exports the PDF report', async () => {
    // Pick an implementing Hunan demo project of the enterprise.
    const ent = await as('hunan.enterprise');
    const projects = (await (await ent.request.get(`${platform.url}/api/projects?pageSize=100`)).json()) as {
      items: Array<{ id: string; code: string; name: string; status: string; regionCode: string }>;
    };
    const candidates = projects.items
      .filter((p) => ['implementing', 'completed'].includes(p.status) && p.regionCode === 'hunan')
      .sort((a, b) => a.code.localeCompare(b.code));
    // Prefer a project with waste records, so the automatic waste items have a figure to show.
    let project = candidates[0]!;
    for (const c of candidates) {
      const w = await (await ent.request.get(`${platform.url}/api/projects/${c.id}/waste`)).json();
      if (w.intensity?.intensity !== null && w.intensity?.tonnes > 0) {
        project = c;
        break;
      }
    }
    expect(project).toBeTruthy();

    // 1. The enterprise drafts (a change to) the project's green plan with a waste-intensity target and submits it.
    await ent.goto(`${platform.url}/projects/${project.id}/plan`);
    await ent.getByTestId('project-header').waitFor();
    await ent.waitForLoadState('networkidle');
    if (await ent.getByTestId('plan-edit').isVisible()) {
      await ent.getByTestId('plan-edit').click();
      await ent.getByTestId('add-target').click();
      await choose(ent, 'target-indicator', '建筑垃圾排放强度');
      await ent.getByTestId('target-name').fill('建筑垃圾排放强度不高于 280 t/万m²');
      await ent.locator('input[data-testid="target-value"], [data-testid="target-value"] input').first().fill('280');
      await ent.getByTestId('target-ok').click();
      await ent.getByTestId('plan-targets').getByText('建筑垃圾排放强度不高于 280 t/万m²').first().waitFor();
      await snap(ent, 'evaluation-01-plan-draft');
      await ent.getByTestId('plan-save').click();
      await ent.getByTestId('plan-edit').waitFor();
    }
    if (await ent.getByTestId('plan-submit').isVisible()) {
      await ent.getByTestId('plan-submit').click();
      await ent.getByTestId('plan-submit-confirm').click();
      await ent.getByTestId('plan-submit').waitFor({ state: 'hidden' });
    }
    await snap(ent, 'evaluation-01-plan-submitted');

    // 2. The regulator approves it.
    const reg = await as('hunan.regulator');
    await reg.goto(`${platform.url}/projects/${project.id}/plan`);
    await reg.getByTestId('project-header').waitFor();
    await reg.waitForLoadState('networkidle');
    // (A retried run finds the plan approved already.)
    if (await reg.getByTestId('plan-approve').isVisible()) {
      await reg.getByTestId('plan-approve').click();
      await reg.getByTestId('plan-review-comment').fill('同意，按方案实施。');
      await reg.getByTestId('plan-review-confirm').click();
      await reg.getByTestId('plan-approve').waitFor({ state: 'hidden' });
    }
    await snap(reg, 'evaluation-02-plan-approved');

    // 3. The enterprise opens this month's self-evaluation; indicator items fill themselves.
    await ent.goto(`${platform.url}/projects/${project.id}/evaluations`);
    await ent.getByTestId('evaluation-table').waitFor();
    // A retried run finds this month's evaluation already open (or closed) and continues with it.
    const existing = (
      (await (await ent.request.get(`${platform.url}/api/evaluation/projects/${project.id}/evaluations`)).json()) as {
        items: Array<{ id: string; kind: string; period: string | null }>;
      }
    ).items.find((e) => e.kind === 'monthly_self' && e.period === new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7));
    if (existing) await ent.goto(`${platform.url}/projects/${project.id}/evaluations?e=${existing.id}`);
    else {
      await ent.getByTestId('eval-open-monthly').click();
      await ent.getByTestId('eval-open-ok').click();
    }
    await ent
      .getByTestId('evaluation-panel')
      .waitFor()
      .catch(async (e) => {
        await snap(ent, 'evaluation-debug-open');
        throw e;
      });
    const evId = new URL(ent.url()).searchParams.get('e')!;
    const auto = ent.getByTestId('item-auto-construction.res.g1');
    await auto.waitFor();
    const detail = (await (await ent.request.get(`${platform.url}/api/evaluation/evaluations/${evId}`)).json()) as Detail;
    const g1 = detail.items.find((i) => i.itemId === 'construction.res.g1')!;
    const wastePage = await (
      await ent.request.get(`${platform.url}/api/projects/${project.id}/waste?asOf=${encodeURIComponent(g1.auto!.asOf)}`)
    ).json();
    // The evaluation's waste intensity is the waste page's figure for the same moment.
    expect(g1.auto!.value).not.toBeNull();
    expect(g1.auto!.value).toBe(wastePage.intensity.intensity);
    expect(await auto.innerText()).toContain(String(Number(g1.auto!.value!.toFixed(2))));
    await snap(ent, 'evaluation-03-self-auto');

    // The enterprise self-scores: one item through the form, the rest through the same API, then submits and closes.
    if (detail.status === 'open') await choose(ent, 'item-score-construction.env.g3', '2');
    if (detail.status === 'open')
      for (const i of detail.items.filter((x) => x.mode !== 'indicator' && x.itemId !== 'construction.env.g3')) {
        const score = i.allowedScores ? Math.max(...i.allowedScores) : i.maxScore;
        expect(
          (
            await ent.request.put(`${platform.url}/api/evaluation/evaluations/${evId}/items/${i.itemId}`, {
              data: { score },
              headers: { origin: platform.url },
            })
          ).status(),
        ).toBe(200);
      }
    await naForMissing(ent, detail);
    await ent.reload();
    if (detail.status === 'open') {
      await ent.getByTestId('evaluation-submit').click();
      await ent.getByTestId('evaluation-status').filter({ hasText: '已提交' }).waitFor();
    }
    if (detail.status !== 'closed') {
      await ent.getByTestId('evaluation-close').click();
      await confirmPop(ent);
    }
    await ent.getByTestId('evaluation-status').filter({ hasText: '已关闭' }).waitFor();
    await ent.getByTestId('evaluation-recompute').click();
    await ent.getByText(/重算结果与关闭时一致/).waitFor();
    await snap(ent, 'evaluation-03-self-closed');

    // 4. The regulator opens a stage expert evaluation and assigns an unconflicted expert.
    await reg.goto(`${platform.url}/projects/${project.id}/evaluations`);
    await reg.getByTestId('eval-open-stage').click();
    await reg.getByTestId('eval-open-ok').click();
    await reg.getByTestId('evaluation-panel').waitFor();
    const stageEvId = new URL(reg.url()).searchParams.get('e')!;
    await reg.getByTestId('evaluation-assign').click();
    await reg.getByTestId('assign-experts').click();
    const options = reg.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    // Experts whose organisation takes part in the project are listed as conflicted and cannot be picked.
    const pool = (await (await reg.request.get(`${platform.url}/api/evaluation/evaluations/${stageEvId}/experts/candidates`)).json()) as {
      items: Array<{ username: string; conflict: boolean }>;
    };
    expect(pool.items.find((c) => c.username === 'expert.wang')?.conflict).toBe(false);
    await expect
      .poll(
        async () => reg.locator('.ant-select-dropdown:visible .ant-select-item-option-disabled').filter({ hasText: '利益冲突' }).count(),
        { timeout: 10_000 },
      )
      .toBe(pool.items.filter((c) => c.conflict).length)
      .catch(async (e) => {
        console.error('options:', await options.allInnerTexts(), JSON.stringify(pool.items));
        throw e;
      });
    await options.filter({ hasText: 'expert.wang' }).click();
    await reg.keyboard.press('Escape');
    await reg.getByTestId('assign-ok').click();
    await reg.getByTestId('evaluation-experts').getByText('王工').waitFor();
    await snap(reg, 'evaluation-04-assign');

    const wang = await as('expert.wang');
    await wang.goto(`${platform.url}/evaluation/mine`);
    await wang.getByTestId(`my-evaluation-${project.code}`).click();
    await wang.getByTestId('evaluation-panel').waitFor();
    const stage = (await (await wang.request.get(`${platform.url}/api/evaluation/evaluations/${stageEvId}`)).json()) as Detail;
    for (const i of stage.items.filter((x) => x.mode === 'expert'))
      await choose(wang, `expert-score-${i.itemId}`, String(i.allowedScores ? Math.max(...i.allowedScores) : i.maxScore));
    await wang.getByTestId('expert-overall').fill('绿色施工措施落实到位，建议加强噪声监测。');
    await wang.getByTestId('expert-submit').click();
    await confirmPop(wang);
    await wang.getByText('评分已提交').waitFor();
    await snap(wang, 'evaluation-04-expert-scored');

    await naForMissing(reg, stage);
    await reg.reload();
    await reg.getByTestId('evaluation-close').click();
    await confirmPop(reg);
    await reg.getByTestId('evaluation-status').filter({ hasText: '已关闭' }).waitFor();
    await reg.getByText('王工（专家，演示）: ').first().waitFor();
    await snap(reg, 'evaluation-04-stage-closed');

    // 5. The regulator sees the ranking and exports the project's PDF report.
    await reg.goto(`${platform.url}/evaluation/ranking`);
    await reg.getByTestId(`ranking-project-${project.code}`).waitFor();
    await reg.getByTestId('ranking-chart').locator('canvas').waitFor();
    expect(await reg.getByTestId(`ranking-grade-${project.code}`).innerText()).not.toBe('未评价');
    await snap(reg, 'evaluation-05-ranking');
    const [download] = await Promise.all([reg.waitForEvent('download'), reg.getByTestId(`ranking-pdf-${project.code}`).click()]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-e2e-pdf-'));
    const pdf = path.join(dir, 'report.pdf');
    await download.saveAs(pdf);

    // 6. The PDF holds the Chinese text and renders to a non-blank page.
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('绿色建造项目评价报告');
    expect(text).toContain(project.name);
    expect(text).toContain('评价指标得分及依据');
    fs.mkdirSync(screenshotDir, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      path.join(screenshotDir, 'evaluation-06-report-page1'),
    ]);
    execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(dir, 'page')]);
    const pgm = fs.readFileSync(path.join(dir, 'page.pgm'));
    // P5 header: magic, width, height, maxval, then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const pixels = pgm.subarray(header[0].length);
    const dark = pixels.filter((v) => v < 128).length;
    expect(dark / pixels.length).toBeGreaterThan(0.01);
    expect(fs.statSync(path.join(screenshotDir, 'evaluation-06-report-page1.png')).size).toBeGreaterThan(10_000);
    fs.rmSync(dir, { recursive: true, force: true });
    await reg.goto(`${platform.url}/evaluation/summary`);
    await reg.getByTestId('policy-add').click();
    await reg.getByTestId('policy-title-0').fill('完善绿色建造评价标准');
    await reg.getByTestId('policy-body-0').fill('建议出台地方绿色建造评价细则。');
    await reg.getByTestId('policy-save').click();
    await reg.getByText('已保存').waitFor();
    const policies = await (await reg.request.get(`${platform.url}/api/evaluation/regions/hunan/policies`)).json();
    expect(policies.items.map((x: { title: string }) => x.title)).toContain('完善绿色建造评价标准');
    await expect.poll(() => reg.getByTestId('policy-title-0').inputValue()).toBe('完善绿色建造评价标准');
    await snap(reg, 'evaluation-05-summary');
    await reg.goto(`${platform.url}/evaluation/schemes`);
    await reg.getByTestId('scheme-green-construction-pilot-1').click();
    await reg.getByTestId('scheme-tree').waitFor();
    await snap(reg, 'evaluation-schemes');
    // The regulator clones the pilot scheme into Hunan and adjusts a weight; a sum other than 1 is refused with its path.
    await reg.getByTestId('scheme-clone').click();
    await reg.getByTestId('scheme-hunan-green-construction-pilot-1').click();
    await reg.getByTestId('scheme-weights').click();
    const weight = reg.locator('input[data-testid="weight-construction"], [data-testid="weight-construction"] input').first();
    await weight.fill('0.5');
    await reg.getByTestId('weights-save').click();
    await reg
      .getByTestId('weights-errors')
      .getByText(/stages.*weights must sum to 1/)
      .waitFor();
    await snap(reg, 'evaluation-schemes-weights-refused');
    await weight.fill('0.4');
    await reg.getByTestId('weights-save').click();
    await reg.getByTestId('weights-save').waitFor({ state: 'hidden' });

    // The tracking dashboard and the public practices page, where the other parts of the programme show.
    await reg.goto(`${platform.url}/tracking`);
    await reg.waitForLoadState('networkidle');
    await snap(reg, 'evaluation-07-tracking');
    const anon = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await anon.goto(`${platform.url}/public/practices`);
    await anon.waitForLoadState('networkidle');
    await snap(anon, 'evaluation-08-public-practices');
  }, 240_000);
});
