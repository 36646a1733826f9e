/**
 * The unlocked state: the open database, the data key, the record context and the change feed. Exists only while
 * unlocked; `close` drops the key from memory.
 */
import type { Knex } from 'knex';
import { ChangeFeed } from './db/changes';
import { openDatabase } from './db/connection';
import { HybridClock } from './db/hlc';
import { migrate, type MigrateResult, type Migration } from './db/migrate';
import { inReadScope } from './db/read-scope';
import type { RecordContext } from './db/records';
import { makeIsLocal } from './db/sync-tables';

export class Session {
  private constructor(
    private readonly writer: Knex,
    /** A second, read-only connection (WAL: it sees the last commit, never waits for a write transaction). */
    private readonly reader: Knex,
    readonly dataKey: Buffer,
    readonly record: RecordContext,
    /** Every committed change to this database: `session.changes.subscribe(listener)`. */
    readonly changes: ChangeFeed,
    /** The database's tables, for the "everything changed" announcement of an unlock or a restore. */
    readonly tables: readonly string[],
  ) {}

  /** The writer, except inside a `read` command (db/read-scope.ts), which gets the read-only connection. */
  get db(): Knex {
    return inReadScope() ? this.reader : this.writer;
  }

  static async open(
    file: string,
    dataKey: Buffer,
    deviceId: string,
    beforeMigrate?: (db: Knex, from: number, to: number) => Promise<void>,
    migrations?: readonly Migration[],
    /** Tables whose rows stay on this PC (the modules' `local` declarations): no outbox row for them. */
    localTables: ReadonlySet<string> = new Set(),
  ): Promise<{ session: Session; migrated: MigrateResult }> {
    const db = await openDatabase({ file, key: dataKey });
    try {
      const before = beforeMigrate && ((f: number, t: number) => beforeMigrate(db, f, t));
      const migrated = await migrate(db, { migrations, beforeMigrate: before });
      const last = (await db('outbox').max({ hlc: 'hlc' }).first()) as { hlc: string | null } | undefined;
      const clock = new HybridClock(deviceId.replace(/-/g, '').slice(-16), last?.hlc ?? null);
      const tables = (await db('sqlite_master')
        .where({ type: 'table' })
        .whereNot('name', 'like', 'sqlite_%')
        .pluck('name')) as string[];
      const changes = new ChangeFeed();
      const record: RecordContext = { clock, deviceId, changes, isLocal: makeIsLocal(localTables) };
      // Opened after migrating, so reads never see an older schema.
      const reader = await openDatabase({ file, key: dataKey, readOnly: true });
      return { session: new Session(db, reader, Buffer.from(dataKey), record, changes, tables), migrated };
    } catch (err) {
      await db.destroy();
      throw err;
    }
  }

  /** Tells every listener that every table changed (after an unlock, a restore): derived data is rebuilt. */
  announceAll(): void {
    this.changes.emitAll(this.tables);
  }

  async close(): Promise<void> {
    await this.writer.destroy();
    await this.reader.destroy();
    this.dataKey.fill(0);
  }
}
