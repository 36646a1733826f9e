/**
 * Đoàn phí in Debian chromium against the real web host and core, at 1366×768: members imported with the CLI, then
 * in the page the accountant's payroll sheet (.xlsx with title rows, amounts as numbers and as "7.250.000", one
 * unknown CCCD rejected with its Excel row), a union group marked paid with one exception, its collection sheet
 * printed (the PDF read back with pdftotext), a member's "Lịch sử đóng góp", the deduction list, closing and
 * adjusting the month, arrears with a reminder letter; then a 5,000-member month. The steps share one page, in order.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DUE,
  MEMBERS,
  UNKNOWN_ROW,
  membersCsv,
  numberedMembersCsv,
  payrollXlsx,
  prepareVault,
  unlock,
  vnd,
} from './dues-data';
import { id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

const run = promisify(execFile);
let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ud-dues-e2e-'));
  host = await startHost(90_000, {
    env: { UNIONDESK_TEST_KDF: 'fast' },
    prepare: (dataDir) => prepareVault(dataDir, path.join(tmp, 'doan-vien.csv'), membersCsv(), MEMBERS.length),
  });
  ({ browser, page, errors } = await launch({ width: 1366, height: 768 }));
}, 180_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-dues-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const rowOf = (name: string) => page.locator(id('dues-row'), { hasText: name });

/** A screenshot once antd's transitions (fades, the tab ink bar) have finished. */
async function shot(name: string) {
  await page.waitForTimeout(600);
  await screenshot(page, name);
}

/** The page's own view must fit 1366×768: no horizontal scroll of the whole window. */
async function expectNoPageOverflow(on: Page = page) {
  const overflow = await on.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('dues in a browser against the real core', () => {
  it('opens the dues page on July 2026 with the members owing', async () => {
    await unlock(page, host.url);
    await page.locator(id('nav-dues')).click();
    await page.locator(id('dues-page')).waitFor();
    const month = page.locator(id('dues-month'));
    await month.click();
    await month.fill('07/2026');
    await month.press('Enter');
    await rowOf('Nguyễn Văn An').waitFor();
    expect(await page.locator(id('dues-row')).count()).toBe(MEMBERS.length);
  });

  it('imports the payroll sheet: checked first, one row rejected with its Excel row, then applied', async () => {
    await page.locator(id('dues-import')).click();
    await page.locator(id('dues-import-salaries')).click();
    const dialog = page.locator(id('dues-import-dialog-salaries'));
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'bang-luong-t7.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await payrollXlsx(),
    });
    await dialog.locator(id('dues-import-report')).waitFor();
    expect(await dialog.locator(id('dues-import-count-applied')).innerText()).toContain(String(MEMBERS.length));
    const rejected = dialog.locator(`${id('dues-import-rejected')} tbody tr`);
    expect(await rejected.count()).toBe(1);
    const cells = await rejected.first().locator('td').allInnerTexts();
    expect(cells[0]).toBe(String(UNKNOWN_ROW));
    await shot('dues-import-check');
    await page.locator(id('dues-import-apply')).click();
    await dialog.getByText('Đã nhập xong').waitFor();
    await page.locator(id('dues-import-close')).click();
    await page.waitForFunction(
      ([sel, text]) => [...document.querySelectorAll(sel)].some((r) => r.textContent?.includes(text)),
      [id('dues-row'), vnd(DUE[0])] as const,
    );
    expect(await rowOf('Nguyễn Văn An').innerText()).toContain(vnd(7_250_000));
    expect(await rowOf('Lê Thị Chi').innerText()).toContain(vnd(234_000));
    await expectNoPageOverflow();
    await shot('dues-ledger');
  });

  it('marks Tổ May 1 paid except Trần Thị Bình; the totals and the rate follow', async () => {
    await page.locator(id('dues-unit')).click();
    await page.keyboard.type('may 1');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: 'Tổ May 1' })
      .click();
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, id('dues-row'));
    await page.locator(id('dues-pay-all')).click();
    const dialog = page.locator(id('dues-bulk-dialog'));
    await dialog.waitFor();
    await dialog.locator(id('dues-bulk-row'), { hasText: 'Trần Thị Bình' }).locator('input[type=checkbox]').click();
    const paid = DUE[0] + DUE[2] + DUE[3];
    expect(await dialog.locator(id('dues-bulk-selected')).innerText()).toBe(`Đã chọn 3/4 người, tổng ${vnd(paid)}`);
    await shot('dues-bulk');
    await page.locator(id('dues-bulk-ok')).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent === text, [
      id('dues-total-collected'),
      vnd(paid),
    ] as const);
    const due = DUE[0] + DUE[1] + DUE[2] + DUE[3];
    expect(await page.locator(id('dues-total-due')).innerText()).toBe(vnd(due));
    expect(await page.locator(id('dues-total-rate')).innerText()).toBe(
      `${(Math.round((paid / due) * 1000) / 10).toLocaleString('vi-VN')}%`,
    );
    expect(await rowOf('Trần Thị Bình').innerText()).toContain(vnd(DUE[1]));
    await shot('dues-ledger-paid');
  });

  it("records Bình's two months at once: July, then an advance for August", async () => {
    await rowOf('Trần Thị Bình').locator(id('dues-row-pay')).click();
    const dialog = page.locator(id('dues-pay-dialog'));
    await dialog.waitFor();
    await dialog.locator(id('dues-pay-amount')).fill(String(2 * DUE[1]));
    const allocation = dialog.locator(id('dues-pay-allocation'));
    await allocation.getByText(`Trả trước tháng 08/2026: ${vnd(DUE[1])}`).waitFor();
    expect(await allocation.innerText()).toContain(`Tháng 07/2026: ${vnd(DUE[1])}`);
    await shot('dues-pay');
    await page.locator(id('dues-pay-ok')).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent === text, [
      id('dues-total-rate'),
      '100%',
    ] as const);
  });

  it("prints the group's collection sheet: the PDF holds its title, names and amounts", async () => {
    await page.locator(id('dues-paper')).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(id('dues-sheet')).click()]);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { stdout } = await run('pdftotext', ['-layout', file, '-']);
    const text = stdout.normalize('NFC');
    expect(text).toContain('DANH SÁCH THU ĐOÀN PHÍ CÔNG ĐOÀN THÁNG 07/2026');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('36.250');
  });

  it("opens a member's contribution history from the member page", async () => {
    await page.locator(id('nav-members')).click();
    await page.locator(id('members-search')).fill('nguyen van an');
    await page.locator(id('member-row')).first().click();
    await page.locator(id('member-tab-dues')).click();
    const history = page.locator(id('member-dues-history'));
    const july = history.locator(id('member-dues-month'), { hasText: '07/2026' });
    await july.waitFor();
    expect(await july.innerText()).toContain(vnd(DUE[0]));
    expect(await history.getByText('Tiền mặt', { exact: true }).count()).toBe(1);
    await shot('dues-member-history');
  });

  it('shows the report, the arrears and the rates without cutting anything off', async () => {
    await page.keyboard.press('Escape');
    await page.locator(id('nav-dues')).click();
    await page.locator(id('dues-tab-report')).click();
    await page.locator(id('dues-rate-chart')).waitFor();
    await expectNoPageOverflow();
    await shot('dues-report');
    await page.locator(id('dues-tab-arrears')).click();
    await page.locator(id('dues-arrears')).waitFor();
    await shot('dues-arrears');
    await page.locator(id('dues-tab-rules')).click();
    await page.locator(id('dues-rule-row')).first().waitFor();
    expect(await page.locator(id('dues-rule-row')).count()).toBe(2);
    await expectNoPageOverflow();
    await shot('dues-rules');
  });

  it("downloads the accountant's deduction list, then closes July: locked, adjustments only", async () => {
    await page.locator(id('dues-tab-ledger')).click();
    await rowOf('Nguyễn Văn An').waitFor();
    await page.locator(id('dues-paper')).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(id('dues-deduction-list')).click(),
    ]);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const cells = wb.worksheets[0].getSheetValues().flat().map(String);
    // Only what is still owed is deducted: the Tổ Cắt pair, not those who paid in cash.
    expect(cells).toContain('Hoàng Thị Em');
    expect(cells).toContain(String(DUE[4]));
    expect(cells).not.toContain('Nguyễn Văn An');

    await page.locator(id('dues-close')).click();
    await page.locator(id('dues-close-ok')).click();
    await page.locator(id('dues-closed')).waitFor();
    expect(await page.locator(id('dues-pay-all')).count()).toBe(0);
    await rowOf('Hoàng Thị Em').locator(id('dues-row-adjust')).click();
    const dialog = page.locator(id('dues-adjust-dialog'));
    await dialog.locator(id('dues-adjust-amount')).fill(String(DUE[4]));
    await dialog.locator(id('dues-adjust-reason')).fill('Nộp muộn sau khi khoá sổ');
    await shot('dues-adjust');
    await page.locator(id('dues-adjust-ok')).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(
      ([sel, text]) => [...document.querySelectorAll(sel)].some((r) => r.textContent?.includes(text)),
      [id('dues-row'), 'Hoàng Thị Em'] as const,
    );
    await shot('dues-closed');
  });

  it('lists arrears as of 12/2026 with their level and drafts the reminder letter, opened in the editor', async () => {
    const month = page.locator(id('dues-month'));
    await month.click();
    // July, closed in the step before, carries its lock in the picker.
    expect(await page.locator(id('dues-closed-month')).innerText()).toMatch(/7/);
    await month.fill('12/2026');
    await month.press('Enter');
    await page.locator(id('dues-tab-arrears')).click();
    // Everyone joined in 2020: counted back to admission, Giang is at the highest level...
    const giang = page.locator(id('dues-arrears-row'), { hasText: 'Vũ Văn Giang' });
    await giang.waitFor();
    expect(await giang.innerText()).toContain('Khai trừ');
    // ...until the union says its book in UnionDesk starts in July 2026 (the months before were kept on paper).
    const start = page.locator(id('dues-book-start'));
    await start.click();
    await start.fill('07/2026');
    await start.press('Enter');
    await page.locator(id('dues-book-start-line'), { hasText: 'Những tháng trước 07/2026' }).waitFor();
    // Giang has paid nothing since July: six months, the first level; Em's July was settled by the adjustment.
    await page.locator(id('dues-arrears-row'), { hasText: 'Khiển trách' }).first().waitFor();
    expect(await giang.innerText()).toContain('Khiển trách');
    expect(await giang.innerText()).toContain(vnd(6 * DUE[5]));
    await shot('dues-arrears-levels');
    await giang.locator(id('dues-remind')).click();
    await page.locator(id('dues-open-reminder')).click();
    await page.locator(id('documents-page')).waitFor();
    await page.locator(id('doc-save')).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('a 5,000-member month in a browser', () => {
  const BIG = 5000;
  let bigHost: RunningHost;
  let bigBrowser: Browser;
  let big: Page;
  let bigErrors: string[];

  beforeAll(async () => {
    bigHost = await startHost(90_000, {
      env: { UNIONDESK_TEST_KDF: 'fast' },
      prepare: (dataDir) => prepareVault(dataDir, path.join(tmp, 'doan-vien-5000.csv'), numberedMembersCsv(BIG), BIG),
    });
    ({ browser: bigBrowser, page: big, errors: bigErrors } = await launch({ width: 1366, height: 768 }));
  }, 300_000);

  afterAll(async () => {
    await bigBrowser?.close();
    await bigHost?.stop();
  });

  it('shows the whole month through a virtual table: few rows in the page, the last one reached by scrolling', async () => {
    await unlock(big, bigHost.url);
    const started = Date.now();
    await big.locator(id('nav-dues')).click();
    await big.locator(id('dues-row')).first().waitFor({ timeout: 120_000 });
    console.log(`dues e2e: the 5,000-member ledger shown in ${Date.now() - started} ms`);
    expect(await big.locator(id('dues-totals')).innerText()).toContain('Đã nộp: 0/5.000');
    expect(await big.locator(id('dues-row')).count()).toBeLessThan(100);
    await big.locator(`${id('dues-ledger')} .ant-table-tbody-virtual-holder`).evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await big
      .locator(id('dues-row'), { hasText: String(BIG) })
      .first()
      .waitFor();
    await expectNoPageOverflow(big);
    await big.waitForTimeout(600);
    await screenshot(big, 'dues-ledger-5000');
    expect(bigErrors).toEqual([]);
  }, 180_000);
});
