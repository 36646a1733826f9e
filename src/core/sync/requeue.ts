/**
 * Rows queued again as whole-row writes: each gets an outbox entry naming every column (["*"]) with a fresh HLC, so
 * the next push sends the row as it is now and its values win every column on the server. Used by the first sync's
 * upload (every live row) and by renumbering a number conflict (a row whose insert the server refused).
 */
import type { Knex } from 'knex';
import { uuidv7 } from '../db/ids';
import { ALL_COLUMNS, noteChange, type RecordContext } from '../db/records';

export async function queueWholeRows(
  trx: Knex.Transaction,
  ctx: RecordContext,
  entity: string,
  ids: readonly string[],
  now = new Date().toISOString(),
): Promise<number> {
  const entries = ids.map((id) => ({
    id: uuidv7(),
    entity,
    entity_id: id,
    op: 'upsert', // the row may already be on the server: not a fresh insert (push.ts fast-forward)
    fields: ALL_COLUMNS,
    hlc: ctx.clock.tick(),
    device_id: ctx.deviceId,
    created_at: now,
  }));
  for (let i = 0; i < entries.length; i += 400) await trx('outbox').insert(entries.slice(i, i + 400));
  noteChange(trx, ctx, 'outbox', 'all');
  return entries.length;
}
