/**
 * The rows-to-fix workbook on its own: the file's head (a two-row header too), a group heading carried along with
 * its row, rejected rows beside flagged ones with their reasons, legacy text converted, a CSV source; and that the
 * workbook, fixed, imports as the original would have.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseMemberFile, problemRowsXlsx } from '../../src/core/members/import';
import { TODAY, xlsx } from './fixtures';
import { sheetRows } from './sample';

const book = () =>
  xlsx(
    [
      ['DANH SÁCH ĐOÀN VIÊN'],
      ['STT', 'Họ và tên', 'Năm sinh', null, 'Số CCCD', 'Email', 'Chức vụ'],
      [null, null, 'Nam', 'Nữ', null, null, null],
      ['I. Tổ May'],
      [1, 'Nguyễn Văn An', 1985, null, '001085000001', 'an@x.vn', 'Tổ trưởng'],
      [2, { v: 'TrÇn ThÞ B×nh', font: '.VnTime' }, null, 1990, '001190000002', 'binh@@x', null],
      ['II. Tổ Cắt'],
      [3, null, 1970, null, '001070000003', null, null],
      [4, 'Lê Văn Cường', 1988, null, '001085000001', null, 'Tổ phó'],
    ],
    (ws) => ws.mergeCells('C2:D2'),
  );

describe('the rows to fix', () => {
  it('keep the head, carry each group heading with its first row, and give every reason', async () => {
    const file = await problemRowsXlsx(
      { fileName: 'ds.xlsx', data: await book() },
      { mapping: { G: 'position' }, today: TODAY },
    );
    expect(file.fileName).toBe('ds-can-sua.xlsx');
    expect(file.rows).toBe(3);
    const rows = await sheetRows(file.bytes);
    expect(rows.map((r) => Array.from({ length: 7 }, (_, c) => r[c] ?? null))).toEqual([
      ['STT', 'Họ và tên', 'Năm sinh', 'Năm sinh', 'Số CCCD', 'Email', 'Chức vụ'],
      [null, null, 'Nam', 'Nữ', null, null, null],
      ['I. Tổ May', null, null, null, null, null, null],
      [2, 'Trần Thị Bình', null, 1990, '001190000002', 'binh@@x', null],
      ['II. Tổ Cắt', null, null, null, null, null, null],
      [3, null, 1970, null, '001070000003', null, null],
      [4, 'Lê Văn Cường', 1988, null, '001085000001', null, 'Tổ phó'],
    ]);
    expect(rows[0][7]).toBe('Lý do');
    expect(rows[3][7]).toBe('Đã nhập, để trống ô sai: Email không hợp lệ: «binh@@x»');
    expect(rows[5][7]).toBe('Chưa nhập: Thiếu họ và tên');
    expect(rows[6][7]).toBe('Chưa nhập: Trùng số CCCD với dòng 5');
  });

  it('fixed and imported again, every row comes in, in its group, with nothing left to flag', async () => {
    const file = await problemRowsXlsx({ fileName: 'ds.xlsx', data: await book() }, { mapping: { G: 'position' } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    ws.getCell('F4').value = 'binh@x.vn';
    ws.getCell('B6').value = 'Phạm Văn Dũng';
    ws.getCell('E7').value = '001088000004';
    const fixed = Buffer.from(await wb.xlsx.writeBuffer());
    const p = await parseMemberFile(
      { fileName: 'ds-can-sua.xlsx', data: fixed },
      { mapping: { 'Chức vụ': 'position' } },
    );
    expect(p.rejected).toEqual([]);
    expect(p.flagged).toEqual([]);
    expect(p.unmapped).toEqual([]);
    expect(p.candidates.map((c) => c.fields)).toEqual([
      expect.objectContaining({ fullName: 'Trần Thị Bình', gender: 'female', email: 'binh@x.vn', unit: 'Tổ May' }),
      expect.objectContaining({ fullName: 'Phạm Văn Dũng', gender: 'male', dateOfBirth: '1970-01-01', unit: 'Tổ Cắt' }),
      expect.objectContaining({ fullName: 'Lê Văn Cường', idNumber: '001088000004', position: 'Tổ phó' }),
    ]);
  });

  it('with flagged rows skipped, says they were not imported; a CSV source gives an .xlsx too', async () => {
    const csv = Buffer.from('Họ và tên,Điện thoại,Số CCCD\nNguyễn Văn An,12345,001085000001\n', 'utf8');
    const file = await problemRowsXlsx({ fileName: 'ds.csv', data: csv }, { skipFlagged: true });
    expect(file.fileName).toBe('ds-can-sua.xlsx');
    expect(await sheetRows(file.bytes)).toEqual([
      ['Họ và tên', 'Điện thoại', 'Số CCCD', 'Lý do'],
      ['Nguyễn Văn An', '12345', '001085000001', 'Chưa nhập: Số điện thoại không hợp lệ: «12345»'],
    ]);
  });
});
