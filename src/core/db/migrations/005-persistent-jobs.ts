import type { Knex } from 'knex';

/**
 * Jobs live in the database so they outlive the process (jobs/jobs.ts): what they were asked to do (input, e.g. the
 * bytes of an imported file, encrypted with the rest of the database), how far they got (checkpoint) and when they
 * ran. Additive only: nullable columns on a local table.
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.alterTable('jobs', (t) => {
    t.text('input').nullable();
    t.text('checkpoint').nullable();
    t.string('started_at').nullable();
    t.string('finished_at').nullable();
    // Which process runs it (host, pid, instance): another process on the same data folder (the CLI while the app
    // is open) must never take a live job for an orphan and run it a second time.
    t.string('owner').nullable();
  });
  await trx.schema.alterTable('jobs', (t) => t.index(['state']));
}
