/**
 * Which days the books accept a voucher on: not in a closed year (years close in order, so a year before a closed
 * one is closed as well), and not before the first year the books start (the year an opening was typed for).
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

export async function assertYearWritable(db: Db, year: number): Promise<void> {
  const closed = (await db('fund_years')
    .whereNull('deleted_at')
    .whereNotNull('closed_at')
    .where('year', '>=', year)
    .orderBy('year')
    .first('year')) as Row | undefined;
  if (closed)
    throw new AppError(
      'VALIDATION',
      Number(closed.year) === year
        ? `Năm ${year} đã khoá sổ: không thể ghi hay huỷ chứng từ của năm này.`
        : `Năm ${Number(closed.year)} đã khoá sổ nên các năm trước đó cũng đã khoá: không thể ghi hay huỷ chứng từ năm ${year}.`,
      { year },
    );
  const start = (await db('fund_years')
    .whereNull('deleted_at')
    .where((q) => q.whereNotNull('cash_opening').orWhereNotNull('bank_opening'))
    .min({ y: 'year' })
    .first()) as { y: number | null } | undefined;
  if (start?.y !== null && start?.y !== undefined && year < Number(start.y))
    throw new AppError(
      'VALIDATION',
      `Sổ quỹ bắt đầu từ năm ${Number(start.y)} (có số dư đầu kỳ): không ghi chứng từ của năm ${year}.`,
      { year },
    );
}
