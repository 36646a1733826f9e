/**
 * Prepared statements cached per SQLite connection, for the single-row write path (records.ts): building the SQL
 * through knex for every row, and compiling it in SQLite again, cost about as much as the write itself. A
 * statement is keyed by its SQL text, prepared once per connection, and finalized when the connection closes
 * (connection.ts): SQLite refuses to close a connection with statements still open.
 */
import type { Knex } from 'knex';

interface RawStatement {
  run(params: unknown[], cb: (this: { changes: number }, err: Error | null) => void): void;
  all(params: unknown[], cb: (err: Error | null, rows: unknown[]) => void): void;
  finalize(cb: () => void): void;
}
export interface RawConnection {
  prepare(sql: string, cb: (err: Error | null) => void): RawStatement;
}
interface Prepared {
  st: RawStatement;
  ready: Promise<void>;
}

const caches = new WeakMap<object, Map<string, Prepared>>();

/** What knex binds: booleans as 0/1, undefined as NULL. */
export function bindable(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The transaction's own connection (knex's transaction client hands out the one it holds). A finished
 * transaction is refused as knex itself would: a statement issued on its connection would run outside it.
 */
export async function connectionOf(trx: Knex.Transaction): Promise<RawConnection> {
  if (trx.isCompleted()) throw new Error('Transaction query already complete');
  return (trx as unknown as { client: { acquireConnection(): Promise<RawConnection> } }).client.acquireConnection();
}

function prepared(conn: RawConnection, sql: string): Prepared {
  let cache = caches.get(conn);
  if (!cache) caches.set(conn, (cache = new Map()));
  let p = cache.get(sql);
  if (!p) {
    let st: RawStatement | undefined;
    const ready = new Promise<void>((res, rej) => {
      st = conn.prepare(sql, (e) => (e ? rej(e) : res()));
    });
    p = { st: st!, ready };
    cache.set(sql, p);
    // A statement that does not compile (unknown column) is not kept: the next call reports the same error.
    ready.catch(() => cache.delete(sql));
  }
  return p;
}

/** Runs a write; resolves with the number of rows it changed. */
export async function runPrepared(conn: RawConnection, sql: string, params: unknown[]): Promise<number> {
  const { st, ready } = prepared(conn, sql);
  await ready; // the driver drops runs queued on a statement that failed to prepare, callbacks and all
  return new Promise((res, rej) =>
    st.run(params, function (err) {
      if (err) rej(err);
      else res(this.changes);
    }),
  );
}

/** Reads rows. `all`, not `get`: the driver leaves a statement read with `get` open (holding its read). */
export async function allPrepared<T>(conn: RawConnection, sql: string, params: unknown[]): Promise<T[]> {
  const { st, ready } = prepared(conn, sql);
  await ready;
  return new Promise((res, rej) => st.all(params, (err, rows) => (err ? rej(err) : res(rows as T[]))));
}

/** Before the connection closes. */
export async function finalizeStatements(conn: object): Promise<void> {
  const cache = caches.get(conn);
  if (!cache) return;
  caches.delete(conn);
  const finalize = ({ st, ready }: Prepared) =>
    ready.then(
      () => new Promise<void>((res) => st.finalize(() => res())),
      () => undefined,
    );
  await Promise.all([...cache.values()].map(finalize));
}
