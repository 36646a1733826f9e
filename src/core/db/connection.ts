/**
 * knex over the SQLCipher driver (@journeyapps/sqlcipher: N-API, one binary for Node and Electron).
 * The raw 32-byte key reaches SQLite as `PRAGMA key = "x'…'"` (hex we generated, never user text),
 * and is checked by reading sqlite_master at once: a wrong key fails here, before anything is written.
 */
import { createRequire } from 'node:module';
import knexFactory, { type Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { finalizeStatements } from './statements';

const nodeRequire = createRequire(import.meta.url);
// knex ships its dialects as CommonJS classes; we subclass the sqlite3 one to plug in the cipher driver.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- knex's dialect classes have no types
const ClientSQLite3 = nodeRequire('knex/lib/dialects/sqlite3/index.js') as new (config: unknown) => any;
const TransactionSQLite3 = nodeRequire('knex/lib/dialects/sqlite3/execution/sqlite-transaction.js') as new (
  ...args: unknown[]
) => any; // eslint-disable-line @typescript-eslint/no-explicit-any -- same

/**
 * Write transactions take the write lock when they begin (BEGIN IMMEDIATE), not at their first write. In WAL mode a
 * deferred transaction that read first and then writes fails at once with SQLITE_BUSY when another process (the app
 * beside the CLI) committed in between — the busy timeout cannot help, since its snapshot is stale. Begun
 * IMMEDIATE, the transaction waits (busy_timeout) for the other writer instead, and never holds a stale snapshot.
 */
class ImmediateTransaction extends TransactionSQLite3 {
  begin(conn: unknown) {
    return this.query(conn, 'BEGIN IMMEDIATE;');
  }
}

type RawDb = {
  exec(sql: string, cb: (err: Error | null) => void): void;
  get(sql: string, cb: (err: Error | null, row: unknown) => void): void;
  close(cb: (err: Error | null) => void): void;
};

export interface OpenOptions {
  file: string;
  /** 32-byte data key; null opens a plain SQLite file (benchmarks only). */
  key: Buffer | null;
  /** A connection that refuses every write (PRAGMA query_only): the session's connection for `read` commands. */
  readOnly?: boolean;
}

function execP(db: RawDb, sql: string): Promise<void> {
  return new Promise((res, rej) => db.exec(sql, (e) => (e ? rej(e) : res())));
}

export function isNotADatabase(err: unknown): boolean {
  return err instanceof Error && /SQLITE_NOTADB|file is not a database|file is encrypted/i.test(err.message);
}

export async function openDatabase(opts: OpenOptions): Promise<Knex> {
  const keyHex = opts.key ? opts.key.toString('hex') : null;
  class CipherClient extends ClientSQLite3 {
    _driver() {
      return nodeRequire('@journeyapps/sqlcipher');
    }
    async acquireRawConnection() {
      const db: RawDb = await super.acquireRawConnection();
      try {
        if (keyHex) {
          await execP(db, 'PRAGMA cipher_log_level = NONE');
          await execP(db, `PRAGMA key = "x'${keyHex}'"`);
        }
        await new Promise<void>((res, rej) =>
          db.get('SELECT count(*) AS n FROM sqlite_master', (e) => (e ? rej(e) : res())),
        );
        // A 32 MiB page cache keeps bulk imports and the register's index build from re-reading
        // (and re-decrypting) pages.
        await execP(
          db,
          'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;',
        );
        if (opts.readOnly) await execP(db, 'PRAGMA query_only = ON');
      } catch (err) {
        await new Promise<void>((res) => db.close(() => res()));
        throw err;
      }
      return db;
    }
    transaction(...args: unknown[]) {
      // A read-only connection never writes: its transactions stay deferred (a shared read, no write lock).
      return opts.readOnly ? super.transaction(...args) : new ImmediateTransaction(this, ...args);
    }
    async destroyRawConnection(db: RawDb) {
      // SQLite will not close a connection whose cached statements (records.ts) are still open.
      await finalizeStatements(db);
      return super.destroyRawConnection(db);
    }
  }
  const knex = knexFactory({
    client: CipherClient as unknown as typeof knexFactory.Client,
    connection: { filename: opts.file },
    useNullAsDefault: true,
    pool: { min: 1, max: 1, idleTimeoutMillis: 2 ** 31 - 1 },
    acquireConnectionTimeout: 60_000,
    // knex prints pool errors itself; ours are mapped to clear errors below, so keep stderr clean (and key-free).
    log: { warn() {}, error() {}, debug() {}, deprecate() {} },
  });
  try {
    await knex.raw('SELECT 1');
  } catch (err) {
    await knex.destroy();
    if (isNotADatabase(err)) throw new AppError('WRONG_SECRET', 'Sai mật khẩu: khoá không mở được cơ sở dữ liệu.');
    throw err;
  }
  return knex;
}

/** Verify a database file with a key without keeping it open: integrity check and schema version. */
export async function inspectDatabase(file: string, key: Buffer): Promise<{ integrity: string; userVersion: number }> {
  const db = await openDatabase({ file, key });
  try {
    const rows = (await db.raw('PRAGMA integrity_check')) as { integrity_check: string }[];
    const uv = (await db.raw('PRAGMA user_version')) as { user_version: number }[];
    return { integrity: rows.map((r) => r.integrity_check).join('; '), userVersion: uv[0].user_version };
  } finally {
    await db.destroy();
  }
}
