/**
 * The year's dues as .xlsx: one sheet per month's ledger (basis, due, paid, owing, how and when it was paid, the
 * receipt), then the collection rate by union group and month, then the split of what was collected between the
 * CĐCS and the upper level (the BCH's higher-rate extra apart, 100% the CĐCS's). Money stays numbers so the
 * treasurer can check every sum in Excel. Pure: the ledgers and the report in, bytes out.
 */
import type { z } from 'zod';
import type { duesContract } from '../../../shared/dues-contract';
import { formatDateVi } from '../../../shared/text/format';
import { sortByGivenName, type LedgerRow } from './collection-sheet';
import { monthVi, type PaperOrg } from './paper';
import { TABLE_HEADER_ROW, writeTable, type TableColumn } from './xlsx-table';

type Commands = (typeof duesContract)['commands'];
export type DuesReport = z.infer<Commands['dues.report']['output']>;
export type MonthLedger = z.infer<Commands['dues.ledger']['output']>;

const METHOD_LABELS = { cash: 'Tiền mặt', payroll: 'Trừ lương', transfer: 'Chuyển khoản' } as const;

const LEDGER_COLUMNS: TableColumn<LedgerRow>[] = [
  { header: 'STT', width: 6, kind: 'index', value: () => null, center: true },
  { header: 'Họ và tên', width: 26, kind: 'text', value: (r) => r.fullName.normalize('NFC') },
  { header: 'Số CCCD', width: 15, kind: 'text', value: (r) => r.idNumber ?? '' },
  { header: 'Tổ công đoàn', width: 16, kind: 'text', value: (r) => r.unit ?? '' },
  { header: 'Tiền lương làm căn cứ', width: 14, kind: 'money', value: (r) => r.basis },
  { header: 'Phải nộp', width: 11, kind: 'money', value: (r) => r.due, total: true },
  { header: 'Trong đó: phần thu thêm', width: 11, kind: 'money', value: (r) => r.extra || null, total: true },
  { header: 'Đã nộp', width: 11, kind: 'money', value: (r) => r.paid, total: true },
  { header: 'Còn nợ', width: 11, kind: 'money', value: (r) => r.owing, total: true },
  { header: 'Ngày nộp', width: 12, kind: 'text', value: (r) => formatDateVi(r.lastPaidOn), center: true },
  { header: 'Hình thức', width: 13, kind: 'text', value: (r) => (r.method ? METHOD_LABELS[r.method] : '') },
  { header: 'Số phiếu thu', width: 14, kind: 'text', value: (r) => r.receiptNumber ?? '' },
  { header: 'Ghi chú', width: 12, kind: 'text', value: (r) => (r.exempt ? 'Miễn đóng' : r.capped ? 'Mức trần' : '') },
];

type Totals = { due: number; collected: number; rate: number | null };
type RateRow = { unit: string; months: (Totals & { month: string })[] } & Totals;

function rateColumns(months: string[]): TableColumn<RateRow>[] {
  return [
    { header: 'STT', width: 6, kind: 'index', value: () => null, center: true },
    { header: 'Tổ công đoàn', width: 24, kind: 'text', value: (r) => r.unit },
    ...months.map((m): TableColumn<RateRow> => ({
      header: `${monthVi(m)} (%)`,
      width: 10,
      kind: 'percent',
      value: (r) => r.months.find((x) => x.month === m)?.rate ?? null,
    })),
    { header: 'Phải thu cả năm', width: 14, kind: 'money', value: (r) => r.due, total: true },
    { header: 'Đã thu cả năm', width: 14, kind: 'money', value: (r) => r.collected, total: true },
    { header: 'Tỷ lệ cả năm (%)', width: 11, kind: 'percent', value: (r) => r.rate },
  ];
}

type SplitRow = { label: string; amount: number | null; note: string };
const SPLIT_COLUMNS: TableColumn<SplitRow>[] = [
  { header: 'STT', width: 6, kind: 'index', value: () => null, center: true },
  { header: 'Nội dung', width: 48, kind: 'text', value: (r) => r.label },
  { header: 'Số tiền (đồng)', width: 16, kind: 'money', value: (r) => r.amount },
  { header: 'Ghi chú', width: 36, kind: 'text', value: (r) => r.note },
];

export interface YearExportInput {
  org: PaperOrg;
  year: number;
  /** The months to put in, each with its ledger; oldest first. */
  ledgers: MonthLedger[];
  report: DuesReport;
  generatedAt: Date;
}

export async function yearExportXlsx(input: YearExportInput): Promise<Buffer> {
  const { org, year, report } = input;
  const wb = new (await import('exceljs')).default.Workbook(); // heavy: loaded when a sheet is made
  wb.creator = 'UnionDesk';
  wb.created = input.generatedAt;
  wb.modified = input.generatedAt;
  const sheet = (name: string) =>
    wb.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: TABLE_HEADER_ROW }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });

  for (const l of input.ledgers) {
    writeTable(sheet(`Tháng ${l.month.slice(5)}`), {
      org,
      title: `SỔ THEO DÕI THU ĐOÀN PHÍ CÔNG ĐOÀN THÁNG ${monthVi(l.month)}`,
      subtitle: l.closed ? `Đã khoá sổ ngày ${formatDateVi(l.closedAt?.slice(0, 10))}` : 'Tháng chưa khoá sổ',
      columns: LEDGER_COLUMNS,
      rows: sortByGivenName(l.rows),
      totalsLabel: 'Tổng cộng',
    });
  }

  const months = report.months.map((m) => m.month);
  writeTable(sheet('Tỷ lệ thu'), {
    org,
    title: `TỶ LỆ THU ĐOÀN PHÍ THEO TỔ CÔNG ĐOÀN NĂM ${year}`,
    subtitle: 'Tỷ lệ = số đã thu / số phải thu của tháng (%)',
    columns: rateColumns(months),
    rows: [
      ...report.units.map((u) => ({ ...u })),
      { unit: 'Toàn công đoàn cơ sở', months: report.months, ...yearTotals(report.months) },
    ],
    totalsLabel: null,
  });

  const s = report.split;
  writeTable(sheet('Phân chia'), {
    org,
    title: `PHÂN CHIA ĐOÀN PHÍ ĐÃ THU NĂM ${year}`,
    subtitle: `Công đoàn cơ sở giữ lại ${s.cdcsPercent}%, nộp công đoàn cấp trên ${100 - s.cdcsPercent}%`,
    columns: SPLIT_COLUMNS,
    rows: [
      { label: 'Tổng đoàn phí đã thu', amount: s.collected, note: '' },
      { label: 'Trong đó: phần thu thêm theo nghị quyết của BCH', amount: s.extra, note: 'Công đoàn cơ sở giữ 100%' },
      { label: 'Đoàn phí theo mức quy định', amount: s.collected - s.extra, note: 'Số được phân chia' },
      { label: `Phần công đoàn cơ sở được giữ lại (${s.cdcsPercent}%)`, amount: s.cdcsShare, note: '' },
      { label: `Phần nộp công đoàn cấp trên (${100 - s.cdcsPercent}%)`, amount: s.upperShare, note: '' },
    ],
    totalsLabel: null,
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function yearTotals(months: Totals[]): Totals {
  const due = months.reduce((a, m) => a + m.due, 0);
  const collected = months.reduce((a, m) => a + m.collected, 0);
  return { due, collected, rate: due ? Math.round((collected / due) * 1000) / 10 : null };
}
