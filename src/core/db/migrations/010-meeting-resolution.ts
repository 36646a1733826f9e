import type { Knex } from 'knex';

/** TODO(issue 9, this session): the meeting's Nghị quyết link — the papers helper: filled before landing. */
export async function up(trx: Knex.Transaction): Promise<void> {
  void trx;
}
