import type { Knex } from 'knex';

/** TODO(issue 10): the SMTP account and its password (local) — the sending helper; filled before landing. */
export async function up(trx: Knex.Transaction): Promise<void> {
  void trx;
}
