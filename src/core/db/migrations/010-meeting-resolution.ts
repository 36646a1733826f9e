import type { Knex } from 'knex';

/**
 * A meeting's Nghị quyết: the draft (then issued) NQ in the register that `meetings.resolution` made from the passed
 * motions. Nullable like the minutes' link: most meetings have none, and older databases gain the columns empty.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.alterTable('meetings', (t) => {
    t.string('resolution_document_id', 36).nullable().references('id').inTable('documents');
    // The draft version's updated_at when the record last wrote it: another one means someone edited the prose.
    t.string('resolution_generated_at').nullable();
  });
}
