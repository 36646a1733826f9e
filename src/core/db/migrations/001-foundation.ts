import type { Knex } from 'knex';
import { syncColumns } from '../records';

/** The foundation: organisation profile (with the upper-level union's history), settings, audit log, outbox, jobs. */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('org_profile', (t) => {
    syncColumns(t);
    for (const c of [
      'name',
      'short_name',
      'enterprise',
      'address',
      'place',
      'upper_level_name',
      'chair_name',
      'term',
      'email',
      'phone',
    ])
      t.text(c).notNullable().defaultTo('');
    t.string('upper_level_type').nullable();
  });
  // The upper-level union changes (districts were dissolved in 2025); documents print the one in force on their date.
  await trx.schema.createTable('org_upper_levels', (t) => {
    syncColumns(t);
    t.text('name').notNullable();
    t.string('type').nullable();
    t.string('valid_from').notNullable().index();
  });
  await trx.schema.createTable('settings', (t) => {
    syncColumns(t);
    t.string('key').notNullable().unique();
    t.text('value').notNullable();
  });
  await trx.schema.createTable('audit_log', (t) => {
    syncColumns(t);
    t.string('at').notNullable().index();
    t.string('action').notNullable();
    t.string('entity').nullable();
    t.string('entity_id').nullable();
    t.text('details').nullable();
  });
  await trx.schema.createTable('jobs', (t) => {
    syncColumns(t);
    t.string('kind').notNullable();
    t.string('state').notNullable();
    t.integer('done').notNullable().defaultTo(0);
    t.integer('total').notNullable().defaultTo(0);
    t.text('result').nullable();
    t.text('error').nullable();
  });
  // Local change log read by sync (a later issue). Ordered by its UUIDv7 id; sent_at marks what the server has.
  await trx.schema.createTable('outbox', (t) => {
    t.string('id', 36).primary();
    t.string('entity').notNullable();
    t.string('entity_id').notNullable();
    t.string('op').notNullable();
    t.text('fields').notNullable();
    t.string('hlc').notNullable().index();
    t.string('device_id').notNullable();
    t.string('created_at').notNullable();
    t.string('sent_at').nullable().index();
  });
}
