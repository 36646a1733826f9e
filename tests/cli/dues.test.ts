/** `uniondesk dues …` in process: the exact flags and JSON shapes, and exit 4 for what it names. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
const { cli, human } = runsOn(() => dataDir);

const PEOPLE = [
  {
    fullName: 'Nguyễn Văn An',
    idNumber: '001090000001',
    unit: 'Tổ may',
    joinedOn: '2020-01-01',
    duesSalary: 7_000_000,
  },
  {
    fullName: 'Trần Thị Bình',
    idNumber: '001090000002',
    unit: 'Tổ may',
    joinedOn: '2020-01-01',
    duesSalary: 8_000_000,
  },
  { fullName: 'Lê Văn Cường', idNumber: '001090000003', joinedOn: '2026-03-15', duesSalary: 60_000_000 },
  { fullName: 'Phạm Thị Dung', idNumber: '001090000004', unit: 'Tổ cắt', joinedOn: '2020-01-01' },
];

beforeAll(async () => {
  ({ dataDir } = await initVault());
  const files = tempDir();
  for (const [i, p] of PEOPLE.entries()) {
    const f = path.join(files, `m${i}.json`);
    writeFileSync(f, JSON.stringify(p));
    const r = await cli('members', 'add', f);
    expect(r.code, r.stderr).toBe(0);
  }
});

describe('uniondesk dues', () => {
  it('lists the rules and base salaries in the exact shape', async () => {
    const r = await cli('dues', 'rules');
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toEqual({
      rules: [
        { from: '1990-01-01', rate: 1, capBaseMultiple: 0.1, fixedAmount: null, rounding: 1 },
        { from: '2025-07-01', rate: 0.5, capBaseMultiple: 0.1, fixedAmount: null, rounding: 1 },
      ],
      baseSalaries: [{ from: '2024-07-01', amount: 2_340_000 }],
    });
  });

  it('adds a base salary and a rule from a date', async () => {
    expect((await cli('dues', 'base-salary', '--from', '2026-07-01', '--amount', '2530000')).code).toBe(0);
    const rule = await cli('dues', 'rule', '--from', '2027-01-01', '--rate', '0.5', '--rounding', '1000');
    expect(rule.code, rule.stderr).toBe(0);
    const r = json(await cli('dues', 'rules'));
    expect(r.baseSalaries).toEqual([
      { from: '2024-07-01', amount: 2_340_000 },
      { from: '2026-07-01', amount: 2_530_000 },
    ]);
    expect(r.rules[2]).toEqual({
      from: '2027-01-01',
      rate: 0.5,
      capBaseMultiple: 0.1,
      fixedAmount: null,
      rounding: 1000,
    });
  });

  it('computes a month: basis, due, exempt; the inactive left out', async () => {
    const ex = await cli(
      'dues',
      'exempt',
      '001090000002',
      '--from',
      '2026-02',
      '--to',
      '2026-04',
      '--reason',
      'Thai sản',
    );
    expect(ex.code, ex.stderr).toBe(0);
    const r = json(await cli('dues', 'compute', '--month', '2026-02'));
    expect(r).toEqual({
      month: '2026-02',
      total: 35_000 + 11_700,
      members: [
        // by given name: An, Bình, Dung
        { idNumber: '001090000001', fullName: 'Nguyễn Văn An', basis: 7_000_000, due: 35_000, exempt: false },
        { idNumber: '001090000002', fullName: 'Trần Thị Bình', basis: null, due: 0, exempt: true },
        { idNumber: '001090000004', fullName: 'Phạm Thị Dung', basis: null, due: 11_700, exempt: false },
      ],
    });
    const july = json(await cli('dues', 'compute', '--month', '2026-07'));
    expect(july.members.find((m: { idNumber: string }) => m.idNumber === '001090000003').due).toBe(253_000);
  });

  it('pays by member (advance) and by group with exceptions', async () => {
    const one = await cli('dues', 'pay', '--month', '2026-05', '--member', '001090000001', '--amount', '70000');
    expect(one.code, one.stderr).toBe(0);
    expect(json(one).payments.map((p: { month: string }) => p.month)).toEqual(['2026-05', '2026-06']);
    const all = await cli(
      'dues',
      'pay',
      '--month',
      '2026-05',
      '--all',
      '--unit',
      'Tổ may',
      '--except',
      '001090000002',
      '--method',
      'payroll',
      '--date',
      '2026-05-31',
    );
    expect(all.code, all.stderr).toBe(0);
    expect(json(all)).toMatchObject({ total: 0, members: 0 });
    const everyone = json(await cli('dues', 'pay', '--month', '2026-05', '--all', '--method', 'transfer'));
    expect(everyone.members).toBe(3); // Bình, Cường, Dung; An had paid May
  });

  it('lists arrears with levels', async () => {
    const r = await cli('dues', 'arrears', '--as-of', '2026-12');
    expect(r.code, r.stderr).toBe(0);
    const members = json(r).members as { idNumber: string; months: number; level: string | null }[];
    expect(Object.keys(members[0]).sort()).toEqual(['fullName', 'idNumber', 'level', 'months']);
    expect(members.find((m) => m.idNumber === '001090000002')).toMatchObject({ months: 7, level: '6' });
    expect(members.find((m) => m.idNumber === '001090000001')).toMatchObject({ months: 6, level: '6' });
  });

  it('closes a month and refuses to change it (exit 4, Vietnamese)', async () => {
    expect((await cli('dues', 'close', '--month', '2026-05')).code).toBe(0);
    const r = await cli('dues', 'pay', '--month', '2026-05', '--member', '001090000003', '--amount', '1000');
    expect(r.code).toBe(4);
    expect(json(r).error.message).toContain('đã khóa sổ');
  });

  it('exits 4 with a Vietnamese message for a bad month, a negative amount, an unknown member', async () => {
    const month = await cli('dues', 'compute', '--month', '2026-13');
    expect(month.code).toBe(4);
    expect(json(month).error.message).toContain('Tháng');
    const neg = await cli('dues', 'pay', '--month', '2026-08', '--member', '001090000001', '--amount', '-5000');
    expect(neg.code).toBe(4);
    expect(json(neg).error.message).toContain('không được âm');
    const who = await cli('dues', 'pay', '--month', '2026-08', '--member', '009999999999', '--amount', '5000');
    expect(who.code).toBe(4);
    expect(json(who).error.message).toContain('009999999999');
    const exempt = await cli('dues', 'exempt', '009999999999', '--from', '2026-01', '--to', '2026-02', '--reason', 'x');
    expect(exempt.code).toBe(4);
  });

  it('prints a ledger for people', async () => {
    const r = await human('dues', 'ledger', '--month', '2026-05');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Nguyễn Văn An');
    expect(r.stdout).toContain('35.000 đ');
  });
});
