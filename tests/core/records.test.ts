import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/connection';
import { formatHlc, HybridClock, parseHlc } from '../../src/core/db/hlc';
import { uuidv7 } from '../../src/core/db/ids';
import { migrate } from '../../src/core/db/migrate';
import { insertRecord, softDeleteRecord, updateRecord } from '../../src/core/db/records';
import { call, initCore, tempDir } from '../helpers/core';

describe('ids and clocks', () => {
  it('UUIDv7 ids carry the time, the version and sort in creation order', () => {
    const ids = Array.from({ length: 2000 }, () => uuidv7());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const ms = parseInt(ids[0].replace(/-/g, '').slice(0, 12), 16);
    expect(Math.abs(ms - Date.now())).toBeLessThan(5000);
  });

  it('the hybrid logical clock is monotonic when the wall clock stalls or goes back, and after receiving', () => {
    let now = 1_000_000;
    const clock = new HybridClock('dev-a', null, () => now);
    const a = clock.tick();
    const b = clock.tick();
    now -= 500;
    const c = clock.tick();
    expect([a, b, c].sort()).toEqual([a, b, c]);
    expect(parseHlc(c)).toMatchObject({ millis: 1_000_000, counter: 2, node: 'dev-a' });
    clock.receive(formatHlc({ millis: 2_000_000, counter: 7, node: 'dev-b' }));
    expect(parseHlc(clock.tick())).toMatchObject({ millis: 2_000_000, counter: 9 });
  });
});

describe('syncable records', () => {
  it('every insert, update and delete writes an outbox row in the same transaction', async () => {
    const db = await openDatabase({ file: path.join(tempDir(), 'r.db'), key: Buffer.alloc(32, 3) });
    await migrate(db);
    const ctx = { clock: new HybridClock('node1'), deviceId: 'device-1' };
    const row = await insertRecord(db, ctx, 'settings', { key: 'a', value: '1' });
    expect(await updateRecord(db, ctx, 'settings', row.id as string, { value: '1' })).toEqual([]);
    expect(await updateRecord(db, ctx, 'settings', row.id as string, { value: '2' })).toEqual(['value']);
    expect(await softDeleteRecord(db, ctx, 'settings', row.id as string)).toBe(true);
    expect(await softDeleteRecord(db, ctx, 'settings', row.id as string)).toBe(false);
    const out = await db('outbox').orderBy('id');
    // Column names, not values: a push reads the values from the row (no second copy of personal data).
    expect(out.map((o) => [o.op, o.entity, o.entity_id, JSON.parse(o.fields)])).toEqual([
      ['insert', 'settings', row.id, ['*']],
      ['update', 'settings', row.id, ['value']],
      ['delete', 'settings', row.id, ['deleted_at']],
    ]);
    expect(out.map((o) => o.hlc)).toEqual([...out.map((o) => o.hlc)].sort());
    expect(new Set(out.map((o) => o.device_id))).toEqual(new Set(['device-1']));
    const stored = await db('settings').where({ id: row.id }).first();
    expect(stored.deleted_at).not.toBeNull();

    // A rolled-back transaction leaves neither the row nor its outbox entry.
    await expect(
      db.transaction(async (trx) => {
        await insertRecord(trx, ctx, 'settings', { key: 'b', value: '1' });
        throw new Error('huỷ');
      }),
    ).rejects.toThrow('huỷ');
    expect(await db('settings').where({ key: 'b' })).toEqual([]);
    expect(await db('outbox').count({ n: '*' }).first()).toEqual({ n: 3 });
    await db.destroy();
  });

  it('core changes (org profile) land in the outbox with the vault device id, local rows do not; tables all carry the sync columns', async () => {
    const { core, dataDir } = await initCore();
    await call(core, 'org.update', { upperLevelName: 'Công đoàn phường Hoàn Kiếm', upperLevelType: 'ward' });
    // backupKeep is about this PC's backups (local), the opt-in policy is the union's (synced).
    await call(core, 'settings.update', { backupKeep: 5, emailOptInRequired: true });
    const org = await call(core, 'org.get');
    expect(org.upperLevels).toEqual([
      { name: 'Công đoàn phường Hoàn Kiếm', type: 'ward', validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    ]);
    await call(core, 'vault.lock');
    const { Vault } = await import('../../src/core/vault/vault');
    const { FAST_KDF } = await import('../../src/core/vault/crypto');
    const vault = new Vault(path.join(dataDir, 'vault.json'), FAST_KDF);
    const db = await openDatabase({
      file: path.join(dataDir, 'uniondesk.db'),
      key: await vault.unlockWithPassphrase('mật khẩu thử nghiệm 2026'),
    });
    const entities = (await db('outbox').distinct('entity')).map((r) => r.entity).sort();
    expect(entities).toEqual(['org_profile', 'org_upper_levels', 'settings']);
    // The audit log stays on this PC: its rows exist, but none reached the outbox.
    expect(Number((await db('audit_log').count({ n: '*' }).first())!.n)).toBeGreaterThan(0);
    const synced = (await db('outbox').where({ entity: 'settings' }).select('entity_id')).map((r) => r.entity_id);
    expect((await db('settings').whereIn('id', synced).pluck('key')).sort()).toEqual(['emailOptInRequired']);
    expect(new Set((await db('outbox').select('device_id')).map((r) => r.device_id))).toEqual(
      new Set([vault.read().deviceId]),
    );
    const tables = (await db.raw(
      "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> 'outbox'",
    )) as { name: string }[];
    for (const { name } of tables) {
      const cols = ((await db.raw(`PRAGMA table_info(${name})`)) as { name: string }[]).map((c) => c.name);
      expect(cols, name).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']));
    }
    await db.destroy();
    await core.close();
  });

  it('inside a transaction (prepared statements) writes what knex writes, and refuses bad or late writes', async () => {
    const db = await openDatabase({ file: path.join(tempDir(), 'p.db'), key: Buffer.alloc(32, 4) });
    await migrate(db);
    const ctx = { clock: new HybridClock('node1'), deviceId: 'device-1' };
    const doc = { type: 'NQ', year: 2026, number: null, issuer_code: 'CĐCS', date: '2026-01-02' };
    let late: Parameters<typeof insertRecord>[0] | undefined;
    const id = await db.transaction(async (trx) => {
      late = trx;
      const d = (await insertRecord(trx, ctx, 'documents', doc)).id as string;
      const version = { document_id: d, version: 1, fields: '{}', body: '{}', issued: false };
      await insertRecord(trx, ctx, 'document_versions', version);
      // A boolean compares as SQLite stores it (0/1): setting the same value again changes nothing.
      const v = (await trx('document_versions').where({ document_id: d }).first()).id as string;
      expect(await updateRecord(trx, ctx, 'document_versions', v, { issued: false })).toEqual([]);
      const changed = await updateRecord(trx, ctx, 'document_versions', v, { issued: true, body: '{"a":1}' });
      expect(changed).toEqual(['issued', 'body']);
      expect(await softDeleteRecord(trx, ctx, 'document_versions', v)).toBe(true);
      expect(await softDeleteRecord(trx, ctx, 'document_versions', v)).toBe(false);
      // An unknown column fails the write (it does not hang), and again the second time (not cached).
      for (let i = 0; i < 2; i++) await expect(insertRecord(trx, ctx, 'units', { nope: 1 })).rejects.toThrow(/nope/);
      return d;
    });
    expect(await db('documents').where({ id }).first()).toMatchObject({ ...doc, summary: '', status: 'draft' });
    const stored = await db('document_versions').where({ document_id: id }).first();
    expect(stored).toMatchObject({ issued: 1, body: '{"a":1}' });
    expect((await db('outbox').orderBy('id')).map((o) => [o.entity, o.op])).toEqual([
      ['documents', 'insert'],
      ['document_versions', 'insert'],
      ['document_versions', 'update'],
      ['document_versions', 'delete'],
    ]);
    // After COMMIT the transaction's connection must not take writes that would land outside any transaction.
    await expect(insertRecord(late!, ctx, 'units', { name: 'Muộn' })).rejects.toThrow(/complete/);
    await db.destroy(); // closes although statements were cached on the connection
  });
});
