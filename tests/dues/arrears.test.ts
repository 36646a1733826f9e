/** Arrears runs (exempt months skipped, closed months read frozen), levels, imports' idempotence, the report. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cccd, duesCore } from './helpers';

type Core = Awaited<ReturnType<typeof duesCore>>['core'];
type Row = { idNumber: string; months: number; unpaidMonths: string[]; amount: number; level: string | null };

describe('dues arrears, imports and report', () => {
  let core: Core;
  let ids: string[];
  beforeAll(async () => {
    ({ core, ids } = await duesCore([
      { fullName: 'Nguyễn Văn An', unit: 'Tổ may', duesSalary: 7_000_000 }, // 35,000
      { fullName: 'Trần Thị Bình', unit: 'Tổ may', duesSalary: 8_000_000 }, // 40,000
      { fullName: 'Lê Văn Cường', joinedOn: '2026-03-15', duesSalary: 6_000_000 }, // 30,000
      { fullName: 'Phạm Thị Dung', duesSalary: 7_000_000 },
    ]));
    // The ledger starts in January 2026: An and Dung pay it.
    await call(core, 'dues.pay', { month: '2026-01', memberId: ids[0], amount: 35_000, date: '2026-01-15' });
    for (const month of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'])
      await call(core, 'dues.pay', { month, memberId: ids[3], amount: 35_000, date: `${month}-20` });
    await call(core, 'dues.setExemption', {
      memberId: ids[0],
      fromMonth: '2026-04',
      toMonth: '2026-05',
      reason: 'sickness',
      note: 'Ốm dài ngày',
    });
    await call(core, 'dues.pay', { month: '2026-06', memberId: ids[0], amount: 10_000, date: '2026-06-15' });
    await call(core, 'dues.close', { month: '2026-02' });
  });
  afterAll(() => core.close());

  const arrears = async (asOf: string) => (await call(core, 'dues.arrears', { asOf })).members as Row[];

  it('counts unpaid months back to the last paid month, skipping exempt months, partial months unpaid', async () => {
    const an = (await arrears('2026-08')).find((r) => r.idNumber === cccd(1));
    expect(an).toMatchObject({ months: 5, level: null, amount: 35_000 * 4 + 25_000 });
    expect(an?.unpaidMonths).toEqual(['2026-02', '2026-03', '2026-06', '2026-07', '2026-08']);
  });

  it('counts back to the admission month when the union sets no start for its book', async () => {
    const rows = await arrears('2026-08');
    expect(rows.find((r) => r.idNumber === cccd(3))).toMatchObject({ months: 6, level: '6' }); // joined 03/2026
    // Joined 01/2020 and never paid: every month since, the highest level.
    expect(rows.find((r) => r.idNumber === cccd(2))).toMatchObject({ months: 80, level: '12', levelLabel: 'Khai trừ' });
    expect(rows.find((r) => r.idNumber === cccd(4))).toBeUndefined();
    const history = await call(core, 'dues.history', { memberId: ids[1], to: '2026-08' });
    expect(history.months[0].month).toBe('2020-01');
  });

  it('stops at the admission month and where the union’s book starts (a setting); levels from the setting', async () => {
    await call(core, 'settings.update', { duesLedgerStart: '2026-01' });
    const rows = await arrears('2026-08');
    expect(rows.find((r) => r.idNumber === cccd(3))).toMatchObject({ months: 6, level: '6' });
    expect(rows.find((r) => r.idNumber === cccd(2))).toMatchObject({ months: 8, level: '6' });
    expect(rows.find((r) => r.idNumber === cccd(4))).toBeUndefined();
    const dec = await call(core, 'dues.arrears', { asOf: '2026-12' });
    expect(dec.members.find((r: Row) => r.idNumber === cccd(2))).toMatchObject({
      months: 12,
      level: '12',
      levelLabel: 'Khai trừ',
    });
    expect(dec.members[0].idNumber).toBe(cccd(2)); // the longest run first
    expect(await arrears('2025-12')).toEqual([]);
    await call(core, 'settings.update', { duesLedgerStart: null });
  });

  it('applies payroll deductions once: a re-import is unchanged, a corrected amount replaces the earlier', async () => {
    const rows = [{ row: 5, memberId: ids[3], amount: 35_000 }];
    const first = await call(core, 'duesProbe.payrollRows', {
      month: '2026-09',
      date: '2026-09-30',
      rows,
      dryRun: false,
    });
    expect(first).toMatchObject({ applied: 1, unchanged: 0, total: 35_000, rejected: [] });
    const again = await call(core, 'duesProbe.payrollRows', {
      month: '2026-09',
      date: '2026-09-30',
      rows,
      dryRun: false,
    });
    expect(again).toMatchObject({ applied: 0, unchanged: 1 });
    const fixed = [{ row: 5, memberId: ids[3], amount: 70_000 }];
    await call(core, 'duesProbe.payrollRows', { month: '2026-09', date: '2026-09-30', rows: fixed, dryRun: false });
    const live = (await call(core, 'dues.payments', { memberId: ids[3] })).items.filter(
      (p: { cancelled: boolean; method: string }) => !p.cancelled && p.method === 'payroll',
    );
    expect(live.map((p: { month: string; amount: number }) => [p.month, p.amount])).toEqual([
      ['2026-09', 35_000],
      ['2026-10', 35_000],
    ]);
  });

  it('rejects a corrected deduction whose earlier amount reached a closed month (adjust instead)', async () => {
    const rows = [{ row: 7, memberId: ids[1], amount: 80_000 }]; // Bình: September and October
    await call(core, 'duesProbe.payrollRows', { month: '2026-09', date: '2026-09-30', rows, dryRun: false });
    await call(core, 'dues.close', { month: '2026-10' });
    const fixed = [{ row: 7, memberId: ids[1], amount: 40_000 }];
    const r = await call(core, 'duesProbe.payrollRows', {
      month: '2026-09',
      date: '2026-09-30',
      rows: fixed,
      dryRun: false,
    });
    expect(r.applied).toBe(0);
    expect(r.rejected).toEqual([{ row: 7, reason: expect.stringContaining('10/2026') }]);
  });

  it('applies salary rows once: a row equal to the salary in force is unchanged', async () => {
    const rows = [
      { row: 4, memberId: ids[0], amount: 9_000_000 },
      { row: 6, memberId: ids[1], amount: 8_000_000 },
    ];
    const dry = await call(core, 'duesProbe.salaryRows', { fromMonth: '2026-10', rows, dryRun: true });
    expect(dry).toEqual({ applied: 1, unchanged: 1 });
    expect((await call(core, 'dues.salaries', { memberId: ids[0] })).items).toHaveLength(1);
    expect(await call(core, 'duesProbe.salaryRows', { fromMonth: '2026-10', rows, dryRun: false })).toEqual({
      applied: 1,
      unchanged: 1,
    });
    expect(await call(core, 'duesProbe.salaryRows', { fromMonth: '2026-10', rows, dryRun: false })).toEqual({
      applied: 0,
      unchanged: 2,
    });
    const items = (await call(core, 'dues.salaries', { memberId: ids[0] })).items;
    expect(items[1]).toMatchObject({ fromMonth: '2026-10', amount: 9_000_000, source: 'import' });
  });

  it('reports the year by group and month, the split, and the higher rate extra apart', async () => {
    await call(core, 'dues.setRule', { from: '2026-11-01', rate: 0.5, higherRate: 0.6, higherRateRef: 'NQ 05/NQ-BCH' });
    const nov = await call(core, 'dues.compute', { month: '2026-11' });
    expect(nov.members.find((l: { memberId: string }) => l.memberId === ids[0])).toMatchObject({
      due: 54_000,
      extra: 9_000,
    });
    await call(core, 'dues.pay', { month: '2026-11', memberId: ids[0], amount: 54_000, date: '2026-11-10' });
    const r = await call(core, 'dues.report', { year: 2026 });
    const collected = r.months.reduce((n: number, m: { collected: number }) => n + m.collected, 0);
    expect(r.split.collected).toBe(collected);
    expect(r.split.extra).toBe(9_000);
    expect(r.split.cdcsShare).toBe(Math.round(((collected - 9_000) * 70) / 100));
    expect(r.split.cdcsShare + r.split.upperShare + r.split.extra).toBe(collected);
    const may = r.units.find((u: { unit: string }) => u.unit === 'Tổ may');
    expect(may.months.find((m: { month: string }) => m.month === '2026-01')).toMatchObject({
      due: 75_000,
      collected: 35_000,
      rate: 46.7,
    });
  });
});
