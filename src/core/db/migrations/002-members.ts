import type { Knex } from 'knex';
import { syncColumns } from '../records';

/** The member register: union groups (a tree), members, their positions and their dated status history. */
export async function up(trx: Knex.Transaction): Promise<void> {
  await trx.schema.createTable('units', (t) => {
    syncColumns(t);
    t.text('name').notNullable();
    t.string('parent_id', 36).nullable().references('id').inTable('units');
    t.integer('sort_order').notNullable().defaultTo(0);
  });
  await trx.schema.createTable('members', (t) => {
    syncColumns(t);
    t.text('full_name').notNullable();
    t.text('family_name').notNullable().defaultTo('');
    t.text('middle_name').notNullable().defaultTo('');
    t.text('given_name').notNullable().defaultTo('');
    // Derived: binary order equals Vietnamese given-name order (see shared/text/names.ts).
    t.text('sort_key').notNullable().index();
    t.string('gender').nullable();
    t.string('date_of_birth').nullable();
    for (const c of [
      'ethnicity',
      'religion',
      'nationality',
      'hometown',
      'address',
      'zalo',
      'education',
      'qualifications',
      'employee_code',
      'job_title',
      'contract_type',
      'card_type',
      'notes',
    ])
      t.text(c).nullable();
    t.string('id_number').nullable().index();
    t.string('phone').nullable();
    t.string('email').nullable();
    t.boolean('party_member').nullable();
    t.string('unit_id', 36).nullable().references('id').inTable('units').index();
    t.string('started_on').nullable();
    t.integer('dues_salary').nullable();
    t.boolean('hazardous_work').nullable();
    t.string('member_code').nullable().index();
    t.string('card_number').nullable().index();
    t.string('card_date').nullable();
    t.string('joined_on').nullable();
    t.boolean('email_consent').nullable();
    t.string('status').notNullable().defaultTo('active').index();
  });
  await trx.schema.createTable('member_positions', (t) => {
    syncColumns(t);
    t.string('member_id', 36).notNullable().references('id').inTable('members').index();
    t.text('title').notNullable();
    t.text('body').nullable();
    t.string('term').nullable();
    t.string('from_date').nullable();
    t.string('to_date').nullable();
  });
  await trx.schema.createTable('member_status_events', (t) => {
    syncColumns(t);
    t.string('member_id', 36).notNullable().references('id').inTable('members').index();
    t.string('event').notNullable();
    t.string('from_status').nullable();
    t.string('to_status').notNullable();
    t.string('date').notNullable();
    t.text('reason').nullable();
    t.text('ref').nullable();
  });
}
