/**
 * Dues post themselves, inside the dues transactions: each pay action posts one receipt voucher (category
 * `doan-phi`) per union group and account — cash to the cash book (PT), payroll deduction and transfer to the bank
 * book (BC) — dated on the payment date, and every payment row names its voucher (`dues_payments.voucher_id`).
 * A cancelled payment re-posts the voucher it was on: a new voucher for what remains on it, then the old one
 * cancelled (in that order, so the cash check sees the net change). So the books' đoàn phí total over any date range
 * equals the dues collected (money paid, not cancelled) with payment dates in that range.
 *
 * Adjustments (`dues.adjust`) are corrections of the ledger, not money changing hands: they are not posted, and
 * "collected" here counts payments only. Money that really arrives late is a payment; money refunded is a
 * cancellation.
 */
import type { Knex } from 'knex';
import { DUES_CATEGORY } from '../../shared/funds-contract';
import { uuidv7 } from '../db/ids';
import { updateRecord } from '../db/records';
import type { Session } from '../session';
import { cancelPostedVoucher, postVoucher } from './post';
import { type FundAccount, voucherRows } from './vouchers-table';

type Db = Session['db'] | Knex.Transaction;
type Row = Record<string, unknown>;

export interface DuesGroupDraft {
  unitId: string | null;
  parts: readonly { month: string; amount: number }[];
}

export const accountOfMethod = (method: string): FundAccount => (method === 'cash' ? 'cash' : 'bank');

const monthVi = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

function monthsText(months: Set<string>): string {
  const sorted = [...months].sort();
  if (sorted.length === 1) return `tháng ${monthVi(sorted[0])}`;
  return `các tháng ${monthVi(sorted[0])}–${monthVi(sorted[sorted.length - 1])}`;
}

/**
 * Posts the receipts of one pay action (the drafts of writePayments) and returns, per union group, the voucher its
 * payments are on (undefined for a group that paid nothing).
 */
export async function postDuesReceipts(
  trx: Knex.Transaction,
  s: Session,
  drafts: readonly DuesGroupDraft[],
  opts: { date: string; method: string },
): Promise<(unitId: string | null) => string | undefined> {
  const account = accountOfMethod(opts.method);
  const groups = new Map<string, { unitId: string | null; amount: number; members: number; months: Set<string> }>();
  for (const d of drafts) {
    const key = d.unitId ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { unitId: d.unitId, amount: 0, members: 0, months: new Set() }));
    g.members++;
    for (const p of d.parts) {
      g.amount += p.amount;
      g.months.add(p.month);
    }
  }
  const action = uuidv7();
  const ids = new Map<string, string>();
  const ordered = [...groups.entries()].filter(([, g]) => g.amount > 0);
  const units = new Map(
    (
      (await trx('units')
        .whereIn('id', ordered.map(([k]) => k).filter(Boolean))
        .select('id', 'name')) as Row[]
    ).map((u) => [String(u.id), String(u.name)]),
  );
  for (const [key, g] of ordered) {
    const unitName = units.get(key) ?? 'Chưa xếp tổ công đoàn';
    const v = await postVoucher(trx, s, {
      type: 'receipt',
      account,
      date: opts.date,
      amount: g.amount,
      category: DUES_CATEGORY,
      description: `Thu đoàn phí ${monthsText(g.months)} – ${unitName} (${g.members} đoàn viên)`,
      party: unitName,
      source: 'dues',
      sourceRef: `${action}:${key || '-'}:${account}`,
    });
    ids.set(key, v.id);
  }
  return (unitId) => ids.get(unitId ?? '');
}

/**
 * After payments were cancelled: each voucher they were on is replaced by one for what remains on it (none when
 * nothing remains), and cancelled with the reason.
 */
export async function repostDuesVouchers(
  trx: Knex.Transaction,
  s: Session,
  voucherIds: Iterable<string | null | undefined>,
  reason: string,
): Promise<void> {
  for (const id of new Set([...voucherIds].filter((v): v is string => Boolean(v)))) {
    const v = (await voucherRows(trx).where({ id }).whereNull('cancelled_at').first()) as Row | undefined;
    if (!v) continue;
    const remaining = (await trx('dues_payments')
      .whereNull('deleted_at')
      .whereNull('cancelled_at')
      .where({ voucher_id: id, adjustment: false })
      .select('id', 'amount')) as Row[];
    const amount = remaining.reduce((n, r) => n + Number(r.amount), 0);
    if (amount === Number(v.amount)) continue;
    if (amount > 0) {
      const code = `${String(v.series)}${Number(v.number)}`;
      const next = await postVoucher(trx, s, {
        type: 'receipt',
        account: v.account as FundAccount,
        date: String(v.date),
        amount,
        category: DUES_CATEGORY,
        description: `${String(v.description).replace(/ \(thay [A-Z]+\d+\)$/, '')} (thay ${code})`,
        party: (v.party as string | null) ?? null,
        source: 'dues',
        sourceRef: (v.source_ref as string | null) ?? null,
      });
      for (const r of remaining)
        await updateRecord(trx, s.record, 'dues_payments', String(r.id), { voucher_id: next.id });
    }
    await cancelPostedVoucher(trx, s, id, `Khoản nộp đoàn phí bị huỷ: ${reason}`);
  }
}

/** Dues collected (payments, not adjustments, not cancelled) with payment dates from..to, both included. */
export async function duesCollected(db: Db, from: string, to: string): Promise<number> {
  const r = (await db('dues_payments')
    .whereNull('deleted_at')
    .whereNull('cancelled_at')
    .where({ adjustment: false })
    .whereBetween('paid_on', [from, to])
    .sum({ s: 'amount' })
    .first()) as { s: number | null } | undefined;
  return Number(r?.s ?? 0);
}
