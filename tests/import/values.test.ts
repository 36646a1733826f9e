import { describe, expect, it } from 'vitest';
import { parseDate, serialToParts } from '../../src/core/members/import/values/dates';
import { normalisePhone, parseIdNumber, parseMoney, parsePhone } from '../../src/core/members/import/values/numbers';
import {
  isMark,
  parseEmail,
  parseGender,
  parseYes,
  personName,
  textOf,
} from '../../src/core/members/import/values/words';
import { TODAY } from './fixtures';

const date = (v: Parameters<typeof parseDate>[0]) => parseDate(v, 'Ngày sinh', TODAY);

describe('dates', () => {
  it('reads day-first text in every common form, never month-first', () => {
    expect(date('05/02/1985')).toEqual({ ok: true, value: '1985-02-05' });
    expect(date('5/2/1985')).toEqual({ ok: true, value: '1985-02-05' });
    expect(date('03/04/2020')).toEqual({ ok: true, value: '2020-04-03' }); // 3 April, not 4 March
    expect(date('13-12-1990')).toEqual({ ok: true, value: '1990-12-13' });
    expect(date('7-9-1990')).toEqual({ ok: true, value: '1990-09-07' });
    expect(date('25.12.1979')).toEqual({ ok: true, value: '1979-12-25' });
    expect(date('1988-07-30')).toEqual({ ok: true, value: '1988-07-30' });
    expect(date(' 15/03/2023 00:00:00 ')).toEqual({ ok: true, value: '2023-03-15' });
    expect(date('ngày 05 tháng 02 năm 1985')).toEqual({ ok: true, value: '1985-02-05' });
    expect(date('05/02/85')).toEqual({ ok: true, value: '1985-02-05' });
    expect(date('05/02/20')).toEqual({ ok: true, value: '2020-02-05' });
    expect(date('3/2010')).toEqual({ ok: true, value: '2010-03-01' }); // month and year only
  });

  it('reads date cells by their UTC parts (exceljs gives UTC midnight)', () => {
    expect(date(new Date(Date.UTC(1985, 1, 5)))).toEqual({ ok: true, value: '1985-02-05' });
    expect(date(new Date(Date.UTC(1999, 11, 31)))).toEqual({ ok: true, value: '1999-12-31' });
  });

  it('reads Excel serial numbers in the 1900 system, including its fictitious 29/02/1900', () => {
    expect(date(45000)).toEqual({ ok: true, value: '2023-03-15' });
    expect(date(45000.75)).toEqual({ ok: true, value: '2023-03-15' }); // a time of day is dropped
    expect(date(31083)).toEqual({ ok: true, value: '1985-02-05' });
    expect(serialToParts(1)).toEqual([1900, 1, 1]);
    expect(serialToParts(59)).toEqual([1900, 2, 28]);
    expect(serialToParts(61)).toEqual([1900, 3, 1]);
    expect(date(60)).toEqual({ ok: false, reason: 'Ngày sinh không tồn tại: 29/02/1900' });
    expect(date('45000')).toEqual({ ok: true, value: '2023-03-15' }); // a serial that became text in a CSV
  });

  it('takes a bare year (number or text) as 1 January of that year', () => {
    expect(date(1985)).toEqual({ ok: true, value: '1985-01-01' });
    expect(date('1990')).toEqual({ ok: true, value: '1990-01-01' });
  });

  it('rejects impossible, future and pre-1900 dates with a Vietnamese reason', () => {
    expect(date('31/02/2020')).toEqual({ ok: false, reason: 'Ngày sinh không tồn tại: 31/02/2020' });
    expect(date('29/02/2023')).toEqual({ ok: false, reason: 'Ngày sinh không tồn tại: 29/02/2023' });
    expect(date('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(date('12/13/2020')).toEqual({ ok: false, reason: 'Ngày sinh không tồn tại: 12/13/2020' }); // US m/d is not guessed
    expect(date('02/06/2025')).toEqual({ ok: false, reason: 'Ngày sinh 02/06/2025 ở tương lai' });
    expect(date('01/06/2025')).toEqual({ ok: true, value: '2025-06-01' }); // today itself is fine
    expect(date(2030)).toEqual({ ok: false, reason: 'Ngày sinh 2030 ở tương lai' });
    expect(date('15/08/1899')).toEqual({ ok: false, reason: 'Ngày sinh không hợp lệ: năm 1899 trước năm 1900' });
    expect(date('hôm qua')).toEqual({ ok: false, reason: 'Ngày sinh không đúng dạng ngày/tháng/năm: «hôm qua»' });
    expect(parseDate('01/01/2030', 'Ngày vào Công đoàn', TODAY)).toEqual({
      ok: false,
      reason: 'Ngày vào Công đoàn 01/01/2030 ở tương lai',
    });
  });
});

describe('CCCD', () => {
  it('restores the leading zero Excel dropped and strips separators', () => {
    expect(parseIdNumber(1085012345)).toEqual({ ok: true, value: '001085012345' }); // Hà Nội (001): two zeros lost
    expect(parseIdNumber(79190001234)).toEqual({ ok: true, value: '079190001234' }); // TP HCM (079): one zero lost
    expect(parseIdNumber('79190001234')).toEqual({ ok: true, value: '079190001234' }); // the same, after a CSV export
    expect(parseIdNumber('001085012345')).toEqual({ ok: true, value: '001085012345' });
    expect(parseIdNumber("'001085012345")).toEqual({ ok: true, value: '001085012345' });
    expect(parseIdNumber('001 085 012 345')).toEqual({ ok: true, value: '001085012345' });
    expect(parseIdNumber(12345678)).toEqual({ ok: true, value: '012345678' }); // 8 digits -> 9-digit CMND
    expect(parseIdNumber('123456789')).toEqual({ ok: true, value: '123456789' });
  });

  it('rejects wrong lengths, letters and numbers Excel rounded into exponent form', () => {
    expect(parseIdNumber('12345')).toEqual({
      ok: false,
      reason: 'Số CCCD phải có 12 chữ số (CMND cũ: 9 chữ số): «12345»',
    });
    expect(parseIdNumber(1234567)).toEqual({
      ok: false,
      reason: 'Số CCCD phải có 12 chữ số (CMND cũ: 9 chữ số): «1234567»',
    });
    expect(parseIdNumber('0010850123456')).toMatchObject({ ok: false });
    expect(parseIdNumber('A01085012345')).toMatchObject({ ok: false });
    expect(parseIdNumber('1,23457E+11')).toEqual({
      ok: false,
      reason: 'Số CCCD đã bị Excel làm tròn thành dạng số mũ: «1,23457E+11»; hãy định dạng cột là văn bản',
    });
  });
});

describe('phones', () => {
  it('normalises +84, 84, dotted, spaced, dashed and number cells to 0xxxxxxxxx', () => {
    for (const v of [
      912345678,
      '0912345678',
      '+84 912 345 678',
      '+84912345678',
      '84912345678',
      '0084 912 345 678',
      '0912.345.678',
      '0912-345-678',
      '(+84) 912-345-678',
      '912345678',
    ]) {
      expect(normalisePhone(v), String(v)).toBe('0912345678');
    }
    expect(normalisePhone(388123456)).toBe('0388123456');
    expect(normalisePhone('01234567890')).toBe('01234567890'); // old 11-digit mobile
    expect(normalisePhone('024 3826 1234')).toBe('02438261234'); // Hà Nội landline
  });

  it('refuses what is not a phone', () => {
    for (const v of ['12345', '0212345678901', '03438261234', 'abc', '091234567x', '+1 650 555 0100', 123456789]) {
      expect(normalisePhone(v), String(v)).toBeNull();
    }
    expect(parsePhone('12345')).toEqual({ ok: false, reason: 'Số điện thoại không hợp lệ: «12345»' });
  });

  it('keeps a second number of the same cell for the notes', () => {
    expect(parsePhone('0912.345.678 / 0987 654 321')).toEqual({
      ok: true,
      value: { phone: '0912345678', others: ['0987654321'] },
    });
  });
});

describe('money', () => {
  it('reads dot, comma and plain forms as integer VND', () => {
    for (const v of [
      '5.500.000',
      '5,500,000',
      5500000,
      '5500000',
      '5.500.000 đ',
      '5.500.000đ',
      '5 500 000 VNĐ',
      5500000.4,
    ]) {
      expect(parseMoney(v), String(v)).toEqual({ ok: true, value: 5500000 });
    }
    expect(parseMoney('năm triệu')).toEqual({ ok: false, reason: 'Số tiền không hợp lệ: «năm triệu»' });
  });
});

describe('words', () => {
  it('gender in any case, with or without diacritics', () => {
    for (const v of ['Nam', 'NAM', 'nam', 'M', 'male']) expect(parseGender(v)).toEqual({ ok: true, value: 'male' });
    for (const v of ['Nữ', 'NỮ', 'nữ', 'nu', 'NU', 'Nữ'.normalize('NFD'), 'F'])
      expect(parseGender(v)).toEqual({ ok: true, value: 'female' });
    expect(parseGender('khác')).toEqual({ ok: false, reason: 'Giới tính không rõ: «khác» (ghi Nam hoặc Nữ)' });
    expect(isMark('x')).toBe(true);
    expect(isMark('X')).toBe(true);
    expect(isMark('1985')).toBe(false);
  });

  it('party member column: x, có, "Đảng viên", a date → yes; không/blank → no/none', () => {
    for (const v of ['x', 'X', 'có', 'Có', 'Đảng viên', 'dang vien', '03/02/2010', true])
      expect(parseYes(v), String(v)).toBe(true);
    for (const v of ['không', 'Khong', '0', false]) expect(parseYes(v), String(v)).toBe(false);
    expect(parseYes('  ')).toBeNull();
  });

  it('emails lower-cased and trimmed', () => {
    expect(parseEmail('  Nguyen.An@Example.COM ')).toEqual({ ok: true, value: 'nguyen.an@example.com' });
    expect(parseEmail('mailto:An@x.vn')).toEqual({ ok: true, value: 'an@x.vn' });
    expect(parseEmail('an@')).toEqual({ ok: false, reason: 'Email không hợp lệ: «an@»' });
  });

  it('names: NFC, collapsed spaces, all-caps or all-small names capitalised, mixed case kept', () => {
    expect(personName('  NGUYỄN   VĂN  AN ')).toBe('Nguyễn Văn An');
    expect(personName('trần thị bình')).toBe('Trần Thị Bình');
    expect(personName('ĐẶNG QUỐC ĐẠT')).toBe('Đặng Quốc Đạt');
    expect(personName("H'HEN NIÊ")).toBe("H'Hen Niê");
    expect(personName('Nguyễn Văn An'.normalize('NFD'))).toBe('Nguyễn Văn An');
    expect(personName('Nguyễn Văn An'.normalize('NFD')).length).toBe('Nguyễn Văn An'.length);
    expect(personName('Lê McDonald')).toBe('Lê McDonald');
    expect(textOf('  Tổ \n  Kế   toán ')).toBe('Tổ Kế toán');
  });
});
