/**
 * Two connections on one vault file (the app and the CLI are two processes): a write transaction that reads first
 * and writes after the other connection committed must wait for it, not fail with SQLITE_BUSY. Write transactions
 * begin IMMEDIATE (connection.ts); this pins it with a real SQLCipher file and two real connections.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/connection';

const opened: Knex[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.destroy();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function twoConnections() {
  const dir = mkdtempSync(join(tmpdir(), 'ud-lock-'));
  dirs.push(dir);
  const file = join(dir, 'vault.db');
  const key = randomBytes(32);
  const a = await openDatabase({ file, key });
  opened.push(a);
  await a.raw('CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)');
  await a('counter').insert({ id: 1, n: 0 });
  const b = await openDatabase({ file, key });
  opened.push(b);
  return { a, b };
}

it('a read-then-write transaction waits for the other connection instead of failing with SQLITE_BUSY', async () => {
  const { a, b } = await twoConnections();
  let otherWrite: Promise<unknown> | undefined;
  await a.transaction(async (trx) => {
    const { n } = (await trx('counter').where({ id: 1 }).first()) as { n: number };
    // The other process writes while this transaction is open: it must queue behind this one.
    otherWrite = b('counter').where({ id: 1 }).increment('n', 10);
    await new Promise((r) => setTimeout(r, 100));
    await trx('counter')
      .where({ id: 1 })
      .update({ n: n + 1 });
  });
  await otherWrite;
  const row = (await a('counter').where({ id: 1 }).first()) as { n: number };
  expect(row.n).toBe(11); // both writes landed, neither lost
});

it('many interleaved read-modify-write transactions from two connections all land', async () => {
  const { a, b } = await twoConnections();
  const bump = (db: Knex) =>
    db.transaction(async (trx) => {
      const { n } = (await trx('counter').where({ id: 1 }).first()) as { n: number };
      await new Promise((r) => setImmediate(r));
      await trx('counter')
        .where({ id: 1 })
        .update({ n: n + 1 });
    });
  await Promise.all(Array.from({ length: 20 }, (_, i) => bump(i % 2 ? a : b)));
  const row = (await a('counter').where({ id: 1 }).first()) as { n: number };
  expect(row.n).toBe(20); // no lost update, no SQLITE_BUSY
});
