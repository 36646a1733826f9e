/**
 * The one way domain code writes syncable rows. Every table has id (UUIDv7), created_at, updated_at, deleted_at;
 * every insert/update/delete writes an outbox row (entity, id, the names of the changed columns, HLC, device) in the
 * same transaction, so the sync issue only has to read the outbox.
 *
 * The outbox names columns, it does not copy their values: a push reads them from the row, which always holds the
 * latest value, while the outbox says which column changed at which HLC (what per-column last-writer-wins needs).
 * A second copy of every member's CCCD, phone and address would outlive their erasure from the register, and would
 * double what a 10,000-member import writes.
 */
import type { Knex } from 'knex';
import { BulkWriter } from './bulk';
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

/** `fields` of an insert: every column of the row is new. */
export const ALL_COLUMNS = '["*"]';

async function writeOutbox(trx: Knex.Transaction | Knex, ctx: RecordContext, entity: string, id: string, op: string, fields: string) {
  await trx('outbox').insert({
    id: uuidv7(),
    entity,
    entity_id: id,
    op,
    fields,
    hlc: ctx.clock.tick(),
    device_id: ctx.deviceId,
    created_at: nowIso(),
  });
}

export async function insertRecord(trx: Knex.Transaction | Knex, ctx: RecordContext, table: string, values: Row): Promise<Row> {
  const now = nowIso();
  const row: Row = { id: uuidv7(), ...values, created_at: now, updated_at: now, deleted_at: null };
  await trx(table).insert(row);
  await writeOutbox(trx, ctx, table, row.id as string, 'insert', ALL_COLUMNS);
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
  await writeOutbox(trx, ctx, table, id, 'update', JSON.stringify(names));
  return names;
}

/** Tombstone, never a hard delete: sync must be able to tell "deleted" from "never seen". */
export async function softDeleteRecord(trx: Knex.Transaction | Knex, ctx: RecordContext, table: string, id: string): Promise<boolean> {
  const now = nowIso();
  const n = await trx(table).where({ id }).whereNull('deleted_at').update({ deleted_at: now, updated_at: now });
  if (n === 0) return false;
  await writeOutbox(trx, ctx, table, id, 'delete', '["deleted_at"]');
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
 * Bulk inserts for imports: the same rows and outbox entries as insertRecord, written as multi-row INSERTs inside
 * the caller's transaction. `flush` hands the queued rows to SQLite and returns while they are being written;
 * `finish` must be awaited before the transaction ends.
 */
export class BatchInserter {
  private readonly rows = new Map<string, Row[]>();
  private outbox: Row[] = [];
  private writer: BulkWriter | null = null;

  constructor(private readonly ctx: RecordContext) {}

  /** Records queued since the last flush. */
  get pending(): number {
    return this.outbox.length;
  }

  add(table: string, values: Row): Row {
    const now = nowIso();
    const row: Row = { id: uuidv7(), ...values, created_at: now, updated_at: now, deleted_at: null };
    const list = this.rows.get(table);
    if (list) list.push(row);
    else this.rows.set(table, [row]);
    this.outbox.push({ id: uuidv7(), entity: table, entity_id: row.id, op: 'insert', fields: ALL_COLUMNS, hlc: this.ctx.clock.tick(), device_id: this.ctx.deviceId, created_at: now });
    return row;
  }

  async flush(trx: Knex.Transaction): Promise<void> {
    this.writer ??= await BulkWriter.open(trx);
    for (const [table, rows] of this.rows) this.writer.insert(table, rows);
    this.writer.insert('outbox', this.outbox);
    this.rows.clear();
    this.outbox = [];
  }

  /** Writes what is left and waits for every write; throws the first failure (the caller's transaction rolls back). */
  async finish(trx: Knex.Transaction): Promise<void> {
    try {
      await this.flush(trx);
    } finally {
      await this.writer?.finish();
    }
  }

  /** After a failure elsewhere: lets the queued writes end (their errors no longer matter) before the rollback. */
  async abandon(): Promise<void> {
    await this.writer?.finish().catch(() => undefined);
  }
}
