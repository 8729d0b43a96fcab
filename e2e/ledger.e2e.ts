import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  login,
  pickOption,
  snap,
  startPlatform,
  ADMIN_PASSWORD,
  DEMO_PASSWORD,
  type RunningPlatform,
  printServerLogOnFailure,
  openMenu,
} from './support/platform.js';
import { openDatabase } from '../src/server/db/database.js';
import { openTestDatabase } from '../src/server/testing/harness.js';
import { migrate } from '../src/server/db/migrate.js';
import { loadConfig } from '../src/server/config.js';
import { bootstrap } from '../src/server/bootstrap.js';
import { createOrganisation, createUser } from '../src/server/modules/accounts/store.js';
import { createProjectForTest } from '../src/server/modules/projects/fixtures.js';

const ENTERPRISE = '湘江建设集团有限公司（e2e）';

/**
 * Prepares the database before the server starts: the admin, one enterprise and its prefabricated project.
 * The demo stays off so this journey does not depend on other capabilities' demo data.
 */
async function prepareDatabase(dataDir: string): Promise<Record<string, string>> {
  const fresh = process.env.DATABASE_URL ? await openTestDatabase() : null;
  const database = fresh?.database ?? (await openDatabase({ dataDir }));
  await migrate(database);
  const config = loadConfig({ DATA_DIR: dataDir, GREENBUILD_ADMIN_PASSWORD: ADMIN_PASSWORD, GREENBUILD_DEMO: '0' });
  await bootstrap(config, database, () => undefined);
  const actor = { id: null, name: 'e2e-setup', role: null, ip: null };
  await database.db.transaction(async (tx) => {
    const org = await createOrganisation(tx, actor, { name: ENTERPRISE, kind: 'enterprise', regionCode: 'hunan' });
    await createUser(tx, actor, {
      username: 'xj.manager',
      displayName: '湘江项目经理',
      role: 'enterprise',
      organisationId: org.id,
      password: DEMO_PASSWORD,
    });
  });
  await createProjectForTest(database.db, {
    ownerOrganisationName: ENTERPRISE,
    regionCode: 'hunan',
    name: '长沙装配式安置房（e2e）',
    isPrefabricated: true,
  });
  await database.close();
  dropDatabase = fresh?.drop ?? (async () => undefined);
  return { DATA_DIR: dataDir, GREENBUILD_DEMO: '0', ...(fresh?.databaseUrl ? { DATABASE_URL: fresh.databaseUrl } : {}) };
}
let dropDatabase = async () => undefined as void;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-e2e-ledger-'));

let platform: RunningPlatform;
printServerLogOnFailure(() => platform);
let browser: Browser;
let page: Page;
const pdfPath = path.join(os.tmpdir(), `隐蔽验收记录-${process.pid}.pdf`);

beforeAll(async () => {
  fs.writeFileSync(pdfPath, '%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <<>>\n%%EOF\n');
  platform = await startPlatform(await prepareDatabase(dataDir));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await dropDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(pdfPath, { force: true });
});

describe('quality traceability in chromium', () => {
  let recordId = '';

  it('an enterprise records a concealed-works acceptance with an attachment; it lands in the ledger', async () => {
    await login(page, platform.url, 'xj.manager');
    await openMenu(page, '质量追溯');
    await page.waitForURL(/\/quality$/);
    await page.getByTestId('ledger-status').waitFor();
    const firstProject = page.locator('.ant-table-row a').first();
    await firstProject.waitFor();
    await snap(page, 'ledger-01-projects');
    await firstProject.click();
    await page.waitForURL(/\/projects\/[0-9a-f-]+\/quality$/);
    await page.getByTestId('quality-project-name').waitFor();

    await page.getByTestId('new-quality-record').click();
    const dialog = page.getByRole('dialog');
    await pickOption(page, dialog, '记录类型', '隐蔽工程验收');
    await dialog.getByLabel('内容').fill('6 层梁板钢筋隐蔽验收（e2e）');
    await dialog.getByLabel('部位').fill('6 层 1-8/A-F 轴');
    await dialog.getByLabel('批号/编号').fill('YS-E2E-06');
    await dialog.getByLabel('检查/验收人').fill('赵总监');
    await dialog.getByLabel('联系电话').fill('13912345678');
    await dialog.locator('input[type=file]').setInputFiles(pdfPath);
    await dialog.locator('.ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)').first().waitFor();
    await snap(page, 'ledger-02-new-record');
    const created = page.waitForResponse((r) => r.url().endsWith('/quality/records') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const res = await created;
    expect(res.status()).toBe(201);
    const body = await res.json();
    recordId = body.id;
    expect(body.attachments).toHaveLength(1);
    await page.getByText(`已写入质量追溯日志：第 ${body.ledgerIndex} 号条目`).waitFor();
    await page.getByRole('cell', { name: /6 层梁板钢筋隐蔽验收（e2e）/ }).waitFor();
    await snap(page, 'ledger-03-records');

    // Two precast components made for this project (recorded through the API, as a factory system would).
    const projectId = /\/projects\/([0-9a-f-]+)\/quality/.exec(page.url())![1];
    for (const n of ['0001', '0002']) {
      const r = await page.request.post(`${platform.url}/api/projects/${projectId}/quality/records`, {
        headers: { origin: platform.url },
        data: {
          kind: 'component_production',
          recordDate: '2026-03-01',
          subject: '预制叠合板 YB-3630',
          componentId: `PC-YB-${n}`,
          specId: 'LIB-YB-3630',
          supplier: '远大住工',
          result: 'pass',
        },
      });
      expect(r.status()).toBe(201);
    }
    await page.reload();
    await page.getByRole('cell', { name: 'PC-YB-0002' }).waitFor();
    await page.getByTestId('qr-labels').click();
    await page.getByTestId('qr-label-grid').locator('img').nth(1).waitFor();
    await snap(page, 'ledger-04-qr-labels');
    await page.keyboard.press('Escape');
  });

  it('the public page verifies the record in the browser, without signing in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const pub = await context.newPage();
    await pub.goto(`${platform.url}/verify`);
    await pub.getByTestId('verify-input').fill(`${platform.url}/verify/${recordId}`);
    await pub.getByTestId('verify-submit').click();
    await pub.waitForURL(new RegExp(`/verify/${recordId}$`));
    await pub.getByTestId('verify-ok').waitFor({ timeout: 30_000 });
    const facts = await pub.getByTestId('verified-record').innerText();
    expect(facts).toContain('6 层梁板钢筋隐蔽验收（e2e）');
    expect(facts).toContain('隐蔽工程验收');
    expect(facts).toContain('合格');
    // Personal data is not on the public page.
    expect(await pub.content()).not.toContain('13912345678');
    expect(await pub.content()).not.toContain('赵总监');
    // Ed25519 was checked by WebCrypto in this browser, not by the server.
    expect(
      await pub.evaluate(async () => {
        const k = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
        return 'privateKey' in (k as CryptoKeyPair);
      }),
    ).toBe(true);
    await snap(pub, 'ledger-05-public-verified');

    await pub.goto(`${platform.url}/verify/00000000-0000-4000-8000-000000000000`);
    await pub.getByText('未找到该记录').waitFor();
    await context.close();
  });

  it('a tampered checkpoint served to the browser fails verification', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const pub = await context.newPage();
    // A man in the middle (or a dishonest server) bumps the tree size in the signed checkpoint.
    await pub.route('**/api/ledger/checkpoint', async (route) => {
      const real = await route.fetch();
      const text = await real.text();
      const lines = text.split('\n');
      lines[1] = String(Number(lines[1]) + 1);
      await route.fulfill({ response: real, body: lines.join('\n') });
    });
    await pub.goto(`${platform.url}/verify/${recordId}`);
    await pub.getByTestId('verify-failed').waitFor({ timeout: 30_000 });
    expect(await pub.getByText('invalid checkpoint signature').count()).toBe(1);
    await pub.getByText('检查点签名无效').waitFor();
    await snap(pub, 'ledger-06-public-tampered');
    await context.close();
  });
});
