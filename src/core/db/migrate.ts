/**
 * Migrations are a bundled, ordered list (directory scanning breaks once the core is bundled).
 * The schema version lives in SQLite's user_version, written inside the same transaction as the migrations,
 * so either all pending migrations apply or none does. A database from a newer UnionDesk is refused untouched.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import * as m001 from './migrations/001-foundation';
import * as m002 from './migrations/002-members';
import * as m003 from './migrations/003-documents';
import * as m004 from './migrations/004-register-indexes';
import * as m005 from './migrations/005-persistent-jobs'; // feed (issue 8)

export interface Migration {
  version: number;
  name: string;
  up(trx: Knex.Transaction): Promise<void>;
  /** Why this migration may change synced tables other than additively (tests/core/schema-guard.test.ts). */
  nonAdditive?: string;
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'foundation', up: m001.up },
  { version: 2, name: 'members', up: m002.up },
  { version: 3, name: 'documents', up: m003.up },
  { version: 4, name: 'register-indexes', up: m004.up },
  { version: 5, name: 'persistent-jobs', up: m005.up },
];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

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
  opts: { migrations?: Migration[]; beforeMigrate?: (from: number, to: number) => Promise<void> } = {},
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
