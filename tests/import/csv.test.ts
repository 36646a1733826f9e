import { describe, expect, it } from 'vitest';
import { parseMemberFile, tcvn3ToUnicode } from '../../src/core/members/import';
import { decodeText, parseCsv } from '../../src/core/members/import/csv';
import { candidate, parseCsvText, rejectionsOf, TODAY } from './fixtures';

describe('RFC 4180 parser', () => {
  it('handles quotes, doubled quotes, delimiters and line breaks inside quotes, CRLF and empty fields', () => {
    const text = 'a,"b, c","say ""hi"""\r\n"multi\nline",,x\r\n"",last,\n';
    expect(parseCsv(text, ',')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['multi\nline', '', 'x'],
      ['', 'last', ''],
    ]);
  });

  it('keeps a last record without a final newline, and a stray quote inside an unquoted field', () => {
    expect(parseCsv('x;y\n1;2 "inch"', ';')).toEqual([
      ['x', 'y'],
      ['1', '2 "inch"'],
    ]);
  });

  it('decodes UTF-8 with or without BOM, UTF-16 with BOM, and falls back to Windows-1252 bytes', () => {
    expect(decodeText(Buffer.from('\ufeffHọ và tên', 'utf8'))).toBe('Họ và tên');
    expect(decodeText(Buffer.from('Họ và tên', 'utf8'))).toBe('Họ và tên');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Họ và tên', 'utf16le')]))).toBe(
      'Họ và tên',
    );
    // Node 20 decodes 0x80–0x9F as C1 controls, newer ones as the cp1252 punctuation: the TCVN3 table takes both.
    const legacy = decodeText(Buffer.from([0x4e, 0x67, 0x75, 0x79, 0xd4, 0x6e, 0x20, 0x96]));
    expect(['NguyÔn \u0096', 'NguyÔn –']).toContain(legacy);
    expect(tcvn3ToUnicode(legacy)).toBe('Nguyễn Ọ');
  });
});

describe('member CSV files', () => {
  it('UTF-8 with BOM, semicolons, a title line, quoted values with ; and line breaks; rows counted as Excel shows them', async () => {
    const csv = [
      'DANH SÁCH ĐOÀN VIÊN;;;;;',
      ';;;;;',
      'STT;Họ và tên;Ngày sinh;Giới tính;Số CCCD;Địa chỉ;Lương đóng BHXH',
      '1;Nguyễn Văn An;05/02/1985;Nam;1085012345;"Số 5; ngõ 10\nHà Nội";"5.500.000"',
      '2;"Trần Thị ""Bé"" Bình";5-3-1990;nữ;079190001234;Huế;5,500,000',
      ';;;;;;',
      '3;;31/02/2020;Nam;;;',
      'Tổng cộng;;;;;;',
    ].join('\r\n');
    const p = await parseCsvText(csv, { bom: true });
    expect(p.headerRow).toBe(3);
    expect(p.mapping).toEqual({
      A: 'ignore',
      B: 'fullName',
      C: 'dateOfBirth',
      D: 'gender',
      E: 'idNumber',
      F: 'address',
      G: 'duesSalary',
    });
    expect(p.headers).toMatchObject({ A: 'STT', B: 'Họ và tên', G: 'Lương đóng BHXH' });
    expect(candidate(p, 4).fields).toEqual({
      fullName: 'Nguyễn Văn An',
      familyName: 'Nguyễn',
      middleName: 'Văn',
      givenName: 'An',
      dateOfBirth: '1985-02-05',
      gender: 'male',
      idNumber: '001085012345',
      address: 'Số 5; ngõ 10 Hà Nội',
      duesSalary: 5500000,
    });
    expect(candidate(p, 5).fields).toMatchObject({
      fullName: 'Trần Thị "Bé" Bình',
      dateOfBirth: '1990-03-05',
      gender: 'female',
      duesSalary: 5500000,
    });
    expect(rejectionsOf(p, 7)).toEqual([
      { row: 7, field: 'dateOfBirth', reason: 'Ngày sinh không tồn tại: 31/02/2020' },
      { row: 7, field: 'fullName', reason: 'Thiếu họ và tên' },
    ]);
    expect(p.candidates).toHaveLength(2);
  });

  it('comma CSV without BOM, with +84 and dotted phones, a duplicate CCCD and a lower-cased email', async () => {
    const csv = [
      'Họ tên,Số điện thoại,CCCD,Email',
      'Lê Văn Một,+84912345678,001085000001, Mot@Mail.VN',
      'Lê Văn Hai,0912.345.679,001085000002,',
      'Lê Văn Ba,84 388 123 456,001085000001,',
      'Lê Văn Bốn,01234567890,,',
      'Lê Văn Năm,02438261234,,',
    ].join('\n');
    const p = await parseCsvText(csv);
    expect(p.candidates.map((c) => [c.row, c.fields.phone, c.fields.idNumber, c.fields.email])).toEqual([
      [2, '0912345678', '001085000001', 'mot@mail.vn'],
      [3, '0912345679', '001085000002', undefined],
      [5, '01234567890', undefined, undefined],
      [6, '02438261234', undefined, undefined],
    ]);
    expect(p.rejected).toEqual([{ row: 4, field: 'idNumber', reason: 'Trùng số CCCD với dòng 2' }]);
  });

  it('tab-delimited UTF-16 ("Unicode text" from Excel)', async () => {
    const text = 'Họ và tên\tNgày sinh\r\nNguyễn Văn An\t05/02/1985\r\n';
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const p = await parseMemberFile({ fileName: 'ds.csv', data }, { today: TODAY });
    expect(candidate(p, 2).fields).toMatchObject({ fullName: 'Nguyễn Văn An', dateOfBirth: '1985-02-05' });
  });

  it('an old 8-bit CSV typed in TCVN3 (header included) is detected and converted', async () => {
    const latin1 =
      'Hä vµ tªn,Ngµy sinh,Tæ c«ng ®oµn\r\nNguyÔn V¨n An,05/02/1985,Tæ KÕ to¸n\r\nTrÇn ThÞ B×nh,1990,Tæ 2\r\n';
    const p = await parseMemberFile({ fileName: 'cu.csv', data: Buffer.from(latin1, 'latin1') }, { today: TODAY });
    expect(p.mapping).toEqual({ A: 'fullName', B: 'dateOfBirth', C: 'unit' });
    expect(candidate(p, 2)).toMatchObject({
      converted: 'tcvn3',
      fields: { fullName: 'Nguyễn Văn An', unit: 'Tổ Kế toán' },
    });
    expect(candidate(p, 3)).toMatchObject({
      converted: 'tcvn3',
      fields: { fullName: 'Trần Thị Bình', dateOfBirth: '1990-01-01', unit: 'Tổ 2' },
    });
  });

  it('mapping override works for CSV columns too, and unknown headers are listed for the user', async () => {
    const csv = 'Tên người,Năm sinh,Sở thích\nPhạm Thị Hoa,1992,Cầu lông\n';
    await expect(parseCsvText(csv)).rejects.toThrow('Không tìm thấy dòng tiêu đề');
    const p = await parseCsvText(csv, { mapping: { A: 'fullName' } });
    expect(p.mapping).toEqual({ A: 'fullName', B: 'dateOfBirth', C: 'ignore' });
    expect(p.unmapped).toEqual(['Sở thích']);
    expect(candidate(p, 2).fields).toMatchObject({ fullName: 'Phạm Thị Hoa', dateOfBirth: '1992-01-01' });
  });
});
