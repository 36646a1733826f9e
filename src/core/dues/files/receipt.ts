/**
 * The receipt (phiếu thu) of a cash payment of dues: A5 landscape, the CĐCS's header, the receipt's number, who paid,
 * their union group, the month(s) the money pays (one payment split over months by the allocation rule is one
 * receipt), the amount in figures and in words, and the payer's and the collector's signatures. One page per
 * receipt when a month was paid in several payments. Pure: receipt data in, PDF bytes out.
 */
import { longDateVi, upperVi } from '../../../shared/text/format';
import { formatVnd, vndInWords } from '../../../shared/text/money';
import { LAYOUT, mmToPt } from '../../documents/render';
import { renderPdf } from '../../pdf/pdf';
import { monthVi, signatures, type Node, type PaperOrg } from './paper';

export interface ReceiptData {
  receiptNumber: string;
  /** YYYY-MM-DD, the payment's date. */
  paidOn: string;
  payer: string;
  unit: string | null;
  /** Every month the payment pays, in order. */
  months: string[];
  amount: number;
  collector: string | null;
}

/** "tháng 07/2026", "các tháng 07/2026, 08/2026". */
export const monthsPhrase = (months: string[]): string =>
  `${months.length > 1 ? 'các tháng' : 'tháng'} ${months.map(monthVi).join(', ')}`;

const field = (label: string, value: string, extra: Node = {}): Node => ({
  text: [{ text: `${label}: ` }, { text: value, ...extra }],
  margin: [0, 3, 0, 0],
});

function receiptPage(org: PaperOrg, r: ReceiptData, first: boolean): Node {
  return {
    ...(first ? {} : { pageBreak: 'before' }),
    stack: [
      {
        columns: [
          {
            width: '*',
            stack: [
              ...(org.upperLevel ? [{ text: upperVi(org.upperLevel), fontSize: 11 }] : []),
              { text: upperVi(org.issuer), bold: true, fontSize: 11 },
            ],
          },
          { width: 170, alignment: 'right', stack: [{ text: `Số: ${r.receiptNumber}`, bold: true }] },
        ],
      },
      { text: 'PHIẾU THU', bold: true, fontSize: 16, alignment: 'center', margin: [0, 10, 0, 0] },
      { text: longDateVi(r.paidOn).replace(/^n/, 'N'), italics: true, alignment: 'center', margin: [0, 2, 0, 8] },
      field('Họ và tên người nộp tiền', r.payer.normalize('NFC'), { bold: true }),
      field('Tổ công đoàn', r.unit ?? ''),
      field('Lý do nộp', `Đoàn phí công đoàn ${monthsPhrase(r.months)}`),
      field('Số tiền', formatVnd(r.amount), { bold: true }),
      field('Bằng chữ', `${vndInWords(r.amount)}.`, { italics: true }),
      {
        unbreakable: true,
        stack: [
          signatures(
            [
              { heading: ['NGƯỜI NỘP TIỀN'], name: r.payer.normalize('NFC') },
              { heading: ['NGƯỜI THU TIỀN'], name: r.collector ?? '' },
            ],
            40,
          ),
        ],
      },
    ],
  };
}

export function receiptDocDefinition(org: PaperOrg, receipts: ReceiptData[]): Node {
  const first = receipts[0];
  return {
    pageSize: 'A5',
    pageOrientation: 'landscape',
    pageMargins: [mmToPt(20), mmToPt(12), mmToPt(15), mmToPt(12)],
    language: 'vi-VN',
    info: {
      title: `Phiếu thu số ${first.receiptNumber}`,
      author: org.issuer,
      creator: 'UnionDesk',
      producer: 'UnionDesk',
      creationDate: new Date(`${first.paidOn}T00:00:00Z`),
    },
    defaultStyle: { font: LAYOUT.fonts.pdf, fontSize: 13 },
    content: receipts.map((r, i) => receiptPage(org, r, i === 0)),
  };
}

export async function receiptPdf(org: PaperOrg, receipts: ReceiptData[]): Promise<Buffer> {
  return renderPdf(receiptDocDefinition(org, receipts));
}
