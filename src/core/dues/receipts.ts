/**
 * Receipt (phiếu thu) numbers of cash payments: "DP-2026-00015", numbered per year of the payment date. The next
 * number is read inside the write transaction from every row ever written (cancelled and deleted ones too), so a
 * number is never given twice on this PC; across the CĐCS's PCs the sync push checks them (issue 12).
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { type RecordContext, updateRecord } from '../db/records';

const PREFIX = 'DP';

export const receiptNumber = (year: string, seq: number): string => `${PREFIX}-${year}-${String(seq).padStart(5, '0')}`;

/** A counter handing out the year's next numbers within one transaction. */
export async function receiptCounter(trx: Knex.Transaction, year: string): Promise<() => string> {
  const head = `${PREFIX}-${year}-`;
  const r = (await trx('dues_payments')
    .where('receipt_number', 'like', `${head}%`)
    .select(trx.raw('MAX(CAST(substr(receipt_number, ?) AS INTEGER)) AS n', [head.length + 1]))
    .first()) as { n: number | null } | undefined;
  let last = Number(r?.n ?? 0);
  return () => receiptNumber(year, ++last);
}

/**
 * A receipt number another PC had already given (a sync 'number' conflict): the receipt takes the next number of
 * its year, from the same counter as paying, so it skips every number this PC holds (pulled ones too). One receipt
 * covers the payment's months (rows of one batch): they all move together. Returns their ids and the new number.
 */
export async function renumberReceipt(
  trx: Knex.Transaction,
  ctx: RecordContext,
  id: string,
): Promise<{ ids: string[]; number: string }> {
  const row = (await trx('dues_payments').where({ id }).whereNull('deleted_at').first()) as
    { receipt_number: string | null; batch_id: string | null; paid_on: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy phiếu thu.', { id });
  if (!row.receipt_number) throw new AppError('CONFLICT', 'Khoản thu này không có số phiếu thu để đánh lại.');
  const number = (await receiptCounter(trx, row.paid_on.slice(0, 4)))();
  // The rows that share the number as the server counts it (UNIQUE_NUMBERS: `sharedBy: 'batch_id'`); the other PC's
  // receipt has the same number but not the same batch: it keeps its number.
  const rows = row.batch_id
    ? ((await trx('dues_payments')
        .where({ receipt_number: row.receipt_number, batch_id: row.batch_id })
        .whereNull('deleted_at')
        .select('id')) as { id: string }[])
    : [{ id }];
  for (const r of rows) await updateRecord(trx, ctx, 'dues_payments', r.id, { receipt_number: number });
  return { ids: rows.map((r) => r.id), number };
}

/** A stable id made of its parts (one payroll deduction per member and month): re-importing finds it again. */
export function stableId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
