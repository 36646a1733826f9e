import type { Knex } from 'knex';

/**
 * A change in the log is one mutation's winning columns, and they all carry that mutation's HLC: the log keeps it
 * once (`hlc`) instead of a column → HLC object repeating it for every column, which was most of each change's
 * bytes (stored, read and sent with every pull page). Existing entries keep the latest of their HLCs ('' for an
 * entry that won no column: a conflict copy alone).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sync_changes', (t) => {
    t.string('hlc').notNullable().defaultTo('');
  });
  const latest =
    knex.client.dialect === 'postgresql'
      ? `SELECT max(value) FROM json_each_text(CAST(sync_changes.hlcs AS json))`
      : `SELECT max(value) FROM json_each(sync_changes.hlcs)`;
  await knex.raw(`UPDATE sync_changes SET hlc = COALESCE((${latest}), '')`);
  await knex.schema.alterTable('sync_changes', (t) => {
    t.dropColumn('hlcs');
  });
}
