import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { ChangeFeed, type ChangeSet } from '../../src/core/db/changes';
import { openDatabase } from '../../src/core/db/connection';
import { HybridClock } from '../../src/core/db/hlc';
import { uuidv7 } from '../../src/core/db/ids';
import { migrate } from '../../src/core/db/migrate';
import {
  insertRecord,
  noteChange,
  type RecordContext,
  softDeleteRecord,
  updateRecord,
} from '../../src/core/db/records';
import { documentsFoldListener, listDocuments } from '../../src/core/documents/register';
import { listMembers, memberIndexListener } from '../../src/core/members/service';
import { Session } from '../../src/core/session';
import { FAST_KDF } from '../../src/core/vault/crypto';
import { Vault } from '../../src/core/vault/vault';
import { call, initCore, PASS, tempDir } from '../helpers/core';

/** Change sets as plain data: table → sorted ids (or 'all'). */
const plain = (c: ChangeSet) =>
  Object.fromEntries([...c.tables].map(([t, ids]) => [t, ids === 'all' ? 'all' : [...ids].sort()]));

let db: Knex | undefined;
let core: Core | undefined;
afterEach(async () => {
  await db?.destroy();
  await core?.close();
  db = core = undefined;
});

async function feedOnDb() {
  db = await openDatabase({ file: path.join(tempDir(), 'feed.db'), key: Buffer.alloc(32, 5) });
  await migrate(db);
  const seen: ChangeSet[] = [];
  const changes = new ChangeFeed();
  changes.subscribe((c) => seen.push(c));
  const ctx: RecordContext = { clock: new HybridClock('feed'), deviceId: 'device-feed', changes };
  return { db, ctx, seen };
}

describe('the change feed', () => {
  it('announces a committed transaction once, with its tables and ids, and a rolled-back one never', async () => {
    const { db, ctx, seen } = await feedOnDb();
    await expect(
      db.transaction(async (trx) => {
        await insertRecord(trx, ctx, 'units', { name: 'Tổ huỷ', parent_id: null, sort_order: 0 });
        throw new Error('huỷ');
      }),
    ).rejects.toThrow('huỷ');
    expect(seen).toEqual([]);

    const ids = await db.transaction(async (trx) => {
      const a = (await insertRecord(trx, ctx, 'units', { name: 'Tổ may', parent_id: null, sort_order: 0 }))
        .id as string;
      const b = (await insertRecord(trx, ctx, 'units', { name: 'Tổ cắt', parent_id: null, sort_order: 1 }))
        .id as string;
      await updateRecord(trx, ctx, 'units', a, { name: 'Tổ may 1' });
      await insertRecord(trx, ctx, 'settings', { key: 'k', value: '1' });
      expect(seen).toEqual([]); // nothing before COMMIT
      return [a, b];
    });
    expect(seen).toHaveLength(1);
    const settingsId = (await db('settings').where({ key: 'k' }).first()).id;
    expect(plain(seen[0])).toEqual({ units: [...ids].sort(), settings: [settingsId] });

    // A released savepoint's changes go with its parent; a rolled-back one's are dropped with its rows.
    seen.length = 0;
    await db.transaction(async (trx) => {
      await trx.transaction(async (sp) => void (await softDeleteRecord(sp, ctx, 'units', ids[0])));
      await trx
        .transaction(async (sp) => {
          await softDeleteRecord(sp, ctx, 'units', ids[1]);
          throw new Error('savepoint huỷ');
        })
        .catch(() => undefined);
      expect(seen).toEqual([]);
    });
    expect(seen.map(plain)).toEqual([{ units: [ids[0]] }]);
    expect((await db('units').where({ id: ids[1] }).first()).deleted_at).toBeNull();
  });

  // knex 3 resolves (not rejects) a transaction rolled back without an error: it must still announce nothing.
  it('announces nothing for an explicit rollback: top-level, handler-less, or a savepoint', async () => {
    const { db, ctx, seen } = await feedOnDb();
    const unit = (name: string) => ({ name, parent_id: null, sort_order: 0 });
    await db.transaction(async (trx) => {
      await insertRecord(trx, ctx, 'units', unit('Tổ A'));
      await trx.rollback();
    });
    const bare = await db.transaction();
    await insertRecord(bare, ctx, 'units', unit('Tổ B'));
    await bare.rollback();
    await bare.executionPromise;
    expect(seen).toEqual([]);
    expect(await db('units')).toEqual([]);

    const kept = await db.transaction(async (trx) => {
      await trx.transaction(async (sp) => {
        await insertRecord(sp, ctx, 'units', unit('Tổ C'));
        await sp.rollback();
      });
      return (await insertRecord(trx, ctx, 'units', unit('Tổ D'))).id as string;
    });
    expect(seen.map(plain)).toEqual([{ units: [kept] }]);
    expect((await db('units')).map((u: { id: string }) => u.id)).toEqual([kept]);
  });

  it('announces a plain-knex write at once, and a direct write noted with noteChange after COMMIT', async () => {
    const { db, ctx, seen } = await feedOnDb();
    const row = await insertRecord(db, ctx, 'units', { name: 'Tổ lẻ', parent_id: null, sort_order: 0 });
    expect(seen.map(plain)).toEqual([{ units: [row.id] }]);
    await db.transaction(async (trx) => {
      await trx('units').update({ sort_order: 9 });
      noteChange(trx, ctx, 'units', 'all');
    });
    expect(seen.map(plain)).toEqual([{ units: [row.id] }, { units: 'all' }]);
  });
});

async function importXlsx(c: Core, rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD']);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const { jobId } = await call(c, 'members.importData', { fileName: 'ds.xlsx', base64, dryRun: false });
  const job = await call(c, 'jobs.wait', { jobId });
  expect(job.state, JSON.stringify(job.error)).toBe('done');
}

const names = async (c: Core, query: string) =>
  (await call(c, 'members.list', { query })).items.map((m: { fullName: string }) => m.fullName);

describe('search follows every write path', () => {
  it('a handler, an import and a restore: found (or gone) in members.list at once', async () => {
    ({ core } = await initCore());
    const c = core;
    expect(await names(c, 'an')).toEqual([]); // the index is built now, so later writes must patch it

    const an = await call(c, 'members.add', { fullName: 'Nguyễn Văn An' });
    expect(await names(c, 'an')).toEqual(['Nguyễn Văn An']);
    await call(c, 'members.update', { id: an.id, fullName: 'Nguyễn Văn Bảo' });
    expect(await names(c, 'an')).toEqual([]);
    expect(await names(c, 'bao')).toEqual(['Nguyễn Văn Bảo']);
    await call(c, 'members.update', { id: an.id, positions: [{ title: 'Tổ trưởng' }] });
    expect((await call(c, 'members.list', { position: 'to truong' })).total).toBe(1);
    await call(c, 'members.delete', { id: an.id });
    expect(await names(c, 'bao')).toEqual([]);

    await importXlsx(c, [['Trần Thị Cúc', '05/02/1985', '001185000001']]);
    expect(await names(c, 'cuc')).toEqual(['Trần Thị Cúc']);

    const { jobId } = await call(c, 'backup.create', {});
    const backup = await call(c, 'jobs.wait', { jobId });
    await call(c, 'members.add', { fullName: 'Lê Văn Dũng' });
    expect(await names(c, 'dung')).toEqual(['Lê Văn Dũng']);
    const restored = await call(c, 'jobs.wait', await call(c, 'backup.restore', { file: backup.result.name }));
    expect(restored.state, JSON.stringify(restored.error)).toBe('done');
    expect(await names(c, 'dung')).toEqual([]); // written after the backup: gone with the restore
    expect(await names(c, 'cuc')).toEqual(['Trần Thị Cúc']);
  });

  it('a direct knex write noted with noteChange is found at once (members; documents by search_fold)', async () => {
    const init = await initCore();
    await init.core.close();
    const key = await new Vault(path.join(init.dataDir, 'vault.json'), FAST_KDF).unlockWithPassphrase(PASS);
    const { session } = await Session.open(path.join(init.dataDir, 'uniondesk.db'), key, 'device-direct');
    try {
      session.changes.subscribe((change) => memberIndexListener(session, change));
      session.changes.subscribe((change) => documentsFoldListener(session, change));
      session.announceAll();
      expect((await listMembers(session, { query: 'giang' })).total).toBe(0);
      const id = uuidv7();
      const doc = uuidv7();
      const now = new Date().toISOString();
      await session.db.transaction(async (trx) => {
        await trx('members').insert({
          id,
          full_name: 'Phạm Thu Giang',
          given_name: 'Giang',
          sort_key: 'giang',
          status: 'active',
          created_at: now,
          updated_at: now,
        });
        noteChange(trx, session.record, 'members', id);
        // As a sync pull would write it: the columns, not the local search_fold.
        await trx('documents').insert({
          id: doc,
          type: 'NQ',
          year: 2026,
          number: 7,
          issuer_code: 'CĐCS',
          summary: 'Về việc tổ chức Đại hội',
          date: '2026-03-02',
          signer: 'Hà Văn Ký',
          recipients: '["Ban Thường vụ"]',
          created_at: now,
          updated_at: now,
        });
        noteChange(trx, session.record, 'documents', doc);
      });
      expect((await listMembers(session, { query: 'giang' })).ids).toEqual([id]);
      for (const query of ['dai hoi', 'ha van ky', 'ban thuong vu', '07/NQ']) {
        expect(
          (await listDocuments(session.db, { query })).map((d) => d.id),
          query,
        ).toEqual([doc]);
      }
    } finally {
      await session.close();
    }
  });
});
