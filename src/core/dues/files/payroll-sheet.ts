/**
 * The accountant's payroll sheets, parsing only: the salary sheet ("Lương đóng BHXH", "Mức lương", "Lương đóng đoàn
 * phí") and the deduction list sent back ("Đoàn phí", "Khấu trừ", "Số tiền"). The member import's readers and layout
 * finder do the hard part (title rows, header variants, a second header row, repeated headers, group headings,
 * the totals row, legacy fonts, CCCD stored as numbers); this file only picks the amount column and keeps, per data
 * row, the keys that identify a member and the amount. Matching to the register is match.ts; applying is dues-core.
 */
import { findLayout, isBlankRow, isRepeatedHeader, sectionHeading, totalsKind } from '../../members/import/layout';
import type { ColumnTarget, Layout } from '../../members/import/layout';
import { ImportError } from '../../members/import/errors';
import { headerKey } from '../../members/import/headers';
import { normaliseRow } from '../../members/import/rows';
import { readCsv } from '../../members/import/csv';
import { readXlsx } from '../../members/import/xlsx';
import { columnIndex } from '../../../shared/text/columns';
import type { Grid } from '../../members/import/types';
import { parseMoney } from '../../members/import/values/numbers';

export type SheetKind = 'salary' | 'payment';

/** One data row with what identifies its member and its amount (whole đồng). */
export interface SheetRow {
  row: number;
  fullName: string | null;
  idNumber: string | null;
  employeeCode: string | null;
  memberCode: string | null;
  amount: number;
}

export interface SheetRejection {
  row: number;
  reason: string;
}

export interface ParsedSheet {
  headerRow: number;
  /** The header text of the column the amounts were read from, so the report can say which one it was. */
  amountColumn: string;
  rows: SheetRow[];
  rejected: SheetRejection[];
}

/** Amount headers by preference: a sheet with both "Lương cơ bản" and "Lương đóng BHXH" means the second. */
const AMOUNT_HEADERS: Record<SheetKind, RegExp[]> = {
  salary: [
    /\bluong (dong|tinh|lam can cu|can cu) (dong )?(doan phi|dp|kpcd|cong doan)\b/,
    /\bluong (dong|tham gia|tinh|lam can cu|can cu) (dong )?(bhxh|bh|bao hiem)/,
    /^(muc )?luong (bhxh|bao hiem)/,
    /^muc luong\b/,
    /^(tien )?luong$/,
  ],
  payment: [
    // "Đoàn phí", "Đoàn phí (0,5%)", "Trích đoàn phí", "Số tiền đoàn phí đã khấu trừ" — but not "Lương đóng đoàn phí".
    /^(?!(muc )?luong\b).*\bdoan phi\b|^(so tien )?dp\b/,
    // "Khấu trừ", "Đã khấu trừ", "Khấu trừ qua lương" — but not the other deductions ("Khấu trừ BHXH").
    /^(so tien )?(da )?khau tru( qua luong| cong doan)?$/,
    /^so tien\b/,
  ],
};

const AMOUNT_LABEL: Record<SheetKind, string> = {
  salary: '«Lương đóng BHXH», «Mức lương» hoặc «Lương đóng đoàn phí»',
  payment: '«Đoàn phí», «Khấu trừ» hoặc «Số tiền»',
};

/** The only member fields a payroll row is read for; every other column is left alone (its problems are not ours). */
const KEY_TARGETS = new Set<ColumnTarget>(['fullName', 'familyName', 'middleName', 'givenName', 'idNumber']);
const CODE_TARGETS = new Set<ColumnTarget>(['employeeCode', 'memberCode']);

/** The amount column: the first header of the most preferred kind. */
function amountColumn(layout: Layout, kind: SheetKind): { col: number; header: string } | null {
  for (const re of AMOUNT_HEADERS[kind]) {
    for (const [letter, text] of Object.entries(layout.headers)) {
      if (re.test(headerKey(text))) return { col: columnIndex(letter), header: text };
    }
  }
  return null;
}

function readLayout(grid: Grid, kind: SheetKind) {
  const layout = findLayout(grid);
  const amount = layout && amountColumn(layout, kind);
  return layout && amount ? { layout, amount } : null;
}

async function readGrid(fileName: string, data: Buffer, kind: SheetKind): Promise<Grid> {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'csv') return readCsv(data);
  // A payroll workbook has several sheets: the one with a name column and the amount column is the one.
  if (ext === 'xlsx') return readXlsx(data, (grid) => readLayout(grid, kind) !== null);
  throw new ImportError('Chỉ nhập được tệp .xlsx hoặc .csv');
}

const code = (v: unknown): string | null => {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.normalize('NFC').trim() : '';
  return s ? s.toUpperCase() : null;
};

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const YIELD_EVERY = 500;
const MAX_AMOUNT = 1_000_000_000;

/** One amount cell: whole đồng, not negative, not absurd; a blank or zero is a reason, not a silent skip. */
function readAmount(v: unknown, kind: SheetKind): { ok: true; value: number } | { ok: false; reason: string } {
  if (v === null || v === undefined || (typeof v === 'string' && !v.trim()))
    return { ok: false, reason: kind === 'salary' ? 'Thiếu mức lương' : 'Không có số tiền khấu trừ' };
  const r = parseMoney(v as never);
  if (!r.ok) return r;
  if (r.value === 0)
    return {
      ok: false,
      reason:
        kind === 'salary'
          ? 'Lương bằng 0: nếu đoàn viên nghỉ không lương, hãy ghi thời gian miễn đóng đoàn phí'
          : 'Số tiền khấu trừ bằng 0: không ghi nhận khoản nộp',
    };
  if (r.value > MAX_AMOUNT) return { ok: false, reason: `Số tiền quá lớn: «${String(v)}»` };
  return r;
}

export async function parsePayrollSheet(fileName: string, data: Buffer, kind: SheetKind): Promise<ParsedSheet> {
  const grid = await readGrid(fileName, data, kind);
  const found = readLayout(grid, kind);
  if (!found) {
    throw new ImportError(
      `Không tìm thấy dòng tiêu đề có cột «Họ và tên», cột CCCD hoặc mã nhân viên và cột ${AMOUNT_LABEL[kind]} ` +
        'trong 30 dòng đầu của tệp',
    );
  }
  const { layout, amount } = found;
  const keyColumns = layout.columns.map((t) => (t && KEY_TARGETS.has(t) ? t : undefined));
  const rows: SheetRow[] = [];
  const rejected: SheetRejection[] = [];
  const pending: SheetRejection[] = [];
  const today = new Date();

  for (let i = layout.dataFrom; i < grid.rows.length; i++) {
    if ((i - layout.dataFrom) % YIELD_EVERY === YIELD_EVERY - 1) await yieldToLoop();
    const raw = grid.rows[i];
    if (isBlankRow(raw)) continue;
    const totals = totalsKind(raw);
    if (totals === 'end') break; // signatures and dates follow the grand total
    if (totals === 'skip' || isRepeatedHeader(raw, layout.header) || sectionHeading(raw, layout.columns)) continue;

    const codes: Partial<Record<'employeeCode' | 'memberCode', string>> = {};
    layout.columns.forEach((t, c) => {
      if (t && CODE_TARGETS.has(t)) codes[t as 'employeeCode'] ??= code(raw.values[c]) ?? undefined;
    });
    const r = normaliseRow(raw, keyColumns, today);
    const amountCell = raw.values[amount.col];
    const anonymous = r.empty && !codes.employeeCode && !codes.memberCode;
    if (anonymous && (amountCell === null || amountCell === undefined || amountCell === '')) continue; // STT only
    const problems = r.problems.filter((p) => p.field !== 'fullName').map((p) => p.reason);
    const money = readAmount(amountCell, kind);
    if (!money.ok) problems.push(money.reason);
    const idNumber = r.problems.some((p) => p.field === 'idNumber') ? null : (r.fields.idNumber ?? null);
    if (!idNumber && !codes.employeeCode && !codes.memberCode && !r.problems.some((p) => p.field === 'idNumber'))
      problems.push('Thiếu số CCCD, mã nhân viên hoặc mã đoàn viên để đối chiếu');
    if (problems.length) {
      // A row with an amount and nothing else may be a totals row without its words: reported only when member
      // rows follow it, so the sum at the bottom of a sheet is not taken for a member.
      if (anonymous) pending.push({ row: raw.row, reason: problems.join('; ') });
      else rejected.push(...pending.splice(0), { row: raw.row, reason: problems.join('; ') });
      continue;
    }
    rejected.push(...pending.splice(0));
    rows.push({
      row: raw.row,
      fullName: r.fields.fullName || null,
      idNumber,
      employeeCode: codes.employeeCode ?? null,
      memberCode: codes.memberCode ?? null,
      amount: (money as { value: number }).value,
    });
  }
  return { headerRow: layout.headerRow, amountColumn: amount.header, rows, rejected };
}
