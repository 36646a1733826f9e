/** Payments: the one allocation rule (partial, advance), a whole group paid, receipts, cancel, close, adjust. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callErr, duesCore } from './helpers';

type Core = Awaited<ReturnType<typeof duesCore>>['core'];
type Pay = { id: string; memberId: string; month: string; amount: number; receiptNumber: string | null };

describe('dues payments', () => {
  let core: Core;
  let ids: string[];
  let units: { may: string; cat: string };
  beforeAll(async () => {
    ({ core, ids, units } = await duesCore([
      { fullName: 'Nguyễn Văn An', unit: 'Tổ may', duesSalary: 7_000_000 }, // 35,000 a month in 2026
      { fullName: 'Trần Thị Bình', unit: 'Tổ cắt', duesSalary: 8_000_000 }, // 40,000
      { fullName: 'Lê Văn Cường', unit: 'Tổ may', duesSalary: 6_000_000 }, // 30,000
      { fullName: 'Phạm Thị Dung', duesSalary: null }, // 11,700
    ]));
  });
  afterAll(() => core.close());

  const ledgerRow = async (month: string, memberId: string) =>
    (await call(core, 'dues.ledger', { month })).rows.find((r: { memberId: string }) => r.memberId === memberId);

  it('pays a partial amount on the month, leaving the rest owing', async () => {
    const r = await call(core, 'dues.pay', { month: '2026-01', memberId: ids[0], amount: 20_000, date: '2026-01-10' });
    expect(r.payments).toHaveLength(1);
    expect(r.payments[0]).toMatchObject({ month: '2026-01', amount: 20_000, method: 'cash', paidOn: '2026-01-10' });
    expect(r.payments[0].receiptNumber).toBe('DP-2026-00001');
    expect(await ledgerRow('2026-01', ids[0])).toMatchObject({ due: 35_000, paid: 20_000, owing: 15_000 });
  });

  it('pays the month first and carries what is beyond to the following unpaid months (an advance)', async () => {
    const r = await call(core, 'dues.pay', {
      month: '2026-01',
      memberId: ids[0],
      amount: 100_000,
      date: '2026-01-20',
      method: 'transfer',
    });
    expect(r.payments.map((p: Pay) => [p.month, p.amount])).toEqual([
      ['2026-01', 15_000],
      ['2026-02', 35_000],
      ['2026-03', 35_000],
      ['2026-04', 15_000],
    ]);
    expect(r.payments.every((p: Pay) => p.receiptNumber === null)).toBe(true);
    expect(await ledgerRow('2026-01', ids[0])).toMatchObject({ paid: 35_000, owing: 0, method: 'transfer' });
    expect(await ledgerRow('2026-04', ids[0])).toMatchObject({ paid: 15_000, owing: 20_000 });
    // A later payment for February finds it paid and goes on to April's remainder.
    const again = await call(core, 'dues.pay', { month: '2026-02', memberId: ids[0], amount: 20_000 });
    expect(again.payments.map((p: Pay) => [p.month, p.amount])).toEqual([['2026-04', 20_000]]);
  });

  it('marks a whole group (with sub-groups) paid for the month, with exceptions, each with a receipt', async () => {
    const r = await call(core, 'dues.pay', {
      month: '2026-01',
      all: true,
      unitId: units.may,
      except: [ids[2]],
      date: '2026-01-25',
    });
    // An already paid January: nothing more. Bình (Tổ cắt, inside Tổ may) pays; Cường is excepted.
    expect(r.members).toBe(1);
    expect(r.payments).toMatchObject([{ memberId: ids[1], month: '2026-01', amount: 40_000 }]);
    expect(r.payments[0].receiptNumber).toBe('DP-2026-00003'); // 00002: the February payment above;
    const ledger = await call(core, 'dues.ledger', { month: '2026-01', unitId: units.may });
    expect(ledger.totals).toMatchObject({ members: 3, paidMembers: 2, due: 105_000, collected: 75_000 });
    expect(ledger.totals.rate).toBe(71.4);
    expect(ledger.byUnit.map((u: { unit: string; due: number }) => [u.unit, u.due])).toEqual([
      ['Tổ may', 105_000],
      ['Tổ cắt', 40_000],
    ]);
  });

  it('keeps the group, method and date on every payment row (the funds books post from them)', async () => {
    const items = (await call(core, 'dues.payments', { month: '2026-01' })).items as Pay[];
    expect(items.length).toBe(3);
    const mine = await call(core, 'dues.payments', { memberId: ids[1] });
    expect(mine.items[0]).toMatchObject({ method: 'cash', paidOn: '2026-01-25', adjustment: false, cancelled: false });
  });

  it('cancels a whole pay action of an open month: kept, marked, no longer counted', async () => {
    const r = await call(core, 'dues.pay', { month: '2026-02', memberId: ids[2], amount: 60_000, date: '2026-02-05' });
    expect(r.payments).toHaveLength(2);
    const c = await call(core, 'dues.cancelPayment', { id: r.payments[0].id, reason: 'Ghi nhầm người' });
    expect(c.cancelled).toBe(true);
    expect(await ledgerRow('2026-03', ids[2])).toMatchObject({ paid: 0, owing: 30_000 });
    expect((await callErr(core, 'dues.cancelPayment', { id: r.payments[1].id, reason: 'x' })).code).toBe('CONFLICT');
    // Its receipt number is never given again.
    const next = await call(core, 'dues.pay', { month: '2026-02', memberId: ids[2], amount: 30_000 });
    expect(next.payments[0].receiptNumber).not.toBe(r.payments[0].receiptNumber);
  });

  it('closes a month: frozen, refusing payments and cancellations, corrected by dated adjustments', async () => {
    const closed = await call(core, 'dues.close', { month: '2026-01' });
    expect(closed.total).toBe(35_000 + 40_000 + 30_000 + 11_700);
    // A salary change after closing does not touch the closed month.
    await call(core, 'members.update', { id: ids[1], duesSalary: 10_000_000 });
    const ledger = await call(core, 'dues.ledger', { month: '2026-01' });
    expect(ledger.closed).toBe(true);
    expect(ledger.rows.find((r: { memberId: string }) => r.memberId === ids[1]).due).toBe(40_000);
    expect((await ledgerRow('2026-02', ids[1])).due).toBe(50_000);
    const err = await callErr(core, 'dues.pay', { month: '2026-01', memberId: ids[2], amount: 30_000 });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('01/2026');
    const jan = (await call(core, 'dues.payments', { month: '2026-01', memberId: ids[1] })).items[0];
    expect((await callErr(core, 'dues.cancelPayment', { id: jan.id, reason: 'x' })).code).toBe('VALIDATION');
    expect((await callErr(core, 'dues.close', { month: '2026-01' })).code).toBe('VALIDATION');
    const adj = await call(core, 'dues.adjust', {
      memberId: ids[1],
      month: '2026-01',
      amount: -5_000,
      date: '2026-03-02',
      reason: 'Thu thừa',
    });
    expect(adj).toMatchObject({ adjustment: true, amount: -5_000, paidOn: '2026-03-02', note: 'Thu thừa' });
    expect(await ledgerRow('2026-01', ids[1])).toMatchObject({ paid: 35_000, owing: 5_000 });
    const tooMuch = { memberId: ids[1], month: '2026-01', amount: -50_000, reason: 'x' };
    expect((await callErr(core, 'dues.adjust', tooMuch)).code).toBe('VALIDATION');
    const months = await call(core, 'dues.months', { year: 2026 });
    expect(months.items[months.items.length - 1]).toMatchObject({ month: '2026-01', closed: true });
  });

  it('refuses a negative amount and an unknown member', async () => {
    const neg = await callErr(core, 'dues.pay', { month: '2026-02', memberId: ids[0], amount: -1 });
    expect(neg.code).toBe('VALIDATION');
    expect((await callErr(core, 'dues.pay', { month: '2026-02', memberId: 'nope', amount: 1 })).code).toBe('NOT_FOUND');
  });

  it('shows a member history month by month with payments', async () => {
    const h = await call(core, 'dues.history', { memberId: ids[0], from: '2026-01', to: '2026-05' });
    expect(h.months.map((m: { month: string; paid: number; owing: number }) => [m.month, m.paid, m.owing])).toEqual([
      ['2026-01', 35_000, 0],
      ['2026-02', 35_000, 0],
      ['2026-03', 35_000, 0],
      ['2026-04', 35_000, 0],
      ['2026-05', 0, 35_000],
    ]);
    expect(h.months[0].closed).toBe(true);
    expect(h.totals).toEqual({ due: 175_000, paid: 140_000, owing: 35_000 });
    expect(h.payments).toHaveLength(6);
  });
});
