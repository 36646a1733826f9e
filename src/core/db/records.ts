/**
 * The one way domain code writes syncable rows. Every table has id (UUIDv7), created_at, updated_at, deleted_at;
 * every insert/update/delete writes an outbox row (entity, id, changed fields, HLC, device) in the same
 * transaction, so the sync issue only has to read the outbox.
 */
import type { Knex } from 'knex';
import { uuidv7 } from './ids';
import type { HybridClock } from './hlc';

export interface RecordContext {
  clock: HybridClock;
  deviceId: string;
}

export type Row = Record<string, unknown>;

let nowCache = { ms: -1, iso: '' };

function nowIso(): string {
  const ms = Date.now();
  if (ms !== nowCache.ms) nowCache = { ms, iso: new Date(ms).toISOString() };
  return nowCache.iso;
}

async function writeOutbox(trx: Knex.Transaction | Knex, ctx: RecordContext, entity: string, id: string, op: string, fields: Row) {
  await trx('outbox').insert({
    id: uuidv7(),
    entity,
    entity_id: id,
    op,
    fields: JSON.stringify(fields),
    hlc: ctx.clock.tick(),
    device_id: ctx.deviceId,
    created_at: nowIso(),
  });
}

export async function insertRecord(trx: Knex.Transaction | Knex, ctx: RecordContext, table: string, values: Row): Promise<Row> {
  const now = nowIso();
  const row: Row = { id: uuidv7(), ...values, created_at: now, updated_at: now, deleted_at: null };
  await trx(table).insert(row);
  await writeOutbox(trx, ctx, table, row.id as string, 'insert', values);
  return row;
}

/** Updates only the fields that really change; returns the changed field names (empty: nothing written). */
export async function updateRecord(trx: Knex.Transaction | Knex, ctx: RecordContext, table: string, id: string, values: Row): Promise<string[]> {
  const current = (await trx(table).where({ id }).first()) as Row | undefined;
  if (!current) return [];
  const changed: Row = {};
  for (const [k, v] of Object.entries(values)) if (current[k] !== v) changed[k] = v;
  const names = Object.keys(changed);
  if (names.length === 0) return [];
  await trx(table).where({ id }).update({ ...changed, updated_at: nowIso() });
  await writeOutbox(trx, ctx, table, id, 'update', changed);
  return names;
}

/** Tombstone, never a hard delete: sync must be able to tell "deleted" from "never seen". */
export async function softDeleteRecord(trx: Knex.Transaction | Knex, ctx: RecordContext, table: string, id: string): Promise<boolean> {
  const now = nowIso();
  const n = await trx(table).where({ id }).whereNull('deleted_at').update({ deleted_at: now, updated_at: now });
  if (n === 0) return false;
  await writeOutbox(trx, ctx, table, id, 'delete', { deleted_at: now });
  return true;
}

/** Columns every syncable table carries. */
export function syncColumns(t: Knex.CreateTableBuilder): void {
  t.string('id', 36).primary();
  t.string('created_at').notNullable();
  t.string('updated_at').notNullable();
  t.string('deleted_at').nullable();
}

/**
 * Bulk inserts for imports: the same rows and outbox entries as insertRecord, written as multi-row INSERTs
 * (one statement per chunk instead of two per record), inside the caller's transaction.
 */
export class BatchInserter {
  private readonly rows = new Map<string, Row[]>();
  private readonly outbox: Row[] = [];

  constructor(private readonly ctx: RecordContext) {}

  add(table: string, values: Row): Row {
    const now = nowIso();
    const row: Row = { id: uuidv7(), ...values, created_at: now, updated_at: now, deleted_at: null };
    const list = this.rows.get(table) ?? [];
    list.push(row);
    this.rows.set(table, list);
    this.outbox.push({ entity: table, entity_id: row.id, op: 'insert', fields: JSON.stringify(values), hlc: this.ctx.clock.tick(), device_id: this.ctx.deviceId, created_at: now });
    return row;
  }

  /** Tables are written in the order they were first added, so parents come before children. */
  async flush(trx: Knex.Transaction | Knex): Promise<void> {
    for (const [table, rows] of this.rows) await insertMany(trx, table, rows);
    const withIds = this.outbox.map((o) => ({ id: uuidv7(), ...o }));
    await insertMany(trx, 'outbox', withIds);
    this.rows.clear();
    this.outbox.length = 0;
  }
}

/**
 * Multi-row INSERT … VALUES (…), (…) in chunks under SQLite's bound-parameter limit. knex builds SQLite
 * multi-row inserts as SELECT … UNION ALL chains, which costs more than the write itself on big imports.
 */
async function insertMany(trx: Knex.Transaction | Knex, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const per = Math.max(1, Math.min(500, Math.floor(32_000 / cols.length)));
  const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
  const tuple = `(${cols.map(() => '?').join(',')})`;
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const values: unknown[] = [];
    for (const r of chunk) for (const c of cols) values.push(normalize(r[c]));
    await trx.raw(`INSERT INTO ${quote(table)} (${cols.map(quote).join(',')}) VALUES ${chunk.map(() => tuple).join(',')}`, values as Knex.RawBinding[]);
  }
}

/** What knex would bind: booleans as 0/1, missing values as NULL. */
function normalize(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}
