/**
 * The member list as .xlsx, laid out like the files unions keep (title rows, STT, totals row) so that our own
 * importer, and a secretary, can read it back. Pure: data in, bytes out; the caller logs sensitive exports.
 */
import type ExcelJS from 'exceljs';
import { formatDateVi, genderLabel, isoDay, statusLabel, totalLine, upperVi } from '../../../shared/text/format';
import type { ExportInput, ExportMember } from './types';

export const XLSX_SHEET_NAME = 'Danh sách đoàn viên';
export const XLSX_TITLE = 'DANH SÁCH ĐOÀN VIÊN';
/** Rows 1–5 are the title block; the header follows directly, members start below it. */
export const XLSX_HEADER_ROW = 6;

/** 'text' cells get the '@' format so Excel keeps them as typed (leading zeros, dd/mm/yyyy never reread as m/d). */
interface Column {
  header: string;
  width: number;
  kind: 'index' | 'text';
  value: (m: ExportMember) => string;
  center?: boolean;
}

const COLUMNS: Column[] = [
  { header: 'STT', width: 6, kind: 'index', value: () => '', center: true },
  { header: 'Họ và tên', width: 28, kind: 'text', value: (m) => m.fullName.normalize('NFC') },
  { header: 'Giới tính', width: 9, kind: 'text', value: (m) => genderLabel(m.gender), center: true },
  { header: 'Ngày sinh', width: 12, kind: 'text', value: (m) => formatDateVi(m.dateOfBirth), center: true },
  { header: 'Số CCCD', width: 15, kind: 'text', value: (m) => m.idNumber ?? '' },
  { header: 'Điện thoại', width: 13, kind: 'text', value: (m) => m.phone ?? '' },
  { header: 'Email', width: 28, kind: 'text', value: (m) => m.email ?? '' },
  { header: 'Tổ công đoàn', width: 22, kind: 'text', value: (m) => m.unit ?? '' },
  { header: 'Chức vụ công đoàn', width: 24, kind: 'text', value: (m) => m.position ?? '' },
  { header: 'Ngày vào Công đoàn', width: 13, kind: 'text', value: (m) => formatDateVi(m.joinedOn), center: true },
  { header: 'Số thẻ đoàn viên', width: 15, kind: 'text', value: (m) => m.cardNumber ?? '' },
  { header: 'Mã đoàn viên', width: 15, kind: 'text', value: (m) => m.memberCode ?? '' },
  { header: 'Trạng thái', width: 19, kind: 'text', value: (m) => statusLabel(m.status) },
];

/** Ethnicity and religion are sensitive personal data (Decree 13/2023): only on request, and the caller logs it. */
const SENSITIVE: Column[] = [
  { header: 'Dân tộc', width: 11, kind: 'text', value: (m) => m.ethnicity ?? '' },
  { header: 'Tôn giáo', width: 13, kind: 'text', value: (m) => m.religion ?? '' },
];

export function xlsxHeaders(includeSensitive: boolean): string[] {
  return (includeSensitive ? [...COLUMNS, ...SENSITIVE] : COLUMNS).map((c) => c.header);
}

// Unions' spreadsheets and printed lists use Times New Roman; Excel substitutes if it is missing.
const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export async function membersToXlsx(input: ExportInput & { includeSensitive?: boolean }): Promise<Buffer> {
  const { members, generatedAt, includeSensitive = false } = input;
  const org = input.org ?? { name: '', upperLevelName: '' };
  const cols = includeSensitive ? [...COLUMNS, ...SENSITIVE] : COLUMNS;
  const n = cols.length;

  const wb = new (await import('exceljs')).default.Workbook(); // heavy: loaded when a sheet is made or read
  wb.creator = 'UnionDesk';
  wb.title = XLSX_TITLE;
  wb.created = generatedAt; // fixed timestamps: the same input gives the same workbook
  wb.modified = generatedAt;

  const ws = wb.addWorksheet(XLSX_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: XLSX_HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape', // 13+ columns do not fit a portrait page at a readable size
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW}`,
    },
  });
  ws.columns = cols.map((c) => ({ width: c.width }));

  // Title block. The names sit over the left columns, like the left half of an official header.
  const leftSpan = Math.min(4, n);
  const put = (row: number, text: string, span: number, font: Partial<ExcelJS.Font>, align: 'left' | 'center') => {
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { ...FONT, ...font };
    cell.alignment = { horizontal: align, vertical: 'middle' };
    if (span > 1) ws.mergeCells(row, 1, row, span);
  };
  put(1, upperVi(org.upperLevelName), leftSpan, {}, 'center');
  put(2, upperVi(org.name), leftSpan, { bold: true }, 'center');
  put(4, XLSX_TITLE, n, { bold: true, size: 14 }, 'center');
  put(5, `(Tính đến ngày ${formatDateVi(isoDay(generatedAt, input.timeZone))})`, n, { italic: true }, 'center');

  const header = ws.getRow(XLSX_HEADER_ROW);
  header.values = cols.map((c) => c.header);
  header.height = 33; // two lines: Excel does not grow rows written by a library
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  });

  members.forEach((m, i) => {
    const row = ws.getRow(XLSX_HEADER_ROW + 1 + i);
    cols.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      if (c.kind === 'index') cell.value = i + 1;
      else {
        cell.value = c.value(m) || null; // truly blank, not an empty string Excel would count as filled
        cell.numFmt = '@';
      }
      cell.font = FONT;
      cell.border = THIN;
      cell.alignment = { vertical: 'middle', horizontal: c.center ? 'center' : 'left', wrapText: true };
    });
  });

  const last = XLSX_HEADER_ROW + members.length;
  ws.autoFilter = { from: { row: XLSX_HEADER_ROW, column: 1 }, to: { row: last, column: n } };

  // Merged over STT and name so a reader that looks at either column sees "Tổng cộng" and skips the row.
  const totalRow = last + 1;
  put(totalRow, totalLine(members.length), 2, { bold: true }, 'left');

  return Buffer.from(await wb.xlsx.writeBuffer());
}
