/** Small set-based helpers the projections share (portable knex: PostgreSQL and SQLite). */
import type { Knex } from 'knex';
import type { CellValue } from '../../shared/sync-protocol';
import { chunks } from '../sync/rows';

type Db = Knex | Knex.Transaction;
export type Row = Record<string, unknown>;

/** The push's own chunking (200 rows a statement stays far below SQLite's bound-parameter limit). */
export { CHUNK, chunks } from '../sync/rows';

/** INSERT … ON CONFLICT (key) DO UPDATE SET the given columns, in multi-row statements. */
export async function upsert(
  db: Db,
  table: string,
  key: readonly string[],
  rows: readonly object[],
  update: readonly string[],
): Promise<void> {
  for (const part of chunks(rows))
    await db(table)
      .insert(part as Row[])
      .onConflict([...key])
      .merge([...update]);
}

/** A synced text cell, or null when it is absent or not text. */
export function text(v: CellValue | undefined, max = 64): string | null {
  return typeof v === 'string' ? v.slice(0, max) : null;
}

/** An ISO date cell cut to YYYY-MM-DD (null when it is not one). */
export function isoDate(v: CellValue | undefined): string | null {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
}

/** A YYYY-MM cell. */
export function isoMonth(v: CellValue | undefined): string | null {
  return typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : null;
}

/** An integer cell (SQLite sends integers as numbers; an integer written as text is accepted too). */
export function integer(v: CellValue | undefined): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) ? n : null;
}

/** The drivers return COUNT/SUM as numbers (SQLite) or strings (PostgreSQL bigint): both read here. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
