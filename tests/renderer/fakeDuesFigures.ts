/**
 * The fake dues core's figures (fakeDues.ts): a month's line per member from the rule and base salary in force on its
 * first day, the salary history or the member's field, the cap and the rounding; paid and owing from the payments.
 */
import type { FakeCore } from './fakeCore';
import type { FakeDues } from './fakeDues';

export const nextMonth = (m: string) => {
  const [y, mo] = m.split('-').map(Number);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};
const roundTo = (n: number, step: number) => Math.floor(n / step + 0.5) * step;

export function duesFigures(state: FakeCore['state'], dues: FakeDues) {
  const inForce = <T extends { from: string }>(list: T[], month: string) =>
    [...list].filter((x) => x.from <= `${month}-01`).sort((a, b) => b.from.localeCompare(a.from))[0];
  const owes = (memberId: string, month: string) => {
    const m = state.members.find((x) => x.id === memberId);
    return !!m && m.status === 'active' && (!m.joinedOn || m.joinedOn.slice(0, 7) <= month);
  };
  const line = (memberId: string, month: string) => {
    const m = state.members.find((x) => x.id === memberId)!;
    const rule = inForce(dues.rules, month);
    const base = inForce(dues.baseSalaries, month)?.amount ?? 0;
    const exempt = dues.exemptions.some((e) => e.memberId === memberId && e.fromMonth <= month && month <= e.toMonth);
    const salary =
      [...dues.salaries]
        .filter((s) => s.memberId === memberId && s.fromMonth <= month)
        .sort((a, b) => b.fromMonth.localeCompare(a.fromMonth))[0]?.amount ??
      m.duesSalary ??
      null;
    const cap = base * rule.capBaseMultiple;
    const raw = salary === null ? (rule.fixedAmount ?? (base * rule.rate) / 100) : (salary * rule.rate) / 100;
    const due = exempt ? 0 : roundTo(Math.min(raw, cap), rule.rounding);
    return {
      memberId,
      idNumber: m.idNumber ?? null,
      memberCode: m.memberCode ?? null,
      fullName: m.fullName,
      unitId: m.unitId,
      unit: m.unit ?? null,
      basis: exempt ? null : salary,
      due,
      extra: 0,
      exempt,
      ruleFrom: rule.from,
      capped: !exempt && raw > cap,
    };
  };
  const live = (memberId: string, month: string) =>
    dues.payments.filter((p) => p.memberId === memberId && p.month === month && !p.cancelled);
  const ledgerRow = (memberId: string, month: string) => {
    const l = line(memberId, month);
    const paid = live(memberId, month).reduce((s, p) => s + p.amount, 0);
    const last = live(memberId, month).at(-1);
    return {
      ...l,
      paid,
      owing: Math.max(0, l.due - paid),
      lastPaidOn: last?.paidOn ?? null,
      method: last?.method ?? null,
      receiptNumber: last?.receiptNumber ?? null,
      collector: last?.collector ?? null,
    };
  };
  const members = (month: string, unitId?: string) =>
    state.members.filter((m) => owes(m.id, month) && (!unitId || m.unitId === unitId)).map((m) => m.id);
  const totals = (rows: ReturnType<typeof ledgerRow>[]) => {
    const due = rows.reduce((s, r) => s + r.due, 0);
    const collected = rows.reduce((s, r) => s + Math.min(r.paid, r.due), 0);
    return {
      members: rows.length,
      paidMembers: rows.filter((r) => r.due > 0 && r.owing === 0).length,
      due,
      collected,
      rate: due ? Math.round((collected / due) * 1000) / 10 : null,
    };
  };
  const ledger = (month: string, unitId?: string) => {
    const rows = members(month, unitId).map((id) => ledgerRow(id, month));
    const byUnit = state.units
      .map((u) => ({ unitId: u.id, unit: u.name, ...totals(rows.filter((r) => r.unitId === u.id)) }))
      .filter((u) => u.members > 0);
    return {
      month,
      closed: dues.closed.has(month),
      closedAt: dues.closed.get(month) ?? null,
      rows,
      totals: totals(rows),
      byUnit,
    };
  };
  return { owes, ledgerRow, members, totals, ledger };
}
