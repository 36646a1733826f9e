/**
 * `uniondesk welfare support|history` in process: the exact flags and JSON shapes; exit 4 with a Vietnamese
 * message for a cash payment beyond the balance, a bad amount or date, an unknown member.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
const { cli, human } = runsOn(() => dataDir);
const AN = '001090000011';

beforeAll(async () => {
  ({ dataDir } = await initVault());
  const f = path.join(tempDir(), 'an.json');
  writeFileSync(
    f,
    JSON.stringify({ fullName: 'Nguyễn Văn An', idNumber: AN, joinedOn: '2026-09-01', duesSalary: 7_000_000 }),
  );
  expect((await cli('members', 'add', f)).code).toBe(0);
});

describe('uniondesk welfare support', () => {
  it('pays from the bank and answers {"id", "voucher": {"id", "code"}}', async () => {
    const r = await cli(
      'welfare',
      'support',
      '--member',
      AN,
      '--kind',
      'maternity',
      '--date',
      '2026-10-05',
      '--amount',
      '1000000',
      '--account',
      'bank',
      '--decision',
      'QĐ 05/QĐ-CĐCS',
    );
    expect(r.code, r.stderr).toBe(0);
    const out = json(r);
    expect(Object.keys(out)).toEqual(['id', 'voucher']);
    expect(Object.keys(out.voucher)).toEqual(['id', 'code']);
    expect(out.voucher.code).toBe('BN1');
  });

  it('refuses a cash payment beyond the balance (cash is the default) with exit 4', async () => {
    const r = await human(
      'welfare',
      'support',
      '--member',
      AN,
      '--kind',
      'sickness',
      '--date',
      '2026-10-06',
      '--amount',
      '200000',
    );
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('Quỹ tiền mặt không đủ');
  });

  it('refuses a bad amount, date, kind or member', async () => {
    const amount = await human(
      'welfare',
      'support',
      '--member',
      AN,
      '--kind',
      'tet',
      '--date',
      '2026-10-06',
      '--amount',
      '1.5',
    );
    expect(amount.code).toBe(4);
    const zero = await cli(
      'welfare',
      'support',
      '--member',
      AN,
      '--kind',
      'tet',
      '--date',
      '2026-10-06',
      '--amount',
      '0',
      '--account',
      'bank',
    );
    expect(zero.code).toBe(4);
    const date = await human(
      'welfare',
      'support',
      '--member',
      AN,
      '--kind',
      'tet',
      '--date',
      '2026-02-30',
      '--amount',
      '1000',
      '--account',
      'bank',
    );
    expect(date.code).toBe(4);
    expect(date.stderr).toContain('Ngày không tồn tại');
    const member = await human(
      'welfare',
      'support',
      '--member',
      '001090009999',
      '--kind',
      'tet',
      '--date',
      '2026-10-06',
      '--amount',
      '1000',
    );
    expect(member.code).toBe(4);
    expect(member.stderr).toContain('Không có đoàn viên nào có số CCCD 001090009999');
    expect(
      (await cli('welfare', 'support', '--member', AN, '--kind', 'party', '--date', '2026-10-06', '--amount', '1000'))
        .code,
    ).toBe(2);
  });

  it('shows the history: support beside the dues months', async () => {
    const r = await cli('welfare', 'history', '--member', AN);
    expect(r.code, r.stderr).toBe(0);
    const h = json(r);
    expect(Object.keys(h)).toEqual(['support', 'dues']);
    expect(h.support).toEqual([
      { date: '2026-10-05', kind: 'maternity', amount: 1_000_000, voucher: 'BN1', cancelled: false },
    ]);
    expect(h.dues[0]).toEqual({ month: '2026-09', due: 35_000, paid: 0 });
    expect(h.dues.every((d: object) => Object.keys(d).join() === 'month,due,paid')).toBe(true);
    const text = await human('welfare', 'history', '--member', AN);
    expect(text.stdout).toContain('BN1');
    expect(text.stdout).toContain('1.000.000 đ');
  });
});
