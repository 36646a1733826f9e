/**
 * Bản tin in Debian chromium against the real web host and core: four members added with the CLI (one without an
 * email); in the page a bulletin written under its masthead in the documents editor, with a photo; the email as sent
 * previewed at 375 px and 800 px, the photo scaled to the column (screenshots of each); the audience counted live
 * with the skipped and why; the union's mailbox set in Settings → Email against a real smtp-server on 127.0.0.1
 * (connection checked), a sending created and followed to its end; every message that arrived is one per recipient
 * with the bulletin's subject and the photo as an inline part. Screenshots at 1366×768. The steps share one page and
 * run in order.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../documents/fixtures/png';
import { ROOT, cli, id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';
import { setMailbox, startMailbox, type Mailbox } from './mailbox';

const PASS = 'Đoàn kết - Dân chủ 2026';
const ORG = 'Công đoàn cơ sở Công ty TNHH May Hà Đông';
const TITLE = 'Bản tin tháng 12: Chăm lo Tết cho đoàn viên';
const MEMBERS = [
  { fullName: 'Nguyễn Văn An', email: 'an@maydong.vn' },
  { fullName: 'Trần Thị Bình', email: 'binh@maydong.vn' },
  { fullName: 'Lê Văn Cường', email: 'cuong@maydong.vn' },
  { fullName: 'Phạm Thị Dung' },
];

/**
 * The mail and campaigns handlers come from another helper's branch; until they are in this build the core answers
 * "chưa làm" for them, and the Settings → Email and sending steps are skipped (said in the run's output).
 */
const SENDING_LANDED = !readFileSync(path.join(ROOT, 'src/core/mail/module.ts'), 'utf8').includes('placeholders(');

let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];
let mailbox: Mailbox;

beforeAll(async () => {
  mailbox = await startMailbox();

  host = await startHost(90_000, {
    env: { UNIONDESK_TEST_KDF: 'fast' },
    prepare: async (dataDir) => {
      const env = { UNIONDESK_PASSPHRASE: PASS };
      const dir = await mkdtemp(path.join(os.tmpdir(), 'uniondesk-members-'));
      await cli(['init', '--data-dir', dataDir, '--org-name', ORG, '--upper-level', 'Công đoàn phường', '--json'], env);
      for (const [i, m] of MEMBERS.entries()) {
        const file = path.join(dir, `m${i}.json`);
        await writeFile(file, JSON.stringify({ ...m, unit: 'Tổ May 1' }));
        await cli(['members', 'add', file, '--data-dir', dataDir, '--json'], env);
      }
    },
  });
  ({ browser, page, errors } = await launch({ width: 1366, height: 768 }));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-bulletins-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await mailbox?.close();
});

/** Whether nothing in the page is wider than the window (no cut-off, no sideways scroll at 1366 px). */
const overflowsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

describe('bulletins in a browser against the real core', () => {
  it('unlocks and opens the bulletins page', async () => {
    await page.goto(host.url);
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
    await page.locator(id('app-shell')).waitFor();
    await page.locator(id('nav-bulletins')).click();
    await page.locator(id('bulletins-list')).waitFor();
    await page.locator(id('bulletins-count')).waitFor();
  });

  it('writes a bulletin under its masthead in the documents editor', async () => {
    await page.locator(id('bulletins-new')).click();
    await page.locator(id('bulletin-compose')).waitFor();
    await page.locator(id('bulletin-title')).fill(TITLE);
    await page.locator(id('doc-body')).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Ban Chấp hành thông báo kế hoạch chăm lo Tết Nguyên đán cho đoàn viên.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Mỗi đoàn viên được tặng một phần quà trị giá 500.000 đồng.');
    await page.keyboard.press('Enter');
    // A photo wider than the email's column: sent as an inline part, shown in the preview.
    await page.locator(id('tb-image-file')).setInputFiles({
      name: 'Quà Tết 2027.png',
      mimeType: 'image/png',
      buffer: solidPng(1200, 500, [11, 79, 156]),
    });
    await page.locator(`${id('doc-body')} img`).waitFor();
    await page.locator(id('bulletin-save')).click();
    await expect.poll(() => page.locator(id('bulletin-save-status')).innerText()).toBe('');
    expect(await page.locator(id('bulletin-view')).innerText()).toContain(TITLE);
    expect(await overflowsSideways()).toBe(false);
    await screenshot(page, 'bulletins-editor');
  });

  it('previews the email as sent at 375 px and 800 px', async () => {
    await page.locator(id('bulletin-tab-preview')).click();
    const frame = page.locator(id('preview-frame'));
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('srcdoc')).toContain('500.000 đồng');
    expect(Math.round((await frame.boundingBox())!.width)).toBe(375);
    await expect.poll(() => page.frameLocator(id('preview-frame')).locator('body').innerText()).toContain(TITLE);
    // The photo in the preview (a data: URL there only), scaled to the phone's width.
    const photo = page.frameLocator(id('preview-frame')).getByAltText('Quà Tết 2027');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
    expect(await photo.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect((await photo.boundingBox())!.width).toBeLessThanOrEqual(375 - 24);
    await screenshot(page, 'bulletins-preview-375');
    await page.locator(id('preview-desktop')).click();
    await expect.poll(async () => Math.round((await frame.boundingBox())!.width)).toBe(800);
    expect(await overflowsSideways()).toBe(false);
    await screenshot(page, 'bulletins-preview-800');
  });

  it('counts the audience live, with the skipped and why', async () => {
    await page.locator(id('bulletin-tab-send')).click();
    await expect
      .poll(() => page.locator(id('audience-count')).innerText())
      .toBe('Sẽ gửi: 3 người · bỏ qua: 1 không có email');
    await page.locator(id('audience-external')).fill('khach@congdoanphuong.vn');
    await expect
      .poll(() => page.locator(id('audience-count')).innerText())
      .toBe('Sẽ gửi: 4 người · bỏ qua: 1 không có email');
    expect(await overflowsSideways()).toBe(false);
    await screenshot(page, 'bulletins-audience');
  });

  it.skipIf(!SENDING_LANDED)('sets the union mailbox in Settings → Email and checks the connection', async () => {
    await page.locator(id('nav-settings')).click();
    await page.locator(id('settings-tab-email')).click();
    await setMailbox(page, mailbox.port, 'congdoan@maydong.vn', ORG);
    await page.locator(id('smtp-verify')).click();
    await expect.poll(() => page.locator(id('smtp-result')).getAttribute('class')).toContain('ant-alert-success');
    expect(await overflowsSideways()).toBe(false);
    await screenshot(page, 'bulletins-settings-email');
  });

  it.skipIf(!SENDING_LANDED)('creates a sending and follows it to the end', async () => {
    await page.locator(id('nav-bulletins')).click();
    await page.locator(id('bulletins-list')).getByText(TITLE).click();
    await page.locator(id('bulletin-tab-send')).click();
    await page.locator(id('audience-external')).fill('khach@congdoanphuong.vn');
    await expect.poll(() => page.locator(id('audience-count')).innerText()).toContain('Sẽ gửi: 4 người');
    await page.locator(id('campaign-create')).click();
    await page.locator(id('campaign-create-ok')).click();
    await page.locator(id('campaign-view')).waitFor();
    await page.locator(id('campaign-send')).click();
    await expect.poll(() => page.locator(id('campaign-state')).innerText(), { timeout: 60_000 }).toBe('Đã xong');
    expect(await page.locator(id('campaign-sent')).innerText()).toContain('4');
    expect(await page.locator(id('campaign-remaining')).innerText()).toContain('0');
    await page.locator(id('report-filter-sent')).click();
    await expect.poll(() => page.locator(id('recipient-report')).innerText()).toContain('an@maydong.vn');
    expect(await overflowsSideways()).toBe(false);
    await page.waitForTimeout(500); // the filter's and the bar's animations end
    await screenshot(page, 'bulletins-campaign');

    expect(mailbox.recipients()).toEqual([
      'an@maydong.vn',
      'binh@maydong.vn',
      'cuong@maydong.vn',
      'khach@congdoanphuong.vn',
    ]);
    for (const { to, mail } of mailbox.arrived) {
      expect(to).toHaveLength(1);
      expect(mail.subject).toContain(TITLE);
      expect(typeof mail.html === 'string' && mail.html.length > 0 && !!mail.text).toBe(true);
      expect(mail.headerLines.filter((h) => h.key === 'list-unsubscribe')).toHaveLength(1);
      const inline = mail.attachments.filter((a) => a.contentDisposition === 'inline');
      expect(inline.map((a) => [a.contentType, a.related])).toEqual([['image/png', true]]);
    }
    await page.locator(id('campaign-back')).click();
    await page.locator(id(`campaigns-table`)).getByText('Đã xong').waitFor();
    expect(await page.locator(id('bulletins-list')).innerText()).toContain(TITLE);
    await page.waitForTimeout(500); // the tables' loading fade ends
    await screenshot(page, 'bulletins-list');
    expect(errors).toEqual([]);
  });
});
