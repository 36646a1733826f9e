import type { Knex } from 'knex';

/**
 * A number some rows hold together (UNIQUE_NUMBERS `sharedBy`: a dues receipt's months share its number through
 * their batch_id): `sync_numbers` keeps each holder's group, so the push tells one receipt from two receipts with
 * one number by the same indexed lookup. Rows already held keep their group from their stored data (the first month
 * of each receipt was accepted), so the refused months of that receipt are accepted when they come again.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sync_numbers', (t) => {
    t.text('group_value').nullable();
  });
  // Frozen here, not read from UNIQUE_NUMBERS: a migration does what it did when it shipped. One statement per
  // dialect (JSON1 is in the server's SQLite build) instead of a row-by-row pass over every receipt of every CĐCS.
  const batchId =
    knex.client.dialect === 'postgresql'
      ? `NULLIF(CAST(r.data AS jsonb) ->> 'batch_id', '')`
      : `NULLIF(CAST(json_extract(r.data, '$.batch_id') AS TEXT), '')`;
  await knex.raw(
    `UPDATE sync_numbers SET group_value = (
       SELECT ${batchId} FROM sync_rows r
       WHERE r.org_id = sync_numbers.org_id AND r.entity = sync_numbers.entity AND r.row_id = sync_numbers.row_id
     ) WHERE entity = 'dues_payments' AND key_index = 0`,
  );
}
