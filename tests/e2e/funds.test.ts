/**
 * Tài chính and Phúc lợi in Debian chromium against the real web host and core, at 1366×768: six members imported
 * with the CLI; in the page the cash opening balance, a month's vouchers typed in (receipts, payments, a transfer to
 * the bank, one cancelled with its reason), a support payment recorded from a member's page (its voucher lands in
 * the cash book), the cash book with its running balance and month total, printed (the PDF read back with
 * pdftotext); the bank book, the summary chart, B07, the programmes and 1-HĐCĐ pages fit the window. The steps
 * share one page, in order.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MEMBERS, membersCsv, prepareVault, unlock, vnd } from './dues-data';
import { id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

const run = promisify(execFile);
let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ud-funds-e2e-'));
  host = await startHost(90_000, {
    env: { UNIONDESK_TEST_KDF: 'fast' },
    prepare: (dataDir) => prepareVault(dataDir, path.join(tmp, 'doan-vien.csv'), membersCsv(), MEMBERS.length),
  });
  ({ browser, page, errors } = await launch({ width: 1366, height: 768 }));
}, 180_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-funds-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** A screenshot once antd's transitions (fades, the tab ink bar) have finished. */
async function shot(name: string) {
  await page.waitForTimeout(600);
  await screenshot(page, name);
}

/** The page's own view must fit 1366×768: no horizontal scroll of the whole window. */
async function expectNoPageOverflow() {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function typeDate(testId: string, ddmmyyyy: string) {
  const input = page.locator(id(testId));
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

async function pickOption(testId: string, text: string) {
  await page.locator(id(testId)).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

interface Entry {
  type: 'receipt' | 'payment' | 'transfer';
  date: string;
  amount: number;
  category?: string;
  description: string;
  party?: string;
}

// November 2026: KPCĐ received, a football tournament, stationery (cancelled later), cash to the bank, other income.
const MONTH: Entry[] = [
  {
    type: 'receipt',
    date: '02/11/2026',
    amount: 12_000_000,
    category: 'Kinh phí công đoàn',
    description: 'KPCĐ quý III do công ty chuyển',
    party: 'Công ty TNHH May Hà Đông',
  },
  {
    type: 'payment',
    date: '10/11/2026',
    amount: 3_500_000,
    category: 'Hoạt động phong trào',
    description: 'Giải bóng đá công nhân',
  },
  {
    type: 'payment',
    date: '15/11/2026',
    amount: 450_000,
    category: 'Quản lý hành chính',
    description: 'Văn phòng phẩm',
  },
  { type: 'transfer', date: '20/11/2026', amount: 5_000_000, description: 'Nộp tiền mặt vào tài khoản' },
  { type: 'receipt', date: '25/11/2026', amount: 200_000, category: 'Thu khác', description: 'Thanh lý giấy vụn' },
];
const OPENING = 5_000_000;
const SUPPORT = 1_000_000;

async function enterVoucher(e: Entry) {
  await page.locator(id('funds-voucher-add')).click();
  const dialog = page.locator(id('funds-voucher-dialog'));
  await dialog.waitFor();
  await page.locator(id(`funds-voucher-type-${e.type}`)).click();
  await typeDate('funds-voucher-date', e.date);
  await page.locator(id('funds-voucher-amount')).fill(String(e.amount));
  if (e.category) await pickOption('funds-voucher-category', e.category);
  await page.locator(id('funds-voucher-description')).fill(e.description);
  if (e.party) {
    await page.locator(`${id('funds-voucher-party')} input`).fill(e.party);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'không phải đoàn viên' })
      .click();
  }
  await page.locator(id('funds-voucher-ok')).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('funds and welfare in a browser against the real core', () => {
  it('sets the cash opening balance for 2026 on the summary', async () => {
    await unlock(page, host.url);
    await page.locator(id('nav-finance')).click();
    await page.locator(id('funds-summary')).waitFor();
    await page.locator(id('funds-opening')).click();
    await page.locator(id('funds-opening-amount')).fill(String(OPENING));
    await page.locator(id('funds-opening-ok')).click();
    await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent?.includes(text), [
      id('funds-cash'),
      vnd(OPENING),
    ] as const);
  });

  it("enters November's vouchers, cancels one with its reason, prints a receipt", async () => {
    await page.locator(id('funds-tab-vouchers')).click();
    await page.locator(id('funds-vouchers')).waitFor();
    for (const e of MONTH) await enterVoucher(e);
    const rows = page.locator(id('funds-voucher-row'));
    await expect.poll(() => rows.count()).toBe(MONTH.length);
    const codes = await page.locator(id('funds-voucher-code')).allInnerTexts();
    expect(codes.sort()).toEqual(['PC1', 'PC2', 'PC3 / BC1', 'PT1', 'PT2']);
    await shot('funds-vouchers');

    const stationery = rows.filter({ hasText: 'Văn phòng phẩm' });
    await stationery.locator(id('funds-voucher-cancel')).click();
    await page.locator(id('funds-cancel-reason')).fill('Ghi trùng với phiếu của công ty');
    await page.locator(id('funds-cancel-ok')).click();
    await expect.poll(() => stationery.innerText()).toContain('Đã huỷ: Ghi trùng với phiếu của công ty');
    expect(await rows.count()).toBe(MONTH.length);

    const kpcd = rows.filter({ hasText: 'KPCĐ quý III' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      kpcd.locator(id('funds-voucher-pdf')).click(),
    ]);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const text = (await run('pdftotext', ['-layout', file, '-'])).stdout.normalize('NFC');
    expect(text).toMatch(/PHIẾU THU/);
    expect(text).toContain('12.000.000');
    expect(text).toContain('Mười hai triệu đồng');
  });

  it('attaches a scanned invoice to a voucher, downloads it back, and the voucher PDF lists it', async () => {
    const football = page.locator(id('funds-voucher-row')).filter({ hasText: 'Giải bóng đá' });
    await football.locator(id('funds-voucher-files')).click();
    const papers = page.locator(id('funds-files-dialog'));
    await papers.waitFor();
    const scan = Buffer.from('%PDF-1.4\n% hoá đơn giải bóng đá\n%%EOF\n');
    await papers
      .locator(id('funds-file-input'))
      .setInputFiles({ name: 'Hoá đơn trọng tài.pdf', mimeType: 'application/pdf', buffer: scan });
    await expect.poll(() => papers.locator(id('funds-file-row')).count()).toBe(1);
    const [back] = await Promise.all([
      page.waitForEvent('download'),
      papers.locator(id('funds-file-download')).click(),
    ]);
    expect(back.suggestedFilename()).toBe('Hoá đơn trọng tài.pdf');
    expect((await readFile(await back.path())).equals(scan)).toBe(true);
    await shot('funds-voucher-files');
    await page.keyboard.press('Escape');
    await papers.waitFor({ state: 'detached' });
    const [printed] = await Promise.all([
      page.waitForEvent('download'),
      football.locator(id('funds-voucher-pdf')).click(),
    ]);
    const text = (await run('pdftotext', ['-layout', await printed.path(), '-'])).stdout.normalize('NFC');
    expect(text.replace(/\s+/g, ' ')).toContain('Kèm theo: 1 tệp (Hoá đơn trọng tài.pdf)');
  });

  it("refuses a cash payment beyond the balance with the core's Vietnamese reason", async () => {
    await page.locator(id('funds-voucher-add')).click();
    await page.locator(id('funds-voucher-type-payment')).click();
    await typeDate('funds-voucher-date', '26/11/2026');
    await page.locator(id('funds-voucher-amount')).fill('900000000');
    await pickOption('funds-voucher-category', 'Chi khác');
    await page.locator(id('funds-voucher-description')).fill('Chi quá quỹ');
    await page.locator(id('funds-voucher-ok')).click();
    const alert = page.locator(`${id('funds-voucher-dialog')} ~ [role=alert], .ant-modal [role=alert]`).first();
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/tiền mặt/i);
    await shot('funds-voucher-refused');
    await page.keyboard.press('Escape');
    await page.locator(id('funds-voucher-dialog')).waitFor({ state: 'detached' });
  });

  it("records a support payment from Trần Thị Bình's page; it shows next to her dues history", async () => {
    await page.locator(id('nav-members')).click();
    await page.locator(id('members-search')).fill('tran thi binh');
    await page.locator(id('member-row')).filter({ hasText: 'Trần Thị Bình' }).first().click();
    await page.locator(id('member-tab-dues')).click();
    const history = page.locator(id('member-support-history'));
    await history.waitFor();
    await page.locator(id('member-dues-history')).waitFor();
    await history.locator(id('member-support-add')).click();
    await page.locator(id('welfare-support-dialog')).waitFor();
    await pickOption('welfare-support-kind', 'Ốm đau');
    await typeDate('welfare-support-date', '27/11/2026');
    await page.locator(id('welfare-support-amount')).fill(String(SUPPORT));
    await page.locator(id('welfare-support-decision')).fill('QĐ số 15/QĐ-CĐCS ngày 26/11/2026');
    await page.locator(id('welfare-support-ok')).click();
    await page.locator(id('welfare-support-dialog')).waitFor({ state: 'detached' });
    const row = history.locator(id('welfare-support-row'));
    await row.waitFor();
    expect(await row.innerText()).toContain(vnd(SUPPORT));
    expect(await row.locator(id('welfare-support-voucher')).innerText()).toBe('PC4');
    expect(await history.locator(id('member-support-total')).innerText()).toBe(`Tổng đã nhận: ${vnd(SUPPORT)}`);
    await shot('funds-member-support');
    await page.keyboard.press('Escape');
  });

  it('shows the cash book: opening, running balance, the cancelled voucher marked, the month total; prints it', async () => {
    await page.locator(id('nav-finance')).click();
    await page.locator(id('funds-tab-cash')).click();
    const book = page.locator(id('funds-book-cash'));
    await book.waitFor();
    const rows = book.locator(id('funds-book-row'));
    await expect.poll(() => rows.count()).toBe(MONTH.length + 1);
    const closing = OPENING + 12_000_000 - 3_500_000 - 5_000_000 + 200_000 - SUPPORT;
    expect(await book.locator(id('funds-book-closing')).innerText()).toBe(vnd(closing));
    expect(await book.locator(id('funds-book-line-opening')).innerText()).toContain(vnd(OPENING));
    expect(await rows.filter({ hasText: 'Văn phòng phẩm' }).getAttribute('class')).toContain('ud-funds-cancelled');
    expect(await rows.filter({ hasText: 'KPCĐ quý III' }).innerText()).toContain(vnd(OPENING + 12_000_000));
    const november = book.locator(id('funds-book-line-month'));
    expect(await november.innerText()).toContain('Cộng tháng 11/2026');
    expect(await november.innerText()).toContain(vnd(12_200_000));
    await expectNoPageOverflow();
    await shot('funds-cash-book');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(id('funds-book-pdf')).click()]);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await run('pdftotext', ['-layout', file, '-'])).stdout.normalize('NFC');
    expect(text).toMatch(/SỔ QUỸ TIỀN MẶT/i);
    expect(text).toContain('KPCĐ quý III do công ty chuyển');
    expect(text).toContain('12.000.000');
    expect(text).toContain(closing.toLocaleString('de-DE'));
  });

  it('shows the transfer in the bank book, the summary chart, a B14 plan and B07, all inside the window', async () => {
    await page.locator(id('funds-tab-bank')).click();
    const bank = page.locator(id('funds-book-bank'));
    await expect.poll(() => bank.locator(id('funds-book-row')).count()).toBe(1);
    expect(await bank.locator(id('funds-book-row')).innerText()).toContain('BC1');
    expect(await bank.locator(id('funds-book-closing')).innerText()).toBe(vnd(5_000_000));

    await page.locator(id('funds-tab-summary')).click();
    await page.locator(id('funds-chart')).waitFor();
    expect(await page.locator(id('funds-chart-revenue')).count()).toBe(12);
    await expectNoPageOverflow();
    await shot('funds-summary');

    await page.locator(id('funds-tab-b14')).click();
    const kpcd = page.locator(id('funds-b14-row')).filter({ hasText: 'Kinh phí công đoàn' });
    await kpcd.waitFor();
    await kpcd.locator(id('funds-b14-planned')).fill('48000000');
    await kpcd.locator(id('funds-b14-planned')).press('Enter');
    await page.getByText('Đã lưu dự toán mục I.2').waitFor();
    await expectNoPageOverflow();
    await shot('funds-b14');

    await page.locator(id('funds-tab-b07')).click();
    await expect.poll(() => page.locator(id('funds-b07-revenue')).innerText()).toBe(vnd(12_200_000));
    expect(await page.locator(id('funds-b07-spending')).innerText()).toBe(vnd(3_500_000 + SUPPORT));
    await expectNoPageOverflow();
    await shot('funds-b07');
  });

  it("adds the union's own category on Khoản mục (#/finance/categories) with its B07 line", async () => {
    await page.evaluate(() => (location.hash = '#/finance/categories'));
    await expect.poll(() => page.locator(id('funds-category-row')).count()).toBe(11);
    await page.locator(id('funds-category-add')).click();
    await page.locator(id('funds-category-code')).fill('hieu-hi');
    await page.locator(id('funds-category-name')).fill('Chi hiếu hỉ');
    await page.locator(id('funds-category-line')).fill('II.1');
    await page.locator(id('funds-category-ok')).click();
    await expect.poll(() => page.locator(id('funds-category-row')).count()).toBe(12);
    expect(await page.locator(id('funds-category-row')).filter({ hasText: 'hieu-hi' }).innerText()).toMatch(/II\.1/);
    await expectNoPageOverflow();
    await shot('funds-categories');
  });

  it('lists the support on Phúc lợi, adds a programme and registers a member, shows 1-HĐCĐ and the overview card', async () => {
    await page.locator(id('nav-welfare')).click();
    await expect.poll(() => page.locator(id('welfare-support-row')).count()).toBe(1);
    await shot('welfare-support');

    await page.locator(id('welfare-tab-programmes')).click();
    await page.locator(id('welfare-programme-add')).click();
    await page.locator(id('welfare-programme-name')).fill('Khám sức khoẻ định kỳ 2026');
    await page.locator(id('welfare-programme-capacity')).fill('1');
    await page.locator(id('welfare-programme-ok')).click();
    await page.locator(id('welfare-programme-detail')).waitFor();
    await page.locator(`${id('welfare-register-member')} input`).fill('hoang thi em');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Hoàng Thị Em' }).click();
    await page.locator(id('welfare-register')).click();
    await expect.poll(() => page.locator(id('welfare-programme-seats')).innerText()).toBe('1/1 suất');
    await page.locator(`${id('welfare-register-member')} input`).fill('vu van giang');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Vũ Văn Giang' }).click();
    await page.locator(id('welfare-register')).click();
    expect(await page.locator(id('welfare-register-error')).innerText()).toMatch(/suất/);
    await expectNoPageOverflow();
    await shot('welfare-programmes');

    await page.locator(id('welfare-tab-hdcd')).click();
    await expect.poll(() => page.locator(id('welfare-hdcd-members')).innerText()).toBe(String(MEMBERS.length));
    await expectNoPageOverflow();
    await shot('welfare-hdcd');

    await page.locator(id('nav-overview')).click();
    await expect.poll(() => page.locator(id('overview-funds-cash')).innerText()).toContain(vnd(7_700_000));
    await expectNoPageOverflow();
    await shot('funds-overview');
    expect(errors).toEqual([]);
  });
});
