/** Reading payments: rows as the contract shows them, and what each member paid for a month. */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { paymentRow } from '../../shared/dues-contract';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;
export type PaymentRow = z.infer<typeof paymentRow>;
export type Method = PaymentRow['method'];

export function paymentOut(r: Row): PaymentRow {
  return {
    id: String(r.id),
    memberId: String(r.member_id),
    month: String(r.month),
    amount: Number(r.amount),
    paidOn: String(r.paid_on),
    method: r.method as Method,
    receiptNumber: (r.receipt_number as string) ?? null,
    collector: (r.collector as string) ?? null,
    adjustment: Boolean(r.adjustment),
    cancelled: r.cancelled_at !== null && r.cancelled_at !== undefined,
    note: (r.note as string) ?? null,
  };
}

export interface MonthPaid {
  paid: number;
  lastPaidOn: string | null;
  method: Method | null;
  receiptNumber: string | null;
  collector: string | null;
}

/** Live payments (not cancelled, not deleted). */
export const livePayments = (db: Db) => db('dues_payments').whereNull('deleted_at').whereNull('cancelled_at');

/** What each member paid for a month (adjustments included), with the latest payment's details. */
export async function paidInMonth(
  db: Db,
  month: string,
  memberIds?: readonly string[],
): Promise<Map<string, MonthPaid>> {
  let q = livePayments(db).where({ month });
  if (memberIds) q = q.whereIn('member_id', [...memberIds]);
  // No ORDER BY: a sort of the whole month costs more than keeping each member's latest payment here.
  const rows = (await q.select(
    'id',
    'member_id',
    'amount',
    'paid_on',
    'method',
    'receipt_number',
    'collector',
    'adjustment',
  )) as Row[];
  const out = new Map<string, MonthPaid & { latest: string }>();
  for (const r of rows) {
    const id = String(r.member_id);
    let p = out.get(id);
    if (!p) {
      p = { paid: 0, lastPaidOn: null, method: null, receiptNumber: null, collector: null, latest: '' };
      out.set(id, p);
    }
    p.paid += Number(r.amount);
    const order = `${String(r.paid_on)} ${String(r.id)}`;
    if (!r.adjustment && order > p.latest) {
      p.latest = order;
      p.lastPaidOn = String(r.paid_on);
      p.method = r.method as Method;
      p.receiptNumber = (r.receipt_number as string) ?? null;
      p.collector = (r.collector as string) ?? null;
    }
  }
  return new Map([...out].map(([id, { latest: _latest, ...p }]) => [id, p]));
}

/** Sums only, per member, for a month: the arrears run reads many months and needs nothing else. */
export async function paidSums(db: Db, month: string, memberIds?: readonly string[]): Promise<Map<string, number>> {
  let q = livePayments(db).where({ month });
  if (memberIds) q = q.whereIn('member_id', [...memberIds]);
  const rows = (await q.groupBy('member_id').select('member_id').sum({ s: 'amount' })) as Row[];
  return new Map(rows.map((r) => [String(r.member_id), Number(r.s)]));
}

export async function listPayments(db: Db, input: { memberId?: string; month?: string }): Promise<PaymentRow[]> {
  let q = db('dues_payments').whereNull('deleted_at');
  if (input.memberId) q = q.where({ member_id: input.memberId });
  if (input.month) q = q.where({ month: input.month });
  const rows = (await q.orderBy('paid_on').orderBy('month').orderBy('id').limit(100_000)) as Row[];
  return rows.map(paymentOut);
}

/** The first month the ledger knows (a payment or a closed month): months before it predate using the app. */
export async function ledgerStart(db: Db): Promise<string | null> {
  const p = (await livePayments(db).min({ m: 'month' }).first()) as { m: string | null } | undefined;
  const c = (await db('dues_months').whereNull('deleted_at').min({ m: 'month' }).first()) as
    { m: string | null } | undefined;
  const months = [p?.m, c?.m].filter((m): m is string => Boolean(m));
  return months.length ? months.sort()[0] : null;
}
