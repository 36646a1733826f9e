import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/connection';
import { getUserVersion, migrate, MIGRATIONS, type Migration } from '../../src/core/db/migrate';
import { AppError } from '../../src/shared/errors';
import { call, callErr, hashTree, initCore, newCore, PASS, tempDir } from '../helpers/core';

const key = Buffer.alloc(32, 7);

describe('migrations', () => {
  it('runs pending migrations in one transaction after a backup; a failing one leaves the schema as it was', async () => {
    const file = path.join(tempDir(), 'm.db');
    const db = await openDatabase({ file, key });
    expect(await migrate(db)).toEqual({ from: 0, to: 1 });
    const calls: string[] = [];
    const v2: Migration = { version: 2, name: 'two', up: async (trx) => void (await trx.schema.createTable('two', (t) => t.string('id'))) };
    const broken: Migration = { version: 3, name: 'broken', up: async (trx) => void (await trx.raw('CREATE TABLE oops (')) };
    await expect(migrate(db, { migrations: [...MIGRATIONS, v2, broken], beforeMigrate: async (f, t) => void calls.push(`${f}->${t}`) })).rejects.toThrow();
    expect(calls).toEqual(['1->3']);
    expect(await getUserVersion(db)).toBe(1);
    expect(await db.schema.hasTable('two')).toBe(false);
    expect(await migrate(db, { migrations: [...MIGRATIONS, v2] })).toEqual({ from: 1, to: 2 });
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
    await db.raw('PRAGMA user_version = 5');
    await expect(migrate(db)).rejects.toBeInstanceOf(AppError);
    await db.destroy();
  });
});
