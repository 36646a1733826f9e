/**
 * Closing a month freezes its lines on the month's row (`dues_months.lines`, see frozen.ts: written once, here); its
 * dues never change after that, and corrections are dated adjustments. The month row's id is made of the month, so
 * two PCs that close the same month converge on the same row when they sync.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { insertRecord, updateRecord } from '../db/records';
import type { Session } from '../session';
import { type DuesData, duesDataForWrite, loadDuesData, termsFor } from './data';
import { encodeFrozen } from './frozen';
import { deriveLines, type Line, monthLines, monthState } from './lines';
import { totalsOf, type Totals } from './ledger';
import { monthVi } from './months';
import { paidSums } from './payments';
import { stableId } from './receipts';

export const monthRowId = (month: string) => stableId('dues_months', month);

/** Writes the month's lines (derived now) and marks it closed, inside the caller's transaction. */
export async function freezeMonth(
  trx: Knex.Transaction,
  s: Session,
  month: string,
  data: DuesData,
): Promise<{ closedAt: string; total: number; lines: Line[] }> {
  const lines = deriveLines(data, month);
  const ruleId = termsFor(data, month).rule?.id ?? null;
  const closedAt = new Date().toISOString();
  const total = lines.reduce((n, l) => n + l.due, 0);
  const values = {
    month,
    closed_at: closedAt,
    total_due: total,
    total_extra: lines.reduce((n, l) => n + l.extra, 0),
    lines: encodeFrozen(lines, ruleId),
  };
  const id = monthRowId(month);
  const existing = await trx('dues_months').where({ id }).first('id');
  if (existing) await updateRecord(trx, s.record, 'dues_months', id, { ...values, deleted_at: null });
  else await insertRecord(trx, s.record, 'dues_months', { id, ...values });
  return { closedAt, total, lines };
}

export async function closeMonth(s: Session, month: string) {
  return s.db.transaction(async (trx) => {
    const state = await monthState(trx, month);
    if (state.closedAt)
      throw new AppError('VALIDATION', `Tháng ${monthVi(month)} đã khóa sổ từ trước.`, [
        { path: ['month'], message: 'Tháng đã khóa sổ' },
      ]);
    const { closedAt, total, lines } = await freezeMonth(trx, s, month, await duesDataForWrite(trx, s));
    await audit(trx, s.record, 'dues.close', { type: 'dues_months', id: monthRowId(month) }, { members: lines.length });
    return { month, closedAt, total };
  });
}

/** Months with a ledger (closed) or a payment, newest first, with their totals. */
export async function listMonths(db: Knex, year?: number, loaded?: DuesData) {
  const range: [string, string] = year ? [`${year}-01`, `${year}-12`] : ['0000-00', '9999-99'];
  const [closed, paidMonths] = await Promise.all([
    db('dues_months').whereNull('deleted_at').whereBetween('month', range).pluck('month') as Promise<string[]>,
    db('dues_payments').whereNull('deleted_at').whereBetween('month', range).distinct().pluck('month') as Promise<
      string[]
    >,
  ]);
  const months = [...new Set([...closed, ...paidMonths])].sort().reverse();
  let data = loaded;
  const items: (Totals & { month: string; closed: boolean })[] = [];
  for (const month of months) {
    const state = await monthState(db, month);
    if (!state.closedAt) data ??= await loadDuesData(db);
    const { lines } = await monthLines(db, month, data);
    const paid = await paidSums(db, month);
    const rows = lines.map((l) => ({ due: l.due, paid: paid.get(l.memberId) ?? 0 }));
    const known = new Set(lines.map((l) => l.memberId));
    for (const [id, p] of paid) if (!known.has(id)) rows.push({ due: 0, paid: p });
    items.push({ month, closed: state.closedAt !== null, ...totalsOf(rows) });
  }
  return { items };
}
