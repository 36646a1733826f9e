/**
 * The unlocked state: the open database, the data key, the record context and the change feed. Exists only while
 * unlocked; `close` drops the key from memory.
 */
import type { Knex } from 'knex';
import { ChangeFeed } from './db/changes';
import { openDatabase } from './db/connection';
import { HybridClock } from './db/hlc';
import { migrate, type MigrateResult } from './db/migrate';
import type { RecordContext } from './db/records';
import { makeIsLocal } from './db/sync-tables';

export class Session {
  private constructor(
    public db: Knex,
    readonly dataKey: Buffer,
    readonly record: RecordContext,
    /** Every committed change to this database: `session.changes.subscribe(listener)`. */
    readonly changes: ChangeFeed,
    /** The database's tables, for the "everything changed" announcement of an unlock or a restore. */
    readonly tables: readonly string[],
  ) {}

  static async open(
    file: string,
    dataKey: Buffer,
    deviceId: string,
    beforeMigrate?: (db: Knex, from: number, to: number) => Promise<void>,
  ): Promise<{ session: Session; migrated: MigrateResult }> {
    const db = await openDatabase({ file, key: dataKey });
    try {
      const migrated = await migrate(db, { beforeMigrate: beforeMigrate && ((f, t) => beforeMigrate(db, f, t)) });
      const last = (await db('outbox').max({ hlc: 'hlc' }).first()) as { hlc: string | null } | undefined;
      const clock = new HybridClock(deviceId.replace(/-/g, '').slice(-16), last?.hlc ?? null);
      const tables = (await db('sqlite_master')
        .where({ type: 'table' })
        .whereNot('name', 'like', 'sqlite_%')
        .pluck('name')) as string[];
      const changes = new ChangeFeed();
      const record: RecordContext = { clock, deviceId, changes, isLocal: makeIsLocal() };
      return { session: new Session(db, Buffer.from(dataKey), record, changes, tables), migrated };
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
    await this.db.destroy();
    this.dataKey.fill(0);
  }
}
