/** `uniondesk funds …` in process: the exact flags and JSON shapes, and exit 4 for what it names. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText, readXlsx, sheetValues, squash } from '../dues/files/read-back';
import { vndInWords } from '../../src/shared/text/money';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let out = '';
const { cli, human } = runsOn(() => dataDir);
const MEMBER = {
  fullName: 'Đỗ Thị Hoa',
  idNumber: '001090000011',
  unit: 'Tổ may',
  joinedOn: '2020-01-01',
  duesSalary: 7_000_000,
};

beforeAll(async () => {
  ({ dataDir } = await initVault());
  out = tempDir();
  const f = path.join(out, 'm.json');
  writeFileSync(f, JSON.stringify(MEMBER));
  expect((await cli('members', 'add', f)).code).toBe(0);
});

const voucher = (...args: string[]) => cli('funds', 'voucher', 'add', ...args);

describe('uniondesk funds', () => {
  it('lists the categories in the exact shape', async () => {
    const r = await cli('funds', 'categories');
    expect(r.code, r.stderr).toBe(0);
    const { categories } = json(r);
    expect(categories[0]).toEqual({ code: 'doan-phi', name: 'Đoàn phí công đoàn', kind: 'revenue', line: 'I.1' });
    expect(categories.map((c: { code: string }) => c.code)).toContain('nop-cap-tren');
    expect(Object.keys(categories[0])).toEqual(['code', 'name', 'kind', 'line']);
  });

  it('sets the opening, adds vouchers and answers {id, code}', async () => {
    expect((await cli('funds', 'opening', '--account', 'cash', '--year', '2026', '--amount', '1000000')).code).toBe(0);
    const pt = await voucher(
      '--type',
      'receipt',
      '--account',
      'cash',
      '--date',
      '2026-01-05',
      '--amount',
      '500000',
      '--category',
      'thu-khac',
      '--description',
      'Thu thanh lý',
      '--party',
      'Công ty X',
    );
    expect(pt.code, pt.stderr).toBe(0);
    expect(Object.keys(json(pt))).toEqual(['id', 'code']);
    expect(json(pt).code).toBe('PT1');
    const pc = await voucher(
      '--type',
      'payment',
      '--account',
      'cash',
      '--date',
      '2026-01-06',
      '--amount',
      '300000',
      '--category',
      'cham-lo',
      '--description',
      'Thăm ốm',
      '--member',
      MEMBER.idNumber,
    );
    expect(json(pc).code).toBe('PC1');
    const tr = await voucher(
      '--type',
      'transfer',
      '--account',
      'cash',
      '--date',
      '2026-01-07',
      '--amount',
      '200000',
      '--description',
      'Nộp tiền vào tài khoản',
    );
    expect(json(tr).code).toBe('PC2');
  });

  it('prints the book in the exact shape with running balances', async () => {
    const r = await cli('funds', 'book', '--account', 'cash', '--from', '2026-01-01', '--to', '2026-01-31');
    expect(r.code, r.stderr).toBe(0);
    const b = json(r);
    expect(Object.keys(b)).toEqual(['opening', 'receipts', 'payments', 'closing', 'entries']);
    expect([b.opening, b.receipts, b.payments, b.closing]).toEqual([1_000_000, 500_000, 500_000, 1_000_000]);
    expect(b.entries.map((e: { code: string; balance: number }) => [e.code, e.balance])).toEqual([
      ['PT1', 1_500_000],
      ['PC1', 1_200_000],
      ['PC2', 1_000_000],
    ]);
    expect(Object.keys(b.entries[0])).toEqual([
      'id',
      'date',
      'code',
      'category',
      'description',
      'receipt',
      'payment',
      'balance',
      'cancelled',
    ]);
    const bank = json(await cli('funds', 'book', '--account', 'bank', '--from', '2026-01-01', '--to', '2026-01-31'));
    expect(bank.entries.map((e: { code: string }) => e.code)).toEqual(['BC1']);
    const text = await human('funds', 'book', '--account', 'cash', '--from', '2026-01-01', '--to', '2026-01-31');
    expect(text.stdout).toContain('Thăm ốm');
  });

  it('exits 4 in Vietnamese: beyond the cash, a manual đoàn phí, a bad date or amount', async () => {
    const beyond = await voucher(
      '--type',
      'payment',
      '--account',
      'cash',
      '--date',
      '2026-01-08',
      '--amount',
      '1000001',
      '--category',
      'quan-ly',
      '--description',
      'Quá số dư',
    );
    expect(beyond.code).toBe(4);
    expect(json(beyond).error.message).toMatch(/Quỹ tiền mặt không đủ/);
    const dp = await voucher(
      '--type',
      'receipt',
      '--account',
      'cash',
      '--date',
      '2026-01-08',
      '--amount',
      '1',
      '--category',
      'doan-phi',
      '--description',
      'Tay',
    );
    expect(dp.code).toBe(4);
    expect(json(dp).error.message).toMatch(/đoàn phí/);
    const badDate = await voucher(
      '--type',
      'receipt',
      '--account',
      'cash',
      '--date',
      '2026-02-30',
      '--amount',
      '1',
      '--category',
      'thu-khac',
      '--description',
      'Ngày sai',
    );
    expect([badDate.code, json(badDate).error.message]).toEqual([4, expect.stringMatching(/Ngày không tồn tại/)]);
    const badAmount = await voucher(
      '--type',
      'receipt',
      '--account',
      'cash',
      '--date',
      '2026-01-08',
      '--amount',
      '12.5',
      '--category',
      'thu-khac',
      '--description',
      'Số sai',
    );
    expect(badAmount.code).toBe(4);
    expect(json(badAmount).error.message).toMatch(/Số tiền phải là số nguyên/);
    const zero = await voucher(
      '--type',
      'receipt',
      '--account',
      'cash',
      '--date',
      '2026-01-08',
      '--amount',
      '0',
      '--category',
      'thu-khac',
      '--description',
      'Không',
    );
    expect(zero.code).toBe(4);
  });

  it('posts dues, remits the upper level’s share, cancels, prints, closes the year', async () => {
    const pay = await cli(
      'dues',
      'pay',
      '--month',
      '2026-01',
      '--member',
      MEMBER.idNumber,
      '--amount',
      '35000',
      '--date',
      '2026-01-15',
    );
    expect(pay.code, pay.stderr).toBe(0);
    const remit = await cli(
      'funds',
      'remit',
      '--from',
      '2026-01-01',
      '--to',
      '2026-01-31',
      '--account',
      'cash',
      '--date',
      '2026-01-31',
    );
    expect(remit.code, remit.stderr).toBe(0);
    expect(json(remit)).toEqual({ id: expect.any(String), code: 'PC3', amount: 10_500 });
    const again = await cli(
      'funds',
      'remit',
      '--from',
      '2026-01-15',
      '--to',
      '2026-02-15',
      '--account',
      'cash',
      '--date',
      '2026-02-15',
    );
    expect(again.code).toBe(4);
    expect(json(again).error.message).toMatch(/đã nộp cấp trên \(PC3\)/);
    const cancel = await cli('funds', 'voucher', 'cancel', json(remit).id, '--reason', 'Nộp nhầm tài khoản');
    expect(cancel.code, cancel.stderr).toBe(0);
    const pdf = path.join(out, 'pc3.pdf');
    const printed = await cli('funds', 'voucher', 'pdf', json(remit).id, '--out', pdf);
    expect(printed.code, printed.stderr).toBe(0);
    const { text } = pdfText(await import('node:fs').then((fs) => fs.readFileSync(pdf)));
    expect(text).toContain('ĐÃ HUỶ: Nộp nhầm tài khoản');
    expect(squash(text)).toContain(squash(vndInWords(10_500)));
    const b07 = await cli('funds', 'b07', '--year', '2026', '--out', path.join(out, 'b07.xlsx'));
    expect(b07.code, b07.stderr).toBe(0);
    const r = json(b07);
    expect(Object.keys(r)).toEqual(['year', 'opening', 'closing', 'lines', 'revenue', 'spending']);
    expect(r.lines.find((l: { line: string }) => l.line === 'I.1')).toEqual({
      line: 'I.1',
      name: 'Đoàn phí công đoàn',
      amount: 35_000,
    });
    expect([r.opening, r.revenue, r.spending, r.closing]).toEqual([1_000_000, 535_000, 300_000, 1_235_000]);
    const wb = await readXlsx(await import('node:fs').then((fs) => fs.readFileSync(path.join(out, 'b07.xlsx'))));
    expect(sheetValues(wb.worksheets[0]).find((x) => x?.[0] === 'I.1')?.[2]).toBe(35_000);
    expect((await cli('funds', 'close', '--year', '2026')).code).toBe(0);
    const late = await voucher(
      '--type',
      'receipt',
      '--account',
      'bank',
      '--date',
      '2026-12-31',
      '--amount',
      '1',
      '--category',
      'kpcd',
      '--description',
      'Muộn',
    );
    expect(late.code).toBe(4);
    expect(json(late).error.message).toMatch(/Năm 2026 đã khoá sổ/);
  });
});
