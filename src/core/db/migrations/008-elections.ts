import type { Knex } from 'knex';

/** TODO(issue 9, this session): elections (ballots, candidates) — the elections helper: filled before landing. */
export async function up(trx: Knex.Transaction): Promise<void> {
  void trx;
}
