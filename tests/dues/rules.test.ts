/** Rule changes: the open months they alter shown before saving, closed months never rewritten, deleting. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callErr, duesCore, lineOf } from './helpers';

type Core = Awaited<ReturnType<typeof duesCore>>['core'];

describe('dues rules', () => {
  let core: Core;
  let ids: string[];
  beforeAll(async () => {
    ({ core, ids } = await duesCore([
      { fullName: 'Nguyễn Văn An', duesSalary: 10_000_000 }, // 50,000 at 0.5%
      { fullName: 'Trần Thị Bình', duesSalary: null },
    ]));
    // The ledger starts in January 2026; January is closed.
    await call(core, 'dues.pay', { month: '2026-01', memberId: ids[0], amount: 50_000, date: '2026-01-20' });
    await call(core, 'dues.close', { month: '2026-01' });
  });
  afterAll(() => core.close());

  it('shows the open months a rule changes and the closed ones it leaves, before saving', async () => {
    const dry = await call(core, 'dues.setRule', { from: '2026-01-01', rate: 0.6, dryRun: true });
    expect(dry.saved).toBe(false);
    expect(dry.closedMonths).toEqual(['2026-01']);
    expect(dry.changedMonths[0]).toEqual({
      month: '2026-02',
      totalBefore: 50_000 + 11_700,
      totalAfter: 60_000 + 14_040,
    });
    expect(dry.changedMonths.some((c: { month: string }) => c.month === '2026-01')).toBe(false);
    expect((await lineOf(core, '2026-02', ids[0]))?.due).toBe(50_000);
    const saved = await call(core, 'dues.setRule', { from: '2026-01-01', rate: 0.6 });
    expect(saved.saved).toBe(true);
    expect((await lineOf(core, '2026-02', ids[0]))?.due).toBe(60_000);
    expect((await lineOf(core, '2026-01', ids[0]))?.due).toBe(50_000); // closed: frozen
  });

  it('replaces the rule with the same date, keeps its other terms, and deletes a rule', async () => {
    await call(core, 'dues.setRule', { from: '2026-01-01', rate: 0.7, fixedAmount: 20_000 });
    const rules = (await call(core, 'dues.rules')).rules;
    expect(rules).toHaveLength(3);
    expect(rules[2]).toMatchObject({ from: '2026-01-01', rate: 0.7, fixedAmount: 20_000, capBaseMultiple: 0.1 });
    expect((await lineOf(core, '2026-03', ids[1]))?.due).toBe(20_000);
    const dry = await call(core, 'dues.deleteRule', { id: rules[2].id, dryRun: true });
    expect(dry.changedMonths[0]).toMatchObject({ month: '2026-02', totalAfter: 50_000 + 11_700 });
    await call(core, 'dues.deleteRule', { id: rules[2].id });
    expect((await lineOf(core, '2026-03', ids[1]))?.due).toBe(11_700);
    expect((await callErr(core, 'dues.deleteRule', { id: 'nope' })).code).toBe('NOT_FOUND');
  });

  it('keeps the shipped defaults deleted after a restart (tombstones count)', async () => {
    const first = (await call(core, 'dues.rules')).rules[0];
    await call(core, 'dues.deleteRule', { id: first.id });
    await call(core, 'vault.lock');
    await call(core, 'vault.unlock', { passphrase: 'mật khẩu thử nghiệm 2026' });
    expect((await call(core, 'dues.rules')).rules.map((r: { from: string }) => r.from)).toEqual(['2025-07-01']);
    expect((await callErr(core, 'dues.deleteRule', { id: 'dues-rule-default-2025-07-01' })).code).toBe('VALIDATION');
  });
});
