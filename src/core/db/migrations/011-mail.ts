import type { Knex } from 'knex';
import { syncColumns } from '../records';

/**
 * The union's SMTP account: one local row (this PC's mailbox settings) holding the settings as JSON and the
 * password. Local, never synced: the password must not leave this encrypted database.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('mail_account', (t) => {
    syncColumns(t);
    t.text('config').notNullable();
    t.text('password').nullable();
  });
}
