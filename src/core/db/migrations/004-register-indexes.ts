import type { Knex } from 'knex';

/**
 * The register is ordered and filtered by status in its in-memory index (members/search-index.ts), never by SQL:
 * these two indexes only made every member write (and a 10,000-row import) slower.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.alterTable('members', (t) => {
    t.dropIndex(['sort_key']);
    t.dropIndex(['status']);
  });
}
