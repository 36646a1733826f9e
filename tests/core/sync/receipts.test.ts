/**
 * Dues receipts across PCs (real server process): one cash payment covering several months is one row per month,
 * all with one receipt number and one batch_id. The server takes every month (one receipt, not a clash), and the
 * other PC gets them all; the same number on another PC's payment (another batch) is still a number conflict, and
 * "Đánh số lại" moves the whole receipt, every month, to a free number the server accepts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, call, serverForFile, status, syncNow, type Pc } from './pcs';

const world = serverForFile('CĐCS Phiếu Thu');
let a: Pc;
let b: Pc;
let an: string;
let binh: string;

type Payment = { id: string; month: string; receiptNumber: string | null };

beforeAll(async () => {
  a = await world.pc(true);
  b = await world.pc(true);
  // 35,000 đ a month for each (as tests/dues/payments.test.ts).
  const joined = { joinedOn: '2020-01-01', duesSalary: 7_000_000 };
  an = (await addMember(a, 'Nguyễn Văn An', { ...joined, idNumber: '079085000001' })).id;
  binh = (await addMember(a, 'Trần Thị Bình', { ...joined, idNumber: '079085000002' })).id;
  await syncNow(a);
  await syncNow(b);
}, 120_000);

const payments = async (pc: Pc, memberId: string): Promise<Payment[]> =>
  ((await call(pc.core, 'dues.payments', { memberId })).items as Payment[]).sort((x, y) =>
    x.month.localeCompare(y.month),
  );
const months = (list: Payment[]) => list.map((p) => [p.month, p.receiptNumber]);
const receiptConflicts = async (pc: Pc) =>
  ((await call(pc.core, 'sync.conflicts')) as { id: string; kind: string; entity: string; title: string }[]).filter(
    (c) => c.kind === 'number' && c.entity === 'dues_payments',
  );

describe('dues receipts across PCs', () => {
  it('a cash payment of three months is one receipt: the server takes every month, the other PC gets them all', async () => {
    const paid = await call(a.core, 'dues.pay', {
      month: '2026-01',
      memberId: an,
      amount: 105_000,
      date: '2026-01-10',
    });
    const receipt = paid.payments[0].receiptNumber as string;
    expect(months(paid.payments)).toEqual([
      ['2026-01', receipt],
      ['2026-02', receipt],
      ['2026-03', receipt],
    ]);
    const pending = (await status(a)).pending;
    const r = await syncNow(a);
    expect(r).toMatchObject({ pushed: pending, conflicts: 0 });
    expect(await receiptConflicts(a)).toEqual([]);
    expect((await status(a)).pending).toBe(0);
    await syncNow(b);
    expect(months(await payments(b, an))).toEqual(months(paid.payments));
  }, 120_000);

  it('the same receipt number on two PCs for different payments is refused for the second; renumbering moves every month', async () => {
    // Both PCs hold the receipt above: each gives its next number, the same one, to its own payment.
    const fromA = await call(a.core, 'dues.pay', {
      month: '2026-01',
      memberId: binh,
      amount: 35_000,
      date: '2026-01-11',
    });
    const fromB = await call(b.core, 'dues.pay', {
      month: '2026-04',
      memberId: an,
      amount: 70_000,
      date: '2026-01-11',
    });
    const taken = fromA.payments[0].receiptNumber as string;
    expect(fromB.payments.map((p: Payment) => p.receiptNumber)).toEqual([taken, taken]);
    expect((await syncNow(a)).conflicts).toBe(0);
    const rb = await syncNow(b);
    expect(rb.conflicts).toBeGreaterThanOrEqual(2);
    const clashes = await receiptConflicts(b);
    expect(clashes).toHaveLength(2);
    expect(clashes[0].title).toMatch(new RegExp(`Phiếu thu đoàn phí ${taken}: số này đã được máy khác dùng`));
    // The server never holds B's months under A's number.
    await syncNow(a);
    expect(months(await payments(a, an))).toHaveLength(3);

    const renumbered = await call(b.core, 'sync.resolve', { id: clashes[0].id, action: 'renumber' });
    expect(renumbered).toEqual({ ok: true, number: expect.not.stringMatching(taken) });
    expect(await receiptConflicts(b)).toEqual([]);
    expect(await syncNow(b)).toMatchObject({ conflicts: 0 });
    expect(await receiptConflicts(b)).toEqual([]);
    await syncNow(a);
    for (const pc of [a, b])
      expect(months((await payments(pc, an)).slice(3))).toEqual([
        ['2026-04', renumbered.number],
        ['2026-05', renumbered.number],
      ]);
  }, 120_000);
});
