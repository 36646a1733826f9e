import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { call, callErr, fundsCore } from './helpers';

let core: Core;
let members: string[];
let firstOf2025 = '';
const post = (input: Record<string, unknown>) =>
  call(core, 'fundsProbe.post', { source: 'manual', description: 'Thử', ...input });
const postErr = (input: Record<string, unknown>) =>
  callErr(core, 'fundsProbe.post', { source: 'manual', description: 'Thử', ...input });

beforeAll(async () => {
  ({ core, ids: members } = await fundsCore(['Nguyễn Thị Lan']));
}, 60_000);
afterAll(async () => core?.close());

describe('postVoucher / cancelPostedVoucher', () => {
  it('numbers each series per year in entry order, restarts on 1 January and never reuses a cancelled number', async () => {
    const a = await post({ type: 'receipt', account: 'cash', date: '2025-12-30', amount: 5_000_000, category: 'kpcd' });
    const b = await post({
      type: 'receipt',
      account: 'cash',
      date: '2025-12-01',
      amount: 100_000,
      category: 'thu-khac',
    });
    firstOf2025 = a.id;
    expect([a.code, b.code]).toEqual(['PT1', 'PT2']); // entry order, not date order
    const c = await post({ type: 'receipt', account: 'cash', date: '2026-01-01', amount: 200_000, category: 'ho-tro' });
    expect(c.code).toBe('PT1');
    const bank = await post({
      type: 'receipt',
      account: 'bank',
      date: '2026-01-02',
      amount: 9_000_000,
      category: 'kpcd',
    });
    expect(bank.code).toBe('BC1');
    const cancelled = await call(core, 'fundsProbe.cancel', { id: c.id, reason: 'Ghi nhầm' });
    expect(cancelled).toMatchObject({ code: 'PT1', cancelReason: 'Ghi nhầm' });
    expect(cancelled.cancelledAt).not.toBeNull();
    const d = await post({
      type: 'receipt',
      account: 'cash',
      date: '2026-01-03',
      amount: 300_000,
      category: 'thu-khac',
    });
    expect(d.code).toBe('PT2');
    expect((await callErr(core, 'fundsProbe.cancel', { id: c.id, reason: 'Lần nữa' })).code).toBe('CONFLICT');
  });

  it('numbers a transfer on its leaving side with a pair number in the entering series', async () => {
    const t = await post({ type: 'transfer', account: 'bank', date: '2026-01-05', amount: 1_000_000 });
    expect(t).toMatchObject({ code: 'BN1', pairCode: 'PT3', category: null });
    const next = await post({
      type: 'receipt',
      account: 'cash',
      date: '2026-01-06',
      amount: 10_000,
      category: 'thu-khac',
    });
    expect(next.code).toBe('PT4'); // the pair used PT3
    const back = await post({ type: 'transfer', account: 'cash', date: '2026-01-07', amount: 400_000 });
    expect(back).toMatchObject({ code: 'PC1', pairCode: 'BC2' });
    expect(
      (await postErr({ type: 'transfer', account: 'cash', date: '2026-01-07', amount: 1, category: 'kpcd' })).code,
    ).toBe('VALIDATION');
  });

  it('refuses a cash payment that makes the balance negative on any day from its date onward', async () => {
    // 2026 cash so far: +300,000 (PT2) +1,000,000 (transfer in) +10,000 −400,000 on 07/01, on top of 2025's 5,100,000
    const before = await post({
      type: 'payment',
      account: 'cash',
      date: '2026-02-01',
      amount: 6_000_000,
      category: 'cham-lo',
    });
    expect(before.code).toBe('PC2'); // leaves 10,000
    const tooMuch = await postErr({
      type: 'payment',
      account: 'cash',
      date: '2026-02-02',
      amount: 10_001,
      category: 'quan-ly',
    });
    expect(tooMuch.code).toBe('VALIDATION');
    expect(tooMuch.message).toMatch(/Quỹ tiền mặt không đủ: ngày 02\/02\/2026/);
    // Dated earlier, it fits that day but breaks 01/02, when the 6,000,000 payment is made.
    const earlier = await postErr({
      type: 'payment',
      account: 'cash',
      date: '2026-01-20',
      amount: 20_000,
      category: 'quan-ly',
    });
    expect(earlier.message).toMatch(/01\/02\/2026/);
    const ok = await post({
      type: 'payment',
      account: 'cash',
      date: '2026-02-02',
      amount: 10_000,
      category: 'quan-ly',
    });
    expect(ok.code).toBe('PC3'); // the refused ones took no number
    // The bank is not limited by this rule.
    expect(
      (await post({ type: 'payment', account: 'bank', date: '2026-02-02', amount: 1, category: 'quan-ly' })).code,
    ).toBe('BN2');
  });

  it('refuses to cancel a cash receipt the cash has already been spent from', async () => {
    const all = await call(core, 'fundsProbe.post', {
      source: 'manual',
      description: 'Thu thêm',
      type: 'receipt',
      account: 'cash',
      date: '2026-03-01',
      amount: 50_000,
      category: 'thu-khac',
    });
    await post({ type: 'payment', account: 'cash', date: '2026-03-02', amount: 40_000, category: 'chi-khac' });
    const e = await callErr(core, 'fundsProbe.cancel', { id: all.id, reason: 'Nhầm' });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/Quỹ tiền mặt không đủ/);
  });

  it('refuses to cancel a transfer into the cash once that cash is spent', async () => {
    const t = await post({ type: 'transfer', account: 'bank', date: '2026-03-10', amount: 70_000 });
    await post({ type: 'payment', account: 'cash', date: '2026-03-11', amount: 75_000, category: 'chi-khac' });
    const e = await callErr(core, 'fundsProbe.cancel', { id: t.id, reason: 'Nhầm' });
    expect(e.message).toMatch(/Quỹ tiền mặt không đủ: ngày 11\/03\/2026/);
  });

  it('keeps doan-phi for the dues postings and checks the category kind', async () => {
    const manual = await postErr({
      type: 'receipt',
      account: 'cash',
      date: '2026-03-03',
      amount: 1,
      category: 'doan-phi',
    });
    expect(manual.code).toBe('VALIDATION');
    expect(manual.message).toMatch(/đoàn phí/);
    const byDues = await post({
      type: 'receipt',
      account: 'bank',
      date: '2026-03-03',
      amount: 45_000,
      category: 'doan-phi',
      source: 'dues',
      sourceRef: 'batch:unit:bank',
    });
    expect(byDues).toMatchObject({ source: 'dues', category: 'doan-phi', code: 'BC3' });
    expect(
      (await postErr({ type: 'payment', account: 'bank', date: '2026-03-03', amount: 1, category: 'kpcd' })).message,
    ).toMatch(/khoản thu/);
    expect(
      (await postErr({ type: 'receipt', account: 'bank', date: '2026-03-03', amount: 1, category: 'khong-co' })).code,
    ).toBe('NOT_FOUND');
    expect(
      (await postErr({ type: 'receipt', account: 'bank', date: '2026-02-30', amount: 1, category: 'kpcd' })).code,
    ).toBe('VALIDATION');
    expect(
      (await postErr({ type: 'receipt', account: 'bank', date: '2026-03-03', amount: 1.5, category: 'kpcd' })).code,
    ).toBe('VALIDATION');
  });

  it('refuses a voucher dated in a closed year, and in the years before it', async () => {
    await call(core, 'fundsProbe.lockYear', { year: 2025 });
    const e = await postErr({ type: 'receipt', account: 'bank', date: '2025-12-31', amount: 1, category: 'kpcd' });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/Năm 2025 đã khoá sổ/);
    const older = await postErr({ type: 'receipt', account: 'bank', date: '2024-05-01', amount: 1, category: 'kpcd' });
    expect(older.message).toMatch(/Năm 2025 đã khoá sổ/);
    const cancelOld = await callErr(core, 'fundsProbe.cancel', { id: firstOf2025, reason: 'Muộn' });
    expect(cancelOld.message).toMatch(/Năm 2025 đã khoá sổ/);
    const in2026 = await post({ type: 'receipt', account: 'bank', date: '2026-01-01', amount: 1, category: 'kpcd' });
    expect(in2026.code).toBe('BC4'); // the year after a closed one stays open
  });

  it('names the member as the party unless a name is typed', async () => {
    const v = await post({
      type: 'payment',
      account: 'bank',
      date: '2026-03-04',
      amount: 500_000,
      category: 'cham-lo',
      memberId: members[0],
      source: 'welfare',
    });
    expect(v).toMatchObject({ party: 'Nguyễn Thị Lan', memberId: members[0], source: 'welfare' });
  });
});
