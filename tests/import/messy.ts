/** The messy sheet of xlsx-messy.test.ts: everything real union files do at once (shared with the reader tests). */
import { mergeTitle, TITLE, xlsx, type Spec } from './fixtures';

export const HEADER = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD',
  'Điện thoại',
  'Email',
  'Tổ công đoàn',
  'Chức vụ',
  'Ngày vào Công đoàn',
  'Số thẻ đoàn viên',
  'Đảng viên',
  'Lương đóng BHXH',
  'Cột lạ',
];
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const vnTime = (v: string): Spec => ({ v, font: '.VnTime' });

export const ROWS: Spec[][] = [
  ...TITLE, // rows 1–5
  [], // 6
  HEADER, // 7
  HEADER.map((_, i) => `(${i + 1})`), // 8: the column numbers official forms print under the header
  // 9: NFD name with doubled spaces, date cell, caps gender, CCCD and phone stored as numbers, messy email
  [
    1,
    '  Nguyễn  Văn   An '.normalize('NFD'),
    utc(1985, 2, 5),
    'NAM',
    1085012345,
    912345678,
    ' An.Nguyen@Example.COM ',
    'Tổ Kế toán',
    'Tổ trưởng',
    '15/03/2010',
    'DV-0001',
    'x',
    '5.500.000',
    'bỏ qua',
  ],
  // 10: ALL-CAPS name, serial-number dates, text CCCD, +84 phone, numeric card number, "Không" party member
  [
    2,
    'TRẦN THỊ BÌNH',
    32000,
    'Nữ',
    '079190001234',
    '+84 987 654 321',
    null,
    'Tổ Sản xuất 1',
    null,
    45000,
    12345,
    'Không',
    5500000,
  ],
  [], // 11: blank
  // 12: TCVN3 in .VnTime cells (name and unit); d-m-yyyy text; CMND stored as a number (8 digits left)
  [
    3,
    vnTime('NguyÔn ThÞ Thu H»ng'),
    '7-9-1990',
    'nu',
    12345678,
    '0912.345.678',
    null,
    vnTime('Tæ KÕ to¸n'),
    null,
    '01/05/2015',
  ],
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

/** Built with the title block merged and the totals row merged across A–C. */
export const messyBook = () =>
  xlsx(ROWS, (ws) => {
    mergeTitle(ws);
    ws.mergeCells('A21:C21');
  });
