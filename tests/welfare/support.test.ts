/**
 * Support paid to members through a real core: the support and its payment voucher (PC in the cash book, BN in the
 * bank book; category cham-lo; a description naming the kind and the member) in one transaction; a voucher the
 * books refuse (beyond the cash balance, a closed year) records no support and uses no number; a cancelled voucher
 * shows the support as cancelled; the member's list and the date filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callErr, welfareCore, type WelfareEnv } from './helpers';

let env: WelfareEnv;
const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';

beforeAll(async () => {
  env = await welfareCore([{ fullName: AN, unit: 'Tổ may' }, { fullName: BINH }]);
  await call(env.core, 'welfareProbe.receipt', { account: 'cash', date: '2026-01-05', amount: 2_000_000 });
});
afterAll(async () => {
  await env.core.close();
});

const support = (name: string, extra: Record<string, unknown>) =>
  call(env.core, 'welfare.addSupport', { memberId: env.ids[name], ...extra });

describe('welfare.addSupport', () => {
  it('pays support with its payment voucher in the cash book', async () => {
    const s = await support(AN, {
      kind: 'sickness',
      date: '2026-03-10',
      amount: 500_000,
      decision: 'QĐ 12/QĐ-CĐCS ngày 09/3/2026',
      note: 'Nằm viện 5 ngày',
    });
    expect(s).toMatchObject({
      memberId: env.ids[AN],
      memberName: AN,
      kind: 'sickness',
      date: '2026-03-10',
      amount: 500_000,
      decision: 'QĐ 12/QĐ-CĐCS ngày 09/3/2026',
      note: 'Nằm viện 5 ngày',
      voucher: { code: 'PC1', account: 'cash' },
      cancelled: false,
    });
    const v = await call(env.core, 'welfareProbe.voucher', { id: s.voucher.id });
    expect(v).toMatchObject({
      type: 'payment',
      account: 'cash',
      code: 'PC1',
      date: '2026-03-10',
      amount: 500_000,
      category: 'cham-lo',
      description: 'Chi hỗ trợ ốm đau cho đoàn viên Nguyễn Văn An (QĐ 12/QĐ-CĐCS ngày 09/3/2026)',
      memberId: env.ids[AN],
      party: AN,
      source: 'welfare',
      cancelledAt: null,
    });
  });

  it('pays from the bank on a BN voucher when asked', async () => {
    const s = await support(BINH, { kind: 'wedding', date: '2026-04-02', amount: 300_000, account: 'bank' });
    expect(s.voucher).toMatchObject({ code: 'BN1', account: 'bank' });
    const v = await call(env.core, 'welfareProbe.voucher', { id: s.voucher.id });
    expect(v.description).toBe('Chi hỗ trợ hỷ cho đoàn viên Trần Thị Bình');
  });

  it('refuses a cash payment beyond the balance: no support recorded, no number used', async () => {
    const before = (await call(env.core, 'welfare.supports', {})).items.length;
    const e = await callErr(env.core, 'welfare.addSupport', {
      memberId: env.ids[BINH],
      kind: 'bereavement',
      date: '2026-03-01',
      amount: 1_600_000, // 2,000,000 in, 500,000 paid on 10/3: on 10/3 the cash would be −100,000
    });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('Quỹ tiền mặt không đủ: ngày 10/03/2026 số dư sẽ âm 100.000 đồng.');
    expect((await call(env.core, 'welfare.supports', {})).items.length).toBe(before);
    const next = await support(BINH, { kind: 'bereavement', date: '2026-03-01', amount: 1_500_000 });
    expect(next.voucher.code).toBe('PC2');
  });

  it('rests on a decision from the documents register; an unknown document is refused', async () => {
    await call(env.core, 'org.update', {
      place: 'Hà Nội',
      chairName: 'Nguyễn Văn Chủ',
      upperLevelName: 'Công đoàn KCN Bắc Thăng Long',
    });
    const { doc } = await call(env.core, 'docs.create', {
      markdown: ['---', 'type: QĐ', 'summary: Hỗ trợ đoàn viên gặp tai nạn lao động', '---', 'Điều 1.'].join('\n'),
    });
    const s = await support(AN, {
      kind: 'accident',
      date: '2026-05-02',
      amount: 200_000,
      account: 'bank',
      documentId: doc.id,
    });
    expect(s.documentId).toBe(doc.id);
    expect((await call(env.core, 'welfareProbe.voucher', { id: s.voucher.id })).documentId).toBe(doc.id);
    const e = await callErr(env.core, 'welfare.addSupport', {
      memberId: env.ids[AN],
      kind: 'accident',
      date: '2026-05-02',
      amount: 200_000,
      account: 'bank',
      documentId: 'no-such-document',
    });
    expect(e.code).toBe('NOT_FOUND');
  });

  it('refuses a support dated in a closed year, and an unknown member', async () => {
    await call(env.core, 'welfareProbe.lockYear', { year: 2025 });
    const closed = await callErr(env.core, 'welfare.addSupport', {
      memberId: env.ids[AN],
      kind: 'tet',
      date: '2025-12-30',
      amount: 100_000,
      account: 'bank',
    });
    expect(closed.code).toBe('VALIDATION');
    const nobody = await callErr(env.core, 'welfare.addSupport', {
      memberId: 'nobody',
      kind: 'tet',
      date: '2026-02-01',
      amount: 100_000,
    });
    expect(nobody.code).toBe('NOT_FOUND');
    const zero = await callErr(env.core, 'welfare.addSupport', {
      memberId: env.ids[AN],
      kind: 'tet',
      date: '2026-02-01',
      amount: 0,
    });
    expect(zero.code).toBe('VALIDATION');
  });

  it('shows the support as cancelled once its voucher is cancelled', async () => {
    const s = await support(AN, { kind: 'housing', date: '2026-05-20', amount: 50_000, account: 'bank' });
    await call(env.core, 'welfareProbe.cancel', { id: s.voucher.id, reason: 'Ghi nhầm' });
    const mine = (await call(env.core, 'welfare.supports', { memberId: env.ids[AN] })).items;
    expect(mine.map((x: { kind: string; cancelled: boolean }) => [x.kind, x.cancelled])).toEqual([
      ['sickness', false],
      ['accident', false],
      ['housing', true],
    ]);
  });

  it('lists by member and date range, in date order', async () => {
    const all = (await call(env.core, 'welfare.supports', {})).items;
    expect(all.map((x: { date: string }) => x.date)).toEqual([
      '2026-03-01',
      '2026-03-10',
      '2026-04-02',
      '2026-05-02',
      '2026-05-20',
    ]);
    const march = (await call(env.core, 'welfare.supports', { from: '2026-03-01', to: '2026-03-31' })).items;
    expect(march.map((x: { memberName: string }) => x.memberName)).toEqual([BINH, AN]);
    const binh = (await call(env.core, 'welfare.supports', { memberId: env.ids[BINH] })).items;
    expect(binh.map((x: { voucher: { code: string } }) => x.voucher.code)).toEqual(['PC2', 'BN1']);
  });
});
