/**
 * Runs the server's pending migrations (SERVER_MIGRATIONS) once each, recorded in `server_migrations`. `start` and
 * every admin command call it, so a newer server upgrades the database by itself; each migration is one
 * transaction, and the version is re-read under the lock so two processes never run one twice.
 */
import type { Knex } from 'knex';
import { SERVER_MIGRATIONS, type ServerMigration } from './migrations';

const TABLE = 'server_migrations';

export async function migrate(knex: Knex, dialect: 'pg' | 'sqlite', list: ServerMigration[] = SERVER_MIGRATIONS) {
  if (!(await knex.schema.hasTable(TABLE))) {
    try {
      await knex.schema.createTable(TABLE, (t) => {
        t.integer('version').primary();
        t.string('name').notNullable();
        t.string('applied_at').notNullable();
      });
    } catch (err) {
      // Another process created it at the same moment.
      if (!(await knex.schema.hasTable(TABLE))) throw err;
    }
  }
  const done = new Set(((await knex(TABLE).select('version')) as { version: number }[]).map((r) => Number(r.version)));
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    await knex.transaction(async (trx) => {
      if (dialect === 'pg') await trx.raw(`LOCK TABLE ${TABLE} IN EXCLUSIVE MODE`);
      if (await trx(TABLE).where({ version: m.version }).first()) return;
      await m.up(trx);
      await trx(TABLE).insert({ version: m.version, name: m.name, applied_at: new Date().toISOString() });
    });
  }
}
