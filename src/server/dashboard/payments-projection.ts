/**
 * dues_payments for the dashboard, by difference: what a push changes is the old and new live amount of each
 * payment it carries, so the member months and the month totals it touches move by exactly that. Cost follows the
 * push (three reads and three upserts per 200 rows), never the size of the CĐCS's ledger. The push holds the
 * CĐCS's write lock (its org row on PostgreSQL, the database on SQLite), so the read-then-write is not racy.
 */
import type { Knex } from 'knex';
import type { Projection, ProjectedRow } from '../sync/projections';
import { chunks, integer, isoMonth, num, type Row, text, upsert } from './db-util';

type Trx = Knex.Transaction;

interface Payment {
  org_id: string;
  payment_id: string;
  member_id: string;
  month: string;
  amount: number;
  live: number;
}

interface MemberMonth {
  member_id: string;
  month: string;
  has_line: number;
  due: number;
  exempt: number;
  paid: number;
}

const pairKey = (memberId: string, month: string) => `${memberId} ${month}`;
const owing = (m: MemberMonth) => m.has_line === 1 && m.exempt === 0 && m.due > 0 && m.paid < m.due;

function paymentsOf(orgId: string, rows: readonly ProjectedRow[]): Payment[] {
  return rows.flatMap((r) => {
    const memberId = text(r.data.member_id);
    const month = isoMonth(r.data.month);
    const amount = integer(r.data.amount);
    if (r.entity !== 'dues_payments' || !memberId || !month || amount === null) return [];
    const live = !r.deletedAt && !text(r.data.cancelled_at) ? 1 : 0;
    return [{ org_id: orgId, payment_id: r.id, member_id: memberId, month, amount, live }];
  });
}

/** The member months of the given pairs, as stored (absent pairs are not in the map). */
async function memberMonths(trx: Trx, orgId: string, pairs: string[][]): Promise<Map<string, MemberMonth>> {
  const out = new Map<string, MemberMonth>();
  for (const part of chunks(pairs)) {
    const found = (await trx('dash_member_months')
      .where({ org_id: orgId })
      .whereIn('month', [...new Set(part.map((p) => p[1]!))])
      .whereIn('member_id', [...new Set(part.map((p) => p[0]!))])
      .select('member_id', 'month', 'has_line', 'due', 'exempt', 'paid')) as Row[];
    for (const f of found) {
      const m: MemberMonth = {
        member_id: String(f.member_id),
        month: String(f.month),
        has_line: num(f.has_line),
        due: num(f.due),
        exempt: num(f.exempt),
        paid: num(f.paid),
      };
      out.set(pairKey(m.member_id, m.month), m);
    }
  }
  return out;
}

export const duesPaymentsProjection: Projection = {
  entities: ['dues_payments'],
  async apply(trx: Trx, orgId: string, rows: readonly ProjectedRow[]) {
    const payments = paymentsOf(orgId, rows);
    if (!payments.length) return;
    // Each pair's paid sum moves by (new live amounts) − (old live amounts).
    const delta = new Map<string, number>();
    const move = (memberId: string, month: string, by: number) =>
      delta.set(pairKey(memberId, month), (delta.get(pairKey(memberId, month)) ?? 0) + by);
    for (const part of chunks(payments.map((p) => p.payment_id)))
      for (const old of (await trx('dash_payments')
        .where({ org_id: orgId, live: 1 })
        .whereIn('payment_id', part)
        .select('member_id', 'month', 'amount')) as Row[])
        move(String(old.member_id), String(old.month), -num(old.amount));
    for (const p of payments) if (p.live) move(p.member_id, p.month, p.amount);
    await upsert(trx, 'dash_payments', ['org_id', 'payment_id'], payments, ['member_id', 'month', 'amount', 'live']);

    const moved = [...delta].filter(([, by]) => by !== 0).map(([k]) => k.split(' '));
    const before = await memberMonths(trx, orgId, moved);
    const months = new Map<string, { collected: number; owing: number }>();
    const keep: (MemberMonth & { org_id: string })[] = [];
    const gone: MemberMonth[] = [];
    for (const [memberId, month] of moved as [string, string][]) {
      const was = before.get(pairKey(memberId, month)) ?? {
        member_id: memberId,
        month,
        has_line: 0,
        due: 0,
        exempt: 0,
        paid: 0,
      };
      const now = { ...was, paid: was.paid + delta.get(pairKey(memberId, month))! };
      const total = months.get(month) ?? { collected: 0, owing: 0 };
      total.collected += now.paid - was.paid;
      total.owing += Number(owing(now)) - Number(owing(was));
      months.set(month, total);
      if (now.has_line === 0 && now.paid === 0) gone.push(now);
      else keep.push({ org_id: orgId, ...now });
    }
    await upsert(trx, 'dash_member_months', ['org_id', 'month', 'member_id'], keep, ['paid']);
    for (const month of new Set(gone.map((m) => m.month)))
      for (const part of chunks(gone.filter((m) => m.month === month).map((m) => m.member_id)))
        await trx('dash_member_months').where({ org_id: orgId, month }).whereIn('member_id', part).delete();
    const totals = [...months].map(([month, t]) => ({
      org_id: orgId,
      month,
      collected: t.collected,
      owing_members: t.owing,
    }));
    for (const part of chunks(totals))
      await trx('dash_months')
        .insert(part)
        .onConflict(['org_id', 'month'])
        .merge({
          collected: trx.raw('dash_months.collected + excluded.collected'),
          owing_members: trx.raw('dash_months.owing_members + excluded.owing_members'),
        });
  },
};
