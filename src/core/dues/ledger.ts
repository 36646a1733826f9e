/** `dues.compute` and `dues.ledger`: a month's dues with what was paid, totals per union group and overall. */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { collectionTotals, duesContract, ledgerRow } from '../../shared/dues-contract';
import { walkUnits, withDescendants } from '../../shared/unit-tree';
import type { DuesData } from './data';
import { type Line, loadUnits, monthLines, type UnitInfo, unitScope } from './lines';
import { type MonthPaid, paidInMonth } from './payments';

type Db = Knex | Knex.Transaction;
type Out<N extends keyof typeof duesContract.commands> = z.infer<(typeof duesContract.commands)[N]['output']>;
export type Totals = z.infer<typeof collectionTotals>;
type LedgerRow = z.infer<typeof ledgerRow>;

export const NO_UNIT = 'Chưa xếp tổ';

function lineOut(l: Line, units: Map<string, UnitInfo>) {
  return { ...l, unit: l.unitId ? (units.get(l.unitId)?.name ?? null) : null };
}

export async function computeMonth(
  db: Db,
  month: string,
  unitId?: string,
  data?: DuesData,
): Promise<Out<'dues.compute'>> {
  const units = await loadUnits(db);
  const scope = unitScope(units, unitId);
  const { state, lines } = await monthLines(db, month, data);
  const byId = new Map(units.map((u) => [u.id, u]));
  const inScope = lines.filter((l) => !scope || (l.unitId !== null && scope.has(l.unitId)));
  const members = inScope.map((l) => lineOut(l, byId));
  return {
    month,
    closed: state.closedAt !== null,
    total: members.reduce((n, l) => n + l.due, 0),
    extra: members.reduce((n, l) => n + l.extra, 0),
    members,
  };
}

/** Collection rate in percent with one decimal; null when nothing is due. */
export const rateOf = (collected: number, due: number): number | null =>
  due > 0 ? Math.round((collected / due) * 1000) / 10 : null;

export function totalsOf(rows: readonly { due: number; paid: number }[]): Totals {
  let due = 0;
  let collected = 0;
  let paidMembers = 0;
  for (const r of rows) {
    due += r.due;
    collected += r.paid;
    if (r.due > 0 && r.paid >= r.due) paidMembers++;
  }
  return { members: rows.length, paidMembers, due, collected, rate: rateOf(collected, due) };
}

/** Each group's totals with its sub-groups, in the tree's order; members without a group last. */
export function totalsByUnit<R extends { unitId: string | null; due: number; paid: number }>(
  rows: readonly R[],
  units: UnitInfo[],
) {
  const direct = new Map<string | null, R[]>();
  for (const r of rows) {
    const list = direct.get(r.unitId);
    if (list) list.push(r);
    else direct.set(r.unitId, [r]);
  }
  const out: (Totals & { unitId: string | null; unit: string })[] = [];
  const inTreeOrder: UnitInfo[] = [];
  walkUnits(units, (u) => inTreeOrder.push(u));
  for (const u of inTreeOrder) {
    const within = [...withDescendants(units, u.id)].flatMap((id) => direct.get(id) ?? []);
    if (within.length) out.push({ unitId: u.id, unit: u.name, ...totalsOf(within) });
  }
  const known = new Set(units.map((u) => u.id));
  const loose = rows.filter((r) => r.unitId === null || !known.has(r.unitId));
  if (loose.length) out.push({ unitId: null, unit: NO_UNIT, ...totalsOf(loose) });
  return out;
}

const EMPTY_PAID: MonthPaid = { paid: 0, lastPaidOn: null, method: null, receiptNumber: null, collector: null };

/** The `dues.ledger` output (also used by the files helper for the collection sheet and the deduction list). */
export async function monthLedger(
  db: Db,
  month: string,
  unitId?: string,
  data?: DuesData,
): Promise<Out<'dues.ledger'>> {
  const units = await loadUnits(db);
  const scope = unitScope(units, unitId);
  const byId = new Map(units.map((u) => [u.id, u]));
  const [{ state, lines }, paid] = await Promise.all([monthLines(db, month, data), paidInMonth(db, month)]);
  const rows: LedgerRow[] = lines.map((l) => {
    const p = paid.get(l.memberId) ?? EMPTY_PAID;
    paid.delete(l.memberId);
    return { ...lineOut(l, byId), ...p, owing: Math.max(0, l.due - p.paid) };
  });
  if (paid.size) rows.push(...(await paidWithoutLine(db, paid, byId)));
  const inScope = rows.filter((r) => !scope || (r.unitId !== null && scope.has(r.unitId)));
  return {
    month,
    closed: state.closedAt !== null,
    closedAt: state.closedAt,
    rows: inScope,
    totals: totalsOf(inScope),
    byUnit: totalsByUnit(inScope, units),
  };
}

/** Money paid for a month by someone who owes nothing in it (left, exempt since): shown, never lost. */
async function paidWithoutLine(db: Db, paid: Map<string, MonthPaid>, units: Map<string, UnitInfo>) {
  const members = (await db('members')
    .whereIn('id', [...paid.keys()])
    .select('id', 'id_number', 'member_code', 'full_name', 'unit_id')) as Record<string, unknown>[];
  return members.map((m): LedgerRow => {
    const p = paid.get(String(m.id)) ?? EMPTY_PAID;
    const unitId = (m.unit_id as string) ?? null;
    return {
      memberId: String(m.id),
      idNumber: (m.id_number as string) ?? null,
      memberCode: (m.member_code as string) ?? null,
      fullName: String(m.full_name),
      unitId,
      unit: unitId ? (units.get(unitId)?.name ?? null) : null,
      basis: null,
      due: 0,
      extra: 0,
      exempt: false,
      capped: false,
      ruleFrom: null,
      ...p,
      owing: 0,
    };
  });
}
