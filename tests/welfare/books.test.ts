/**
 * Support and the books agree, through the funds' own commands: the support's voucher is in the cash book (PC,
 * cham-lo, the running balance), cancelling that voucher in the funds shows the support cancelled and the book
 * stops counting it, and B07's line of cham-lo equals the support still paid.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callErr, welfareCore, type WelfareEnv } from './helpers';

let env: WelfareEnv;
const AN = 'Nguyễn Văn An';

beforeAll(async () => {
  env = await welfareCore([{ fullName: AN }]);
  await call(env.core, 'funds.setOpening', { account: 'cash', year: 2026, amount: 1_000_000 });
});
afterAll(async () => {
  await env.core.close();
});

const book = () => call(env.core, 'funds.book', { account: 'cash', from: '2026-01-01', to: '2026-12-31' });

describe('support in the books', () => {
  it('puts the support voucher in the cash book and B07, and a cancelled voucher cancels the support', async () => {
    const first = await call(env.core, 'welfare.addSupport', {
      memberId: env.ids[AN],
      kind: 'bereavement',
      date: '2026-02-10',
      amount: 300_000,
    });
    const second = await call(env.core, 'welfare.addSupport', {
      memberId: env.ids[AN],
      kind: 'tet',
      date: '2026-02-12',
      amount: 200_000,
    });
    const b = await book();
    expect(b.opening).toBe(1_000_000);
    expect(b.entries.map((e: Record<string, unknown>) => [e.code, e.category, e.payment, e.balance])).toEqual([
      ['PC1', 'cham-lo', 300_000, 700_000],
      ['PC2', 'cham-lo', 200_000, 500_000],
    ]);
    expect(b.entries[0].description).toBe('Chi hỗ trợ hiếu cho đoàn viên Nguyễn Văn An');

    await call(env.core, 'funds.cancelVoucher', { id: first.voucher.id, reason: 'Chi nhầm người' });
    const supports = (await call(env.core, 'welfare.supports', { memberId: env.ids[AN] })).items;
    expect(
      supports.map((s: { voucher: { code: string }; cancelled: boolean }) => [s.voucher.code, s.cancelled]),
    ).toEqual([
      ['PC1', true],
      ['PC2', false],
    ]);
    const after = await book();
    expect(after.closing).toBe(800_000);
    expect(after.entries[0]).toMatchObject({ code: 'PC1', cancelled: true });

    const cats = (await call(env.core, 'funds.categories', {})).categories;
    const line = cats.find((c: { code: string }) => c.code === 'cham-lo').line;
    const b07 = await call(env.core, 'funds.b07', { year: 2026 });
    const paid = supports
      .filter((s: { cancelled: boolean }) => !s.cancelled)
      .reduce((n: number, s: { amount: number }) => n + s.amount, 0);
    expect(b07.lines.find((l: { line: string }) => l.line === line).amount).toBe(paid);
    expect(paid).toBe(second.amount);
  });

  it('refuses support beyond the cash on hand, with the books unchanged', async () => {
    const before = await book();
    const e = await callErr(env.core, 'welfare.addSupport', {
      memberId: env.ids[AN],
      kind: 'sickness',
      date: '2026-03-01',
      amount: 900_000,
    });
    expect(e.code).toBe('VALIDATION');
    expect(await book()).toEqual(before);
  });
});
