import type { Knex } from 'knex';

/** TODO(issue 10): bulletins, unsubscribes and bounces, tokens — the content helper; filled before landing. */
export async function up(trx: Knex.Transaction): Promise<void> {
  void trx;
}
