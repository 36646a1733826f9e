/** One sheet with everything real union files do at once: the whole pipeline, every value asserted. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../src/core/members/import';
import { candidate, mergeTitle, parseXlsx, rejectionsOf, TITLE, xlsx, type Spec } from './fixtures';

const HEADER = [
  'STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Điện thoại', 'Email', 'Tổ công đoàn', 'Chức vụ',
  'Ngày vào Công đoàn', 'Số thẻ đoàn viên', 'Đảng viên', 'Lương đóng BHXH', 'Cột lạ',
];
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const vnTime = (v: string): Spec => ({ v, font: '.VnTime' });

const ROWS: Spec[][] = [
  ...TITLE, // rows 1–5
  [], // 6
  HEADER, // 7
  HEADER.map((_, i) => `(${i + 1})`), // 8: the column numbers official forms print under the header
  // 9: NFD name with doubled spaces, date cell, caps gender, CCCD and phone stored as numbers, messy email
  [1, '  Nguyễn  Văn   An '.normalize('NFD'), utc(1985, 2, 5), 'NAM', 1085012345, 912345678, ' An.Nguyen@Example.COM ', 'Tổ Kế toán', 'Tổ trưởng', '15/03/2010', 'DV-0001', 'x', '5.500.000', 'bỏ qua'],
  // 10: ALL-CAPS name, serial-number dates, text CCCD, +84 phone, numeric card number, "Không" party member
  [2, 'TRẦN THỊ BÌNH', 32000, 'Nữ', '079190001234', '+84 987 654 321', null, 'Tổ Sản xuất 1', null, 45000, 12345, 'Không', 5500000],
  [], // 11: blank
  // 12: TCVN3 in .VnTime cells (name and unit); d-m-yyyy text; CMND stored as a number (8 digits left)
  [3, vnTime('NguyÔn ThÞ Thu H»ng'), '7-9-1990', 'nu', 12345678, '0912.345.678', null, vnTime('Tæ KÕ to¸n'), null, '01/05/2015'],
  // 13: TCVN3 without any font hint; a bare year of birth
  [4, '§Æng Quèc §¹t', '1988', 'nam', '001088000111', '84-388-123-456'],
  // 14: VNI in a VNI-Times cell
  [5, { v: 'Nguyeãn Vaên Baûy', font: 'VNI-Times' }, '13.12.1979', 'Nam'],
  // 15: a Unicode name made only of Latin-1 letters stays as it is
  [6, 'Lê Tâm', '25/12/1979', 'Nữ', null, null, 'tam@x.vn'],
  // 16: everything wrong
  [7, null, '31/02/2020', 'khác', '12345', '12345', 'an@', null, null, 'hôm qua', null, null, 'năm triệu'],
  // 17: a future date; 18: born before 1900
  [8, 'Phạm Văn Tương', '01/01/2030', 'Nam'],
  [9, 'Vũ Thị Cụ', '15/08/1899', 'Nữ'],
  // 19: the CCCD of row 9 again (typed as text this time)
  [10, 'Hoàng Văn Trùng', '02/02/1992', 'Nam', '001085012345'],
  [11], // 20: a numbered template row nobody filled in
  ['Tổng cộng: 10 đoàn viên'], // 21
  [], // 22
  [null, 'Nguyễn Văn Ký'], // 23: the signature under the table, not a member
];

describe('a messy real-world .xlsx', () => {
  let p: ParsedFile;
  beforeAll(async () => {
    const data = await xlsx(ROWS, (ws) => {
      mergeTitle(ws);
      ws.mergeCells('A21:C21');
    });
    p = await parseXlsx(data);
  });

  it('finds the header under the merged title block and maps every column', () => {
    expect(p.headerRow).toBe(7);
    expect(p.mapping).toEqual({
      A: 'ignore', B: 'fullName', C: 'dateOfBirth', D: 'gender', E: 'idNumber', F: 'phone', G: 'email', H: 'unit',
      I: 'position', J: 'joinedOn', K: 'cardNumber', L: 'partyMember', M: 'duesSalary', N: 'ignore',
    });
    expect(p.unmapped).toEqual(['Cột lạ']);
  });

  it('keeps exactly the good rows, skipping numbering, blank, empty, totals and signature rows', () => {
    expect(p.candidates.map((c) => c.row)).toEqual([9, 10, 12, 13, 14, 15]);
    expect([...new Set(p.rejected.map((r) => r.row))]).toEqual([16, 17, 18, 19]);
  });

  it('row 9: NFD name to NFC, date cell, numeric CCCD and phone get their zeros back', () => {
    expect(candidate(p, 9)).toEqual({
      row: 9,
      fields: {
        fullName: 'Nguyễn Văn An', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An',
        dateOfBirth: '1985-02-05', gender: 'male', idNumber: '001085012345', phone: '0912345678', email: 'an.nguyen@example.com',
        unit: 'Tổ Kế toán', position: 'Tổ trưởng', joinedOn: '2010-03-15', cardNumber: 'DV-0001', partyMember: true, duesSalary: 5500000,
      },
    });
    expect(candidate(p, 9).fields.fullName).toBe('Nguyễn Văn An'.normalize('NFC'));
  });

  it('row 10: caps name capitalised, serial dates, +84 phone, numeric card number as text', () => {
    expect(candidate(p, 10).fields).toEqual({
      fullName: 'Trần Thị Bình', familyName: 'Trần', middleName: 'Thị', givenName: 'Bình',
      dateOfBirth: '1987-08-11', gender: 'female', idNumber: '079190001234', phone: '0987654321',
      unit: 'Tổ Sản xuất 1', joinedOn: '2023-03-15', cardNumber: '12345', partyMember: false, duesSalary: 5500000,
    });
    expect(candidate(p, 10).converted).toBeUndefined();
  });

  it('row 12: TCVN3 cells in .VnTime converted and the row marked', () => {
    expect(candidate(p, 12)).toEqual({
      row: 12,
      converted: 'tcvn3',
      fields: {
        fullName: 'Nguyễn Thị Thu Hằng', familyName: 'Nguyễn', middleName: 'Thị Thu', givenName: 'Hằng',
        dateOfBirth: '1990-09-07', gender: 'female', idNumber: '012345678', phone: '0912345678', unit: 'Tổ Kế toán', joinedOn: '2015-05-01',
      },
    });
  });

  it('row 13: TCVN3 found without a font; a bare year; a dashed 84 phone', () => {
    const c = candidate(p, 13);
    expect(c.converted).toBe('tcvn3');
    expect(c.fields).toMatchObject({ fullName: 'Đặng Quốc Đạt', dateOfBirth: '1988-01-01', gender: 'male', idNumber: '001088000111', phone: '0388123456' });
  });

  it('row 14: VNI in a VNI-Times cell', () => {
    const c = candidate(p, 14);
    expect(c.converted).toBe('vni');
    expect(c.fields).toMatchObject({ fullName: 'Nguyễn Văn Bảy', givenName: 'Bảy', dateOfBirth: '1979-12-13', gender: 'male' });
  });

  it('row 15: a Unicode name that looks like Latin-1 is not "converted"', () => {
    expect(candidate(p, 15)).toEqual({
      row: 15,
      fields: { fullName: 'Lê Tâm', familyName: 'Lê', middleName: '', givenName: 'Tâm', dateOfBirth: '1979-12-25', gender: 'female', email: 'tam@x.vn' },
    });
  });

  it('rejects every problem of a bad row, one entry each, with the row number and a Vietnamese reason', () => {
    expect(rejectionsOf(p, 16)).toEqual([
      { row: 16, field: 'dateOfBirth', reason: 'Ngày sinh không tồn tại: 31/02/2020' },
      { row: 16, field: 'gender', reason: 'Giới tính không rõ: «khác» (ghi Nam hoặc Nữ)' },
      { row: 16, field: 'idNumber', reason: 'Số CCCD phải có 12 chữ số (CMND cũ: 9 chữ số): «12345»' },
      { row: 16, field: 'phone', reason: 'Số điện thoại không hợp lệ: «12345»' },
      { row: 16, field: 'email', reason: 'Email không hợp lệ: «an@»' },
      { row: 16, field: 'joinedOn', reason: 'Ngày vào Công đoàn không đúng dạng ngày/tháng/năm: «hôm qua»' },
      { row: 16, field: 'duesSalary', reason: 'Số tiền không hợp lệ: «năm triệu»' },
      { row: 16, field: 'fullName', reason: 'Thiếu họ và tên' },
    ]);
  });

  it('rejects future dates, births before 1900 and a CCCD seen on an earlier row', () => {
    expect(rejectionsOf(p, 17)).toEqual([{ row: 17, field: 'dateOfBirth', reason: 'Ngày sinh 01/01/2030 ở tương lai' }]);
    expect(rejectionsOf(p, 18)).toEqual([{ row: 18, field: 'dateOfBirth', reason: 'Ngày sinh không hợp lệ: năm 1899 trước năm 1900' }]);
    expect(rejectionsOf(p, 19)).toEqual([{ row: 19, field: 'idNumber', reason: 'Trùng số CCCD với dòng 9' }]);
  });
});
