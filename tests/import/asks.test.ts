/**
 * Issue 13, "an import that asks instead of guessing", through the real core and an encrypted vault with the
 * testers' sample: "Chức vụ" (Thủ kho, Lái xe, Kế toán) is asked for, never made every member's union position; a
 * bad email or phone leaves that cell empty and flags the row; the rows to fix come back as .xlsx and re-import.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { call, initCore } from '../helpers/core';
import { SAMPLE_FLAGGED_ROWS, SAMPLE_MEMBERS, sampleBytes, sheetRows } from './sample';

let core: Core;
afterEach(() => core?.close());

const base64 = sampleBytes().toString('base64');
const importSample = async (extra: Record<string, unknown>) => {
  const { jobId } = await call(core, 'members.importData', { fileName: 'danh-sach.xlsx', base64, ...extra });
  return call(core, 'jobs.wait', { jobId });
};
const everyone = async () => (await call(core, 'members.list', { limit: 0 })).items as any[];
const byName = async (name: string) => (await call(core, 'members.list', { query: name })).items[0];

describe('the sample list, asked instead of guessed', () => {
  it('a preview shows "Chức vụ" as a column to choose, with three of its values, and reads nothing from it', async () => {
    ({ core } = await initCore());
    const dry = await importSample({ dryRun: true });
    expect(dry.state).toBe('done');
    expect(dry.result.ambiguous).toEqual([{ column: 'I', header: 'Chức vụ' }]);
    expect(dry.result.mapping.I).toBeUndefined();
    expect(dry.result.samples.I).toEqual(['Kế toán', 'Kỹ sư', 'Lái xe']);
    expect(dry.result.samples.B).toEqual(['Ngô Minh Hương', 'Hồ Thanh Hà', 'Bùi Thanh Lực']);
    expect(dry.result.headers.I).toBe('Chức vụ');
    expect(dry.result.imported).toBe(SAMPLE_MEMBERS);
  });

  it('an import refuses the unresolved column (VALIDATION, nothing written) rather than guess', async () => {
    ({ core } = await initCore());
    const job = await importSample({});
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('cột I «Chức vụ»') });
    expect(job.error.message).toContain('chức danh công việc hay chức vụ công đoàn');
    expect((await call(core, 'members.list', {})).total).toBe(0);
  });

  it('chosen as the job title: every member keeps a job title and no union position is invented', async () => {
    ({ core } = await initCore());
    const job = await importSample({ mapping: { I: 'jobTitle' } });
    expect(job.state).toBe('done');
    expect(job.result).toMatchObject({ imported: SAMPLE_MEMBERS, rejected: [], skipped: 0, ambiguous: [] });
    const all = await everyone();
    expect(all).toHaveLength(SAMPLE_MEMBERS);
    expect(all.filter((m) => m.positions.length)).toEqual([]);
    expect(new Set(all.map((m) => m.jobTitle))).toEqual(
      new Set(['Kế toán', 'Kỹ sư', 'Lái xe', 'Tổ trưởng', 'Thủ kho', 'Nhân viên', 'Công nhân']),
    );
    expect((await byName('Dương Đức Quân')).jobTitle).toBe('Thủ kho');
  });

  it('a bad email or phone leaves that cell empty and flags the row; the member is imported', async () => {
    ({ core } = await initCore());
    const job = await importSample({ mapping: { 'Chức vụ': 'jobTitle' } }); // by the header's own text too
    expect([...new Set(job.result.flagged.map((f: any) => f.row))]).toEqual(SAMPLE_FLAGGED_ROWS);
    expect(job.result.flagged).toContainEqual({
      row: 44,
      field: 'email',
      reason: 'Email không hợp lệ: «khanh.duc.ly37@@omizu»',
    });
    const khanh = await byName('Lý Đức Khánh');
    expect(khanh).toMatchObject({ idNumber: '038082560513', phone: '0838702844', email: null });
    const quang = await byName('Phạm Hữu Quang'); // row 61: phone "12345"
    expect(quang).toMatchObject({ phone: null, cardNumber: 'CD0100054' });
  });

  it('"skip flagged rows" leaves them out and says how many', async () => {
    ({ core } = await initCore());
    const job = await importSample({ mapping: { I: 'position' }, skipFlagged: true });
    expect(job.result).toMatchObject({
      imported: SAMPLE_MEMBERS - SAMPLE_FLAGGED_ROWS.length,
      skipped: SAMPLE_FLAGGED_ROWS.length,
    });
    expect(await byName('Lý Đức Khánh')).toBeUndefined();
    // Chosen as the union position, by the user: now it is one.
    expect((await byName('Dương Đức Quân')).positions).toEqual([expect.objectContaining({ title: 'Thủ kho' })]);
  });
});

describe('the rows to fix, as .xlsx', () => {
  it('hold the file\'s own columns plus "Lý do", one row per flagged row; fixed, they import and complete', async () => {
    ({ core } = await initCore());
    await importSample({ mapping: { I: 'jobTitle' } });
    const file = await call(core, 'members.importProblems', {
      fileName: 'danh-sach.xlsx',
      base64,
      mapping: { I: 'jobTitle' },
    });
    expect(file).toMatchObject({ fileName: 'danh-sach-can-sua.xlsx', count: SAMPLE_FLAGGED_ROWS.length });
    const rows = await sheetRows(Buffer.from(file.base64, 'base64'));
    const source = await sheetRows(sampleBytes());
    expect(rows[0]).toEqual([...source.find((r) => r[1] === 'Họ và tên')!, 'Lý do']);
    expect(rows).toHaveLength(1 + SAMPLE_FLAGGED_ROWS.length);
    const khanh = rows.find((r) => r[1] === 'Lý Đức Khánh')!;
    expect(khanh[6]).toBe('khanh.duc.ly37@@omizu');
    expect(khanh[4]).toBe('038082560513');
    expect(khanh[11]).toBe('Đã nhập, để trống ô sai: Email không hợp lệ: «khanh.duc.ly37@@omizu»');
    expect(rows.find((r) => r[1] === 'Lý Thanh Hương')![11]).toContain('Ngày sinh không tồn tại: 31/02/1990');

    // The secretary fixes the cells and imports the same file again: the members are found by CCCD and completed.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      if (String(row.getCell(7).value).includes('@@')) row.getCell(7).value = 'khanh.ly@omizu.vn';
      if (row.getCell(6).value === '12345') row.getCell(6).value = '0912000111';
      if (String(row.getCell(3).value).startsWith('31/02')) row.getCell(3).value = '28/02/1990';
    });
    const fixed = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const { jobId } = await call(core, 'members.importData', {
      fileName: 'danh-sach-can-sua.xlsx',
      base64: fixed,
      mapping: { 'Chức vụ': 'jobTitle' },
    });
    const again = await call(core, 'jobs.wait', { jobId });
    expect(again.state).toBe('done');
    expect(again.result).toMatchObject({ imported: 0, updated: SAMPLE_FLAGGED_ROWS.length, rejected: [], flagged: [] });
    expect(again.result.unmapped).toEqual([]); // "Lý do" is known, and not read
    expect(await byName('Lý Đức Khánh')).toMatchObject({ email: 'khanh.ly@omizu.vn' });
    expect(await byName('Phạm Hữu Quang')).toMatchObject({ phone: '0912000111' });
    expect(await byName('Lý Thanh Hương')).toMatchObject({ dateOfBirth: '1990-02-28' });
    expect(await everyone()).toHaveLength(SAMPLE_MEMBERS);
  });
});
