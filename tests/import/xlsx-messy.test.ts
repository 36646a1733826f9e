/** One sheet with everything real union files do at once: the whole pipeline, every value asserted. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../src/core/members/import';
import { candidate, parseXlsx, rejectionsOf } from './fixtures';
import { messyBook } from './messy';

describe('a messy real-world .xlsx', () => {
  let p: ParsedFile;
  beforeAll(async () => {
    // "Chức vụ" alone does not say job title or union position: the user chose, by the header's own text.
    p = await parseXlsx(await messyBook(), { 'Chức vụ': 'position' });
  });

  it('without a choice, "Chức vụ" is asked for: nothing read from it, its values shown', async () => {
    const asked = await parseXlsx(await messyBook());
    expect(asked.ambiguous).toEqual([{ column: 'I', header: 'Chức vụ' }]);
    expect(asked.mapping.I).toBeUndefined();
    expect(asked.samples.I).toEqual(['Tổ trưởng']);
    expect(asked.samples.B).toEqual(['Nguyễn Văn An', 'TRẦN THỊ BÌNH', 'Nguyễn Thị Thu Hằng']);
    expect(candidate(asked, 9).fields.position).toBeUndefined();
  });

  it('finds the header under the merged title block and maps every column', () => {
    expect(p.headerRow).toBe(7);
    expect(p.mapping).toEqual({
      A: 'ignore',
      B: 'fullName',
      C: 'dateOfBirth',
      D: 'gender',
      E: 'idNumber',
      F: 'phone',
      G: 'email',
      H: 'unit',
      I: 'position',
      J: 'joinedOn',
      K: 'cardNumber',
      L: 'partyMember',
      M: 'duesSalary',
      N: 'ignore',
    });
    expect(p.unmapped).toEqual(['Cột lạ']);
  });

  it('keeps exactly the good rows, skipping numbering, blank, empty, totals and signature rows', () => {
    expect(p.candidates.map((c) => c.row)).toEqual([9, 10, 12, 13, 14, 15, 17, 18]);
    expect([...new Set(p.rejected.map((r) => r.row))]).toEqual([16, 19]);
  });

  it('row 9: NFD name to NFC, date cell, numeric CCCD and phone get their zeros back', () => {
    expect(candidate(p, 9)).toEqual({
      row: 9,
      fields: {
        fullName: 'Nguyễn Văn An',
        familyName: 'Nguyễn',
        middleName: 'Văn',
        givenName: 'An',
        dateOfBirth: '1985-02-05',
        gender: 'male',
        idNumber: '001085012345',
        phone: '0912345678',
        email: 'an.nguyen@example.com',
        unit: 'Tổ Kế toán',
        position: 'Tổ trưởng',
        joinedOn: '2010-03-15',
        cardNumber: 'DV-0001',
        partyMember: true,
        duesSalary: 5500000,
      },
    });
    expect(candidate(p, 9).fields.fullName).toBe('Nguyễn Văn An'.normalize('NFC'));
  });

  it('row 10: caps name capitalised, serial dates, +84 phone, numeric card number as text', () => {
    expect(candidate(p, 10).fields).toEqual({
      fullName: 'Trần Thị Bình',
      familyName: 'Trần',
      middleName: 'Thị',
      givenName: 'Bình',
      dateOfBirth: '1987-08-11',
      gender: 'female',
      idNumber: '079190001234',
      phone: '0987654321',
      unit: 'Tổ Sản xuất 1',
      joinedOn: '2023-03-15',
      cardNumber: '12345',
      partyMember: false,
      duesSalary: 5500000,
    });
    expect(candidate(p, 10).converted).toBeUndefined();
  });

  it('row 12: TCVN3 cells in .VnTime converted and the row marked', () => {
    expect(candidate(p, 12)).toEqual({
      row: 12,
      converted: 'tcvn3',
      fields: {
        fullName: 'Nguyễn Thị Thu Hằng',
        familyName: 'Nguyễn',
        middleName: 'Thị Thu',
        givenName: 'Hằng',
        dateOfBirth: '1990-09-07',
        gender: 'female',
        idNumber: '012345678',
        phone: '0912345678',
        unit: 'Tổ Kế toán',
        joinedOn: '2015-05-01',
      },
    });
  });

  it('row 13: TCVN3 found without a font; a bare year; a dashed 84 phone', () => {
    const c = candidate(p, 13);
    expect(c.converted).toBe('tcvn3');
    expect(c.fields).toMatchObject({
      fullName: 'Đặng Quốc Đạt',
      dateOfBirth: '1988-01-01',
      gender: 'male',
      idNumber: '001088000111',
      phone: '0388123456',
    });
  });

  it('row 14: VNI in a VNI-Times cell', () => {
    const c = candidate(p, 14);
    expect(c.converted).toBe('vni');
    expect(c.fields).toMatchObject({
      fullName: 'Nguyễn Văn Bảy',
      givenName: 'Bảy',
      dateOfBirth: '1979-12-13',
      gender: 'male',
    });
  });

  it('row 15: a Unicode name that looks like Latin-1 is not "converted"', () => {
    expect(candidate(p, 15)).toEqual({
      row: 15,
      fields: {
        fullName: 'Lê Tâm',
        familyName: 'Lê',
        middleName: '',
        givenName: 'Tâm',
        dateOfBirth: '1979-12-25',
        gender: 'female',
        email: 'tam@x.vn',
      },
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

  it('flags future dates and births before 1900 (the member imports without it); rejects a CCCD seen before', () => {
    expect(p.flagged).toEqual([
      { row: 17, field: 'dateOfBirth', reason: 'Ngày sinh 01/01/2030 ở tương lai' },
      { row: 18, field: 'dateOfBirth', reason: 'Ngày sinh không hợp lệ: năm 1899 trước năm 1900' },
    ]);
    expect(candidate(p, 17).fields).toMatchObject({ fullName: 'Phạm Văn Tương', gender: 'male' });
    expect(candidate(p, 17).fields.dateOfBirth).toBeUndefined();
    expect(candidate(p, 18).flags).toEqual([p.flagged[1]]);
    expect(rejectionsOf(p, 17)).toEqual([]);
    expect(rejectionsOf(p, 19)).toEqual([{ row: 19, field: 'idNumber', reason: 'Trùng số CCCD với dòng 9' }]);
  });
});
