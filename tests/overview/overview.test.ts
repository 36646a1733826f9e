/** overview.get on a real vault: the counts Tổng quan shows, each one aggregated by SQLite. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callErr, initCore } from '../helpers/core';

type Core = Awaited<ReturnType<typeof initCore>>['core'];

describe('overview.get', () => {
  let core: Core;
  let ids: string[];
  beforeAll(async () => {
    ({ core } = await initCore());
    const people = [
      { fullName: 'Nguyễn Thị Hoa', gender: 'female', unit: 'Tổ may', joinedOn: '2026-02-10' },
      { fullName: 'Trần Thị Lan', gender: 'female', unit: 'Tổ may', joinedOn: '2019-05-01' },
      { fullName: 'Lê Văn Cường', gender: 'male', unit: 'Tổ may', joinedOn: '2026-11-30' },
      { fullName: 'Phạm Văn Dũng', gender: 'male', unit: 'Tổ cắt', joinedOn: '2025-12-31' },
      { fullName: 'Đỗ Thị Mai', gender: 'female', unit: 'Tổ cắt', joinedOn: '2015-01-01' },
      { fullName: 'Vũ Văn Nam', gender: 'male', joinedOn: '2026-12-20' },
      { fullName: 'Hoàng Thị Yến', gender: 'female', unit: 'Tổ cắt', joinedOn: '2018-03-03' },
    ];
    ids = [];
    for (const p of people) ids.push((await call(core, 'members.add', p)).id);
    // Two leave in 2026, one in 2025 (not this year); one is suspended (not a departure).
    await call(core, 'members.setStatus', { id: ids[4], status: 'retired', date: '2026-06-30', reason: 'Nghỉ hưu' });
    await call(core, 'members.setStatus', {
      id: ids[6],
      status: 'transferred_out',
      date: '2026-09-01',
      reason: 'Chuyển',
    });
    await call(core, 'members.setStatus', { id: ids[1], status: 'withdrawn', date: '2025-10-01', reason: 'Xin ra' });
    await call(core, 'members.setStatus', { id: ids[3], status: 'suspended', date: '2026-04-01', reason: 'Nghỉ dài' });
    await call(core, 'org.update', { place: 'Hà Nội', chairName: 'Nguyễn Văn An', upperLevelName: 'LĐLĐ phường' });
  });
  afterAll(() => core.close());

  it('counts members by status, active women, active members by union group, admissions and departures', async () => {
    const r = await call(core, 'overview.get', { asOf: '2026-12-07' });
    expect(r.asOf).toBe('2026-12-07');
    expect(r.members.total).toBe(7);
    const byStatus = Object.fromEntries(r.members.byStatus.map((s: any) => [s.status, s.count]));
    expect(byStatus).toEqual({ active: 3, retired: 1, transferred_out: 1, withdrawn: 1, suspended: 1 });
    expect(r.members.active).toBe(3);
    // Active: Hoa (F, Tổ may), Cường (M, Tổ may), Nam (M, no group).
    expect(r.members.activeWomen).toBe(1);
    expect(r.members.byUnit).toEqual([
      { unitId: expect.any(String), name: 'Tổ may', count: 2 },
      { unitId: null, name: null, count: 1 },
    ]);
    // Joined 2026-01-01..2026-12-07: Hoa and Cường (Nam joins on 20/12, after asOf; Dũng on 31/12/2025).
    expect(r.year).toBe(2026);
    expect(r.admitted).toBe(2);
    expect(r.left).toBe(2);
    expect(r.dues).toEqual({ month: '2026-12', paidMembers: 0, collected: 0 });
  });

  it('lists the latest documents with drafts counted, and dues paid for the month', async () => {
    const before = await call(core, 'overview.get', { asOf: '2026-12-07' });
    const made = await call(core, 'docs.create', {
      markdown: '---\ntype: TB\nsummary: Về việc họp tổ\n---\nKính gửi các tổ.',
    });
    const r = await call(core, 'overview.get', { asOf: '2026-12-07' });
    expect(r.documents.total).toBe(before.documents.total + 1);
    expect(r.documents.drafts).toBe(before.documents.drafts + 1);
    expect(r.documents.recent[0]).toMatchObject({ id: made.doc.id, status: 'draft', numberText: null });
    expect(r.documents.recent.length).toBeLessThanOrEqual(6);
    // Less than a month's due each, so nothing moves on to January as an advance.
    await call(core, 'dues.pay', { month: '2026-12', memberId: ids[0], amount: 10_000, date: '2026-12-05' });
    await call(core, 'dues.pay', { month: '2026-12', memberId: ids[2], amount: 8_000, date: '2026-12-06' });
    expect((await call(core, 'overview.get', { asOf: '2026-12-07' })).dues).toEqual({
      month: '2026-12',
      paidMembers: 2,
      collected: 18_000,
    });
    // Without asOf the core's own local day is used.
    const today = await call(core, 'overview.get', {});
    expect(today.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await callErr(core, 'overview.get', { asOf: '2026-02-30' })).code).toBe('VALIDATION');
  });

  it('answers LOCKED when the vault is locked', async () => {
    const { core: other } = await initCore();
    await call(other, 'vault.lock');
    expect((await callErr(other, 'overview.get', {})).code).toBe('LOCKED');
    await other.close();
  });
});
