/**
 * The voucher series and the row ↔ contract mapping. Series: PT cash receipt, PC cash payment, BC bank credit,
 * BN bank debit. A transfer is numbered on its leaving side (PC from cash, BN from the bank) and takes a number of
 * the entering side's series as its pair (BC into the bank, PT into the cash), so both books show it.
 */
import type { Knex } from 'knex';
import type { FUND_ACCOUNTS, Voucher, VOUCHER_SOURCES, VOUCHER_TYPES } from '../../shared/funds-contract';

export type FundAccount = (typeof FUND_ACCOUNTS)[number];
export type VoucherType = (typeof VOUCHER_TYPES)[number];
export type VoucherSource = (typeof VOUCHER_SOURCES)[number];
export type Series = 'PT' | 'PC' | 'BC' | 'BN';
type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

export const otherAccount = (a: FundAccount): FundAccount => (a === 'cash' ? 'bank' : 'cash');

/** Money into an account is PT (cash) or BC (bank); money out is PC or BN. */
export function seriesOf(direction: 'in' | 'out', account: FundAccount): Series {
  if (direction === 'in') return account === 'cash' ? 'PT' : 'BC';
  return account === 'cash' ? 'PC' : 'BN';
}

/** The series of a voucher and, for a transfer, of its entering side. */
export function seriesFor(type: VoucherType, account: FundAccount): { series: Series; pair: Series | null } {
  if (type === 'receipt') return { series: seriesOf('in', account), pair: null };
  if (type === 'payment') return { series: seriesOf('out', account), pair: null };
  return { series: seriesOf('out', account), pair: seriesOf('in', otherAccount(account)) };
}

/** Live (not soft-deleted) vouchers; cancelled ones included: they stay in the books, marked. */
export const voucherRows = (db: Db) => db('fund_vouchers').whereNull('deleted_at');

/** The next number of a series in a year: entry order, never reused (a cancelled voucher keeps its number). */
export async function nextNumber(db: Db, year: number, series: Series): Promise<number> {
  const r = (await db('fund_vouchers')
    .where({ year })
    .andWhere((q) => q.where({ series }).orWhere({ pair_series: series }))
    .select(
      db.raw('MAX(CASE WHEN series = ? THEN number ELSE 0 END) AS a', [series]),
      db.raw('MAX(CASE WHEN pair_series = ? THEN pair_number ELSE 0 END) AS b', [series]),
    )
    .first()) as { a: number | null; b: number | null } | undefined;
  return Math.max(Number(r?.a ?? 0), Number(r?.b ?? 0)) + 1;
}

export function voucherOut(r: Row): Voucher {
  return {
    id: String(r.id),
    type: r.type as VoucherType,
    account: r.account as FundAccount,
    code: `${String(r.series)}${Number(r.number)}`,
    pairCode: r.pair_series ? `${String(r.pair_series)}${Number(r.pair_number)}` : null,
    date: String(r.date),
    amount: Number(r.amount),
    category: (r.category as string | null) ?? null,
    description: String(r.description),
    memberId: (r.member_id as string | null) ?? null,
    party: (r.party as string | null) ?? null,
    documentId: (r.document_id as string | null) ?? null,
    source: r.source as VoucherSource,
    cancelledAt: (r.cancelled_at as string | null) ?? null,
    cancelReason: (r.cancel_reason as string | null) ?? null,
    createdAt: String(r.created_at),
  };
}

/**
 * The signed effect of a voucher on the book of the account bound to `?` (0 once cancelled: it stops counting);
 * rows must be limited to that book (bookRowsOf), where a row of another account can only be a transfer into it.
 */
export const SIGNED_SQL =
  "CASE WHEN cancelled_at IS NOT NULL THEN 0 WHEN account = ? THEN (CASE WHEN type = 'receipt' THEN amount " +
  'ELSE -amount END) ELSE amount END';

/** Rows that appear in an account's book: its own vouchers and the transfers into it. */
export const bookRowsOf = (db: Db, account: FundAccount) =>
  voucherRows(db).where((q) => q.where({ account }).orWhere({ type: 'transfer' }));
