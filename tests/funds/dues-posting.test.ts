/** Dues post themselves: the books' đoàn phí equal the dues collected, for any date range, whatever happens. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callErr, duesCore } from '../dues/helpers';

type Core = Awaited<ReturnType<typeof duesCore>>['core'];
type Payment = {
  id: string;
  memberId: string;
  amount: number;
  paidOn: string;
  adjustment: boolean;
  cancelled: boolean;
};
type Entry = { code: string; category: string | null; receipt: number; cancelled: boolean; description: string };

let core: Core;
let ids: string[];

beforeAll(async () => {
  ({ core, ids } = await duesCore([
    { fullName: 'Nguyễn Văn An', unit: 'Tổ may', duesSalary: 7_000_000 }, // 35,000 a month
    { fullName: 'Trần Thị Bình', unit: 'Tổ cắt', duesSalary: 8_000_000 }, // 40,000
    { fullName: 'Lê Văn Cường', unit: 'Tổ may', duesSalary: 6_000_000 }, // 30,000
    { fullName: 'Phạm Thị Dung', duesSalary: null },
  ]));
}, 60_000);
afterAll(async () => core?.close());

/** Every payment of the ledger (all members, all months). */
async function allPayments(): Promise<Payment[]> {
  const out: Payment[] = [];
  for (const memberId of ids) out.push(...(await call(core, 'dues.payments', { memberId })).items);
  return out;
}

const collected = (ps: Payment[], from: string, to: string) =>
  ps
    .filter((p) => !p.cancelled && !p.adjustment && p.paidOn >= from && p.paidOn <= to)
    .reduce((n, p) => n + p.amount, 0);

async function booksDues(from: string, to: string): Promise<number> {
  let n = 0;
  for (const account of ['cash', 'bank']) {
    const book = await call(core, 'funds.book', { account, from, to });
    for (const e of book.entries as Entry[]) if (e.category === 'doan-phi') n += e.receipt;
  }
  return n;
}

const RANGES = [
  ['2026-01-01', '2026-12-31'],
  ['2026-01-01', '2026-01-24'],
  ['2026-01-25', '2026-01-25'],
  ['2026-01-26', '2026-02-28'],
  ['2026-02-03', '2026-02-03'],
  ['2025-01-01', '2026-01-10'],
];

async function expectBooksEqualLedger() {
  const ps = await allPayments();
  for (const [from, to] of RANGES) expect(await booksDues(from, to), `${from}..${to}`).toBe(collected(ps, from, to));
}

describe('dues posted to the books', () => {
  it('posts one receipt per union group and account per pay action', async () => {
    await call(core, 'dues.pay', { month: '2026-01', memberId: ids[0], amount: 20_000, date: '2026-01-10' });
    const group = await call(core, 'dues.pay', { month: '2026-01', all: true, method: 'payroll', date: '2026-01-25' });
    expect(group.members).toBe(4);
    const cash = await call(core, 'funds.book', { account: 'cash', from: '2026-01-01', to: '2026-01-31' });
    expect(cash.entries).toMatchObject([{ code: 'PT1', receipt: 20_000, category: 'doan-phi' }]);
    expect(cash.entries[0].description).toMatch(/Thu đoàn phí tháng 01\/2026 – Tổ may \(1 đoàn viên\)/);
    const bank = await call(core, 'funds.book', { account: 'bank', from: '2026-01-01', to: '2026-01-31' });
    // Tổ may (An's 15,000 left + Cường's 30,000), Tổ cắt (40,000), Dung with no group.
    expect(bank.entries.map((e: Entry) => e.code)).toEqual(['BC1', 'BC2', 'BC3']);
    expect(bank.receipts).toBe(group.total);
    const byDesc = Object.fromEntries(bank.entries.map((e: Entry) => [e.description.split('– ')[1], e.receipt]));
    expect(byDesc['Tổ may (2 đoàn viên)']).toBe(45_000);
    expect(byDesc['Tổ cắt (1 đoàn viên)']).toBe(40_000);
    await expectBooksEqualLedger();
  });

  it('re-posts the voucher of a cancelled payment for what remains on it', async () => {
    const p = (await call(core, 'dues.payments', { memberId: ids[2] })).items[0] as Payment;
    await call(core, 'dues.cancelPayment', { id: p.id, reason: 'Khấu trừ nhầm' });
    const bank = await call(core, 'funds.book', { account: 'bank', from: '2026-01-25', to: '2026-01-25' });
    const may = (bank.entries as Entry[]).filter((e) => e.description.includes('Tổ may'));
    expect(may.map((e) => [e.code, e.receipt, e.cancelled])).toEqual([
      ['BC1', 0, true],
      ['BC4', 15_000, false],
    ]);
    expect(may[1].description).toMatch(/\(thay BC1\)$/);
    await expectBooksEqualLedger();
    // Cancelling the last payment on a voucher leaves it cancelled with nothing posted in its place.
    const an = (await call(core, 'dues.payments', { memberId: ids[0] })).items.find(
      (x: Payment) => x.paidOn === '2026-01-25',
    );
    await call(core, 'dues.cancelPayment', { id: an.id, reason: 'Trả lại' });
    const after = await call(core, 'funds.book', { account: 'bank', from: '2026-01-25', to: '2026-01-25' });
    expect((after.entries as Entry[]).filter((e) => !e.cancelled).map((e) => e.code)).toEqual(['BC2', 'BC3']);
    await expectBooksEqualLedger();
  });

  it('posts advances on their payment date, keeps adjustments out of the books, follows a payroll re-import', async () => {
    await call(core, 'dues.pay', {
      month: '2026-02',
      memberId: ids[1],
      amount: 100_000,
      method: 'transfer',
      date: '2026-02-03',
    });
    const before = await booksDues('2026-01-01', '2026-12-31');
    await call(core, 'dues.adjust', { memberId: ids[0], month: '2026-01', amount: -5_000, reason: 'Tính lại' });
    expect(await booksDues('2026-01-01', '2026-12-31')).toBe(before);
    await call(core, 'duesProbe.payrollRows', {
      month: '2026-02',
      date: '2026-02-25',
      rows: [{ row: 2, memberId: ids[2], amount: 30_000 }],
      dryRun: false,
    });
    await call(core, 'duesProbe.payrollRows', {
      month: '2026-02',
      date: '2026-02-26',
      rows: [{ row: 2, memberId: ids[2], amount: 25_000 }],
      dryRun: false,
    });
    const feb = await call(core, 'funds.book', { account: 'bank', from: '2026-02-25', to: '2026-02-26' });
    expect((feb.entries as Entry[]).map((e) => [e.receipt, e.cancelled])).toEqual([
      [0, true],
      [25_000, false],
    ]);
    await expectBooksEqualLedger();
  });

  it('refuses to cancel a cash payment whose cash was spent, and a manual doan-phi voucher', async () => {
    const r = await call(core, 'dues.pay', { month: '2026-03', memberId: ids[3], amount: 50_000, date: '2026-03-02' });
    await call(core, 'funds.addVoucher', {
      type: 'payment',
      account: 'cash',
      date: '2026-03-03',
      amount: 60_000,
      category: 'quan-ly',
      description: 'Mua văn phòng phẩm',
    });
    const e = await callErr(core, 'dues.cancelPayment', { id: r.payments[0].id, reason: 'Nhầm' });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/Quỹ tiền mặt không đủ/);
    const manual = await callErr(core, 'funds.addVoucher', {
      type: 'receipt',
      account: 'cash',
      date: '2026-03-03',
      amount: 1,
      category: 'doan-phi',
      description: 'Thu tay',
    });
    expect(manual.code).toBe('VALIDATION');
    const dues = (await call(core, 'funds.vouchers', { category: 'doan-phi', limit: 1 })).items[0];
    expect((await callErr(core, 'funds.cancelVoucher', { id: dues.id, reason: 'Thử' })).message).toMatch(
      /huỷ khoản nộp/,
    );
    await expectBooksEqualLedger();
    const preview = await call(core, 'funds.remitPreview', { from: '2026-01-01', to: '2026-03-31' });
    const total = collected(await allPayments(), '2026-01-01', '2026-03-31');
    expect(preview).toMatchObject({ collected: total, percent: 30, amount: total - Math.round(total * 0.7) });
    const summary = await call(core, 'funds.summary', { year: 2026, asOf: '2026-01-31' });
    expect(summary.duesThisMonth).toBe(collected(await allPayments(), '2026-01-01', '2026-01-31'));
    expect(summary.months[0].revenue).toBe(await booksDues('2026-01-01', '2026-01-31'));
  });
});
