/**
 * Bầu cử in Debian chromium against the real web host and core: an election set up in the page (seats, ballots
 * issued and collected, candidates typed as names), ballots entered by keyboard only — the numbers struck out and
 * Enter, an empty Enter, Backspace to take back the last — with each ballot's validity shown before Enter and the
 * results live from the core; then the Biên bản kiểm phiếu downloaded and read back. Screenshots at 1366×768.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

const PASS = 'Đoàn kết - Dân chủ 2026';
const ORG = 'Công đoàn cơ sở Công ty TNHH May Hà Đông';
const ELECTING = 'Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030';
const CONGRESS = 'Đại hội Công đoàn cơ sở lần thứ II, nhiệm kỳ 2025–2030';
const CANDIDATES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];

let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  host = await startHost(90_000, {
    env: { UNIONDESK_TEST_KDF: 'fast' },
    prepare: async (dataDir) => {
      const env = { UNIONDESK_PASSPHRASE: PASS };
      await cli(
        ['init', '--data-dir', dataDir, '--org-name', ORG, '--upper-level', 'Công đoàn phường Hà Đông', '--json'],
        env,
      );
      await cli(['org', 'set', '--data-dir', dataDir, 'place=Hà Nội', 'chairName=Nguyễn Văn An', '--json'], env);
      const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'uniondesk-congress-')), 'congress.json');
      await writeFile(file, JSON.stringify({ kind: 'congress', title: CONGRESS, startsAt: '2026-03-20T08:00' }));
      await cli(['meetings', 'create', '--file', file, '--data-dir', dataDir, '--json'], env);
    },
  });
  ({ browser, page, errors } = await launch({ width: 1366, height: 768 }));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-elections-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const input = () => page.locator(id('ballot-input'));
const last = () => page.locator(id('ballot-last')).innerText();
const resultRows = () => page.locator(`${id('election-results')} tbody tr`).allInnerTexts();

describe('elections in a browser against the real core', () => {
  it('unlocks and creates an election', async () => {
    await page.goto(host.url);
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
    await page.locator(id('app-shell')).waitFor();
    await page.locator(id('nav-elections')).click();
    await page.locator(id('elections-new')).click();
    await page.locator(id('new-election-electing')).fill(ELECTING);
    await page.locator(id('new-election-seats')).fill('2');
    await page.locator(id('election-create')).click();
    await page.locator(id('election-setup')).waitFor();
  });

  it('sets up seats, ballots and the candidates typed as names', async () => {
    await page.locator(id('election-issued')).fill('5');
    await page.locator(id('election-collected')).fill('5');
    await page.locator(`${id('election-meeting')} input`).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: CONGRESS }).click();
    await page.locator(`${id('candidate-add')} input`).click();
    for (const name of CANDIDATES) {
      // The picker comes back empty and focused after each name: type the next one straight away.
      await page.keyboard.type(name);
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `«${name}»` }).click();
    }
    for (const [i, name] of CANDIDATES.entries())
      expect(await page.locator(id(`candidate-${i}`)).inputValue()).toBe(name);
    await page.locator(id('election-issued')).click(); // out of the picker, for the picture
    await screenshot(page, 'elections-setup');
    await page.locator(id('election-save')).click();
    await input().waitFor();
  });

  it('enters ballots by keyboard with their validity at once and the results live', async () => {
    await input().focus();
    await page.keyboard.type('3 4');
    expect(await page.locator(id('ballot-state')).innerText()).toContain('Phiếu hợp lệ');
    await page.keyboard.press('Enter');
    await expect.poll(last).toBe('Đã ghi phiếu số 1: Phiếu hợp lệ');
    await page.keyboard.press('Enter'); // nobody struck: four kept for two seats
    await expect.poll(last).toBe('Đã ghi phiếu số 2: Phiếu không hợp lệ: giữ quá số người cần bầu');
    await page.keyboard.press('Backspace'); // take it back
    await expect.poll(last).toBe('Đã xoá phiếu số 2.');
    for (const ballot of ['2 4', '3 4', '2 3', '3 4']) {
      await page.keyboard.type(ballot);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type('1 2 3 4');
    expect(await page.locator(id('ballot-state')).innerText()).toContain('gạch hết (phiếu trắng)');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(id('ballot-count')).innerText()).toBe('Đã nhập 6 / 5 phiếu thu vào');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator(id('ballot-count')).innerText()).toBe('Đã nhập 5 / 5 phiếu thu vào');
    await expect
      .poll(resultRows)
      .toEqual([
        '1\tNguyễn Văn An\t5\t100%\tTrúng cử',
        '2\tTrần Thị Bình\t3\t60%\tTrúng cử',
        '3\tLê Văn Cường\t1\t20%\tKhông trúng cử',
        '4\tPhạm Thị Dung\t1\t20%\tKhông trúng cử',
      ]);
    await screenshot(page, 'elections-entry');
  });

  it('downloads the Biên bản kiểm phiếu with the figures', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(id('election-minutes-pdf')).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'uniondesk-kiem-phieu-'));
    await writeFile(path.join(dir, 'bb.pdf'), bytes);
    await promisify(execFile)('pdftotext', ['-layout', path.join(dir, 'bb.pdf'), path.join(dir, 'bb.txt')]);
    const text = (await readFile(path.join(dir, 'bb.txt'), 'utf8')).replace(/\s+/g, ' ');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Trần Thị Bình');
  });

  it('downloads the ballot papers and makes the congress’s tờ trình công nhận in the documents editor', async () => {
    const [papers] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(id('election-ballot-papers')).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const c of await papers.createReadStream()) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.locator(id('election-recognition')).click();
    await page.locator(id('doc-editor')).waitFor();
    expect(await page.locator(id('doc-heading-type')).innerText()).toBe('Tờ trình');
    // The two elected, counted in the body; their names go to the appendix (\phuluc).
    await expect.poll(() => page.locator(id('doc-body')).innerText()).toContain('gồm 02 đồng chí');
    await page.waitForTimeout(600);
    await screenshot(page, 'elections-recognition');
    expect(errors).toEqual([]);
  });
});
