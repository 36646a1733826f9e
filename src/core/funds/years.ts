/**
 * Openings and year closes. The opening is typed only for the year the books start; every later year opens with the
 * year before's closing: frozen when that year is closed, its running closing while it is open. Years close in
 * order, so a closed year never sits after an open one.
 */
import type { z } from 'zod';
import type { fundYearInfo } from '../../shared/funds-contract';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { insertRecord, updateRecord } from '../db/records';
import type { Session } from '../session';
import { assertCashNeverNegative, balanceBefore, signedSum } from './balance';
import { type FundAccount, voucherRows } from './vouchers-table';

type Db = Session['db'];
type Row = Record<string, unknown>;
type YearInfo = z.infer<typeof fundYearInfo>;

const yearRow = async (db: Db, year: number) =>
  (await db('fund_years').whereNull('deleted_at').where({ year }).first()) as Row | undefined;

async function upsertYear(db: Db, s: Session, year: number, values: Row): Promise<void> {
  const row = await yearRow(db, year);
  if (row) await updateRecord(db, s.record, 'fund_years', String(row.id), values);
  else await insertRecord(db, s.record, 'fund_years', { year, ...values });
}

export async function yearInfo(db: Db, year: number): Promise<YearInfo> {
  const row = await yearRow(db, year);
  const start = `${year}-01-01`;
  const next = `${year + 1}-01-01`;
  const side = async (account: FundAccount) => {
    const opening = await balanceBefore(db, account, start);
    const frozen = row?.closed_at ? row[`${account}_closing`] : null;
    const closing =
      frozen !== null && frozen !== undefined ? Number(frozen) : opening + (await signedSum(db, account, start, next));
    return { opening, closing };
  };
  const [cash, bank] = [await side('cash'), await side('bank')];
  return {
    year,
    closed: Boolean(row?.closed_at),
    closedAt: (row?.closed_at as string | null) ?? null,
    cashOpening: cash.opening,
    bankOpening: bank.opening,
    cashClosing: cash.closing,
    bankClosing: bank.closing,
  };
}

/** Every year from the books' first (an opening or a voucher) to the last, with the current year once started. */
export async function listYears(db: Db): Promise<YearInfo[]> {
  const rows = (await db('fund_years').whereNull('deleted_at').pluck('year')) as number[];
  const used = (await voucherRows(db).distinct().pluck('year')) as number[];
  const all = [...rows, ...used].map(Number);
  if (all.length === 0) return [];
  const out: YearInfo[] = [];
  for (let y = Math.min(...all); y <= Math.max(...all); y++) out.push(await yearInfo(db, y));
  return out;
}

export async function setOpening(s: Session, input: { account: FundAccount; year: number; amount: number }) {
  return s.db.transaction(async (trx) => {
    const closed = await trx('fund_years')
      .whereNull('deleted_at')
      .whereNotNull('closed_at')
      .where('year', '>=', input.year - 1)
      .first('year');
    if (closed)
      throw new AppError(
        'VALIDATION',
        `Năm ${Number(closed.year)} đã khoá sổ: số dư đầu năm ${input.year} lấy từ số dư cuối năm trước.`,
      );
    const other = (await trx('fund_years')
      .whereNull('deleted_at')
      .whereNot({ year: input.year })
      .where((q) => q.whereNotNull('cash_opening').orWhereNotNull('bank_opening'))
      .first('year')) as Row | undefined;
    if (other)
      throw new AppError(
        'VALIDATION',
        `Sổ quỹ đã bắt đầu từ năm ${Number(other.year)}: số dư đầu các năm sau lấy từ số dư cuối năm trước.`,
      );
    const earlier = (await voucherRows(trx).where('year', '<', input.year).first('year')) as Row | undefined;
    if (earlier)
      throw new AppError(
        'VALIDATION',
        `Đã có chứng từ năm ${Number(earlier.year)}: số dư đầu năm ${input.year} lấy từ số dư cuối năm trước.`,
      );
    await upsertYear(trx, s, input.year, { [`${input.account}_opening`]: input.amount });
    if (input.account === 'cash') await assertCashNeverNegative(trx, `${input.year}-01-01`);
    await audit(trx, s.record, 'funds.setOpening', { type: 'fund_years' }, input);
    return input;
  });
}

export async function closeYear(s: Session, year: number): Promise<YearInfo> {
  return s.db.transaction(async (trx) => {
    const row = await yearRow(trx, year);
    if (row?.closed_at) throw new AppError('CONFLICT', `Năm ${year} đã khoá sổ từ trước.`);
    const open = (await listYears(trx)).find((y) => y.year < year && !y.closed);
    if (open) throw new AppError('VALIDATION', `Hãy khoá sổ năm ${open.year} trước khi khoá sổ năm ${year}.`);
    const info = await yearInfo(trx, year);
    await upsertYear(trx, s, year, {
      closed_at: new Date().toISOString(),
      cash_closing: info.cashClosing,
      bank_closing: info.bankClosing,
    });
    await audit(trx, s.record, 'funds.closeYear', { type: 'fund_years' }, { year });
    return yearInfo(trx, year);
  });
}
