/**
 * The unlocked state: the open database, the data key and the record context. Exists only while unlocked;
 * `close` drops the key from memory.
 */
import type { Knex } from 'knex';
import { openDatabase } from './db/connection';
import { HybridClock } from './db/hlc';
import { migrate, type MigrateResult, type Migration } from './db/migrate';
import { inReadScope } from './db/read-scope';
import type { RecordContext } from './db/records';

export class Session {
  private constructor(
    private readonly writer: Knex,
    /** A second, read-only connection (WAL: it sees the last commit, never waits for a write transaction). */
    private readonly reader: Knex,
    readonly dataKey: Buffer,
    readonly record: RecordContext,
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
  ): Promise<{ session: Session; migrated: MigrateResult }> {
    const db = await openDatabase({ file, key: dataKey });
    try {
      const before = beforeMigrate && ((f: number, t: number) => beforeMigrate(db, f, t));
      const migrated = await migrate(db, { migrations, beforeMigrate: before });
      const last = (await db('outbox').max({ hlc: 'hlc' }).first()) as { hlc: string | null } | undefined;
      const clock = new HybridClock(deviceId.replace(/-/g, '').slice(-16), last?.hlc ?? null);
      // Opened after migrating, so reads never see an older schema.
      const reader = await openDatabase({ file, key: dataKey, readOnly: true });
      return { session: new Session(db, reader, Buffer.from(dataKey), { clock, deviceId }), migrated };
    } catch (err) {
      await db.destroy();
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.writer.destroy();
    await this.reader.destroy();
    this.dataKey.fill(0);
  }
}
