/**
 * Workbooks built with exceljs that hold every kind of cell the importer meets, for comparing the two .xlsx
 * readers (xlsx-fast.test.ts). Each is small; the point is variety, not size.
 */
import ExcelJS from 'exceljs';
import { xlsx } from './fixtures';

const utc = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(Date.UTC(y, m - 1, d, h, mi));
const buffer = async (wb: ExcelJS.Workbook, opts?: Partial<ExcelJS.XlsxWriteOptions>) =>
  Buffer.from(await wb.xlsx.writeBuffer(opts));

/** Values of every type, formulas, errors, rich text, hyperlinks, and the number formats that make dates. */
function fillCells(ws: ExcelJS.Worksheet, escapes: boolean): void {
  ws.addRow(['Họ và tên', 'Ngày sinh', 'Số', 'Ghi chú']);
  ws.addRow([true, false, 0, -0.5, 1e21, 123456789012, 'x', '']); // booleans, numbers, an empty string
  ws.addRow([
    { formula: '1+1', result: 2 },
    { formula: 'A1&"x"', result: 'Họ và tênx' },
    { formula: 'TRUE()', result: true },
    { formula: '1/0', result: { error: '#DIV/0!' } },
    { formula: 'NOW()' } as ExcelJS.CellFormulaValue,
    { error: '#N/A' },
  ]);
  ws.getCell('G3').value = { formula: 'DATE(2020,1,2)', result: utc(2020, 1, 2) };
  ws.fillFormula('H3:H5', 'C3*2', [4, 6, 8]);
  const formats = [
    'dd/mm/yyyy',
    'mm-dd-yy',
    'd-mmm-yy',
    'h:mm',
    '[$-42A]dd/mm/yyyy;@',
    '"Ngày "dd',
    '#,##0 "đồng"',
    '0.00',
    '@',
    '[Red]0',
    'yyyy',
    '0\\d',
    'mmm-yy',
    '[h]:mm:ss',
  ];
  formats.forEach((f, i) => {
    const a = ws.getCell(6 + i, 1);
    a.value = 32000 + i;
    a.numFmt = f;
    const b = ws.getCell(6 + i, 2);
    b.value = utc(1985, 2, 5, 6, 30);
    b.numFmt = f;
  });
  ws.getCell('C6').value = utc(1990, 12, 31); // a date with no format of its own
  ws.addRow([]);
  ws.getCell('A22').value = {
    richText: [{ text: 'Nguy' }, { text: 'Ô', font: { name: '.VnTime', bold: true } }, { text: 'n V¨n An' }],
  };
  ws.getCell('B22').value = { richText: [{ text: 'Nguyeãn', font: { name: 'VNI-Times' } }, { text: ' Vaên' }] };
  ws.getCell('C22').value = { richText: [{ text: 'tæ ' }, { text: 'kÕ to¸n', font: { bold: true } }] };
  ws.getCell('C22').font = { name: '.VnTimeH' }; // runs without a font name: the cell's font counts
  ws.getCell('D22').value = { text: 'NguyÔn V¨n B×nh', hyperlink: 'mailto:b@x.vn' };
  ws.getCell('D22').font = { name: '.VnTime' };
  ws.getCell('E22').value = { text: 'an@x.vn', hyperlink: 'mailto:an@x.vn' };
  ws.getCell('F22').value = { formula: 'A22', result: 'NguyÔn V¨n An' };
  ws.getCell('F22').font = { name: '.VnArialH' };
  ws.getCell('G22').value = 'Lê Tâm';
  ws.getCell('G22').font = { name: '.VnTime' };
  ws.getCell('A24').value = `dòng 1\r\ndòng 2\rdòng 3\ttab`;
  ws.getCell('B24').value = `A & B <c> "d" 'e' 😀`;
  ws.getCell('C24').value = '  khoảng trắng  ';
  if (escapes) ws.getCell('D24').value = 'có _x000D_ thật và _x005F_x0041_';
  ws.getCell('A26').font = { name: '.VnTime' }; // styled, empty: row 26 has no value and is left out
  ws.getCell('B26').numFmt = 'dd/mm/yyyy';
  ws.getCell('A27').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('E27').value = 'Tæ 1';
  ws.getCell('E27').font = { name: '.VnTime' };
}

/** Merges of every shape: down a column (a unit), across (a heading), over cells that held values, empty masters,
 *  and masters whose font (column, row, or cell style) says TCVN3. */
function fillMerges(ws: ExcelJS.Worksheet): void {
  ws.getColumn(3).font = { name: '.VnTime' };
  ws.addRow(['Họ và tên', 'Tổ công đoàn', 'Ghi chú']);
  for (let i = 0; i < 8; i++) ws.addRow([`Người ${i}`, i === 0 ? 'Tæ B¶o vÖ' : `bị che ${i}`, i === 0 ? 'Tæ 2' : null]);
  ws.getCell('B2').font = { name: '.VnTime' };
  ws.mergeCells('B2:B5');
  ws.mergeCells('C2:C9');
  ws.mergeCells('A11:D11');
  ws.getCell('A11').value = 'I. KHỐI VĂN PHÒNG';
  ws.mergeCells('B12:C14'); // empty master
  ws.getCell('A16').value = { richText: [{ text: 'Tæ ', font: { name: '.VnTime' } }, { text: '3' }] };
  ws.mergeCells('A16:A18');
  ws.getRow(20).font = { name: '.VnTime' };
  ws.getCell('A20').value = 'Tæ 4';
  ws.mergeCells('A20:B21');
}

export const BOOKS: Record<string, () => Promise<Buffer>> = {
  async cells() {
    const wb = new ExcelJS.Workbook();
    fillCells(wb.addWorksheet('Ô'), true);
    return buffer(wb);
  },
  /** Without the shared string table exceljs writes text as t="str" and rich text as inline strings. */
  async inline() {
    const wb = new ExcelJS.Workbook();
    fillCells(wb.addWorksheet('Ô'), false);
    return buffer(wb, { useSharedStrings: false });
  },
  async merges() {
    const wb = new ExcelJS.Workbook();
    fillMerges(wb.addWorksheet('Gộp'));
    return buffer(wb);
  },
  async hiddenSheets() {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('Ẩn');
    a.state = 'hidden';
    a.addRow(['Họ và tên', 'Ngày sinh']);
    const b = wb.addWorksheet('Rất ẩn');
    b.state = 'veryHidden';
    b.addRow(['x']);
    wb.addWorksheet('Trống');
    wb.addWorksheet('DS & <1>').addRow(['Họ và tên', 'Ngày sinh']);
    return buffer(wb);
  },
  async dates1904() {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('1904');
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Ngày vào Công đoàn']);
    ws.addRow(['Nguyễn Văn An', utc(1985, 2, 5), utc(2010, 3, 15, 12)]);
    ws.getCell('D2').value = 30000;
    ws.getCell('D2').numFmt = 'dd/mm/yyyy';
    ws.getCell('E2').value = { formula: 'B2+1', result: utc(1985, 2, 6) };
    return buffer(wb);
  },
  async onlyTitles() {
    return xlsx([['DANH SÁCH ĐOÀN VIÊN'], [], [null, null, null]]);
  },
};
