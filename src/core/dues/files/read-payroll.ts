/** A payroll sheet read and matched to the register: what the two imports share before dues-core applies it. */
import type { Knex } from 'knex';
import { importFailure } from '../../members/import/errors';
import { matchRows, type MatchedRow } from './match';
import { parsePayrollSheet, type SheetKind, type SheetRejection } from './payroll-sheet';

export interface ReadPayroll {
  headerRow: number;
  amountColumn: string;
  matched: MatchedRow[];
  /** Every row not applied, by row number: unreadable, unmatched, ambiguous. */
  rejected: SheetRejection[];
}

export async function readPayroll(db: Knex, fileName: string, base64: string, kind: SheetKind): Promise<ReadPayroll> {
  let parsed;
  try {
    parsed = await parsePayrollSheet(fileName, Buffer.from(base64, 'base64'), kind);
  } catch (err) {
    throw importFailure(err); // a file we cannot read is the user's VALIDATION error, in Vietnamese
  }
  const { matched, rejected } = await matchRows(db, parsed.rows);
  return {
    headerRow: parsed.headerRow,
    amountColumn: parsed.amountColumn,
    matched,
    rejected: [...parsed.rejected, ...rejected].sort((a, b) => a.row - b.row),
  };
}
