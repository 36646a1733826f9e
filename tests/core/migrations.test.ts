import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/connection';
import { getUserVersion, migrate, MIGRATIONS, SCHEMA_VERSION, type Migration } from '../../src/core/db/migrate';
import { AppError } from '../../src/shared/errors';
import { call, callErr, hashTree, initCore, newCore, PASS, tempDir } from '../helpers/core';

const key = Buffer.alloc(32, 7);

describe('migrations', () => {
  it('runs pending migrations in one transaction after a backup; a failing one leaves the schema as it was', async () => {
    const file = path.join(tempDir(), 'm.db');
    const db = await openDatabase({ file, key });
    const V = SCHEMA_VERSION;
    expect(await migrate(db)).toEqual({ from: 0, to: V });
    const calls: string[] = [];
    const v2: Migration = {
      version: V + 1,
      name: 'two',
      up: async (trx) => void (await trx.schema.createTable('two', (t) => t.string('id'))),
    };
    const broken: Migration = {
      version: V + 2,
      name: 'broken',
      up: async (trx) => void (await trx.raw('CREATE TABLE oops (')),
    };
    await expect(
      migrate(db, {
        migrations: [...MIGRATIONS, v2, broken],
        beforeMigrate: async (f, t) => void calls.push(`${f}->${t}`),
      }),
    ).rejects.toThrow();
    expect(calls).toEqual([`${V}->${V + 2}`]);
    expect(await getUserVersion(db)).toBe(V);
    expect(await db.schema.hasTable('two')).toBe(false);
    expect(await migrate(db, { migrations: [...MIGRATIONS, v2] })).toEqual({ from: V, to: V + 1 });
    expect(await db.schema.hasTable('two')).toBe(true);
    await db.destroy();
  });

  it('refuses a database written by a newer version and leaves every file untouched', async () => {
    const { core, dataDir } = await initCore();
    await call(core, 'vault.lock');
    await core.close();
    // Simulate a newer UnionDesk: bump user_version with the real data key.
    const { Vault } = await import('../../src/core/vault/vault');
    const { FAST_KDF } = await import('../../src/core/vault/crypto');
    const dataKey = await new Vault(path.join(dataDir, 'vault.json'), FAST_KDF).unlockWithPassphrase(PASS);
    const db = await openDatabase({ file: path.join(dataDir, 'uniondesk.db'), key: dataKey });
    await db.raw('PRAGMA user_version = 99');
    await db.destroy();
    const before = hashTree(dataDir);
    const again = await newCore({ dataDir });
    const err = await callErr(again, 'vault.unlock', { passphrase: PASS });
    expect(err.code).toBe('NEWER_DATABASE');
    expect(err.message).toMatch(/phiên bản UnionDesk mới hơn/);
    expect(hashTree(dataDir)).toEqual(before);
    expect(fs.readdirSync(dataDir).filter((f) => f.endsWith('-wal'))).toEqual([]);
    await again.close();
  });

  it('migrate() throws an AppError, not a crash, for a newer schema', async () => {
    const file = path.join(tempDir(), 'n.db');
    const db = await openDatabase({ file, key });
    await db.raw(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    await expect(migrate(db)).rejects.toBeInstanceOf(AppError);
    await db.destroy();
  });
});

async function tableNames(db: Knex): Promise<string[]> {
  return db('sqlite_master')
    .where({ type: 'table' })
    .whereNot('name', 'like', 'sqlite_%')
    .orderBy('rowid')
    .pluck('name');
}

/** The tables a version-1 database has: migration 1 run alone on a scratch file. */
async function tablesOfVersion1(): Promise<Set<string>> {
  const db = await openDatabase({ file: path.join(tempDir(), 'v1.db'), key });
  await migrate(db, { migrations: MIGRATIONS.filter((m) => m.version === 1) });
  const names = new Set(await tableNames(db));
  await db.destroy();
  return names;
}

describe('upgrading a real vault', () => {
  it('an older database is backed up, then migrated on unlock, keeping its data', async () => {
    const { core, dataDir } = await initCore();
    await call(core, 'org.update', { chairName: 'Trước Nâng Cấp' });
    await call(core, 'vault.lock');
    await core.close();
    const { Vault } = await import('../../src/core/vault/vault');
    const { FAST_KDF } = await import('../../src/core/vault/crypto');
    const dataKey = await new Vault(path.join(dataDir, 'vault.json'), FAST_KDF).unlockWithPassphrase(PASS);
    // Turn it into a version-1 database: drop what later migrations add.
    const db = await openDatabase({ file: path.join(dataDir, 'uniondesk.db'), key: dataKey });
    // Drop what later migrations created (newest first), so no new domain has to be listed here by hand.
    const first = await tablesOfVersion1();
    for (const t of (await tableNames(db)).filter((n) => !first.has(n)).reverse()) await db.schema.dropTable(t);
    await db.schema.alterTable(
      'jobs',
      (t) => (t.dropIndex(['state']), t.dropColumns('input', 'checkpoint', 'started_at', 'finished_at', 'owner')),
    );
    await db.schema.alterTable('org_profile', (t) => t.dropColumn('worker_count')); // 016
    await db.schema.alterTable(
      'outbox',
      (t) => (t.dropIndex(['mutation_id']), t.dropColumns('mutation_id', 'rejected')),
    ); // 018
    await db.raw('PRAGMA user_version = 1');
    await db.destroy();
    const again = await newCore({ dataDir });
    await call(again, 'vault.unlock', { passphrase: PASS });
    expect((await call(again, 'org.get')).profile.chairName).toBe('Trước Nâng Cấp');
    expect((await call(again, 'members.list', {})).total).toBe(0);
    const backups = await call(again, 'backup.list');
    expect(backups.filter((b: any) => b.kind === 'pre-migration')).toHaveLength(1);
    expect((await call(again, 'doctor.run')).ok).toBe(true);
    await again.close();
  });
});
