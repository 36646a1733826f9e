/**
 * Cuộc họp in Debian chromium against the real web host and core: three members of one union group added with the
 * CLI; in the page a meeting planned (date typed dd/mm/yyyy, time, an agenda item), the group invited, attendance
 * ticked by keyboard with the quorum coming back live, a vote recorded with the core's % and "passed", the minutes
 * made and opened in the documents editor, and downloaded as .pdf and .docx, both read back for the meeting's title.
 * Screenshots at 1366×768. The steps share one page and run in order.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

const PASS = 'Đoàn kết - Dân chủ 2026';
const ORG = 'Công đoàn cơ sở Công ty TNHH May Hà Đông';
const UNIT = 'Tổ Dệt 1';
const TITLE = 'Hội nghị Ban Chấp hành tháng 3 năm 2026';
const MEMBERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];

let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];
/** The minutes as downloaded: attached later to an agenda item as a file of the meeting. */
let minutesPdf: Buffer;

beforeAll(async () => {
  host = await startHost(90_000, {
    env: { UNIONDESK_TEST_KDF: 'fast' },
    prepare: async (dataDir) => {
      const env = { UNIONDESK_PASSPHRASE: PASS };
      const dir = await mkdtemp(path.join(os.tmpdir(), 'uniondesk-members-'));
      await cli(
        ['init', '--data-dir', dataDir, '--org-name', ORG, '--upper-level', 'Công đoàn phường Hà Đông', '--json'],
        env,
      );
      await cli(['org', 'set', '--data-dir', dataDir, 'place=Hà Nội', 'chairName=Nguyễn Văn An', '--json'], env);
      for (const [i, fullName] of MEMBERS.entries()) {
        const file = path.join(dir, `m${i}.json`);
        await writeFile(file, JSON.stringify({ fullName, unit: UNIT }));
        await cli(['members', 'add', file, '--data-dir', dataDir, '--json'], env);
      }
    },
  });
  ({ browser, page, errors } = await launch({ width: 1366, height: 768 }));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-meetings-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Types into an antd select (by its test id) and clicks the option showing `option` (default: what was typed). */
async function pick(testId: string, typed: string, option = typed) {
  await page
    .locator(`${id(testId)} input`)
    .first()
    .click();
  await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  await page.keyboard.press('Escape');
}

const quorum = () => page.locator(id('meeting-quorum')).innerText();

describe('meetings in a browser against the real core', () => {
  it('unlocks and opens the meetings page', async () => {
    await page.goto(host.url);
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
    await page.locator(id('app-shell')).waitFor();
    await page.locator(id('nav-meetings')).click();
    await page.locator(id('meetings-list')).waitFor();
    await page.locator(id('meetings-count')).waitFor();
  });

  it('plans a meeting: kind, title, date dd/mm/yyyy and time, place, an agenda item', async () => {
    await page.locator(id('meetings-new')).click();
    await page.locator(id('meeting-title')).fill(TITLE);
    await page.locator(id('meeting-start-date')).click();
    await page.locator(id('meeting-start-date')).fill('05/03/2026');
    const before = await page.evaluate(() => location.hash);
    await page.keyboard.press('Enter'); // takes the date; it does not save the half-filled meeting
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => location.hash)).toBe(before);
    expect(await page.locator(id('meeting-heading')).innerText()).not.toBe(TITLE);
    await page.locator(id('meeting-start-time')).click();
    await page.locator(id('meeting-start-time')).fill('08:30');
    await page.keyboard.press('Tab'); // the typed time is kept without Enter
    await page.locator(id('meeting-place')).fill('Hội trường tầng 2, nhà điều hành');
    await pick('meeting-chair', 'Nguyễn Văn An', `Nguyễn Văn An — ${UNIT}`);
    await pick('meeting-secretary', 'Trần Thị Bình', `Trần Thị Bình — ${UNIT}`);
    await page.locator(id('agenda-add')).click();
    await page.locator(id('agenda-0-title')).fill('Kế hoạch hoạt động quý II');
    await page.locator(id('agenda-0-presenter')).fill('Nguyễn Văn An');
    await page.locator(id('agenda-0-time')).fill('8:30');
    await page.keyboard.press('Tab');
    expect(await page.locator(id('agenda-0-time')).inputValue()).toBe('08:30');
    await screenshot(page, 'meetings-new');
    await page.locator(id('meeting-save')).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/meetings\/[\w-]+$/);
    await expect.poll(() => page.locator(id('meeting-heading')).innerText()).toBe(TITLE);
    expect(await page.locator(id('meeting-view')).innerText()).toContain('05/03/2026 08:30');
  });

  it('invites the whole union group and shows the count convened', async () => {
    await page.locator(id('meeting-tab-invitees')).click();
    await pick('invitees-units', UNIT);
    await page.locator(id('invitees-save')).click();
    await expect.poll(() => page.locator(id('meeting-convened')).innerText()).toBe('Số người được triệu tập: 3');
    await page.locator(id('meeting-heading')).click(); // closes the group picker for the picture
    await page.waitForTimeout(300);
    await screenshot(page, 'meetings-invitees');
  });

  it('ticks attendance by keyboard with the quorum live', async () => {
    await page.locator(id('meeting-tab-attendance')).click();
    await page.locator(id('attendance-row-0')).focus();
    await page.keyboard.press('c'); // present, and on to the next row
    await expect.poll(quorum).toBe('Có mặt 1/3 — chưa đủ 2/3 (cần 2)');
    await page.keyboard.press('c');
    await page.keyboard.press('v');
    await expect.poll(quorum).toBe('Có mặt 2/3 — đủ 2/3');
    await page.locator(id('attendance-2-reason')).fill('Đi công tác');
    await page.locator(id('attendance-2-reason')).blur();
    await page.waitForTimeout(300);
    await screenshot(page, 'meetings-attendance');
  });

  it('records a vote and shows the core’s percentages and result', async () => {
    await page.locator(id('meeting-tab-opinions')).click();
    await page.locator(id('opinion-0-add')).click();
    await page.locator(id('opinion-0-0-speaker')).fill('Trần Thị Bình');
    await page.locator(id('opinion-0-0-text')).fill('Đề nghị bổ sung hoạt động chăm lo cho công nhân nữ.');
    await page.locator(id('conclusion-0')).fill('Thống nhất kế hoạch, bổ sung theo ý kiến.');
    await page.locator(id('motion-add')).click();
    await page.locator(id('motion-0-text')).fill('Thông qua kế hoạch hoạt động quý II');
    await page.locator(id('motion-0-for')).fill('2');
    await page.locator(id('motion-0-against')).fill('0');
    await page.locator(id('opinions-save')).click();
    const result = page.locator(id('motion-0-result'));
    await result.waitFor();
    expect(await result.innerText()).toContain('Thông qua');
    expect(await result.innerText()).toContain('100% tán thành');
    await screenshot(page, 'meetings-opinions');
  });

  it('makes the minutes, opens them in the documents editor and downloads .pdf and .docx with the title', async () => {
    await page.locator(id('meeting-tab-papers')).click();
    await screenshot(page, 'meetings-papers');
    await page.locator(id('paper-minutes')).click();
    await page.locator(id('doc-editor')).waitFor();
    expect(await page.locator(id('doc-heading-type')).innerText()).toBe('Biên bản');
    await page.waitForTimeout(600);
    await screenshot(page, 'meetings-minutes-editor');

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.locator(id('doc-download-pdf')).click()]);
    const pdfBytes = await bytesOf(pdf);
    minutesPdf = pdfBytes;
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'uniondesk-minutes-'));
    await writeFile(path.join(dir, 'bb.pdf'), pdfBytes);
    await promisify(execFile)('pdftotext', ['-layout', path.join(dir, 'bb.pdf'), path.join(dir, 'bb.txt')]);
    const text = (await readFile(path.join(dir, 'bb.txt'), 'utf8')).replace(/\s+/g, ' ');
    expect(text).toContain('Hội nghị Ban Chấp hành tháng 3');
    // The figures recorded in the page, as the core wrote them (the motion's text wraps in its table cell).
    for (const figure of ['Có mặt 2/3', 'Lê Văn Cường – vắng mặt, lý do: Đi công tác', '2/2 (100%)'])
      expect(text).toContain(figure);
    expect(text).toContain('Đề nghị bổ sung hoạt động chăm lo cho công nhân nữ.');

    const [docx] = await Promise.all([page.waitForEvent('download'), page.locator(id('doc-download-docx')).click()]);
    const docxBytes = await bytesOf(docx);
    expect(docxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = strFromU8(unzipSync(new Uint8Array(docxBytes))['word/document.xml']);
    expect(xml.replace(/<[^>]+>/g, '')).toContain(TITLE);
  });

  it('downloads the invitations as one .zip: the Giấy mời and an .ics per person convened', async () => {
    await page.locator(id('doc-back')).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(id('paper-invitations')).click(),
    ]);
    expect(download.suggestedFilename()).toBe('giay-moi-2026-03-05.zip');
    const files = unzipSync(new Uint8Array(await bytesOf(download)));
    const names = Object.keys(files);
    expect(names.filter((n) => n.endsWith('.ics'))).toHaveLength(3);
    const pdf = names.find((n) => n.endsWith('.pdf'))!;
    expect(strFromU8(files[pdf].subarray(0, 5))).toBe('%PDF-');
    const ics = strFromU8(files[names.find((n) => n.endsWith('.ics'))!]);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Asia/Ho_Chi_Minh');
  });

  it('makes the resolution of the motion that passed and opens it the same way', async () => {
    await page.locator(id('paper-resolution')).click();
    await page.locator(id('doc-editor')).waitFor();
    expect(await page.locator(id('doc-heading-type')).innerText()).toBe('Nghị quyết');
    await expect.poll(() => page.locator(id('doc-body')).innerText()).toContain('Thông qua kế hoạch hoạt động quý II');
    await page.locator(id('doc-back')).click();
    await page.locator(id('paper-resolution-open')).waitFor();
    await screenshot(page, 'meetings-papers-made');
  });

  it('asks in Vietnamese before making the minutes again over the secretary’s edits, and keeps them', async () => {
    await page.locator(id('paper-minutes-open')).click();
    await page.locator(id('doc-body')).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Thư ký bổ sung.');
    await page.locator(`${id('doc-autosave-status')}[data-state="saved"]`).waitFor({ timeout: 10_000 });
    await page.locator(id('doc-back')).click();
    await page.locator(id('paper-minutes')).click();
    await page.locator('.ant-modal-confirm-title', { hasText: 'Biên bản dự thảo đã được sửa' }).waitFor();
    await page.waitForTimeout(500); // the dialog's opening animation, for the picture
    await screenshot(page, 'meetings-minutes-conflict');
    await page.locator(id('paper-overwrite-cancel')).click();
    await page.locator(id('doc-editor')).waitFor();
    await expect.poll(() => page.locator(id('doc-body')).innerText()).toContain('Thư ký bổ sung.');
    await page.locator(id('doc-back')).click();
  });

  it('attaches a file to an agenda item and makes the meeting pack with its progress, then the PDF and the zip', async () => {
    await page.locator(id('meeting-tab-info')).click();
    await page.locator(id('agenda-0-attachments-input')).setInputFiles({
      name: 'bao-cao-quy-I.pdf',
      mimeType: 'application/pdf',
      buffer: minutesPdf,
    });
    await expect.poll(() => page.locator(id('agenda-0-attachments')).innerText()).toContain('bao-cao-quy-I.pdf');
    await page.locator(id('meeting-save')).click();
    await page.locator(id('meeting-tab-papers')).click();
    await page.locator(id('pack-start')).click();
    const done = page.locator(id('pack-done'));
    await done.waitFor({ timeout: 60_000 });
    expect(await done.innerText()).toMatch(/^Xong: \d+ trang\.$/);
    expect(await page.locator(id('pack-parts')).innerText()).toContain('— trang 1');
    await screenshot(page, 'meetings-pack');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.locator(id('pack-pdf')).click()]);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'uniondesk-pack-'));
    await writeFile(path.join(dir, 'pack.pdf'), await bytesOf(pdf));
    await promisify(execFile)('pdftotext', ['-layout', path.join(dir, 'pack.pdf'), path.join(dir, 'pack.txt')]);
    const text = (await readFile(path.join(dir, 'pack.txt'), 'utf8')).replace(/\s+/g, ' ');
    expect(text).toContain('Kế hoạch hoạt động quý II');
    const [zip] = await Promise.all([page.waitForEvent('download'), page.locator(id('pack-zip')).click()]);
    const names = Object.keys(unzipSync(new Uint8Array(await bytesOf(zip))));
    expect(names.some((n) => n.endsWith('.docx'))).toBe(true);
    // The attached file as it was given, under a numbered, accent-free name (05-bao-cao-quy-i-pdf.pdf).
    expect(names.some((n) => /bao-cao-quy-i.*\.pdf$/.test(n))).toBe(true);
  });

  it('lists the meeting under its status with no page errors', async () => {
    await page.locator(id('meeting-back')).click();
    await page.locator(id('meetings-list')).waitFor();
    await page.locator('tr', { hasText: TITLE }).waitFor();
    await page.waitForTimeout(400); // the table's loading fade, for the picture
    await screenshot(page, 'meetings-list');
    expect(errors).toEqual([]);
  });

  it('sets the quorum of union group meetings in Settings', async () => {
    await page.locator(id('nav-settings')).click();
    const congress = page.locator(id('quorum-congress'));
    await expect.poll(() => congress.innerText()).toBe('Ít nhất 2/3');
    await pick('quorum-group', 'Quá 1/2');
    await page.locator(id('quorum-save')).click();
    await page.locator('.ant-message', { hasText: 'Đã lưu quy định số lượng tối thiểu.' }).waitFor();
    await page.locator(id('quorum-setting')).scrollIntoViewIfNeeded();
    await screenshot(page, 'meetings-quorum-setting');
    expect(errors).toEqual([]);
  });
});
