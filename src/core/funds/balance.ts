/**
 * Balances of the cash and bank books. The books start with an opening typed for their first year; a closed year
 * freezes its closing, which opens the next; an open year's running closing opens the next. So the balance before a
 * day is the latest such anchor plus every counting voucher from the anchor's 1 January up to that day.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { formatDateVi } from '../../shared/text/format';
import { formatVnd } from '../../shared/text/money';
import { bookRowsOf, type FundAccount, SIGNED_SQL } from './vouchers-table';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

export interface Anchor {
  /** The anchor's 1 January ("YYYY-01-01"); '' when the books have no opening at all (balance 0 from the start). */
  from: string;
  amount: number;
}

const col = (account: FundAccount, what: 'opening' | 'closing') => `${account}_${what}`;

/** The latest opening or frozen closing that starts on or before 1 January of `year`. */
export async function anchorFor(db: Db, account: FundAccount, year: number): Promise<Anchor> {
  const rows = (await db('fund_years').whereNull('deleted_at').where('year', '<=', year)) as Row[];
  let best: Anchor & { start: number } = { start: -1, from: '', amount: 0 };
  for (const r of rows) {
    const y = Number(r.year);
    const opening = r[col(account, 'opening')];
    if (opening !== null && opening !== undefined && y >= best.start)
      best = { start: y, from: `${y}-01-01`, amount: Number(opening) };
    const closing = r[col(account, 'closing')];
    if (r.closed_at && closing !== null && closing !== undefined && y + 1 <= year && y + 1 > best.start)
      best = { start: y + 1, from: `${y + 1}-01-01`, amount: Number(closing) };
  }
  return { from: best.from, amount: best.amount };
}

/** Sum of the counting vouchers of an account with from ≤ date < to ('' = unbounded). */
export async function signedSum(db: Db, account: FundAccount, from: string, to: string): Promise<number> {
  let q = bookRowsOf(db, account);
  if (from) q = q.where('date', '>=', from);
  if (to) q = q.where('date', '<', to);
  const r = (await q.select(db.raw(`COALESCE(SUM(${SIGNED_SQL}), 0) AS s`, [account])).first()) as { s: number };
  return Number(r.s);
}

/** The balance at the start of a day (before any voucher dated that day). */
export async function balanceBefore(db: Db, account: FundAccount, date: string): Promise<number> {
  const anchor = await anchorFor(db, account, Number(date.slice(0, 4)));
  return anchor.amount + (await signedSum(db, account, anchor.from, date));
}

/**
 * Refuses a write that leaves the cash balance negative at the end of any day from `date` onward (run after the
 * write, inside its transaction: the error rolls it back).
 */
export async function assertCashNeverNegative(db: Db, date: string): Promise<void> {
  let balance = await balanceBefore(db, 'cash', date);
  const days = (await bookRowsOf(db, 'cash')
    .where('date', '>=', date)
    .groupBy('date')
    .orderBy('date')
    .select('date', db.raw(`SUM(${SIGNED_SQL}) AS s`, ['cash']))) as { date: string; s: number }[];
  for (const d of days) {
    balance += Number(d.s);
    if (balance < 0)
      throw new AppError(
        'VALIDATION',
        `Quỹ tiền mặt không đủ: ngày ${formatDateVi(d.date)} số dư sẽ âm ${formatVnd(-balance)}. ` +
          'Không thể chi vượt số tiền mặt đang có.',
        { date: d.date, balance },
      );
  }
}
