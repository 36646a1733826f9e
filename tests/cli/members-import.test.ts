/**
 * `uniondesk members import|export` end to end: a messy CSV (BOM, title row, a bad row), dry run, idempotent re-import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli, human } = runsOn(() => dataDir);
const names = (list: { fullName: string }[]) => list.map((m) => m.fullName);

/** Spreadsheet rows as Excel shows them: 1 title, 2 header, 3… members; row 4 has an impossible date (flagged). */
const CSV_LINES = [
  'DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ CÔNG TY THỬ NGHIỆM,,,,,,',
  'STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Điện thoại,Tổ công đoàn',
  '1,Trần Thị Bình,05/02/1991,Nữ,001191000001,0987654321,Tổ 2',
  '2,Lê Văn Cường,31/02/1990,Nam,001090000002,,Tổ 2',
  `3,${'Phạm Văn Đức'.normalize('NFD')},1/3/1985,nam,001085000003,+84 912 000 003,Tổ 1`,
  '4,Võ Thị Hạnh,15-08-1993,NỮ,001193000004,0903.111.222,Tổ 1',
];

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
  const first = path.join(files, 'first.json');
  writeFileSync(first, JSON.stringify({ fullName: 'Nguyễn Văn An', idNumber: '001080000009' }));
  const r = await cli('members', 'add', first);
  expect(r.code, r.stderr).toBe(0);
});

describe('uniondesk members import', () => {
  const csv = () => {
    const file = path.join(files, 'danh sách.csv');
    writeFileSync(file, `\uFEFF${CSV_LINES.join('\r\n')}\r\n`, 'utf8');
    return file;
  };

  it('--dry-run reports what would happen and writes nothing', async () => {
    const r = await cli('members', 'import', csv(), '--dry-run');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = json(r);
    expect(Object.keys(report).slice(0, 5)).toEqual(['imported', 'updated', 'unchanged', 'rejected', 'converted']);
    expect(report).toMatchObject({ imported: 4, updated: 0, unchanged: 0, converted: [], dryRun: true, headerRow: 2 });
    // A wrong date of birth does not drop the member: imported without it, and flagged.
    expect(report.rejected).toEqual([]);
    expect(report.flagged).toEqual([{ row: 4, field: 'dateOfBirth', reason: expect.stringMatching(/31\/02\/1990/) }]);
    expect(names(json(await cli('members', 'list')))).toEqual(['Nguyễn Văn An']);
  });

  it('imports every row (the flagged one without its date), normalised; the human report lists the flagged row', async () => {
    const r = await human('members', 'import', csv());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Thêm mới: 4');
    expect(r.stdout).toContain('Các dòng đã nhập, để trống ô sai:');
    expect(r.stdout).toMatch(/^4 +Ngày sinh +.*31\/02\/1990/m);
    const list = json(await cli('members', 'list'));
    expect(names(list)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Văn Đức', 'Võ Thị Hạnh']);
    expect(list.find((m: { givenName: string }) => m.givenName === 'Cường').dateOfBirth).toBeNull();
    const duc = list.find((m: { givenName: string }) => m.givenName === 'Đức');
    expect(duc).toMatchObject({
      fullName: 'Phạm Văn Đức',
      gender: 'male',
      dateOfBirth: '1985-03-01',
      phone: '0912000003',
      unit: 'Tổ 1',
    });
    expect(list.find((m: { givenName: string }) => m.givenName === 'Hạnh')).toMatchObject({
      gender: 'female',
      dateOfBirth: '1993-08-15',
      phone: '0903111222',
    });
  });

  it('re-importing the same file changes nothing and adds no duplicate', async () => {
    const r = await cli('members', 'import', csv());
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toMatchObject({ imported: 0, updated: 0, unchanged: 4, dryRun: false });
    expect(json(await cli('members', 'list'))).toHaveLength(5);
  });

  it('an unreadable or unparsable file is rejected (exit 4); a malformed --map is a usage error (exit 2)', async () => {
    const missing = await cli('members', 'import', path.join(files, 'không có.csv'));
    expect(missing.code).toBe(4);
    const junk = path.join(files, 'junk.xlsx');
    writeFileSync(junk, 'không phải bảng tính');
    const bad = await cli('members', 'import', junk);
    expect(bad.code).toBe(4);
    expect(json(bad).error.code).toBe('VALIDATION');
    expect((await cli('members', 'import', csv(), '--map', 'A')).code).toBe(2);
    const unknownField = await cli('members', 'import', csv(), '--dry-run', '--map', 'A=ignore,B=tênLạ');
    expect(unknownField.code).toBe(2);
    const notAField = await cli('members', 'import', csv(), '--dry-run', '--map', 'B=nickname');
    expect(notAField.code).toBe(4);
    expect(json(notAField).error.message).toContain('nickname');
  });

  it('--map overrides the detected columns', async () => {
    const r = await cli('members', 'import', csv(), '--dry-run', '--map', 'G=ignore', '--map', 'A=ignore');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(json(r)).toMatchObject({ imported: 0, unchanged: 4 });
  });
});

describe('uniondesk members export', () => {
  it('writes .xlsx and .pdf files by extension, with the filters applied', async () => {
    const xlsx = path.join(files, 'danh sách.xlsx');
    const r = await cli('members', 'export', xlsx);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toEqual({ path: xlsx, count: 5 });
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(r.stderr).not.toContain('nhạy cảm');

    const pdf = path.join(files, 'in.pdf');
    const p = await cli('members', 'export', pdf, '--unit', 'Tổ 1');
    expect(p.code, p.stderr).toBe(0);
    expect(json(p)).toEqual({ path: pdf, count: 2 });
    expect(readFileSync(pdf).subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('--include-sensitive warns on stderr that ethnicity/religion are sensitive and the export is logged', async () => {
    const out = path.join(files, 'nhay-cam.xlsx');
    const r = await cli('members', 'export', out, '--include-sensitive', '--status', 'active');
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).count).toBe(5);
    expect(r.stderr).toContain('nhạy cảm');
    expect(r.stderr).toContain('nhật ký');
  });

  it('an unknown extension is a usage error', async () => {
    const r = await cli('members', 'export', path.join(files, 'list.docx'));
    expect(r.code).toBe(2);
    expect(json(r).error.code).toBe('USAGE');
  });
});
