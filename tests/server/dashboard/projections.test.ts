import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeFrozen, type FrozenLine } from '../../../src/core/dues/frozen';
import { decodeFrozenLines, FrozenLinesError } from '../../../src/server/dashboard/frozen-lines';
import { orgReport } from '../../../src/server/dashboard/report';
import { dashboardFigures } from '../../../src/server/dashboard/figures';
import { addDevice, addOrg, member, openTestServerDb, project, row, type TestServerDb } from './db';

let db: TestServerDb;
beforeEach(async () => {
  db = await openTestServerDb('2026-12-07T03:00:00.000Z');
  await addOrg(db.ctx, 'upper', 'LĐLĐ Quận 1', 'upper');
  await addOrg(db.ctx, 'org-a', 'CĐCS Công ty A');
  await addOrg(db.ctx, 'org-b', 'CĐCS Bệnh viện B');
});
afterEach(() => db.close());

const line = (memberId: string, due: number, exempt = false): FrozenLine => ({
  memberId,
  unitId: null,
  basis: due * 100,
  due,
  extra: 0,
  exempt,
  capped: false,
});
const closedMonth = (id: string, month: string, lines: FrozenLine[]) =>
  row('dues_months', id, {
    month,
    closed_at: `${month}-28T10:00:00.000Z`,
    total_due: lines.reduce((n, l) => n + l.due, 0),
    total_extra: 0,
    lines: { b64: encodeFrozen(lines, null).toString('base64') },
  });
let paymentNo = 0;
const payment = (memberId: string, month: string, amount: number, extra: Record<string, string | null> = {}) =>
  row(`dues_payments`, `pay-${++paymentNo}`, {
    member_id: memberId,
    month,
    amount,
    paid_on: `${month}-15`,
    method: 'cash',
    adjustment: 0,
    cancelled_at: null,
    ...extra,
  });

describe('frozen lines', () => {
  it('reads what the PC writes: every member, due and exemption', () => {
    const lines = [line('0193a-m2', 52_000), line('0193a-m1', 40_000, true), line('0193a-m3', 0)];
    const read = decodeFrozenLines(encodeFrozen(lines, 'rule-1'));
    expect(read).toEqual([
      { memberId: '0193a-m1', due: 40_000, exempt: true },
      { memberId: '0193a-m2', due: 52_000, exempt: false },
      { memberId: '0193a-m3', due: 0, exempt: false },
    ]);
  });

  it('refuses a value that is not a frozen month', () => {
    expect(() => decodeFrozenLines(Buffer.from('not lines'))).toThrow(FrozenLinesError);
    const good = encodeFrozen([line('m1', 1)], null);
    expect(() => decodeFrozenLines(good.subarray(0, good.length - 1))).toThrow(FrozenLinesError);
  });
});

describe('member projection and the report', () => {
  it('counts active members per CĐCS (not the upper level), follows edits and deletes, is idempotent', async () => {
    const a = [
      member('a1', { gender: 'female' }),
      member('a2'),
      member('a3', { status: 'retired' }),
      member('a4', {}, '2026-03-01T00:00:00.000Z'),
    ];
    await project(db.ctx, 'org-a', a);
    await project(db.ctx, 'org-a', a); // the same rows again (a retried push): nothing doubles
    await project(db.ctx, 'org-b', [member('b1')]);
    await addDevice(db.ctx, 'org-a', '2026-12-01T08:30:00.000Z');
    await addDevice(db.ctx, 'org-a', '2026-12-05T01:02:03.000Z');
    expect(await orgReport(db.ctx)).toEqual({
      orgs: [
        { id: 'org-b', name: 'CĐCS Bệnh viện B', members: 1, lastSyncAt: null },
        { id: 'org-a', name: 'CĐCS Công ty A', members: 2, lastSyncAt: '2026-12-05T01:02:03.000Z' },
      ],
    });
    // a2 is suspended, a3 reinstated, a1 deleted on a PC
    await project(db.ctx, 'org-a', [
      member('a2', { status: 'suspended' }),
      member('a3'),
      member('a1', { gender: 'female' }, '2026-12-06T00:00:00.000Z'),
    ]);
    const report = await orgReport(db.ctx);
    expect(report.orgs.find((o) => o.id === 'org-a')!.members).toBe(1);
  });

  it('women, admitted and left this year (Vietnam’s year), as the PC counts them', async () => {
    await project(db.ctx, 'org-a', [
      member('a1', { gender: 'female', joined_on: '2026-02-01' }),
      member('a2', { gender: 'female', joined_on: '2025-12-31' }),
      member('a3', { joined_on: '2026-11-30' }),
      member('a4', { status: 'retired', joined_on: '2010-01-01' }),
      member('a5', { status: 'withdrawn', gender: 'female' }),
      row('member_status_events', 'e1', {
        member_id: 'a4',
        event: 'retired',
        to_status: 'retired',
        date: '2026-06-30',
      }),
      row('member_status_events', 'e2', {
        member_id: 'a5',
        event: 'withdrawn',
        to_status: 'withdrawn',
        date: '2025-06-30',
      }),
      row('member_status_events', 'e3', {
        member_id: 'a1',
        event: 'admitted',
        to_status: 'active',
        date: '2026-02-01',
      }),
    ]);
    const fig = await dashboardFigures(db.ctx);
    const a = fig.orgs.find((o) => o.id === 'org-a')!;
    expect(a).toMatchObject({ members: 3, women: 2, admitted: 2, left: 1 });
    expect(a.womenPercent).toBe(66.7);
    // The event deleted on a PC no longer counts.
    await project(db.ctx, 'org-a', [
      row(
        'member_status_events',
        'e1',
        { member_id: 'a4', to_status: 'retired', date: '2026-06-30' },
        '2026-07-01T00:00:00Z',
      ),
    ]);
    expect((await dashboardFigures(db.ctx)).orgs.find((o) => o.id === 'org-a')!.left).toBe(0);
  });
});

describe('dues projection', () => {
  const monthOf = async (orgId: string, month: string) =>
    (await dashboardFigures(db.ctx)).orgs.find((o) => o.id === orgId)!.months.find((m) => m.month === month)!;

  it('a closed month gives owed, collected, rate and members owing; payments and cancellations follow', async () => {
    await project(db.ctx, 'org-a', [
      closedMonth('dm-11', '2026-11', [
        line('a1', 50_000),
        line('a2', 30_000),
        line('a3', 20_000),
        line('a4', 0, true),
      ]),
      payment('a1', '2026-11', 50_000),
      payment('a2', '2026-11', 10_000),
    ]);
    expect(await monthOf('org-a', '2026-11')).toEqual({
      month: '2026-11',
      closed: true,
      owed: 100_000,
      collected: 60_000,
      rate: 60,
      owingMembers: 2,
    });
    // payments arrive after the close (another PC), one is cancelled, one deleted
    const late = payment('a3', '2026-11', 20_000);
    await project(db.ctx, 'org-a', [late, payment('a2', '2026-11', 20_000)]);
    expect(await monthOf('org-a', '2026-11')).toMatchObject({ collected: 100_000, rate: 100, owingMembers: 0 });
    await project(db.ctx, 'org-a', [
      row('dues_payments', late.id, { ...late.data, cancelled_at: '2026-12-01T00:00:00Z' }),
    ]);
    expect(await monthOf('org-a', '2026-11')).toMatchObject({ collected: 80_000, rate: 80, owingMembers: 1 });
    // restored and moved to another month: it counts there, not in November
    await project(db.ctx, 'org-a', [row('dues_payments', late.id, { ...late.data, month: '2026-10' })]);
    expect(await monthOf('org-a', '2026-11')).toMatchObject({ collected: 80_000, owingMembers: 1 });
    expect(await monthOf('org-a', '2026-10')).toMatchObject({ closed: false, collected: 20_000, rate: null });
  });

  it('an open month shows what was collected but no rate; a reopened month loses its lines', async () => {
    await project(db.ctx, 'org-a', [payment('a1', '2026-12', 40_000)]);
    expect(await monthOf('org-a', '2026-12')).toMatchObject({ closed: false, owed: 0, collected: 40_000, rate: null });
    const closed = closedMonth('dm-12', '2026-12', [line('a1', 40_000), line('a2', 40_000)]);
    await project(db.ctx, 'org-a', [closed]);
    expect(await monthOf('org-a', '2026-12')).toMatchObject({ closed: true, owed: 80_000, rate: 50 });
    await project(db.ctx, 'org-a', [row('dues_months', 'dm-12', { ...closed.data, closed_at: null, lines: null })]);
    expect(await monthOf('org-a', '2026-12')).toMatchObject({ closed: false, owed: 0, collected: 40_000, rate: null });
    // the other CĐCS is untouched by all this
    expect(await monthOf('org-b', '2026-12')).toMatchObject({ closed: false, owed: 0, collected: 0 });
  });

  it('counts active members unpaid for 6 months or more in a row', async () => {
    const months = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
    await project(db.ctx, 'org-a', [
      member('a1'),
      member('a2'),
      member('a3'),
      member('a4', { status: 'retired' }),
      member('a5'),
    ]);
    const rows = months.map((m, i) =>
      closedMonth(`dm-${m}`, m, [
        line('a1', 10_000), // never paid: 7 months
        line('a2', 10_000), // paid May only: 6 months
        line('a3', 10_000), // paid August: 3 months since
        line('a4', 10_000), // retired: not counted
        line('a5', 10_000, i === 3), // one exempt month inside 6 unpaid ones: still 6
      ]),
    );
    await project(db.ctx, 'org-a', [
      ...rows,
      payment('a2', '2026-05', 10_000),
      payment('a3', '2026-08', 10_000),
      payment('a5', '2026-05', 10_000),
    ]);
    const fig = await dashboardFigures(db.ctx);
    expect(fig.orgs.find((o) => o.id === 'org-a')!.unpaidLong).toBe(2);
    expect(fig.anomalies).toContainEqual({ kind: 'unpaid', orgId: 'org-a', name: 'CĐCS Công ty A', members: 2 });
    // a2 pays November: the run is broken
    await project(db.ctx, 'org-a', [payment('a2', '2026-11', 10_000)]);
    expect((await dashboardFigures(db.ctx)).orgs.find((o) => o.id === 'org-a')!.unpaidLong).toBe(1);
  });
});
