/**
 * "Đánh số lại" for a number conflict: the row takes the next free number of its own numbering, from the domain's
 * own counter (the same one that numbered it), and is queued again as a whole row. The server refused its insert,
 * so it holds none of the row, or only the columns of later updates it accepted: an update of the number alone
 * would arrive as a partial row. The whole-row write has the newest HLC, so it wins every column there.
 */
import type { Knex } from 'knex';
import type { RecordContext } from '../db/records';
import { renumberDocument } from '../documents/register';
import { renumberReceipt } from '../dues/receipts';
import { renumberVoucher } from '../funds/post';
import { UNSENT } from './outbox';
import { queueWholeRows } from './requeue';

interface Renumbered {
  /** The rows that took the new number (a dues receipt covers several months' rows). */
  ids: string[];
  /** The new number as the secretary reads it: "06/QĐ-CĐCS", "DP-2026-00016", "PT7". */
  number: string;
}

type Renumber = (trx: Knex.Transaction, ctx: RecordContext, id: string) => Promise<Renumbered>;

const RENUMBER: Record<string, Renumber> = {
  documents: async (trx, ctx, id) => ({ ids: [id], number: await renumberDocument(trx, ctx, id) }),
  dues_payments: renumberReceipt,
  fund_vouchers: async (trx, ctx, id) => ({ ids: [id], number: await renumberVoucher(trx, ctx, id) }),
};

export const canRenumber = (entity: string): boolean => entity in RENUMBER;

/** Inside the caller's transaction: the new number, and the rows queued whole for the next push. */
export async function renumberRow(
  trx: Knex.Transaction,
  ctx: RecordContext,
  entity: string,
  id: string,
): Promise<Renumbered> {
  const done = await RENUMBER[entity](trx, ctx, id);
  // Writes not yet numbered for the push are superseded by the whole row (same current values, newer HLC). Numbered
  // ones stay: the server expects their mutation ids without a gap. Refused ones stay as the record of the refusal.
  await trx('outbox')
    .where({ entity })
    .whereIn('entity_id', done.ids)
    .whereRaw(UNSENT)
    .whereNull('mutation_id')
    .whereNot('op', 'delete')
    .delete();
  await queueWholeRows(trx, ctx, entity, done.ids);
  return done;
}
