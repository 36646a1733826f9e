/** Dues figures: shipped rules, the 1/7/2025 rate change, base salary changes, the cap, rounding, membership. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callErr, duesCore, lineOf } from './helpers';

type Core = Awaited<ReturnType<typeof duesCore>>['core'];

describe('dues compute', () => {
  let core: Core;
  let ids: string[];
  beforeAll(async () => {
    ({ core, ids } = await duesCore([
      { fullName: 'Nguyễn Văn An', unit: 'Tổ may', duesSalary: 7_250_000 },
      { fullName: 'Trần Thị Bình', unit: 'Tổ cắt', duesSalary: 60_000_000 },
      { fullName: 'Lê Văn Cường', unit: 'Tổ may', duesSalary: 46_800_000 },
      { fullName: 'Phạm Thị Dung', duesSalary: 46_799_800 },
      { fullName: 'Hoàng Văn Em', duesSalary: null },
      { fullName: 'Vũ Thị Giang', joinedOn: '2026-03-15', duesSalary: 8_000_000 },
    ]));
  });
  afterAll(() => core.close());

  it('ships the defaults as data with fixed ids', async () => {
    const r = await call(core, 'dues.rules');
    expect(r.rules.map((x: { id: string; from: string; rate: number }) => [x.id, x.from, x.rate])).toEqual([
      ['dues-rule-default-1990-01-01', '1990-01-01', 1],
      ['dues-rule-default-2025-07-01', '2025-07-01', 0.5],
    ]);
    expect(r.rules[1]).toMatchObject({
      capBaseMultiple: 0.1,
      fixedAmount: null,
      rounding: 1,
      basis: 'socialInsurance',
    });
    expect(r.baseSalaries).toEqual([{ id: 'dues-base-default-2024-07-01', from: '2024-07-01', amount: 2_340_000 }]);
  });

  it('uses 1% before 1/7/2025 and 0.5% from then, on the first day of the month', async () => {
    expect((await lineOf(core, '2025-06', ids[0]))?.due).toBe(72_500);
    expect((await lineOf(core, '2025-07', ids[0]))?.due).toBe(36_250);
    expect((await lineOf(core, '2025-07', ids[0]))?.basis).toBe(7_250_000);
  });

  it('caps the due at 10% of the base salary, on both sides of the cap', async () => {
    const month = '2026-01';
    expect(await lineOf(core, month, ids[1])).toMatchObject({ due: 234_000, capped: true, basis: 60_000_000 });
    expect(await lineOf(core, month, ids[2])).toMatchObject({ due: 234_000, capped: false });
    expect(await lineOf(core, month, ids[3])).toMatchObject({ due: 233_999, capped: false });
    // 1% of 60,000,000 in 2025-06 is 600,000: capped at 234,000 too.
    expect(await lineOf(core, '2025-06', ids[1])).toMatchObject({ due: 234_000, capped: true });
  });

  it('charges the fixed amount (rate × base salary) to a member without a salary, basis null', async () => {
    expect(await lineOf(core, '2026-01', ids[4])).toMatchObject({ due: 11_700, basis: null });
  });

  it('follows a base-salary change mid-year from its month on, and shows its effect before saving', async () => {
    const dry = await call(core, 'dues.setBaseSalary', { from: '2026-07-01', amount: 2_530_000, dryRun: true });
    expect(dry.saved).toBe(false);
    expect(dry.changedMonths.length).toBeGreaterThan(0);
    for (const c of dry.changedMonths) {
      expect(c.month >= '2026-07').toBe(true);
      expect(c.totalAfter).toBeGreaterThan(c.totalBefore);
    }
    expect((await call(core, 'dues.rules')).baseSalaries).toHaveLength(1);
    await call(core, 'dues.setBaseSalary', { from: '2026-07-01', amount: 2_530_000 });
    expect(await lineOf(core, '2026-06', ids[1])).toMatchObject({ due: 234_000 });
    expect(await lineOf(core, '2026-07', ids[1])).toMatchObject({ due: 253_000, capped: true });
    expect(await lineOf(core, '2026-07', ids[2])).toMatchObject({ due: 234_000, capped: false });
    expect(await lineOf(core, '2026-06', ids[4])).toMatchObject({ due: 11_700 });
    expect(await lineOf(core, '2026-07', ids[4])).toMatchObject({ due: 12_650 });
  });

  it('rounds half up to the rule rounding (1, 100 or 1,000 đồng)', async () => {
    await call(core, 'members.update', { id: ids[0], duesSalary: 7_250_101 });
    expect((await lineOf(core, '2026-02', ids[0]))?.due).toBe(36_251); // 36,250.505
    await call(core, 'members.update', { id: ids[0], duesSalary: 7_250_099 });
    expect((await lineOf(core, '2026-02', ids[0]))?.due).toBe(36_250); // 36,250.495
    await call(core, 'dues.setRule', { from: '2027-01-01', rate: 0.5, rounding: 1000 });
    await call(core, 'members.update', { id: ids[0], duesSalary: 7_300_000 });
    expect((await lineOf(core, '2027-01', ids[0]))?.due).toBe(37_000); // 36,500 → up
    await call(core, 'members.update', { id: ids[0], duesSalary: 7_299_800 });
    expect((await lineOf(core, '2027-01', ids[0]))?.due).toBe(36_000); // 36,499
    await call(core, 'dues.setRule', { from: '2027-02-01', rate: 0.5, rounding: 100 });
    expect((await lineOf(core, '2027-02', ids[0]))?.due).toBe(36_500); // 36,499 → 36,500
  });

  it('owes from the admission month to the leaving month, both included', async () => {
    expect(await lineOf(core, '2026-02', ids[5])).toBeUndefined();
    expect((await lineOf(core, '2026-03', ids[5]))?.due).toBe(40_000);
    await call(core, 'members.setStatus', { id: ids[5], status: 'retired', date: '2026-09-10', reason: 'Nghỉ hưu' });
    expect((await lineOf(core, '2026-09', ids[5]))?.due).toBe(40_000);
    expect(await lineOf(core, '2026-10', ids[5])).toBeUndefined();
  });

  it('uses the salary history from its month, the register field before it', async () => {
    await call(core, 'members.update', { id: ids[0], duesSalary: 7_000_000 });
    const s = await call(core, 'dues.setSalary', { memberId: ids[0], fromMonth: '2026-05', amount: 9_000_000 });
    expect(s).toMatchObject({ fromMonth: '2026-05', amount: 9_000_000, source: 'hand' });
    expect((await lineOf(core, '2026-04', ids[0]))?.due).toBe(35_000);
    expect((await lineOf(core, '2026-05', ids[0]))?.due).toBe(45_000);
    const list = await call(core, 'dues.salaries', { memberId: ids[0] });
    expect(list.items.map((x: { source: string }) => x.source)).toEqual(['field', 'hand']);
    expect((await callErr(core, 'dues.deleteSalary', { id: list.items[0].id })).code).toBe('VALIDATION');
    await call(core, 'dues.deleteSalary', { id: s.id });
    expect((await lineOf(core, '2026-05', ids[0]))?.due).toBe(35_000);
  });

  it('lists an exempt member with due 0, and explains each figure by its rule', async () => {
    await call(core, 'dues.setExemption', {
      memberId: ids[2],
      fromMonth: '2026-04',
      toMonth: '2026-05',
      reason: 'maternity',
    });
    expect(await lineOf(core, '2026-04', ids[2])).toMatchObject({ due: 0, exempt: true, basis: null });
    const r = await call(core, 'dues.compute', { month: '2026-04' });
    expect(r.members.find((l: { memberId: string }) => l.memberId === ids[1]).ruleFrom).toBe('2025-07-01');
    expect(r.total).toBe(r.members.reduce((n: number, l: { due: number }) => n + l.due, 0));
  });

  it('refuses a month that is not YYYY-MM and an unknown group', async () => {
    expect((await callErr(core, 'dues.compute', { month: '2026-13' })).code).toBe('VALIDATION');
    expect((await callErr(core, 'dues.compute', { month: '2026-01', unitId: 'nope' })).code).toBe('NOT_FOUND');
  });
});
