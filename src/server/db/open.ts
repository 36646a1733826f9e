/** Opens the data dir's database (SQLite or PostgreSQL per server.json), migrated, as a ServerContext. */
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import type { ServerContext } from '../context';
import { pgUrl, readConfig } from './config';
import { migrate } from './migrate';
import { openSqlite } from './sqlite-client';

// Sequences and counters are bigint columns: PostgreSQL sends them as strings; they stay far below 2^53.
pg.types.setTypeParser(20, (v: string) => Number(v));

export function openKnex(dataDir: string): { knex: Knex; dialect: 'pg' | 'sqlite' } {
  const config = readConfig(dataDir);
  if (config.database.client === 'sqlite')
    return { knex: openSqlite(path.join(dataDir, config.database.file)), dialect: 'sqlite' };
  const knex = knexFactory({
    client: 'pg',
    connection: pgUrl(config),
    pool: { min: 0, max: 10 },
    acquireConnectionTimeout: 60_000,
    log: { warn() {}, error() {}, debug() {}, deprecate() {} },
  });
  return { knex, dialect: 'pg' };
}

/**
 * The server's clock. `UNIONDESK_SERVER_CLOCK_OFFSET_MS` shifts it (tests: a code issued "25 hours ago", a PC whose
 * clock runs ahead); unset in production.
 */
function clock(): () => Date {
  const offset = Number(process.env.UNIONDESK_SERVER_CLOCK_OFFSET_MS ?? 0) || 0;
  return () => new Date(Date.now() + offset);
}

export async function openContext(
  dataDir: string,
  log: ServerContext['log'] = () => {},
): Promise<ServerContext & { close(): Promise<void> }> {
  const { knex, dialect } = openKnex(dataDir);
  try {
    await migrate(knex, dialect);
  } catch (err) {
    await knex.destroy();
    throw err;
  }
  return { knex, dialect, now: clock(), log, close: () => knex.destroy() };
}
