/**
 * The embedded database: a plain SQLite file through the same driver the PCs use (@journeyapps/sqlcipher, no key),
 * plugged into knex's sqlite3 dialect. WAL and a busy timeout let the admin commands write while `start` runs.
 */
import { createRequire } from 'node:module';
import knexFactory, { type Knex } from 'knex';

const nodeRequire = createRequire(import.meta.url);
// knex ships its dialects as CommonJS classes; we subclass the sqlite3 one to plug in the driver.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- knex's dialect classes have no types
const ClientSQLite3 = nodeRequire('knex/lib/dialects/sqlite3/index.js') as new (config: unknown) => any;
const TransactionSQLite3 = nodeRequire('knex/lib/dialects/sqlite3/execution/sqlite-transaction.js') as new (
  ...args: unknown[]
) => any; // eslint-disable-line @typescript-eslint/no-explicit-any -- same

/**
 * Write transactions take the write lock when they begin: a deferred transaction that read first and then writes
 * fails at once with SQLITE_BUSY when another process (an admin command beside `start`) committed in between.
 * Begun IMMEDIATE, it waits (busy_timeout) instead. It also serialises a CĐCS's pushes, as FOR UPDATE does on PG.
 */
class ImmediateTransaction extends TransactionSQLite3 {
  begin(conn: unknown) {
    return this.query(conn, 'BEGIN IMMEDIATE;');
  }
}

type RawDb = { exec(sql: string, cb: (err: Error | null) => void): void };

class ServerSQLiteClient extends ClientSQLite3 {
  _driver() {
    return nodeRequire('@journeyapps/sqlcipher');
  }
  async acquireRawConnection() {
    const db: RawDb = await super.acquireRawConnection();
    await new Promise<void>((res, rej) =>
      db.exec(
        'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA cache_size = -65536;',
        (e) => (e ? rej(e) : res()),
      ),
    );
    return db;
  }
  transaction(...args: unknown[]) {
    return new ImmediateTransaction(this, ...args);
  }
}

export function openSqlite(file: string): Knex {
  return knexFactory({
    client: ServerSQLiteClient as unknown as typeof knexFactory.Client,
    connection: { filename: file },
    useNullAsDefault: true,
    // One connection: the process's writes queue here instead of failing with SQLITE_BUSY against each other.
    pool: { min: 1, max: 1, idleTimeoutMillis: 2 ** 31 - 1 },
    acquireConnectionTimeout: 60_000,
    log: { warn() {}, error() {}, debug() {}, deprecate() {} },
  });
}
