/**
 * "Identical final state": every synced table of a vault (src/shared/sync-entities.ts) read into one canonical,
 * JSON-comparable form, tombstones included (a delete must be a tombstone on every PC). Left out, because they
 * legitimately differ between PCs and are not part of what syncs:
 * - `updated_at`: each PC's own bookkeeping of when it last wrote the row (an update's outbox row names the
 *   columns the user changed, not this one);
 * - `search_fold`: derived locally from the row (the change feed rebuilds it);
 * - rows of this PC's own settings keys (LOCAL_SETTING_KEYS);
 * - `created_at` of rows a migration seeds with a fixed id on every PC (dues rules, fund categories…): seeded
 *   without an outbox row, they are the same row everywhere and only the seeding time differs.
 */
import type { Knex } from 'knex';
import { LOCAL_SETTING_KEYS } from '../../../src/core/db/sync-tables';
import { SYNCED_ENTITIES } from '../../../src/shared/sync-entities';

export const IGNORED_COLUMNS: ReadonlySet<string> = new Set(['updated_at', 'search_fold']);

/** entity → row id → column → value (BLOBs as base64 text, booleans as SQLite's 0/1). */
export type State = Record<string, Record<string, Record<string, unknown>>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rows a sync produced or carried: UUIDv7 ids (seeded rows have fixed readable ids). */
export const isSyncedId = (id: string): boolean => UUID.test(id);

function canonicalValue(v: unknown): unknown {
  if (Buffer.isBuffer(v)) return { b64: v.toString('base64') };
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v ?? null;
}

export function canonicalRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const seeded = !isSyncedId(String(row.id));
  for (const k of Object.keys(row).sort()) {
    if (IGNORED_COLUMNS.has(k) || (seeded && k === 'created_at')) continue;
    out[k] = canonicalValue(row[k]);
  }
  return out;
}

/** Every synced table of the vault, rows sorted by id. */
export async function vaultState(db: Knex): Promise<State> {
  const state: State = {};
  for (const entity of SYNCED_ENTITIES) {
    const rows = (await db(entity).orderBy('id').select()) as Record<string, unknown>[];
    const byId: Record<string, Record<string, unknown>> = {};
    for (const row of rows) {
      if (entity === 'settings' && LOCAL_SETTING_KEYS.has(String(row.key))) continue;
      byId[String(row.id)] = canonicalRow(row);
    }
    if (rows.length) state[entity] = byId;
  }
  return state;
}

/** The server's view of the CĐCS, as a snapshot delivers it: entity → id → the columns the server holds. */
export type ServerState = Record<string, Record<string, Record<string, unknown>>>;

/**
 * What differs between a device and the server: a server row the device lacks, a column whose value differs, a
 * device row with a synced id the server never got. Empty = the same data. (The server holds the columns ever
 * pushed for a row; a device holds every column, so the comparison runs over the server's columns.)
 */
export function diffAgainstServer(device: State, server: ServerState): string[] {
  const out: string[] = [];
  for (const [entity, rows] of Object.entries(server)) {
    for (const [id, fields] of Object.entries(rows)) {
      const mine = device[entity]?.[id];
      if (!mine) {
        out.push(`${entity}/${id}: on the server, not on the device`);
        continue;
      }
      for (const [col, value] of Object.entries(fields)) {
        if (IGNORED_COLUMNS.has(col)) continue;
        const a = JSON.stringify(canonicalValue(value));
        const b = JSON.stringify(mine[col] ?? null);
        if (a !== b) out.push(`${entity}/${id}.${col}: server ${a}, device ${b}`);
      }
    }
  }
  for (const [entity, rows] of Object.entries(device))
    for (const id of Object.keys(rows))
      if (isSyncedId(id) && !server[entity]?.[id]) out.push(`${entity}/${id}: on the device, never reached the server`);
  return out;
}

/** A short, readable account of how two device states differ (for a failing assertion), or [] when equal. */
export function diffStates(a: State, b: State, names: [string, string] = ['a', 'b']): string[] {
  const out: string[] = [];
  const entities = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const entity of entities) {
    const ra = a[entity] ?? {};
    const rb = b[entity] ?? {};
    for (const id of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
      if (!ra[id] || !rb[id]) {
        out.push(`${entity}/${id}: only on ${ra[id] ? names[0] : names[1]}`);
        continue;
      }
      for (const col of new Set([...Object.keys(ra[id]), ...Object.keys(rb[id])])) {
        const x = JSON.stringify(ra[id][col] ?? null);
        const y = JSON.stringify(rb[id][col] ?? null);
        if (x !== y) out.push(`${entity}/${id}.${col}: ${names[0]} ${x}, ${names[1]} ${y}`);
      }
    }
  }
  return out;
}
