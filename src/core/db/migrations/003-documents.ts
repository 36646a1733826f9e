import type { Knex } from 'knex';
import { syncColumns } from '../records';

/**
 * The register of outgoing documents (sổ văn bản đi): documents, their versions (a change after issuing makes
 * a new version; old ones stay readable) and the per-type, per-year number counters (restart each 1 January).
 */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('documents', (t) => {
    syncColumns(t);
    t.string('type').notNullable();
    t.integer('year').notNullable();
    t.integer('number').nullable();
    t.string('issuer_code').notNullable();
    t.text('summary').notNullable().defaultTo('');
    t.string('date').notNullable();
    t.string('status').notNullable().defaultTo('draft');
    t.integer('current_version').notNullable().defaultTo(1);
    t.string('template_id').nullable();
    t.text('signer').nullable();
    t.text('recipients').nullable();
    t.string('issued_at').nullable();
    t.text('search_fold').notNullable().defaultTo('');
    t.index(['type', 'year', 'number']);
  });
  await trx.schema.createTable('document_versions', (t) => {
    syncColumns(t);
    t.string('document_id', 36).notNullable().references('id').inTable('documents').index();
    t.integer('version').notNullable();
    t.text('fields').notNullable();
    t.text('body').notNullable();
    t.boolean('issued').notNullable().defaultTo(false);
    t.unique(['document_id', 'version']);
  });
  await trx.schema.createTable('document_counters', (t) => {
    syncColumns(t);
    t.string('type').notNullable();
    t.integer('year').notNullable();
    t.integer('last_number').notNullable().defaultTo(0);
    t.unique(['type', 'year']);
  });
}
