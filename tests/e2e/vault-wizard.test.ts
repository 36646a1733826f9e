/**
 * The first-run wizard at 1366×768 in Debian chromium against the real host (issue 13, small things): a refused
 * passphrase's errors have their own space (none touches the strength hint or the next label); the recovery key keeps
 * each group whole on screen however narrow the window, and on the printed "phiếu khôi phục" read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

const PASS = 'Đoàn kết - Dân chủ 2026';
let host: RunningHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startHost(90_000, { env: { UNIONDESK_TEST_KDF: 'fast' } });
  ({ browser, page } = await launch({ width: 1366, height: 768 }));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(
      `screenshot: ${await screenshot(page, `e2e-vault-wizard-${ctx.task.name}`)}\n${host?.output() ?? ''}`,
    );
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** Top and bottom of each visible block in the wizard's form, in page order. */
const blocks = () =>
  page
    .locator('.ud-auth-card form')
    .locator('.ant-form-item-label, .ant-form-item-control-input, .ant-form-item-explain-error, .ud-strength, button')
    .evaluateAll((els) =>
      els
        .map((el) => ({ text: (el.textContent ?? '').trim().slice(0, 30), ...el.getBoundingClientRect().toJSON() }))
        .filter((b) => b.height > 0)
        .sort((a, b) => a.top - b.top),
    );

describe('the first-run wizard', () => {
  it('gives each passphrase error its own space: nothing overlaps or touches the next label', async () => {
    await page.goto(host.url);
    await page.locator(id('wizard-passphrase')).fill('abc');
    await page.locator(id('wizard-passphrase-confirm')).fill('abd');
    await page.locator(id('wizard-create')).click();
    await page.locator('.ant-form-item-explain-error', { hasText: 'Hai mật khẩu không khớp' }).waitFor();
    await page.waitForTimeout(600); // antd's error animation ends
    const laid = await blocks();
    const errors = laid.filter((b) => /Cần ít nhất 8 ký tự|không khớp/.test(b.text));
    expect(errors).toHaveLength(2);
    for (const e of errors) {
      const next = laid.find((b) => b.top >= e.top + 1 && b !== e && !b.text.startsWith(e.text));
      expect(next, `something after "${e.text}"`).toBeDefined();
      expect(next!.top - e.bottom, `gap under "${e.text}" before "${next!.text}"`).toBeGreaterThanOrEqual(4);
    }
    for (let i = 1; i < laid.length; i++)
      expect(laid[i].top, `"${laid[i].text}" overlaps "${laid[i - 1].text}"`).toBeGreaterThanOrEqual(
        laid[i - 1].bottom - 0.5,
      );
    await screenshot(page, 'vault-wizard-errors');
  });

  it('shows the recovery key with every group whole, even in a narrow window', async () => {
    await page.locator(id('wizard-passphrase')).fill(PASS);
    await page.locator(id('wizard-passphrase-confirm')).fill(PASS);
    await page.locator(id('wizard-create')).click();
    const key = page.locator(id('recovery-key'));
    await key.waitFor();
    const text = (await key.innerText()).replace(/\s+/g, '');
    expect(text).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    for (const width of [1366, 420, 330]) {
      await page.setViewportSize({ width, height: 768 });
      const rects = await key
        .locator('.ud-recovery-group')
        .evaluateAll((els) => els.map((el) => el.getClientRects().length));
      expect(rects, `width ${width}`).toEqual(Array(8).fill(1));
    }
    await screenshot(page, 'vault-wizard-key-narrow');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('prints the phiếu khôi phục with each group whole on its line', async () => {
    const key = (await page.locator(id('recovery-key')).innerText()).replace(/\s+/g, '');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(id('recovery-sheet')).click()]);
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'ud-e2e-sheet-')), 'phieu.pdf');
    await download.saveAs(file);
    const lines = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''))
      .filter((l) => /^([0-9A-Z]{4}-?)+$/.test(l));
    expect(lines.join('')).toBe(key);
    for (const l of lines)
      expect(
        l
          .replace(/-$/, '')
          .split('-')
          .every((g) => g.length === 4),
        l,
      ).toBe(true);
  });
});
