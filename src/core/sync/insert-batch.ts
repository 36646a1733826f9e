/**
 * New rows of a pulled page, written as multi-row INSERTs: a page of 1,000 new members was 1,000 awaited statements
 * (each a round trip to the driver's thread), the bulk of a pull's time on the PC. Rows queue while they are of one
 * entity and one column set; anything else (an update, a row of another shape, a natural-key lookup) flushes first,
 * so the statements still run in page order. A statement that fails (a UNIQUE clash) is undone whole by SQLite, and
 * its rows are then written one by one by the caller's own path, which parks the clashing row alone.
 */
import { quote, runPrepared, type RawConnection } from '../db/statements';

export interface QueuedInsert {
  entity: string;
  id: string;
  names: string[];
  values: unknown[];
  /** Columns that an INSERT leaving them out fills with NULL (nullable, no default). */
  nullByDefault: ReadonlySet<string>;
}

/**
 * Rows per statement at most: each statement is a round trip to the driver's thread, and a page's round trips wait
 * behind whatever else the PC's one thread does meanwhile. With placeholders (rows holding files) the count is
 * fixed, so each shape is prepared once, and bound values stay below SQLite's limit.
 */
const ROWS = 500;
const MAX_PARAMS = 30_000;

export class InsertBatch<Q extends QueuedInsert = QueuedInsert> {
  private queued: Q[] = [];
  private key = '';
  private readonly ids = new Set<string>();

  constructor(
    private readonly conn: RawConnection,
    /** Writes rows one by one (the fallback, and a short tail); `written` is called for each row written. */
    private readonly one: (q: Q) => Promise<boolean>,
    private readonly written: (q: Q) => void,
  ) {}

  /** Whether a row of this id waits in the queue (a later change of it must see it written first). */
  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Whether `q` can join the queue without a flush first. */
  fits(q: Q): boolean {
    return this.queued.length === 0 || (this.key === shapeKey(q) && !this.ids.has(q.id));
  }

  async add(q: Q): Promise<void> {
    if (!this.fits(q)) await this.flush();
    if (this.queued.length === 0) this.key = shapeKey(q);
    this.queued.push(q);
    this.ids.add(q.id);
    if (this.queued.length >= rowsPerStatement(q)) await this.flush();
  }

  async flush(): Promise<void> {
    const list = this.queued;
    if (list.length === 0) return;
    this.queued = [];
    this.ids.clear();
    this.key = '';
    if (list.length > 1 && (await this.many(list))) {
      for (const q of list) this.written(q);
      return;
    }
    for (const q of list) if (await this.one(q)) this.written(q);
  }

  private async many(list: Q[]): Promise<boolean> {
    // A pulled row names every column, mostly empty ones: those NULL in every row of the statement are left to
    // their NULL default (each column costs as much to write as a row's worth of work).
    const kept = list[0].names.flatMap((name, i) =>
      list[0].nullByDefault.has(name) && list.every((q) => q.values[i] === null) ? [] : [i],
    );
    const cols = ['id', ...kept.map((i) => list[0].names[i])];
    const rows = list.map((q) => [q.id, ...kept.map((i) => q.values[i])]);
    const target = `INSERT INTO ${quote(list[0].entity)} (${cols.map(quote).join(', ')})`;
    // The rows as ONE JSON parameter that SQLite unpacks on its own thread: binding a hundred rows' values one by
    // one was the PC's largest cost on its main thread in a pull. BLOBs (files) cannot travel in JSON.
    const json = !rows.some((r) => r.some((v) => v instanceof Uint8Array));
    // Placeholders make a statement per row count: only the full count is prepared (the tail goes row by row).
    if (!json && list.length !== rowsPerStatement(list[0])) return false;
    const sql = json
      ? `${target} SELECT ${cols.map((_, i) => `value ->> ${i}`).join(', ')} FROM json_each(?)`
      : `${target} VALUES ${rows.map(() => `(${cols.map(() => '?').join(', ')})`).join(', ')}`;
    try {
      await runPrepared(this.conn, sql, json ? [JSON.stringify(rows)] : rows.flat());
      return true;
    } catch (err) {
      if (/SQLITE_CONSTRAINT/i.test(String((err as Error)?.message))) return false; // row by row, then
      throw err;
    }
  }
}

const shapeKey = (q: QueuedInsert) => `${q.entity}\u0000${q.names.join('\u0000')}`;
const rowsPerStatement = (q: QueuedInsert) =>
  Math.max(1, Math.min(ROWS, Math.floor(MAX_PARAMS / (q.names.length + 1))));
