import type { Knex } from 'knex';

/** TODO(issue 9, this session): meeting files and agenda attachments — the pack helper: filled before landing. */
export async function up(trx: Knex.Transaction): Promise<void> {
  void trx;
}
