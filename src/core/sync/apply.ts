/**
 * Applying other PCs' changes to this vault (decision 5), inside the caller's write transaction:
 * - per column, a change loses to this PC's own write of that column when the outbox holds it with a later HLC
 *   (not sent yet, or sent after the change was logged: the server's log is per column in HLC order, so whatever
 *   this PC wrote later is already, or will be, the server's value too);
 * - plain upserts, no outbox rows (they came from the server), every row noted on the change feed so derived data
 *   (member search) follows;
 * - a row two PCs made for one real thing (NATURAL_KEYS) is re-keyed to the smaller id on both PCs (at a first sync:
 *   to the server's), and the server's copy under the id given up is deleted there;
 * - a clash on another unique column is parked as a 'duplicate' conflict, never failing the whole sync.
 */
import type { Knex } from 'knex';
import type { CellValue } from '../../shared/sync-protocol';
import { NATURAL_KEYS, SYNCED_ENTITIES } from '../../shared/sync-entities';
import { LOCAL_SETTING_KEYS } from '../db/sync-tables';
import { uuidv7 } from '../db/ids';
import type { RecordContext, Row } from '../db/records';
import { allPrepared, connectionOf, quote, runPrepared, type RawConnection } from '../db/statements';
import { columnsOf, fromCell, nullByDefault } from './cells';
import { InsertBatch, type QueuedInsert } from './insert-batch';
import { addConflict, entityLabel } from './conflicts';

const SYNCED: ReadonlySet<string> = new Set(SYNCED_ENTITIES);

/** A change or a snapshot row, as applied here. */
export interface IncomingRow {
  entity: string;
  id: string;
  fields: Record<string, CellValue>;
  /** Each column's HLC (a snapshot row), or one for every column (a change: one mutation's write). */
  hlcs: Record<string, string> | string;
}

const hlcOf = (row: IncomingRow, column: string) =>
  typeof row.hlcs === 'string' ? row.hlcs : (row.hlcs[column] ?? '');

const latestOf = (row: IncomingRow) =>
  typeof row.hlcs === 'string' ? row.hlcs : Object.values(row.hlcs).reduce((a, b) => (b > a ? b : a), '');

export interface ApplyResult {
  /** Rows that took at least one column. */
  applied: number;
  conflicts: number;
  /** The latest HLC of the rows ('' when none). */
  latest: string;
  /** Deletes queued for the server's copies of re-keyed rows (to push before the run ends). */
  tombstones: number;
}

interface OwnWrite {
  fields: string[];
  hlc: string;
  sent: boolean;
}

/** This PC's writes (not refused by the server) to the rows of this page, by entity/id. */
async function ownWrites(trx: Knex.Transaction, rows: readonly IncomingRow[]): Promise<Map<string, OwnWrite[]>> {
  const out = new Map<string, OwnWrite[]>();
  if (rows.length === 0) return out;
  // One statement, the ids as one JSON parameter (a page's thousand placeholders cost more than the lookup).
  const found = (await trx.raw(
    `SELECT entity, entity_id, op, fields, hlc, sent_at FROM outbox
     WHERE entity_id IN (SELECT value FROM json_each(?)) AND rejected IS NULL`,
    [JSON.stringify([...new Set(rows.map((r) => r.id))])],
  )) as Row[];
  for (const o of found) {
    const key = `${String(o.entity)}/${String(o.entity_id)}`;
    const names = JSON.parse(String(o.fields)) as string[];
    if (o.op === 'update') names.push('updated_at');
    const list = out.get(key) ?? [];
    list.push({ fields: names, hlc: String(o.hlc), sent: o.sent_at !== null });
    out.set(key, list);
  }
  return out;
}

/** The incoming columns that win here: known to this schema, and not written later by this PC. */
function winningColumns(row: IncomingRow, cols: Set<string>, own: OwnWrite[] | undefined): string[] {
  const out: string[] = [];
  for (const c of Object.keys(row.fields)) {
    if (c === 'id' || !cols.has(c)) continue;
    const theirs = hlcOf(row, c);
    if (own?.some((w) => w.hlc > theirs && (w.fields.includes('*') || w.fields.includes(c)))) continue;
    out.push(c);
  }
  return out;
}

interface QueuedRow extends QueuedInsert {
  row: IncomingRow;
  present: Set<string>;
}

/** What the page needs to know of one of its tables: its columns, and which of the page's ids it holds. */
interface PageTable {
  cols: Set<string>;
  nullByDefault: ReadonlySet<string>;
  present: Set<string>;
}

/** The ids of `ids` the table holds (one statement, the ids as one JSON parameter). */
async function presentIds(trx: Knex.Transaction, table: string, ids: readonly string[]): Promise<Set<string>> {
  const rows = (await trx.raw(`SELECT id FROM ${quote(table)} WHERE id IN (SELECT value FROM json_each(?))`, [
    JSON.stringify(ids),
  ])) as { id: string }[];
  return new Set(rows.map((r) => String(r.id)));
}

const isUniqueError = (err: unknown) => /SQLITE_CONSTRAINT: UNIQUE/i.test(String((err as Error)?.message));
const isNotNullError = (err: unknown) => /SQLITE_CONSTRAINT: NOT NULL/i.test(String((err as Error)?.message));

export class Applier {
  constructor(
    private readonly trx: Knex.Transaction,
    private readonly ctx: RecordContext,
    /** First sync: a row made here for a thing the CĐCS already has always takes the server's id. */
    private readonly preferIncoming = false,
  ) {}

  /** Applies rows in order; the clock receives the latest HLC seen. */
  async apply(rows: readonly IncomingRow[]): Promise<ApplyResult> {
    const result: ApplyResult = { applied: 0, conflicts: 0, latest: '', tombstones: 0 };
    const own = await ownWrites(this.trx, rows);
    const byEntity = new Map<string, string[]>();
    for (const r of rows) {
      const ids = byEntity.get(r.entity);
      if (ids) ids.push(r.id);
      else byEntity.set(r.entity, [r.id]);
    }
    const tables = new Map<string, PageTable>();
    for (const [entity, ids] of byEntity) {
      const cols = SYNCED.has(entity) ? await columnsOf(this.trx, entity) : null;
      if (!cols) continue; // an entity this build does not sync (a newer PC's): left to a later version
      tables.set(entity, {
        cols,
        nullByDefault: await nullByDefault(this.trx, entity),
        present: await presentIds(this.trx, entity, ids),
      });
    }
    const conn = await connectionOf(this.trx);
    // HLC strings sort in causal order: receiving the latest one is receiving them all.
    let latest = '';
    for (const row of rows) {
      const h = latestOf(row);
      if (h > latest) latest = h;
    }
    if (latest) this.ctx.clock.receive(latest);
    result.latest = latest;
    const batch = new InsertBatch<QueuedRow>(
      conn,
      (q) => this.insertOne(conn, q, result),
      (q) => {
        this.ctx.changes?.note(this.trx, q.entity, q.id);
        result.applied++;
      },
    );
    for (const row of rows) {
      const table = tables.get(row.entity);
      if (!table) continue;
      if (row.entity === 'settings' && LOCAL_SETTING_KEYS.has(String(row.fields.key))) continue;
      if (batch.has(row.id)) await batch.flush(); // its insert first: it may have been parked instead
      let exists = table.present.has(row.id);
      if (!exists) {
        if (NATURAL_KEYS[row.entity]) await batch.flush(); // the lookup must see the rows queued before it
        const adopted = await this.adoptNatural(row, own, result);
        if (adopted === 'alias') continue;
        exists = adopted !== null;
        if (exists) table.present.add(row.id);
      }
      const names = winningColumns(row, table.cols, own.get(`${row.entity}/${row.id}`));
      if (names.length === 0) continue;
      const values = names.map((c) => fromCell(row.fields[c]));
      if (!exists) {
        table.present.add(row.id); // a later change of it in this page updates it
        const { nullByDefault: implicit, present } = table;
        await batch.add({ entity: row.entity, id: row.id, names, values, nullByDefault: implicit, row, present });
        continue;
      }
      await batch.flush();
      try {
        const sql = `UPDATE ${quote(row.entity)} SET ${names.map((c) => `${quote(c)} = ?`).join(', ')} WHERE id = ?`;
        await runPrepared(conn, sql, [...values, row.id]);
      } catch (err) {
        if (isUniqueError(err)) {
          if (await this.park(row, err)) result.conflicts++;
          continue;
        }
        throw err;
      }
      this.ctx.changes?.note(this.trx, row.entity, row.id);
      result.applied++;
    }
    await batch.flush();
    return result;
  }

  /** One new row on its own: a clash parks it, part of a row never had here (NOT NULL) is skipped. */
  private async insertOne(conn: RawConnection, q: QueuedRow, result: ApplyResult): Promise<boolean> {
    const all = ['id', ...q.names];
    const sql = `INSERT INTO ${quote(q.entity)} (${all.map(quote).join(', ')}) VALUES (${all.map(() => '?').join(', ')})`;
    try {
      await runPrepared(conn, sql, [q.id, ...q.values]);
      return true;
    } catch (err) {
      q.present.delete(q.id);
      if (isUniqueError(err)) {
        if (await this.park(q.row, err)) result.conflicts++;
        return false;
      }
      // Part of a row this PC never had (its insert was refused, or it was an alias): nothing to update.
      if (isNotNullError(err)) return false;
      throw err;
    }
  }

  /**
   * A row this PC does not have, whose natural key a live local row holds: both PCs keep the smaller id. Returns
   * the local row re-keyed to the incoming id, 'alias' when the local row keeps its id (the incoming one is the
   * other PC's copy, which that PC re-keys in turn), or null when nothing matches.
   */
  private async adoptNatural(
    row: IncomingRow,
    own: Map<string, OwnWrite[]>,
    result: ApplyResult,
  ): Promise<Row | 'alias' | null> {
    const keys = NATURAL_KEYS[row.entity];
    if (!keys) return null;
    if (row.fields.deleted_at !== undefined && row.fields.deleted_at !== null) return null;
    if (keys.some((k) => row.fields[k] === undefined || row.fields[k] === null)) return null;
    const where = ['deleted_at IS NULL', 'id <> ?', ...keys.map((k) => `${quote(k)} = ?`)].join(' AND ');
    const conn = await connectionOf(this.trx);
    const found = await allPrepared<Row>(conn, `SELECT * FROM ${quote(row.entity)} WHERE ${where} LIMIT 1`, [
      row.id,
      ...keys.map((k) => fromCell(row.fields[k])),
    ]);
    const mine = found[0];
    if (!mine) return null;
    const mineId = String(mine.id);
    if (mineId < row.id && !this.preferIncoming) return 'alias';
    const sent = await this.trx('outbox')
      .where({ entity: row.entity, entity_id: mineId })
      .whereNotNull('sent_at')
      .first('id');
    await this.trx(row.entity).where({ id: mineId }).update({ id: row.id });
    // This PC's unsent writes to the row now name the adopted id (sent ones stay with the old id the server has);
    // its insert is no longer of a row new to the server (push.ts fast-forward).
    // Its whole-row insert now claims only the columns it filled: an empty default written here must not beat
    // what the CĐCS has in that column (a fresh vault's blank chair name over the real one).
    const filled = JSON.stringify(Object.keys(mine).filter((k) => k !== 'id' && mine[k] !== null && mine[k] !== ''));
    await this.trx('outbox')
      .where({ entity: row.entity, entity_id: mineId })
      .whereNull('sent_at')
      .update({
        entity_id: row.id,
        op: this.trx.raw("CASE op WHEN 'insert' THEN 'upsert' ELSE op END"),
        fields: this.trx.raw(`CASE fields WHEN '["*"]' THEN ? ELSE fields END`, [filled]),
      });
    // The server has this PC's copy under the old id: it is deleted there too, so the CĐCS keeps one.
    if (sent) {
      await this.tombstone(row.entity, mineId);
      result.tombstones++;
    }
    const moved = await ownWrites(this.trx, [row]);
    own.set(`${row.entity}/${row.id}`, moved.get(`${row.entity}/${row.id}`) ?? []);
    this.ctx.changes?.note(this.trx, row.entity, mineId);
    return { ...mine, id: row.id };
  }

  private async tombstone(entity: string, id: string): Promise<void> {
    await this.trx('outbox').insert({
      id: uuidv7(),
      entity,
      entity_id: id,
      op: 'delete',
      fields: '["deleted_at"]',
      hlc: this.ctx.clock.tick(),
      device_id: this.ctx.deviceId,
      created_at: new Date().toISOString(),
    });
  }

  /** Parks a clashing row as a conflict (once: its later changes clash again while it is open). */
  private async park(row: IncomingRow, err: unknown): Promise<boolean> {
    const open = await this.trx('sync_conflicts')
      .where({ kind: 'duplicate', entity: row.entity, entity_id: row.id })
      .whereNull('resolved_at')
      .first('id');
    if (open) return false;
    const detail = String((err as Error).message).replace(/^.*SQLITE_CONSTRAINT: /, '');
    await addConflict(this.trx, this.ctx, {
      kind: 'duplicate',
      entity: row.entity,
      entityId: row.id,
      title: `${entityLabel(row.entity)} từ máy khác trùng với dữ liệu trên máy này`,
      detail,
    });
    return true;
  }
}
