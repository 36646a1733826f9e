/**
 * The pack's pages that the document engine cannot make: the cover, the table of contents, and the sign-in sheet
 * with a QR code per member (pdfmake's own `qr` node). Same font and page as the engine's documents (Tinos, A4).
 */
import type { Meeting, MeetingKind } from '../../../shared/meetings-contract';
import { longDateVi, upperVi } from '../../../shared/text/format';
import { PDF_FONT } from '../../pdf/pdf';
import { timeVi } from '../invitations';
import type { ListedPerson } from './models';

export const KIND_NAMES: Record<MeetingKind, string> = {
  bch: 'Họp Ban Chấp hành',
  standing: 'Họp Ban Thường vụ',
  group: 'Họp tổ công đoàn',
  'workers-conference': 'Hội nghị người lao động',
  congress: 'Đại hội công đoàn',
  other: 'Cuộc họp',
};

export interface UnionHeader {
  upper: string;
  name: string;
}

const page = (content: unknown[], extra: Record<string, unknown> = {}) => ({
  pageSize: 'A4',
  pageMargins: [60, 50, 45, 50],
  defaultStyle: { font: PDF_FONT, fontSize: 13 },
  info: { title: 'Tài liệu cuộc họp', creator: 'UnionDesk', producer: 'UnionDesk', creationDate: new Date(0) },
  content,
  ...extra,
});

const when = (m: Meeting) =>
  `${timeVi(m.startsAt)}${m.endsAt ? ` – ${timeVi(m.endsAt)}` : ''}, ${longDateVi(m.startsAt.slice(0, 10))}`;

export function coverDefinition(m: Meeting, union: UnionHeader): Record<string, unknown> {
  const place = [m.place, m.onlineUrl].filter(Boolean).join(' – ') || '…';
  return page([
    { text: upperVi(union.upper), alignment: 'center', fontSize: 13 },
    { text: upperVi(union.name), alignment: 'center', bold: true, fontSize: 13 },
    { text: 'TÀI LIỆU CUỘC HỌP', alignment: 'center', bold: true, fontSize: 22, margin: [0, 200, 0, 16] },
    { text: upperVi(KIND_NAMES[m.kind]), alignment: 'center', fontSize: 15, margin: [0, 0, 0, 12] },
    { text: m.title, alignment: 'center', bold: true, fontSize: 17, margin: [0, 0, 0, 40] },
    { text: [{ text: 'Thời gian: ', bold: true }, when(m)], alignment: 'center', margin: [0, 0, 0, 6] },
    { text: [{ text: 'Địa điểm: ', bold: true }, place], alignment: 'center' },
  ]);
}

export interface TocLine {
  title: string;
  firstPage: number;
}

export function tocDefinition(lines: TocLine[]): Record<string, unknown> {
  return page([
    { text: 'MỤC LỤC', alignment: 'center', bold: true, fontSize: 16, margin: [0, 0, 0, 20] },
    {
      table: {
        widths: [30, '*', 50],
        body: [
          [
            { text: 'STT', bold: true },
            { text: 'Nội dung', bold: true },
            { text: 'Trang', bold: true },
          ],
          ...lines.map((l, i) => [String(i + 1), l.title, { text: String(l.firstPage), alignment: 'right' }]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ]);
}

/**
 * QR codes fit in this many points. pdfmake draws whole points per module: a short member code (21 modules) gets
 * 2 pt modules (15 mm across), which a phone reads from paper; rows stay about 16 to a page.
 */
const QR_FIT = 42;

export function signInDefinition(
  m: Meeting,
  people: ListedPerson[],
  union: UnionHeader,
  members: number,
): Record<string, unknown> {
  const head = ['STT', 'Họ và tên', 'Tổ công đoàn', 'Chức vụ', 'Mã', 'Ký tên'].map((text) => ({
    text,
    bold: true,
    alignment: 'center',
  }));
  const rows = people.map((p, i) => [
    { text: String(i + 1), alignment: 'center' },
    p.name,
    p.group,
    p.position,
    // Members only: a guest has no member code to scan.
    i < members ? { qr: p.code, fit: QR_FIT, alignment: 'center' } : '',
    '',
  ]);
  return page(
    [
      { text: upperVi(union.name), alignment: 'center', bold: true, fontSize: 12 },
      { text: 'DANH SÁCH ĐẠI BIỂU KÝ TÊN', alignment: 'center', bold: true, fontSize: 15, margin: [0, 12, 0, 4] },
      { text: m.title, alignment: 'center', margin: [0, 0, 0, 4] },
      { text: when(m), alignment: 'center', italics: true, margin: [0, 0, 0, 12] },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [28, '*', 90, 80, QR_FIT + 6, 80],
          body: [head, ...rows],
        },
        fontSize: 11,
      },
    ],
    { defaultStyle: { font: PDF_FONT, fontSize: 11 } },
  );
}
