/**
 * B07-TLĐ (quyết toán) and B14-TLĐ (dự toán) on paper and in .xlsx, in the form's row order: the opening, total
 * revenue and its lines (I.x), total spending and its lines (II.x), the closing (B07); the planned figure beside
 * last year's actual per line (B14). Pure: the figures in, bytes out.
 */
import type { z } from 'zod';
import type { estimate, finalAccounts } from '../../../shared/funds-contract';
import { formatDateVi } from '../../../shared/text/format';
import { vndInWords } from '../../../shared/text/money';
import { type TableColumn, writeTable } from '../../dues/files/xlsx-table';
import { renderPdf } from '../../pdf/pdf';
import { money, type PaperOrg, type SignatureColumn, tablePaperDefinition } from './pdf-table';

type B07 = z.infer<typeof finalAccounts>;
type B14 = z.infer<typeof estimate>;

/** A row of either form: its code, its name, and one or two amounts. */
export interface FormRow {
  code: string;
  name: string;
  amounts: number[];
  bold: boolean;
}

export function b07Rows(r: B07): FormRow[] {
  const row = (code: string, name: string, amount: number, bold = false) => ({ code, name, amounts: [amount], bold });
  const lines = (kind: 'revenue' | 'spending') =>
    r.lines.filter((l) => l.kind === kind).map((l) => row(l.line, l.name, l.amount));
  return [
    row('A', 'Số dư đầu năm (tiền mặt và tiền gửi)', r.opening, true),
    row('I', 'TỔNG THU', r.revenue, true),
    ...lines('revenue'),
    row('II', 'TỔNG CHI', r.spending, true),
    ...lines('spending'),
    row('B', 'Số dư cuối năm (A + I − II)', r.closing, true),
  ];
}

export function b14Rows(r: B14): FormRow[] {
  const sum = (kind: 'revenue' | 'spending', pick: 'lastYearActual' | 'planned') =>
    r.lines.filter((l) => l.kind === kind).reduce((n, l) => n + l[pick], 0);
  const block = (kind: 'revenue' | 'spending', code: string, name: string): FormRow[] => [
    { code, name, amounts: [sum(kind, 'lastYearActual'), sum(kind, 'planned')], bold: true },
    ...r.lines
      .filter((l) => l.kind === kind)
      .map((l) => ({ code: l.line, name: l.name, amounts: [l.lastYearActual, l.planned], bold: false })),
  ];
  return [...block('revenue', 'I', 'TỔNG THU'), ...block('spending', 'II', 'TỔNG CHI')];
}

export interface FormPaper {
  org: PaperOrg;
  signers: { accountant: string; cashier: string };
  date: string;
}

const signersOf = (p: FormPaper): SignatureColumn[] => [
  { heading: ['NGƯỜI LẬP BIỂU'], name: '' },
  { heading: ['KẾ TOÁN'], name: p.signers.accountant },
  { heading: ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH'], name: p.org.chairName },
];

interface FormSpec {
  form: string;
  title: string;
  subtitle: string;
  amountHeaders: string[];
  rows: FormRow[];
  notes: string[];
}

async function formPdf(p: FormPaper, f: FormSpec): Promise<Buffer> {
  return renderPdf(
    tablePaperDefinition({
      org: p.org,
      form: f.form,
      title: f.title,
      subtitle: f.subtitle,
      headers: ['Mã số', 'Nội dung', ...f.amountHeaders],
      widths: [40, '*', ...f.amountHeaders.map(() => 95)],
      rows: f.rows.map((r) => [
        { text: r.code, align: 'center', bold: r.bold },
        { text: r.name, bold: r.bold },
        ...r.amounts.map((a) => ({ text: money(a), align: 'right' as const, bold: r.bold })),
      ]),
      notes: f.notes,
      signers: signersOf(p),
      date: p.date,
    }),
  );
}

async function formXlsx(p: FormPaper, f: FormSpec, sheet: string): Promise<Buffer> {
  const wb = new (await import('exceljs')).default.Workbook(); // heavy: loaded when a sheet is made
  wb.creator = 'UnionDesk';
  const columns: TableColumn<FormRow>[] = [
    { header: 'Mã số', width: 8, kind: 'text', value: (r) => r.code, center: true },
    { header: 'Nội dung', width: 52, kind: 'text', value: (r) => r.name },
    ...f.amountHeaders.map((header, i): TableColumn<FormRow> => ({
      header,
      width: 18,
      kind: 'money',
      value: (r) => r.amounts[i],
    })),
  ];
  const ws = wb.addWorksheet(sheet);
  writeTable(ws, {
    org: p.org,
    title: f.title,
    subtitle: `${f.form} – ${f.subtitle}`,
    columns,
    rows: f.rows,
    totalsLabel: null,
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const b07Spec = (r: B07): FormSpec => ({
  form: 'Mẫu B07-TLĐ',
  title: `BÁO CÁO QUYẾT TOÁN THU, CHI TÀI CHÍNH CÔNG ĐOÀN CƠ SỞ NĂM ${r.year}`,
  subtitle: `Từ ngày ${formatDateVi(`${r.year}-01-01`)} đến ngày ${formatDateVi(`${r.year}-12-31`)}`,
  amountHeaders: ['Số tiền (đồng)'],
  rows: b07Rows(r),
  notes: [`Số dư cuối năm bằng chữ: ${vndInWords(r.closing)}.`],
});

const b14Spec = (r: B14): FormSpec => ({
  form: 'Mẫu B14-TLĐ',
  title: `DỰ TOÁN THU, CHI TÀI CHÍNH CÔNG ĐOÀN CƠ SỞ NĂM ${r.year}`,
  subtitle: `Kèm theo thực hiện năm ${r.year - 1}`,
  amountHeaders: [`Thực hiện năm ${r.year - 1} (đồng)`, `Dự toán năm ${r.year} (đồng)`],
  rows: b14Rows(r),
  notes: [],
});

export const b07Pdf = (p: FormPaper, r: B07) => formPdf(p, b07Spec(r));
export const b07Xlsx = (p: FormPaper, r: B07) => formXlsx(p, b07Spec(r), `B07 ${r.year}`);
export const b14Pdf = (p: FormPaper, r: B14) => formPdf(p, b14Spec(r));
export const b14Xlsx = (p: FormPaper, r: B14) => formXlsx(p, b14Spec(r), `B14 ${r.year}`);
