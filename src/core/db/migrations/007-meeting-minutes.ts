import type { Knex } from 'knex';

/**
 * A meeting's Biên bản: the draft (then issued) document in the register that `meetings.minutes` made from the
 * record. Nullable: most meetings have no minutes yet, and older databases gain the column empty.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.alterTable('meetings', (t) => {
    t.string('minutes_document_id', 36).nullable().references('id').inTable('documents');
    // The draft version's updated_at when the record last wrote it: another one means the secretary edited the prose.
    t.string('minutes_generated_at').nullable();
  });
}
