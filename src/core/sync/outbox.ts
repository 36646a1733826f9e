/**
 * The outbox as the push sees it (decision 4): unsent rows get mutation ids 1, 2, 3… per device, persisted before
 * anything is sent (a retry resends the same ids: the server skips what it already has); each mutation's values are
 * read from the row itself (the outbox names columns, the row holds their latest value).
 */
import type { Knex } from 'knex';
import type { Mutation } from '../../shared/sync-protocol';
import type { Row } from '../db/records';
import { noteChange, type RecordContext } from '../db/records';
import { rowsById, toCell } from './cells';
import { readState, writeState } from './state';

type Db = Knex | Knex.Transaction;

export interface OutboxRow {
  id: string;
  entity: string;
  entity_id: string;
  op: string;
  fields: string;
  hlc: string;
  created_at: string;
  mutation_id: number;
}

/** Not accepted by the server yet (decision 8's `pending`). */
export const UNSENT = 'sent_at IS NULL AND rejected IS NULL';

/**
 * Squares the numbering with the server's (`GET /v1/sync/state`) before a push:
 * - the server knows more of this device than this PC does: the vault was restored from a backup; unsent rows are
 *   numbered again after the server's last, and this device's own changes are re-applied by the next pull;
 * - rows numbered at or below the server's last but not marked sent: the server committed them and the answer was
 *   lost; they are sent.
 */
export async function reconcile(trx: Knex.Transaction, ctx: RecordContext, serverLast: number): Promise<void> {
  const state = await readState(trx);
  if (serverLast > state.lastMutationId) {
    await trx('outbox').whereRaw(UNSENT).update({ mutation_id: null });
    await writeState(trx, ctx, { lastMutationId: serverLast, renumber: true });
    return;
  }
  await trx('outbox')
    .whereRaw(UNSENT)
    .whereNotNull('mutation_id')
    .where('mutation_id', '<=', serverLast)
    .update({ sent_at: new Date().toISOString() });
}

/** Gives every unnumbered unsent row the next id, in the order they were written (HLC order). */
export async function numberOutbox(trx: Knex.Transaction, ctx: RecordContext): Promise<number> {
  const { lastMutationId } = await readState(trx);
  const n = (await trx.raw(
    `UPDATE outbox SET mutation_id = ? + numbered.n FROM
       (SELECT id, ROW_NUMBER() OVER (ORDER BY hlc, id) AS n FROM outbox
        WHERE mutation_id IS NULL AND ${UNSENT}) AS numbered
     WHERE outbox.id = numbered.id`,
    [lastMutationId],
  )) as unknown;
  void n;
  const max = (await trx('outbox').max({ m: 'mutation_id' }).first()) as { m: number | null };
  const last = Math.max(lastMutationId, Number(max.m ?? 0));
  if (last !== lastMutationId) await writeState(trx, ctx, { lastMutationId: last });
  noteChange(trx, ctx, 'outbox', 'all');
  return last;
}

/** The next unsent numbered rows after `afterId`, in mutation order. */
export async function nextUnsent(db: Db, afterId: number, limit: number): Promise<OutboxRow[]> {
  return (await db('outbox')
    .whereRaw(UNSENT)
    .where('mutation_id', '>', afterId)
    .orderBy('mutation_id')
    .limit(limit)
    .select('id', 'entity', 'entity_id', 'op', 'fields', 'hlc', 'created_at', 'mutation_id')) as OutboxRow[];
}

/** Every column but the id (which travels as the mutation's `id`). */
function allFields(row: Row): Mutation['fields'] {
  const out: Mutation['fields'] = {};
  for (const [k, v] of Object.entries(row)) if (k !== 'id') out[k] = toCell(v);
  return out;
}

function fieldsOf(o: OutboxRow, row: Row | undefined): Mutation['fields'] {
  if (o.op === 'delete') return { deleted_at: toCell(row?.deleted_at ?? o.created_at) };
  if (!row) return {}; // the row is gone from this PC (never happens with tombstones): nothing to say
  const names = JSON.parse(o.fields) as string[];
  if (names.includes('*')) return allFields(row);
  const out: Mutation['fields'] = {};
  for (const n of [...names, 'updated_at']) if (n in row && n !== 'id') out[n] = toCell(row[n]);
  return out;
}

/** The mutations of these outbox rows, their values read from the rows as they are now. */
export async function toMutations(db: Db, rows: readonly OutboxRow[]): Promise<Mutation[]> {
  const byEntity = new Map<string, string[]>();
  for (const o of rows) {
    const ids = byEntity.get(o.entity) ?? [];
    ids.push(o.entity_id);
    byEntity.set(o.entity, ids);
  }
  const current = new Map<string, Map<string, Row>>();
  for (const [entity, ids] of byEntity) current.set(entity, await rowsById(db, entity, [...new Set(ids)]));
  return rows.map((o) => ({
    mutationId: Number(o.mutation_id),
    entity: o.entity,
    id: o.entity_id,
    fields: fieldsOf(o, current.get(o.entity)?.get(o.entity_id)),
    hlc: o.hlc,
  }));
}
