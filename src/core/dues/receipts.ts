/**
 * Receipt (phiếu thu) numbers of cash payments: "DP-2026-00015", numbered per year of the payment date. The next
 * number is read inside the write transaction from every row ever written (cancelled and deleted ones too), so a
 * number is never given twice on this PC; across the CĐCS's PCs the sync push checks them (issue 12).
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';

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

/** A stable id made of its parts (one payroll deduction per member and month): re-importing finds it again. */
export function stableId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
