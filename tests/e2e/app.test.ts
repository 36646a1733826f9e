/**
 * The whole first-run → unlock flow in Debian chromium against the real web host and the real core.
 * The tests share one browser page and one data folder and run in order; each step starts where the last ended.
 */
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from './host';

const CHROMIUM = '/usr/bin/chromium';
const PASS = 'Đoàn kết - Dân chủ 2026';
const ORG = 'Công đoàn cơ sở Công ty TNHH Dệt may Thành Công';
const RESULTS = path.resolve(import.meta.dirname, '../../test-results');

let host: RunningHost;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const id = (testId: string) => `[data-testid="${testId}"]`;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  host = await startHost();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Chromium notes that frame-ancestors only works as an HTTP header; the host sends it there too.
    if (m.type() === 'error' && !m.text().includes("'frame-ancestors' is ignored when delivered via a <meta>")) {
      pageErrors.push(`console: ${m.text()}`);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400) pageErrors.push(`http ${r.status()}: ${r.url().replace(/token=[^&]+/, 'token=…')}`);
  });
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page) {
    await mkdir(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `e2e-${ctx.task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    console.error(`screenshot: ${file}\n${host?.output() ?? ''}`);
  }
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('UnionDesk in a browser against the real core', () => {
  it('first run: creates the vault, shows the recovery key once, saves the profile, opens the shell', async () => {
    await page.goto(host.url);
    // The token was taken from the fragment into the tab (no cookie) and removed from the address.
    expect(page.url()).not.toContain('token=');
    expect(await page.context().cookies()).toEqual([]);
    await page.locator(id('wizard-passphrase')).fill(PASS);
    await page.locator(id('wizard-passphrase-confirm')).fill(PASS + 'x');
    await page.locator(id('wizard-create')).click();
    await expectVisibleText('Hai mật khẩu không khớp.');
    await page.locator(id('wizard-passphrase-confirm')).fill(PASS);
    await page.locator(id('wizard-create')).click();

    const key = (await page.locator(id('recovery-key')).innerText()).trim();
    expect(key.length).toBeGreaterThanOrEqual(20);
    expect(await page.locator(id('wizard-continue')).isDisabled()).toBe(true);
    await page.locator(id('recovery-saved')).check();
    await page.locator(id('wizard-continue')).click();

    await page.locator(id('org-name')).fill(ORG);
    await page.locator(id('org-shortName')).fill('CĐCS Thành Công');
    await page.locator(id('org-enterprise')).fill('Công ty TNHH Dệt may Thành Công');
    await page.locator(id('org-address')).fill('Số 1 đường Láng, Hà Nội');
    await page.locator(id('org-place')).fill('Hà Nội');
    await page.locator(id('org-upperLevelName')).fill('Công đoàn phường Láng');
    await page.locator(id('org-upperLevelType')).click();
    await page.locator('.ant-select-item-option', { hasText: 'Công đoàn phường' }).first().click();
    await page.locator(id('org-chairName')).fill('Nguyễn Thị Hằng');
    await page.locator(id('org-term')).fill('2025–2030');
    await page.locator(id('org-save')).click();

    await page.locator(id('app-shell')).waitFor();
    expect(await page.locator(id('org-title')).innerText()).toBe(ORG);
    for (const nav of ['overview', 'members', 'documents', 'meetings', 'bulletins', 'finance', 'sync', 'settings']) {
      await page.locator(id(`nav-${nav}`)).waitFor();
    }
  });

  it('creates a backup and lists it with a dd/mm/yyyy date', async () => {
    await page.locator(id('nav-settings')).click();
    await page.locator(id('settings-tab-backups')).click();
    await page.locator(id('backup-create')).click();
    const row = page.locator(`${id('backup-list')} tbody tr`, { hasText: 'Thủ công' });
    await row.first().waitFor();
    expect(await row.first().innerText()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await page.locator(id('nav-overview')).click();
    expect(await page.locator(id('overview-last-backup')).innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  });

  it('after a reload asks for the passphrase; a wrong one shows "Sai mật khẩu"', async () => {
    await page.reload();
    await page.locator(id('unlock-passphrase')).fill('không phải mật khẩu');
    await page.locator(id('unlock-submit')).click();
    expect(await page.locator(id('unlock-error')).innerText()).toContain('Sai mật khẩu');
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
    await page.locator(id('app-shell')).waitFor();
    expect(await page.locator(id('org-title')).innerText()).toBe(ORG);
  });

  it('switches to English and back', async () => {
    expect(await page.locator(id('nav-members')).innerText()).toBe('Đoàn viên');
    await page.locator(id('lang-switch')).click();
    await expectText(id('nav-members'), 'Members');
    expect(await page.locator(id('lock-button')).innerText()).toContain('Lock');
    await page.locator(id('nav-settings')).click();
    await expectText(id('settings-tab-sync'), 'Sync');
    await page.locator(id('lang-switch')).click();
    await expectText(id('nav-members'), 'Đoàn viên');
  });

  it('locks with the lock button', async () => {
    await page.locator(id('lock-button')).click();
    await page.locator(id('unlock-passphrase')).waitFor();
    expect(await page.locator(id('app-shell')).count()).toBe(0);
  });

  it('logged no page errors and no CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });
});

async function expectVisibleText(text: string) {
  await page.getByText(text, { exact: false }).first().waitFor();
}

async function expectText(selector: string, text: string) {
  await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [selector, text] as const);
}
