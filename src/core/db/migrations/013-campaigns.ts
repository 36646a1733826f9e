import type { Knex } from 'knex';

/** TODO(issue 10): campaigns and their outbox — the sending helper; filled before landing. */
export async function up(trx: Knex.Transaction): Promise<void> {
  void trx;
}
