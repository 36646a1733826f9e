/**
 * Sync-readiness: a PC that has not updated yet still syncs with the upper level, so every migration after
 * version 4 may only ADD to synced tables (new tables, new nullable or defaulted columns), unless it says why not
 * (`nonAdditive: 'reason'`). Checked by applying each migration to a database at the previous version and
 * comparing `PRAGMA table_info` before and after.
 */
import path from 'node:path';
import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/connection';
import { migrate, MIGRATIONS, type Migration } from '../../src/core/db/migrate';
import { LOCAL_TABLES } from '../../src/core/modules';
import { tempDir } from '../helpers/core';

/** The guard starts after the schema that exists in the field today. */
const GUARDED_AFTER = 4;

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: unknown;
  pk: number;
}
type Schema = Map<string, Map<string, Column>>;

async function schemaOf(db: Knex): Promise<Schema> {
  const tables = (await db('sqlite_master')
    .where({ type: 'table' })
    .whereNot('name', 'like', 'sqlite_%')
    .pluck('name')) as string[];
  const out: Schema = new Map();
  for (const t of tables) {
    const cols = (await db.raw(`PRAGMA table_info("${t}")`)) as Column[];
    out.set(t, new Map(cols.map((c) => [c.name, c])));
  }
  return out;
}

/** What a migration did to synced tables that an older PC could not sync with. */
function nonAdditiveChanges(before: Schema, after: Schema, isSynced: (table: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [table, cols] of before) {
    if (!isSynced(table)) continue;
    const now = after.get(table);
    if (!now) {
      problems.push(`${table}: table removed`);
      continue;
    }
    for (const [name, c] of cols) {
      const n = now.get(name);
      if (!n) problems.push(`${table}.${name}: column removed`);
      else if (n.type !== c.type || n.notnull !== c.notnull || n.pk !== c.pk || n.dflt_value !== c.dflt_value)
        problems.push(`${table}.${name}: column changed`);
    }
    for (const [name, n] of now) {
      if (!cols.has(name) && n.notnull && n.dflt_value === null)
        problems.push(`${table}.${name}: new NOT NULL column without a default`);
    }
  }
  return problems;
}

const dbs: Knex[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
});

async function changesOf(migrations: Migration[], version: number): Promise<string[]> {
  const db = await openDatabase({ file: path.join(tempDir(), 'guard.db'), key: Buffer.alloc(32, 7) });
  dbs.push(db);
  await migrate(db, { migrations: migrations.filter((m) => m.version < version) });
  const before = await schemaOf(db);
  await migrate(db, { migrations: migrations.filter((m) => m.version <= version) });
  // TODO(merge): the modules' `tables` declarations say which tables sync.
  return nonAdditiveChanges(before, await schemaOf(db), (t) => !LOCAL_TABLES.has(t));
}

describe('schema guard', () => {
  for (const m of MIGRATIONS.filter((x) => x.version > GUARDED_AFTER)) {
    const declared = m.nonAdditive ? ` (declared not: ${m.nonAdditive})` : '';
    it(`migration ${m.version} (${m.name}) is additive for synced tables${declared}`, async () => {
      const problems = await changesOf(MIGRATIONS, m.version);
      if (m.nonAdditive) expect(m.nonAdditive.trim().length, 'the reason').toBeGreaterThan(10);
      else expect(problems).toEqual([]);
    });
  }

  it('catches a dropped column and a NOT NULL column without default on a synced table, not local changes', async () => {
    const next = MIGRATIONS[MIGRATIONS.length - 1].version + 1;
    const bad: Migration = {
      version: next,
      name: 'bad',
      async up(trx) {
        await trx.schema.alterTable('units', (t) => t.dropColumn('sort_order'));
        await trx.schema.alterTable('members', (t) => t.string('must_have').notNullable());
        await trx.schema.alterTable('jobs', (t) => t.dropColumn('total')); // local: allowed
        await trx.schema.createTable('guard_new_table', (t) => t.string('id').primary()); // a new table: allowed
      },
    };
    expect((await changesOf([...MIGRATIONS, bad], next)).sort()).toEqual([
      'members.must_have: new NOT NULL column without a default',
      'units.sort_order: column removed',
    ]);
  });
});
