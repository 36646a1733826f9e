/**
 * The unlocked state: the open database, the data key and the record context. Exists only while unlocked;
 * `close` drops the key from memory.
 */
import type { Knex } from 'knex';
import { openDatabase } from './db/connection';
import { HybridClock } from './db/hlc';
import { migrate, type MigrateResult } from './db/migrate';
import type { RecordContext } from './db/records';

export class Session {
  private constructor(
    public db: Knex,
    readonly dataKey: Buffer,
    readonly record: RecordContext,
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
      return { session: new Session(db, Buffer.from(dataKey), { clock, deviceId }), migrated };
    } catch (err) {
      await db.destroy();
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.db.destroy();
    this.dataKey.fill(0);
  }
}
