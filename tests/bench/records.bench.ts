/**
 * The single-row write path (what every form save does): 50,000 rows of a synced table, each with its outbox row,
 * through insertRecord, beside the bare driver doing the same two INSERTs per row with prepared statements on the
 * same kind of encrypted file, in the same run. Both commit every 1,000 rows and await each statement.
 */
import path from 'node:path';
import type { Knex } from 'knex';
import { ChangeFeed } from '../../src/core/db/changes';
import { openDatabase } from '../../src/core/db/connection';
import { HybridClock } from '../../src/core/db/hlc';
import { uuidv7 } from '../../src/core/db/ids';
import { migrate } from '../../src/core/db/migrate';
import { insertRecord, type RecordContext } from '../../src/core/db/records';
import { makeIsLocal } from '../../src/core/db/sync-tables';
import { LOCAL_TABLES } from '../../src/core/modules';
import { median, round, timeIt, tmp, type Suite } from './util';

const ROWS = 50_000;
const BATCH = 1_000;
const KEY = Buffer.alloc(32, 9);

interface RawStatement {
  run(params: unknown[], cb: (err: Error | null) => void): void;
  finalize(cb: () => void): void;
}
interface RawConnection {
  prepare(sql: string, cb: (err: Error | null) => void): RawStatement;
  exec(sql: string, cb: (err: Error | null) => void): void;
}

async function freshDb(): Promise<Knex> {
  const db = await openDatabase({ file: path.join(tmp(), 'bench.db'), key: KEY });
  await migrate(db);
  return db;
}

const unit = (j: number) => ({ name: `Tổ công đoàn số ${j}`, parent_id: null, sort_order: j });

async function ours(): Promise<number> {
  const db = await freshDb();
  // As a session's: the change feed (with a listener) and the local-table rule run on every row.
  const changes = new ChangeFeed();
  let announced = 0;
  changes.subscribe(() => void announced++);
  const ctx: RecordContext = {
    clock: new HybridClock('bench'),
    deviceId: 'bench-device',
    changes,
    isLocal: makeIsLocal(LOCAL_TABLES),
  };
  const ms = await timeIt(async () => {
    for (let i = 0; i < ROWS; i += BATCH) {
      await db.transaction(async (trx) => {
        for (let j = i; j < i + BATCH; j++) await insertRecord(trx, ctx, 'units', unit(j));
      });
    }
  });
  if (announced !== ROWS / BATCH) throw new Error(`expected one change set per transaction, got ${announced}`);
  await db.destroy();
  return ms;
}

async function bare(): Promise<number> {
  const db = await freshDb();
  const conn = await (db.client as { acquireConnection(): Promise<RawConnection> }).acquireConnection();
  const exec = (sql: string) => new Promise<void>((res, rej) => conn.exec(sql, (e) => (e ? rej(e) : res())));
  const prepare = (sql: string) =>
    new Promise<RawStatement>((res, rej) => {
      const st = conn.prepare(sql, (e) => (e ? rej(e) : res(st)));
    });
  const run = (st: RawStatement, params: unknown[]) =>
    new Promise<void>((res, rej) => st.run(params, (e) => (e ? rej(e) : res())));
  const row = await prepare(
    'INSERT INTO units (id, name, parent_id, sort_order, created_at, updated_at, deleted_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const out = await prepare(
    'INSERT INTO outbox (id, entity, entity_id, op, fields, hlc, device_id, created_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const clock = new HybridClock('bench');
  const ms = await timeIt(async () => {
    for (let i = 0; i < ROWS; i += BATCH) {
      await exec('BEGIN');
      for (let j = i; j < i + BATCH; j++) {
        const id = uuidv7();
        const now = new Date().toISOString();
        const u = unit(j);
        await run(row, [id, u.name, u.parent_id, u.sort_order, now, now, null]);
        await run(out, [uuidv7(), 'units', id, 'insert', '["*"]', clock.tick(), 'bench-device', now]);
      }
      await exec('COMMIT');
    }
  });
  await Promise.all([row, out].map((st) => new Promise<void>((res) => st.finalize(res))));
  await (db.client as { releaseConnection(c: unknown): Promise<void> }).releaseConnection(conn);
  await db.destroy();
  return ms;
}

export const recordsBench: Suite = async () => {
  const o: number[] = [];
  const b: number[] = [];
  // Alternated (the order flips each round), medians of 3: neither always pays for the other's garbage.
  for (let i = 0; i < 3; i++) {
    if (i % 2) (b.push(await bare()), o.push(await ours()));
    else (o.push(await ours()), b.push(await bare()));
  }
  return {
    insert_record_50k: {
      rows: ROWS,
      note:
        'units rows + their outbox rows, 1,000 per transaction, encrypted, through insertRecord with the change ' +
        'feed on; bare = the driver with two prepared INSERTs per row',
      ours_ms: round(median(o)),
      bare_prepared_ms: round(median(b)),
      ratio: round(median(o) / median(b)),
      target_ratio: 2,
    },
  };
};
