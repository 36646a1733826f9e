import type { Knex } from 'knex';
import { syncColumns } from '../records';

/**
 * Bulletins (bản tin nội bộ), the addresses that stopped bulletins or bounced, and each member's unsubscribe token.
 * All synced: an unsubscribe marked on one computer must stop the mail sent from another.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('bulletins', (t) => {
    syncColumns(t);
    t.integer('issue_number').notNullable();
    t.text('title').notNullable();
    // YYYY-MM-DD: the issue numbers run per year of this date.
    t.string('date').notNullable().index();
    // The body in the document model (TipTap JSON), as the documents register stores it.
    t.text('body').notNullable();
  });
  await trx.schema.createTable('email_suppressions', (t) => {
    syncColumns(t);
    // Lower-case, trimmed: one row per address; a resubscribe tombstones it, a new unsubscribe revives it.
    t.string('email').notNullable().unique();
    t.string('state').notNullable(); // unsubscribed | bounced
    t.text('reason').nullable();
    t.string('at').notNullable();
  });
  await trx.schema.createTable('member_unsubscribe_tokens', (t) => {
    syncColumns(t);
    t.string('member_id', 36).notNullable().references('id').inTable('members').unique();
    t.string('token').notNullable().unique();
  });
}
