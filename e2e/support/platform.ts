import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';
import { createServerDatabase } from '../../src/server/testing/harness.js';

export const ADMIN_PASSWORD = 'Admin@12345';
export const DEMO_PASSWORD = 'Demo@2026';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshotDir = path.join(root, 'e2e/screenshots');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export type RunningPlatform = { url: string; env: Record<string, string>; dataDir: string; log: () => string; stop(): Promise<void> };

/** Where the run's seeded demo lives (written once by demoTemplate.ts, the e2e global setup). */
export type DemoTemplate = { dataDir: string; databaseName: string | null };
declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplate: DemoTemplate | null;
  }
}

/** Runs `src/server/main.ts` as its own process with `env` and waits until /api/health answers. */
async function spawnServer(env: Record<string, string>): Promise<{ url: string; log: () => string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${env.PORT}`;
  // Seeding the demo takes minutes on a machine shared by several engineers.
  const deadline = Date.now() + 420_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    log: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

function platformEnv(
  port: number,
  dataDir: string,
  databaseUrl: string | undefined,
  extraEnv: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    GREENBUILD_ADMIN_PASSWORD: ADMIN_PASSWORD,
    GREENBUILD_DEMO: '1',
    GREENBUILD_DEMO_PASSWORD: DEMO_PASSWORD,
    LOG_LEVEL: 'warn',
    // A spec is one address signing in and calling the API far faster than a person; the limits have their own tests.
    RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000000',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...extraEnv,
  };
  if (!databaseUrl && !extraEnv.DATABASE_URL) delete env.DATABASE_URL;
  return env;
}

/**
 * Seeds the demo once for the whole run: a server starts on a fresh DATA_DIR (and database), seeds, and stops.
 * Each spec's platform then starts from a copy, so a start costs a copy instead of a 20–30 s seed.
 */
export async function seedDemoTemplate(): Promise<DemoTemplate & { remove(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-e2e-template-'));
  const database = process.env.DATABASE_URL ? await createServerDatabase('gb_e2e_template') : undefined;
  // Background jobs and listeners stay off: the template holds the seed alone, and each copy runs its own jobs.
  const server = await spawnServer(platformEnv(await freePort(), dataDir, database?.databaseUrl, { GREENBUILD_LISTENERS: '0' }));
  await server.stop();
  return {
    dataDir,
    databaseName: database?.name ?? null,
    async remove() {
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The run's demo template inside the browser tests; none for a benchmark or script that starts a platform. */
function runTemplate(): DemoTemplate | null {
  if (!process.env.VITEST) return null;
  try {
    return inject('demoTemplate') ?? null;
  } catch {
    return null;
  }
}

/**
 * Starts GreenBuild as its own process, the way `npm start` does, with the demo on:
 * PGlite under a fresh DATA_DIR, or a fresh database on the server named by DATABASE_URL.
 * With the run's demo template (and no DATA_DIR or database of the caller's own) both start as copies of the seeded demo.
 */
export async function startPlatform(extraEnv: Record<string, string> = {}): Promise<RunningPlatform> {
  const template = extraEnv.DATA_DIR || extraEnv.GREENBUILD_DEMO === '0' ? null : runTemplate();
  const dataDir = extraEnv.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gb-e2e-'));
  if (template) fs.cpSync(template.dataDir, dataDir, { recursive: true });
  const database =
    process.env.DATABASE_URL && !extraEnv.DATABASE_URL
      ? await createServerDatabase('gb_e2e', template?.databaseName ?? undefined)
      : undefined;
  const env = platformEnv(await freePort(), dataDir, database?.databaseUrl, extraEnv);
  const server = await spawnServer(env);
  return {
    url: server.url,
    env,
    dataDir,
    log: server.log,
    async stop() {
      await server.stop();
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Content-Security-Policy violations any page reported since the last test ended (see launchBrowser). */
const cspViolations: string[] = [];
const CSP_MESSAGE = /Content Security Policy|CSP violation/i;

/** Fails the test that just ran when any page reported a CSP violation: the strict policy must hold for the built app. */
function failOnCspViolations(): void {
  if (!cspViolations.length) return;
  const found = cspViolations.splice(0);
  throw new Error(`Content-Security-Policy violations in the browser:\n${found.join('\n')}`);
}

/**
 * Chromium with a watch on every context it opens (browser.newPage opens one too): console messages about the
 * Content-Security-Policy, and each page's securitypolicyviolation events, are collected and fail the test.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    context.on('console', (msg) => {
      if (CSP_MESSAGE.test(msg.text())) cspViolations.push(`${msg.location().url}: ${msg.text()}`);
    });
    return context;
  };
  return browser;
}

/** Saves a full-page screenshot as e2e/screenshots/<name>.png. */
export async function snap(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

export async function login(page: Page, url: string, username: string, password = username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD) {
  // A retried test starts signed in as someone; /login would send that user away before the form can be filled.
  await page.context().clearCookies();
  await page.goto(`${url}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Opens the antd Select in the form item labelled `label` and picks the option showing `option`, checking it took. */
export async function pickOption(page: Page, scope: ReturnType<Page['locator']>, label: string, option: string) {
  const select = scope
    .locator('.ant-form-item')
    .filter({ has: page.locator(`label:text-is("${label}")`) })
    .locator('.ant-select');
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    const dropdown = page.locator('.ant-select-dropdown:visible');
    await dropdown.waitFor();
    // The dropdown slides in; a click during the animation can land on the option that is passing under the pointer.
    await page.waitForTimeout(300);
    await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
    await dropdown.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => page.keyboard.press('Escape'));
    if ((await select.innerText()).includes(option)) return;
  }
  throw new Error(`could not pick "${option}" in "${label}"`);
}

/**
 * When a test fails, prints the end of the server's own log beside the failure, so a CI-only failure can be read.
 * Every spec calls this, so it also fails each test in whose pages a CSP violation was reported (failOnCspViolations;
 * a hook at this module's top level would run inside the global setup, which imports this module too).
 */
export function printServerLogOnFailure(platform: () => RunningPlatform | undefined): void {
  afterEach(failOnCspViolations);
  afterEach((ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    const log = platform()?.log() ?? '';
    console.error(`--- server log (last 4000 chars) for "${ctx.task.name}" ---\n${log.slice(-4000)}`);
  });
}

/** Clicks the sidebar entry `name`, first unfolding menu groups until it shows (groups start folded, but the current page's). */
export async function openMenu(page: Page, name: string): Promise<void> {
  const menu = page.getByTestId('main-menu');
  await menu.waitFor();
  const exact = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const item = menu.locator('li.ant-menu-item').filter({ hasText: exact }).first();
  for (let i = 0; i < 8 && !(await item.isVisible()); i++) {
    const closed = menu.locator('li.ant-menu-submenu:not(.ant-menu-submenu-open) > .ant-menu-submenu-title');
    if (!(await closed.count())) break;
    await closed.first().click();
    await page.waitForTimeout(250);
  }
  await item.click();
}
