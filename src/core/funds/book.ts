/**
 * The cash book and the bank book: the opening on the first day, each voucher with its running balance (a transfer
 * shows in both books, under the code of its side in that book; a cancelled voucher stays, marked, counting 0), and
 * totals per month. The voucher list for the Chứng từ tab.
 */
import type { z } from 'zod';
import type { book as bookSchema, fundsContract } from '../../shared/funds-contract';
import { AppError } from '../../shared/errors';
import type { Session } from '../session';
import { balanceBefore } from './balance';
import { bookRowsOf, type FundAccount, SIGNED_SQL, voucherOut, voucherRows } from './vouchers-table';

type Db = Session['db'];
type Row = Record<string, unknown>;
type Book = z.infer<typeof bookSchema>;
type ListInput = z.output<(typeof fundsContract.commands)['funds.vouchers']['input']>;

export function assertRange(from: string, to: string): void {
  if (from > to) throw new AppError('VALIDATION', 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', { from, to });
}

/**
 * The book's columns, worked out in SQL (a year of 20,000 vouchers is read in one pass, and the driver builds fewer
 * values): its own code in this book (a transfer into the account shows its entering side, BC or PT) and the signed
 * amount (0 once cancelled).
 */
const BOOK_COLUMNS =
  "id, date, category, description, cancelled_at IS NOT NULL AS cancelled, CASE WHEN type = 'transfer' AND " +
  `account <> ? THEN pair_series || pair_number ELSE series || number END AS code, ${SIGNED_SQL} AS signed`;

export async function accountBook(db: Db, account: FundAccount, from: string, to: string): Promise<Book> {
  assertRange(from, to);
  const opening = await balanceBefore(db, account, from);
  const rows = (await bookRowsOf(db, account)
    .whereBetween('date', [from, to])
    .orderBy([{ column: 'date' }, { column: 'id' }])
    .select(db.raw(BOOK_COLUMNS, [account, account]))) as Row[];
  let balance = opening;
  let receipts = 0;
  let payments = 0;
  const months = new Map<string, { month: string; receipts: number; payments: number }>();
  const entries = rows.map((r) => {
    const signed = Number(r.signed);
    const receipt = signed > 0 ? signed : 0;
    const payment = signed < 0 ? -signed : 0;
    balance += signed;
    receipts += receipt;
    payments += payment;
    const month = String(r.date).slice(0, 7);
    let m = months.get(month);
    if (!m) months.set(month, (m = { month, receipts: 0, payments: 0 }));
    m.receipts += receipt;
    m.payments += payment;
    return {
      id: String(r.id),
      date: String(r.date),
      code: String(r.code),
      category: (r.category as string | null) ?? null,
      description: String(r.description),
      receipt,
      payment,
      balance,
      cancelled: Boolean(r.cancelled),
    };
  });
  return { account, from, to, opening, receipts, payments, closing: balance, entries, months: [...months.values()] };
}

export async function listVouchers(db: Db, input: ListInput) {
  let q = voucherRows(db);
  if (input.from) q = q.where('date', '>=', input.from);
  if (input.to) q = q.where('date', '<=', input.to);
  if (input.account) q = q.where({ account: input.account });
  if (input.type) q = q.where({ type: input.type });
  if (input.category) q = q.where({ category: input.category });
  if (input.memberId) q = q.where({ member_id: input.memberId });
  const total = Number(((await q.clone().count({ n: '*' }).first()) as { n: number }).n);
  const rows = (await q
    .orderBy([
      { column: 'date', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(input.limit ?? 100)
    .offset(input.offset ?? 0)) as Row[];
  return { items: rows.map(voucherOut), total };
}

export async function getVoucher(db: Db, id: string) {
  const r = (await voucherRows(db).where({ id }).first()) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy chứng từ.', { id });
  return voucherOut(r);
}
