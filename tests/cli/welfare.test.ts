/**
 * `uniondesk welfare programme …|register|unregister` and `uniondesk reports hdcd` in process: the exact flags
 * and JSON shapes, exit 4 with a Vietnamese message beyond capacity, for an ineligible member, a bad date or number.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText, readXlsx, sheetValues, squash } from '../dues/files/read-back';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli, human } = runsOn(() => dataDir);

const PEOPLE = [
  { fullName: 'Nguyễn Văn Bình', idNumber: '001090000001', unit: 'Tổ may', hazardousWork: true, gender: 'male' },
  { fullName: 'Trần Thị Ánh', idNumber: '001090000002', unit: 'Tổ cắt', hazardousWork: true, gender: 'female' },
  { fullName: 'Lê Thị An', idNumber: '001090000003', unit: 'Tổ may', gender: 'female', joinedOn: '2026-06-01' },
  { fullName: 'Phạm Văn Dũng', idNumber: '001090000004', unit: 'Tổ may', hazardousWork: true, joinedOn: '2020-01-01' },
];

beforeAll(async () => {
  ({ dataDir } = await initVault());
  files = tempDir();
  expect((await cli('units', 'add', 'Tổ may')).code).toBe(0);
  expect((await cli('units', 'add', 'Tổ cắt', '--parent', 'Tổ may')).code).toBe(0);
  const ids: string[] = [];
  for (const [i, p] of PEOPLE.entries()) {
    const f = path.join(files, `m${i}.json`);
    writeFileSync(f, JSON.stringify({ joinedOn: '2020-01-01', ...p }));
    const r = await cli('members', 'add', f);
    expect(r.code, r.stderr).toBe(0);
    ids.push(json(r).id);
  }
  const id = ids[3];
  const moved = await cli(
    'members',
    'set-status',
    id,
    '--status',
    'retired',
    '--date',
    '2026-11-30',
    '--reason',
    'Nghỉ hưu',
  );
  expect(moved.code, moved.stderr).toBe(0);
});

describe('uniondesk welfare programme', () => {
  let programmeId = '';

  it('adds a programme and answers {"id"}', async () => {
    const r = await cli(
      'welfare',
      'programme',
      'add',
      '--name',
      'Khám sức khỏe 6 tháng',
      '--kind',
      'health-check',
      '--capacity',
      '2',
      '--hazardous-only',
      '--unit',
      'Tổ may',
    );
    expect(r.code, r.stderr).toBe(0);
    const out = json(r);
    expect(Object.keys(out)).toEqual(['id']);
    programmeId = out.id;
  });

  it('registers eligible members and refuses others with exit 4 in Vietnamese', async () => {
    const ok = await cli('welfare', 'register', programmeId, '--member', '001090000001');
    expect(ok.code, ok.stderr).toBe(0);
    expect(json(ok)).toEqual({ registered: 1, capacity: 2 });
    const notHazardous = await human('welfare', 'register', programmeId, '--member', '001090000003');
    expect(notHazardous.code).toBe(4);
    expect(notHazardous.stderr).toContain('nặng nhọc, độc hại');
    const retired = await human('welfare', 'register', programmeId, '--member', '001090000004');
    expect(retired.code).toBe(4);
    expect(retired.stderr).toContain('Chỉ đoàn viên đang sinh hoạt');
    expect((await cli('welfare', 'register', programmeId, '--member', '001090000002')).code).toBe(0);
  });

  it('refuses a registration beyond capacity with exit 4', async () => {
    const other = json(
      await cli('welfare', 'programme', 'add', '--name', 'Quà Tết', '--kind', 'gift', '--capacity', '1'),
    ).id;
    expect((await cli('welfare', 'register', other, '--member', '001090000003')).code).toBe(0);
    const full = await human('welfare', 'register', other, '--member', '001090000001');
    expect(full.code).toBe(4);
    expect(full.stderr).toContain('đã đủ 1 suất');
    const un = await cli('welfare', 'unregister', other, '--member', '001090000003');
    expect(json(un)).toEqual({ registered: 0, capacity: 1 });
    expect((await cli('welfare', 'register', other, '--member', '001090000001')).code).toBe(0);
  });

  it('shows a programme in the exact shape, members by given name', async () => {
    const r = await cli('welfare', 'programme', 'show', programmeId);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toEqual({
      registered: 2,
      capacity: 2,
      members: [
        { idNumber: '001090000002', fullName: 'Trần Thị Ánh' },
        { idNumber: '001090000001', fullName: 'Nguyễn Văn Bình' },
      ],
    });
    const list = json(await cli('welfare', 'programme', 'list')).programmes;
    expect(list.map((p: { name: string; registered: number }) => [p.name, p.registered])).toEqual([
      ['Quà Tết', 1],
      ['Khám sức khỏe 6 tháng', 2],
    ]);
  });

  it("writes the organiser's list as PDF and .xlsx", async () => {
    const pdf = path.join(files, 'ds.pdf');
    const r = await human('welfare', 'programme', 'file', programmeId, '--out', pdf);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Đã ghi');
    expect(squash(pdfText(readFileSync(pdf)).text)).toContain(squash('1 Trần Thị Ánh 001090000002 Tổ cắt'));
    const xlsx = path.join(files, 'ds.xlsx');
    expect((await cli('welfare', 'programme', 'file', programmeId, '--out', xlsx)).code).toBe(0);
    const rows = sheetValues((await readXlsx(readFileSync(xlsx))).worksheets[0]);
    expect(rows.slice(6).map((x) => x[1])).toEqual(['Trần Thị Ánh', 'Nguyễn Văn Bình']);
    const bad = await cli('welfare', 'programme', 'file', programmeId, '--out', path.join(files, 'ds.doc'));
    expect(bad.code).toBe(4);
    expect(existsSync(path.join(files, 'ds.doc'))).toBe(false);
  });

  it('refuses a bad capacity or an unknown group with exit 4', async () => {
    const bad = await human('welfare', 'programme', 'add', '--name', 'X', '--kind', 'trip', '--capacity', 'nhiều');
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain('Số suất phải là số nguyên');
    const zero = await cli('welfare', 'programme', 'add', '--name', 'X', '--kind', 'trip', '--capacity', '0');
    expect(zero.code).toBe(4);
    const unit = await cli(
      'welfare',
      'programme',
      'add',
      '--name',
      'X',
      '--kind',
      'trip',
      '--capacity',
      '3',
      '--unit',
      'Tổ lạ',
    );
    expect(unit.code).toBe(4);
  });
});

describe('uniondesk reports hdcd', () => {
  it('answers the exact shape', async () => {
    const r = await cli('reports', 'hdcd', '--as-of', '2026-11-30');
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toEqual({
      asOf: '2026-11-30',
      from: '2026-06-01',
      members: 3, // Dũng retired on the as-of date
      women: 2,
      admitted: 1, // An, on the period's first day
      left: 1,
      unionGroups: 2,
      workers: null,
    });
  });

  it('writes the report with --out and refuses a bad date with exit 4', async () => {
    const out = path.join(files, 'hdcd.xlsx');
    const r = await cli('reports', 'hdcd', '--as-of', '2026-05-31', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toMatchObject({ from: '2025-12-01', members: 3, admitted: 0, left: 0 });
    const rows = sheetValues((await readXlsx(readFileSync(out))).worksheets[0]);
    expect(rows.find((x) => x[0] === '3')?.[3]).toBe(3);
    const bad = await human('reports', 'hdcd', '--as-of', '31/05/2026');
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain('YYYY-MM-DD');
  });
});
