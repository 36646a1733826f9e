import type { Knex } from 'knex';
import { syncColumns } from '../records';

/**
 * Campaigns and their per-recipient outbox. Local: the sending state of this PC's mailbox (what was handed to
 * which server, when) means nothing on another computer, and a synced copy could send twice.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('campaigns', (t) => {
    syncColumns(t);
    t.string('kind').notNullable();
    t.string('source_id', 36).notNullable();
    t.text('subject').notNullable();
    t.text('html').notNullable();
    t.text('text').notNullable();
    // [{ fileName, mime, base64 }] every recipient gets.
    t.text('attachments').notNullable();
    t.string('state').notNullable();
    t.string('pause_reason').nullable();
    t.text('pause_message').nullable();
    t.string('resume_at').nullable();
    t.string('finished_at').nullable();
  });
  await trx.schema.createTable('campaign_recipients', (t) => {
    syncColumns(t);
    t.string('campaign_id', 36).notNullable().references('id').inTable('campaigns');
    t.integer('position').notNullable();
    t.string('member_id', 36).nullable();
    t.text('email').nullable();
    t.text('name').notNullable();
    t.text('unit').nullable();
    t.string('token').nullable();
    t.text('attachments').nullable();
    t.string('state').notNullable();
    t.integer('tries').notNullable().defaultTo(0);
    t.text('last_response').nullable();
    // Epoch ms before which a failedTemp row is not tried again; null when it will not be (tries used up).
    t.bigInteger('next_at').nullable();
    t.string('sent_at').nullable();
    t.index(['campaign_id', 'state', 'position']);
    t.index(['state', 'sent_at']);
  });
}
