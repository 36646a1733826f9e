/**
 * The payroll-deduction list for the accountant (.xlsx): who has dues to deduct from this month's pay and how much.
 * Only what is still owed for the month is listed (a member who paid in cash or in advance is not deducted twice);
 * exempt members and members with nothing owing are left out. The accountant sends the same sheet back, amounts
 * adjusted to what was really deducted, and `dues.importPayments` reads it: its header is one our reader knows.
 */
import type { LedgerRow } from './collection-sheet';
import { sortByGivenName } from './collection-sheet';
import { monthVi, type PaperOrg } from './paper';
import { writeTable, type TableColumn, TABLE_HEADER_ROW } from './xlsx-table';

export interface DeductionRow extends LedgerRow {
  employeeCode: string | null;
}

const COLUMNS: TableColumn<DeductionRow>[] = [
  { header: 'STT', width: 6, kind: 'index', value: () => null, center: true },
  { header: 'Họ và tên', width: 28, kind: 'text', value: (r) => r.fullName.normalize('NFC') },
  { header: 'Số CCCD', width: 15, kind: 'text', value: (r) => r.idNumber ?? '' },
  { header: 'Mã NV', width: 11, kind: 'text', value: (r) => r.employeeCode ?? '' },
  // Read back when the list returns: a member with neither CCCD nor employee code is still found by it.
  { header: 'Mã đoàn viên', width: 12, kind: 'text', value: (r) => r.memberCode ?? '' },
  { header: 'Tổ công đoàn', width: 18, kind: 'text', value: (r) => r.unit ?? '' },
  { header: 'Lương đóng BHXH', width: 16, kind: 'money', value: (r) => r.basis },
  { header: 'Đoàn phí', width: 12, kind: 'money', value: (r) => r.owing, total: true },
  { header: 'Ký nhận', width: 12, kind: 'text', value: () => '' },
];

export const DEDUCTION_HEADERS = COLUMNS.map((c) => c.header);

export const deductionTitle = (month: string) => `DANH SÁCH TRÍCH ĐOÀN PHÍ CÔNG ĐOÀN QUA LƯƠNG THÁNG ${monthVi(month)}`;

/** The members to deduct, by group then given name (the order the accountant finds them in the payroll). */
export function deductionRows(rows: DeductionRow[]): DeductionRow[] {
  const due = rows.filter((r) => !r.exempt && r.owing > 0);
  const groups = new Map<string, DeductionRow[]>();
  for (const r of due) groups.set(r.unit ?? '', [...(groups.get(r.unit ?? '') ?? []), r]);
  return [...groups.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'vi')))
    .flatMap((k) => sortByGivenName(groups.get(k)!));
}

export async function deductionListXlsx(input: {
  org: PaperOrg;
  month: string;
  rows: DeductionRow[];
  generatedAt: Date;
}): Promise<Buffer> {
  const wb = new (await import('exceljs')).default.Workbook(); // heavy: loaded when a sheet is made
  wb.creator = 'UnionDesk';
  wb.created = input.generatedAt;
  wb.modified = input.generatedAt;
  const ws = wb.addWorksheet(`Đoàn phí ${input.month}`, {
    views: [{ state: 'frozen', ySplit: TABLE_HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeTable(ws, {
    org: input.org,
    title: deductionTitle(input.month),
    subtitle: 'Đơn vị tính: đồng. Xin bộ phận kế toán trích theo cột «Đoàn phí» và gửi lại danh sách đã trích.',
    columns: COLUMNS,
    rows: deductionRows(input.rows),
    totalsLabel: 'Tổng cộng',
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
