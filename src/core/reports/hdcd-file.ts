/** Mẫu 1-HĐCĐ on paper: the PDF in the official form and the .xlsx, rows in the form's order (hdcd-form.ts). */
import type { HdcdReport } from '../../shared/welfare-contract';
import { formatDateVi } from '../../shared/text/format';
import { groupThousands } from '../../shared/text/money';
import { writeTable, TABLE_HEADER_ROW, XLSX_FONT } from '../dues/files/xlsx-table';
import { HDCD_FORM } from './hdcd-form';
import { cell, signatures, tablePaperPdf, type Node, type PaperOrg } from './paper';

export const HDCD_TITLE = 'BÁO CÁO THỐNG KÊ HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ';

export const hdcdSubtitles = (r: HdcdReport) => [
  'Mẫu số 1-HĐCĐ',
  `Số liệu tính đến ngày ${formatDateVi(r.asOf)} (kỳ báo cáo từ ${formatDateVi(r.from)} đến ${formatDateVi(r.asOf)})`,
];

interface Line {
  row: string;
  label: string;
  unit: string;
  value: number | null;
  section: boolean;
}

/** Section headings and rows in the form's order, each row with the report's value. */
function lines(r: HdcdReport): Line[] {
  const values = new Map(r.rows.map((x) => [x.row, x.value]));
  return HDCD_FORM.flatMap((s) => [
    { row: '', label: s.title, unit: '', value: null, section: true },
    ...s.rows.map((x) => ({
      row: x.row,
      label: x.label,
      unit: x.unit,
      value: values.get(x.row) ?? null,
      section: false,
    })),
  ]);
}

export async function hdcdPdf(r: HdcdReport, org: PaperOrg, date: string): Promise<Buffer> {
  const rows: Node[][] = lines(r).map((l) =>
    l.section
      ? [cell(''), cell(l.label, 'left', { bold: true }), cell(''), cell('')]
      : [
          cell(l.row, 'center'),
          cell(l.label),
          cell(l.unit, 'center'),
          cell(l.value === null ? '' : groupThousands(l.value), 'right'),
        ],
  );
  return tablePaperPdf({
    org,
    date,
    type: 'BC',
    title: HDCD_TITLE,
    subtitles: hdcdSubtitles(r),
    headers: ['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng'],
    widths: [26, '*', 60, 70],
    rows,
    closing: [
      signatures([
        { heading: ['NGƯỜI LẬP BIỂU'], name: '' },
        { heading: ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH'], name: org.chairName },
      ]),
    ],
  });
}

export async function hdcdXlsx(r: HdcdReport, org: PaperOrg, generatedAt: Date): Promise<Buffer> {
  const wb = new (await import('exceljs')).default.Workbook(); // heavy: loaded when a sheet is made
  wb.creator = 'UnionDesk';
  wb.created = generatedAt;
  wb.modified = generatedAt;
  const ws = wb.addWorksheet('1-HĐCĐ', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const all = lines(r);
  writeTable(ws, {
    org,
    title: HDCD_TITLE,
    subtitle: hdcdSubtitles(r).join(' - '),
    columns: [
      { header: 'TT', width: 6, kind: 'text', value: (l: Line) => l.row, center: true },
      { header: 'Nội dung', width: 60, kind: 'text', value: (l: Line) => l.label },
      { header: 'Đơn vị tính', width: 12, kind: 'text', value: (l: Line) => l.unit, center: true },
      { header: 'Số lượng', width: 14, kind: 'number', value: (l: Line) => l.value },
    ],
    rows: all,
    totalsLabel: null,
  });
  all.forEach((l, i) => {
    if (l.section) ws.getCell(TABLE_HEADER_ROW + 1 + i, 2).font = { ...XLSX_FONT, bold: true };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
