/**
 * A month's lines: derived from the register for an open month (data.ts), read back frozen for a closed one
 * (written by close.ts). Both give the same shape, so the ledger, arrears and reports never care which.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { withDescendants } from '../../shared/unit-tree';
import { type DuesData, lineOf, loadDuesData, termsFor } from './data';
import { FrozenMonth } from './frozen';
import { monthVi } from './months';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

export interface Line {
  memberId: string;
  idNumber: string | null;
  memberCode: string | null;
  fullName: string;
  unitId: string | null;
  basis: number | null;
  due: number;
  extra: number;
  exempt: boolean;
  capped: boolean;
  ruleFrom: string | null;
}

export interface MonthState {
  month: string;
  closedAt: string | null;
  totalDue: number | null;
  totalExtra: number | null;
}

export interface UnitInfo {
  id: string;
  name: string;
  parentId: string | null;
}

export async function loadUnits(db: Db): Promise<UnitInfo[]> {
  const rows = (await db('units').whereNull('deleted_at').orderBy('sort_order').orderBy('name')) as Row[];
  return rows.map((r) => ({ id: String(r.id), name: String(r.name), parentId: (r.parent_id as string) ?? null }));
}

/** The group and its sub-groups; an unknown group is NOT_FOUND. */
export function unitScope(units: UnitInfo[], unitId: string | undefined): Set<string> | null {
  if (unitId === undefined) return null;
  if (!units.some((u) => u.id === unitId)) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ công đoàn.', { unitId });
  return withDescendants(units, unitId);
}

export async function monthState(db: Db, month: string): Promise<MonthState> {
  const r = (await db('dues_months')
    .where({ month })
    .whereNull('deleted_at')
    .first('closed_at', 'total_due', 'total_extra')) as Row | undefined;
  return {
    month,
    closedAt: (r?.closed_at as string) ?? null,
    totalDue: r?.total_due === null || r?.total_due === undefined ? null : Number(r.total_due),
    totalExtra: r?.total_extra === null || r?.total_extra === undefined ? null : Number(r.total_extra),
  };
}

/** Closed months (YYYY-MM) in a range, both ends included. */
export async function closedMonths(db: Db, from = '0000-00', to = '9999-99'): Promise<Set<string>> {
  const rows = (await db('dues_months')
    .whereNull('deleted_at')
    .whereNotNull('closed_at')
    .whereBetween('month', [from, to])
    .pluck('month')) as string[];
  return new Set(rows);
}

export function assertOpen(state: MonthState): void {
  if (state.closedAt)
    throw new AppError(
      'VALIDATION',
      `Tháng ${monthVi(state.month)} đã khóa sổ: không sửa được. Hãy ghi một khoản điều chỉnh (có ngày và lý do).`,
      [{ path: ['month'], message: 'Tháng đã khóa sổ' }],
    );
}

/** An open month's lines from loaded data, in the register's order (given name). */
export function deriveLines(data: DuesData, month: string): Line[] {
  const terms = termsFor(data, month);
  const out: Line[] = [];
  for (const m of data.members) {
    const l = lineOf(m, month, terms);
    if (!l) continue;
    out.push({
      memberId: m.id,
      idNumber: m.idNumber,
      memberCode: m.memberCode,
      fullName: m.fullName,
      unitId: m.unitId,
      basis: l.basis,
      due: l.due,
      extra: l.extra,
      exempt: l.exempt,
      capped: l.capped,
      ruleFrom: l.ruleFrom,
    });
  }
  return out;
}

/** A closed month's stored lines (frozen.ts), or null when the month is not closed. */
export async function loadFrozen(db: Db, month: string): Promise<FrozenMonth | null> {
  const r = (await db('dues_months')
    .where({ month })
    .whereNull('deleted_at')
    .whereNotNull('closed_at')
    .first('lines')) as { lines: Buffer | null } | undefined;
  return r?.lines ? new FrozenMonth(r.lines) : null;
}

/** A closed month's frozen lines, with the members' names (even of members deleted since), in the register's order. */
export async function frozenLines(db: Db, month: string, memberIds?: readonly string[]): Promise<Line[]> {
  const frozen = await loadFrozen(db, month);
  if (!frozen) return [];
  const stored = memberIds ? memberIds.map((id) => frozen.find(id)).filter((l) => l !== null) : frozen.all();
  const ruleFrom = frozen.ruleId
    ? (((await db('dues_rules').where({ id: frozen.ruleId }).first('from_date')) as Row | undefined)?.from_date as
        string | undefined)
    : undefined;
  let q = db('members').select('id', 'id_number', 'member_code', 'full_name', 'sort_key');
  if (memberIds) q = q.whereIn('id', [...memberIds]);
  const people = new Map(((await q) as Row[]).map((r) => [String(r.id), r]));
  const out: (Line & { sortKey: string })[] = [];
  for (const l of stored) {
    const p = people.get(l.memberId);
    if (!p) continue; // a member row purged for good: nothing to show a name for
    out.push({
      ...l,
      idNumber: (p.id_number as string) ?? null,
      memberCode: (p.member_code as string) ?? null,
      fullName: String(p.full_name),
      ruleFrom: ruleFrom ?? null,
      sortKey: `${String(p.sort_key)}\u0000${l.memberId}`,
    });
  }
  out.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return out.map(({ sortKey: _, ...l }) => l);
}

/** A closed month's frozen dues only (the arrears run): no names, no order. */
export async function frozenDues(
  db: Db,
  month: string,
  memberIds?: readonly string[],
): Promise<Map<string, { due: number; exempt: boolean }>> {
  const frozen = await loadFrozen(db, month);
  const out = new Map<string, { due: number; exempt: boolean }>();
  if (!frozen) return out;
  const lines = memberIds ? memberIds.map((id) => frozen.find(id)) : frozen.all();
  for (const l of lines) if (l) out.set(l.memberId, { due: l.due, exempt: l.exempt });
  return out;
}

/** A month's lines, open or closed; `data` is reused when the caller already loaded it. */
export async function monthLines(
  db: Db,
  month: string,
  data?: DuesData,
): Promise<{ state: MonthState; lines: Line[] }> {
  const state = await monthState(db, month);
  if (state.closedAt) return { state, lines: await frozenLines(db, month) };
  return { state, lines: deriveLines(data ?? (await loadDuesData(db)), month) };
}
