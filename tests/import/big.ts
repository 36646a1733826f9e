/** A 10,000-row member workbook for the speed test (and the benchmark): realistic, built in code. */
import ExcelJS from 'exceljs';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thu', 'Minh', 'Ngọc', 'Quốc', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hằng', 'Khánh', 'Linh', 'Nam', 'Phương', 'Quân', 'Thảo', 'Yến'];
export const ROWS = 10_000;

/** A realistic list: title block, STT, numbers stored as numbers, dates of all kinds, a TCVN3 row now and then. */
export async function bigWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow(['CÔNG ĐOÀN CƠ SỞ CÔNG TY ABC']);
  ws.addRow(['DANH SÁCH ĐOÀN VIÊN']);
  ws.mergeCells('A1:F1');
  ws.mergeCells('A2:L2');
  ws.addRow([
    'STT',
    'Họ và tên',
    'Ngày sinh',
    'Giới tính',
    'Số CCCD',
    'Điện thoại',
    'Email',
    'Tổ công đoàn',
    'Chức vụ công đoàn',
    'Ngày vào Công đoàn',
    'Số thẻ đoàn viên',
    'Lương đóng BHXH',
  ]);
  for (let i = 0; i < ROWS; i++) {
    const tcvn3 = i % 50 === 0;
    const name = tcvn3 ? 'NguyÔn V¨n B×nh' : `${FAMILY[i % 10]} ${MIDDLE[i % 8]} ${GIVEN[i % 13]}`;
    const row = ws.addRow([
      i + 1,
      name,
      i % 3 === 0
        ? new Date(Date.UTC(1970 + (i % 30), i % 12, 1 + (i % 28)))
        : i % 3 === 1
          ? `${1 + (i % 28)}/${1 + (i % 12)}/${1970 + (i % 30)}`
          : 25000 + i,
      i % 2 ? 'Nam' : 'Nữ',
      1_000_000_000 + i, // 001xxxxxxxxx stored as a number
      912_000_000 + i,
      `nv${i}@congty.vn`,
      `Tổ ${1 + (i % 20)}`,
      i % 40 === 0 ? 'Tổ trưởng' : null,
      `${1 + (i % 28)}/${1 + (i % 12)}/2015`,
      `DV${100000 + i}`,
      '5.500.000',
    ]);
    if (tcvn3) row.getCell(2).font = { name: '.VnTime' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
