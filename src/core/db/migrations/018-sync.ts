import type { Knex } from 'knex';
import { syncColumns } from '../records';

/**
 * Sync with the upper-level union's server: this PC's registration (the token stays in the encrypted database and
 * never leaves the core), the cursor and the mutation numbering, and the conflicts waiting for the user. Both tables
 * are local. Outbox rows get the mutation id they are sent under (kept, so a retry resends the same ids) and, when
 * the server refused one, the reason.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('sync_state', (t) => {
    syncColumns(t);
    t.text('server_url').nullable();
    t.string('org_id', 36).nullable();
    t.text('org_name').nullable();
    t.string('server_device_id', 36).nullable();
    t.text('token').nullable();
    /** The last server sequence applied here (saved in the same transaction as the page it ends). */
    t.integer('cursor').notNullable().defaultTo(0);
    /** The last mutation id handed to an outbox row. */
    t.integer('last_mutation_id').notNullable().defaultTo(0);
    t.string('last_sync_at').nullable();
    t.integer('auto_minutes').notNullable().defaultTo(0);
    t.text('last_error').nullable();
    /**
     * The latest HLC pulled: the clock starts after it at each unlock, so a change made after pulling another PC's
     * is later than it even on a PC whose clock is behind (the outbox alone does not hold other PCs' HLCs).
     */
    t.string('max_hlc').nullable();
    /** Set after a restore: unsent rows are numbered again from the server's last id. */
    t.boolean('renumber').notNullable().defaultTo(false);
  });
  await trx.schema.createTable('sync_conflicts', (t) => {
    syncColumns(t);
    t.string('kind').notNullable(); // copy | number | duplicate
    t.string('entity').notNullable();
    t.string('entity_id').notNullable();
    t.text('title').notNullable();
    t.text('detail').notNullable().defaultTo('');
    t.string('column').nullable();
    t.text('value').nullable();
    t.string('resolved_at').nullable().index();
  });
  await trx.schema.alterTable('outbox', (t) => {
    t.integer('mutation_id').nullable().index();
    t.text('rejected').nullable();
  });
  // A pulled change looks up this PC's own writes to its row (the per-column rule): by row, not by scanning.
  await trx.raw('CREATE INDEX IF NOT EXISTS outbox_entity_id_index ON outbox (entity_id)');
}
