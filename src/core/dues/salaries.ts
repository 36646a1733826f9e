/**
 * Salary history per member (`from` month, amount). The register's "salary for dues" field is the basis of every
 * month no history row covers (from the admission month until the first row): it is shown as the first entry
 * with source `field` and is changed on the member's record, not here. Rows by hand and imported rows are stored;
 * one row per member and month (a second one for the same month replaces the amount).
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { salaryEntry } from '../../shared/dues-contract';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { insertRecord, type RecordContext, softDeleteRecord, updateRecord } from '../db/records';
import type { Session } from '../session';
import { loadDuesData, salaryOf } from './data';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;
export type SalaryEntry = z.infer<typeof salaryEntry>;
export const FIELD_PREFIX = 'field:';

const entryOut = (r: Row): SalaryEntry => ({
  id: String(r.id),
  memberId: String(r.member_id),
  fromMonth: String(r.from_month),
  amount: Number(r.amount),
  source: r.source as SalaryEntry['source'],
});

export async function assertMember(db: Db, memberId: string): Promise<void> {
  const m = await db('members').where({ id: memberId }).whereNull('deleted_at').first('id');
  if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.', { memberId });
}

export async function listSalaries(db: Db, memberId: string): Promise<SalaryEntry[]> {
  const data = await loadDuesData(db, [memberId]);
  const m = data.byId.get(memberId);
  if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy đoàn viên.', { memberId });
  const rows = (await db('member_salaries')
    .where({ member_id: memberId })
    .whereNull('deleted_at')
    .orderBy('from_month')) as Row[];
  const field: SalaryEntry[] =
    m.fieldSalary === null
      ? []
      : [
          {
            id: `${FIELD_PREFIX}${memberId}`,
            memberId,
            fromMonth: m.periods[0]?.from ?? '',
            amount: m.fieldSalary,
            source: 'field',
          },
        ];
  return [...field, ...rows.map(entryOut)];
}

/** The salary a member's due for `month` is computed from (history, else the register field); null: none. */
export async function salaryInForce(db: Db, memberId: string, month: string): Promise<number | null> {
  const m = (await loadDuesData(db, [memberId])).byId.get(memberId);
  return m ? salaryOf(m, month) : null;
}

/** Upserts the member's row for `fromMonth` inside the caller's transaction; returns its id. */
async function putSalary(
  trx: Knex.Transaction,
  ctx: RecordContext,
  memberId: string,
  fromMonth: string,
  amount: number,
  source: 'hand' | 'import',
): Promise<string> {
  const existing = (await trx('member_salaries')
    .where({ member_id: memberId, from_month: fromMonth })
    .whereNull('deleted_at')
    .first('id')) as Row | undefined;
  if (existing) {
    await updateRecord(trx, ctx, 'member_salaries', String(existing.id), { amount, source });
    return String(existing.id);
  }
  const row = await insertRecord(trx, ctx, 'member_salaries', {
    member_id: memberId,
    from_month: fromMonth,
    amount,
    source,
  });
  return String(row.id);
}

export async function setSalary(s: Session, input: { memberId: string; fromMonth: string; amount: number }) {
  const id = await s.db.transaction(async (trx) => {
    await assertMember(trx, input.memberId);
    const id = await putSalary(trx, s.record, input.memberId, input.fromMonth, input.amount, 'hand');
    await audit(trx, s.record, 'dues.setSalary', { type: 'member_salaries', id }, { fromMonth: input.fromMonth });
    return id;
  });
  return entryOut((await s.db('member_salaries').where({ id }).first()) as Row);
}

export async function deleteSalary(s: Session, id: string): Promise<{ ok: true }> {
  if (id.startsWith(FIELD_PREFIX))
    throw new AppError('VALIDATION', 'Mức lương trong hồ sơ đoàn viên được sửa ở hồ sơ, không xóa ở đây.');
  await s.db.transaction(async (trx) => {
    if (!(await softDeleteRecord(trx, s.record, 'member_salaries', id)))
      throw new AppError('NOT_FOUND', 'Không tìm thấy mức lương này.', { id });
    await audit(trx, s.record, 'dues.deleteSalary', { type: 'member_salaries', id });
  });
  return { ok: true };
}

export interface AmountRow {
  /** The sheet's row number as Excel shows it (for the files helper's report). */
  row: number;
  memberId: string;
  amount: number;
}

/**
 * Applies matched payroll-sheet rows as salaries from `fromMonth` (the files helper parses and matches). A row
 * equal to the salary already in force for that month is unchanged, so re-importing the same sheet applies
 * nothing. `dryRun`: counts only.
 */
export async function applySalaryRows(
  s: Session,
  fromMonth: string,
  rows: readonly AmountRow[],
  dryRun = false,
): Promise<{ applied: number; unchanged: number }> {
  return s.db.transaction(async (trx) => {
    const data = await loadDuesData(trx, [...new Set(rows.map((r) => r.memberId))]);
    let applied = 0;
    let unchanged = 0;
    const seen = new Map<string, number>();
    for (const r of rows) {
      const m = data.byId.get(r.memberId);
      if (!m) throw new AppError('NOT_FOUND', `Dòng ${r.row}: không tìm thấy đoàn viên.`, { row: r.row });
      const inForce = seen.get(r.memberId) ?? salaryOf(m, fromMonth);
      if (inForce === r.amount) {
        unchanged++;
        continue;
      }
      applied++;
      seen.set(r.memberId, r.amount);
      if (!dryRun) await putSalary(trx, s.record, r.memberId, fromMonth, r.amount, 'import');
    }
    if (!dryRun && applied)
      await audit(trx, s.record, 'dues.importSalaries', { type: 'member_salaries' }, { fromMonth, applied });
    return { applied, unchanged };
  });
}
