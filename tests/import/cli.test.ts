/**
 * `uniondesk members import` with the testers' sample: a column still to choose refuses the import (exit 4, the
 * --map to use is said), `--map "Chức vụ=jobTitle"` chooses it by its header, `--skip-flagged` leaves the flagged rows
 * out, and `--problems FILE` saves the rows to fix, which import again once fixed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from '../cli/helpers';
import { SAMPLE_FLAGGED_ROWS, SAMPLE_MEMBERS, SAMPLE_PATH, sheetRows } from './sample';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli, human } = runsOn(() => dataDir);

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
});

describe('uniondesk members import, asking instead of guessing', () => {
  it('a preview names the column to choose and how; an import without the choice is refused (exit 4)', async () => {
    const dry = await human('members', 'import', SAMPLE_PATH, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Cột I «Chức vụ» có thể là chức danh công việc hoặc chức vụ công đoàn');
    expect(dry.stdout).toContain('--map "Chức vụ=jobTitle"');
    expect(dry.stdout).toContain('Các dòng đã nhập, để trống ô sai:');

    const refused = await cli('members', 'import', SAMPLE_PATH);
    expect(refused.code).toBe(4);
    expect(json(refused).error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('«Chức vụ»') });
    expect(json(await cli('members', 'list'))).toEqual([]);
  });

  it('--map by header text and --skip-flagged: the flagged rows are left out and counted', async () => {
    const r = await cli('members', 'import', SAMPLE_PATH, '--map', 'Chức vụ=jobTitle', '--skip-flagged');
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toMatchObject({
      imported: SAMPLE_MEMBERS - SAMPLE_FLAGGED_ROWS.length,
      skipped: SAMPLE_FLAGGED_ROWS.length,
      ambiguous: [],
      rejected: [],
    });
    const list = json(await cli('members', 'list'));
    expect(list).toHaveLength(SAMPLE_MEMBERS - SAMPLE_FLAGGED_ROWS.length);
    expect(list.find((m: { fullName: string }) => m.fullName === 'Dương Đức Quân')).toMatchObject({
      jobTitle: 'Thủ kho',
      positions: [],
    });
  });

  it('--problems saves the rows to fix; fixed, they import (the skipped members are added)', async () => {
    const out = path.join(files, 'can-sua.xlsx');
    const r = await cli('members', 'import', SAMPLE_PATH, '--map', 'I=jobTitle', '--skip-flagged', '--problems', out);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).problems).toEqual({ path: out, count: SAMPLE_FLAGGED_ROWS.length });
    const rows = await sheetRows(readFileSync(out));
    expect(rows[0].at(-1)).toBe('Lý do');
    expect(rows[1][11]).toBe('Chưa nhập: Email không hợp lệ: «khanh.duc.ly37@@omizu»');
    expect((await cli('members', 'import', SAMPLE_PATH, '--problems', out)).code).toBe(2); // never overwritten

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.worksheets[0].eachRow((row, n) => {
      if (n === 1) return;
      if (String(row.getCell(7).value).includes('@@')) row.getCell(7).value = `dv${n}@omizu.vn`;
      if (row.getCell(6).value === '12345') row.getCell(6).value = `09120001${String(n).padStart(2, '0')}`;
      if (String(row.getCell(3).value).startsWith('31/02')) row.getCell(3).value = '28/02/1990';
    });
    const fixed = path.join(files, 'da-sua.xlsx');
    writeFileSync(fixed, Buffer.from(await wb.xlsx.writeBuffer()));
    const again = await cli('members', 'import', fixed, '--map', 'Chức vụ=jobTitle');
    expect(again.code, again.stderr).toBe(0);
    expect(json(again)).toMatchObject({
      imported: SAMPLE_FLAGGED_ROWS.length,
      rejected: [],
      flagged: [],
      unmapped: [],
    });
    expect(json(await cli('members', 'list'))).toHaveLength(SAMPLE_MEMBERS);
  });

  it('a --map naming a header the file does not have is refused (exit 4)', async () => {
    const r = await cli('members', 'import', SAMPLE_PATH, '--dry-run', '--map', 'Chức danh=jobTitle');
    expect(r.code).toBe(4);
    expect(json(r).error.message).toContain('Tệp không có cột nào tên «Chức danh»');
  });
});
