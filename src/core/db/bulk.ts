/**
 * Bulk INSERTs (imports) straight on the transaction's own SQLite connection: multi-row statements, prepared once
 * per shape, issued without waiting for each other. The driver binds the values when a statement is issued and
 * SQLite writes on a worker thread, so the caller can prepare the next rows while the previous ones are written.
 * knex would re-scan a 30,000-placeholder SQL string for its bindings on every chunk and wait for each.
 *
 * Statements of one shape run in order; different ones may not, so foreign keys are deferred and checked in
 * `finish()` (a deferred violation would otherwise fail the COMMIT, which leaves SQLite's transaction open).
 */
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

interface Statement {
  run(params: unknown[], cb: (err: Error | null) => void): void;
  finalize(cb: (err: Error | null) => void): void;
}
interface Prepared {
  st: Statement;
  /** Settles when SQLite has compiled the statement (rejects on an unknown column, say). */
  ready: Promise<void>;
}
interface Connection {
  prepare(sql: string, cb: (err: Error | null) => void): Statement;
  all(sql: string, cb: (err: Error | null, rows: unknown[]) => void): void;
}

/** SQLite's bound-parameter limit is 32,766; past ~500 rows per statement bigger chunks stop paying off. */
const MAX_PARAMS = 32_000;
const MAX_ROWS = 500;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** What knex would bind: booleans as 0/1, missing values as NULL. */
function bindable(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

export class BulkWriter {
  private readonly statements = new Map<string, Prepared>();
  private readonly running: Promise<void>[] = [];
  private readonly tables = new Set<string>();

  private constructor(private readonly conn: Connection) {}

  /** Must be opened inside a transaction: the writes land (or roll back) together. */
  static async open(trx: Knex.Transaction): Promise<BulkWriter> {
    await trx.raw('PRAGMA defer_foreign_keys = ON'); // reset by SQLite itself at COMMIT/ROLLBACK
    // The transaction's client hands out the transaction's own connection (knex: trxClient.acquireConnection).
    const conn = await (
      trx as unknown as { client: { acquireConnection(): Promise<Connection> } }
    ).client.acquireConnection();
    return new BulkWriter(conn);
  }

  /** Binds and queues the rows now; `finish()` waits for them. */
  insert(table: string, rows: Row[]): void {
    if (rows.length === 0) return;
    this.tables.add(table);
    const seen = new Set<string>();
    for (const r of rows) for (const k in r) seen.add(k);
    const cols = [...seen];
    const per = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / cols.length)));
    for (let i = 0; i < rows.length; i += per) this.insertChunk(table, cols, rows.slice(i, i + per));
  }

  /**
   * One multi-row INSERT. A column with the same value in every row (timestamps, NULLs, the entity of outbox rows…)
   * is bound once as a numbered parameter (?1) that every row refers to: the driver's per-value binding is the
   * main cost of a bulk write, and about half the values of an import are such repeats.
   */
  private insertChunk(table: string, cols: string[], rows: Row[]): void {
    const params: unknown[] = [];
    const slot: (string | null)[] = cols.map((c) => {
      const v = bindable(rows[0][c]);
      for (let r = 1; r < rows.length; r++) if (bindable(rows[r][c]) !== v) return null;
      params.push(v);
      return `?${params.length}`;
    });
    const varying = cols.filter((_, c) => slot[c] === null);
    let sql = `INSERT INTO ${quote(table)} (${cols.map(quote).join(',')}) VALUES `;
    let n = params.length;
    for (let r = 0; r < rows.length; r++) {
      sql += r ? ',(' : '(';
      for (let c = 0; c < cols.length; c++) sql += (c ? ',' : '') + (slot[c] ?? `?${++n}`);
      sql += ')';
    }
    for (const row of rows) for (const c of varying) params.push(bindable(row[c]));
    const { st, ready } = this.statement(sql);
    this.running.push(
      new Promise((res, rej) => {
        ready.catch(rej); // the driver drops the runs queued on a statement that failed to prepare, callbacks and all
        st.run(params, (e) => (e ? rej(e) : res()));
      }),
    );
  }

  /** Waits for every queued insert and releases the statements; throws the first failure. */
  async finish(): Promise<void> {
    const results = await Promise.allSettled(this.running);
    this.running.length = 0;
    // Only prepared statements are finalized: the driver would never call back for one that failed to prepare.
    const finalize = ({ st, ready }: Prepared) =>
      ready.then(
        () => new Promise<void>((res) => st.finalize(() => res())),
        () => undefined,
      );
    await Promise.all([...this.statements.values()].map(finalize));
    this.statements.clear();
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    for (const table of this.tables) {
      const bad = await new Promise<unknown[]>((res, rej) =>
        this.conn.all(`PRAGMA foreign_key_check(${quote(table)})`, (e, rows) => (e ? rej(e) : res(rows))),
      );
      if (bad.length) throw new Error(`FOREIGN KEY constraint failed (${table}: ${bad.length} rows)`);
    }
    this.tables.clear();
  }

  private statement(sql: string): Prepared {
    let p = this.statements.get(sql);
    if (!p) {
      let st: Statement | undefined;
      const ready = new Promise<void>((res, rej) => {
        st = this.conn.prepare(sql, (e) => (e ? rej(e) : res()));
      });
      ready.catch(() => undefined); // reported through the runs that used it
      p = { st: st!, ready };
      this.statements.set(sql, p);
    }
    return p;
  }
}

/**
 * Runs a big write without SQLite folding the write-ahead log into the database file at its COMMIT (a 10,000-row
 * import would wait ~0.1–0.2 s for that); the fold then happens right after, in the background. The data is
 * durable either way: WAL pages are as safe as database pages.
 */
export async function withLateCheckpoint<T>(db: Knex, write: () => Promise<T>): Promise<T> {
  await db.raw('PRAGMA wal_autocheckpoint = 0');
  try {
    return await write();
  } finally {
    await db.raw('PRAGMA wal_autocheckpoint = 1000'); // SQLite's default
    db.raw('PRAGMA wal_checkpoint(PASSIVE)').catch(() => undefined); // not awaited; a failure is retried at the next commit
  }
}
