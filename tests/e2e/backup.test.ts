/**
 * Backups that leave the PC, in Debian chromium against the real web host and core, at 1366×768: a backup made in
 * Cài đặt → Sao lưu is saved with "Lưu bản sao ra…" as a download into a folder the test picks (a USB stick), the
 * data is changed, and "Khôi phục từ tệp…" takes the saved file back: the change is gone, the data from before the
 * restore is kept as a backup, and the list shows local times.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

const PASS = 'Đoàn kết - Dân chủ 2026';
const BEFORE = 'Công đoàn cơ sở Công ty TNHH Sao Lưu';
const AFTER = 'Công đoàn cơ sở Đã Đổi Tên';
const env = { UNIONDESK_PASSPHRASE: PASS };

let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];
let usb: string;
let saved: string;
let savedName: string;

beforeAll(async () => {
  usb = await mkdtemp(path.join(os.tmpdir(), 'ud-usb-'));
  host = await startHost(90_000, {
    env: { UNIONDESK_TEST_KDF: 'fast' },
    prepare: async (dataDir) => {
      await cli(['init', '--data-dir', dataDir, '--org-name', BEFORE, '--json'], env);
    },
  });
  ({ browser, page, errors } = await launch({ width: 1366, height: 768 }));
}, 180_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-backup-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (usb) await rm(usb, { recursive: true, force: true });
});

/** After a reload the page may ask for the passphrase again (the vault itself stays open in the core, or not). */
async function unlockIfAsked() {
  await page
    .locator(`${id('app-shell')}, ${id('unlock-passphrase')}`)
    .first()
    .waitFor();
  if (await page.locator(id('unlock-passphrase')).isVisible()) {
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
  }
  await page.locator(id('app-shell')).waitFor();
}

const manualRow = () => page.locator(`${id('backup-list')} tr`, { hasText: 'Thủ công' });

describe('a backup saved to a chosen folder and restored from it', () => {
  it('saves a new backup as a download into the chosen folder, byte for byte', async () => {
    await page.goto(host.url);
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
    await page.locator(id('app-shell')).waitFor();
    expect(await page.locator(id('org-title')).innerText()).toBe(BEFORE);
    await page.goto(`${host.url.split('#')[0]}#/settings/backups`);
    // The page was reloaded: the vault is still open in the core, the page asks the passphrase again if needed.
    if (
      await page
        .locator(id('unlock-passphrase'))
        .isVisible()
        .catch(() => false)
    ) {
      await page.locator(id('unlock-passphrase')).fill(PASS);
      await page.locator(id('unlock-submit')).click();
    }
    await page.locator(id('backup-create')).click();
    await manualRow().waitFor();
    // The time is local (dd/mm/yyyy HH:mm), the same as the stamp in the file's name (written in local time).
    const cells = await manualRow().locator('td').allInnerTexts();
    const name = cells.find((c) => c.endsWith('.udbak')) as string;
    const [, y, mo, d, h, mi] = /^uniondesk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})/.exec(name) ?? [];
    expect(cells[0]).toBe(`${d}/${mo}/${y} ${h}:${mi}`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      manualRow().locator(id('backup-save')).click(),
    ]);
    savedName = download.suggestedFilename();
    expect(savedName).toBe(name);
    saved = path.join(usb, savedName);
    await download.saveAs(saved);
    const original = await readFile(path.join(host.dataDir, 'backups', name));
    const copy = await readFile(saved);
    expect(copy.equals(original)).toBe(true);
    expect(copy.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    await page.waitForTimeout(500);
    await screenshot(page, 'backup-saved');
  });

  it('restores from the saved file after a change: the change is gone, the data before is kept as a backup', async () => {
    // The change, made by another face (the CLI, as the same user) while the page is open.
    await cli(['org', 'set', '--data-dir', host.dataDir, `name=${AFTER}`, '--json'], env);
    await page.reload();
    await unlockIfAsked();
    await expect.poll(() => page.locator(id('org-title')).innerText()).toBe(AFTER);
    await page.locator(id('backup-restore-file')).waitFor();

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator(id('backup-restore-file')).click(),
    ]);
    await chooser.setFiles(saved);
    await page.locator(id('backup-restore-file-ok')).click();
    await expect.poll(() => page.locator(id('org-title')).innerText(), { timeout: 60_000 }).toBe(BEFORE);
    await page.goto(`${host.url.split('#')[0]}#/settings/backups`);
    await unlockIfAsked();
    await page.locator(`${id('backup-list')} tr`, { hasText: 'Trước khi khôi phục' }).waitFor();
    // The received file was used once and removed; the copy on the stick is untouched.
    expect((await readdir(path.join(host.dataDir, 'backups'))).filter((f) => f.startsWith('incoming-'))).toEqual([]);
    expect(existsSync(saved)).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.waitForTimeout(500);
    await screenshot(page, 'backup-restored');
  });

  it('refuses a file that is not a backup of this vault, in Vietnamese, and changes nothing', async () => {
    const junk = path.join(usb, 'khong-phai.udbak');
    await (await import('node:fs/promises')).writeFile(junk, Buffer.alloc(4096, 7));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator(id('backup-restore-file')).click(),
    ]);
    await chooser.setFiles(junk);
    await page.locator(id('backup-restore-file-ok')).click();
    await page.getByText('Tệp sao lưu không hợp lệ, bị hỏng hoặc không mở được bằng khoá này.').waitFor();
    expect(await page.locator(id('org-title')).innerText()).toBe(BEFORE);
    expect(errors).toEqual([]);
  });
});
