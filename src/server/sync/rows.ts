/** The merged state of synced rows as the push holds them in memory between loading and writing back. */
import type { Knex } from 'knex';
import type { CellValue } from '../../shared/sync-protocol';
import { packHlcs, unpackHlcs } from './hlcs';

export interface RowState {
  entity: string;
  id: string;
  data: Record<string, CellValue>;
  hlcs: Record<string, string>;
  /** Long-text columns: [seq, deviceId] of the write that stands. */
  writers: Record<string, [number, string]>;
  exists: boolean;
  dirty: boolean;
  updatedSeq: number;
}

interface SyncRowRecord {
  org_id: string;
  entity: string;
  row_id: string;
  data: string;
  hlcs: string;
  writers: string | null;
  updated_seq: number;
}

export const rowKey = (entity: string, id: string) => `${entity}\u0000${id}`;

/** knex writes a multi-row insert on SQLite as a compound SELECT, which SQLite caps at 500 terms. */
export const CHUNK = 500;

export function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** UUIDs (the PCs make UUIDv7) are never shared between CĐCS; other ids are fixed ones every vault seeds alike. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads the org's stored rows named by `keys` (by primary key), and which of their ids another CĐCS holds. Only
 * UUIDs are checked across CĐCS (FOREIGN_ROW): fixed ids that every vault seeds (`fund-category-kpcd`,
 * `dues-rule-default-…`) are each CĐCS's own row. An id that is an organisation's id is foreign too.
 */
export async function loadRows(
  trx: Knex.Transaction,
  orgId: string,
  keys: readonly { entity: string; id: string }[],
): Promise<{ rows: Map<string, RowState>; foreign: Set<string> }> {
  const rows = new Map<string, RowState>();
  const foreign = new Set<string>();
  const unique = [...new Map(keys.map((k) => [rowKey(k.entity, k.id), [k.entity, k.id]])).values()];
  for (const part of chunks(unique)) {
    const found = (await trx('sync_rows')
      .where({ org_id: orgId })
      .whereIn(['entity', 'row_id'], part)) as SyncRowRecord[];
    for (const r of found) {
      const data = JSON.parse(r.data) as Record<string, CellValue>;
      rows.set(rowKey(r.entity, r.row_id), {
        entity: r.entity,
        id: r.row_id,
        data,
        hlcs: unpackHlcs(r.hlcs, data),
        writers: r.writers ? JSON.parse(r.writers) : {},
        exists: true,
        dirty: false,
        updatedSeq: Number(r.updated_seq),
      });
    }
  }
  const uuids = [...new Set(keys.map((k) => k.id).filter((id) => UUID.test(id)))];
  for (const part of chunks(uuids)) {
    const held = (await trx('sync_rows').whereIn('row_id', part).whereNot('org_id', orgId).distinct('row_id')) as {
      row_id: string;
    }[];
    for (const r of held) foreign.add(r.row_id);
    const orgIds = (await trx('orgs').whereIn('id', part).select('id')) as { id: string }[];
    for (const o of orgIds) foreign.add(o.id);
  }
  return { rows, foreign };
}

export function deletedAtOf(data: Record<string, CellValue>): string | null {
  const v = data.deleted_at;
  return v === null || v === undefined ? null : String(v);
}

export async function saveRows(trx: Knex.Transaction, orgId: string, states: readonly RowState[]) {
  for (const part of chunks(states)) {
    await trx('sync_rows')
      .insert(
        part.map((s) => ({
          org_id: orgId,
          entity: s.entity,
          row_id: s.id,
          data: JSON.stringify(s.data),
          hlcs: packHlcs(s.hlcs),
          writers: Object.keys(s.writers).length ? JSON.stringify(s.writers) : null,
          deleted_at: deletedAtOf(s.data),
          updated_seq: s.updatedSeq,
        })),
      )
      .onConflict(['org_id', 'entity', 'row_id'])
      .merge(['data', 'hlcs', 'writers', 'deleted_at', 'updated_seq']);
  }
}

/** Whether the CĐCS already has data on the server (live members or documents): a first sync must then ask. */
export async function serverHasData(knex: Knex, orgId: string): Promise<boolean> {
  const row = await knex('sync_rows')
    .where({ org_id: orgId })
    .whereIn('entity', ['members', 'documents'])
    .whereNull('deleted_at')
    .first('row_id');
  return !!row;
}
