/**
 * Văn bản in Debian chromium against the real web host and core: a vault and union profile made with the CLI, unlocked
 * in the page; a "Giấy mời" created from its template (the examples only grey hints, its values typed); Vietnamese
 * typed into the body, some of it through IME composition (CDP Input.imeSetComposition / insertText: "ươ" →
 * "Trường"), with no save while the composition is open; the live preview following; a reload that loses nothing
 * (autosave, and the save sent when the page goes away); issuing → "01/GM-CĐCS"; the .docx download (a zip: "PK").
 * The steps share one page and run in order.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { cli, id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

const PASS = 'Đoàn kết - Dân chủ 2026';
const ORG = 'Công đoàn cơ sở Công ty TNHH May Hà Đông';
const INVITEE = 'Bà Nguyễn Thị Thu Hà – Trưởng phòng Nhân sự Công ty';
const EVENT = 'Hội nghị người lao động năm 2026';

let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];
/** The docs.save requests the page has sent over its WebSocket (counted from the frames). */
let saveFrames = 0;

beforeAll(async () => {
  host = await startHost(90_000, {
    env: { UNIONDESK_TEST_KDF: 'fast' },
    prepare: async (dataDir) => {
      const env = { UNIONDESK_PASSPHRASE: PASS };
      await cli(
        [
          'init',
          '--data-dir',
          dataDir,
          '--org-name',
          ORG,
          '--upper-level',
          'Công đoàn phường Hà Đông',
          '--upper-level-type',
          'ward',
          '--json',
        ],
        env,
      );
      await cli(
        [
          'org',
          'set',
          '--data-dir',
          dataDir,
          'place=Hà Nội',
          'chairName=Nguyễn Thị Hằng',
          'shortName=CĐCS May Hà Đông',
          '--json',
        ],
        env,
      );
    },
  });
  ({ browser, page, errors } = await launch({ width: 1440, height: 960 }));
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => {
      if (typeof f.payload === 'string' && f.payload.includes('"name":"docs.save"')) saveFrames++;
    });
  });
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-documents-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function unlock() {
  await page.locator(id('unlock-passphrase')).fill(PASS);
  await page.locator(id('unlock-submit')).click();
  await page.locator(id('app-shell')).waitFor();
}

const previewText = () => page.frameLocator(id('doc-preview')).locator('body').innerText();
const bodyText = () => page.locator(id('doc-body')).innerText();
const saveState = () => page.locator(id('doc-autosave-status')).getAttribute('data-state');

async function waitForSaved() {
  await page.locator(`${id('doc-autosave-status')}[data-state="saved"]`).waitFor({ timeout: 10_000 });
}

async function waitForPreview(text: string) {
  await expect.poll(previewText, { timeout: 10_000 }).toContain(text);
}

describe('documents in a browser against the real core', () => {
  it('unlocks and opens an empty register', async () => {
    await page.goto(host.url);
    await unlock();
    await page.locator(id('nav-documents')).click();
    await page.locator(id('docs-register')).waitFor();
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === 'Có 0 văn bản', id('docs-count'));
  });

  it('creates a "Giấy mời" from its template: the examples are grey hints, the values typed', async () => {
    await page.locator(id('docs-new')).click();
    await page.locator(id('template-picker')).waitFor();
    await page.locator(id('template-giay-moi')).click();
    const invitee = page.locator(id('template-var-invitee'));
    expect(await invitee.inputValue()).toBe('');
    expect(await invitee.getAttribute('placeholder')).toBe('VD: Đồng chí Trần Văn C – Phó Giám đốc Công ty');
    await invitee.fill(INVITEE);
    await page.locator(id('template-var-event.name')).fill(EVENT);
    await page.locator(id('template-var-event.time')).fill('14 giờ 00');
    await page.locator(id('template-var-event.place')).fill('Nhà ăn ca Công ty');
    const date = page.locator(id('template-var-event.date'));
    await date.click();
    await date.fill('20/03/2026');
    await date.press('Enter');
    await page.waitForTimeout(400); // let the modal's animations settle for the picture
    await screenshot(page, 'documents-template-picker');
    await page.locator(id('template-create')).click();
    await page.locator(id('doc-editor')).waitFor();
    expect(await page.locator(id('doc-number')).innerText()).toBe('Dự thảo (chưa cấp số)');
    expect(await page.locator(id('doc-field-summary')).inputValue()).toBe(EVENT);
    expect(await page.locator(id('doc-field-issuer')).inputValue()).toBe(ORG);
    expect(await bodyText()).toContain(INVITEE);
    await waitForPreview('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(await previewText()).toContain(INVITEE);
  });

  it('types Vietnamese, also through IME composition, without saving mid-composition; the preview follows', async () => {
    const body = page.locator(id('doc-body'));
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Kính gửi các đồng chí đoàn viên.');
    await waitForSaved();

    // An IME composes "ường" over several steps, then commits "Trường".
    const cdp: CDPSession = await page.context().newCDPSession(page);
    await page.keyboard.type(' Tr');
    const before = saveFrames;
    for (const text of ['ư', 'ươ', 'ườ', 'ường']) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await page.waitForTimeout(150);
    }
    // Longer than the autosave delay, with the composition still open: nothing is saved.
    await page.waitForTimeout(2500);
    expect(saveFrames).toBe(before);
    expect(await saveState()).toBe('dirty');
    await cdp.send('Input.insertText', { text: 'ường' });
    await cdp.detach();
    await page.keyboard.type(' Thành Công');
    await waitForSaved();
    expect(saveFrames).toBe(before + 1);
    expect(await bodyText()).toContain('Kính gửi các đồng chí đoàn viên. Trường Thành Công');
    expect(await page.locator(id('doc-autosave-status')).innerText()).toMatch(/Đã lưu lúc \d{2}:\d{2}:\d{2}/);
    await waitForPreview('Trường Thành Công');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await screenshot(page, 'documents-editor');
  });

  it('loses nothing on a reload, even text typed just before it', async () => {
    await page.keyboard.type(' Hẹn gặp lại.');
    // Reload at once, before the autosave delay: the page sends the save as it goes away.
    await page.reload();
    await unlock();
    await page.locator(id('nav-documents')).click();
    const row = page.locator(id('doc-row'), { hasText: EVENT });
    await row.waitFor();
    expect(await row.innerText()).toContain('Dự thảo');
    await row.click();
    await page.locator(id('doc-editor')).waitFor();
    await expect.poll(bodyText).toContain('Kính gửi các đồng chí đoàn viên. Trường Thành Công Hẹn gặp lại.');
  });

  it('issues the document and shows "01/GM-CĐCS"', async () => {
    await page.locator(id('doc-issue')).click();
    await page.locator(id('doc-issue-ok')).click();
    const issued = page.locator(id('doc-issued-number'));
    await issued.waitFor();
    expect(await issued.innerText()).toContain('01/GM-CĐCS');
    await page.locator(id('doc-issued-ok')).click();
    expect(await page.locator(id('doc-number')).innerText()).toBe('Số 01/GM-CĐCS');
    expect(await page.locator(id('doc-issued-alert')).innerText()).toContain('phiên bản mới');
    await waitForPreview('Số: 01/GM-CĐCS');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'documents-issued');
  });

  it('prints the page from a frame that runs no scripts', async () => {
    await page.locator(id('doc-print')).click();
    const frame = page.locator('iframe[data-ud-print]');
    await frame.waitFor({ state: 'attached' });
    expect(await frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    await expect
      .poll(() => page.frameLocator('iframe[data-ud-print]').locator('body').innerText())
      .toContain('01/GM-CĐCS');
  });

  it('downloads the .docx (a zip file: "PK")', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(id('doc-download-docx')).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(2000);
  });

  it('lists the issued document in the register', async () => {
    await page.locator(id('doc-back')).click();
    const row = page.locator(id('doc-row'), { hasText: '01/GM-CĐCS' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Đã ban hành');
    await page.waitForTimeout(400);
    await screenshot(page, 'documents-register');
  });

  it('logged no page errors', () => {
    expect(errors).toEqual([]);
  });
});
