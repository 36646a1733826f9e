/**
 * The cash book (sổ quỹ tiền mặt) and the bank book (sổ tiền gửi) on paper and in .xlsx: the opening, each voucher
 * with its running balance (cancelled ones marked and counting 0), each month's totals, the totals and the closing.
 * Pure: the book in, bytes out.
 */
import type { z } from 'zod';
import type { book } from '../../../shared/funds-contract';
import { formatDateVi } from '../../../shared/text/format';
import { vndInWords } from '../../../shared/text/money';
import { writeTable, type TableColumn } from '../../dues/files/xlsx-table';
import { renderPdf } from '../../pdf/pdf';
import { money, type PaperOrg, type TableCell, tablePaperDefinition } from './pdf-table';

export type Book = z.infer<typeof book>;

export interface BookPaper {
  org: PaperOrg;
  book: Book;
  signers: { accountant: string; cashier: string };
  date: string;
}

/** One printed line: the opening, a voucher, a month's totals, the totals, the closing. */
interface BookLine {
  date: string;
  code: string;
  description: string;
  receipt: number | null;
  payment: number | null;
  balance: number | null;
  note: string;
  bold: boolean;
}

const monthVi = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

export function bookLines(b: Book): BookLine[] {
  const line = (l: Partial<BookLine>): BookLine => ({
    date: '',
    code: '',
    description: '',
    receipt: null,
    payment: null,
    balance: null,
    note: '',
    bold: false,
    ...l,
  });
  const out = [line({ description: 'Số dư đầu kỳ', balance: b.opening, bold: true })];
  b.entries.forEach((e, i) => {
    out.push(
      line({
        date: formatDateVi(e.date),
        code: e.code,
        description: e.description,
        receipt: e.receipt || null,
        payment: e.payment || null,
        balance: e.balance,
        note: e.cancelled ? 'Đã huỷ' : '',
      }),
    );
    const month = e.date.slice(0, 7);
    if (b.entries[i + 1]?.date.slice(0, 7) !== month) {
      const m = b.months.find((x) => x.month === month);
      out.push(
        line({ description: `Cộng tháng ${monthVi(month)}`, receipt: m?.receipts, payment: m?.payments, bold: true }),
      );
    }
  });
  out.push(line({ description: 'Cộng phát sinh', receipt: b.receipts, payment: b.payments, bold: true }));
  out.push(line({ description: 'Số dư cuối kỳ', balance: b.closing, bold: true }));
  return out;
}

const title = (b: Book) => (b.account === 'cash' ? 'SỔ QUỸ TIỀN MẶT' : 'SỔ TIỀN GỬI NGÂN HÀNG, KHO BẠC');
const subtitle = (b: Book) => `Từ ngày ${formatDateVi(b.from)} đến ngày ${formatDateVi(b.to)}`;

export async function bookPdf(p: BookPaper): Promise<Buffer> {
  const rows: TableCell[][] = bookLines(p.book).map((l) => [
    { text: l.date, align: 'center' },
    { text: l.code, align: 'center' },
    { text: l.note ? `${l.description} (${l.note.toLowerCase()})` : l.description, bold: l.bold, italics: !!l.note },
    { text: money(l.receipt), align: 'right', bold: l.bold },
    { text: money(l.payment), align: 'right', bold: l.bold },
    { text: money(l.balance), align: 'right', bold: l.bold },
  ]);
  return renderPdf(
    tablePaperDefinition({
      org: p.org,
      form: '',
      title: title(p.book),
      subtitle: subtitle(p.book),
      headers: ['Ngày', 'Số chứng từ', 'Diễn giải', 'Thu (đ)', 'Chi (đ)', 'Tồn (đ)'],
      widths: [58, 52, '*', 75, 75, 80],
      rows,
      notes: [`Số dư cuối kỳ bằng chữ: ${vndInWords(p.book.closing)}.`],
      signers: [
        { heading: [p.book.account === 'cash' ? 'THỦ QUỸ' : 'NGƯỜI GHI SỔ'], name: p.signers.cashier },
        { heading: ['KẾ TOÁN'], name: p.signers.accountant },
        { heading: ['CHỦ TỊCH'], name: p.org.chairName },
      ],
      landscape: true,
      date: p.date,
    }),
  );
}

const COLUMNS: TableColumn<BookLine>[] = [
  { header: 'Ngày', width: 12, kind: 'text', value: (l) => l.date, center: true },
  { header: 'Số chứng từ', width: 12, kind: 'text', value: (l) => l.code, center: true },
  { header: 'Diễn giải', width: 48, kind: 'text', value: (l) => l.description },
  { header: 'Thu', width: 15, kind: 'money', value: (l) => l.receipt },
  { header: 'Chi', width: 15, kind: 'money', value: (l) => l.payment },
  { header: 'Tồn', width: 16, kind: 'money', value: (l) => l.balance },
  { header: 'Ghi chú', width: 10, kind: 'text', value: (l) => l.note },
];

export async function bookXlsx(p: BookPaper): Promise<Buffer> {
  const wb = new (await import('exceljs')).default.Workbook(); // heavy: loaded when a sheet is made
  wb.creator = 'UnionDesk';
  const ws = wb.addWorksheet(p.book.account === 'cash' ? 'Sổ quỹ tiền mặt' : 'Sổ tiền gửi');
  writeTable(ws, {
    org: p.org,
    title: title(p.book),
    subtitle: subtitle(p.book),
    columns: COLUMNS,
    rows: bookLines(p.book),
    totalsLabel: null,
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
