/** Every funds paper read back: the voucher's amount in figures and words and its signers (pdftotext), the books,
 * B07 and B14 as PDF and .xlsx in the form's order (exceljs), with the same figures as the commands. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { vndInWords } from '../../src/shared/text/money';
import { pdfText, readXlsx, sheetValues, squash } from '../dues/files/read-back';
import { call, fundsCore } from './helpers';

let core: Core;
let member: string;
const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
const add = (input: Record<string, unknown>) => call(core, 'funds.addVoucher', { description: 'Thử', ...input });

beforeAll(async () => {
  const made = await fundsCore(['Trần Thị Mai']);
  core = made.core;
  member = made.ids[0];
  await call(core, 'org.update', { chairName: 'Lê Văn Chủ', place: 'Đà Nẵng' });
  await call(core, 'settings.update', { fundsSigners: { accountant: 'Phạm Kế Toán', cashier: 'Ngô Thủ Quỹ' } });
  await call(core, 'funds.setOpening', { account: 'cash', year: 2026, amount: 2_000_000 });
  await add({ type: 'receipt', account: 'bank', date: '2026-01-10', amount: 15_750_000, category: 'kpcd' });
  await add({
    type: 'payment',
    account: 'cash',
    date: '2026-01-12',
    amount: 1_250_000,
    category: 'cham-lo',
    memberId: member,
    description: 'Thăm ốm đoàn viên',
  });
  await add({
    type: 'transfer',
    account: 'bank',
    date: '2026-02-01',
    amount: 3_000_000,
    description: 'Rút tiền về quỹ',
  });
  const x = await add({ type: 'payment', account: 'cash', date: '2026-02-03', amount: 120_000, category: 'quan-ly' });
  await call(core, 'funds.cancelVoucher', { id: x.id, reason: 'Ghi trùng' });
}, 60_000);
afterAll(async () => core?.close());

describe('funds paper', () => {
  it('prints a payment voucher with the amount in words and the five signature lines', async () => {
    const v = (await call(core, 'funds.vouchers', { category: 'cham-lo' })).items[0];
    const file = await call(core, 'funds.voucherPdf', { id: v.id });
    expect(file).toMatchObject({ mime: 'application/pdf', fileName: 'chung-tu-pc1-2026.pdf' });
    const { text, pages } = pdfText(bytes(file));
    expect(pages).toBe(1);
    expect(text).toContain('PHIẾU CHI');
    expect(text).toContain('Số: PC1');
    expect(text).toContain('1.250.000 đ');
    expect(squash(text)).toContain(squash(vndInWords(1_250_000)));
    expect(text).toContain('Trần Thị Mai');
    for (const s of [
      'NGƯỜI LẬP',
      'KẾ TOÁN',
      'THỦ QUỸ',
      'NGƯỜI NHẬN TIỀN',
      'CHỦ TỊCH',
      'Phạm Kế Toán',
      'Ngô Thủ Quỹ',
      'Lê Văn Chủ',
    ])
      expect(text).toContain(s);
  });

  it('prints a cancelled voucher marked, and a transfer with its pair', async () => {
    const cancelled = (await call(core, 'funds.vouchers', { category: 'quan-ly' })).items[0];
    const c = pdfText(bytes(await call(core, 'funds.voucherPdf', { id: cancelled.id }))).text;
    expect(c).toContain('ĐÃ HUỶ: Ghi trùng');
    const t = (await call(core, 'funds.vouchers', { type: 'transfer' })).items[0];
    const tt = pdfText(bytes(await call(core, 'funds.voucherPdf', { id: t.id }))).text;
    expect(tt).toContain('GIẤY BÁO NỢ');
    expect(tt).toContain('Số đối ứng: PT1');
    expect(squash(tt)).toContain(squash(vndInWords(3_000_000)));
  });

  it('prints the cash book with its balances and reads the .xlsx back with the same figures', async () => {
    const input = { account: 'cash', from: '2026-01-01', to: '2026-02-28' };
    const book = await call(core, 'funds.book', input);
    const pdf = pdfText(bytes(await call(core, 'funds.bookFile', { ...input, format: 'pdf' }))).text;
    expect(pdf).toContain('SỔ QUỸ TIỀN MẶT');
    for (const s of ['2.000.000', '750.000', '3.750.000', 'Cộng tháng 01/2026', 'Số dư cuối kỳ', '(đã huỷ)'])
      expect(pdf).toContain(s);
    expect(squash(pdf)).toContain(squash(vndInWords(book.closing)));
    const ws = (await readXlsx(bytes(await call(core, 'funds.bookFile', { ...input, format: 'xlsx' })))).worksheets[0];
    const rows = sheetValues(ws)
      .slice(6)
      .filter((r) => r?.length);
    expect(rows[0].slice(2, 6)).toEqual(['Số dư đầu kỳ', undefined, undefined, 2_000_000].map((v) => v ?? null));
    const vouchers = rows.filter((r) => r[1]);
    expect(vouchers.map((r) => [r[1], r[5]])).toEqual(
      book.entries.map((e: { code: string; balance: number }) => [e.code, e.balance]),
    );
    expect(rows[rows.length - 1].slice(2, 6)).toEqual(['Số dư cuối kỳ', null, null, book.closing]);
  });

  it('exports B07 and B14 in the form’s row order with the figures of the commands', async () => {
    await call(core, 'funds.setPlan', { year: 2027, line: 'I.2', amount: 16_000_000 });
    const r = await call(core, 'funds.b07', { year: 2026 });
    const ws = (await readXlsx(bytes(await call(core, 'funds.b07File', { year: 2026, format: 'xlsx' })))).worksheets[0];
    const rows = sheetValues(ws)
      .slice(6)
      .filter((x) => x?.length);
    expect(rows.map((x) => x[0])).toEqual([
      'A',
      'I',
      'I.1',
      'I.2',
      'I.3',
      'I.4',
      'II',
      ...r.lines.filter((l: { kind: string }) => l.kind === 'spending').map((l: { line: string }) => l.line),
      'B',
    ]);
    const byCode = new Map(rows.map((x) => [x[0], x[2]]));
    expect([byCode.get('A'), byCode.get('I'), byCode.get('II'), byCode.get('B')]).toEqual([
      r.opening,
      r.revenue,
      r.spending,
      r.closing,
    ]);
    for (const l of r.lines) expect(byCode.get(l.line)).toBe(l.amount);
    expect([byCode.get('I.2'), byCode.get('II.1')]).toEqual([15_750_000, 1_250_000]);
    const pdf = pdfText(bytes(await call(core, 'funds.b07File', { year: 2026, format: 'pdf' }))).text;
    expect(pdf).toContain('Mẫu B07-TLĐ');
    expect(pdf).toContain('15.750.000');
    expect(squash(pdf)).toContain(squash(vndInWords(r.closing)));
    const est = await readXlsx(bytes(await call(core, 'funds.b14File', { year: 2027, format: 'xlsx' })));
    const erows = sheetValues(est.worksheets[0])
      .slice(6)
      .filter((x) => x?.length);
    expect(erows.find((x) => x[0] === 'I.2')?.slice(2, 4)).toEqual([15_750_000, 16_000_000]);
    const epdf = pdfText(bytes(await call(core, 'funds.b14File', { year: 2027, format: 'pdf' }))).text;
    expect(epdf).toContain('Mẫu B14-TLĐ');
    expect(epdf).toContain('16.000.000');
  });
});
