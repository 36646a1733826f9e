/**
 * The year's report: collection rate by union group and month, and the split of what was collected between the
 * CĐCS and the upper level (the `duesCdcsPercent` setting). The BCH's higher-rate extra stays 100% with the CĐCS
 * and is outside the split; a payment covers a member's statutory due first, then the extra.
 */
import type { Knex } from 'knex';
import { getSettings } from '../settings/settings';
import { type DuesData, loadDuesData } from './data';
import { loadUnits, monthLines } from './lines';
import { rateOf, type Totals, totalsByUnit, totalsOf } from './ledger';
import { currentMonth, monthRange } from './months';
import { paidInMonth } from './payments';

function sumTotals(list: Totals[]): Totals {
  const t = list.reduce(
    (a, b) => ({
      members: Math.max(a.members, b.members),
      paidMembers: a.paidMembers + b.paidMembers,
      due: a.due + b.due,
      collected: a.collected + b.collected,
    }),
    { members: 0, paidMembers: 0, due: 0, collected: 0 },
  );
  return { ...t, rate: rateOf(t.collected, t.due) };
}

export async function yearReport(db: Knex, year: number, loaded?: DuesData) {
  const now = currentMonth();
  const withPayments = new Set(
    (await db('dues_payments')
      .whereNull('deleted_at')
      .whereBetween('month', [`${year}-01`, `${year}-12`])
      .distinct()
      .pluck('month')) as string[],
  );
  const months = monthRange(`${year}-01`, `${year}-12`).filter((m) => m <= now || withPayments.has(m));
  const units = await loadUnits(db);
  let data = loaded;
  const monthTotals: (Totals & { month: string })[] = [];
  const byUnit = new Map<string | null, { unit: string; months: (Totals & { month: string })[] }>();
  let extra = 0;
  for (const month of months) {
    data ??= await loadDuesData(db);
    const [{ lines }, paid] = await Promise.all([monthLines(db, month, data), paidInMonth(db, month)]);
    const rows = lines.map((l) => {
      const p = paid.get(l.memberId)?.paid ?? 0;
      paid.delete(l.memberId);
      extra += Math.max(0, Math.min(p, l.due) - (l.due - l.extra));
      return { unitId: l.unitId, due: l.due, paid: p };
    });
    for (const [id, p] of paid) rows.push({ unitId: data.byId.get(id)?.unitId ?? null, due: 0, paid: p.paid });
    monthTotals.push({ month, ...totalsOf(rows) });
    for (const { unitId, unit, ...t } of totalsByUnit(rows, units)) {
      const entry = byUnit.get(unitId) ?? { unit, months: [] };
      entry.months.push({ month, ...t });
      byUnit.set(unitId, entry);
    }
  }
  const settings = await getSettings(db);
  const collected = monthTotals.reduce((n, t) => n + t.collected, 0);
  const base = collected - extra;
  const cdcsShare = Math.round((base * settings.duesCdcsPercent) / 100);
  return {
    year,
    months: monthTotals,
    units: [...byUnit].map(([unitId, u]) => ({
      unitId,
      unit: u.unit,
      ...sumTotals(u.months),
      months: u.months,
    })),
    split: { collected, extra, cdcsPercent: settings.duesCdcsPercent, cdcsShare, upperShare: base - cdcsShare },
  };
}
