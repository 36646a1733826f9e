/**
 * Migrations come from the domain modules (each lists its own, with global version numbers); core/assemble.ts
 * gathers, sorts and checks them (a version used twice, or a gap, throws at startup). The schema version lives in
 * SQLite's user_version, written inside the same transaction as the migrations, so either all pending migrations
 * apply or none does. A database from a newer UnionDesk is refused untouched.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';

export interface Migration {
  version: number;
  name: string;
  up(trx: Knex.Transaction): Promise<void>;
  /** Why this migration may change synced tables other than additively (tests/core/schema-guard.test.ts). */
  nonAdditive?: string;
}

// The built-in list is assembled in core/modules.ts (which imports every domain); re-exported here, where it has
// always been looked up. This file reads it only inside migrate(), so importing it from a domain is safe.
export { MIGRATIONS, SCHEMA_VERSION } from '../modules';
import { MIGRATIONS } from '../modules';

export async function getUserVersion(db: Knex): Promise<number> {
  const rows = (await db.raw('PRAGMA user_version')) as { user_version: number }[];
  return rows[0].user_version;
}

export interface MigrateResult {
  from: number;
  to: number;
}

export async function migrate(
  db: Knex,
  opts: { migrations?: readonly Migration[]; beforeMigrate?: (from: number, to: number) => Promise<void> } = {},
): Promise<MigrateResult> {
  const list = opts.migrations ?? MIGRATIONS;
  const latest = list[list.length - 1].version;
  const from = await getUserVersion(db);
  if (from > latest) {
    throw new AppError(
      'NEWER_DATABASE',
      `Cơ sở dữ liệu được tạo bởi phiên bản UnionDesk mới hơn (lược đồ ${from}, phiên bản này hiểu đến ${latest}). Hãy cập nhật UnionDesk; dữ liệu không bị thay đổi.`,
      { databaseVersion: from, supportedVersion: latest },
    );
  }
  const pending = list.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  if (from > 0 && opts.beforeMigrate) await opts.beforeMigrate(from, latest);
  await db.transaction(async (trx) => {
    for (const m of pending) {
      await m.up(trx);
      // user_version is in the database header, so this write commits or rolls back with the transaction.
      await trx.raw(`PRAGMA user_version = ${Number(m.version)}`);
    }
  });
  return { from, to: latest };
}
