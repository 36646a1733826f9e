import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../src/server/db/sqlite-client';
import { defineNumbersSuite } from './numbers-suite';

defineNumbersSuite('SQLite', async () => ({
  knex: openSqlite(join(mkdtempSync(join(tmpdir(), 'ud-numbers-')), 'server.sqlite')),
  dialect: 'sqlite',
}));
