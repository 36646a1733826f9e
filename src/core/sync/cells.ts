/** Column values between SQLite and the wire: BLOBs travel as `{ b64 }`, everything else as it is. */
import type { Knex } from 'knex';
import type { CellValue } from '../../shared/sync-protocol';
import type { Row } from '../db/records';
import { quote } from '../db/statements';

type Db = Knex | Knex.Transaction;

export function toCell(v: unknown): CellValue {
  if (v === undefined || v === null) return null;
  if (Buffer.isBuffer(v)) return { b64: v.toString('base64') };
  if (v instanceof Uint8Array) return { b64: Buffer.from(v).toString('base64') };
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function fromCell(v: CellValue): unknown {
  if (v !== null && typeof v === 'object') return Buffer.from(v.b64, 'base64');
  return v;
}

/**
 * A table's columns. Every open vault is migrated to this build's schema, so a table's columns are the same in any
 * vault: cached by name (a missing table is not cached: a test's extra module may add it later).
 */
const columnCache = new Map<string, { names: Set<string>; nullByDefault: Set<string> }>();

async function columnInfo(db: Db, table: string) {
  const known = columnCache.get(table);
  if (known) return known;
  const rows = (await db.raw(`PRAGMA table_info(${quote(table)})`)) as {
    name: string;
    notnull: number;
    dflt_value: string | null;
  }[];
  if (rows.length === 0) return null;
  const info = {
    names: new Set(rows.map((r) => r.name)),
    nullByDefault: new Set(rows.filter((r) => !r.notnull && r.dflt_value === null).map((r) => r.name)),
  };
  columnCache.set(table, info);
  return info;
}

/** The table's column names, or null when this vault has no such table. */
export async function columnsOf(db: Db, table: string): Promise<Set<string> | null> {
  return (await columnInfo(db, table))?.names ?? null;
}

/** The columns an INSERT that leaves them out fills with NULL: nullable, with no default. */
export async function nullByDefault(db: Db, table: string): Promise<Set<string>> {
  return (await columnInfo(db, table))?.nullByDefault ?? new Set();
}

/** Rows by id, as a map: one statement (the ids as one JSON parameter, not one placeholder each). */
export async function rowsById(db: Db, table: string, ids: readonly string[]): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  if (ids.length === 0) return out;
  const rows = (await db.raw(`SELECT * FROM ${quote(table)} WHERE id IN (SELECT value FROM json_each(?))`, [
    JSON.stringify(ids),
  ])) as Row[];
  for (const r of rows) out.set(String(r.id), r);
  return out;
}
