import type { Knex } from 'knex';

/** TODO(issue 10): the members' tags (filled by the tags change; kept empty so later versions have no gap). */
export async function up(_trx: Knex.Transaction): Promise<void> {}
