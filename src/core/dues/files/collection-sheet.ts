/**
 * The collection sheet of a union group for a month ("Danh sách thu đoàn phí công đoàn tháng 07/2026"): A4 in the
 * official form, members sorted by given name (Vietnamese collation), the salary each due is computed from, the due,
 * what is paid, a column to sign in, the totals and the amounts in words. Pure: the ledger's rows in, PDF bytes out.
 */
import type { z } from 'zod';
import type { duesContract } from '../../../shared/dues-contract';
import { groupThousands, vndInWords } from '../../../shared/text/money';
import { compareNames, splitName } from '../../../shared/text/names';
import { LAYOUT, mmToPt, pageGeometry } from '../../documents/render';
import { pdfLine } from '../../documents/render/layout';
import { renderPdf } from '../../pdf/pdf';
import { capAmount, dueFor, type MonthTerms } from '../amount';
import { masthead, monthVi, signatures, type Node, type PaperOrg } from './paper';

export type LedgerRow = z.infer<(typeof duesContract)['commands']['dues.ledger']['output']>['rows'][number];

export interface CollectionSheetInput {
  org: PaperOrg;
  month: string;
  /** The union group's name as the sheet is headed. */
  unit: string;
  rows: LedgerRow[];
  /** The sheet's date (YYYY-MM-DD): the day it is printed. */
  date: string;
  /** The rule and base salary in force on the month's first day, to explain the figures; none: no line. */
  terms?: MonthTerms;
}

const percentVi = (milli: number) => `${String(milli / 1000).replace('.', ',')}%`;

/**
 * The line under the title that explains the figures: "Mức đóng: 0,5% tiền lương làm căn cứ đóng bảo hiểm xã hội,
 * tối đa 234.000 đồng (10% lương cơ sở 2.340.000 đồng); đoàn viên không xác định được tiền lương: 11.700 đồng."
 */
export function termsLine(terms: MonthTerms): string | null {
  const { rule, base } = terms;
  if (!rule) return null;
  const basis = rule.basis === 'netActual' ? 'tiền lương thực lĩnh' : 'tiền lương làm căn cứ đóng bảo hiểm xã hội';
  const cap = capAmount(terms);
  const parts = [`Mức đóng: ${percentVi(rule.rateMilli)} ${basis}`];
  if (cap !== null && base !== null)
    parts.push(
      `tối đa ${groupThousands(cap)} đồng (${rule.capPermille / 10}% lương cơ sở ${groupThousands(base)} đồng)`,
    );
  const fixed = dueFor(null, terms).due;
  const line = `${parts.join(', ')}; đoàn viên không xác định được tiền lương: ${groupThousands(fixed)} đồng.`;
  return rule.higherRateMilli ? `${line} Mức thu theo nghị quyết của BCH: ${percentVi(rule.higherRateMilli)}.` : line;
}

export const sheetTitle = (month: string) => `DANH SÁCH THU ĐOÀN PHÍ CÔNG ĐOÀN THÁNG ${monthVi(month)}`;

const FONT = 12;
const HEADERS = ['STT', 'Họ và tên', 'Tiền lương làm căn cứ (đ)', 'Phải nộp (đ)', 'Đã nộp (đ)', 'Ký nộp'];
/** Points, padding excluded; the name takes what is left of the 467.7 pt between the margins (≈ 164). */
const WIDTHS: (number | '*')[] = [26, '*', 70, 52, 52, 60];

const cell = (text: string, align: 'left' | 'center' | 'right' = 'left', extra: Node = {}): Node => ({
  text,
  alignment: align,
  ...extra,
});

/** Sorted as the register sorts: given name, then family, then middle name, by Vietnamese collation. */
export function sortByGivenName<T extends { fullName: string }>(rows: readonly T[]): T[] {
  const keyed = rows.map((r) => ({ r, parts: { ...splitName(r.fullName), fullName: r.fullName } }));
  return keyed.sort((a, b) => compareNames(a.parts, b.parts)).map((k) => k.r);
}

function memberRow(r: LedgerRow, i: number, showUnit: boolean): Node[] {
  const name: Node =
    showUnit && r.unit
      ? { stack: [r.fullName.normalize('NFC'), { text: r.unit, italics: true, fontSize: FONT - 2 }] }
      : cell(r.fullName.normalize('NFC'));
  const basis = r.exempt ? 'Miễn đóng' : r.basis === null ? 'Mức cố định' : groupThousands(r.basis);
  return [
    cell(String(i + 1), 'center'),
    name,
    cell(basis, r.basis === null || r.exempt ? 'center' : 'right', r.basis === null ? { italics: true } : {}),
    cell(r.exempt ? '-' : groupThousands(r.due), r.exempt ? 'center' : 'right'),
    cell(r.paid ? groupThousands(r.paid) : '', 'right'),
    cell(''),
  ];
}

export function collectionSheetDocDefinition(input: CollectionSheetInput): Node {
  const geom = pageGeometry();
  const rows = sortByGivenName(input.rows);
  const showUnit = new Set(rows.map((r) => r.unit)).size > 1; // a group with sub-groups: say which one
  const due = rows.reduce((s, r) => s + r.due, 0);
  const paid = rows.reduce((s, r) => s + r.paid, 0);
  const m = geom.margins;
  const explained = input.terms ? termsLine(input.terms) : null;
  const body = [
    HEADERS.map((h) => cell(h, 'center', { bold: true })),
    ...rows.map((r, i) => memberRow(r, i, showUnit)),
    [
      cell('', 'center'),
      cell('Tổng cộng', 'left', { bold: true }),
      cell(''),
      cell(groupThousands(due), 'right', { bold: true }),
      cell(groupThousands(paid), 'right', { bold: true }),
      cell(''),
    ],
  ];
  const line = (text: string | Node[], extra: Node = {}): Node => ({ text, margin: [0, 2, 0, 0], ...extra });
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [mmToPt(m.left), mmToPt(m.top), mmToPt(m.right), mmToPt(m.bottom)],
    language: 'vi-VN',
    info: {
      title: `Danh sách thu đoàn phí tháng ${monthVi(input.month)} - ${input.unit}`,
      author: input.org.issuer,
      creator: 'UnionDesk',
      producer: 'UnionDesk',
      creationDate: new Date(`${input.date}T00:00:00Z`),
    },
    defaultStyle: { font: LAYOUT.fonts.pdf, fontSize: LAYOUT.body.size, lineHeight: pdfLine(1, LAYOUT.body.size) },
    background: (page: number) =>
      page > 1
        ? { text: String(page), alignment: 'center', fontSize: 13, margin: [0, mmToPt(LAYOUT.pageNumber.topMm), 0, 0] }
        : null,
    content: [
      masthead(input.org, input.date, 'DS', geom),
      { text: sheetTitle(input.month), bold: true, alignment: 'center', margin: [0, 18, 0, 0] },
      { text: `Tổ công đoàn: ${input.unit}`, bold: true, alignment: 'center', margin: [0, 2, 0, 6] },
      ...(explained ? [{ text: explained, italics: true, fontSize: FONT, margin: [0, 0, 0, 6] }] : []),
      {
        table: { headerRows: 1, dontBreakRows: true, widths: WIDTHS, body },
        layout: {
          paddingLeft: () => 3,
          paddingRight: () => 3,
          paddingTop: () => 3,
          paddingBottom: () => 3,
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
        },
        fontSize: FONT,
      },
      {
        unbreakable: true, // the totals in words and the signatures stay together
        stack: [
          line([{ text: 'Số đoàn viên: ' }, { text: String(rows.length), bold: true }], { margin: [0, 8, 0, 0] }),
          line([{ text: 'Tổng số tiền phải thu: ' }, { text: `${groupThousands(due)} đồng`, bold: true }]),
          line(`(Bằng chữ: ${vndInWords(due)}.)`, { italics: true }),
          line([{ text: 'Tổng số tiền đã thu: ' }, { text: `${groupThousands(paid)} đồng`, bold: true }]),
          line(`(Bằng chữ: ${vndInWords(paid)}.)`, { italics: true }),
          signatures([
            { heading: ['NGƯỜI THU', 'TỔ TRƯỞNG CÔNG ĐOÀN'], name: '' },
            { heading: ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH'], name: input.org.chairName },
          ]),
        ],
      },
    ],
  };
}

export async function collectionSheetPdf(input: CollectionSheetInput): Promise<Buffer> {
  return renderPdf(collectionSheetDocDefinition(input));
}
