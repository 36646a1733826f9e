import type { Knex } from 'knex';

/**
 * Tags on members ("Nữ công", "CLB bóng đá"): a JSON array of strings in one column of `members`, synced with the
 * rest of the row (the outbox names the column). NULL means no tags. A union has tens of thousands of members at
 * most and filters them in memory (members/search-index.ts), so no table of tags and no index is needed.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.alterTable('members', (t) => {
    t.text('tags').nullable();
  });
}
