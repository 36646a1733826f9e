/**
 * The printed member list ("Danh sách đoàn viên") as an A4 PDF in the official document form of Quyết định
 * 933/QĐ-TLĐ / Nghị định 30 (DOMAIN.md): header block, title, table, total, signature. Tinos (metric-compatible
 * with Times New Roman, full Vietnamese) is embedded so the list prints the same on any machine.
 */
import { renderPdf } from '../../pdf/pdf';
import { formatDateVi, genderLabel, isoDay, placeDateLine, totalLine, upperVi } from '../../../shared/text/format';
import type { ExportInput, ExportMember, ExportOrg } from './types';

export const PDF_TITLE = 'DANH SÁCH ĐOÀN VIÊN';

/** Points per millimetre: 72 pt per inch, 25.4 mm per inch. */
export const mm = (v: number): number => (v * 72) / 25.4;

/** A4 portrait, as the official form requires; seven narrow columns fit at 11 pt (a name up to ~28 characters). */
const MARGIN = { left: mm(30), top: mm(20), right: mm(15), bottom: mm(20) };

const TABLE_FONT = 11;
const CELL_PAD = 3;
/**
 * Column widths in points, padding excluded; of the 467.7 pt between margins the name gets what is left (≈ 126). Số thẻ
 * fits 11 characters.
 */
const WIDTHS: (number | '*')[] = [23, '*', 28, 51, 64, 68, 62];
const HEADERS = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Tổ công đoàn', 'Chức vụ', 'Số thẻ'];
const CENTERED = new Set([0, 2, 3]);

/** The left header column; the right one must hold the national title (248.6 pt in Tinos Bold 12). */
const LEFT_HEADER_WIDTH = 190;
/** Rule under the motto: as long as "Độc lập - Tự do - Hạnh phúc" in Tinos Bold 13 (158.9 pt measured). */
const MOTTO_RULE = 159;
const ISSUER_RULE = 60;

const rule = (width: number) => ({
  canvas: [{ type: 'line', x1: 0, y1: 1, x2: width, y2: 1, lineWidth: 0.6 }],
  alignment: 'center',
  margin: [0, 2, 0, 0],
});

function headerBlock(org: ExportOrg, day: string) {
  const left = [
    ...(org.upperLevelName?.trim() ? [{ text: upperVi(org.upperLevelName), fontSize: 12 }] : []),
    { text: upperVi(org.name), fontSize: 12, bold: true },
    rule(ISSUER_RULE),
  ];
  const right = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', fontSize: 12, bold: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', fontSize: 13, bold: true },
    rule(MOTTO_RULE),
    { text: placeDateLine(org.place, day), italics: true, margin: [0, 8, 0, 0] },
  ];
  return {
    columns: [
      { width: LEFT_HEADER_WIDTH, stack: left, alignment: 'center' },
      { width: '*', stack: right, alignment: 'center' },
    ],
    columnGap: 0,
  };
}

function memberRow(m: ExportMember, i: number) {
  const cells = [
    String(i + 1),
    m.fullName.normalize('NFC'),
    genderLabel(m.gender),
    formatDateVi(m.dateOfBirth),
    m.unit ?? '',
    m.position ?? '',
    m.cardNumber ?? '',
  ];
  return cells.map((text, j) => ({ text, alignment: CENTERED.has(j) ? 'center' : 'left' }));
}

function signatureBlock(total: number, chairName: string | undefined) {
  return {
    unbreakable: true, // the total and the signature stay together, never a signature alone on a page
    stack: [
      { text: `${totalLine(total)}.`, bold: true, margin: [0, 6, 0, 0] },
      {
        columns: [
          { width: '*', text: '' },
          {
            width: 220,
            alignment: 'center',
            stack: [
              { text: 'TM. BAN CHẤP HÀNH', bold: true },
              { text: 'CHỦ TỊCH', bold: true },
              { text: ' ', margin: [0, 0, 0, 62] }, // room for signature and seal (~25 mm)
              { text: chairName?.trim() ?? '', bold: true },
            ],
          },
        ],
        margin: [0, 10, 0, 0],
      },
    ],
  };
}

export function memberListDocDefinition(input: ExportInput): Record<string, unknown> {
  const { members, generatedAt } = input;
  const org: ExportOrg = input.org ?? { name: '', upperLevelName: '' };
  const day = isoDay(generatedAt, input.timeZone);
  const body = [HEADERS.map((text) => ({ text, bold: true, alignment: 'center' })), ...members.map(memberRow)];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    language: 'vi-VN',
    info: {
      title: 'Danh sách đoàn viên',
      author: org.name || undefined,
      creator: 'UnionDesk',
      producer: 'UnionDesk',
      creationDate: generatedAt,
    },
    defaultStyle: { font: 'Tinos', fontSize: 13 },
    // Page numbers centred in the top margin from page 2 on (Nghị định 30); page 1 carries none. Drawn as the
    // page background rather than pdfmake's `header` because the background is written first: text extraction,
    // copy-paste and screen readers then meet the number before the body, in the order it is seen on paper.
    background: (page: number) =>
      page > 1
        ? { text: String(page), alignment: 'center', fontSize: 13, margin: [MARGIN.left, mm(10), MARGIN.right, 0] }
        : null,
    content: [
      headerBlock(org, day),
      { text: PDF_TITLE, bold: true, fontSize: 14, alignment: 'center', margin: [0, 20, 0, 0] },
      { text: `(Tính đến ngày ${formatDateVi(day)})`, italics: true, alignment: 'center', margin: [0, 2, 0, 10] },
      {
        table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: WIDTHS, body },
        layout: {
          paddingLeft: () => CELL_PAD,
          paddingRight: () => CELL_PAD,
          paddingTop: () => 2,
          paddingBottom: () => 2,
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
        },
        fontSize: TABLE_FONT,
      },
      signatureBlock(members.length, org.chairName),
    ],
  };
}

export async function membersToPdf(input: ExportInput): Promise<Buffer> {
  return renderPdf(memberListDocDefinition(input));
}
