/** Openings and carry-over, running balances and month totals, year close, B07 equal to the books, B14, summary. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { call, callErr, fundsCore } from './helpers';

type Entry = { code: string; category: string | null; receipt: number; payment: number; balance: number };

let core: Core;
const add = (input: Record<string, unknown>) => call(core, 'funds.addVoucher', { description: 'Thử', ...input });

beforeAll(async () => {
  ({ core } = await fundsCore());
}, 60_000);
afterAll(async () => core?.close());

describe('the books', () => {
  it('runs each book from its opening, with a transfer in both books and month totals', async () => {
    await call(core, 'funds.setOpening', { account: 'cash', year: 2025, amount: 1_000_000 });
    await call(core, 'funds.setOpening', { account: 'bank', year: 2025, amount: 5_000_000 });
    await add({ type: 'receipt', account: 'bank', date: '2025-01-15', amount: 12_000_000, category: 'kpcd' });
    await add({ type: 'transfer', account: 'bank', date: '2025-01-20', amount: 3_000_000 });
    await add({ type: 'payment', account: 'cash', date: '2025-02-10', amount: 2_500_000, category: 'cham-lo' });
    await add({ type: 'payment', account: 'cash', date: '2025-02-10', amount: 400_000, category: 'phong-trao' });
    await add({ type: 'receipt', account: 'cash', date: '2025-03-01', amount: 150_000, category: 'thu-khac' });
    await add({ type: 'payment', account: 'bank', date: '2025-03-05', amount: 1_200_000, category: 'phu-cap' });
    const cash = await call(core, 'funds.book', { account: 'cash', from: '2025-01-01', to: '2025-12-31' });
    expect(cash.opening).toBe(1_000_000);
    expect(cash.entries.map((e: Entry) => [e.code, e.receipt, e.payment, e.balance])).toEqual([
      ['PT1', 3_000_000, 0, 4_000_000],
      ['PC1', 0, 2_500_000, 1_500_000],
      ['PC2', 0, 400_000, 1_100_000],
      ['PT2', 150_000, 0, 1_250_000],
    ]);
    expect(cash.entries[0].category).toBeNull();
    expect(cash.months).toEqual([
      { month: '2025-01', receipts: 3_000_000, payments: 0 },
      { month: '2025-02', receipts: 0, payments: 2_900_000 },
      { month: '2025-03', receipts: 150_000, payments: 0 },
    ]);
    expect([cash.receipts, cash.payments, cash.closing]).toEqual([3_150_000, 2_900_000, 1_250_000]);
    const bank = await call(core, 'funds.book', { account: 'bank', from: '2025-01-16', to: '2025-03-31' });
    expect(bank.opening).toBe(17_000_000);
    expect(bank.entries.map((e: Entry) => [e.code, e.balance])).toEqual([
      ['BN1', 14_000_000],
      ['BN2', 12_800_000],
    ]);
  });

  it('opens an open year with the running closing of the year before, and freezes it at close', async () => {
    let years = (await call(core, 'funds.years')).years;
    expect(years.map((y: { year: number }) => y.year)).toEqual([2025]);
    await add({ type: 'receipt', account: 'cash', date: '2026-01-05', amount: 50_000, category: 'thu-khac' });
    years = (await call(core, 'funds.years')).years;
    expect(years[1]).toMatchObject({ year: 2026, cashOpening: 1_250_000, bankOpening: 12_800_000, closed: false });
    // A late 2025 voucher moves 2026's opening while 2025 is open.
    const late = await add({
      type: 'payment',
      account: 'cash',
      date: '2025-12-31',
      amount: 250_000,
      category: 'quan-ly',
    });
    expect((await call(core, 'funds.years')).years[1].cashOpening).toBe(1_000_000);
    expect((await callErr(core, 'funds.closeYear', { year: 2026 })).message).toMatch(/khoá sổ năm 2025 trước/);
    const closed = await call(core, 'funds.closeYear', { year: 2025 });
    expect(closed).toMatchObject({ closed: true, cashClosing: 1_000_000, bankClosing: 12_800_000 });
    expect((await callErr(core, 'funds.closeYear', { year: 2025 })).code).toBe('CONFLICT');
    const refused = await callErr(core, 'funds.addVoucher', {
      type: 'receipt',
      account: 'cash',
      date: '2025-06-01',
      amount: 1,
      category: 'thu-khac',
      description: 'Muộn',
    });
    expect(refused.message).toMatch(/Năm 2025 đã khoá sổ/);
    expect((await callErr(core, 'funds.cancelVoucher', { id: late.id, reason: 'Muộn' })).message).toMatch(/khoá sổ/);
    expect((await callErr(core, 'funds.setOpening', { account: 'cash', year: 2026, amount: 9 })).code).toBe(
      'VALIDATION',
    );
    const cash2026 = await call(core, 'funds.book', { account: 'cash', from: '2026-01-01', to: '2026-12-31' });
    expect([cash2026.opening, cash2026.closing]).toEqual([1_000_000, 1_050_000]);
  });

  it('B07: every line is its categories’ total in the books; transfers are neither; closing = opening ± lines', async () => {
    const r = await call(core, 'funds.b07', { year: 2025 });
    const books: Entry[] = [];
    for (const account of ['cash', 'bank'])
      books.push(...(await call(core, 'funds.book', { account, from: '2025-01-01', to: '2025-12-31' })).entries);
    const cats = (await call(core, 'funds.categories')).categories as { code: string; line: string }[];
    for (const l of r.lines as { line: string; amount: number }[]) {
      const codes = cats.filter((c) => c.line === l.line).map((c) => c.code);
      const inBooks = books
        .filter((e) => e.category !== null && codes.includes(e.category))
        .reduce((n, e) => n + e.receipt + e.payment, 0);
      expect(l.amount, l.line).toBe(inBooks);
    }
    expect(r.lines.map((l: { line: string }) => l.line)).toEqual([
      'I.1',
      'I.2',
      'I.3',
      'I.4',
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'II.5',
      'II.6',
      'II.7',
    ]);
    expect([r.opening, r.revenue, r.spending, r.closing]).toEqual([6_000_000, 12_150_000, 4_350_000, 13_800_000]);
    expect(r.closing).toBe(r.opening + r.revenue - r.spending);
  });

  it('B14 sets planned figures beside last year’s actuals; a union category adds to its line', async () => {
    await call(core, 'funds.setPlan', { year: 2026, line: 'II.1', amount: 30_000_000 });
    await call(core, 'funds.setPlan', { year: 2026, line: 'II.1', amount: 32_000_000 });
    expect((await callErr(core, 'funds.setPlan', { year: 2026, line: 'IX.9', amount: 1 })).code).toBe('NOT_FOUND');
    const est = await call(core, 'funds.b14', { year: 2026 });
    expect(est.lines.find((l: { line: string }) => l.line === 'II.1')).toMatchObject({
      planned: 32_000_000,
      lastYearActual: 2_500_000,
    });
    await call(core, 'funds.setCategory', { code: 'the-thao', name: 'Giải thể thao', kind: 'spending', line: 'II.3' });
    await add({ type: 'payment', account: 'cash', date: '2026-02-01', amount: 40_000, category: 'the-thao' });
    const b07 = await call(core, 'funds.b07', { year: 2026 });
    expect(b07.lines.find((l: { line: string }) => l.line === 'II.3').amount).toBe(40_000);
    expect(
      (await callErr(core, 'funds.setCategory', { code: 'doan-phi', name: 'X', kind: 'spending', line: 'II.1' })).code,
    ).toBe('VALIDATION');
  });

  it('summarises revenue and spending by month with the balances', async () => {
    const s = await call(core, 'funds.summary', { year: 2025, asOf: '2025-02-10' });
    expect(s.months).toHaveLength(12);
    expect(s.months[0]).toEqual({ month: '2025-01', revenue: 12_000_000, spending: 0 });
    expect(s.months[1]).toEqual({ month: '2025-02', revenue: 0, spending: 2_900_000 });
    expect([s.cashBalance, s.bankBalance, s.duesThisMonth]).toEqual([1_100_000, 14_000_000, 0]);
  });
});
