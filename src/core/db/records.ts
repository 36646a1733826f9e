/**
 * The one way domain code writes syncable rows. Every table has id (UUIDv7), created_at, updated_at, deleted_at;
 * every insert/update/delete of a synced row writes an outbox row (entity, id, the names of the changed columns, HLC,
 * device) in the same transaction, so the sync issue only has to read the outbox. Rows that stay on this PC (the
 * audit log, jobs, local settings: sync-tables.ts) write none. Every write is noted on the change feed (changes.ts).
 *
 * The outbox names columns, it does not copy their values: a push reads them from the row, which always holds the
 * latest value, while the outbox says which column changed at which HLC (what per-column last-writer-wins needs).
 * A second copy of every member's CCCD, phone and address would outlive their erasure from the register, and would
 * double what a 10,000-member import writes.
 */
import type { Knex } from 'knex';
import { BulkWriter } from './bulk';
import type { ChangeFeed } from './changes';
import { uuidv7 } from './ids';
import type { HybridClock } from './hlc';
import { allPrepared, bindable, connectionOf, quote, runPrepared } from './statements';

export interface RecordContext {
  clock: HybridClock;
  deviceId: string;
  /** Where committed changes are announced (the session's feed); absent in bare tests and benchmarks. */
  changes?: ChangeFeed;
  /** Rows that stay on this PC (no outbox row): see sync-tables.ts. Absent: every row syncs. */
  isLocal?: (table: string, row: Row) => boolean;
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

type Db = Knex.Transaction | Knex;
const inTransaction = (db: Db): db is Knex.Transaction => (db as Knex.Transaction).isTransaction === true;

const insertSql = (table: string, cols: string[]) =>
  `INSERT INTO ${quote(table)} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
const updateSql = (table: string, cols: string[]) =>
  `UPDATE ${quote(table)} SET ${cols.map((c) => `${quote(c)} = ?`).join(', ')} WHERE id = ?`;

/**
 * Inside a transaction the statements run prepared, straight on the transaction's connection (statements.ts);
 * on the plain knex (tests, rare one-off writes) through knex, which takes the pooled connection in turn.
 */
async function insertRow(db: Db, table: string, row: Row): Promise<void> {
  if (!inTransaction(db)) return void (await db(table).insert(row));
  const cols = Object.keys(row);
  await runPrepared(
    await connectionOf(db),
    insertSql(table, cols),
    cols.map((c) => bindable(row[c])),
  );
}

async function writeOutbox(
  db: Db,
  ctx: RecordContext,
  entity: string,
  id: string,
  op: string,
  fields: string,
  row: Row,
) {
  if (ctx.isLocal?.(entity, row)) return;
  await insertRow(db, 'outbox', {
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

/** For a write made without these helpers (a direct knex statement): tells the change feed, after COMMIT. */
export function noteChange(db: Db, ctx: RecordContext, table: string, id: string | 'all'): void {
  ctx.changes?.note(db, table, id);
}

export async function insertRecord(db: Db, ctx: RecordContext, table: string, values: Row): Promise<Row> {
  const now = nowIso();
  const row: Row = { id: uuidv7(), ...values, created_at: now, updated_at: now, deleted_at: null };
  await insertRow(db, table, row);
  await writeOutbox(db, ctx, table, row.id as string, 'insert', ALL_COLUMNS, row);
  ctx.changes?.note(db, table, row.id as string);
  return row;
}

async function currentRow(db: Db, table: string, id: string): Promise<Row | undefined> {
  if (!inTransaction(db)) return (await db(table).where({ id }).first()) as Row | undefined;
  return (await allPrepared<Row>(await connectionOf(db), `SELECT * FROM ${quote(table)} WHERE id = ?`, [id]))[0];
}

/** Updates only the fields that really change; returns the changed field names (empty: nothing written). */
export async function updateRecord(
  db: Db,
  ctx: RecordContext,
  table: string,
  id: string,
  values: Row,
): Promise<string[]> {
  const current = await currentRow(db, table, id);
  if (!current) return [];
  const changed: Row = {};
  for (const [k, v] of Object.entries(values)) if (current[k] !== bindable(v)) changed[k] = v;
  const names = Object.keys(changed);
  if (names.length === 0) return [];
  changed.updated_at = nowIso();
  if (inTransaction(db)) {
    const cols = Object.keys(changed);
    await runPrepared(await connectionOf(db), updateSql(table, cols), [...cols.map((c) => bindable(changed[c])), id]);
  } else await db(table).where({ id }).update(changed);
  await writeOutbox(db, ctx, table, id, 'update', JSON.stringify(names), current);
  ctx.changes?.note(db, table, id);
  return names;
}

/** Tombstone, never a hard delete: sync must be able to tell "deleted" from "never seen". */
export async function softDeleteRecord(db: Db, ctx: RecordContext, table: string, id: string): Promise<boolean> {
  const now = nowIso();
  const n = inTransaction(db)
    ? await runPrepared(
        await connectionOf(db),
        `UPDATE ${quote(table)} SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
        [now, now, id],
      )
    : await db(table).where({ id }).whereNull('deleted_at').update({ deleted_at: now, updated_at: now });
  if (n === 0) return false;
  // Only the id is known here: a table that is local by row (settings) never deletes through this path.
  await writeOutbox(db, ctx, table, id, 'delete', '["deleted_at"]', { id });
  ctx.changes?.note(db, table, id);
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
  private queued = 0;
  private writer: BulkWriter | null = null;

  constructor(private readonly ctx: RecordContext) {}

  /** Records queued since the last flush. */
  get pending(): number {
    return this.queued;
  }

  add(table: string, values: Row): Row {
    const now = nowIso();
    const row: Row = { id: uuidv7(), ...values, created_at: now, updated_at: now, deleted_at: null };
    const list = this.rows.get(table);
    if (list) list.push(row);
    else this.rows.set(table, [row]);
    this.queued++;
    if (!this.ctx.isLocal?.(table, row)) {
      const { clock, deviceId } = this.ctx;
      this.outbox.push({
        id: uuidv7(),
        entity: table,
        entity_id: row.id,
        op: 'insert',
        fields: ALL_COLUMNS,
        hlc: clock.tick(),
        device_id: deviceId,
        created_at: now,
      });
    }
    return row;
  }

  async flush(trx: Knex.Transaction): Promise<void> {
    this.writer ??= await BulkWriter.open(trx);
    for (const [table, rows] of this.rows) {
      this.writer.insert(table, rows);
      for (const r of rows) this.ctx.changes?.note(trx, table, r.id as string);
    }
    this.writer.insert('outbox', this.outbox);
    this.rows.clear();
    this.outbox = [];
    this.queued = 0;
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
