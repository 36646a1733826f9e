/** Bulk writes (imports): the same rows and outbox entries as one-by-one inserts, all or nothing. */
import path from 'node:path';
import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { withLateCheckpoint } from '../../src/core/db/bulk';
import { openDatabase } from '../../src/core/db/connection';
import { HybridClock } from '../../src/core/db/hlc';
import { migrate } from '../../src/core/db/migrate';
import { BatchInserter, insertRecord } from '../../src/core/db/records';
import { tempDir } from '../helpers/core';

async function freshDb(): Promise<Knex> {
  const db = await openDatabase({ file: path.join(tempDir(), 'b.db'), key: Buffer.alloc(32, 9) });
  await migrate(db);
  return db;
}
const ctx = { clock: new HybridClock('node1'), deviceId: 'device-1' };
const unit = (i: number) => ({ name: `Tổ ${i}`, parent_id: null, sort_order: i % 3 === 0 ? 0 : i });
const strip = (r: Record<string, unknown>) => {
  const { id, created_at, updated_at, ...rest } = r;
  return rest;
};

describe('bulk inserts', () => {
  it('write the same rows and outbox entries as insertRecord, across chunks, flushes and repeated values', async () => {
    const one = await freshDb();
    const bulk = await freshDb();
    const values = Array.from({ length: 1300 }, (_, i) => unit(i));
    for (const v of values) await insertRecord(one, ctx, 'units', v);
    await bulk.transaction(async (trx) => {
      const batch = new BatchInserter(ctx);
      for (const v of values.slice(0, 700)) batch.add('units', v);
      await batch.flush(trx); // handed to SQLite while more rows are queued behind it
      for (const v of values.slice(700)) batch.add('units', v);
      for (let i = 0; i < 5; i++) batch.add('units', { name: 'Tổ lặp', parent_id: null, sort_order: 7 }); // every column repeats
      await batch.finish(trx);
    });
    const rowsOf = async (db: Knex) => ((await db('units').orderBy('id')) as Record<string, unknown>[]).map(strip);
    const outboxOf = async (db: Knex) =>
      ((await db('outbox').where({ entity: 'units' }).orderBy('hlc')) as Record<string, unknown>[]).map((o) => [
        o.op,
        JSON.parse(o.fields as string),
      ]);
    const expected = [
      ...(await rowsOf(one)),
      ...Array.from({ length: 5 }, () => ({ name: 'Tổ lặp', parent_id: null, sort_order: 7, deleted_at: null })),
    ];
    expect(await rowsOf(bulk)).toEqual(expected);
    expect((await outboxOf(bulk)).slice(0, 1300)).toEqual(await outboxOf(one));
    const out = (await bulk('outbox').orderBy('hlc')) as { entity_id: string; device_id: string; id: string }[];
    expect(new Set(out.map((o) => o.entity_id)).size).toBe(1305);
    expect(new Set(out.map((o) => o.device_id))).toEqual(new Set(['device-1']));
    // The outbox names the new columns and copies no values (a push reads them from the row).
    expect(new Set((await bulk('outbox').where({ entity: 'units' }).select('fields')).map((o) => o.fields))).toEqual(
      new Set(['["*"]']),
    );
    await one.destroy();
    await bulk.destroy();
  });

  it('a failing chunk fails the whole transaction: nothing of it stays, not even the chunks written before', async () => {
    const db = await freshDb();
    const before = (await db('outbox').count({ n: '*' }).first()) as { n: number };
    await expect(
      db.transaction(async (trx) => {
        const batch = new BatchInserter(ctx);
        for (let i = 0; i < 600; i++) batch.add('units', { name: `Tổ ${i}`, parent_id: null, sort_order: 0 });
        await batch.flush(trx);
        batch.add('units', { name: null, parent_id: null, sort_order: 0 }); // NOT NULL
        await batch.finish(trx);
      }),
    ).rejects.toThrow(/NOT NULL/);
    expect(await db('units').count({ n: '*' }).first()).toEqual({ n: 0 });
    expect(await db('outbox').count({ n: '*' }).first()).toEqual(before);
    await db.destroy();
  });

  it('a statement SQLite cannot compile (an unknown column) fails the write instead of leaving it waiting', async () => {
    const db = await freshDb();
    await expect(
      db.transaction(async (trx) => {
        const batch = new BatchInserter(ctx);
        for (let i = 0; i < 3; i++)
          batch.add('units', { name: `Tổ ${i}`, parent_id: null, sort_order: 0, colour: 'đỏ' });
        await batch.finish(trx);
      }),
    ).rejects.toThrow(/no column named colour/);
    expect(await db('units').count({ n: '*' }).first()).toEqual({ n: 0 });
    await db.destroy();
  });

  it('foreign keys are still enforced, at commit', async () => {
    const db = await freshDb();
    await expect(
      db.transaction(async (trx) => {
        const batch = new BatchInserter(ctx);
        batch.add('units', { name: 'Tổ mồ côi', parent_id: '00000000-0000-7000-8000-000000000000', sort_order: 0 });
        await batch.finish(trx);
      }),
    ).rejects.toThrow(/FOREIGN KEY/);
    expect(await db('units').count({ n: '*' }).first()).toEqual({ n: 0 });
    await db.destroy();
  });

  it('a big write leaves the WAL to be folded in afterwards, and the automatic checkpoint back on', async () => {
    const db = await freshDb();
    await withLateCheckpoint(db, () =>
      db.transaction(async (trx) => {
        const batch = new BatchInserter(ctx);
        for (let i = 0; i < 3000; i++)
          batch.add('units', { name: `Tổ ${i} ${'x'.repeat(200)}`, parent_id: null, sort_order: i });
        await batch.finish(trx);
      }),
    );
    expect(await db.raw('PRAGMA wal_autocheckpoint')).toEqual([{ wal_autocheckpoint: 1000 }]);
    const [ck] = (await db.raw('PRAGMA wal_checkpoint(PASSIVE)')) as {
      busy: number;
      log: number;
      checkpointed: number;
    }[];
    expect(ck.checkpointed).toBe(ck.log);
    expect(await db('units').count({ n: '*' }).first()).toEqual({ n: 3000 });
    await db.destroy();
  });
});
