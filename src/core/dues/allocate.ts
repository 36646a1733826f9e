/**
 * The one allocation rule: a payment for month M pays M first, and what is beyond M's due pays the following
 * unpaid months in order (an advance), skipping closed months and months with nothing due. Older arrears are
 * paid by naming their month. What no month within the horizon can take stays on M as an overpayment: shown on
 * the ledger, never lost.
 */
import type { Knex } from 'knex';
import { type DuesData, lineOf, termsFor } from './data';
import { closedMonths } from './lines';
import { addMonths } from './months';
import { livePayments } from './payments';

/** How far ahead an advance may reach (five years). */
export const ADVANCE_HORIZON = 60;

export interface Allocation {
  month: string;
  amount: number;
}

/** What the member still owes in each month from `month` on, as far as the horizon. */
export async function owingAhead(
  db: Knex | Knex.Transaction,
  data: DuesData,
  memberId: string,
  month: string,
): Promise<{ month: string; owing: number }[]> {
  const last = addMonths(month, ADVANCE_HORIZON - 1);
  const [rows, closed] = await Promise.all([
    livePayments(db)
      .where({ member_id: memberId })
      .whereBetween('month', [month, last])
      .groupBy('month')
      .select('month')
      .sum({ s: 'amount' }) as Promise<{ month: string; s: number }[]>,
    closedMonths(db, month, last),
  ]);
  const paid = new Map(rows.map((r) => [r.month, Number(r.s)]));
  const member = data.byId.get(memberId);
  const out: { month: string; owing: number }[] = [];
  for (let i = 0; i < ADVANCE_HORIZON; i++) {
    const m = addMonths(month, i);
    if (closed.has(m) && i > 0) continue;
    const line = member ? lineOf(member, m, termsFor(data, m)) : null;
    out.push({ month: m, owing: Math.max(0, (line?.due ?? 0) - (paid.get(m) ?? 0)) });
  }
  return out;
}

export function allocate(amount: number, owing: readonly { month: string; owing: number }[]): Allocation[] {
  const out: Allocation[] = [];
  let left = amount;
  for (const o of owing) {
    if (left === 0) break;
    const take = Math.min(o.owing, left);
    if (take > 0) out.push({ month: o.month, amount: take });
    left -= take;
  }
  if (left > 0) {
    const first = owing[0]?.month;
    const onFirst = out.find((a) => a.month === first);
    if (onFirst) onFirst.amount += left;
    else if (first) out.unshift({ month: first, amount: left });
  }
  return out;
}
