/** Who did what, inside the encrypted database (never in the clear log). */
import type { Knex } from 'knex';
import { insertRecord, type RecordContext } from '../db/records';

export async function audit(
  trx: Knex | Knex.Transaction,
  ctx: RecordContext,
  action: string,
  entity?: { type: string; id?: string },
  details?: Record<string, unknown>,
): Promise<void> {
  await insertRecord(trx, ctx, 'audit_log', {
    at: new Date().toISOString(),
    action,
    entity: entity?.type ?? null,
    entity_id: entity?.id ?? null,
    details: details ? JSON.stringify(details) : null,
  });
}
