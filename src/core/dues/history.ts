/**
 * A member's contribution history ("lịch sử đóng góp"): month by month what was due, paid and still owed, with
 * every payment. It starts at the later of the admission month and the first month the ledger knows (earlier
 * months predate the app), unless asked for a range.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { lineOf, loadDuesData, termsFor } from './data';
import { closedMonths, loadFrozen } from './lines';
import { addMonths, currentMonth, monthRange } from './months';
import { getSettings } from '../settings/settings';
import { listPayments } from './payments';

/** At most twenty years of months in one answer. */
const MAX_MONTHS = 240;

export async function memberHistory(db: Knex, input: { memberId: string; from?: string; to?: string }) {
  const data = await loadDuesData(db, [input.memberId]);
  const m = data.byId.get(input.memberId);
  if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.', { memberId: input.memberId });
  const payments = await listPayments(db, { memberId: m.id });
  const now = currentMonth();
  const lastPaid = payments
    .map((p) => p.month)
    .sort()
    .pop();
  const to = input.to ?? [now, lastPaid ?? now].sort()[1];
  const admitted = m.periods[0]?.from ?? to;
  // The same months the arrears run counts: from admission, or from where the union's book in UnionDesk starts.
  const bookStart = (await getSettings(db)).duesLedgerStart;
  const from = input.from ?? (bookStart ? [admitted, bookStart].sort()[1] : admitted);
  const months = monthRange([from, addMonths(to, -(MAX_MONTHS - 1))].sort()[1], to);
  const closed = await closedMonths(db, months[0] ?? to, to);
  const frozen = new Map<string, { due: number; exempt: boolean; basis: number | null } | null>();
  for (const month of closed) frozen.set(month, (await loadFrozen(db, month))?.find(m.id) ?? null);
  const paid = new Map<string, number>();
  for (const p of payments) if (!p.cancelled) paid.set(p.month, (paid.get(p.month) ?? 0) + p.amount);
  const out = [];
  for (const month of months) {
    const line = closed.has(month) ? frozen.get(month) : lineOf(m, month, termsFor(data, month));
    const p = paid.get(month) ?? 0;
    if (!line && p === 0) continue;
    const due = line?.due ?? 0;
    out.push({
      month,
      due,
      paid: p,
      owing: Math.max(0, due - p),
      exempt: line?.exempt ?? false,
      closed: closed.has(month),
      basis: line?.basis ?? null,
    });
  }
  const totals = out.reduce((t, r) => ({ due: t.due + r.due, paid: t.paid + r.paid, owing: t.owing + r.owing }), {
    due: 0,
    paid: 0,
    owing: 0,
  });
  return { memberId: m.id, months: out, totals, payments };
}
