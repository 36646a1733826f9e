/** Shared by the browser e2e files: Debian chromium, page error collection, screenshots, the CLI. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const RESULTS = path.resolve(ROOT, 'test-results');

export const id = (testId: string) => `[data-testid="${testId}"]`;

export async function launch(
  viewport = { width: 1280, height: 900 },
): Promise<{ browser: Browser; page: Page; errors: string[] }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const browser = await chromium.launch({
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
  const context = await browser.newContext({ locale: 'vi-VN', viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Chromium notes that frame-ancestors only works as an HTTP header; the host sends it there too.
    if (m.type() === 'error' && !m.text().includes("'frame-ancestors' is ignored when delivered via a <meta>"))
      errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`http ${r.status()}: ${r.url().replace(/token=[^&]+/, 'token=…')}`);
  });
  return { browser, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => {});
  return file;
}

const run = promisify(execFile);

/** `uniondesk ARGS` with the fast test KDF; returns stdout. */
export async function cli(args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run(process.execPath, ['bin/uniondesk.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, UNIONDESK_TEST_KDF: 'fast', UNIONDESK_DATA_DIR: '', ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}
